"""The blank template and the bundled example: generated from the schema, never stale."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from conftest import EXAMPLE, TEMPLATE
from lkj_excel import schema as sc
from lkj_excel.reader import read_workbook
from lkj_excel.template import build, column_of


def _contents(path):
    frames = pd.read_excel(path, sheet_name=None, header=None, engine="calamine", dtype=object)
    return {name: df.fillna("").astype(str).values.tolist() for name, df in frames.items()}


@pytest.mark.parametrize("committed, contoh", [(TEMPLATE, False), (EXAMPLE, True)], ids=["template", "contoh"])
def test_committed_files_are_up_to_date(tmp_path, committed, contoh):
    fresh = build(tmp_path / committed.name, contoh)
    assert _contents(fresh) == _contents(committed), "input_templates/ is stale: run `python -m lkj_excel.template`"


def test_sheets_in_report_order_with_instructions_first():
    names = load_workbook(TEMPLATE, read_only=True).sheetnames
    assert names[0] == sc.PETUNJUK and names[-1] == sc.DAFTAR
    fixed = [n for n in names if n in sc.LEMBAR_BY_NAMA]
    assert fixed == [s.nama for s in sc.LEMBAR]
    assert names.index("Data_1") == names.index("Operasional") + 1


def test_every_column_of_the_schema_has_its_header_and_help():
    wb = load_workbook(TEMPLATE)
    for sheet in sc.LEMBAR:
        ws = wb[sheet.nama]
        if sheet.bentuk == "isian":
            labels = [ws.cell(r, 1).value for r in range(sc.FIRST_DATA_ROW, sc.FIRST_DATA_ROW + len(sheet.kolom))]
            assert [lbl.rstrip(" *") for lbl in labels] == [k.header for k in sheet.kolom]
            continue
        headers = [c.value for c in ws[sc.HEADER_ROW] if c.value]
        for col in sheet.kolom:
            assert col.header in headers, (sheet.nama, col.header)
            cell = ws.cell(sc.HEADER_ROW, headers.index(col.header) + 1)
            assert cell.comment is not None and cell.comment.text.strip()


def test_dropdowns_come_from_the_lookup_sheet():
    ws = load_workbook(TEMPLATE)["PK"]
    sources = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert sources[column_of(sc.PK, "polaritas")].startswith(f"{sc.DAFTAR}!")
    assert sources[column_of(sc.PK, "kode_renstra")].startswith("IndikatorRenstra!")


def test_input_and_tool_cells_look_different():
    ws = load_workbook(TEMPLATE)["Anggaran"]
    user = ws[f"{column_of(sc.ANGGARAN, 'anggaran')}{sc.FIRST_DATA_ROW}"]
    tool = ws[f"{column_of(sc.ANGGARAN, 'penyerapan')}{sc.FIRST_DATA_ROW}"]
    assert user.fill.fgColor.rgb != tool.fill.fgColor.rgb
    assert str(tool.value).startswith("=")
    assert ws.freeze_panes == f"A{sc.FIRST_DATA_ROW}" or ws.freeze_panes.endswith(str(sc.FIRST_DATA_ROW))
    assert user.number_format == '"Rp "#,##0'


def test_blank_template_reports_what_is_missing_without_crashing():
    lkjip, temuan = read_workbook(TEMPLATE)
    assert lkjip is None
    cells = {t.sel[0] for t in temuan.errors if t.sel}
    assert "Identitas!B5" in cells and f"PK!A{sc.FIRST_DATA_ROW}" in cells
