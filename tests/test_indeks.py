"""Tests of filling the table of contents and the lists with their pages (lkj_excel.report.docx.indeks).

The small report of sample_report.py gets the lines of an index as a laid-out copy
would list them; the entries written are read back as Word reads them.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Pt

from lkj_excel.report.docx import indeks
from sample_report import CAPTIONS, HEADINGS, instructions


# ---------------------------------------------------------------- filling indexes


TOC_PAGES = ["i", "1", "1", "3", "3", "4"]
TABLE_PAGES = ["1", "3", "4"]


def laid_out(titles, pages):
    return [f"{title}\t{page}" for title, page in zip(titles, pages)]


def _paragraph_holding(report, text: str):
    return next(p for p in report.paragraphs if text in p.text)


def test_fill_indexes_writes_word_like_entries(report):
    placeholder = _paragraph_holding(report, "daftar gambar")
    placeholder.paragraph_format.space_before = Pt(6)  # properties of its own, to be kept
    properties = placeholder._p.pPr.xml
    assert indeks.fill_indexes(report, {indeks.TOC: laid_out(HEADINGS, TOC_PAGES),
                                    "Tabel": laid_out(CAPTIONS, TABLE_PAGES), "Gambar": []})

    assert indeks.index_entries(report, indeks.TOC) == laid_out(HEADINGS, TOC_PAGES)
    assert indeks.index_entries(report, "Tabel") == laid_out(CAPTIONS, TABLE_PAGES)
    assert indeks.index_entries(report, "Gambar") == ["Tidak ada entri daftar gambar."]
    empty = _paragraph_holding(report, "Tidak ada entri daftar gambar.")
    assert empty._p.pPr is not None and empty._p.pPr.xml == properties  # kept as it was
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
    assert indeks.fill_indexes(report, {indeks.TOC: lines})
    assert indeks.index_entries(report, indeks.TOC) == laid_out(HEADINGS, TOC_PAGES)


def test_fill_indexes_twice_gives_the_same_document(report):
    lines = {indeks.TOC: laid_out(HEADINGS, TOC_PAGES), "Tabel": laid_out(CAPTIONS, TABLE_PAGES)}
    indeks.fill_indexes(report, lines)
    once = report.element.body.xml
    indeks.fill_indexes(report, lines)
    assert report.element.body.xml == once


def test_fill_indexes_refuses_lines_that_miss_a_heading(report):
    before = report.element.body.xml
    assert not indeks.fill_indexes(report, {indeks.TOC: laid_out(HEADINGS[:-1], TOC_PAGES)})
    assert report.element.body.xml == before
