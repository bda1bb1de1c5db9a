"""The layout copy (lkj_excel.report.docx.tata_letak): same pages, less to import.

The unit tests take table styles apart on small hand-made documents; the tests
with LibreOffice check the result where it counts: a report whose page numbers were
found in its layout copy shows, in its own PDF, each heading and caption on the
page its table of contents and lists say.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
import pytest
from lxml import etree

from lkj_excel.report import libreoffice
from lkj_excel.report.docx import indeks, tata_letak

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}

STYLES = f"""<w:styles xmlns:w="{W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>
    <w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Isi"><w:name w:val="Isi"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Lain"><w:name w:val="Lain"/><w:basedOn w:val="Normal"/>
    <w:rPr><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>
    <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="table" w:styleId="Kisi"><w:name w:val="Kisi"/><w:basedOn w:val="TableNormal"/>
    <w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>
    <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders>
    <w:tblCellMar><w:top w:w="28" w:type="dxa"/></w:tblCellMar></w:tblPr>
    <w:tblStylePr w:type="firstRow"><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr>
      <w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:fill="D9D9D9"/></w:tcPr></w:tblStylePr>
    <w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:fill="EEEEEE"/></w:tcPr></w:tblStylePr>
  </w:style>
</w:styles>"""


def table(rows: list[list[str]], look: str = '<w:tblLook w:firstRow="1" w:noHBand="1"/>',
          style: str = "Kisi") -> str:
    """A table whose cells are paragraph XML (the text of ``rows``)."""
    body = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{cell}</w:tc>"
                                      for cell in row) + "</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="4000" w:type="dxa"/>{look}</w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>{body}</w:tbl>')


def flatten(*tables: str):
    root = etree.fromstring(f'<w:document xmlns:w="{W}"><w:body>{"".join(tables)}</w:body></w:document>')
    styles = etree.fromstring(STYLES)
    return tata_letak.flatten_table_styles(root, styles), root, styles


def xpath(node, path: str):
    return node.xpath(path, namespaces=NS)


def style_of(styles, style_id: str):
    return xpath(styles, f"w:style[@w:styleId='{style_id}']")[0]


ISI = '<w:p><w:pPr><w:pStyle w:val="Isi"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'
HEAD = '<w:p><w:pPr><w:pStyle w:val="Isi"/><w:jc w:val="center"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'


def test_a_table_style_is_written_out_on_the_table_rows_cells_and_paragraph_styles():
    n, root, styles = flatten(table([[HEAD.format("Kode"), HEAD.format("Nama")],
                                     [ISI.format("1"), "<w:p/>"]]))
    assert n == 1
    tblPr = xpath(root, "//w:tblPr")[0]
    assert not xpath(tblPr, "w:tblStyle") and not xpath(tblPr, "w:tblLook")
    # the borders and margins of the style and of the style it is based on, side by side
    assert [e.tag.split("}")[1] for e in xpath(tblPr, "w:tblBorders/*")] == ["top", "insideH"]
    assert {e.tag.split("}")[1]: e.get(f"{{{W}}}w") for e in xpath(tblPr, "w:tblCellMar/*")} == {
        "left": "108", "right": "108", "top": "28"}
    assert [e.tag.split("}")[1] for e in tblPr] == ["tblW", "tblInd", "tblBorders", "tblCellMar"]  # schema order
    header, body = xpath(root, "//w:tr")
    assert xpath(header, "w:trPr/w:tblHeader") and not xpath(body, "w:trPr")
    assert len(xpath(header, "w:tc/w:tcPr/w:shd[@w:fill='D9D9D9']")) == 2
    assert not xpath(body, ".//w:shd")  # the band format is switched off (noHBand)
    # the header row's paragraphs get a style with the header format beneath "Isi"
    header_style = xpath(header, "w:tc[1]/w:p/w:pPr/w:pStyle/@w:val")[0]
    combined = style_of(styles, header_style)
    assert xpath(combined, "w:basedOn/@w:val") == ["Isi"]
    assert xpath(combined, "w:pPr/w:keepNext") and xpath(combined, "w:rPr/w:b")
    assert not xpath(combined, "w:pPr/w:jc")  # "Isi" says left, the header format center: set directly
    # an empty paragraph (Normal) gets the table style's properties over Normal's
    empty = style_of(styles, xpath(body, "w:tc[2]/w:p/w:pPr/w:pStyle/@w:val")[0])
    assert xpath(empty, "w:basedOn/@w:val") == ["Normal"]
    assert xpath(empty, "w:pPr/w:spacing/@w:after") == ["0"] and xpath(empty, "w:rPr/w:sz/@w:val") == ["20"]


def test_a_header_paragraph_style_at_odds_with_the_style_keeps_the_table_as_it_is_unless_set_directly():
    # "Isi" says left, the header format center: which wins is a question of precedence
    n, root, _ = flatten(table([[ISI.format("Kode"), ISI.format("Nama")]]))
    assert n == 0 and xpath(root, "//w:tblStyle/@w:val") == ["Kisi"]
    n, root, _ = flatten(table([[HEAD.format("Kode"), HEAD.format("Nama")]]))
    assert n == 1 and not xpath(root, "//w:tblStyle")


def test_a_run_property_at_odds_keeps_the_table_style():
    other = '<w:p><w:pPr><w:pStyle w:val="Lain"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    n, root, _ = flatten(table([[HEAD.format("a"), HEAD.format("b")], [other, ISI.format("c")]]))
    assert n == 0 and xpath(root, "//w:tblStyle/@w:val") == ["Kisi"]


def test_a_switched_on_band_format_keeps_the_table_style():
    row = [[HEAD.format("a"), HEAD.format("b")]]
    assert flatten(table(row, look='<w:tblLook w:val="04A0"/>'))[0] == 0  # 04A0: bands on (no 0x0200 bit)
    assert flatten(table(row, look='<w:tblLook w:firstRow="1" w:noHBand="0"/>'))[0] == 0
    assert flatten(table(row, look='<w:tblLook w:val="0620"/>'))[0] == 1  # header row on, bands off


def test_direct_formatting_and_unknown_styles_are_left_alone():
    own = '<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'
    n, root, _ = flatten(own, table([["<w:p/>", "<w:p/>"]], style="TidakAda"))
    assert n == 0
    assert xpath(root, "//w:tblStyle/@w:val") == ["TidakAda"]


@pytest.fixture(scope="module")
def example_docx(tmp_path_factory) -> Path:
    from conftest import EXAMPLE
    from lkj_excel.pipeline import konversi

    out = tmp_path_factory.mktemp("contoh")
    konversi(EXAMPLE, out, daftar_isi=False)
    return next(out.glob("*_laporan.docx"))


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def test_the_layout_copy_of_the_example(example_docx, tmp_path):
    copy = tmp_path / "copy.docx"
    assert tata_letak.layout_copy(example_docx, copy, page_placeholder="00") >= 2  # its charts
    xml = _part(copy, "word/document.xml")
    assert "<w:tblStyle " not in xml and "<w:tblStyle " in _part(example_docx, "word/document.xml")
    assert re.findall(r'<wp:extent cx="(\d+)" cy="(\d+)"/>', xml) == re.findall(
        r'<wp:extent cx="(\d+)" cy="(\d+)"/>', _part(example_docx, "word/document.xml"))
    lines = indeks.index_lines(docx.Document(str(copy)))
    original = docx.Document(str(example_docx))
    toc = [line.rsplit("\t", 1) for line in lines[indeks.TOC]]
    assert len(toc) > 10 and all(page == "00" for _, page in toc)  # prefilled, one entry per heading
    headings = [" ".join(p.text.split()) for p in original.paragraphs
                if p.style.name.lower().startswith("heading") and p.text.strip()]
    assert [title for title, _ in toc] == headings
    assert len(lines["Tabel"]) == len(re.findall(r"SEQ Tabel", _part(example_docx, "word/document.xml")))


def _pdf_pages(pdf: Path) -> dict[str, str]:
    """Each page's text, by the number in its footer."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = {}
    for page in text.split("\f")[:-1]:
        lines = [line for line in page.strip().splitlines() if line.strip()]
        if lines:
            pages[lines[-1].strip()] = " ".join(page.split()).upper()
    return pages


@pytest.mark.office
@pytest.mark.skipif(libreoffice.find_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or pdftotext (poppler-utils) is not installed: pages not checked")
@pytest.mark.parametrize("which", ["contoh", "sintetis_1", "sintetis_4", "daftar_renggang"])
def test_pages_found_in_the_layout_copy_are_the_pages_of_the_printed_report(which, example_docx,
                                                                             golden_outputs, tmp_path):
    if which in ("contoh", "daftar_renggang"):
        source = example_docx
    else:
        seed = which.rsplit("_", 1)[1]
        source = next(golden_outputs.rglob(f"sintetis_{seed}_laporan.docx"))
    report = Path(shutil.copy(source, tmp_path / "laporan.docx"))
    if which == "daftar_renggang":
        # Entries of the lists of tables and figures far apart, and pages numbered on
        # from the front matter: rebuilt in LibreOffice's own style (Figure Index 1)
        # instead of the document's, the list of tables would be shorter in the layout
        # than in print, and the list of figures, rebuilt after it, would list pages too early.
        spaced = docx.Document(str(report))
        spaced.styles["table of figures"].paragraph_format.space_after = Pt(40)
        for numbering in spaced.element.body.iter(qn("w:pgNumType")):
            numbering.attrib.pop(qn("w:start"), None)
            numbering.attrib.pop(qn("w:fmt"), None)
        spaced.save(str(report))
    session = libreoffice.session()
    assert session.update_indexes(report).done
    pdf = tmp_path / "laporan.pdf"
    assert session.export_pdf(report, pdf).done  # printed as it is: its indexes not rebuilt
    pages = _pdf_pages(pdf)
    document = docx.Document(str(report))
    checked = 0
    for key in (indeks.TOC, "Tabel", "Gambar"):
        for line in indeks.index_entries(document, key):
            title, page = line.rsplit("\t", 1)
            assert " ".join(title.split()).upper()[:40] in pages.get(page.strip(), ""), (key, line)
            checked += 1
    assert checked > 40
