"""The reference Word styles of the report: ``input_templates/gaya_laporan.docx``.

An agency that wants its own look restyles that file in Word (fonts, spacing,
colours) and the report builder, which opens it and clears its body, follows.
This script makes the file from python-docx's default template: A4 with the
margins of a formal Indonesian report, Times New Roman 12 pt, body text justified
at 1.5 lines, chapter headings centred in capitals, captions, the table of
contents and list styles, a small paragraph style for table text and a table style.

Run ``python -m lkj_excel.report.docx.gaya PATH`` to write it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

FONT = "Times New Roman"  # LibreOffice shows it as metric-compatible Liberation Serif
PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7  # A4
MARGINS_CM = {"top": 3.0, "left": 3.0, "bottom": 2.5, "right": 2.5}
HEADER_FOOTER_DISTANCE_CM = 1.25
TABLE_HEADER_FILL = "D9D9D9"

_TEXT_WIDTH = round((PAGE_WIDTH_CM - MARGINS_CM["left"] - MARGINS_CM["right"]) / 2.54 * 1440)
_DOT_TAB = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{_TEXT_WIDTH}"/></w:tabs>'
_SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'

# Paragraph styles: (style id, name as Word writes it, based on, pPr, rPr).
# Names of Word's built-in styles are in lower case ("heading 1", "toc 1"):
# that is how Word recognises them, and how python-docx finds them by name.
# Heading 1 shows in capitals, but the table of contents copies the text as
# typed: write chapter titles in capitals.
_PARAGRAPH_STYLES = (
    ("Normal", "Normal", None,
     '<w:spacing w:before="0" w:after="120" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/>',
     ""),
    ("Heading1", "heading 1", "Normal",
     '<w:keepNext/><w:keepLines/><w:pageBreakBefore/>'
     '<w:spacing w:before="0" w:after="360" w:line="360" w:lineRule="auto"/>'
     '<w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
     '<w:b/><w:bCs/><w:caps/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    ("Heading2", "heading 2", "Normal",
     '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>'
     '<w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
     '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
    ("Heading3", "heading 3", "Normal",
     '<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/>'
     '<w:jc w:val="left"/><w:outlineLvl w:val="2"/>',
     '<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
    ("Title", "Title", "Normal",
     '<w:spacing w:before="0" w:after="240" w:line="360" w:lineRule="auto"/><w:jc w:val="center"/>',
     '<w:b/><w:bCs/><w:caps/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
    ("Subtitle", "Subtitle", "Normal",
     '<w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/>',
     '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    ("Caption", "caption", "Normal",
     '<w:keepNext/><w:keepLines/>'
     '<w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>'
     '<w:jc w:val="center"/>',
     '<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    ("TOCHeading", "TOC Heading", "Heading1",
     '<w:outlineLvl w:val="9"/>', ""),
    ("TOC1", "toc 1", "Normal",
     f'{_DOT_TAB}<w:spacing w:before="120" w:after="0" w:line="300" w:lineRule="auto"/>'
     '<w:ind w:left="0" w:right="567"/><w:jc w:val="left"/>',
     '<w:b/><w:bCs/>'),  # no caps: they would print page "i" as "I"
    ("TOC2", "toc 2", "Normal",
     f'{_DOT_TAB}<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="auto"/>'
     '<w:ind w:left="425" w:right="567"/><w:jc w:val="left"/>', ""),
    ("TOC3", "toc 3", "Normal",
     f'{_DOT_TAB}<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="auto"/>'
     '<w:ind w:left="850" w:right="567"/><w:jc w:val="left"/>', ""),
    ("TableofFigures", "table of figures", "Normal",
     f'{_DOT_TAB}<w:spacing w:before="0" w:after="60" w:line="300" w:lineRule="auto"/>'
     '<w:ind w:left="0" w:right="567"/><w:jc w:val="left"/>', ""),
    ("Header", "header", "Normal",
     f'<w:tabs><w:tab w:val="center" w:pos="{_TEXT_WIDTH // 2}"/>'
     f'<w:tab w:val="right" w:pos="{_TEXT_WIDTH}"/></w:tabs>{_SINGLE}<w:jc w:val="left"/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    ("Footer", "footer", "Normal",
     f'<w:tabs><w:tab w:val="center" w:pos="{_TEXT_WIDTH // 2}"/>'
     f'<w:tab w:val="right" w:pos="{_TEXT_WIDTH}"/></w:tabs>{_SINGLE}<w:jc w:val="center"/>',
     ""),
    ("TabelIsi", "Tabel Isi", "Normal", f'{_SINGLE}<w:jc w:val="left"/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
)

_TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:styleId="TabelLKjIP">
  <w:name w:val="Tabel LKjIP"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr>{_SINGLE}<w:jc w:val="left"/></w:pPr>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tblPr/>
    <w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr>
      <w:shd w:val="clear" w:color="auto" w:fill="{TABLE_HEADER_FILL}"/><w:vAlign w:val="center"/>
    </w:tcPr>
  </w:tblStylePr>
</w:style>
"""

_DOC_DEFAULTS = f"""
<w:docDefaults {nsdecls("w")}>
  <w:rPrDefault><w:rPr>
    <w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>
    <w:sz w:val="24"/><w:szCs w:val="24"/>
    <w:lang w:val="id-ID" w:eastAsia="en-US" w:bidi="ar-SA"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr>{_SINGLE}</w:pPr></w:pPrDefault>
</w:docDefaults>
"""

# Table styles kept from python-docx's template (the rest, some 130 coloured
# variants, would only make the file large).
_KEPT_TABLE_STYLES = {"TableNormal", "TableGrid"}


def build_reference_docx(path: str | Path) -> Path:
    """Write the reference styles document, empty of content.

    Args:
        path: where to write the .docx (its folder is created if missing).

    Returns:
        The path written.
    """
    document = Document()
    styles = document.styles.element
    _drop_unused_parts(document)
    for style in styles.findall(qn("w:style")):
        is_table = style.get(qn("w:type")) == "table"
        if is_table and style.get(qn("w:styleId")) not in _KEPT_TABLE_STYLES:
            styles.remove(style)
        else:
            _use_document_font_and_colour(style)
    styles.replace(styles.find(qn("w:docDefaults")), parse_xml(_DOC_DEFAULTS))
    for style_id, name, based_on, ppr, rpr in _PARAGRAPH_STYLES:
        _put_style(styles, _paragraph_style(style_id, name, based_on, ppr, rpr))
    _put_style(styles, parse_xml(_TABLE_STYLE))

    section = document.sections[0]
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    section.top_margin, section.bottom_margin = Cm(MARGINS_CM["top"]), Cm(MARGINS_CM["bottom"])
    section.left_margin, section.right_margin = Cm(MARGINS_CM["left"]), Cm(MARGINS_CM["right"])
    section.header_distance = section.footer_distance = Cm(HEADER_FOOTER_DISTANCE_CM)

    properties = document.core_properties
    properties.title = "Gaya Laporan Kinerja Instansi Pemerintah"
    properties.author = properties.last_modified_by = ""
    properties.comments = ("Ubah gaya (Style) dokumen ini untuk mengubah tampilan laporan; "
                           "isi dokumen tidak dipakai.")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _drop_unused_parts(document) -> None:
    """Leave out the template's thumbnail, customXml and duplicate styles part."""
    unused = ("/stylesWithEffects", "/customXml")
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith(unused):
            document.part.drop_rel(rel.rId)
    package_rels = document.part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rId]


def _use_document_font_and_colour(style) -> None:
    """Let a style inherit the document font and print black (no theme fonts/colours)."""
    rPr = style.find(qn("w:rPr"))
    if rPr is None:
        return
    for child in rPr.findall(qn("w:rFonts")) + rPr.findall(qn("w:color")):
        rPr.remove(child)


def _paragraph_style(style_id: str, name: str, based_on: str | None, ppr: str, rpr: str):
    """A ``w:style`` element for a paragraph style shown in Word's style gallery."""
    based = f'<w:basedOn w:val="{based_on}"/><w:next w:val="Normal"/>' if based_on else ""
    default = ' w:default="1"' if style_id == "Normal" else ""
    return parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph"{default} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}<w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _put_style(styles, new_style) -> None:
    """Replace the style with the same id, or add the style at the end."""
    style_id = new_style.get(qn("w:styleId"))
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) == style_id:
            styles.replace(old, new_style)
            return
    styles.append(new_style)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m lkj_excel.report.docx.gaya PATH")
    print(build_reference_docx(sys.argv[1]))
