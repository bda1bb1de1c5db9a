"""Tests of the OOXML layer.

A small report is built with the helpers on the reference styles (front matter
numbered i, ii, iii; two chapters numbered from 1; three captioned tables whose
header row repeats over pages; one landscape section) and checked as Word would
read it: the XML, and, where LibreOffice is installed, the filled table of
contents and the printed pages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm

from lkj_excel import docx_ooxml as ox

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "input_templates" / "gaya_laporan.docx"
SOFFICE = ox.find_soffice()


def needs_libreoffice(test):
    """Mark a test that runs LibreOffice; it is skipped, saying why, where there is none."""
    reason = "LibreOffice (soffice) is not installed: indexes and PDF not checked"
    return pytest.mark.office(pytest.mark.skipif(SOFFICE is None, reason=reason)(test))


HEADINGS = ["KATA PENGANTAR", "BAB I PENDAHULUAN", "1.1 Latar Belakang",
            "BAB II PERENCANAAN KINERJA", "2.1 Rencana Strategis", "2.2 Perjanjian Kinerja"]
CAPTIONS = ["Tabel 1.1 Indikator kinerja utama", "Tabel 2.1 Tujuan dan sasaran",
            "Tabel 2.2 Perjanjian kinerja"]


# ---------------------------------------------------------------- the sample report


def chapter_heading(document, roman: str, title: str):
    """ "BAB I" on one line and the title on the next, as one Heading 1."""
    heading = document.add_paragraph(style="Heading 1")
    heading.add_run(f"BAB {roman}").add_break()
    heading.add_run(title)
    return heading


def indicator_table(document, chapter: int, title: str, rows: int):
    """A captioned table whose header row repeats and whose rows do not split."""
    ox.add_caption(document, "Tabel", title, chapter)
    table = document.add_table(rows=1, cols=4)
    table.style = "Tabel LKjIP"
    for cell, text in zip(table.rows[0].cells, ["No", "Indikator", "Target", "Realisasi"]):
        cell.text = text
        cell.paragraphs[0].style = "Tabel Isi"
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        ox.set_cell_shading(cell, "D9D9D9")
    for number in range(1, rows + 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(number), f"Indikator {number}", "100", "95"]):
            cell.text = text
            cell.paragraphs[0].style = "Tabel Isi"
    ox.set_repeat_table_header(table.rows[0])
    for row in table.rows:
        ox.set_cant_split(row)
    ox.set_column_widths(table, [1.2, 8.3, 3, 3])
    ox.set_table_borders(table)
    return table


def build_report(path: Path) -> Path:
    """The sample report: i-iii front matter, chapters I and II, one landscape part."""
    document = docx.Document(str(REFERENCE))
    document.element.body.clear_content()

    front = document.sections[0]
    ox.set_page_numbering(front, "lowerRoman", restart_at=1)
    ox.set_footer_page_number(front)
    document.add_paragraph("KATA PENGANTAR", style="Heading 1")
    document.add_paragraph("Puji syukur kami panjatkan. " * 20)
    document.add_paragraph("DAFTAR ISI", style="TOC Heading")
    ox.add_toc(document)
    document.add_paragraph("DAFTAR TABEL", style="TOC Heading")
    ox.add_table_of_figures(document, "Tabel")
    document.add_paragraph("DAFTAR GAMBAR", style="Title")
    ox.add_table_of_figures(document, "Gambar")

    body = ox.new_section(document, page_number_format="decimal", restart_at=1)
    ox.set_footer_page_number(body)
    chapter_heading(document, "I", "PENDAHULUAN")
    document.add_paragraph("1.1 Latar Belakang", style="Heading 2")
    document.add_paragraph("Laporan ini disusun sebagai wujud akuntabilitas. " * 12)
    indicator_table(document, 1, "Indikator kinerja utama", rows=45)
    chapter_heading(document, "II", "PERENCANAAN KINERJA")
    document.add_paragraph("2.1 Rencana Strategis", style="Heading 2")
    goals = indicator_table(document, 2, "Tujuan dan sasaran", rows=4)
    ox.merge_vertical(goals, 1, 1, 3)

    ox.new_section(document, landscape=True)
    document.add_paragraph("2.2 Perjanjian Kinerja", style="Heading 2")
    indicator_table(document, 2, "Perjanjian kinerja", rows=40)
    ox.new_section(document, landscape=False)
    document.add_paragraph("Demikian laporan ini disusun.")

    ox.set_update_fields_on_open(document)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def report_path(tmp_path_factory) -> Path:
    return build_report(tmp_path_factory.mktemp("report") / "laporan.docx")


@pytest.fixture()
def report(report_path):
    return docx.Document(str(report_path))


def instructions(document) -> list[str]:
    return [" ".join(t.text.split()) for t in document.element.body.iter(qn("w:instrText"))]


def caption_paragraphs(document):
    return [p for p in document.paragraphs if p.style.name == "Caption"]


# ------------------------------------------------------------------------ fields


def test_captions_are_numbered_within_their_chapter(report):
    assert [p.text for p in caption_paragraphs(report)] == CAPTIONS


def test_caption_numbers_are_seq_fields_that_restart_per_chapter(report):
    seq = [i for i in instructions(report) if i.startswith("SEQ")]
    # The first table of each chapter restarts the sequence (LibreOffice),
    # every one restarts after Heading 1 (Word).
    assert seq == ["SEQ Tabel \\* ARABIC \\r 1 \\s 1", "SEQ Tabel \\* ARABIC \\r 1 \\s 1",
                   "SEQ Tabel \\* ARABIC \\s 1"]


def test_toc_and_lists_are_fields_word_updates_on_open(report):
    toc = [i for i in instructions(report) if i.startswith("TOC")]
    assert toc == ['TOC \\o "1-3" \\h \\z \\u', 'TOC \\h \\z \\c "Tabel"',
                   'TOC \\h \\z \\c "Gambar"']
    assert ox.index_entries(report, ox.TOC) == [ox.TOC_PLACEHOLDER]
    assert ox.index_entries(report, "Tabel") == [
        "Klik kanan lalu pilih Perbarui Bidang untuk memperbarui daftar tabel."]
    begins = report.element.body.xpath('.//w:fldChar[@w:fldCharType="begin"]')
    dirty = [b.get(qn("w:dirty")) for b in begins]
    assert dirty == ["true", "true", "true", None, None, None]  # the captions are right already
    settings = report.settings.element
    update = settings.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val"), "true") == "true"
    # Schema order: updateFields comes before w:compat.
    children = [c.tag for c in settings]
    assert children.index(qn("w:updateFields")) < children.index(qn("w:compat"))


def test_update_fields_on_open_can_be_switched_off():
    document = docx.Document()
    ox.set_update_fields_on_open(document)
    ox.set_update_fields_on_open(document, on=False)
    assert document.settings.element.find(qn("w:updateFields")) is None


def test_page_number_field_in_footer(report):
    footer = report.sections[0].footer
    assert [" ".join(t.text.split()) for t in footer._element.iter(qn("w:instrText"))] == ["PAGE"]


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
    ox.set_column_widths(table, [1, 2, 3])
    widths = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in table.rows[0]._tr.tc_lst]
    assert widths == [round(3 / 2.54 * 1440), round(3 / 2.54 * 1440)]
    with pytest.raises(ValueError):
        ox.set_column_widths(table, [1, 2])


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
    ox.set_column_widths(table, [2, 3, 4])
    head = dict(fill="#d9d9d9", valign="center", align="c", bold=True)
    ox.append_rows(table, [
        ox.RowSpec([ox.CellSpec(["No"], vmerge="restart", **head), ox.CellSpec(["Target & Realisasi"], span=2, **head)],
                   header=True),
        ox.RowSpec([ox.CellSpec(span=1, vmerge="continue", **head), ox.CellSpec(["<2022>"], **head),
                    ox.CellSpec(["2023\x07"], **head)], header=True),
        ox.RowSpec([ox.CellSpec(["1"], align="c"), ox.CellSpec(["baris satu", "baris dua"], keep_next=True),
                    ox.CellSpec([""], align="r")]),
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
        ox.append_rows(table, [ox.RowSpec([ox.CellSpec(["1"])])])


def test_body_blocks_appended_in_constant_time_land_where_python_docx_puts_them():
    ours, theirs = docx.Document(), docx.Document()
    for document in (ours, theirs):
        ox.new_section(document, landscape=True)  # a section break inside the body, the final w:sectPr last
    ox.add_body_paragraph(ours, "Teks biasa")
    ox.add_body_paragraph(ours, "Nomor\tisi")
    ox.add_body_paragraph(ours)
    table = ox.add_body_table(ours, 3, "TableGrid")
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
    assert ox.add_body_paragraph(empty, "akhir")._p is empty.element.body[-1]


def test_shading_borders_and_margins():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    ox.set_cell_shading(table.cell(0, 0), "#d9d9d9")
    ox.set_table_borders(table, size=8)
    ox.set_cell_margins(table, left=Cm(0.2), right=Cm(0.2))
    ox.set_cell_margins(table.cell(0, 1), top=Cm(0.1))
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


def test_keep_with_next():
    paragraph = docx.Document().add_paragraph("Tabel di bawah")
    ox.keep_with_next(paragraph)
    assert paragraph.paragraph_format.keep_with_next is True


# ---------------------------------------------------------------------- sections


def page_numbering(section) -> tuple[str | None, str | None]:
    pg = section._sectPr.find(qn("w:pgNumType"))
    return pg.get(qn("w:fmt")), pg.get(qn("w:start"))


def test_roman_front_matter_then_arabic_from_one(report):
    sections = report.sections
    assert len(sections) == 4
    assert [page_numbering(s) for s in sections] == [
        ("lowerRoman", "1"), ("decimal", "1"), ("decimal", None), ("decimal", None)]
    assert [s.footer.is_linked_to_previous for s in sections] == [False, False, True, True]


def test_landscape_section_between_portrait_ones(report):
    sections = report.sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.PORTRAIT,
                                                 WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert sections[2].page_width == sections[1].page_height
    assert sections[2].page_height == sections[1].page_width


def test_header_text_is_its_own():
    document = docx.Document()
    section = ox.new_section(document)
    ox.set_header_text(section, "LKjIP Dinas Sosial 2023")
    assert section.header.paragraphs[0].text == "LKjIP Dinas Sosial 2023"
    assert document.sections[0].header.is_linked_to_previous
    assert not section.header.is_linked_to_previous


# ---------------------------------------------------------------- filling indexes


TOC_PAGES = ["i", "1", "1", "3", "3", "4"]
TABLE_PAGES = ["1", "3", "4"]


def laid_out(titles, pages):
    return [f"{title}\t{page}" for title, page in zip(titles, pages)]


def test_fill_indexes_writes_word_like_entries(report):
    assert ox.fill_indexes(report, {ox.TOC: laid_out(HEADINGS, TOC_PAGES),
                                    "Tabel": laid_out(CAPTIONS, TABLE_PAGES), "Gambar": []})

    assert ox.index_entries(report, ox.TOC) == laid_out(HEADINGS, TOC_PAGES)
    assert ox.index_entries(report, "Tabel") == laid_out(CAPTIONS, TABLE_PAGES)
    assert ox.index_entries(report, "Gambar") == ["Tidak ada entri daftar gambar."]
    toc_lines = [p for p in report.paragraphs if p.style.name.startswith("toc")]
    assert [p.style.name for p in toc_lines] == [
        "toc 1", "toc 1", "toc 2", "toc 1", "toc 2", "toc 2"]
    # Each entry links to a bookmark on its heading and shows its page in a PAGEREF.
    body = report.element.body
    bookmarks = {b.get(qn("w:name")): b.getparent() for b in body.iter(qn("w:bookmarkStart"))}
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    assert [" ".join(bookmarks[a].text.split()) for a in anchors] == HEADINGS + CAPTIONS
    assert sum(i.startswith("PAGEREF _Toc") for i in instructions(report)) == 9
    begins = body.xpath('.//w:fldChar[@w:fldCharType="begin"]')
    assert not [b for b in begins if b.get(qn("w:dirty"))]


def test_fill_indexes_matches_lines_by_text_and_passes_over_blank_ones(report):
    # LibreOffice joins the two lines of "BAB I<br/>PENDAHULUAN", lists blank headings
    # and may differ in letter case.
    lines = laid_out(HEADINGS, TOC_PAGES)
    lines[1] = "Bab I  Pendahuluan\t1"
    lines.insert(2, "\t1")
    assert ox.fill_indexes(report, {ox.TOC: lines})
    assert ox.index_entries(report, ox.TOC) == laid_out(HEADINGS, TOC_PAGES)


def test_fill_indexes_twice_gives_the_same_document(report):
    lines = {ox.TOC: laid_out(HEADINGS, TOC_PAGES), "Tabel": laid_out(CAPTIONS, TABLE_PAGES)}
    ox.fill_indexes(report, lines)
    once = report.element.body.xml
    ox.fill_indexes(report, lines)
    assert report.element.body.xml == once


def test_fill_indexes_refuses_lines_that_miss_a_heading(report):
    before = report.element.body.xml
    assert not ox.fill_indexes(report, {ox.TOC: laid_out(HEADINGS[:-1], TOC_PAGES)})
    assert report.element.body.xml == before


# ------------------------------------------------------------------- LibreOffice


def test_without_libreoffice_nothing_is_changed(tmp_path, report_path):
    copy = Path(shutil.copy(report_path, tmp_path / "copy.docx"))
    missing = str(tmp_path / "no-such-soffice")
    assert ox.update_indexes_with_libreoffice(copy, soffice=missing) is False
    assert ox.convert_to_pdf(copy, tmp_path, soffice=missing) is None
    assert copy.read_bytes() == report_path.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="uses a shell script as a stand-in soffice")
def test_a_hanging_libreoffice_is_stopped(tmp_path, report_path):
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 60\n")
    hanging.chmod(0o755)
    copy = Path(shutil.copy(report_path, tmp_path / "copy.docx"))
    assert ox.update_indexes_with_libreoffice(copy, soffice=str(hanging), timeout=1) is False
    assert copy.read_bytes() == report_path.read_bytes()


@pytest.fixture(scope="module")
def updated(tmp_path_factory, report_path) -> Path:
    """The report after LibreOffice filled its indexes (about 2 s)."""
    path = Path(shutil.copy(report_path, tmp_path_factory.mktemp("updated") / "laporan.docx"))
    assert ox.update_indexes_with_libreoffice(path, timeout=60)
    return path


@pytest.fixture(scope="module")
def pdf(updated, tmp_path_factory) -> Path:
    """The updated report printed to PDF by LibreOffice (about 2 s)."""
    printed_pdf = ox.convert_to_pdf(updated, tmp_path_factory.mktemp("pdf"), timeout=60)
    assert printed_pdf is not None
    return printed_pdf


@pytest.fixture(scope="module")
def printed(pdf) -> list[str]:
    """Text of each page of the printed report."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: PDF text not checked")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]  # a form feed ends every page


def footer_number(page: str) -> str:
    return page.strip().splitlines()[-1].strip()


@needs_libreoffice
def test_libreoffice_fills_toc_with_page_numbers(updated):
    document = docx.Document(str(updated))
    toc = ox.index_entries(document, ox.TOC)
    assert [line.split("\t")[0] for line in toc] == HEADINGS
    pages = [line.split("\t")[1] for line in toc]
    assert pages[0] == "i" and pages[1] == "1"
    assert all(p.isdigit() for p in pages[1:])
    assert [line.split("\t")[0] for line in ox.index_entries(document, "Tabel")] == CAPTIONS


@needs_libreoffice
def test_libreoffice_update_keeps_the_document_as_built(updated, report_path):
    before, after = docx.Document(str(report_path)), docx.Document(str(updated))
    assert [s.name for s in after.styles] == [s.name for s in before.styles]
    assert [i for i in instructions(after) if i.startswith("SEQ")] == [
        i for i in instructions(before) if i.startswith("SEQ")]
    assert len(after.sections) == len(before.sections)
    assert after.settings.element.find(qn("w:updateFields")) is not None


@needs_libreoffice
def test_pdf_numbers_front_matter_in_roman_then_arabic(printed):
    # i-iii: kata pengantar, daftar isi, lists; 1-2: BAB I and Tabel 1.1 running
    # over; 3: BAB II; 4-5: the landscape Tabel 2.2; 6: the closing portrait page.
    assert len(printed) == 9
    assert [footer_number(page) for page in printed] == [
        "i", "ii", "iii", "1", "2", "3", "4", "5", "6"]


@needs_libreoffice
def test_pdf_toc_pages_point_at_the_headings(printed, updated):
    page_by_number = {footer_number(page): page for page in printed}
    for line in ox.index_entries(docx.Document(str(updated)), ox.TOC):
        title, number = line.split("\t")
        assert title.upper() in " ".join(page_by_number[number].split()).upper(), line


HEADER_ROW = ["No", "Indikator", "Target", "Realisasi"]


def first_line(page: str) -> list[str]:
    return page.strip().splitlines()[0].split()


@needs_libreoffice
def test_pdf_captions_are_numbered_per_chapter(printed):
    text = "\n".join(printed)
    for caption in ("Tabel 1.1", "Tabel 2.1", "Tabel 2.2"):
        assert len(re.findall(re.escape(caption) + r"\b", text)) == 2  # the list and the caption
    assert "Tabel 1.2" not in text and "Tabel 2.3" not in text


@needs_libreoffice
def test_pdf_long_table_repeats_its_header_row(printed):
    start = next(i for i, page in enumerate(printed)
                 if "Tabel 1.1 Indikator" in page and "...." not in page)
    assert "Indikator 45" not in printed[start]
    assert first_line(printed[start + 1]) == HEADER_ROW


@needs_libreoffice
def test_pdf_landscape_pages_hold_the_landscape_table(pdf, printed):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(printed)), str(pdf)],
                          check=True, capture_output=True, text=True).stdout
    sizes = [(float(w), float(h))
             for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
    assert len(landscape) == 2 and landscape[1] == landscape[0] + 1
    assert "Tabel 2.2 Perjanjian kinerja" in printed[landscape[0]]
    assert first_line(printed[landscape[1]]) == HEADER_ROW  # header repeated sideways too
    assert "Indikator 40" in printed[landscape[1]]
    assert sizes[landscape[1] + 1][0] < sizes[landscape[1] + 1][1]  # portrait again
