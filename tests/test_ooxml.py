"""Tests of the paragraph, field and section helpers of the XML layer (lkj_excel.report.docx.ooxml).

Checked on the small report of sample_report.py as Word would read it: the XML of its
captions, fields, footers and sections.
"""

from __future__ import annotations

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from lkj_excel.report.docx import indeks, ooxml
from sample_report import CAPTIONS, REFERENCE, instructions


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
    assert indeks.index_entries(report, indeks.TOC) == [ooxml.TOC_PLACEHOLDER]
    assert indeks.index_entries(report, "Tabel") == [
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
    ooxml.set_update_fields_on_open(document)
    ooxml.set_update_fields_on_open(document, on=False)
    assert document.settings.element.find(qn("w:updateFields")) is None


def test_page_number_field_in_footer(report):
    footer = report.sections[0].footer
    assert [" ".join(t.text.split()) for t in footer._element.iter(qn("w:instrText"))] == ["PAGE"]


def test_keep_with_next():
    paragraph = docx.Document().add_paragraph("Tabel di bawah")
    ooxml.keep_with_next(paragraph)
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
    section = ooxml.new_section(document)
    ooxml.set_header_text(section, "LKjIP Dinas Sosial 2023")
    assert section.header.paragraphs[0].text == "LKjIP Dinas Sosial 2023"
    assert document.sections[0].header.is_linked_to_previous
    assert not section.header.is_linked_to_previous


# ------------------------------------------------------------ paragraphs and styles


def test_clear_body_keeps_the_page_set_up_of_the_reference():
    document = docx.Document(str(REFERENCE))
    document.add_paragraph("isi contoh")
    width, margin = document.sections[0].page_width, document.sections[0].left_margin
    ooxml.clear_body(document)
    assert document.paragraphs == [] and document.tables == []
    assert (document.sections[0].page_width, document.sections[0].left_margin) == (width, margin)


def test_paragraph_style_set_by_id_and_a_paragraph_removed():
    document = docx.Document(str(REFERENCE))
    ooxml.clear_body(document)
    kept, dropped = ooxml.add_body_paragraph(document, "tetap"), ooxml.add_body_paragraph(document, "dibuang")
    ooxml.set_paragraph_style_id(kept, document.styles["Caption"].style_id)
    ooxml.remove_paragraph(dropped)
    assert [(p.text, p.style.name) for p in document.paragraphs] == [("tetap", "Caption")]


def test_default_font_of_the_document_defaults():
    assert ooxml.default_font(docx.Document(str(REFERENCE))) == "Times New Roman"
    document = docx.Document()
    fonts = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts")
    for f in fonts:
        f.getparent().remove(f)
    assert ooxml.default_font(document) is None
