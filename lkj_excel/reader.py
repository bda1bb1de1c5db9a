"""Read a filled workbook into domain objects, naming every problem and its cell.

``read_workbook(path)`` returns the typed ``LKjIP`` (or None when the workbook
has errors) and the list of all problems found: errors stop the conversion,
warnings do not. It never raises for bad input.

The sheets are read with pandas (calamine engine) as raw grids; columns are
matched by their header (any order, extra columns allowed), values are read
as people type them (see ``angka.baca_angka``), and the checks across sheets
(unknown codes, duplicates, programs without sasaran) run after all sheets
were read, so that one report holds every problem of the workbook.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import model as m
from .alamat import huruf_kolom, nama_sel
from . import schema as sc
from .angka import AngkaTidakTerbaca, BULAN, baca_angka, bersihkan_teks, dengan_kata, fmt_angka, fmt_pecahan
from .instansi import nama_pemda_tidak_dipakai, sebutan
from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan, Temuan, Tingkat
from .rules import faktor_pengali
from .tertulis import baris_angka_tertulis, nilai_otomatis
from .safety import PemeriksaanBerkas, baca_gambar, periksa_berkas, periksa_luas
from .skala import baca_pita

_TOTAL_LABEL = re.compile(r"^(jumlah|total)\b", re.IGNORECASE)
# Characters XML 1.0 cannot hold (a pasted control character, stored by Excel as
# _x0001_): the report's writers would refuse the whole document for one of them.
_KARAKTER_KENDALI = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_PERINGATAN_KENDALI = 10  # cells named one by one per sheet; the rest are counted in one warning


def col_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 27 -> AB)."""
    return huruf_kolom(index)


def cell_name(sheet: str, row0: int, col0: int) -> str:
    """The cell name ``Sheet!B7`` of a 0-based row and column."""
    return nama_sel(sheet, row0, col0)


class Grid:
    """A sheet's raw values (None for empty), addressed by 0-based row/col."""

    def __init__(self, name: str, rows: list[list[object]]):
        self.name = name
        self.rows = rows
        self.excel_errors: dict[str, str] = {}  # "A1" -> "#DIV/0!" (read as empty by calamine)
        self.uncalculated: set[str] = set()  # formulas saved without a result
        self.formulas: set[str] = set()  # every formula cell ("A1"), where the file's XML says
        self.kendali: list[tuple[str, str]] = []  # ("B7", "U+0001") where control characters were replaced

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def get(self, r: int, c: int) -> object:
        if r < len(self.rows) and c < len(self.rows[r]):
            return self.rows[r][c]
        return None

    def cell(self, r: int, c: int) -> str:
        return cell_name(self.name, r, c)

    def row_is_empty(self, r: int) -> bool:
        return all(v is None for v in self.rows[r])  # load_grids made every empty cell None

    def diketik(self, r: int, c: int) -> bool:
        """The cell holds a value that is not the result of a formula (a constant typed or pasted)."""
        return not _is_empty(self.get(r, c)) and f"{col_letter(c)}{r + 1}" not in self.formulas

    def hides_value(self, where: str) -> bool:
        """The cell looks empty but holds an Excel error or an uncalculated formula."""
        local = where.split("!")[-1]
        return local in self.excel_errors or local in self.uncalculated


def _is_empty(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()  # str.strip() also removes NBSP


def load_grids(path: Path) -> dict[str, Grid]:
    """Read every sheet as a raw grid with pandas and the calamine engine.

    Every text is made safe for the report's XML here, once: a control character is
    replaced by a space, and the cell is remembered (``Grid.kendali``) to be warned of.
    """
    import pandas as pd

    frames = pd.read_excel(path, sheet_name=None, header=None, engine="calamine", dtype=object, keep_default_na=False, na_values=[])
    grids = {}
    for name, df in frames.items():
        rows = [[None if _is_empty(v) else v for v in row] for row in df.itertuples(index=False, name=None)]
        name = _KARAKTER_KENDALI.sub(" ", str(name))
        grid = Grid(name, rows)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if type(v) is str and _KARAKTER_KENDALI.search(v):
                    found = sorted(set(_KARAKTER_KENDALI.findall(v)))
                    grid.kendali.append((f"{col_letter(c)}{r + 1}", ", ".join(f"U+{ord(ch):04X}" for ch in found)))
                    cleaned = _KARAKTER_KENDALI.sub(" ", v)
                    row[c] = None if _is_empty(cleaned) else cleaned
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        grids[name] = grid
    return grids


def _warn_kendali(grids: dict[str, Grid], temuan: DaftarTemuan) -> None:
    """One warning per cell whose control characters were replaced (the first few of each sheet), then a count."""
    for name, grid in grids.items():
        for cell, karakter in grid.kendali[:MAX_PERINGATAN_KENDALI]:
            temuan.catat(P.KARAKTER_KENDALI, f"{name}!{cell}", varian="sel", karakter=karakter, ditemukan=karakter)
        rest = grid.kendali[MAX_PERINGATAN_KENDALI:]
        if rest:
            temuan.catat(P.KARAKTER_KENDALI, *(f"{name}!{cell}" for cell, _ in rest[:10]), varian="lainnya", jumlah=len(rest), lembar=name)


def _pindai(path: Path):
    """The scan of the file's sheet XML (``xlsx_scan``): an .xlsx by its content, an .ods; None for other formats."""
    import zipfile

    from .xlsx_scan import pindai, pindai_ods

    if not zipfile.is_zipfile(path):
        return None  # an .xls: its sheets are at most 65.536 rows x 256 columns
    return pindai_ods(path) if path.suffix.lower() == ".ods" else pindai(path)


def _apply_scan(scan, grids: dict[str, Grid], temuan: DaftarTemuan) -> int:
    """Attach what calamine cannot see (error cells, uncalculated formulas) and warn of hidden parts.

    Returns the template version stored in the workbook (1 where none is).
    """
    versi = getattr(scan, "versi_template", None) or 1
    if versi > sc.VERSI_TEMPLATE:
        temuan.catat(P.TEMPLATE_LEBIH_BARU, versi=versi, dikenal=sc.VERSI_TEMPLATE)
    for name, cells in scan.galat_excel.items():
        if name in grids:
            grids[name].excel_errors = dict(cells)
    for name, cells in scan.rumus_tanpa_nilai.items():
        if name in grids:
            grids[name].uncalculated = set(cells)
    for name, cells in getattr(scan, "rumus", {}).items():
        if name in grids:
            grids[name].formulas = cells
    for name in scan.lembar_tersembunyi:
        if name != sc.DAFTAR:
            temuan.catat(P.LEMBAR_TERSEMBUNYI, f"{name}!A1", lembar=name)
    for name, rows in scan.baris_tersembunyi.items():
        temuan.catat(P.BARIS_TERSEMBUNYI, *(f"{name}!A{r}" for r in rows[:10]), lembar=name, baris=", ".join(map(str, rows[:10])))
    return versi


# --------------------------------------------------------------------------
# Cell values


@dataclass
class Ctx:
    """What a value conversion needs to report a problem."""

    temuan: DaftarTemuan
    grid: Grid


def _fmt_found(v: object) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and abs(v) >= 1e21:
        return f"angka {len(str(int(abs(v))))} digit"  # never 1e+308, never three hundred digits
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (datetime, date)):
        return v.strftime("%d-%m-%Y")
    return f'"{bersihkan_teks(v)}"' if isinstance(v, str) else str(v)


def convert(ctx: Ctx, col: sc.Kolom | sc.KolomTahun, raw: object, where: str) -> object:
    """Convert one cell value to the column's type, recording a problem if it cannot.

    Returns the typed value or None (empty, or unreadable: then an error is recorded).
    """
    if _is_empty(raw):
        local = where.split("!")[-1]
        if local in ctx.grid.excel_errors:
            code = ctx.grid.excel_errors[local]
            header = col.header if isinstance(col, sc.Kolom) else col.prefix
            ctx.temuan.catat(P.GALAT_EXCEL, where, kolom=header, galat=code, ditemukan=code)
        elif local in ctx.grid.uncalculated:
            header = col.header if isinstance(col, sc.Kolom) else col.prefix
            ctx.temuan.catat(P.RUMUS_TANPA_NILAI, where, kolom=header)
        return None
    header = col.header if isinstance(col, sc.Kolom) else f"{col.prefix} <tahun>"
    tipe = col.tipe
    t = ctx.temuan
    if tipe in (sc.ANGKA, sc.RUPIAH, sc.PERSEN, sc.BULAT, sc.TAHUN):
        try:
            value = baca_angka(raw)
        except AngkaTidakTerbaca as exc:
            expected = {
                sc.RUPIAH: "angka Rupiah, misalnya 5.287.178.900",
                sc.PERSEN: "angka persen, misalnya 3,25",
                sc.TAHUN: "tahun empat angka, misalnya 2023",
            }.get(tipe, "angka, misalnya 16.013 atau 3,25")
            t.catat(P.ANGKA_TIDAK_TERBACA, where, kolom=header, isi=_fmt_found(raw), sebab=exc, harapan=expected, ditemukan=_fmt_found(raw), diharapkan=expected)
            return None
        if value is None:
            return None
        if tipe != sc.TAHUN and _melebihi_batas(t, sc.batas_angka(col), value, raw, where, header):
            return None
        if tipe in (sc.TAHUN, sc.BULAT):
            if not float(value).is_integer() or (tipe == sc.TAHUN and not 1900 <= value <= 2200):
                expected = "tahun empat angka, misalnya 2023" if tipe == sc.TAHUN else "bilangan bulat"
                t.catat(P.BUKAN_TAHUN if tipe == sc.TAHUN else P.BUKAN_BILANGAN_BULAT, where, kolom=header, isi=_fmt_found(raw), harapan=expected, ditemukan=_fmt_found(raw), diharapkan=expected)
                return None
            return int(value)
        return value
    if tipe == sc.NILAI:
        if isinstance(raw, str):
            text = bersihkan_teks(raw).upper()
            if text in sc.PREDIKAT:
                return text
        try:
            value = baca_angka(raw)
        except AngkaTidakTerbaca as exc:
            expected = "angka (misalnya 3,25) atau predikat (AA, A, BB, B, CC, C, D)"
            t.catat(P.NILAI_TIDAK_TERBACA, where, kolom=header, isi=_fmt_found(raw), sebab=exc, harapan=expected, ditemukan=_fmt_found(raw), diharapkan=expected)
            return None
        return None if value is not None and _melebihi_batas(t, sc.batas_angka(col), value, raw, where, header) else value
    if tipe == sc.PILIHAN:
        text = bersihkan_teks(raw)
        for option in col.pilihan:
            if sc.normal(option) == sc.normal(text):
                return col.kode_dari(option)
        allowed = ", ".join(col.pilihan)
        t.catat(P.PILIHAN_TIDAK_DIKENAL, where, varian="pilihan", kolom=header, isi=_fmt_found(raw), pilihan=allowed, ditemukan=_fmt_found(raw), diharapkan=allowed)
        return None
    if tipe == sc.YA_TIDAK:
        if isinstance(raw, bool):
            return raw
        text = sc.normal(raw)
        if text in ("ya", "y", "yes", "true", "benar", "1"):
            return True
        if text in ("tidak", "t", "no", "false", "salah", "0"):
            return False
        t.catat(P.PILIHAN_TIDAK_DIKENAL, where, varian="ya_tidak", kolom=header, isi=_fmt_found(raw), ditemukan=_fmt_found(raw), diharapkan="Ya atau Tidak")
        return None
    if tipe == sc.TANGGAL:
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        if isinstance(raw, (int, float)) and 20000 <= raw <= 80000:
            # An Excel date serial in a cell without a date format (1954-2119).
            from datetime import timedelta

            value = date(1899, 12, 30) + timedelta(days=int(raw))
            t.catat(P.TANGGAL_SEBAGAI_ANGKA, where, kolom=header, isi=_fmt_found(raw), tanggal=f"{value:%d-%m-%Y}", ditemukan=_fmt_found(raw), diharapkan=f"{value:%d-%m-%Y}")
            return value
        if isinstance(raw, (int, float)):
            t.catat(P.BUKAN_TANGGAL, where, kolom=header, isi=_fmt_found(raw), ditemukan=_fmt_found(raw), diharapkan="tanggal")
            return None
        return _parse_tanggal(bersihkan_teks(raw))
    # TEKS and KODE
    if isinstance(raw, bool):
        text = "Ya" if raw else "Tidak"
    elif isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    elif isinstance(raw, datetime):
        text = raw.strftime("%d-%m-%Y")
    else:
        text = bersihkan_teks(raw)
    if isinstance(col, sc.Kolom) and col.panjang_maks and len(text) > col.panjang_maks:
        cut = text[: col.panjang_maks].rstrip()
        t.catat(P.TEKS_TERPOTONG, where, varian="kolom", kolom=header, panjang=len(text), batas=col.panjang_maks, teks=cut)
        text = cut
    return text.upper() if tipe == sc.KODE else text


def _melebihi_batas(temuan: DaftarTemuan, batas: float, value: float, raw: object, where: str, header: str) -> bool:
    """Record an error when ``value`` is beyond ``batas`` (``schema.BATAS_*``); True if so."""
    if abs(value) <= batas:
        return False
    isi = _fmt_found(raw if isinstance(raw, (int, float)) else value)
    temuan.catat(P.ANGKA_DI_LUAR_BATAS, where, kolom=header, isi=isi, batas=fmt_angka(batas), ditemukan=isi)
    return True


def _parse_tanggal(text: str) -> date | str:
    """'31 Januari 2024' or '31/01/2024' -> date; anything else is kept as text."""
    m1 = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m1:
        months = [b.lower() for b in BULAN]
        if m1.group(2).lower() in months:
            try:
                return date(int(m1.group(3)), months.index(m1.group(2).lower()) + 1, int(m1.group(1)))
            except ValueError:
                return text
    m2 = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", text)
    if m2:
        try:
            return date(int(m2.group(3)), int(m2.group(2)), int(m2.group(1)))
        except ValueError:
            return text
    return text


# --------------------------------------------------------------------------
# Sheets


class RowCells(dict):
    """Cells of one record by field; a field whose column is absent points at the whole row."""

    def __init__(self, sheet: str, row: int):
        super().__init__()
        self.row_ref = f"{sheet}!{row}:{row}"

    def __missing__(self, key: str) -> str:
        return self.row_ref


@dataclass
class Record:
    """One data row of a table sheet: typed values and their cells."""

    row0: int
    values: dict[str, object]
    cells: dict[str, str]
    years: dict[str, dict[int, object]]
    kosong: set[str] = field(default_factory=set)
    """The columns whose cell on this row is really empty (no value, no hidden error or formula)."""
    otomatis: dict[str, tuple[object, str]] = field(default_factory=dict)
    """What stands in the tool-filled (grey) columns of this row, raw, with its cell: the agency's stated values."""
    persen_diketik: set[str] = field(default_factory=set)
    """The value columns (``NILAI``) of this row typed as a text with a percent sign ("65,58%"): a unit typed in."""


@dataclass
class TableRead:
    records: list[Record]
    total: m.JumlahTertulis | None
    year_cols: dict[str, dict[int, int]]  # family key -> year -> col index
    predikat: dict[int, tuple[str, str]] = field(default_factory=dict)  # year -> (label, cell)


def _find_header_row(grid: Grid, sheet: sc.Lembar) -> int | None:
    """The row whose cells match the most headers (the template puts them in row 3)."""
    wanted = {sc.normal(h) for k in sheet.kolom for h in (k.header, *k.alias)}
    best, best_row = 0, None
    for r in range(min(grid.n_rows, 15)):
        cells = [sc.normal(v) for v in grid.rows[r] if not _is_empty(v)]
        hits = sum(1 for c in cells if c in wanted or any(f.cocok(c) for f in sheet.kolom_tahun))
        if hits > best:
            best, best_row = hits, r
    return best_row if best >= 1 else None


def read_table(grid: Grid, sheet: sc.Lembar, temuan: DaftarTemuan) -> TableRead:
    """Read a table sheet: match headers, convert values, fill down groups, keep totals."""
    ctx = Ctx(temuan, grid)
    header_row = _find_header_row(grid, sheet)
    if header_row is None:
        temuan.catat(P.JUDUL_KOLOM_TIDAK_DITEMUKAN, f"{sheet.nama}!A{sc.HEADER_ROW}", varian="tabel", lembar=sheet.nama, baris=sc.HEADER_ROW,
                     kolom=", ".join(k.header for k in sheet.kolom if k.isian))
        return TableRead([], None, {})
    col_of: dict[str, int] = {}
    year_cols: dict[str, dict[int, int]] = {f.key: {} for f in sheet.kolom_tahun}
    for c, raw in enumerate(grid.rows[header_row]):
        if _is_empty(raw):
            continue
        h = sc.normal(raw)
        col = next((k for k in sheet.kolom if h in {sc.normal(x) for x in (k.header, *k.alias)}), None)
        if col is not None:
            if col.key in col_of:
                temuan.catat(P.KOLOM_GANDA, grid.cell(header_row, col_of[col.key]), grid.cell(header_row, c), varian="kolom", kolom=col.header, lembar=sheet.nama, ditemukan=col.header)
            else:
                col_of[col.key] = c
            continue
        for fam in sheet.kolom_tahun:
            year = fam.cocok(h)
            if year is not None:
                if year in year_cols[fam.key]:
                    temuan.catat(P.KOLOM_GANDA, grid.cell(header_row, year_cols[fam.key][year]), grid.cell(header_row, c), varian="tahun", kolom=fam.prefix, tahun=year, lembar=sheet.nama)
                else:
                    year_cols[fam.key][year] = c
    for col in sheet.kolom:
        if col.isian and col.wajib and col.key not in col_of:
            temuan.catat(P.KOLOM_HILANG, f"{sheet.nama}!{header_row + 1}:{header_row + 1}", varian="kolom", kolom=col.header, lembar=sheet.nama, diharapkan=col.header)
    for fam in sheet.kolom_tahun:
        if not year_cols[fam.key]:
            temuan.catat(P.KOLOM_HILANG, f"{sheet.nama}!{header_row + 1}:{header_row + 1}", varian="tahun", lembar=sheet.nama, kolom=fam.prefix)

    records: list[Record] = []
    total: m.JumlahTertulis | None = None
    previous: dict[str, object] = {}
    predikat: dict[int, tuple[str, str]] = {}
    columns = [(k, c) for k, c in col_of.items() if sheet.kolom_by_key(k).isian] + [(f"{fam}_{y}", c) for fam, ys in year_cols.items() for y, c in ys.items()]
    otomatis_cols = [(k, c) for k, c in col_of.items() if not sheet.kolom_by_key(k).isian]
    for r in range(header_row + 1, grid.n_rows):
        if grid.row_is_empty(r):
            continue
        label_cell = next((grid.get(r, c) for c in sorted(col_of.values()) if not _is_empty(grid.get(r, c))), None)
        if sheet.boleh_jumlah and isinstance(label_cell, str) and _TOTAL_LABEL.match(bersihkan_teks(label_cell)):
            total = _read_total(grid, r, columns + [(k, c) for k, c in otomatis_cols if grid.diketik(r, c)], temuan,
                                lambda key: sc.batas_angka(_kolom_of(sheet, key)))
            continue
        if sheet.kolom_tahun and isinstance(label_cell, str) and sc.normal(label_cell) == "predikat":
            # A typed "Predikat" row under the year columns (Tabel 3.9).
            for fam, ys in year_cols.items():
                for y, c in ys.items():
                    text = grid.get(r, c)
                    if not _is_empty(text):
                        predikat[y] = (bersihkan_teks(text).upper(), grid.cell(r, c))
            continue
        if not any(not _is_empty(grid.get(r, c)) for k, c in col_of.items() if sheet.kolom_by_key(k).isian) and not any(
            not _is_empty(grid.get(r, c)) for cols in year_cols.values() for c in cols.values()
        ):
            for k, c in otomatis_cols:  # only tool-filled cells on this row: a value typed there belongs to no row
                if grid.diketik(r, c):
                    isi = _fmt_found(grid.get(r, c))
                    temuan.catat(P.NILAI_OTOMATIS_TANPA_BARIS, grid.cell(r, c), kolom=sheet.kolom_by_key(k).header, isi=isi,
                                 ditemukan=isi)
            continue  # only tool-filled cells (formulas of the template) on this row
        values: dict[str, object] = {}
        cells: dict[str, str] = RowCells(grid.name, r + 1)
        kosong: set[str] = set()
        persen: set[str] = set()
        for col in sheet.kolom:
            if not col.isian or col.key not in col_of:
                continue
            c = col_of[col.key]
            where = grid.cell(r, c)
            raw = grid.get(r, c)
            value = convert(ctx, col, raw, where)
            if col.tipe == sc.NILAI and isinstance(raw, str) and raw.strip().endswith("%") and isinstance(value, float):
                persen.add(col.key)
            if value is None and _is_empty(raw) and col.isi_ke_bawah and col.key in previous:
                value, where = previous[col.key]
            empty = value is None and _is_empty(raw) and not grid.hides_value(where)
            if empty:
                kosong.add(col.key)
            if empty and col.wajib and col.wajib_tiap_baris:
                temuan.catat(P.SEL_WAJIB_KOSONG, where, varian="kolom", kolom=col.header, diharapkan=col.header)
            if col.isi_ke_bawah and value is not None:
                previous[col.key] = (value, where)
            values[col.key] = value
            cells[col.key] = where
        years: dict[str, dict[int, object]] = {}
        for fam in sheet.kolom_tahun:
            years[fam.key] = {}
            for year, c in year_cols[fam.key].items():
                where = grid.cell(r, c)
                value = convert(ctx, fam, grid.get(r, c), where)
                cells[f"{fam.key}_{year}"] = where
                if value is not None:
                    years[fam.key][year] = value
        otomatis = {col.key: (grid.get(r, c), grid.cell(r, c)) for col in sheet.kolom
                    if not col.isian and (c := col_of.get(col.key)) is not None and grid.diketik(r, c)}
        for key, (_, where) in otomatis.items():
            cells[key] = where
        records.append(Record(r, values, cells, years, kosong, otomatis, persen))
    return TableRead(records, total, year_cols, predikat)


def _kolom_of(sheet: sc.Lembar, key: str) -> sc.Kolom | sc.KolomTahun:
    """The column of a key of ``read_table``: a column's key, or ``<family>_<year>``."""
    return next((k for k in sheet.kolom if k.key == key), None) or next(f for f in sheet.kolom_tahun if key.startswith(f"{f.key}_"))


def _read_total(grid: Grid, r: int, columns: list[tuple[str, int]], temuan: DaftarTemuan, batas) -> m.JumlahTertulis:
    """A typed Jumlah/Total row: keep every number in it, by column key (``batas(key)``: the largest it may be)."""
    label = ""
    nilai: dict[str, float] = {}
    cells: dict[str, str] = {}
    for key, c in columns:
        raw = grid.get(r, c)
        if _is_empty(raw):
            continue
        if isinstance(raw, str) and not label and _TOTAL_LABEL.match(bersihkan_teks(raw)):
            label = bersihkan_teks(raw)
            continue
        try:
            value = baca_angka(raw)
        except AngkaTidakTerbaca:
            if isinstance(raw, str) and not label:
                label = bersihkan_teks(raw)
            continue
        if value is not None and not _melebihi_batas(temuan, batas(key), value, raw, grid.cell(r, c), key):
            nilai[key] = value
            cells[key] = grid.cell(r, c)
    return m.JumlahTertulis(label or "Jumlah", nilai, cells)


def read_form(grid: Grid, sheet: sc.Lembar, temuan: DaftarTemuan) -> tuple[dict[str, object], dict[str, str]]:
    """Read a form sheet: labels in column A, values in column B (matched by label)."""
    ctx = Ctx(temuan, grid)
    by_label = {sc.normal(h): k for k in sheet.kolom for h in (k.header, *k.alias)}
    values: dict[str, object] = {}
    cells: dict[str, str] = {}
    for r in range(grid.n_rows):
        label = grid.get(r, 0)
        if _is_empty(label):
            continue
        col = by_label.get(sc.normal(label))
        if col is None:
            continue
        where = grid.cell(r, 1)
        if col.key in cells:
            temuan.catat(P.ISIAN_GANDA, cells[col.key], where, isian=col.header)
            continue
        values[col.key] = convert(ctx, col, grid.get(r, 1), where)
        cells[col.key] = where
    for col in sheet.kolom:
        if col.key not in cells:
            if col.wajib:
                temuan.catat(P.ISIAN_HILANG, f"{sheet.nama}!A:A", isian=col.header, lembar=sheet.nama, diharapkan=col.header)
        elif values.get(col.key) is None and col.wajib and _is_empty(grid.get(int(re.sub(r"\D", "", cells[col.key].split("!")[1])) - 1, 1)):
            temuan.catat(P.SEL_WAJIB_KOSONG, cells[col.key], varian="isian", isian=col.header, diharapkan=col.header)
    return values, cells


# --------------------------------------------------------------------------
# The workbook


def read_workbook(path: str | os.PathLike) -> tuple[m.LKjIP | None, DaftarTemuan]:
    """Read a filled workbook.

    Args:
        path: the .xlsx file (also .xlsm, .xls, .ods where readable).

    Returns:
        ``(lkjip, temuan)``: the domain objects (None when there is any error)
        and every problem found, errors and warnings, each naming its cell.
        Never raises for bad input.
    """
    path = Path(path)
    temuan = DaftarTemuan(berkas=path.name)
    check: PemeriksaanBerkas = periksa_berkas(path)
    if check.masalah:
        check.masalah.catat(temuan)
        return None, temuan
    scan = _pindai(path)
    too_far = periksa_luas(scan.luas) if scan is not None else []
    if too_far:  # calamine would build a grid of the whole used range: never let it try
        for problem in too_far:
            problem.catat(temuan)
        return None, temuan
    try:
        grids = load_grids(path)
    except Exception as exc:  # noqa: BLE001 - any reader failure is a user-facing problem
        temuan.catat(P.BERKAS_TIDAK_TERBACA, varian="workbook", tipe=type(exc).__name__)
        return None, temuan
    for note in check.peringatan:
        note.catat(temuan)
    _warn_kendali(grids, temuan)
    versi = _apply_scan(scan, grids, temuan) if scan is not None else 1
    try:
        lkjip = _build(path, grids, temuan)
        if lkjip is not None:
            lkjip.versi_template = versi
    except Exception as exc:  # noqa: BLE001 - last line of defence: report, never crash
        temuan.catat(P.GALAT_INTERNAL, varian="pembacaan", tipe=type(exc).__name__, galat=exc)
        return None, temuan
    return (None if temuan.ada_galat else lkjip), temuan


def _sheet_lookup(grids: dict[str, Grid]) -> dict[str, Grid]:
    """Sheets by normalised name, so 'pk', 'PK ' and 'Pk' all match."""
    return {sc.normal(n).replace(" ", ""): g for n, g in grids.items()}


def _grid_for(sheet: sc.Lembar, lookup: dict[str, Grid], temuan: DaftarTemuan) -> Grid | None:
    for name in (sheet.nama, *sheet.alias):
        g = lookup.get(sc.normal(name).replace(" ", ""))
        if g is not None:
            return g
    if sheet.wajib:
        temuan.catat(P.LEMBAR_HILANG, f"{sheet.nama}!A1", lembar=sheet.nama, judul=sheet.judul, diharapkan=sheet.nama)
    return None


def _build(path: Path, grids: dict[str, Grid], temuan: DaftarTemuan) -> m.LKjIP | None:
    lookup = _sheet_lookup(grids)

    def table(sheet: sc.Lembar) -> TableRead:
        g = _grid_for(sheet, lookup, temuan)
        return read_table(g, sheet, temuan) if g is not None else TableRead([], None, {})

    def form(sheet: sc.Lembar) -> tuple[dict[str, object], dict[str, str]]:
        g = _grid_for(sheet, lookup, temuan)
        return read_form(g, sheet, temuan) if g is not None else ({}, {})

    ident_v, ident_c = form(sc.IDENTITAS)
    tf = table(sc.TUGAS_FUNGSI)
    org = table(sc.ORGANISASI)
    renstra = table(sc.RENSTRA)
    ir = table(sc.INDIKATOR_RENSTRA)
    pk = table(sc.PK)
    ang = table(sc.ANGGARAN)
    real = table(sc.REALISASI)
    ops = table(sc.OPERASIONAL)
    akip = table(sc.AKIP)
    tertulis = table(sc.ANGKA_TERTULIS)
    narasi = table(sc.NARASI)
    peng_v, peng_c = form(sc.PENGATURAN)
    skala = table(sc.SKALA)
    pendukung = [t for name, g in grids.items() if _is_data_sheet(name) and (t := read_pendukung(g, temuan)) is not None]
    _warn_long_sheet_names(pendukung, temuan)

    identitas = _identitas(ident_v, ident_c, temuan)
    if identitas is not None:
        _periksa_gambar(path.parent, identitas, temuan)
    pengaturan = _pengaturan(peng_v, peng_c, skala, temuan)
    tahun = identitas.tahun if identitas else None

    sasaran = _sasaran(pk, temuan)
    kode_sasaran = {s.kode: s for s in sasaran}
    indikator = {i.kode: i for s in sasaran for i in s.indikator}
    indikator_renstra = _indikator_renstra(ir, temuan)
    renstra_kode = {r.kode for r in indikator_renstra}
    for ind in indikator.values():
        if ind.kode_renstra and ind.kode_renstra not in renstra_kode:
            temuan.catat(P.KODE_TIDAK_DIKENAL, ind.cells["kode_renstra"], varian="renstra", kode=ind.kode_renstra, ditemukan=ind.kode_renstra, diharapkan=", ".join(sorted(renstra_kode)) or "kode pada lembar IndikatorRenstra")

    program = _program(ang, kode_sasaran, temuan)
    realisasi = _realisasi(real, indikator, tahun, temuan)
    operasional = _operasional(ops, kode_sasaran, indikator, renstra_kode, temuan)
    for t in pendukung:
        if t.kode_sasaran and t.kode_sasaran not in kode_sasaran:
            temuan.catat(P.KODE_TIDAK_DIKENAL, t.cells.get("kode_sasaran", ""), varian="pendukung", kode=t.kode_sasaran, tabel=t.judul, ditemukan=t.kode_sasaran)
    evaluasi = _akip(akip, temuan)
    narasi_list = [
        m.Narasi(bagian=r.values["bagian"], teks=r.values["teks"], kode_sasaran=r.values.get("kode_sasaran"), cells=r.cells)
        for r in narasi.records
        if r.values.get("bagian") and r.values.get("teks")
    ]
    for n in narasi_list:
        if n.kode_sasaran and n.kode_sasaran not in kode_sasaran:
            temuan.catat(P.KODE_TIDAK_DIKENAL, n.cells["kode_sasaran"], varian="narasi", kode=n.kode_sasaran, ditemukan=n.kode_sasaran)
    angka_tertulis, angka_indikator = baris_angka_tertulis(tertulis.records, kode_sasaran, indikator, operasional, temuan)
    organisasi = _organisasi(org, temuan)
    tugas_fungsi = m.TugasFungsi(
        tugas=[r.values["uraian"] for r in tf.records if r.values.get("jenis") == "Tugas" and r.values.get("uraian")],
        fungsi=[r.values["uraian"] for r in tf.records if r.values.get("jenis") == "Fungsi" and r.values.get("uraian")],
    )
    arah = [
        m.ArahKebijakan(tujuan=r.values.get("tujuan") or "", sasaran=r.values.get("sasaran") or "", strategi=r.values.get("strategi") or "", arah_kebijakan=r.values.get("arah_kebijakan") or "", cells=r.cells)
        for r in renstra.records
    ]
    if identitas is None:
        return None
    _check_years(identitas, indikator_renstra, realisasi, temuan)
    from .lke import KODE_KRITERIA
    from .reader_lke import baca_pembanding, baca_rubrik

    rubrik, rubrik_sel = baca_rubrik(table(sc.RUBRIK_LKE), KODE_KRITERIA, temuan)
    lkjip = m.LKjIP(
        pembanding=baca_pembanding(table(sc.PEMBANDING), indikator, tahun, temuan),
        rubrik_lke=rubrik, rubrik_lke_sel=rubrik_sel,
        berkas=path.name,
        identitas=identitas,
        tugas_fungsi=tugas_fungsi,
        organisasi=organisasi,
        renstra=arah,
        indikator_renstra=indikator_renstra,
        sasaran=sasaran,
        realisasi=realisasi,
        program=program,
        jumlah_anggaran_tertulis=ang.total,
        operasional=operasional,
        pendukung=pendukung,
        akip=evaluasi,
        narasi=narasi_list,
        angka_tertulis=angka_tertulis,
        pengaturan=pengaturan,
        angka_indikator_tertulis=angka_indikator,
    )
    from .reader_triwulan import baca_triwulan

    baca_triwulan(lkjip, table, temuan)
    return lkjip


def _warn_long_sheet_names(pendukung: list[m.TabelPendukung], temuan: DaftarTemuan) -> None:
    """A supporting sheet's name too long for Excel (an .ods allows it) is cut where the tool writes it again."""
    for t, nama in zip(pendukung, sc.nama_lembar_data([t.lembar for t in pendukung])):
        if nama != t.lembar:
            temuan.catat(P.TEKS_TERPOTONG, t.cells.get("judul", f"{t.lembar}!A1"), varian="lembar", lembar=t.lembar,
                         batas=sc.BATAS_NAMA_LEMBAR, nama=nama)


def _is_data_sheet(name: str) -> bool:
    return sc.normal(name).replace(" ", "").startswith(sc.DATA_PREFIX.lower())


_TANPA_ISI = ("kepala_pangkat", "kepala_nip", "pemberi_amanah_pangkat", "pemberi_amanah_nip", "pereviu_pangkat", "pereviu_nip")
"""Identity fields where a typed dash means "none" (a Kepala Daerah has no rank and no NIP)."""


def _identitas(v: dict, c: dict, temuan: DaftarTemuan) -> m.Identitas | None:
    required = [k.key for k in sc.IDENTITAS.kolom if k.wajib]
    jenis = m.JenisInstansi(v.get("jenis_instansi") or m.JenisInstansi.PERANGKAT_DAERAH)
    v = {**v, "jenis_instansi": jenis}
    for key in _TANPA_ISI:
        if isinstance(v.get(key), str) and v[key].strip() in ("-", "–", "—"):
            v[key] = None
    kurang = False
    for col in sc.IDENTITAS.kolom:
        if jenis.value in col.wajib_untuk and v.get(col.key) is None:
            kurang = True
            if col.key in c:
                temuan.catat(P.SEL_WAJIB_KOSONG, c[col.key], varian="isian_jenis", isian=col.header,
                             jenis_instansi=sc.IDENTITAS.kolom_by_key("jenis_instansi").label_dari(jenis.value), diharapkan=col.header)
            else:
                temuan.catat(P.ISIAN_HILANG, f"{sc.IDENTITAS.nama}!A:A", isian=col.header, lembar=sc.IDENTITAS.nama,
                             diharapkan=col.header)
    if kurang or any(v.get(k) is None for k in required):
        return None
    ident = m.Identitas(**{k.key: v.get(k.key) for k in sc.IDENTITAS.kolom}, cells=c)
    ident.nama_instansi = ident.nama_instansi or ""
    if nama_pemda_tidak_dipakai(ident):
        temuan.catat(P.NAMA_INSTANSI_TIDAK_DIPAKAI, c["nama_instansi"], jenis_instansi=sc.IDENTITAS.kolom_by_key("jenis_instansi").label_dari(jenis.value),
                     nama=sebutan(ident).nama_lengkap, isian=sc.IDENTITAS.kolom_by_key("nama_instansi").header,
                     isi=ident.nama_instansi, ditemukan=ident.nama_instansi)
    if ident.renstra_awal > ident.renstra_akhir:
        temuan.catat(P.PERIODE_TERBALIK, c["renstra_awal"], c["renstra_akhir"], awal=ident.renstra_awal, akhir=ident.renstra_akhir)
    elif not ident.renstra_awal <= ident.tahun <= ident.renstra_akhir:
        temuan.catat(P.TAHUN_DI_LUAR_RENSTRA, c["tahun"], varian="laporan", tahun=ident.tahun, awal=ident.renstra_awal, akhir=ident.renstra_akhir)
    digits = re.sub(r"\D", "", ident.kepala_nip or "")
    if ident.kepala_nip is not None and len(digits) != 18:
        temuan.catat(P.NIP_TIDAK_LAZIM, c["kepala_nip"], nip=ident.kepala_nip, ditemukan=ident.kepala_nip, diharapkan="18 angka")
    if ident.sumber_anggaran is None:
        ident.sumber_anggaran = "APBD"
    judul = ident.judul_singkat or f"LKjIP {ident.nama_instansi} {ident.pemerintah_daerah} Tahun {ident.tahun}"
    if len(judul) > sc.BATAS_KAKI_HALAMAN:
        temuan.catat(P.TEKS_TERPOTONG, c.get("judul_singkat") or c["nama_instansi"], varian="kaki_halaman", panjang=len(judul),
                     batas=sc.BATAS_KAKI_HALAMAN)
    return ident


def _periksa_gambar(folder: Path, ident: m.Identitas, temuan: DaftarTemuan) -> None:
    """A logo or chart that cannot be used (outside the workbook's folder, missing, not a picture) is warned of and dropped."""
    for key in ("berkas_logo", "berkas_bagan"):
        _, masalah = baca_gambar(folder, getattr(ident, key))
        if masalah is not None:
            temuan.catat(masalah.jenis, ident.cells.get(key), varian=masalah.varian, **masalah.isian)
            setattr(ident, key, None)


def _pengaturan(v: dict, c: dict, skala: TableRead, temuan: DaftarTemuan) -> m.Pengaturan:
    p = m.Pengaturan(cells=c)
    for key, value in v.items():
        if value is not None:
            setattr(p, key, value)
    if p.desimal_persen is not None and not 0 <= p.desimal_persen <= 6:
        temuan.catat(P.DI_LUAR_RENTANG, c.get("desimal_persen", ""), ditemukan=p.desimal_persen)
        p.desimal_persen = 2
    p.skala = baca_pita(skala.records, {code: label for label, code in sc.SKALA_NAMA}, temuan)
    return p


def _sasaran(pk: TableRead, temuan: DaftarTemuan) -> list[m.Sasaran]:
    sasaran: dict[str, m.Sasaran] = {}
    seen_kode: dict[str, str] = {}
    seen_nama: dict[tuple[str, str], str] = {}
    for r in pk.records:
        v, c = r.values, r.cells
        kode, ks = v.get("kode"), v.get("kode_sasaran")
        if not kode or not ks or not v.get("nama") or v.get("polaritas") is None:
            continue
        if kode in seen_kode:
            temuan.catat(P.INDIKATOR_GANDA, seen_kode[kode], c["kode"], varian="kode", kode=kode, ditemukan=kode)
            continue
        key = (ks, sc.normal(v["nama"]))
        if key in seen_nama:
            temuan.catat(P.INDIKATOR_GANDA, seen_nama[key], c["nama"], varian="nama", nama=v["nama"], sasaran=ks, ditemukan=v["nama"])
            continue
        seen_kode[kode], seen_nama[key] = c["kode"], c["nama"]
        pol = m.Polaritas(v["polaritas"])
        target = v.get("target")
        _periksa_target(v, c, pol, temuan)
        formula = _formula(v, c, temuan, bagian=("target_pembilang", "target_penyebut"), faktor=v.get("faktor") or 100.0,
                           label_wajib=True)
        if v.get("target_atas") is not None and isinstance(target, float) and v["target_atas"] < target:
            temuan.catat(P.RENTANG_TERBALIK, c["target_atas"], c["target"], ditemukan=v["target_atas"], diharapkan=f">= {target}")
        ind = m.IndikatorKinerja(
            kode=kode, kode_sasaran=ks, nama=v["nama"], satuan=v.get("satuan") or "", polaritas=pol, target=target,
            target_atas=v.get("target_atas"), formula=formula, target_pembilang=v.get("target_pembilang"), target_penyebut=v.get("target_penyebut"),
            kode_renstra=v.get("kode_renstra"), standar_nasional=v.get("standar_nasional"), bobot=v.get("bobot"), cells=c,
            sumber_pembilang=v.get("sumber_pembilang"), sumber_penyebut=v.get("sumber_penyebut"),
            **{k: v.get(k) for k in ("definisi_operasional", "cara_pengukuran", "sumber_data", "frekuensi_pengukuran")},
        )
        s = sasaran.get(ks)
        if s is None:
            s = sasaran[ks] = m.Sasaran(kode=ks, nama=v.get("sasaran") or "", cells={"kode": c["kode_sasaran"], "nama": c.get("sasaran", "")})
        elif v.get("sasaran") and sc.normal(v["sasaran"]) != sc.normal(s.nama):
            temuan.catat(P.SASARAN_TIDAK_KONSISTEN, s.cells["nama"], c["sasaran"], kode=ks, ditemukan=v["sasaran"], diharapkan=s.nama)
        s.indikator.append(ind)
    if not sasaran and pk.records is not None:
        temuan.catat(P.PK_KOSONG, f"PK!A{sc.FIRST_DATA_ROW}")
    return list(sasaran.values())


def _periksa_target(v: dict, c: dict, pol: m.Polaritas, temuan: DaftarTemuan) -> None:
    """The signed target of an indicator row (PK, Operasional): its kind fits the polarity, its penyebut is not 0."""
    target = v.get("target")
    if pol is m.Polaritas.PREDIKAT and target is not None and not isinstance(target, str):
        temuan.catat(P.TARGET_BUKAN_PREDIKAT, c["target"], ditemukan=target)
    if pol is not m.Polaritas.PREDIKAT and isinstance(target, str):
        temuan.catat(P.TARGET_BUKAN_ANGKA, c["target"], polaritas=pol.value, ditemukan=target, diharapkan="angka")
    _warn_excel_percent(v.get("satuan"), target, c.get("target"), temuan)
    if v.get("target_penyebut") == 0:
        temuan.catat(P.PENYEBUT_NOL, c["target_penyebut"], kolom="Target Penyebut", ditemukan=0)


def _formula(v: dict, c: dict, temuan: DaftarTemuan, *, bagian: tuple[str, ...], faktor: float,
             label_wajib: bool) -> m.Formula | None:
    """The formula of an indicator row (PK, Operasional): labels and units of pembilang and penyebut, and the factor.

    A formula is declared by its two labels (one without the other is an error) or, where
    ``label_wajib`` is false, by any of the fields ``bagian`` (its counts or its unit) alone.
    """
    labels = [v.get("label_pembilang"), v.get("label_penyebut")]
    if any(labels):
        if not all(labels):
            missing = "Label Penyebut" if labels[0] else "Label Pembilang"
            temuan.catat(P.FORMULA_TIDAK_LENGKAP, c.get("label_penyebut" if labels[0] else "label_pembilang", c["kode"]), varian="label", kolom=missing, diharapkan=missing)
            return None
    elif not any(v.get(k) is not None for k in bagian):
        return None
    elif label_wajib:
        temuan.catat(P.FORMULA_TIDAK_LENGKAP, c.get("label_pembilang", c["kode"]), varian="tanpa_label", diharapkan="Label Pembilang dan Label Penyebut")
        return None
    return m.Formula(labels[0] or "", v.get("satuan_pembilang") or "", labels[1] or "", v.get("satuan_penyebut") or "", faktor)


def _periksa_nilai_tahun(v: dict, c: dict, sheet: sc.Lembar, nilai: tuple[str, ...], penyebut: tuple[str, ...],
                         lengkap: tuple[tuple[str, str], ...], kode: str, pol: m.Polaritas, satuan: str,
                         temuan: DaftarTemuan) -> None:
    """The figures of an indicator's years (a row of Realisasi, the years of a row of Operasional).

    ``nilai``: the value fields (a predikat for a predikat indicator, else a number; a wrong one is
    reported and dropped); ``penyebut``: fields that must not be 0 (reported and dropped);
    ``lengkap``: the (pembilang, penyebut) pairs that must be given both.
    """
    for key in nilai:
        value = v.get(key)
        kolom = sheet.kolom_by_key(key).header
        if pol is m.Polaritas.PREDIKAT and value is not None and not isinstance(value, str):
            temuan.catat(P.NILAI_BUKAN_PREDIKAT, c[key], kode=kode, kolom=kolom, ditemukan=value, diharapkan="AA, A, BB, B, CC, C atau D")
            v[key] = None
        elif pol is not m.Polaritas.PREDIKAT and isinstance(value, str):
            temuan.catat(P.NILAI_BUKAN_ANGKA, c[key], kode=kode, kolom=kolom, ditemukan=value, diharapkan="angka")
            v[key] = None
    for key in penyebut:
        if v.get(key) == 0:
            temuan.catat(P.PENYEBUT_NOL, c[key], kolom=sheet.kolom_by_key(key).header, ditemukan=0)
            v[key] = None
    for atas, bawah in lengkap:
        if (v.get(atas) is None) != (v.get(bawah) is None):
            missing = bawah if v.get(atas) is not None else atas
            temuan.catat(P.FORMULA_TIDAK_LENGKAP, c[missing], varian="realisasi")
    for key in nilai:
        if key != "target":
            _warn_excel_percent(satuan, v.get(key), c.get(key), temuan)


def _warn_excel_percent(satuan: object, value: object, where: str | None, temuan: DaftarTemuan) -> None:
    """Excel stores a typed '3,25%' as 0.0325: warn where a % value looks like that."""
    if satuan == "%" and isinstance(value, float) and 0 < abs(value) < 1:
        nilai, persen = fmt_pecahan(value), fmt_pecahan(value * 100)
        temuan.catat(P.PERSEN_EXCEL, where, nilai=nilai, persen=persen, ditemukan=nilai, diharapkan=persen)


def _program(ang: TableRead, kode_sasaran: dict, temuan: DaftarTemuan) -> list[m.Program]:
    """The budget lines of the Anggaran sheet (Tabel 2.4): levels, the line each belongs to, amounts, sasaran.

    A line's level is its Tingkat, else the pattern of its code, else program; it belongs to the
    nearest line of a higher level before it. Amounts are required on the lowest lines only; those
    typed on a line with lines under it are the agency's stated subtotal (kept for the audit). Every
    lowest line must reach exactly one known sasaran through itself or the lines above it.
    """
    T = m.TingkatAnggaran
    lines: list[m.Program] = []
    kosong: list[set[str]] = []
    tak_dikenal: set[int] = set()
    for r in ang.records:
        v, c = r.values, r.cells
        if not v.get("nama"):
            continue
        kode = v.get("kode")
        pola = T.dari_kode(kode)
        tingkat = T(v["tingkat"]) if v.get("tingkat") else (pola or T.PROGRAM)
        if v.get("tingkat") and pola is not None and pola is not tingkat:
            temuan.catat(P.TINGKAT_BERBEDA_KODE, c["tingkat"], c["kode"], nama=v["nama"], tingkat=tingkat.label, kode=kode,
                         pola=pola.sebutan, ditemukan=tingkat.label, diharapkan=pola.label)
        p = m.Program(nama=v["nama"], kode_sasaran=v.get("kode_sasaran"), anggaran=v.get("anggaran"), realisasi=v.get("realisasi"),
                      sumber_dana=v.get("sumber_dana"), keterangan=v.get("keterangan"), tingkat=tingkat, kode=kode, cells=c,
                      penyerapan_tertulis=nilai_otomatis(sc.ANGGARAN, r.otomatis, "penyerapan", temuan))
        if p.kode_sasaran and p.kode_sasaran not in kode_sasaran:
            temuan.catat(P.PROGRAM_TANPA_SASARAN, c["kode_sasaran"], baris=p.sebutan("'", awal=True), kode=p.kode_sasaran,
                         ditemukan=p.kode_sasaran, diharapkan=", ".join(kode_sasaran) or "kode sasaran PK")
            tak_dikenal.add(len(lines))
            p.kode_sasaran = None
        lines.append(p)
        kosong.append(r.kosong)
    _induk_anggaran(lines, temuan)
    punya_rincian = {p.induk for p in lines if p.induk is not None}
    for i, (p, empty) in enumerate(zip(lines, kosong)):
        c = p.cells
        if i in punya_rincian:  # a subtotal: derived from its lines, the typed figures only audited
            p.anggaran_tertulis, p.realisasi_tertulis = p.anggaran, p.realisasi
            p.anggaran = p.realisasi = None
            continue
        if p.anggaran is None and "anggaran" in empty:
            header = sc.ANGGARAN.kolom_by_key("anggaran").header
            temuan.catat(P.SEL_WAJIB_KOSONG, c["anggaran"], varian="kolom", kolom=header, diharapkan=header)
        elif p.anggaran is not None and p.anggaran <= 0:
            temuan.catat(P.ANGGARAN_TIDAK_POSITIF, c["anggaran"], baris=p.sebutan("'"), ditemukan=p.anggaran, diharapkan="> 0")
        if p.realisasi is not None and p.realisasi < 0:
            temuan.catat(P.REALISASI_NEGATIF, c["realisasi"], baris=p.sebutan("'"), ditemukan=p.realisasi)
    _sasaran_anggaran(lines, punya_rincian, tak_dikenal, temuan)
    return lines


def _induk_anggaran(lines: list[m.Program], temuan: DaftarTemuan) -> None:
    """Each budget line belongs to the nearest line of a higher level before it; codes must agree."""
    T = m.TingkatAnggaran
    for i, p in enumerate(lines):
        p.induk = next((j for j in range(i - 1, -1, -1) if lines[j].tingkat.urut < p.tingkat.urut), None)
        if p.induk is None and p.tingkat is not T.PROGRAM:
            induk = "program" if p.tingkat is T.KEGIATAN else "program atau kegiatan"
            temuan.catat(P.RINCIAN_TANPA_INDUK, p.cells["nama"], p.cells.get("tingkat"), p.cells.get("kode"),
                         baris=p.sebutan("'", awal=True), induk=induk, ditemukan=p.tingkat.label)
            continue
        atas = lines[p.induk] if p.induk is not None else None
        if atas is not None and p.kode and atas.kode and not p.kode.startswith(atas.kode + "."):
            temuan.catat(P.KODE_TIDAK_SEJALAN, p.cells["kode"], atas.cells["kode"], baris=p.sebutan("'"), kode=p.kode,
                         induk=atas.sebutan("'"), kode_induk=atas.kode, ditemukan=p.kode, diharapkan=f"{atas.kode}.…")


def _sasaran_anggaran(lines: list[m.Program], punya_rincian: set[int], tak_dikenal: set[int], temuan: DaftarTemuan) -> None:
    """Every lowest budget line reaches exactly one sasaran, through itself or the lines above it."""
    for i, p in enumerate(lines):
        if not p.kode_sasaran:
            continue
        j = next((j for j in m.rantai_anggaran(lines, i)[1:] if lines[j].kode_sasaran), None)
        if j is not None and lines[j].kode_sasaran != p.kode_sasaran:
            atas = lines[j]
            temuan.catat(P.SASARAN_ANGGARAN_GANDA, p.cells["kode_sasaran"], atas.cells["kode_sasaran"],
                         baris=p.sebutan("'", awal=True), kode=p.kode_sasaran, induk=atas.sebutan("'"),
                         kode_induk=atas.kode_sasaran, ditemukan=p.kode_sasaran, diharapkan=atas.kode_sasaran)
    tanpa: dict[int, list[int]] = {}
    for i in range(len(lines)):
        chain = m.rantai_anggaran(lines, i)
        if i in punya_rincian or any(j in tak_dikenal or lines[j].kode_sasaran for j in chain):
            continue
        tanpa.setdefault(chain[-1], []).append(i)
    for atas, bawah in tanpa.items():
        p = lines[atas]
        if bawah == [atas]:
            temuan.catat(P.ANGGARAN_TANPA_SASARAN, p.cells["kode_sasaran"], varian="baris", baris=p.sebutan("'", awal=True))
            continue
        contoh = ", ".join(f"'{lines[i].nama}'" for i in bawah[:3]) + (", dan seterusnya" if len(bawah) > 3 else "")
        temuan.catat(P.ANGGARAN_TANPA_SASARAN, p.cells["kode_sasaran"], *[lines[i].cells["kode_sasaran"] for i in bawah],
                     varian="rincian", jumlah=dengan_kata(len(bawah), "baris terbawah"), baris=p.sebutan("'"), contoh=contoh)


def _realisasi(real: TableRead, indikator: dict[str, m.IndikatorKinerja], tahun: int | None, temuan: DaftarTemuan) -> list[m.Realisasi]:
    out = []
    seen: dict[tuple[str, int], str] = {}
    for r in real.records:
        v, c = r.values, r.cells
        kode, year = v.get("kode_indikator"), v.get("tahun")
        if not kode or year is None:
            continue
        ind = indikator.get(kode)
        if ind is None:
            temuan.catat(P.REALISASI_TANPA_PK, c["kode_indikator"], kode=kode, ditemukan=kode, diharapkan=", ".join(indikator) or "kode indikator PK")
            continue
        if (kode, year) in seen:
            temuan.catat(P.REALISASI_GANDA, seen[(kode, year)], c["kode_indikator"], kode=kode, tahun=year)
            continue
        seen[(kode, year)] = c["kode_indikator"]
        if tahun is not None and year > tahun:
            temuan.catat(P.TAHUN_SETELAH_LAPORAN, c["tahun"], tahun=year, tahun_laporan=tahun, ditemukan=year, diharapkan=f"<= {tahun}")
            continue
        if (v.get("realisasi_pembilang") is not None or v.get("realisasi_penyebut") is not None) and ind.formula is None:
            temuan.catat(P.BUKAN_INDIKATOR_RUMUS, c.get("realisasi_pembilang", c["kode_indikator"]), kode=kode)
        _periksa_nilai_tahun(v, c, sc.REALISASI, ("target", "realisasi"), ("target_penyebut", "realisasi_penyebut"),
                             (("realisasi_pembilang", "realisasi_penyebut"),), kode, ind.polaritas, ind.satuan, temuan)
        _satuan_diketik(v, c, r.persen_diketik)
        out.append(m.Realisasi(kode_indikator=kode, tahun=year, cells=c, **{k: v.get(k) for k in (
            "target", "target_pembilang", "target_penyebut", "realisasi", "realisasi_pembilang", "realisasi_penyebut", "capaian_tertulis",
            "keterangan", "kategori_tertulis", "satuan_realisasi")}, indikator_tertulis=nilai_otomatis(sc.REALISASI, r.otomatis, "indikator", temuan)))
    return out


_PECAHAN_OPERASIONAL = (("realisasi_lalu_pembilang", "realisasi_lalu_penyebut"), ("realisasi_pembilang", "realisasi_penyebut"))


def _operasional(ops: TableRead, kode_sasaran: dict, indikator: dict[str, m.IndikatorKinerja], renstra_kode: set[str],
                 temuan: DaftarTemuan) -> list[m.IndikatorOperasional]:
    """The operational indicators, checked as the PK's are (codes, target, formula, the figures of each year)."""
    out = []
    seen: dict[str, str] = {}
    for r in ops.records:
        v, c = r.values, r.cells
        if not v.get("nama") or v.get("polaritas") is None or v.get("sasaran_operasional") is None:
            continue
        ks = v.get("kode_sasaran")
        if ks and ks not in kode_sasaran:
            temuan.catat(P.KODE_TIDAK_DIKENAL, c["kode_sasaran"], varian="sasaran", kode=ks, ditemukan=ks)
            continue
        kode = v.get("kode")
        if kode in seen or kode in indikator:
            lain = seen[kode] if kode in seen else indikator[kode].cells["kode"]
            temuan.catat(P.INDIKATOR_GANDA, lain, c["kode"], varian="operasional" if kode in seen else "operasional_pk",
                         kode=kode, ditemukan=kode)
            continue
        if kode:
            seen[kode] = c["kode"]
        pol = m.Polaritas(v["polaritas"])
        satuan = v.get("satuan") or ""
        _periksa_target(v, c, pol, temuan)
        formula = _formula(v, c, temuan, label_wajib=False, faktor=v["faktor"] if v.get("faktor") is not None else faktor_pengali(satuan),
                           bagian=("satuan_pembilang", "target_pembilang", "target_penyebut", *(k for p in _PECAHAN_OPERASIONAL for k in p)))
        if formula is not None and not formula.satuan_penyebut:
            formula.satuan_penyebut = formula.satuan_pembilang
        _periksa_nilai_tahun(v, c, sc.OPERASIONAL, ("realisasi_lalu", "realisasi"), tuple(b for _, b in _PECAHAN_OPERASIONAL),
                             _PECAHAN_OPERASIONAL, kode or v["nama"], pol, satuan, temuan)
        if v.get("kode_renstra") and v["kode_renstra"] not in renstra_kode:
            temuan.catat(P.KODE_TIDAK_DIKENAL, c["kode_renstra"], varian="renstra", kode=v["kode_renstra"], ditemukan=v["kode_renstra"],
                         diharapkan=", ".join(sorted(renstra_kode)) or "kode pada lembar IndikatorRenstra")
        _satuan_diketik(v, c, r.persen_diketik)
        out.append(m.IndikatorOperasional(
            kode=kode, kode_sasaran=ks, nama=v["nama"], satuan=satuan, polaritas=pol, target=v.get("target"), formula=formula,
            target_pembilang=v.get("target_pembilang"), target_penyebut=v.get("target_penyebut"), kode_renstra=v.get("kode_renstra"),
            unit=v.get("unit"), eselon=v.get("eselon") or "III", sasaran_operasional=v["sasaran_operasional"],
            cells=c, **{k: v.get(k) for k in (
                "realisasi_lalu", "realisasi_lalu_pembilang", "realisasi_lalu_penyebut", "realisasi", "realisasi_pembilang",
                "realisasi_penyebut", "capaian_tertulis", "kategori_tertulis", "sumber_pembilang", "sumber_penyebut",
                "satuan_realisasi")},
        ))
    return out


def _satuan_diketik(v: dict, c: dict, persen: set[str]) -> None:
    """A realisasi typed with a percent sign ("65,58%") states its unit where column Satuan Realisasi is empty."""
    if "realisasi" in persen and not v.get("satuan_realisasi"):
        v["satuan_realisasi"], c["satuan_realisasi"] = "%", c["realisasi"]


def _indikator_renstra(ir: TableRead, temuan: DaftarTemuan) -> list[m.IndikatorRenstra]:
    out = []
    seen: dict[str, str] = {}
    for r in ir.records:
        v, c = r.values, r.cells
        if not v.get("kode") or not v.get("nama") or v.get("polaritas") is None:
            continue
        if v["kode"] in seen:
            temuan.catat(P.INDIKATOR_GANDA, seen[v["kode"]], c["kode"], varian="renstra", kode=v["kode"], ditemukan=v["kode"])
            continue
        seen[v["kode"]] = c["kode"]
        out.append(m.IndikatorRenstra(
            kode=v["kode"], tujuan=v.get("tujuan") or "", sasaran=v.get("sasaran"), nama=v["nama"], satuan=v.get("satuan") or "",
            polaritas=m.Polaritas(v["polaritas"]), kondisi_awal=v.get("kondisi_awal"), target_tahunan=r.years.get("target_tahunan", {}),
            target_akhir=v.get("target_akhir"), cells=c,
        ))
    return out


def _akip(akip: TableRead, temuan: DaftarTemuan) -> m.EvaluasiAkip:
    ev = m.EvaluasiAkip()
    for r in akip.records:
        v, c = r.values, r.cells
        name = v.get("nama")
        if not name:
            continue
        if sc.normal(name).startswith("predikat"):
            # A typed "Predikat" row: the year columns hold letters.
            continue
        if v.get("bobot") is None:
            continue
        ev.komponen.append(m.KomponenAkip(nama=name, bobot=v["bobot"], nilai=r.years.get("nilai", {}), cells=c))
    for year, (label, cell) in akip.predikat.items():
        ev.predikat_tertulis[year] = label
        ev.cells[f"predikat_{year}"] = cell
    if akip.total is not None:
        for key, value in akip.total.nilai.items():
            if key.startswith("nilai_"):
                year = int(key.split("_")[1])
                ev.jumlah_tertulis[year] = value
                ev.cells[f"jumlah_{year}"] = akip.total.cells[key]
    return ev


def _organisasi(org: TableRead, temuan: DaftarTemuan) -> list[m.UnitOrganisasi]:
    units = []
    seen: dict[str, str] = {}
    for r in org.records:
        v, c = r.values, r.cells
        if not v.get("kode") or not v.get("nama"):
            continue
        if v["kode"] in seen:
            temuan.catat(P.KODE_GANDA, seen[v["kode"]], c["kode"], kode=v["kode"], ditemukan=v["kode"])
            continue
        seen[v["kode"]] = c["kode"]
        units.append(m.UnitOrganisasi(kode=v["kode"], nama=v["nama"], induk=v.get("induk"), pejabat=v.get("pejabat"), cells=c))
    by_kode = {u.kode: u for u in units}
    for u in units:
        if u.induk and u.induk not in by_kode:
            temuan.catat(P.KODE_TIDAK_DIKENAL, u.cells["induk"], varian="induk", kode=u.induk, unit=u.nama, ditemukan=u.induk)
            u.induk = None
    for u in units:  # a unit that is its own ancestor cannot be drawn
        seen_chain, cur = set(), u
        while cur and cur.induk:
            if cur.kode in seen_chain:
                temuan.catat(P.ORGANISASI_MELINGKAR, u.cells["induk"], unit=u.nama)
                u.induk = None
                break
            seen_chain.add(cur.kode)
            cur = by_kode.get(cur.induk)
    return units


def _check_years(ident: m.Identitas, renstra: list[m.IndikatorRenstra], realisasi: list[m.Realisasi], temuan: DaftarTemuan) -> None:
    for ind in renstra:
        outside = [y for y in ind.target_tahunan if not ident.renstra_awal <= y <= ident.renstra_akhir]
        for y in outside:
            temuan.catat(P.TAHUN_DI_LUAR_RENSTRA, ind.cells.get(f"target_tahunan_{y}", ""), varian="target", tahun=y, kode=ind.kode,
                         awal=ident.renstra_awal, akhir=ident.renstra_akhir)


def read_pendukung(grid: Grid, temuan: DaftarTemuan) -> m.TabelPendukung | None:
    """A supporting table sheet: fields in rows 1-3, headers in row 5, free columns."""
    ctx = Ctx(temuan, grid)
    meta: dict[str, object] = {}
    cells: dict[str, str] = {}
    by_label = {sc.normal(k.header): k for k in sc.DATA_META}
    header_r = sc.DATA_HEADER_ROW - 1
    for r in range(min(grid.n_rows, header_r)):
        col = by_label.get(sc.normal(grid.get(r, 0) or ""))
        if col is not None:
            meta[col.key] = convert(ctx, col, grid.get(r, 1), grid.cell(r, 1))
            cells[col.key] = grid.cell(r, 1)
    headers = grid.rows[header_r] if grid.n_rows > header_r else []
    has_data = any(not grid.row_is_empty(r) for r in range(header_r + 1, grid.n_rows))
    if not meta.get("judul") and not has_data:
        return None  # an unused copy of the blank sheet
    if not meta.get("judul"):
        temuan.catat(P.JUDUL_TABEL_KOSONG, cells.get("judul", grid.cell(0, 1)), lembar=grid.name)
    cols = [(c, bersihkan_teks(h)) for c, h in enumerate(headers) if not _is_empty(h)]
    if not cols:
        temuan.catat(P.JUDUL_KOLOM_TIDAK_DITEMUKAN, grid.cell(header_r, 0), varian="pendukung", lembar=grid.name, baris=sc.DATA_HEADER_ROW)
    rows: list[list] = []
    sel: list[list[str]] = []
    prefixes = [f"{grid.name}!{col_letter(c)}" for c, _ in cols]
    total = None
    for r in range(header_r + 1, grid.n_rows):
        if grid.row_is_empty(r):
            continue
        first_text = next((grid.get(r, c) for c, _ in cols if isinstance(grid.get(r, c), str)), None)
        if isinstance(first_text, str) and _TOTAL_LABEL.match(bersihkan_teks(first_text)):
            total = _read_total(grid, r, [(title, c) for c, title in cols], temuan, lambda key: sc.BATAS_ANGKA)
            continue
        rows.append([grid.get(r, c) for c, _ in cols])
        sel.append([f"{prefix}{r + 1}" for prefix in prefixes])
    kolom = []
    for j, (c, title) in enumerate(cols):
        parsed = _numeric_column([row[j] for row in rows])
        # A first column of row numbers ("No") is numeric but not data to add up.
        numeric = parsed is not None and sc.normal(title) not in ("no", "nomor")
        kolom.append(m.KolomPendukung(judul=title, numerik=numeric, huruf=col_letter(c)))
        for row, cell_row, value in zip(rows, sel, parsed if numeric else [None] * len(rows)):
            raw = row[j]
            if numeric:
                fits = value is None or not _melebihi_batas(temuan, sc.BATAS_ANGKA, value, raw, cell_row[j], title)
                row[j] = value if fits else None
            elif isinstance(raw, str):
                row[j] = bersihkan_teks(raw)
            elif raw is not None:
                row[j] = convert(ctx, sc.Kolom("x", title), raw, cell_row[j])
    return m.TabelPendukung(
        lembar=grid.name, judul=meta.get("judul") or grid.name, kode_sasaran=meta.get("kode_sasaran"), pengantar=meta.get("pengantar"),
        kolom=kolom, baris=rows, sel=sel, jumlah_tertulis=total, cells=cells,
    )


def _numeric_column(values: list[object]) -> list[float | None] | None:
    """The column's values as numbers, or None when any non-empty value is not a number."""
    out: list[float | None] = []
    seen = False
    for v in values:
        if v is None:
            out.append(None)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(float(v))
            seen = True
        else:
            try:
                number = baca_angka(v)
            except AngkaTidakTerbaca:
                return None
            out.append(number)
            seen = seen or number is not None
    return out if seen else None


__all__ = ["read_workbook", "load_grids", "cell_name", "col_letter", "Temuan", "Tingkat"]
