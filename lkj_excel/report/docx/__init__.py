"""The Word draft of the LKjIP that the head of the agency signs.

``render_report(lkjip, hasil, temuan, path)`` writes the whole report, in the order of
PermenPAN-RB 53/2014 (RULES.md §1): cover, Kata Pengantar with the signature, the APIP's
Pernyataan Telah Direviu (where the workbook names the reviewer), Ringkasan
Eksekutif, Daftar Isi, Daftar Tabel, Daftar Gambar, Bab I Pendahuluan, Bab II
Perencanaan Kinerja, Bab III Akuntabilitas Kinerja (one analysis per sasaran), Bab IV
Penutup and, as Lampiran, the Perjanjian Kinerja with both signature blocks and the
indicators' definitions (where given).

Every figure comes from the rules module (``hasil``) or, for what the agency typed and
nothing derives (targets, pembilang and penyebut, AKIP component scores, supporting
data), from the model (``lkjip``); every number is written by :mod:`lkj_excel.angka`.
The prose around the numbers is generated here; the agency's own text comes from the
Narasi sheet. The look comes from the reference styles document
(``input_templates/gaya_laporan.docx``), which an agency may restyle.

Layout rules kept throughout: a numbered caption above each table and below each
figure, kept on the page of its table or figure; header rows that repeat on every
page; rows that never split; small tables kept whole on one page; every table as
wide as the text of its section at most (a table too wide for a portrait page gets a
landscape section of its own); front matter numbered i, ii, ... and the chapters
from 1, under a running header with the report's short title.

The modules, from the report down to the XML:

* the parts of the report, each a function of the context: :mod:`.halaman_depan`
  (cover, Kata Pengantar, Ringkasan Eksekutif, the indexes), :mod:`.bab_i`,
  :mod:`.bab_ii`, :mod:`.bab_iii` with :mod:`.analisis_sasaran` (3.2, one sasaran),
  :mod:`.bab_iv`, :mod:`.lampiran`;
* what they are made of: :mod:`.tabel` (every table), :mod:`.gambar` (every figure),
  :mod:`.kalimat` (the generated sentences), :mod:`.konteks` (the context: the data,
  the names and the number writers);
* the document: :mod:`.dokumen` (the writing primitives) with :mod:`.tata_tabel`
  (table layout), :mod:`.gaya` (the reference styles), :mod:`.bagan` (the
  organisation chart picture);
* the XML layer, the only code that touches Word's XML: :mod:`.ooxml` (paragraphs,
  fields, captions, sections), :mod:`.ooxml_tabel` (table properties, rows as XML),
  :mod:`.indeks` (filling the indexes with their pages), :mod:`.grafik` (native
  charts). LibreOffice, which finds those pages, is driven by
  :mod:`lkj_excel.report.libreoffice`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ...model import LKjIP
from ...problems import Temuan
from ...rules import Hasil
from .. import libreoffice
from ..katalog import Jenis
from . import analisis_lke, analisis_sasaran, bab_ii, bab_iii, gambar, triwulan
from .bab_i import render_bab_i
from .bab_ii import render_bab_ii
from .bab_iii import render_bab_iii
from .bab_iv import render_bab_iv
from .dokumen import Dokumen
from .halaman_depan import render_daftar_isi, render_kata_pengantar, render_ringkasan_eksekutif, render_sampul
from .konteks import Konteks
from .lampiran import render_lampiran, tulis_definisi, tulis_riwayat
from .reviu import render_pernyataan_reviu

__all__ = ["render_report", "REFERENCE_DOCX", "PENULIS"]

PENULIS = {
    Jenis.BAGAN_ORGANISASI: gambar.gambar_struktur_organisasi,
    Jenis.RENSTRA: bab_ii.tulis_renstra,
    Jenis.INDIKATOR_RENSTRA: bab_ii.tulis_indikator_renstra,
    Jenis.PK: bab_ii.tulis_pk,
    Jenis.ANGGARAN: bab_ii.tulis_anggaran,
    Jenis.PENGUKURAN: bab_iii.tulis_pengukuran,
    Jenis.AKIP: analisis_sasaran.tulis_akip,
    Jenis.CAPAIAN_SASARAN: analisis_sasaran.tulis_capaian_sasaran,
    Jenis.PENJELASAN_SASARAN: analisis_sasaran.tulis_penjelasan_sasaran,
    Jenis.GRAFIK_INDIKATOR: gambar.grafik_indikator,
    Jenis.GRAFIK_SASARAN: gambar.grafik_sasaran,
    Jenis.OPERASIONAL: analisis_sasaran.tulis_operasional,
    Jenis.PENDUKUNG: analisis_sasaran.tulis_pendukung,
    Jenis.ANGGARAN_SASARAN: bab_iii.tulis_anggaran_sasaran,
    Jenis.EFISIENSI: bab_iii.tulis_efisiensi,
    Jenis.TRIWULAN: triwulan.tulis_triwulan,
    Jenis.PEMBANDING: analisis_lke.tulis_pembanding,
    Jenis.RIWAYAT_INDIKATOR: tulis_riwayat,
    Jenis.DEFINISI_INDIKATOR: tulis_definisi,
}
"""The Word builder of every kind of table and figure of the catalogue (``report.katalog``): it writes
the sentences that introduce the entry and the entry itself. The chapters decide where each entry
stands; adding a table is one catalogue entry, one builder here and one in ``report.xlsx.buku.PENYUSUN``."""

REFERENCE_DOCX = Path(__file__).resolve().parents[3] / "input_templates" / "gaya_laporan.docx"
"""The reference styles used when ``render_report`` is given none."""


def render_report(lkjip: LKjIP, hasil: Hasil, temuan: Iterable[Temuan], path: str | os.PathLike, *,
                  reference: str | os.PathLike | None = None, update_indexes: bool = True,
                  sumber: str | os.PathLike | None = None) -> libreoffice.Outcome | None:
    """Write the Word draft of the LKjIP.

    Args:
        lkjip: the workbook as read.
        hasil: everything the rules derived from it (``rules.hitung``).
        temuan: the reader's and the audit's findings; a supporting table whose typed
            total the audit found wrong gets a note that its total is computed.
        path: the .docx to write (overwritten); nothing else is left behind.
        reference: the reference styles document (default :data:`REFERENCE_DOCX`);
            its styles and page set-up are used, its content is dropped.
        update_indexes: where LibreOffice is installed, let it lay the document out
            and write the page numbers into the table of contents and the lists of
            tables and figures (about a second, in this process's LibreOffice
            session, :func:`lkj_excel.report.libreoffice.session`). Word updates
            them anyway on opening.
        sumber: the workbook's path; the logo and the organisation chart named in the
            Identitas sheet are looked for in its folder (default: the folder of
            ``lkjip.berkas``).

    Returns:
        What the LibreOffice pass did (filled, or why not), or None when there was
        none (not asked, or LibreOffice not installed).
    """
    folder = Path(sumber).parent if sumber is not None else Path(lkjip.berkas).parent
    k = Konteks(lkjip, hasil, list(temuan), Dokumen(Path(reference or REFERENCE_DOCX)), folder, PENULIS)
    render_sampul(k)
    k.doc.mulai_bagian_depan()
    render_kata_pengantar(k)
    render_pernyataan_reviu(k)
    render_ringkasan_eksekutif(k)
    render_daftar_isi(k)
    k.doc.mulai_batang_tubuh(k.judul_singkat)
    render_bab_i(k)
    render_bab_ii(k)
    render_bab_iii(k)
    render_bab_iv(k)
    render_lampiran(k)
    k.doc.properti(judul=f"Laporan Kinerja Instansi Pemerintah {k.instansi_lengkap} Tahun {k.tahun}",
                   subjek=f"LKjIP Tahun {k.tahun}", penulis=k.instansi_lengkap,
                   kata_kunci=", ".join(["LKjIP", "SAKIP", "laporan kinerja", str(k.tahun), k.instansi_lengkap]))
    k.doc.simpan(Path(path))
    lo = libreoffice.session() if update_indexes else None
    if lo is None:
        return None
    return lo.update_indexes(path, document=k.doc.doc, label=Path(sumber or lkjip.berkas).name)
