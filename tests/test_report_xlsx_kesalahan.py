"""The error report of a workbook that could not be converted (``report/xlsx/kesalahan.py``), as a user sees it.

Every cell named by an error must be a link into the input workbook, relative to the report's
folder, and the message must say what to fix.
"""

from __future__ import annotations

import zipfile

from openpyxl import load_workbook

from lkj_excel.reader import read_workbook
from lkj_excel.report.xlsx import render_kesalahan


def test_error_report_links_every_cell_into_the_input_workbook(edit_example, tmp_path):
    source = edit_example(cells={"PK!G4": "tiga koma", "Anggaran!E5": "1.234,5.6"}, name="rusak.xlsx")
    lkjip, temuan = read_workbook(source)
    assert lkjip is None
    out_dir = tmp_path / "keluaran"
    out_dir.mkdir()
    out = out_dir / "rusak_kesalahan.xlsx"
    render_kesalahan(list(temuan), source, out)
    ws = load_workbook(out)["Kesalahan"]
    assert "belum dapat dikonversi" in ws["A2"].value and "Perbaiki" in ws["A2"].value
    links = {c.value: c.hyperlink for row in ws.iter_rows() for c in row if c.hyperlink is not None}
    errors = [t for t in temuan if t.tingkat.value == "galat"]
    assert errors
    for t in errors:
        for sel in t.sel:
            ref = sel.rpartition("!")[2]
            assert ref in links, sel
    with zipfile.ZipFile(out) as z:
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "../rusak.xlsx" in rels.replace("\\", "/") or "..%5Crusak.xlsx" in rels  # relative to the report's folder
    assert "location=\"'PK'!G4\"" in sheet
    messages = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.pesan in messages for t in errors)
