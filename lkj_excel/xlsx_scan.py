"""What the cell values alone do not tell: Excel errors, formulas without results, hidden parts.

pandas/calamine read an error cell (``#DIV/0!``) or a formula that was never
calculated as an empty cell. Such a cell is not empty to the person who filled
it, so this module scans the sheet XML of an .xlsx (streamed, with defusedxml:
no entity expansion, no external references) and reports those cells, plus
hidden sheets and hidden rows that hold data the user may have forgotten.
"""

from __future__ import annotations

import posixpath
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


def _scan_sheet(fh, name: str, result: Pindaian) -> None:
    errors: list[tuple[str, str]] = []
    no_value: list[str] = []
    hidden_rows: list[int] = []
    for _event, el in SafeET.iterparse(fh, events=("end",)):
        tag = el.tag
        if tag == f"{_NS}c":
            ref = el.get("r") or ""
            v = el.find(f"{_NS}v")
            if el.get("t") == "e" and len(errors) < MAX_REPORTED:
                errors.append((ref, v.text if v is not None and v.text else "#ERROR"))
            elif el.find(f"{_NS}f") is not None and (v is None or v.text is None) and el.get("t") != "inlineStr" and len(no_value) < MAX_REPORTED:
                no_value.append(ref)
            el.clear()
        elif tag == f"{_NS}row":
            if el.get("hidden") in ("1", "true") and len(el) and len(hidden_rows) < MAX_REPORTED:
                hidden_rows.append(int(el.get("r") or 0))
            el.clear()
    if errors:
        result.galat_excel[name] = errors
    if no_value:
        result.rumus_tanpa_nilai[name] = no_value
    if hidden_rows:
        result.baris_tersembunyi[name] = hidden_rows
