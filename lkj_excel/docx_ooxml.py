"""The Word (OOXML) tricks the report needs, in one thin layer over python-docx.

python-docx covers paragraphs, runs, tables and sections; a formal LKjIP also needs
fields (table of contents, lists of tables and figures, numbered captions, page
numbers), table rows that repeat or do not split, vertical merges, shaded cells,
landscape sections and page numbers that switch from roman to arabic. Each of those
is one small function here, so that the report builder above reads like prose.

The last part uses LibreOffice, where installed, as a layout engine: it finds the
page of every heading and caption, and those pages are written into the document's
own table of contents and lists (:func:`update_indexes_with_libreoffice`); it also
prints the report to PDF (:func:`convert_to_pdf`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

CAPTION_STYLE = "Caption"
TOC = "TOC"
"""Key of the table of contents in :func:`fill_indexes` (lists are keyed by label)."""

TOC_PLACEHOLDER = "Klik kanan lalu pilih Perbarui Bidang untuk memperbarui daftar isi."
_LIST_PLACEHOLDER = "Klik kanan lalu pilih Perbarui Bidang untuk memperbarui daftar {label}."
_NO_ENTRIES = "Tidak ada entri daftar {label}."

# Child order that the schema demands inside the property elements touched here;
# an element out of order makes Word call the file corrupt.
_TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
    "w:tblCaption", "w:tblDescription", "w:tblPrChange",
)
_TRPR_ORDER = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
    "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc",
    "w:hidden", "w:ins", "w:del", "w:trPrChange",
)
_TCPR_ORDER = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders",
    "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
    "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
    "w:tcPrChange",
)
_TCMAR_ORDER = ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right")
_SECTPR_ORDER = (
    "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr",
    "w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType",
    "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
    "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
    "w:sectPrChange",
)
# (settings.xml: only the part from w:updateFields on matters here)
_SETTINGS_ORDER = (
    "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
    "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
    "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol",
    "w:listSeparator",
)

_TWIPS_PER_CM = 1440 / 2.54


def _replace_child(parent, tag: str, order: Sequence[str]):
    """Put a fresh ``tag`` element into ``parent`` at its schema position.

    Any existing ``tag`` child is removed first; the new one goes before the first
    child whose tag comes after ``tag`` in ``order``. Returns the new element.
    """
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    child = OxmlElement(tag)
    successors = {qn(t) for t in order[order.index(tag) + 1:]}
    following = next((c for c in parent if c.tag in successors), None)
    if following is None:
        parent.append(child)
    else:
        following.addprevious(child)
    return child


def _get_or_add_child(parent, tag: str, order: Sequence[str]):
    """Return the ``tag`` child of ``parent``, adding it at its schema position."""
    child = parent.find(qn(tag))
    return child if child is not None else _replace_child(parent, tag, order)


def _set_flag(parent, tag: str, order: Sequence[str], on: bool) -> None:
    """Add (``on``) or remove an on/off element such as ``w:cantSplit``."""
    if on:
        _replace_child(parent, tag, order)
    else:
        for old in parent.findall(qn(tag)):
            parent.remove(old)


def _paragraph_at_end(target) -> Paragraph:
    """A paragraph to write into: ``target`` itself, or a new one appended to it.

    ``target`` is a :class:`Paragraph`, or anything with ``add_paragraph()`` (a
    document, a table cell, a header or footer).
    """
    if isinstance(target, Paragraph):
        return target
    if isinstance(target, DocxDocument):
        return add_body_paragraph(target)
    return target.add_paragraph()


def _append_to_body(document: DocxDocument, block) -> None:
    """Put a block (``w:p``, ``w:tbl``) at the end of the body, before its section properties.

    python-docx finds the body's final ``w:sectPr`` by looking through every block of
    the body, each time a paragraph or table is added, which makes a long report
    quadratic to build; the ``w:sectPr`` is the body's last child.
    """
    body = document.element.body
    last = body[-1] if len(body) else None
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(block)
    else:
        body.append(block)


def add_body_paragraph(document: DocxDocument, text: str = "") -> Paragraph:
    """``document.add_paragraph(text)``, in constant time (see :func:`_append_to_body`)."""
    p = OxmlElement("w:p")
    _append_to_body(document, p)
    paragraph = Paragraph(p, document._body)
    if text:
        append_text(paragraph, text)
    return paragraph


def add_body_table(document: DocxDocument, cols: int, style_id: str | None = None) -> Table:
    """``document.add_table(0, cols)`` in constant time, in the table style of id ``style_id``.

    The columns get equal provisional widths; :func:`set_column_widths` sets them.
    """
    from docx.oxml.table import CT_Tbl

    tbl = CT_Tbl.new_tbl(0, cols, Length(cols * 1440 * 635))  # 1 inch a column until set
    if style_id:
        tbl.tblPr.style = style_id
    _append_to_body(document, tbl)
    return Table(tbl, document._body)


def _style_id(styles_element, name: str) -> str | None:
    """Id of the paragraph style called ``name`` (any letter case), None if absent.

    Word writes built-in names in lower case ("toc 1", "caption"), other tools
    sometimes capitalised, so the comparison ignores case.
    """
    wanted = name.lower()
    for style in styles_element.iterchildren(qn("w:style")):
        name_element = style.find(qn("w:name"))
        if (style.get(qn("w:type")) == "paragraph" and name_element is not None
                and name_element.get(qn("w:val"), "").lower() == wanted):
            return style.get(qn("w:styleId"))
    return None


# --------------------------------------------------------------------------- fields


def add_field(paragraph: Paragraph, instr: str, placeholder: str = "", *,
              dirty: bool = True) -> Paragraph:
    """Append a complex field (``w:fldChar`` begin/separate/end) to a paragraph.

    Args:
        paragraph: the paragraph that receives the field, after its existing runs.
        instr: the field code without braces, e.g. ``'PAGE'`` or
            ``'TOC \\o "1-3" \\h \\z \\u'``.
        placeholder: the cached result shown until the field is updated; give the
            right value wherever it is known, since viewers that never update fields
            show it as it is.
        dirty: mark the field so that Word recalculates it when opening the file.

    Returns:
        The same paragraph.
    """
    paragraph._p.extend(_field_runs(instr, placeholder, dirty=dirty))
    return paragraph


def _field_runs(instr: str, result: str, *, dirty: bool = False) -> list:
    """The five ``w:r`` of a complex field: begin, code, separate, result, end."""
    begin = _run(_fld_char("begin"))
    if dirty:
        begin[0].set(qn("w:dirty"), "true")
    code = _run(_text("w:instrText", f" {instr.strip()} "))
    return [begin, code, _run(_fld_char("separate")), _text_run(result), _run(_fld_char("end"))]


def _fld_char(kind: str):
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    return mark


def _text(tag: str, text: str):
    """A ``w:t`` or ``w:instrText`` keeping its spaces."""
    element = OxmlElement(tag)
    element.set(qn("xml:space"), "preserve")
    element.text = text
    return element


def _run(*children):
    run = OxmlElement("w:r")
    run.extend(children)
    return run


def _text_run(text: str):
    return _run(_text("w:t", text))


def append_text(paragraph: Paragraph, text: str) -> None:
    """Append a run of plain text: the XML of ``paragraph.add_run(text)``, built in one go.

    python-docx handles the text a character at a time (to turn tabs and line breaks
    into their elements), a tenth of the report's time; text holding those is still
    left to it.
    """
    if "\t" in text or "\n" in text or "\r" in text:
        paragraph.add_run(text)
        return
    t = OxmlElement("w:t")
    t.text = text
    if len(text.strip()) < len(text):
        t.set(qn("xml:space"), "preserve")
    paragraph._p.append(_run(t))


def add_toc(paragraph_or_doc, levels: str = "1-3", *,
            placeholder: str = TOC_PLACEHOLDER) -> Paragraph:
    """Insert a table of contents built from the heading styles.

    Args:
        paragraph_or_doc: an (empty) paragraph to hold the field, or a document to
            which a new paragraph is appended.
        levels: heading levels to list, as Word writes them (``"1-3"``).
        placeholder: text shown until the table is filled in (by Word, or by
            :func:`update_indexes_with_libreoffice`).

    Returns:
        The paragraph holding the field.
    """
    paragraph = _paragraph_at_end(paragraph_or_doc)
    return add_field(paragraph, f'TOC \\o "{levels}" \\h \\z \\u', placeholder)


def add_table_of_figures(paragraph_or_doc, label: str, *,
                         placeholder: str | None = None) -> Paragraph:
    """Insert the list of all captions of one label ("Tabel" or "Gambar").

    Args:
        paragraph_or_doc: an (empty) paragraph to hold the field, or a document to
            which a new paragraph is appended.
        label: the caption label, which is also the name of its SEQ field.
        placeholder: text shown until the list is filled in.

    Returns:
        The paragraph holding the field.
    """
    paragraph = _paragraph_at_end(paragraph_or_doc)
    if placeholder is None:
        placeholder = _LIST_PLACEHOLDER.format(label=label.lower())
    return add_field(paragraph, f'TOC \\h \\z \\c "{label}"', placeholder)


def add_caption(doc_or_paragraph, label: str, text: str, chapter_number: int | str,
                *, separator: str = " ", number: int | None = None) -> Paragraph:
    """Write a Word caption numbered within its chapter: "Tabel 3.2 Capaian ...".

    The number is the literal chapter prefix ("3.") followed by a SEQ field named
    after the label, so lists made by :func:`add_table_of_figures` collect the
    caption. The first caption of a label after a Heading 1 paragraph restarts
    the sequence explicitly (``\\r 1``), because LibreOffice ignores the "restart
    at each chapter" switch (``\\s 1``) that Word obeys; every caption has ``\\s 1``
    too, so captions a user later inserts in Word still number right. The field's
    cached result is already the number, so the caption reads right even where
    fields are never updated.

    Args:
        doc_or_paragraph: an (empty) paragraph to turn into the caption, or a
            document to which a new paragraph is appended. It must already be in
            the document body, where the earlier captions are counted.
        label: "Tabel" or "Gambar"; also the name of the sequence.
        text: the caption text after the number.
        chapter_number: the chapter's number as printed (3 for BAB III).
        separator: what stands between the number and ``text``.
        number: the caption's number within its chapter, where the caller keeps
            count; by default the captions before it since the last Heading 1 are
            counted (which takes longer the longer the document).

    Returns:
        The caption paragraph, in style "Caption".
    """
    paragraph = _paragraph_at_end(doc_or_paragraph)
    style_id = _caption_style_id(paragraph.part)
    if style_id is None:
        paragraph.style = CAPTION_STYLE  # python-docx's lookup, and its error where there is no such style
    else:
        paragraph._p.style = style_id  # much quicker than python-docx's lookup by name
    if number is None:
        number = _captions_before_in_chapter(paragraph, label) + 1
    restart = " \\r 1" if number == 1 else ""
    paragraph.add_run(f"{label} {chapter_number}.")
    add_field(paragraph, f"SEQ {label} \\* ARABIC{restart} \\s 1", str(number), dirty=False)
    paragraph.add_run(f"{separator}{text}")
    return paragraph


_CAPTION_STYLE_IDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _caption_style_id(part) -> str | None:
    """The caption style's id in a document part, looked up once per document."""
    if part not in _CAPTION_STYLE_IDS:
        _CAPTION_STYLE_IDS[part] = _style_id(part.styles.element, CAPTION_STYLE)
    return _CAPTION_STYLE_IDS[part]


def _captions_before_in_chapter(paragraph: Paragraph, label: str) -> int:
    """How many ``label`` captions precede ``paragraph`` since the last Heading 1."""
    heading_1 = _style_id(paragraph.part.styles.element, "heading 1")
    count = 0
    for p in paragraph._p.itersiblings(qn("w:p"), preceding=True):
        if p.style is not None and p.style == heading_1:
            break
        count += sum(1 for instr in p.iter(qn("w:instrText")) if _seq_label(instr.text) == label)
    return count


def _seq_label(instr: str | None) -> str | None:
    """The sequence name of a SEQ field code, None for any other field."""
    words = (instr or "").split()
    return words[1] if len(words) > 1 and words[0] == "SEQ" else None


def set_update_fields_on_open(document: DocxDocument, on: bool = True) -> None:
    """Ask Word to update every field (TOC, lists, captions) when it opens the file.

    Word asks the user before updating; LibreOffice ignores the setting.

    Args:
        document: the document whose ``settings.xml`` is changed.
        on: set (True) or remove (False) ``w:updateFields``.
    """
    _set_flag(document.settings.element, "w:updateFields", _SETTINGS_ORDER, on)


# --------------------------------------------------------------------------- tables


def set_repeat_table_header(row: _Row, on: bool = True) -> None:
    """Repeat ``row`` at the top of every page the table runs onto.

    Word repeats only an unbroken run of header rows starting at the first row.

    Args:
        row: a row of the table's first rows.
        on: repeat (True) or stop repeating (False).
    """
    _set_flag(row._tr.get_or_add_trPr(), "w:tblHeader", _TRPR_ORDER, on)


def set_cant_split(row: _Row, on: bool = True) -> None:
    """Keep a row on one page instead of breaking it across two.

    Args:
        row: the table row.
        on: keep together (True) or allow splitting (False).
    """
    _set_flag(row._tr.get_or_add_trPr(), "w:cantSplit", _TRPR_ORDER, on)


def keep_with_next(paragraph: Paragraph, on: bool = True) -> None:
    """Keep a paragraph on the same page as the next one (a caption and its table).

    Args:
        paragraph: the paragraph.
        on: keep with next (True) or not (False).
    """
    paragraph.paragraph_format.keep_with_next = on


_JC = {"l": "left", "c": "center", "r": "right", "j": "both"}


@dataclass
class CellSpec:
    """One cell of a row written by :func:`append_rows`.

    ``vmerge`` is "restart" for the top cell of a vertical merge, "continue" for the
    cells under it (their text is ignored: a merged cell shows only the top one's).
    """

    lines: Sequence[str] = ()
    span: int = 1
    vmerge: str | None = None
    fill: str | None = None
    valign: str | None = None
    align: str = "l"
    bold: bool = False
    keep_next: bool = False
    style_id: str | None = None


@dataclass
class RowSpec:
    cells: Sequence[CellSpec]
    cant_split: bool = True
    header: bool = False


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xml_text(text: str, quote: bool = False) -> str:
    """Text escaped for XML written as a string: element content, or with ``quote`` an
    attribute value in double quotes. Characters XML cannot hold (control characters
    a workbook cell may carry) are dropped."""
    text = _XML_INVALID.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def append_rows(table: Table, rows: Sequence[RowSpec]) -> None:
    """Append rows to a table, written as one piece of XML.

    The same XML as adding rows with python-docx and setting each cell's paragraphs,
    :func:`set_cell_shading`, ``vertical_alignment``, :func:`merge_vertical`,
    :func:`set_cant_split` and :func:`set_repeat_table_header`, but an order of
    magnitude faster: a report has thousands of cells. Each cell's
    width (``w:tcW``) is taken from the table's grid, so call
    :func:`set_column_widths` first.

    Raises:
        ValueError: if a row's spans do not add up to the grid's columns.
    """
    grid = [int(col.get(qn("w:w"), "0")) for col in table._tbl.tblGrid.gridCol_lst]
    parts = [f'<w:tbl xmlns:w="{_W_NS}">']
    for row in rows:
        if sum(cell.span for cell in row.cells) != len(grid):
            raise ValueError(f"row of {sum(c.span for c in row.cells)} columns in a table of {len(grid)}")
        parts.append("<w:tr>")
        if row.cant_split or row.header:
            parts.append("<w:trPr>" + ("<w:cantSplit/>" if row.cant_split else "")
                         + ("<w:tblHeader/>" if row.header else "") + "</w:trPr>")
        col = 0
        for cell in row.cells:
            parts.append(_cell_xml(cell, sum(grid[col:col + cell.span])))
            col += cell.span
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    tbl = table._tbl
    for tr in parse_xml("".join(parts)):
        tbl.append(tr)


def _cell_xml(cell: CellSpec, width: int) -> str:
    props = [f'<w:tcW w:type="dxa" w:w="{width}"/>']
    if cell.span > 1:
        props.append(f'<w:gridSpan w:val="{cell.span}"/>')
    if cell.vmerge == "restart":
        props.append('<w:vMerge w:val="restart"/>')
    elif cell.vmerge == "continue":
        props.append("<w:vMerge/>")
    if cell.fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill.lstrip("#").upper()}"/>')
    if cell.valign:
        props.append(f'<w:vAlign w:val="{cell.valign}"/>')
    head = "<w:tc><w:tcPr>" + "".join(props) + "</w:tcPr>"
    if cell.vmerge == "continue":
        return head + "<w:p/></w:tc>"
    ppr = ((f'<w:pStyle w:val="{cell.style_id}"/>' if cell.style_id else "")
           + ("<w:keepNext/>" if cell.keep_next else "") + f'<w:jc w:val="{_JC[cell.align]}"/>')
    rpr = "<w:rPr><w:b/></w:rPr>" if cell.bold else ""
    paragraphs = []
    for line in cell.lines or [""]:
        run = f'<w:r>{rpr}<w:t xml:space="preserve">{xml_text(line)}</w:t></w:r>' if line else ""
        paragraphs.append(f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>")
    return head + "".join(paragraphs) + "</w:tc>"


def merge_vertical(table: Table, col: int, start_row: int, end_row: int) -> _Cell:
    """Merge the cells of one column from ``start_row`` to ``end_row`` (inclusive).

    Unlike ``_Cell.merge`` the text of the lower cells is dropped, not appended:
    only the top cell's content remains.

    Args:
        table: the table.
        col: zero-based grid column.
        start_row: zero-based first row of the merge.
        end_row: zero-based last row of the merge, not before ``start_row``.

    Returns:
        The top cell, which holds the content of the merged cell.

    Raises:
        ValueError: if ``end_row`` is before ``start_row``.
    """
    if end_row < start_row:
        raise ValueError(f"end_row {end_row} is before start_row {start_row}")
    top, *below = (_tc_at_grid_column(tr, col)
                   for tr in table._tbl.tr_lst[start_row:end_row + 1])
    if below:
        top.vMerge = "restart"
    for tc in below:
        tc.vMerge = "continue"
        for child in list(tc):
            if child.tag != qn("w:tcPr"):
                tc.remove(child)
        tc.append(OxmlElement("w:p"))  # a cell must end with a paragraph
    return _Cell(top, table)


def _tc_at_grid_column(tr, col: int):
    """The ``w:tc`` of a row that starts at (or spans) grid column ``col``."""
    position = 0
    for tc in tr.tc_lst:
        if position <= col < position + tc.grid_span:
            return tc
        position += tc.grid_span
    raise IndexError(f"row has no cell at grid column {col}")


def set_cell_shading(cell: _Cell, hex_fill: str) -> None:
    """Fill a cell's background with a solid colour.

    Args:
        cell: the table cell.
        hex_fill: RGB colour as six hex digits, e.g. ``"D9D9D9"`` (a leading ``#``
            is accepted).
    """
    tcPr = cell._tc.get_or_add_tcPr()
    shd = _replace_child(tcPr, "w:shd", _TCPR_ORDER)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill.lstrip("#").upper())


def set_cell_margins(cell_or_table: _Cell | Table, *, top: Length | None = None,
                     bottom: Length | None = None, left: Length | None = None,
                     right: Length | None = None) -> None:
    """Set the inner margins of one cell, or the default margins of a whole table.

    Args:
        cell_or_table: a cell (``w:tcMar``) or a table (``w:tblCellMar``).
        top, bottom, left, right: margins as python-docx lengths (``Cm(0.1)``);
            a side left as None is not changed.
    """
    if isinstance(cell_or_table, Table):
        margins = _get_or_add_child(cell_or_table._tbl.tblPr, "w:tblCellMar", _TBLPR_ORDER)
    else:
        tcPr = cell_or_table._tc.get_or_add_tcPr()
        margins = _get_or_add_child(tcPr, "w:tcMar", _TCPR_ORDER)
    # "left"/"right" rather than the newer "start"/"end": older Word reads only those.
    for side, length in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        if length is not None:
            edge = _replace_child(margins, f"w:{side}", _TCMAR_ORDER)
            edge.set(qn("w:w"), str(Length(length).twips))
            edge.set(qn("w:type"), "dxa")


def set_table_borders(table: Table, size: int = 4, color: str = "000000") -> None:
    """Draw single lines around and between all cells of a table.

    Args:
        table: the table.
        size: line width in eighths of a point (4 = ½ pt).
        color: RGB colour as six hex digits.
    """
    borders = _replace_child(table._tbl.tblPr, "w:tblBorders", _TBLPR_ORDER)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size))
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), color)
        borders.append(line)


def set_table_fixed_layout(table: Table) -> None:
    """Use the given column widths instead of letting the application fit the text.

    Args:
        table: the table.
    """
    table.autofit = False  # python-docx writes w:tblLayout w:type="fixed"


def set_column_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Give every column of a table its width, the same way to Word and LibreOffice.

    Word reads the cells' ``w:tcW``, LibreOffice the ``w:tblGrid``; both are
    written, as well as the table width, and the layout is made fixed.

    Args:
        table: the table.
        widths_cm: one width in centimetres per grid column.

    Raises:
        ValueError: if the number of widths is not the number of grid columns.
    """
    tbl = table._tbl
    grid_cols = tbl.tblGrid.gridCol_lst
    if len(widths_cm) != len(grid_cols):
        raise ValueError(f"{len(widths_cm)} widths for {len(grid_cols)} columns")
    twips = [round(w * _TWIPS_PER_CM) for w in widths_cm]
    for grid_col, w in zip(grid_cols, twips):
        grid_col.set(qn("w:w"), str(w))
    for tr in tbl.tr_lst:
        position = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcW = _get_or_add_child(tc.get_or_add_tcPr(), "w:tcW", _TCPR_ORDER)
            tcW.set(qn("w:w"), str(sum(twips[position:position + span])))
            tcW.set(qn("w:type"), "dxa")
            position += span
    tblW = _get_or_add_child(tbl.tblPr, "w:tblW", _TBLPR_ORDER)
    tblW.set(qn("w:w"), str(sum(twips)))
    tblW.set(qn("w:type"), "dxa")
    set_table_fixed_layout(table)


# ------------------------------------------------------------------------- sections


def set_page_numbering(section: Section, number_format: str = "decimal",
                       restart_at: int | None = None) -> None:
    """Choose how a section numbers its pages.

    Args:
        section: the section.
        number_format: ``"lowerRoman"`` (i, ii, ...), ``"decimal"``, or another
            ``ST_NumberFormat`` value such as ``"upperRoman"``.
        restart_at: first page number of the section, or None to continue from
            the previous section.
    """
    pgNumType = _replace_child(section._sectPr, "w:pgNumType", _SECTPR_ORDER)
    pgNumType.set(qn("w:fmt"), number_format)
    if restart_at is not None:
        pgNumType.set(qn("w:start"), str(restart_at))


def new_section(doc: DocxDocument, landscape: bool = False,
                page_number_format: str = "decimal",
                restart_at: int | None = None) -> Section:
    """Start a new section on a new page, portrait or landscape.

    Headers and footers carry on from the previous section (linked) until changed.

    Args:
        doc: the document.
        landscape: turn the page sideways (width and height swapped) if True.
        page_number_format: ``"lowerRoman"`` or ``"decimal"`` (see
            :func:`set_page_numbering`).
        restart_at: first page number of the new section, or None to continue.

    Returns:
        The new (last) section.
    """
    section = doc.add_section(WD_SECTION_START.NEW_PAGE)
    width, height = section.page_width, section.page_height
    if landscape != (width > height):
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    set_page_numbering(section, page_number_format, restart_at)
    return section


def add_page_number_field(paragraph: Paragraph) -> Paragraph:
    """Append the current page number (a PAGE field) to a paragraph.

    The number is shown in the format of the section the page belongs to.

    Args:
        paragraph: usually a footer or header paragraph.

    Returns:
        The same paragraph.
    """
    return add_field(paragraph, "PAGE", "1", dirty=False)


def set_footer_page_number(section: Section, *,
                           alignment: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
                           text_before: str = "") -> Paragraph:
    """Give a section its own footer holding the page number.

    Args:
        section: the section; its footer is unlinked from the previous section
            and its content replaced.
        alignment: where the number stands on the line.
        text_before: text in front of the number, e.g. ``"Halaman "``.

    Returns:
        The footer paragraph.
    """
    paragraph = _own_single_paragraph(section.footer, "Footer")
    paragraph.alignment = alignment
    if text_before:
        paragraph.add_run(text_before)
    return add_page_number_field(paragraph)


def set_header_text(section: Section, text: str, *,
                    alignment: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.RIGHT) -> Paragraph:
    """Give a section its own header holding one line of text.

    Args:
        section: the section; its header is unlinked from the previous section
            and its content replaced.
        text: the header line (may be empty to blank the header).
        alignment: where the text stands on the line.

    Returns:
        The header paragraph.
    """
    paragraph = _own_single_paragraph(section.header, "Header")
    paragraph.alignment = alignment
    if text:
        paragraph.add_run(text)
    return paragraph


def _own_single_paragraph(header_or_footer, style_name: str) -> Paragraph:
    """Unlink a header/footer and empty it down to one blank paragraph in its style."""
    header_or_footer.is_linked_to_previous = False
    element = header_or_footer._element
    for child in list(element):
        element.remove(child)
    paragraph = header_or_footer.add_paragraph()
    try:
        paragraph.style = style_name  # single-spaced, unlike the body text
    except KeyError:
        pass  # a document without that style keeps Normal
    return paragraph


# -------------------------------------------------------------- reading and filling indexes


@dataclass
class _Field:
    """A complex field as found in a document, with its result text per paragraph."""

    begin: object
    instr: str = ""
    separate: object | None = None
    end: object | None = None
    lines: list[str] = field(default_factory=list)
    last_paragraph: object | None = None

    @property
    def index_key(self) -> str | None:
        """TOC for a table of contents from headings, the label for a list of
        captions (``TOC \\c "Tabel"``), None for any other field."""
        words = self.instr.split()
        if words[:1] != ["TOC"]:
            return None
        label = re.search(r'\\c\s+"?([^"\s]+)', self.instr)
        if label:
            return label.group(1)
        return TOC if "\\o" in self.instr or "\\u" in self.instr else None

    @property
    def heading_levels(self) -> range:
        """Heading levels listed by a table of contents (``\\o "1-3"``)."""
        levels = re.search(r'\\o\s+"(\d)-(\d)"', self.instr)
        return range(int(levels.group(1)), int(levels.group(2)) + 1) if levels else range(1, 10)


def _fields(root) -> list[_Field]:
    """Every complete complex field under ``root``, in the order they end."""
    text_tags = (qn("w:t"), qn("w:tab"))
    done: list[_Field] = []
    open_fields: list[_Field] = []
    paragraph = None
    for node in root.iter(qn("w:p"), qn("w:fldChar"), qn("w:instrText"), *text_tags):
        if node.tag == qn("w:p"):
            paragraph = node
        elif node.tag == qn("w:fldChar"):
            kind = node.get(qn("w:fldCharType"))
            if kind == "begin":
                open_fields.append(_Field(begin=node))
            elif open_fields and kind == "separate":
                open_fields[-1].separate = node
            elif open_fields and kind == "end":
                open_fields[-1].end = node
                done.append(open_fields.pop())
        elif node.tag == qn("w:instrText"):
            if open_fields and open_fields[-1].separate is None:
                open_fields[-1].instr += node.text or ""
        elif node.getparent().tag == qn("w:r"):  # text, not a tab stop in w:pPr
            text = "\t" if node.tag == qn("w:tab") else node.text or ""
            for f in open_fields:
                if f.separate is not None:
                    if f.last_paragraph is not paragraph:
                        f.lines.append("")
                        f.last_paragraph = paragraph
                    f.lines[-1] += text
    return done


def index_entries(document: DocxDocument, key: str = TOC) -> list[str]:
    """The lines of the document's table of contents, or of one list of captions.

    Args:
        document: the document.
        key: :data:`TOC` for the table of contents, or a caption label ("Tabel")
            for the list of those captions.

    Returns:
        One string per entry, "title<TAB>page"; the placeholder text while the
        index has not been filled; an empty list when there is no such index.
    """
    for f in _fields(document.element.body):
        if f.index_key == key:
            return f.lines
    return []


def _page_of(line: str) -> str:
    """The page number at the end of an index line ("BAB I PENDAHULUAN\\t1")."""
    return line.rpartition("\t")[2].strip() if "\t" in line else ""


@dataclass(frozen=True)
class _Entry:
    """One line of an index: the heading or caption it lists, and its page."""

    target: object  # the heading's or caption's w:p
    text: str
    level: int
    page: str = ""


def fill_indexes(document: DocxDocument, laid_out: Mapping[str, Sequence[str]]) -> bool:
    """Write the entries of the table of contents and the lists, with their pages.

    The pages come from a copy of the document whose indexes were built by an
    office suite (see :func:`update_indexes_with_libreoffice`): each heading or
    caption takes the page of the line with the same text, in order; lines
    matching nothing here (LibreOffice lists blank headings) are passed over.
    The entries are made the way Word makes them: one paragraph per heading or
    caption in the style "TOC n" or "Table of Figures" (where the document has
    it), with a dotted right tab, a hyperlink to a bookmark on the heading and a
    PAGEREF field whose cached result is the page. The fields are left clean, so
    the entries show as they are; Word recomputes them when asked to update.

    Args:
        document: the document, changed in place.
        laid_out: for :data:`TOC` and for each caption label, the lines of that
            index in the laid-out copy, "title<TAB>page" as :func:`index_entries`
            reads them. Indexes not in the mapping are left alone.

    Returns:
        True when every index given was filled; False, with the document
        unchanged, when a heading or caption has no line of its own in
        ``laid_out``, or an index field is not made of whole body paragraphs.
    """
    body = document.element.body
    fields = _fields(body)
    styles = document.styles.element
    plans = []
    for index in (f for f in fields if f.index_key in laid_out):
        targets = _index_targets(body, fields, index, styles)
        pages = _match_pages([t.text for t in targets], laid_out[index.index_key])
        if pages is None or _result_paragraphs(index) is None:
            return False
        plans.append((index, [replace(t, page=page) for t, page in zip(targets, pages)]))
    for index, entries in plans:
        _write_index(document, index, entries)
    return True


def _match_pages(titles: Sequence[str], lines: Sequence[str]) -> list[str] | None:
    """The page of each title: that of the next line with the same text, or None."""
    pages = []
    remaining = iter(lines)
    for title in titles:
        wanted = title.casefold()
        for line in remaining:
            text, _, page = line.rpartition("\t")
            if " ".join(text.split()).casefold() == wanted:
                pages.append(page.strip())
                break
        else:
            return None
    return pages


def _index_targets(body, fields: list[_Field], index: _Field, styles) -> list[_Entry]:
    """Everything an index lists, in document order, without pages yet."""
    if index.index_key == TOC:
        levels = {_style_id(styles, f"heading {n}"): n for n in index.heading_levels}
        levels.pop(None, None)
        headings = [_Entry(p, _entry_text(p), levels.get(p.style, 0))
                    for p in body.iter(qn("w:p"))]
        return [h for h in headings if h.text and h.level]
    captions = [f.begin for f in fields if _seq_label(f.instr) == index.index_key]
    paragraphs = dict.fromkeys(next(c.iterancestors(qn("w:p"))) for c in captions)
    return [_Entry(p, _entry_text(p), 1) for p in paragraphs]


def _entry_text(p) -> str:
    """A paragraph's text on one line, as an index entry shows it."""
    return " ".join(p.text.split())


def _result_paragraphs(index: _Field) -> list | None:
    """The paragraphs from an index field's begin mark to its end mark.

    None when the field is not laid out the simple way Word and this module write
    it (marks in runs directly in body paragraphs, following each other).
    """
    if index.separate is None:
        return None
    first = index.begin.getparent().getparent()
    last = index.end.getparent().getparent()
    if first.tag != qn("w:p") or index.separate.getparent().getparent() is not first:
        return None
    span = [first]
    for p in first.itersiblings():
        if span[-1] is last:
            break
        span.append(p)
    return span if span[-1] is last and all(p.tag == qn("w:p") for p in span) else None


def _write_index(document: DocxDocument, index: _Field, entries: Sequence[_Entry]) -> None:
    """Replace an index field's result with one paragraph per entry."""
    first, *others = _result_paragraphs(index)
    end_run = index.end.getparent()
    tail = list(end_run.itersiblings())  # whatever follows the field in its paragraph
    for node in list(index.separate.getparent().itersiblings()):
        first.remove(node)
    for p in others:
        p.getparent().remove(p)
    index.begin.attrib.pop(qn("w:dirty"), None)

    styles = document.styles.element
    tab_position = _text_width_twips(document, first)
    bookmark_ids = _BookmarkIds(document.element.body)
    paragraphs = [first] + [OxmlElement("w:p") for _ in entries[1:]]
    for p, entry in zip(paragraphs, entries):
        _format_entry_paragraph(p, styles, index.index_key, entry.level, tab_position)
        anchor = bookmark_ids.bookmark(entry.target)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), anchor)
        link.set(qn("w:history"), "1")
        link.append(_text_run(entry.text))
        link.append(_run(OxmlElement("w:tab")))
        link.extend(_field_runs(f"PAGEREF {anchor} \\h", entry.page))
        p.append(link)
    if not entries:
        label = index.index_key.lower() if index.index_key != TOC else "isi"
        first.append(_text_run(_NO_ENTRIES.format(label=label)))
    for p, following in zip(paragraphs, paragraphs[1:]):
        p.addnext(following)
    paragraphs[-1].append(end_run)
    paragraphs[-1].extend(tail)


def _format_entry_paragraph(p, styles, key: str, level: int, tab_position: int) -> None:
    """Style an index entry paragraph: its TOC style, and a dotted tab to the margin."""
    style_name = f"toc {level}" if key == TOC else "table of figures"
    style_id = _style_id(styles, style_name)
    pPr = p.get_or_add_pPr()
    for child in list(pPr):
        if child.tag != qn("w:sectPr"):  # a section break stays where it was
            pPr.remove(child)
    if style_id:
        p.style = style_id
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(tab_position))
    tabs.append(tab)
    pPr.insert_element_before(tabs, "w:suppressAutoHyphens", "w:kinsoku", "w:spacing",
                              "w:ind", "w:jc", "w:outlineLvl", "w:rPr", "w:sectPr")
    if not style_id and level > 1:
        # No "TOC n" style to indent the level: indent the paragraph itself.
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(round((level - 1) * 0.5 * _TWIPS_PER_CM)))
        pPr.insert_element_before(ind, "w:jc", "w:outlineLvl", "w:rPr", "w:sectPr")


def _text_width_twips(document: DocxDocument, p) -> int:
    """Width between the margins of the section that holds body paragraph ``p``."""
    sectPr = next((q.pPr.sectPr for q in (p, *p.itersiblings(qn("w:p")))
                   if q.pPr is not None and q.pPr.sectPr is not None),
                  document.element.body.sectPr)
    section = Section(sectPr, document.part)
    return Length(section.page_width - section.left_margin - section.right_margin).twips


class _BookmarkIds:
    """Hands out ``_Toc`` bookmarks on headings and captions, reusing existing ones."""

    def __init__(self, body):
        starts = list(body.iter(qn("w:bookmarkStart")))
        self._next_id = 1 + max((int(b.get(qn("w:id"), 0)) for b in starts), default=0)
        names = {b.get(qn("w:name")) for b in starts}
        self._next_number = 1 + max((int(n[4:]) for n in names
                                     if n and n.startswith("_Toc") and n[4:].isdigit()),
                                    default=100000000)

    def bookmark(self, p) -> str:
        """Name of the ``_Toc`` bookmark around paragraph ``p`` (added if missing)."""
        for start in p.iterchildren(qn("w:bookmarkStart")):
            if start.get(qn("w:name"), "").startswith("_Toc"):
                return start.get(qn("w:name"))
        name = f"_Toc{self._next_number}"
        self._next_number += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._next_id))
        self._next_id += 1
        pPr = p.pPr
        if pPr is not None:
            pPr.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)
        return name


# ----------------------------------------------------------------------- LibreOffice

_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

# Runs inside LibreOffice: load the document, refresh the fields, rebuild every
# index (twice: a table of contents that grows can push the pages it lists), store
# the result as .docx to be read for its page numbers, and quit. On any error it
# quits at once: the handler does nothing that could fail again, as an error
# inside it would leave a headless LibreOffice waiting on a dialog nobody sees.
# {source} and {target} are file URLs.
_UPDATE_MACRO = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub UpdateIndexes
    Dim oDoc As Object
    On Error GoTo Failed
    Dim aLoad(0) As New com.sun.star.beans.PropertyValue
    aLoad(0).Name = &quot;Hidden&quot;
    aLoad(0).Value = True
    oDoc = StarDesktop.loadComponentFromURL(&quot;{source}&quot;, &quot;_blank&quot;, 0, aLoad())
    oIndexes = oDoc.getDocumentIndexes()
    For iPass = 1 To 2
        oDoc.getTextFields().refresh()
        For i = 0 To oIndexes.getCount() - 1
            oIndexes.getByIndex(i).update()
        Next i
    Next iPass
    Dim aStore(0) As New com.sun.star.beans.PropertyValue
    aStore(0).Name = &quot;FilterName&quot;
    aStore(0).Value = &quot;MS Word 2007 XML&quot;
    oDoc.storeToURL(&quot;{target}&quot;, aStore())
    oDoc.close(True)
    StarDesktop.terminate()
    Exit Sub
Failed:
    If Not IsNull(oDoc) Then oDoc.setModified(False)
    StarDesktop.terminate()
End Sub
</script:module>
"""


def find_soffice() -> str | None:
    """Locate LibreOffice's ``soffice`` program.

    Looks on the PATH (``soffice``, ``libreoffice``), then in the usual install
    folders of Windows and macOS.

    Returns:
        The program's path, or None when LibreOffice is not installed.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates = list(_WINDOWS_SOFFICE) if sys.platform == "win32" else []
    candidates.append("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    return next((c for c in candidates if Path(c).is_file()), None)


def _run_soffice(soffice: str, args: Sequence[str], profile: Path, timeout: float) -> bool:
    """Run LibreOffice headless with its own profile; True when it exits with 0.

    The profile keeps the run apart from any LibreOffice the user has open. When
    the run outlives ``timeout`` seconds it is killed, with what it started.
    """
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--invisible", "--norestore", "--nolockcheck", "--nodefault", *args]
    options: dict = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL,
                     "stdin": subprocess.DEVNULL}
    if os.name == "posix":
        # soffice is a shell script that starts soffice.bin: a session of their own
        # lets a timeout end both.
        options["start_new_session"] = True
    try:
        process = subprocess.Popen(command, **options)
    except OSError:
        return False
    try:
        return process.wait(timeout=timeout) == 0
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            try:
                os.killpg(process.pid, 9)
            except ProcessLookupError:
                pass
        else:
            process.kill()
        process.wait()
        return False


def _install_update_macro(soffice: str, profile: Path, source: Path, target: Path,
                          timeout: float) -> bool:
    """Make a LibreOffice profile whose Basic "Standard.Module1" is the update macro.

    LibreOffice fills a new profile with its default Basic library on first start,
    overwriting anything put there before, so the profile is created first and
    the module written over afterwards. Returns False if that failed.
    """
    _run_soffice(soffice, ["--terminate_after_init"], profile, timeout)
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.is_file():
        return False
    module.write_text(_UPDATE_MACRO.format(source=_basic_string(source.as_uri()),
                                           target=_basic_string(target.as_uri())),
                      encoding="utf-8")
    return True


def _basic_string(text: str) -> str:
    """Escape text for a Basic string literal inside the module's XML."""
    return (text.replace('"', '""').replace("&", "&amp;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def update_indexes_with_libreoffice(docx_path: str | os.PathLike, soffice: str | None = None,
                                    timeout: float = 180) -> bool:
    """Fill in the table of contents and the lists of tables and figures, with pages.

    LibreOffice (headless, with a throwaway profile) lays a copy of the document
    out and rebuilds every index in it; the page numbers found there are written
    into the document's own fields with :func:`fill_indexes`, and the file is
    replaced atomically. Only the index results change: styles, captions, settings
    and the rest stay as built (LibreOffice's own .docx export would rename styles
    and drop the chapter switches of the caption numbers). Before it replaces the
    file, the result must open with python-docx and its table of contents, if it
    has one, must list entries with page numbers.

    Args:
        docx_path: the .docx file to update in place.
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.
        timeout: seconds LibreOffice may take in all before it is stopped.

    Returns:
        True when the file was updated; False, with the file untouched, when
        the file is not a readable .docx, LibreOffice is missing, fails or runs
        out of time, or its layout does not match the document's headings and
        captions. Never raises for those.
    """
    soffice = soffice or find_soffice()
    source = Path(docx_path).resolve()
    if soffice is None:
        return False
    try:
        document = docx.Document(str(source))
    except Exception:  # noqa: BLE001 - no file, or not a .docx: nothing to update
        return False
    laid_out = _indexes_laid_out_by_libreoffice(soffice, source, timeout)
    if laid_out is None:
        return False
    indexes = {f.index_key for f in _fields(document.element.body)} - {None}
    if not indexes <= laid_out.keys() or not fill_indexes(document, laid_out):
        return False
    return _replace_file(document, source, toc_expected=TOC in indexes)


def _indexes_laid_out_by_libreoffice(soffice: str, source: Path,
                                     timeout: float) -> dict[str, list[str]] | None:
    """The lines of every index once LibreOffice laid the document out.

    Returns:
        For :data:`TOC` and each caption label, the index lines ("title<TAB>page");
        None when LibreOffice did not produce a readable result.
    """
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="lkj-lo-", ignore_cleanup_errors=True) as work:
        laid_out = Path(work) / "laid-out.docx"
        profile = Path(work) / "profile"
        if not _install_update_macro(soffice, profile, source, laid_out, timeout):
            return None
        remaining = max(deadline - time.monotonic(), 1)
        _run_soffice(soffice, ["macro:///Standard.Module1.UpdateIndexes"], profile, remaining)
        try:
            body = docx.Document(str(laid_out)).element.body
        except Exception:  # noqa: BLE001 - no file, or not a .docx: no layout to use
            return None
    return {f.index_key: f.lines for f in _fields(body) if f.index_key is not None}


def _replace_file(document: DocxDocument, path: Path, toc_expected: bool) -> bool:
    """Save over ``path`` atomically once the saved copy passes the checks."""
    # Staged in the same folder, so that os.replace is a rename on one file system.
    handle, staged_name = tempfile.mkstemp(suffix=".docx", dir=path.parent)
    os.close(handle)
    staged = Path(staged_name)
    try:
        document.save(str(staged))
        toc = index_entries(docx.Document(str(staged)), TOC)
        if toc_expected and not (toc and all(_page_of(line) for line in toc)):
            staged.unlink()
            return False
        shutil.copymode(path, staged)
        os.replace(staged, path)
    except OSError:
        staged.unlink(missing_ok=True)
        return False
    return True


def convert_to_pdf(docx_path: str | os.PathLike, out_dir: str | os.PathLike,
                   soffice: str | None = None, timeout: float = 180) -> Path | None:
    """Print a .docx to PDF with LibreOffice.

    Args:
        docx_path: the document.
        out_dir: folder for the PDF (created if missing); the PDF takes the
            document's name with ``.pdf``.
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.
        timeout: seconds LibreOffice may take before it is stopped.

    Returns:
        The PDF's path, or None when LibreOffice is missing or failed.
    """
    soffice = soffice or find_soffice()
    source = Path(docx_path).resolve()
    if soffice is None or not source.is_file():
        return None
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    pdf = out / f"{source.stem}.pdf"
    pdf.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="lkj-lo-") as work:
        _run_soffice(soffice, ["--convert-to", "pdf", "--outdir", str(out), str(source)],
                     Path(work) / "profile", timeout)
    return pdf if pdf.is_file() else None
