"""Fill a blank template as a user would: by the headers and labels they see, with openpyxl.

``isi_template(template, target, lembar)`` copies the blank template and types values into it:
for a form sheet (Identitas, Pengaturan) ``{label: value}`` by the label in column A (a label of an
earlier template, kept in the schema as an alias, finds the field's row too); for a
table sheet a list of rows ``{header: value}`` typed from the first data row, by the header
text of row 3 (year columns by their header too, e.g. ``"Target 2024"``; a header of an earlier
template, kept as an alias in the schema, finds the column it became); for a supporting
sheet (name starting with ``Data``) ``{"Judul Tabel": ..., "kolom": [...], "baris": [[...]]}``.
Nothing is matched by position, so a test reads like what a clerk does with the workbook.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook

from lkj_excel import schema as sc


def _norm(text: object) -> str:
    return sc.normal(text) if text is not None else ""


def _label_sekarang(label: str) -> str:
    """The label a field has now, for a label of an earlier template (a schema alias): tests keep their words."""
    for sheet in sc.LEMBAR:
        for col in sheet.kolom:
            if _norm(label) in {_norm(a) for a in col.alias}:
                return col.header
    return label


def _isi_form(ws, values: dict[str, object]) -> None:
    rows = {_norm(ws.cell(r, 1).value): r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value}
    for label, value in values.items():
        r = rows.get(_norm(label)) or rows.get(_norm(_label_sekarang(label)))
        if r is None:
            raise KeyError(f"{ws.title}: tidak ada isian '{label}'")
        ws.cell(r, 2).value = value


def _isi_tabel(ws, rows: list[dict[str, object]], header_row: int = sc.HEADER_ROW) -> None:
    cols = {_norm(ws.cell(header_row, c).value): c for c in range(1, ws.max_column + 1) if ws.cell(header_row, c).value}
    sheet = sc.LEMBAR_BY_NAMA.get(ws.title)
    for kolom in sheet.kolom if sheet else ():  # a header of an earlier template reaches the column it became
        for alias in kolom.alias:
            if _norm(kolom.header) in cols:
                cols.setdefault(_norm(alias), cols[_norm(kolom.header)])
    for i, row in enumerate(rows):
        for header, value in row.items():
            c = cols.get(_norm(header))
            if c is None:
                raise KeyError(f"{ws.title}: tidak ada kolom '{header}' (ada: {sorted(cols)})")
            ws.cell(header_row + 1 + i, c).value = value


def _isi_pendukung(wb, nama: str, spec: dict) -> None:
    ws = wb[nama] if nama in wb.sheetnames else wb.copy_worksheet(wb[next(n for n in wb.sheetnames if n.startswith(sc.DATA_PREFIX))])
    ws.title = nama
    for r, key in enumerate(("Judul Tabel", "Kode Sasaran", "Pengantar"), 1):
        ws.cell(r, 1).value = key
        ws.cell(r, 2).value = spec.get(key)
    for c, judul in enumerate(spec["kolom"], 1):
        ws.cell(sc.DATA_HEADER_ROW, c).value = judul
    for i, baris in enumerate(spec["baris"]):
        for c, v in enumerate(baris, 1):
            ws.cell(sc.DATA_HEADER_ROW + 1 + i, c).value = v


def isi_template(template: Path, target: Path, lembar: dict[str, object]) -> Path:
    """Copy ``template`` to ``target`` and type ``lembar`` into it (see the module docstring)."""
    shutil.copyfile(template, target)
    wb = load_workbook(target)
    for nama, isi in lembar.items():
        if nama.startswith(sc.DATA_PREFIX):
            _isi_pendukung(wb, nama, isi)
        elif isinstance(isi, dict):
            _isi_form(wb[nama], isi)
        else:
            _isi_tabel(wb[nama], isi)
    wb.save(target)
    return target
