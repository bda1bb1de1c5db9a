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
from pathlib import Path

from .model import LKjIP
from .problems import Temuan, Tingkat
from .report.xlsx.buku import susun_lembar
from .report.xlsx.gaya import Format
from .report.xlsx.konteks import Konteks
from .report.xlsx.lembar import Lembar, Tautan, Teks, kutip_lembar
from .report.xlsx.ringkasan import grafik_ringkasan, temuan_ringkasan
from .report.xlsx.rumah import Rumah
from .report.xlsx.tabel import InfoTabel, daftar_tabel
from .report.xlsx.temuan import URUT_TINGKAT, LembarTemuan, sheet_of
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


def render_kesalahan(temuan: list[Temuan], sumber: str | os.PathLike, path: str | os.PathLike) -> None:
    """Write the error report ``<name>_kesalahan.xlsx`` of a workbook that could not be converted.

    Args:
        temuan: every problem found while reading (errors and warnings).
        sumber: the input workbook; each cell reference links into it.
        path: the .xlsx file to write.

    The links are relative to the report's folder where possible (``external:`` links with a
    ``#'Sheet'!A1`` anchor), so they keep working when both folders are moved together.
    """
    import xlsxwriter

    sumber, path = Path(sumber), Path(path)
    try:
        link = os.path.relpath(sumber.resolve(), path.resolve().parent)
    except ValueError:  # another drive (Windows)
        link = str(sumber.resolve())
    items = sorted(temuan, key=lambda t: URUT_TINGKAT.get(t.tingkat, 3))
    n_galat = sum(t.tingkat is Tingkat.GALAT for t in items)
    n_peringatan = sum(t.tingkat is Tingkat.PERINGATAN for t in items)

    lb = Lembar("Kesalahan", f"Daftar Kesalahan Workbook {sumber.name}")
    kolom = ["No", "Tingkat", "Lembar", "Sel", "Uraian", "Ditemukan", "Seharusnya", "Kode"]
    lb.lebar_kolom(5, 11, 18, 12, 62, 18, 20, 22)
    lb.gabung_sel(0, 0, 0, len(kolom) - 1, Teks(lb.judul), "judul")
    pengantar = (f"Workbook ini belum dapat dikonversi menjadi laporan karena memuat {n_galat} galat. Perbaiki setiap galat "
                 "pada sel yang disebut di bawah (klik alamat sel untuk membuka workbook isian pada sel itu), simpan workbook, "
                 "lalu jalankan konversi kembali.")
    if n_peringatan:
        pengantar += (f" Terdapat pula {n_peringatan} peringatan: peringatan tidak menghentikan konversi, tetapi sebaiknya "
                      "diperiksa juga.")
    lb.gabung_sel(1, 0, 1, len(kolom) - 1, Teks(pengantar), "catatan")
    lb.gabung_sel(2, 0, 2, len(kolom) - 1, Teks(f"Berkas isian: {sumber.name}"), "subjudul")
    r = 4
    for c, text in enumerate(kolom):
        lb.tulis(r, c, Teks(text), "kepala")
    lb.kepala = (r, r)
    r += 1
    first = r
    for n, t in enumerate(items, 1):
        cells = list(t.sel) or [None]
        for k, sel in enumerate(cells):
            lb.tulis(r, 0, Teks(str(n) if k == 0 else ""), "tengah")
            lb.tulis(r, 1, Teks(t.tingkat.label if k == 0 else ""), "tengah")
            if sel:
                sheet_name = sheet_of(sel)
                ref = sel.rpartition("!")[2] if "!" in sel else "A1"
                anchor = f"{kutip_lembar(sheet_name)}!{ref}" if sheet_name else ref
                lb.tulis(r, 2, Teks(sheet_name or "-"), "teks")
                lb.tulis(r, 3, Tautan(ref, f"external:{link}#{anchor}"), "tautan")
            else:
                lb.tulis(r, 2, Teks("-"), "tengah")
                lb.tulis(r, 3, Teks("-"), "tengah")
            lb.tulis(r, 4, Teks(t.pesan if k == 0 else "Sel terkait dengan masalah di atas."), "teks" if k == 0 else "catatan")
            lb.tulis(r, 5, Teks((t.ditemukan or "-") if k == 0 else ""))
            lb.tulis(r, 6, Teks((t.diharapkan or "-") if k == 0 else ""))
            lb.tulis(r, 7, Teks(t.kode if k == 0 else ""))
            r += 1
    if not items:
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Tidak ada masalah yang tercatat."), "teks")
    else:
        lb.saring = (first - 1, 0, r - 1, len(kolom) - 1)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                                         "in_memory": True})
    wb.set_properties({"title": lb.judul, "author": "lkj_excel"})
    fmt = Format(wb, 2, "spasi")
    ws = wb.add_worksheet(lb.nama)
    Tulis(wb, fmt, None, footer(lb.judul)).lembar(ws, lb)
    wb.close()
