"""Tests of the table helpers of the XML layer (lkj_excel.report.docx.ooxml_tabel).

Checked on the small report of sample_report.py and on small tables, as Word reads
them: the row, cell and table properties, and rows written as one piece of XML.
"""

from __future__ import annotations

import docx
import pytest
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm

from lkj_excel.report.docx import ooxml, ooxml_tabel
from lkj_excel.report.docx.gaya import TABLE_HEADER_FILL
from sample_report import REFERENCE


# ------------------------------------------------------------------------ tables


def test_header_row_repeats_and_rows_do_not_split(report):
    for table in report.tables:
        header, *body = table.rows
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in body)
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
        # Schema order inside w:trPr: cantSplit before tblHeader.
        assert [c.tag for c in header._tr.trPr] == [qn("w:cantSplit"), qn("w:tblHeader")]


def test_column_widths_are_in_the_grid_and_in_every_cell(report):
    table = report.tables[0]
    twips = [round(cm / 2.54 * 1440) for cm in (1.2, 8.3, 3, 3)]
    assert [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.gridCol_lst] == twips
    for row in table.rows:
        assert [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row._tr.tc_lst] == twips
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert int(table._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w"))) == sum(twips)


def test_column_widths_add_up_over_merged_columns():
    table = docx.Document().add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1))
    ooxml_tabel.set_column_widths(table, [1, 2, 3])
    widths = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in table.rows[0]._tr.tc_lst]
    assert widths == [round(3 / 2.54 * 1440), round(3 / 2.54 * 1440)]
    with pytest.raises(ValueError):
        ooxml_tabel.set_column_widths(table, [1, 2])


def test_vertical_merge_keeps_the_top_text(report):
    goals = report.tables[1]
    assert [row._tr.tc_lst[1].vMerge for row in goals.rows[1:5]] == [
        "restart", "continue", "continue", None]
    column = [row.cells[1] for row in goals.rows[1:5]]
    assert column[0].text == column[2].text == "Indikator 1"  # one merged cell
    assert column[3].text == "Indikator 4"


def test_rows_written_as_one_piece_of_xml_read_back_as_python_docx_tables():
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    ooxml_tabel.set_column_widths(table, [2, 3, 4])
    head = dict(fill="#d9d9d9", valign="center", align="c", bold=True)
    ooxml_tabel.append_rows(table, [
        ooxml_tabel.RowSpec([ooxml_tabel.CellSpec(["No"], vmerge="restart", **head), ooxml_tabel.CellSpec(["Target & Realisasi"], span=2, **head)],
                   header=True),
        ooxml_tabel.RowSpec([ooxml_tabel.CellSpec(span=1, vmerge="continue", **head), ooxml_tabel.CellSpec(["<2022>"], **head),
                    ooxml_tabel.CellSpec(["2023\x07"], **head)], header=True),
        ooxml_tabel.RowSpec([ooxml_tabel.CellSpec(["1"], align="c"), ooxml_tabel.CellSpec(["baris satu", "baris dua"], keep_next=True),
                    ooxml_tabel.CellSpec([""], align="r")]),
    ])
    rows = table.rows
    assert [c.text for c in rows[0].cells] == ["No", "Target & Realisasi", "Target & Realisasi"]
    assert [c.text for c in rows[1].cells] == ["No", "<2022>", "2023"]  # merged down; a control character dropped
    assert rows[2].cells[1].text == "baris satu\nbaris dua"
    assert [tc.vMerge for tc in rows[0]._tr.tc_lst] == ["restart", None]
    assert rows[1]._tr.tc_lst[0].vMerge == "continue"
    assert [tc.grid_span for tc in rows[0]._tr.tc_lst] == [1, 2]
    widths = [tc.tcPr.find(qn("w:tcW")).get(qn("w:w")) for tc in rows[0]._tr.tc_lst]
    assert widths == [str(round(2 * 1440 / 2.54)), str(round(3 * 1440 / 2.54) + round(4 * 1440 / 2.54))]
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None and rows[2]._tr.trPr.find(qn("w:tblHeader")) is None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert rows[0].cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "D9D9D9"
    assert rows[0].cells[0].vertical_alignment == WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = rows[0].cells[0].paragraphs[0]
    assert first.alignment == WD_ALIGN_PARAGRAPH.CENTER and first.runs[0].bold
    assert rows[2].cells[1].paragraphs[0].paragraph_format.keep_with_next
    assert rows[2].cells[2].paragraphs[0].runs == []  # an empty line has no run
    with pytest.raises(ValueError):
        ooxml_tabel.append_rows(table, [ooxml_tabel.RowSpec([ooxml_tabel.CellSpec(["1"])])])


def test_body_blocks_appended_in_constant_time_land_where_python_docx_puts_them():
    ours, theirs = docx.Document(), docx.Document()
    for document in (ours, theirs):
        ooxml.new_section(document, landscape=True)  # a section break inside the body, the final w:sectPr last
    ooxml.add_body_paragraph(ours, "Teks biasa")
    ooxml.add_body_paragraph(ours, "Nomor\tisi")
    ooxml.add_body_paragraph(ours)
    table = ooxml_tabel.add_body_table(ours, 3, "TableGrid")
    theirs.add_paragraph("Teks biasa")
    theirs.add_paragraph("Nomor\tisi")
    theirs.add_paragraph()
    theirs.add_table(rows=0, cols=3).style = "Table Grid"
    tags = [child.tag.split("}")[1] for child in ours.element.body]
    assert tags == [child.tag.split("}")[1] for child in theirs.element.body]
    assert tags[-2:] == ["tbl", "sectPr"]
    assert [p.text for p in ours.paragraphs] == [p.text for p in theirs.paragraphs]
    assert table.style.name == "Table Grid" and len(table.columns) == 3
    empty = docx.Document()
    empty.element.body.remove(empty.element.body[-1])  # a body without section properties
    assert ooxml.add_body_paragraph(empty, "akhir")._p is empty.element.body[-1]


def test_shading_borders_and_margins():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    ooxml_tabel.set_cell_shading(table.cell(0, 0), "#d9d9d9")
    ooxml_tabel.set_table_borders(table, size=8)
    ooxml_tabel.set_cell_margins(table, left=Cm(0.2), right=Cm(0.2))
    ooxml_tabel.set_cell_margins(table.cell(0, 1), top=Cm(0.1))
    shd = table.cell(0, 0)._tc.tcPr.find(qn("w:shd"))
    assert shd.get(qn("w:fill")) == "D9D9D9"
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:sz")) for b in borders} == {"8"} and len(borders) == 6
    table_margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    assert [m.get(qn("w:w")) for m in table_margins] == ["113", "113"]
    assert table.cell(0, 1)._tc.tcPr.find(qn("w:tcMar")).find(qn("w:top")).get(qn("w:w")) == "57"
    tags = [c.tag for c in table._tbl.tblPr]
    order = [tags.index(qn(t)) for t in ("w:tblBorders", "w:tblCellMar", "w:tblLook")]
    assert order == sorted(order)


def test_header_row_shade_of_a_table_style():
    reference = docx.Document(str(REFERENCE))
    assert ooxml_tabel.table_style_header_fill(reference, "TabelLKjIP") == TABLE_HEADER_FILL
    assert ooxml_tabel.table_style_header_fill(reference, "TableGrid") is None  # shades no header row
    assert ooxml_tabel.table_style_header_fill(reference, "TidakAda") is None
    assert ooxml_tabel.table_style_header_fill(reference, None) is None
