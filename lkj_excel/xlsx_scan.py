"""What the cell values alone do not tell: Excel errors, formulas without results, hidden parts.

pandas/calamine read an error cell (``#DIV/0!``) or a formula that was never
calculated as an empty cell. Such a cell is not empty to the person who filled
it, so this module scans the sheet XML of an .xlsx (streamed, with defusedxml:
no entity expansion, no external references) and reports those cells, plus
hidden sheets and hidden rows that hold data the user may have forgotten. The
workbook's index is parsed with defusedxml; the sheets themselves are searched as
bytes with anchored patterns, which is many times faster on large sheets.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_REPORTED = 50  # per kind and sheet: a broken sheet should not flood the report


@dataclass
class Pindaian:
    """Findings of the scan, by sheet name."""

    galat_excel: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # sheet -> [(cell, "#REF!")]
    rumus_tanpa_nilai: dict[str, list[str]] = field(default_factory=dict)
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
_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')


def _scan_sheet(fh, name: str, result: Pindaian) -> None:
    """Search the sheet XML as bytes: fast on large sheets, and nothing is expanded."""
    data = fh.read()
    if b't="e"' in data:
        errors = [(m.group(1).decode(), m.group(2).decode("utf-8", "replace")) for m in _ERROR_CELL.finditer(data)]
        if errors:
            result.galat_excel[name] = errors[:MAX_REPORTED]
    if b"<f" in data:
        cells = [m.group(1).decode() for m in _FORMULA_NO_VALUE.finditer(data)]
        if cells:
            result.rumus_tanpa_nilai[name] = cells[:MAX_REPORTED]
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
