"""Tests of the LibreOffice driver (lkj_excel.report.libreoffice) on the small report of sample_report.py.

Without LibreOffice nothing is changed, and a hanging one is stopped. Where it is
installed, it fills the report's table of contents with page numbers and prints the
report to PDF, whose pages are checked: roman then arabic page numbers, captions
numbered per chapter, header rows repeated, the landscape pages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from lkj_excel.report import libreoffice
from lkj_excel.report.docx import indeks
from sample_report import CAPTIONS, HEADINGS, instructions

SOFFICE = libreoffice.find_soffice()


def needs_libreoffice(test):
    """Mark a test that runs LibreOffice; it is skipped, saying why, where there is none."""
    reason = "LibreOffice (soffice) is not installed: indexes and PDF not checked"
    return pytest.mark.office(pytest.mark.skipif(SOFFICE is None, reason=reason)(test))



def test_without_libreoffice_nothing_is_changed(tmp_path, report_path):
    copy = Path(shutil.copy(report_path, tmp_path / "copy.docx"))
    missing = str(tmp_path / "no-such-soffice")
    assert libreoffice.update_indexes_with_libreoffice(copy, soffice=missing) is False
    assert libreoffice.convert_to_pdf(copy, tmp_path, soffice=missing) is None
    assert copy.read_bytes() == report_path.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="uses a shell script as a stand-in soffice")
def test_a_hanging_libreoffice_is_stopped(tmp_path, report_path):
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 60\n")
    hanging.chmod(0o755)
    copy = Path(shutil.copy(report_path, tmp_path / "copy.docx"))
    assert libreoffice.update_indexes_with_libreoffice(copy, soffice=str(hanging), timeout=1) is False
    assert copy.read_bytes() == report_path.read_bytes()


@pytest.fixture(scope="module")
def updated(tmp_path_factory, report_path) -> Path:
    """The report after LibreOffice filled its indexes (about 2 s)."""
    path = Path(shutil.copy(report_path, tmp_path_factory.mktemp("updated") / "laporan.docx"))
    assert libreoffice.update_indexes_with_libreoffice(path, timeout=60)
    return path


@pytest.fixture(scope="module")
def pdf(updated, tmp_path_factory) -> Path:
    """The updated report printed to PDF by LibreOffice (about 2 s)."""
    printed_pdf = libreoffice.convert_to_pdf(updated, tmp_path_factory.mktemp("pdf"), timeout=60)
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
    toc = indeks.index_entries(document, indeks.TOC)
    assert [line.split("\t")[0] for line in toc] == HEADINGS
    pages = [line.split("\t")[1] for line in toc]
    assert pages[0] == "i" and pages[1] == "1"
    assert all(p.isdigit() for p in pages[1:])
    assert [line.split("\t")[0] for line in indeks.index_entries(document, "Tabel")] == CAPTIONS


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
    for line in indeks.index_entries(docx.Document(str(updated)), indeks.TOC):
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
