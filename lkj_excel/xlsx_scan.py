"""What the cell values alone do not tell: the used range, Excel errors, formulas without results, hidden parts.

pandas/calamine read an error cell (``#DIV/0!``) or a formula that was never
calculated as an empty cell. Such a cell is not empty to the person who filled
it, so this module scans the sheet XML of an .xlsx (streamed, with defusedxml:
no entity expansion, no external references) and reports those cells, plus
hidden sheets and hidden rows that hold data the user may have forgotten. The
workbook's index is parsed with defusedxml; the sheets themselves are searched as
bytes with anchored patterns, which is many times faster on large sheets.

The scan also measures every sheet's used range (``Luas``) from the cells actually
present, before calamine reads anything: calamine makes a dense grid of the used
range, so one stray value at ``XFD100000`` would cost it tens of gigabytes.
``pindai_ods`` measures the sheets of an .ods file the same way.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

from .alamat import huruf_kolom, nomor_kolom

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_REPORTED = 50  # per kind and sheet: a broken sheet should not flood the report


@dataclass(frozen=True)
class Luas:
    """The used range of a sheet: how far its cells with content reach.

    Attributes:
        baris: the last row holding a cell (1-based), 0 for an empty sheet.
        kolom: the last column holding a cell (1-based).
        sel_baris: a cell on the last row (``"B100000"``).
        sel_kolom: a cell in the last column (``"XFD7"``).
    """

    baris: int = 0
    kolom: int = 0
    sel_baris: str = ""
    sel_kolom: str = ""


@dataclass
class Pindaian:
    """Findings of the scan, by sheet name."""

    luas: dict[str, Luas] = field(default_factory=dict)
    galat_excel: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # sheet -> [(cell, "#REF!")]
    rumus_tanpa_nilai: dict[str, list[str]] = field(default_factory=dict)
    rumus: dict[str, set[str]] = field(default_factory=dict)
    """Every cell holding a formula, by sheet (a formula in a tool-filled column is the template's, not a typed value)."""
    lembar_tersembunyi: list[str] = field(default_factory=list)
    baris_tersembunyi: dict[str, list[int]] = field(default_factory=dict)
    versi_template: int | None = None  # the template version stored in the workbook, if any


def _sheet_paths(zf: zipfile.ZipFile) -> list[tuple[str, str, str]]:
    """(name, state, path in zip) of every worksheet, in workbook order."""
    wb = SafeET.fromstring(zf.read("xl/workbook.xml"))
    rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.iter(f"{_PKG_REL}Relationship")}
    out = []
    for s in wb.iter(f"{_NS}sheet"):
        t = target.get(s.get(f"{_REL_NS}id"), "")
        path = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
        out.append((s.get("name"), s.get("state") or "visible", path))
    return out


def pindai(path) -> Pindaian:
    """Scan an .xlsx/.xlsm file; returns an empty result for other formats or on any failure."""
    result = Pindaian()
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "docProps/custom.xml" in names:
                result.versi_template = _versi_template(zf.read("docProps/custom.xml"))
            for name, state, sheet_path in _sheet_paths(zf):
                if state != "visible":
                    result.lembar_tersembunyi.append(name)
                if sheet_path not in names:
                    continue
                with zf.open(sheet_path) as fh:
                    _scan_sheet(fh, name, result)
    except Exception:  # noqa: BLE001 - the scan only adds detail; the reader reports unreadable files
        return Pindaian()
    return result


_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


def _versi_template(xml: bytes) -> int | None:
    """The template version among the custom document properties (``schema.PROPERTI_VERSI``), if any."""
    from .schema import PROPERTI_VERSI

    for prop in SafeET.fromstring(xml).iter(f"{_CUSTOM_NS}property"):
        if prop.get("name") == PROPERTI_VERSI:
            text = "".join(prop.itertext()).strip()
            return int(text) if text.isdigit() else None
    return None


_ERROR_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"[^>]*?\bt="e"[^>]*>(?:(?!</c>).)*?<v>([^<]*)</v>', re.S)
_FORMULA_NO_VALUE = re.compile(rb'<c r="([A-Z]+[0-9]+)"(?:(?!\bt="(?:e|inlineStr)")[^>])*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v></v>)?\s*</c>')
_FORMULA_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"[^>]*(?<!/)>\s*<f\b')
_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')


def _scan_sheet(fh, name: str, result: Pindaian) -> None:
    """Search the sheet XML as bytes: fast on large sheets, and nothing is expanded."""
    data = fh.read()
    result.luas[name] = luas_lembar(data)
    if b't="e"' in data:
        errors = [(m.group(1).decode(), m.group(2).decode("utf-8", "replace")) for m in _ERROR_CELL.finditer(data)]
        if errors:
            result.galat_excel[name] = errors[:MAX_REPORTED]
    if b"<f" in data:
        cells = [m.group(1).decode() for m in _FORMULA_NO_VALUE.finditer(data)]
        if cells:
            result.rumus_tanpa_nilai[name] = cells[:MAX_REPORTED]
        formulas = {m.group(1).decode() for m in _FORMULA_CELL.finditer(data)}
        if formulas:
            result.rumus[name] = formulas
    if b"hidden=" in data:
        rows = []
        for m in _HIDDEN_ROW.finditer(data):
            end = data.find(b"</row>", m.end())
            if data.startswith(b"/>", m.end() - 2) or end == m.end():
                continue  # an empty hidden row holds nothing
            number = _ROW_NUMBER.search(m.group(0))
            if number:
                rows.append(int(number.group(1)))
        if rows:
            result.baris_tersembunyi[name] = rows[:MAX_REPORTED]


# --------------------------------------------------------------------------
# The used range, measured without building the grid

# A cell with content: any <c> that is not self-closing (a self-closing cell only
# carries a style, and calamine leaves it out of the grid). Excel and openpyxl write
# r="..." first and no namespace prefix: the fast patterns; any other cell makes the
# scan walk the sheet row by row.
_CELL_WITH_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*(?<!/)>')
_CELL_OPEN = re.compile(rb'<c(?:\s[^>]*)?(?<!/)>')
_PREFIXED_CELL = re.compile(rb'<\w+:(?:c|row)[\s>/]')
_ROW_OR_CELL = re.compile(rb'<(?:\w+:)?(row|c)(\s[^>]*?)?(/?)>')
_REF_ATTR = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')


def kolom_ke_angka(letters: str) -> int:
    """Excel column letters -> 1-based column number (A -> 1, XFD -> 16384)."""
    return nomor_kolom(letters) + 1


def angka_ke_kolom(n: int) -> str:
    """1-based column number -> Excel column letters (1 -> A, 16384 -> XFD)."""
    return huruf_kolom(n - 1)


def luas_lembar(data: bytes) -> Luas:
    """The used range of one sheet's XML, from the cells present (the ``<dimension>`` may lie)."""
    refs = _CELL_WITH_REF.findall(data)
    if len(refs) != len(_CELL_OPEN.findall(data)) or _PREFIXED_CELL.search(data):
        return _luas_berjalan(data)  # e.g. cells without r="...", which take the place after the previous one
    if not refs:
        return Luas()
    widest = max({col for col, _ in refs}, key=lambda col: (len(col), col))
    last = max(map(int, {row for _, row in refs}))
    sel_kolom = next(col + row for col, row in refs if col == widest).decode()
    sel_baris = next(col + row for col, row in refs if int(row) == last).decode()
    return Luas(last, kolom_ke_angka(widest.decode()), sel_baris, sel_kolom)


def _luas_berjalan(data: bytes) -> Luas:
    """The used range, walking rows and cells in order: a row or cell without ``r`` follows the previous one."""
    row = col = 0
    far = Luas()
    for m in _ROW_OR_CELL.finditer(data):
        kind, attrs, closed = m.group(1), m.group(2) or b"", m.group(3)
        ref = _REF_ATTR.search(attrs)
        if kind == b"row":
            row = int(ref.group(2)) if ref and ref.group(2) else row + 1
            col = 0
            continue
        if ref and ref.group(1):
            col = kolom_ke_angka(ref.group(1).decode())
            row = int(ref.group(2)) if ref.group(2) else row
        else:
            col += 1
        if not closed:
            far = _lebih_jauh(far, row, col)
    return far


def _lebih_jauh(far: Luas, row: int, col: int) -> Luas:
    """``far`` grown to hold the cell at ``row``, ``col``."""
    ref = f"{angka_ke_kolom(col)}{row}"
    if row > far.baris:
        far = Luas(row, far.kolom, ref, far.sel_kolom)
    if col > far.kolom:
        far = Luas(far.baris, col, far.sel_baris, ref)
    return far


_ODS_TOKEN = re.compile(rb'<table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>|</table:(table-row|table)>')
_ODS_NAME = re.compile(rb'\btable:name="([^"]*)"')
_ODS_ROWS = re.compile(rb'\btable:number-rows-repeated="([0-9]+)"')
_ODS_COLS = re.compile(rb'\btable:number-columns-repeated="([0-9]+)"')


_MAKS_RUMUS_BERULANG = 256
"""A formula repeated over more cells than this (a whole row of them) is not listed cell by cell."""


def pindai_ods(path) -> Pindaian:
    """The used range of every sheet of an .ods file; an empty result on any failure.

    An .ods stores runs of empty cells and rows as one element with a repeat count
    (``table:number-columns-repeated="16383"``), so the content is walked without
    expanding them; a cell has content when it has a value type or text.
    """
    result = Pindaian()
    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read("content.xml")
    except Exception:  # noqa: BLE001 - the reader reports unreadable files
        return result
    name, far, row, col, row_repeat, row_used = None, Luas(), 0, 0, 1, False
    for m in _ODS_TOKEN.finditer(data):
        kind, attrs, closed, end = m.group(1), m.group(2) or b"", m.group(3), m.group(4)
        if end == b"table":
            if name is not None:
                result.luas[name] = far
            name = None
        elif end == b"table-row":
            row += row_repeat - 1  # the last of a repeated run of rows with content
            if row_used and row_repeat > 1:
                far = _lebih_jauh(far, row, far.kolom or 1)
        elif kind == b"table":
            found = _ODS_NAME.search(attrs)
            name = found.group(1).decode("utf-8", "replace") if found else f"Sheet{len(result.luas) + 1}"
            far, row = Luas(), 0
            if closed:
                result.luas[name], name = far, None
        elif kind == b"table-row":
            repeat = _ODS_ROWS.search(attrs)
            row, col, row_repeat, row_used = row + 1, 0, int(repeat.group(1)) if repeat else 1, False
            if closed:
                row += row_repeat - 1
        else:
            repeat = _ODS_COLS.search(attrs)
            n = int(repeat.group(1)) if repeat else 1
            col += n
            if not closed or b"office:value-type=" in attrs:
                far, row_used = _lebih_jauh(far, row, col), True
            if name is not None and b"table:formula=" in attrs and n <= _MAKS_RUMUS_BERULANG:
                result.rumus.setdefault(name, set()).update(f"{angka_ke_kolom(c)}{row}" for c in range(col - n + 1, col + 1))
    return result
