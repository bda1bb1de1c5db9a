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
    return cells_xml(folder / name, {sheet: {cell: xml}})


def cells_xml(target: Path, cells: dict[str, dict[str, str]]) -> Path:
    """Write a copy of the example with the XML of some cells replaced: ``{sheet: {cell: xml}}``."""
    with zipfile.ZipFile(EXAMPLE) as src:
        paths = {p: n for n, _state, p in _sheet_paths(src)}
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                sheet = paths.get(item.filename)
                if sheet in cells:
                    text = data.decode("utf-8")
                    for cell, xml in cells[sheet].items():
                        text, n = re.subn(rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', xml, text, count=1)
                        assert n == 1, f"cell {cell} not found in {sheet}"
                    data = text.encode("utf-8")
                dst.writestr(item, data)
    return target


def teks_excel(cell: str, text: str) -> str:
    """The XML of a text cell as Excel saves it: a control character written as ``_x0001_``.

    U+FFFE and U+FFFF stay as they are, as a writer that does not check its XML leaves
    them (calamine reads ``_xFFFE_`` as those seven characters).
    """
    escaped = "".join(f"_x{ord(ch):04X}_" if ord(ch) < 32 and ch not in "\t\n\r" else ch for ch in text)
    escaped = escaped.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{cell}" t="inlineStr"><is><t xml:space="preserve">{escaped}</t></is></c>'


def _swap_columns(wb):
    ws = wb["Anggaran"]
    for row in range(3, 12):
        ws.cell(row, 5).value, ws.cell(row, 6).value = ws.cell(row, 6).value, ws.cell(row, 5).value


def _delete_column(wb):
    wb["PK"].delete_cols(5)  # Satuan


def _merge_renstra(wb):
    ws = wb["Renstra"]
    ws.merge_cells("A4:A14")  # one tujuan over all its rows, as the report prints it


def _merge_over_data(wb):
    wb["Anggaran"].merge_cells("E4:E5")  # hides the second program's budget


def _hidden_rows(wb):
    wb["Realisasi"].row_dimensions[5].hidden = True


def _hidden_sheet(wb):
    wb["Operasional"].sheet_state = "hidden"


def _date_as_number(wb):
    """A date typed into a cell formatted as General shows (and is stored) as its serial number."""
    cell = wb["Identitas"]["B17"]
    cell.value = 45322
    cell.number_format = "General"


def _realisasi_above_anggaran(wb):
    wb["Anggaran"]["F4"] = 6_000_000_000


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


def png(lebar: int, tinggi: int) -> bytes:
    """A PNG header of the given size (enough for python-docx and for the checks; no pixels)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", lebar, tinggi, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")


def _logo(name: str, logo: str, files: dict[str, bytes] | None = None):
    """A workbook naming ``logo`` as its regional logo, with ``files`` written beside it."""
    def build(folder: Path) -> Path:
        for file, data in (files or {}).items():
            (folder / file).parent.mkdir(parents=True, exist_ok=True)
            (folder / file).write_bytes(data)
        return _edit(folder, name, {"Identitas!B24": logo})
    return build


def _stray(ref: str):
    """A value typed far from the table of a supporting sheet (a 74 KB file that once asked for 52 GB)."""
    name = f"jauh_{ref}.xlsx"
    return lambda folder: _edit(folder, name, {f"Data_PSKS!{ref}": "x"})


CASES: list[Case] = [
    *[(f"lembar {s.nama} hilang", _drop(s.nama), ("galat", "lembar-hilang", f"{s.nama}!A1") if s.wajib else ("ok", None, None)) for s in sc.LEMBAR],
    ("lembar data pendukung hilang", _drop("Data_PSKS"), ("ok", None, None)),
    ("kolom berganti nama", lambda d: _edit(d, "ganti_nama.xlsx", {"PK!G3": "Target Kinerja 2023"}), ("galat", "kolom-hilang", "PK!3:3")),
    ("kolom bertukar urutan", lambda d: _edit(d, "urutan.xlsx", fn=_swap_columns), ("ok", None, None)),
    ("kolom dihapus", lambda d: _edit(d, "kolom_hilang.xlsx", fn=_delete_column), ("galat", "kolom-hilang", "PK!3:3")),
    ("kolom ganda", lambda d: _edit(d, "kolom_ganda.xlsx", {"Anggaran!H3": "Realisasi"}), ("galat", "kolom-ganda", "Anggaran!F3")),
    ("sel gabungan kelompok", lambda d: _edit(d, "gabung_kelompok.xlsx", fn=_merge_renstra), ("ok", None, None)),
    ("sel gabungan menutupi data", lambda d: _edit(d, "gabung_data.xlsx", fn=_merge_over_data), ("galat", "sel-wajib-kosong", "Anggaran!E5")),
    ("baris tersembunyi", lambda d: _edit(d, "baris_sembunyi.xlsx", fn=_hidden_rows), ("ok", "baris-tersembunyi", "Realisasi!A5")),
    ("lembar tersembunyi", lambda d: _edit(d, "lembar_sembunyi.xlsx", fn=_hidden_sheet), ("ok", "lembar-tersembunyi", "Operasional!A1")),
    ("teks n/a di angka", lambda d: _edit(d, "na.xlsx", {"Anggaran!F4": "n/a"}), ("galat", "angka-tidak-terbaca", "Anggaran!F4")),
    ("tanda hubung di angka", lambda d: _edit(d, "strip.xlsx", {"Anggaran!F4": "-"}), ("ok", None, None)),
    ("teks tidak ada di angka", lambda d: _edit(d, "tidak_ada.xlsx", {"Operasional!U8": "tidak ada"}), ("galat", "nilai-tidak-terbaca", "Operasional!U8")),
    ("angka 1.234,56", lambda d: _edit(d, "id.xlsx", {"Operasional!O5": "76,92", "Anggaran!E4": "5.287.178.900,00"}), ("ok", None, None)),
    ("angka 1,234.56", lambda d: _edit(d, "en.xlsx", {"Anggaran!E4": "5,287,178,900.00"}), ("ok", None, None)),
    ("angka 1.234.567", lambda d: _edit(d, "ribuan.xlsx", {"Anggaran!E4": "5.287.178.900"}), ("ok", None, None)),
    ("angka membingungkan", lambda d: _edit(d, "ambigu.xlsx", {"Anggaran!E4": "1.234,5.6"}), ("galat", "angka-tidak-terbaca", "Anggaran!E4")),
    ("anggaran negatif", lambda d: _edit(d, "negatif.xlsx", {"Anggaran!E5": -1000}), ("galat", "anggaran-tidak-positif", "Anggaran!E5")),
    ("anggaran nol", lambda d: _edit(d, "nol.xlsx", {"Anggaran!E5": 0}), ("galat", "anggaran-tidak-positif", "Anggaran!E5")),
    ("realisasi melebihi anggaran", lambda d: _edit(d, "lebih.xlsx", fn=_realisasi_above_anggaran), ("ok", None, "Anggaran!F4")),
    ("tanggal sebagai angka", lambda d: _edit(d, "tanggal_angka.xlsx", fn=_date_as_number), ("ok", "tanggal-sebagai-angka", "Identitas!B17")),
    ("tanggal di kolom tahun", lambda d: _edit(d, "tahun_tanggal.xlsx", fn=lambda wb: wb["Realisasi"].cell(4, 3).__setattr__("value", __import__("datetime").datetime(2022, 1, 1))), ("galat", "angka-tidak-terbaca", "Realisasi!C4")),
    ("galat #DIV/0!", lambda d: _cell_xml(d, "div0.xlsx", "PK", "G4", '<c r="G4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'), ("galat", "galat-excel", "PK!G4")),
    ("galat #REF!", lambda d: _cell_xml(d, "ref.xlsx", "Anggaran", "E6", '<c r="E6" t="e"><f>#REF!</f><v>#REF!</v></c>'), ("galat", "galat-excel", "Anggaran!E6")),
    ("rumus tanpa nilai", lambda d: _edit(d, "rumus.xlsx", {"Anggaran!E5": "=2000000000+307015800"}), ("galat", "rumus-tanpa-nilai", "Anggaran!E5")),
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
    ("nilai jauh di kanan tabel", _stray("XFD100000"), ("galat", "lembar-terlalu-luas", "Data_PSKS!XFD100000")),
    ("nilai jauh di kanan, baris dekat", _stray("XFD1000"), ("galat", "lembar-terlalu-luas", "Data_PSKS!XFD1000")),
    ("nilai jauh di bawah tabel", _stray("A1048576"), ("galat", "lembar-terlalu-luas", "Data_PSKS!A1048576")),
    ("nilai di pojok jauh", _stray("IV20000"), ("galat", "lembar-terlalu-luas", "Data_PSKS!IV20000")),
    ("polaritas tak dikenal", lambda d: _edit(d, "polaritas.xlsx", {"PK!F4": "naik"}), ("galat", "pilihan-tidak-dikenal", "PK!F4")),
    ("jenis instansi tak dikenal", lambda d: _edit(d, "jenis.xlsx", {"Identitas!B4": "Dinas"}), ("galat", "pilihan-tidak-dikenal", "Identitas!B4")),
    ("NIP kosong perangkat daerah", lambda d: _edit(d, "nip_kosong.xlsx", {"Identitas!B15": None}), ("galat", "sel-wajib-kosong", "Identitas!B15")),
    ("NIP tanda hubung perangkat daerah", lambda d: _edit(d, "nip_strip.xlsx", {"Identitas!B15": "-"}), ("galat", "sel-wajib-kosong", "Identitas!B15")),
    ("kepala daerah tanpa pangkat dan NIP", lambda d: _edit(d, "bupati.xlsx", {"Identitas!B4": "Pemerintah Kabupaten", "Identitas!B5": None, "Identitas!B12": "Bupati Bengkalis", "Identitas!B14": None, "Identitas!B15": "-", "Identitas!B18": None}), ("ok", None, None)),
    ("nama dinas pada LKjIP pemda", lambda d: _edit(d, "pemda_dinas.xlsx", {"Identitas!B4": "Pemerintah Kabupaten", "Identitas!B14": None, "Identitas!B15": None}), ("ok", "nama-instansi-tidak-dipakai", "Identitas!B5")),
    ("indikator ganda", lambda d: _edit(d, "ganda.xlsx", {"PK!C5": "I1"}), ("galat", "indikator-ganda", "PK!C4")),
    ("realisasi tanpa PK", lambda d: _edit(d, "tanpa_pk.xlsx", {"Realisasi!A7": "I9"}), ("galat", "realisasi-tanpa-pk", "Realisasi!A7")),
    ("program tanpa sasaran", lambda d: _edit(d, "tanpa_sasaran.xlsx", {"Anggaran!D6": "S7"}), ("galat", "program-tanpa-sasaran", "Anggaran!D6")),
    ("penyebut nol", lambda d: _edit(d, "penyebut_nol.xlsx", {"Realisasi!I5": 0}), ("galat", "penyebut-nol", "Realisasi!I5")),
    ("teks berawalan sama dengan", lambda d: _edit(d, "injeksi.xlsx", fn=_formula_like_text), ("ok", None, None)),
    ("spasi tak terputus dan baris kosong", lambda d: _edit(d, "spasi.xlsx", {"PK!G4": "\u00a03,25\u00a0", "Anggaran!C20": "   "}), ("ok", None, None)),
    ("karakter kendali di teks", lambda d: cells_xml(d / "kendali.xlsx", {"Narasi": {"C4": teks_excel("C4", "Teks\x01tempel")}}),
     ("ok", "karakter-kendali", "Narasi!C4")),
    ("karakter kendali di satuan", lambda d: cells_xml(d / "kendali_satuan.xlsx", {"PK": {"E4": teks_excel("E4", "%\x02")}}),
     ("ok", "karakter-kendali", "PK!E4")),
    ("satuan 300 karakter", lambda d: _edit(d, "satuan_panjang.xlsx", {"PK!E5": "orang " * 60}), ("ok", "teks-terpotong", "PK!E5")),
    ("realisasi 1e308", lambda d: _edit(d, "realisasi_besar.xlsx", {"Realisasi!G5": 1e308}), ("galat", "angka-di-luar-batas", "Realisasi!G5")),
    ("nilai AKIP 1e308", lambda d: _edit(d, "akip_besar.xlsx", {"AKIP!D5": 1e308}), ("galat", "angka-di-luar-batas", "AKIP!D5")),
    ("faktor pengali 1e308", lambda d: _edit(d, "faktor_besar.xlsx", {"PK!O4": 1e308}), ("galat", "angka-di-luar-batas", "PK!O4")),
    ("anggaran 20 angka", lambda d: _edit(d, "anggaran_besar.xlsx", {"Anggaran!E4": 12345678901234567890}),
     ("galat", "angka-di-luar-batas", "Anggaran!E4")),
    ("anggaran 20 angka sebagai teks", lambda d: _edit(d, "anggaran_teks.xlsx", {"Anggaran!F5": "Rp 12.345.678.901.234.567.890"}),
     ("galat", "angka-di-luar-batas", "Anggaran!F5")),
    ("jumlah anggaran 1e308", lambda d: _edit(d, "jumlah_besar.xlsx", {"Anggaran!E9": 1e308}), ("galat", "angka-di-luar-batas", "Anggaran!E9")),
    ("data pendukung 1e308", lambda d: _edit(d, "data_besar.xlsx", {"Data_PSKS!C7": 1e308}), ("galat", "angka-di-luar-batas", "Data_PSKS!C7")),
    ("anggaran terbesar yang wajar", lambda d: _edit(d, "anggaran_wajar.xlsx", {"Anggaran!E8": 80_000_000_000_000}), ("ok", None, None)),
    ("logo dengan jalur mutlak", _logo("logo_mutlak.xlsx", "/etc/hostname"), ("ok", "gambar-ditolak", "Identitas!B24")),
    ("logo di luar folder", _logo("logo_luar.xlsx", "../../../etc/hostname"), ("ok", "gambar-ditolak", "Identitas!B24")),
    ("logo di luar folder, gaya Windows", _logo("logo_windows.xlsx", "..\\..\\Windows\\win.ini"), ("ok", "gambar-ditolak", "Identitas!B24")),
    ("logo tidak ada", _logo("logo_hilang.xlsx", "logo.png"), ("ok", "gambar-ditolak", "Identitas!B24")),
    ("logo PNG lebar nol", _logo("logo_nol.xlsx", "logo.png", {"logo.png": png(0, 100)}), ("ok", "gambar-ditolak", "Identitas!B24")),
    ("logo PNG raksasa", _logo("logo_raksasa.xlsx", "logo.png", {"logo.png": png(100_000, 100_000)}), ("ok", "gambar-ditolak", "Identitas!B24")),
    ("logo di subfolder", _logo("logo_sub.xlsx", "gambar\\logo.png", {"gambar/logo.png": png(200, 100)}), ("ok", None, None)),
    ("nilai AKIP melebihi bobot", lambda d: _edit(d, "akip.xlsx", {"AKIP!C4": 35}), ("galat", None, "AKIP!C4")),
]
