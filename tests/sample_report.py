"""The small report the tests of the XML layer, the indexes and LibreOffice share.

Built with the helpers on the reference styles: front matter numbered i, ii, iii;
two chapters numbered from 1; three captioned tables whose header row repeats over
pages; one landscape section. The ``report_path`` and ``report`` fixtures of
conftest.py hold it.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from lkj_excel.report.docx import ooxml, ooxml_tabel

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "input_templates" / "gaya_laporan.docx"

HEADINGS = ["KATA PENGANTAR", "BAB I PENDAHULUAN", "1.1 Latar Belakang",
            "BAB II PERENCANAAN KINERJA", "2.1 Rencana Strategis", "2.2 Perjanjian Kinerja"]
CAPTIONS = ["Tabel 1.1 Indikator kinerja utama", "Tabel 2.1 Tujuan dan sasaran",
            "Tabel 2.2 Perjanjian kinerja"]


def chapter_heading(document, roman: str, title: str):
    """ "BAB I" on one line and the title on the next, as one Heading 1."""
    heading = document.add_paragraph(style="Heading 1")
    heading.add_run(f"BAB {roman}").add_break()
    heading.add_run(title)
    return heading


def indicator_table(document, chapter: int, title: str, rows: int):
    """A captioned table whose header row repeats and whose rows do not split."""
    ooxml.add_caption(document, "Tabel", title, chapter)
    table = document.add_table(rows=1, cols=4)
    table.style = "Tabel LKjIP"
    for cell, text in zip(table.rows[0].cells, ["No", "Indikator", "Target", "Realisasi"]):
        cell.text = text
        cell.paragraphs[0].style = "Tabel Isi"
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        ooxml_tabel.set_cell_shading(cell, "D9D9D9")
    for number in range(1, rows + 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(number), f"Indikator {number}", "100", "95"]):
            cell.text = text
            cell.paragraphs[0].style = "Tabel Isi"
    ooxml_tabel.set_repeat_table_header(table.rows[0])
    for row in table.rows:
        ooxml_tabel.set_cant_split(row)
    ooxml_tabel.set_column_widths(table, [1.2, 8.3, 3, 3])
    ooxml_tabel.set_table_borders(table)
    return table


def build_report(path: Path) -> Path:
    """The sample report: i-iii front matter, chapters I and II, one landscape part."""
    document = docx.Document(str(REFERENCE))
    document.element.body.clear_content()

    front = document.sections[0]
    ooxml.set_page_numbering(front, "lowerRoman", restart_at=1)
    ooxml.set_footer_page_number(front)
    document.add_paragraph("KATA PENGANTAR", style="Heading 1")
    document.add_paragraph("Puji syukur kami panjatkan. " * 20)
    document.add_paragraph("DAFTAR ISI", style="TOC Heading")
    ooxml.add_toc(document)
    document.add_paragraph("DAFTAR TABEL", style="TOC Heading")
    ooxml.add_table_of_figures(document, "Tabel")
    document.add_paragraph("DAFTAR GAMBAR", style="Title")
    ooxml.add_table_of_figures(document, "Gambar")

    body = ooxml.new_section(document, page_number_format="decimal", restart_at=1)
    ooxml.set_footer_page_number(body)
    chapter_heading(document, "I", "PENDAHULUAN")
    document.add_paragraph("1.1 Latar Belakang", style="Heading 2")
    document.add_paragraph("Laporan ini disusun sebagai wujud akuntabilitas. " * 12)
    indicator_table(document, 1, "Indikator kinerja utama", rows=45)
    chapter_heading(document, "II", "PERENCANAAN KINERJA")
    document.add_paragraph("2.1 Rencana Strategis", style="Heading 2")
    goals = indicator_table(document, 2, "Tujuan dan sasaran", rows=4)
    ooxml_tabel.merge_vertical(goals, 1, 1, 3)

    ooxml.new_section(document, landscape=True)
    document.add_paragraph("2.2 Perjanjian Kinerja", style="Heading 2")
    indicator_table(document, 2, "Perjanjian kinerja", rows=40)
    ooxml.new_section(document, landscape=False)
    document.add_paragraph("Demikian laporan ini disusun.")

    ooxml.set_update_fields_on_open(document)
    document.save(str(path))
    return path


def instructions(document) -> list[str]:
    return [" ".join(t.text.split()) for t in document.element.body.iter(qn("w:instrText"))]
