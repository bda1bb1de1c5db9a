"""The output workbook of one converted LKjIP, and the error report of one that was not.

``render_workbook(lkjip, hasil, temuan, path)`` writes, with xlsxwriter:

* **Ringkasan**: the agency, the year, per sasaran its capaian, kategori, budget, penyerapan and
  efficiency, the total budget, the latest AKIP predikat, the number of findings, and two native
  charts (capaian per indicator against a 100% line; anggaran and realisasi per program);
* one sheet per table of the report, in report order (the catalogue ``report.katalog``), titled with its caption;
* **Temuan**: every reader warning and audit finding, each linked to its cell in this workbook;
* **Skala**: the scales in force (categories, efficiency, AKIP predikat, predikat ranks) and the
  settings used.

How a figure reaches a cell
    Every input figure is copied once, as a value, into the table where the report shows it: its
    *home*. Every derived figure is an Excel formula made by its rule's ``expr`` (``rules.py``)
    over the homes of its inputs, written together with its Python value (xlsxwriter's
    ``value=``), so viewers that do not recalculate show the right number. A figure shown again
    elsewhere is a reference formula to its home (``Ref(name)``), so a reviewer who edits an input
    sees every table follow. Labels (kategori, efisiensi, predikat) look up the Skala sheet, so an
    edited threshold takes effect too. No formula is written by hand.

    The layout is built first (``Lembar``: what goes into which cell), then every figure gets its
    home, the rules' environment is moved onto those homes (``Env.relocate`` / ``Env.place``), and
    only then are formulas generated and the file written.

``render_kesalahan(temuan, sumber, path)`` writes the error report of a workbook that could not be
converted: every problem with its cell, each cell a link into the input workbook.

The modules, in the order of the work:

* ``konteks``, ``bab2``, ``bab3``, ``skala``, ``ringkasan``: the layout of every sheet, one builder
  function per kind of table, found through ``buku.PENYUSUN``; ``lembar``: what a layout holds;
* ``rumah``: the home of every figure and the formulas that reach it;
* ``temuan``: the Temuan sheet and the cells it highlights;
* ``gaya``, ``tulis``: the cell formats, and the writing (heights, colours, print set-up);
* ``buku``: ``render_workbook``; ``kesalahan``: ``render_kesalahan``.
"""

from .buku import render_workbook
from .kesalahan import render_kesalahan

__all__ = ["render_workbook", "render_kesalahan"]
