"""A catalogue of malformed and careless workbooks, built from the bundled example.

Each case is a function ``(folder) -> Path`` that writes one workbook (or file)
the way people really produce them, and an expectation: ``("galat", code,
cell)`` — the conversion stops with that error at that cell (cell may be None) —
or ``("ok", code_or_None, cell_or_None)`` — it converts, optionally with that
warning or finding. Nothing here is committed as a file: the tests build it all.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from typing import Callable

from openpyxl import Workbook, load_workbook

from conftest import EXAMPLE, edited_copy
from lkj_excel import schema as sc
from lkj_excel.xlsx_scan import _sheet_paths

Case = tuple[str, Callable[[Path], Path], tuple[str, str | None, str | None]]


def _edit(folder: Path, name: str, cells: dict[str, object] | None = None, fn=None) -> Path:
    return edited_copy(folder / name, cells, (), fn)


def _drop(sheet: str):
    return lambda folder: _edit(folder, f"tanpa_{sheet}.xlsx", fn=lambda wb: wb.remove(wb[sheet]))


def _cell_xml(folder: Path, name: str, sheet: str, cell: str, xml: str) -> Path:
    """Replace one cell's XML in a copy of the example, as Excel would have saved it."""
    target = folder / name
    with zipfile.ZipFile(EXAMPLE) as src:
        paths = {n: p for n, _state, p in _sheet_paths(src)}
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == paths[sheet]:
                    text = data.decode("utf-8")
                    text, n = re.subn(rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', xml, text, count=1)
                    assert n == 1, f"cell {cell} not found in {sheet}"
                    data = text.encode("utf-8")
                dst.writestr(item, data)
    return target


def _swap_columns(wb):
    ws = wb["Anggaran"]
    for row in range(3, 12):
        ws.cell(row, 3).value, ws.cell(row, 4).value = ws.cell(row, 4).value, ws.cell(row, 3).value


def _delete_column(wb):
    wb["PK"].delete_cols(5)  # Satuan


def _merge_renstra(wb):
    ws = wb["Renstra"]
    ws.merge_cells("A4:A14")  # one tujuan over all its rows, as the report prints it


def _merge_over_data(wb):
    wb["Anggaran"].merge_cells("C4:C5")  # hides the second program's budget


def _hidden_rows(wb):
    wb["Realisasi"].row_dimensions[5].hidden = True


def _hidden_sheet(wb):
    wb["Operasional"].sheet_state = "hidden"


def _date_as_number(wb):
    """A date typed into a cell formatted as General shows (and is stored) as its serial number."""
    cell = wb["Identitas"]["B16"]
    cell.value = 45322
    cell.number_format = "General"


def _realisasi_above_anggaran(wb):
    wb["Anggaran"]["D4"] = 6_000_000_000


INJECTION = ('=HYPERLINK("http://contoh.invalid","klik")', "+1+1", "-2+3", "@SUM(1,2)")


def _formula_like_text(wb):
    """Texts that a spreadsheet would run as formulas, typed as text (as users paste them)."""
    for row, text in zip(range(4, 8), INJECTION):
        cell = wb["Narasi"].cell(row, 3)
        cell.value = text
        cell.data_type = "s"


def _empty_workbook(folder: Path) -> Path:
    path = folder / "kosong.xlsx"
    Workbook().save(path)
    return path


def _text_file(folder: Path) -> Path:
    path = folder / "catatan.xlsx"
    path.write_text("Ini catatan rapat, bukan workbook.\n", encoding="utf-8")
    return path


def _csv(folder: Path) -> Path:
    path = folder / "data.csv"
    path.write_text("Program;Anggaran\nPemberdayaan Sosial;5287178900\n", encoding="utf-8")
    return path


def _xlsm(folder: Path) -> Path:
    path = folder / "bermakro.xlsm"
    shutil.copyfile(EXAMPLE, path)
    return path


def _xls_renamed(folder: Path) -> Path:
    path = folder / "lama.xls"
    shutil.copyfile(EXAMPLE, path)
    return path


def _password(folder: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    path = folder / "bersandi.xlsx"
    with EXAMPLE.open("rb") as src, path.open("wb") as dst:
        OOXMLFile(src).encrypt("rahasia", dst)
    return path


def _truncated(folder: Path) -> Path:
    path = folder / "terpotong.xlsx"
    data = EXAMPLE.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_bomb(folder: Path) -> Path:
    path = folder / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as w:
            block = b"\0" * (1 << 20)
            for _ in range(320):
                w.write(block)
    return path


def _huge_sheet(folder: Path) -> Path:
    """A supporting table of 100.000 rows, written quickly in write-only mode."""
    path = _edit(folder, "besar.xlsx")
    import xlsxwriter  # noqa: F401 - openpyxl write-only is enough here

    wb = load_workbook(path)
    ws = wb.create_sheet("Data_Besar")
    ws["A1"], ws["B1"] = "Judul Tabel", "Data besar"
    ws["A5"], ws["B5"], ws["C5"] = "No", "Uraian", "Jumlah"
    for i in range(100_000):
        ws.append([i + 1, f"Baris {i + 1}", i % 97])
    wb.save(path)
    return path


CASES: list[Case] = [
    *[(f"lembar {s.nama} hilang", _drop(s.nama), ("galat", "lembar-hilang", f"{s.nama}!A1") if s.wajib else ("ok", None, None)) for s in sc.LEMBAR],
    ("lembar data pendukung hilang", _drop("Data_PSKS"), ("ok", None, None)),
    ("kolom berganti nama", lambda d: _edit(d, "ganti_nama.xlsx", {"PK!G3": "Target Kinerja 2023"}), ("galat", "kolom-hilang", "PK!3:3")),
    ("kolom bertukar urutan", lambda d: _edit(d, "urutan.xlsx", fn=_swap_columns), ("ok", None, None)),
    ("kolom dihapus", lambda d: _edit(d, "kolom_hilang.xlsx", fn=_delete_column), ("galat", "kolom-hilang", "PK!3:3")),
    ("kolom ganda", lambda d: _edit(d, "kolom_ganda.xlsx", {"Anggaran!F3": "Realisasi"}), ("galat", "kolom-ganda", "Anggaran!D3")),
    ("sel gabungan kelompok", lambda d: _edit(d, "gabung_kelompok.xlsx", fn=_merge_renstra), ("ok", None, None)),
    ("sel gabungan menutupi data", lambda d: _edit(d, "gabung_data.xlsx", fn=_merge_over_data), ("galat", "sel-wajib-kosong", "Anggaran!C5")),
    ("baris tersembunyi", lambda d: _edit(d, "baris_sembunyi.xlsx", fn=_hidden_rows), ("ok", "baris-tersembunyi", "Realisasi!A5")),
    ("lembar tersembunyi", lambda d: _edit(d, "lembar_sembunyi.xlsx", fn=_hidden_sheet), ("ok", "lembar-tersembunyi", "Operasional!A1")),
    ("teks n/a di angka", lambda d: _edit(d, "na.xlsx", {"Anggaran!D4": "n/a"}), ("galat", "angka-tidak-terbaca", "Anggaran!D4")),
    ("tanda hubung di angka", lambda d: _edit(d, "strip.xlsx", {"Anggaran!D4": "-"}), ("ok", None, None)),
    ("teks tidak ada di angka", lambda d: _edit(d, "tidak_ada.xlsx", {"Operasional!U8": "tidak ada"}), ("galat", "nilai-tidak-terbaca", "Operasional!U8")),
    ("angka 1.234,56", lambda d: _edit(d, "id.xlsx", {"Operasional!O5": "76,92", "Anggaran!C4": "5.287.178.900,00"}), ("ok", None, None)),
    ("angka 1,234.56", lambda d: _edit(d, "en.xlsx", {"Anggaran!C4": "5,287,178,900.00"}), ("ok", None, None)),
    ("angka 1.234.567", lambda d: _edit(d, "ribuan.xlsx", {"Anggaran!C4": "5.287.178.900"}), ("ok", None, None)),
    ("angka membingungkan", lambda d: _edit(d, "ambigu.xlsx", {"Anggaran!C4": "1.234,5.6"}), ("galat", "angka-tidak-terbaca", "Anggaran!C4")),
    ("anggaran negatif", lambda d: _edit(d, "negatif.xlsx", {"Anggaran!C5": -1000}), ("galat", "anggaran-tidak-positif", "Anggaran!C5")),
    ("anggaran nol", lambda d: _edit(d, "nol.xlsx", {"Anggaran!C5": 0}), ("galat", "anggaran-tidak-positif", "Anggaran!C5")),
    ("realisasi melebihi anggaran", lambda d: _edit(d, "lebih.xlsx", fn=_realisasi_above_anggaran), ("ok", None, "Anggaran!D4")),
    ("tanggal sebagai angka", lambda d: _edit(d, "tanggal_angka.xlsx", fn=_date_as_number), ("ok", "tanggal-sebagai-angka", "Identitas!B16")),
    ("tanggal di kolom tahun", lambda d: _edit(d, "tahun_tanggal.xlsx", fn=lambda wb: wb["Realisasi"].cell(4, 3).__setattr__("value", __import__("datetime").datetime(2022, 1, 1))), ("galat", "angka-tidak-terbaca", "Realisasi!C4")),
    ("galat #DIV/0!", lambda d: _cell_xml(d, "div0.xlsx", "PK", "G4", '<c r="G4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'), ("galat", "galat-excel", "PK!G4")),
    ("galat #REF!", lambda d: _cell_xml(d, "ref.xlsx", "Anggaran", "C6", '<c r="C6" t="e"><f>#REF!</f><v>#REF!</v></c>'), ("galat", "galat-excel", "Anggaran!C6")),
    ("rumus tanpa nilai", lambda d: _edit(d, "rumus.xlsx", {"Anggaran!C5": "=2000000000+307015800"}), ("galat", "rumus-tanpa-nilai", "Anggaran!C5")),
    ("rumus dengan nilai", lambda d: _cell_xml(d, "rumus_nilai.xlsx", "Anggaran", "C5", '<c r="C5"><f>2000000000+307015800</f><v>2307015800</v></c>'), ("ok", None, None)),
    ("workbook kosong", _empty_workbook, ("galat", "lembar-hilang", "Identitas!A1")),
    ("berkas xlsm", _xlsm, ("ok", "berkas", None)),
    ("xlsx berganti nama xls", _xls_renamed, ("ok", None, None)),
    ("berkas csv", _csv, ("galat", "format-csv", None)),
    ("teks berganti nama", _text_file, ("galat", "bukan-workbook", None)),
    ("berkata sandi", _password, ("galat", "berkas-berkata-sandi", None)),
    ("terpotong", _truncated, ("galat", "berkas-rusak", None)),
    ("zip bomb", _zip_bomb, ("galat", "berkas-terlalu-besar", None)),
    ("lembar 100.000 baris", _huge_sheet, ("ok", None, None)),
    ("polaritas tak dikenal", lambda d: _edit(d, "polaritas.xlsx", {"PK!F4": "naik"}), ("galat", "pilihan-tidak-dikenal", "PK!F4")),
    ("indikator ganda", lambda d: _edit(d, "ganda.xlsx", {"PK!C5": "I1"}), ("galat", "indikator-ganda", "PK!C4")),
    ("realisasi tanpa PK", lambda d: _edit(d, "tanpa_pk.xlsx", {"Realisasi!A7": "I9"}), ("galat", "realisasi-tanpa-pk", "Realisasi!A7")),
    ("program tanpa sasaran", lambda d: _edit(d, "tanpa_sasaran.xlsx", {"Anggaran!B6": "S7"}), ("galat", "program-tanpa-sasaran", "Anggaran!B6")),
    ("penyebut nol", lambda d: _edit(d, "penyebut_nol.xlsx", {"Realisasi!I5": 0}), ("galat", "penyebut-nol", "Realisasi!I5")),
    ("teks berawalan sama dengan", lambda d: _edit(d, "injeksi.xlsx", fn=_formula_like_text), ("ok", None, None)),
    ("spasi tak terputus dan baris kosong", lambda d: _edit(d, "spasi.xlsx", {"PK!G4": "\u00a03,25\u00a0", "Anggaran!A20": "   "}), ("ok", None, None)),
    ("nilai AKIP melebihi bobot", lambda d: _edit(d, "akip.xlsx", {"AKIP!C4": 35}), ("galat", None, "AKIP!C4")),
]
