"""The reference styles document (lkj_excel.report.docx.gaya): its styles and page, and the committed copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn

from lkj_excel.report.docx.gaya import build_reference_docx

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "input_templates" / "gaya_laporan.docx"


def test_reference_docx_has_the_report_styles(tmp_path):
    path = build_reference_docx(tmp_path / "gaya.docx")
    assert path.stat().st_size < 20_000
    document = docx.Document(str(path))
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Caption", "Tabel Isi",
                 "Tabel LKjIP", "List Bullet", "List Number", "toc 1", "toc 2", "toc 3",
                 "table of figures", "TOC Heading", "Title", "Header", "Footer"):
        assert name in document.styles, name
    assert all(not p.text for p in document.paragraphs)
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    margins = (section.top_margin, section.left_margin, section.bottom_margin, section.right_margin)
    assert [round(m.cm, 2) for m in margins] == [3, 3, 2.5, 2.5]
    fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    normal = document.styles["Normal"].paragraph_format
    assert normal.line_spacing == 1.5 and normal.alignment == 3  # justified
    heading = document.styles["Heading 1"]
    assert heading.font.bold and heading.font.all_caps and heading.font.size.pt == 14
    assert heading.paragraph_format.alignment == 1  # centred
    caption = document.styles["Caption"]
    assert caption.font.bold and caption.font.size.pt == 11
    assert caption.paragraph_format.keep_with_next


def test_committed_reference_docx_is_what_the_script_makes(tmp_path):
    fresh = docx.Document(str(build_reference_docx(tmp_path / "gaya.docx")))
    committed = docx.Document(str(REFERENCE))
    assert committed.styles.element.xml == fresh.styles.element.xml


def test_reference_docx_script_runs(tmp_path):
    target = tmp_path / "gaya.docx"
    subprocess.run([sys.executable, "-m", "lkj_excel.report.docx.gaya", str(target)],
                   check=True, cwd=REPO, capture_output=True)
    assert docx.Document(str(target)).styles["Tabel Isi"] is not None
