"""The error report ``<name>_kesalahan.xlsx`` of a workbook that could not be converted.

One sheet, Kesalahan: every problem found while reading, errors first, with its cell as a link
into the input workbook, so that the agency can open each cell, fix it and convert again.
"""

from __future__ import annotations

import os
from pathlib import Path

from ...problems import Temuan, Tingkat
from .gaya import Format
from .lembar import Lembar, Tautan, Teks, kutip_lembar
from .temuan import URUT_TINGKAT, sheet_of
from .tulis import Tulis, footer


def render_kesalahan(temuan: list[Temuan], sumber: str | os.PathLike, path: str | os.PathLike,
                     folder: str | os.PathLike | None = None) -> None:
    """Write the error report ``<name>_kesalahan.xlsx`` of a workbook that could not be converted.

    Args:
        temuan: every problem found while reading (errors and warnings).
        sumber: the input workbook; each cell reference links into it.
        path: the .xlsx file to write.
        folder: the folder the report is placed in, when ``path`` is a temporary file
            elsewhere (default: the folder of ``path``).

    The links are relative to the report's folder where possible (``external:`` links with a
    ``#'Sheet'!A1`` anchor), so they keep working when both folders are moved together.
    """
    import xlsxwriter

    sumber, path = Path(sumber), Path(path)
    try:
        link = os.path.relpath(sumber.resolve(), Path(folder or path.parent).resolve())
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
