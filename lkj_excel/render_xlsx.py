"""The output workbook of one converted LKjIP, and the error report of one that was not.

``render_workbook(lkjip, hasil, temuan, path)`` writes, with xlsxwriter:

* **Ringkasan**: the agency, the year, per sasaran its capaian, kategori, budget, penyerapan and
  efficiency, the total budget, the latest AKIP predikat, the number of findings, and two native
  charts (capaian per indicator against a 100% line; anggaran and realisasi per program);
* one sheet per table of the report, in report order (``daftar_tabel``), titled with its caption;
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

``daftar_tabel(lkjip)`` gives the report's tables in order with their numbers and captions.
"""

from __future__ import annotations

import os

from .model import LKjIP
from .problems import Temuan
from .report.xlsx.buku import susun_lembar
from .report.xlsx.gaya import Format
from .report.xlsx.kesalahan import render_kesalahan
from .report.xlsx.konteks import Konteks
from .report.xlsx.ringkasan import grafik_ringkasan, temuan_ringkasan
from .report.xlsx.rumah import Rumah
from .report.xlsx.tabel import InfoTabel, daftar_tabel
from .report.xlsx.temuan import LembarTemuan
from .report.xlsx.tulis import Tulis, footer, lembar_cepat
from .rules import Hasil

__all__ = ["InfoTabel", "daftar_tabel", "render_workbook", "render_kesalahan"]

# --------------------------------------------------------------------------- public API


def render_workbook(lkjip: LKjIP, hasil: Hasil, temuan: list[Temuan], path: str | os.PathLike) -> None:
    """Write the output workbook of one converted LKjIP.

    Args:
        lkjip: the workbook as read (``reader.read_workbook``).
        hasil: everything derived from it (``rules.hitung``).
        temuan: the reader's warnings and the audit's findings, in any order.
        path: the .xlsx file to write (overwritten).

    The sheets: Ringkasan, one per table of the report (``daftar_tabel``), Temuan, Skala.
    Inputs are copied as values; every derived cell is the formula of its rule over those
    cells, stored with its computed value. Texts from the input are always written as texts.
    """
    import xlsxwriter

    susun = Konteks(lkjip, hasil)
    sheets = susun_lembar(susun)
    ringkasan, *tables, skala = sheets
    # homes: inputs in their tables first, then derived figures in report order, Ringkasan last
    rumah = Rumah(hasil, [*tables, skala, ringkasan])
    for code, rg in susun.rentang_skala.items():
        rumah.env.set_scale_ranges(code, rg)
    temuan_lb = LembarTemuan(susun, rumah, list(temuan))
    lembar_temuan = temuan_lb.lembar()
    temuan_ringkasan(susun, ringkasan, temuan_lb)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                         "strings_to_urls": False, "in_memory": True})
    i = lkjip.identitas
    wb.set_properties({"title": ringkasan.judul, "subject": "Laporan Kinerja Instansi Pemerintah", "author": "lkj_excel",
                       "company": f"{i.nama_instansi} {i.pemerintah_daerah}"})
    wb.set_calc_mode("auto")
    fmt = Format(wb, lkjip.pengaturan.desimal_persen, lkjip.pengaturan.format_rupiah)
    tulis = Tulis(wb, fmt, rumah, footer(i.judul_singkat or f"LKjIP {i.nama_instansi} {i.pemerintah_daerah} Tahun {i.tahun}"))
    order = [ringkasan, *tables, lembar_temuan, skala]
    lembar = lembar_cepat()
    ws = {lb.nama: wb.add_worksheet(lb.nama, worksheet_class=lembar) for lb in order}
    for lb in order:
        tulis.lembar(ws[lb.nama], lb, temuan_lb.sorot, temuan_lb.komentar)
    grafik_ringkasan(wb, ws["Ringkasan"], ringkasan, susun)
    ws["Ringkasan"].activate()
    wb.close()
