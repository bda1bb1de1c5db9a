"""The Word (OOXML) tricks the report needs, in one thin layer over python-docx.

python-docx covers paragraphs, runs, tables and sections; a formal LKjIP also needs
fields (table of contents, lists of tables and figures, numbered captions, page
numbers), landscape sections and page numbers that switch from roman to arabic, and a
few shortcuts where python-docx is too slow for a long report. Each of those is one
small function here, so that the report builder above reads like prose.

The rest of the XML layer: the table tricks (rows that repeat or do not split,
vertical merges, shaded cells, rows written as one piece of XML) are in
:mod:`.ooxml_tabel`; filling the indexes with their page numbers in :mod:`.indeks`;
the copy that LibreOffice lays out in :mod:`.tata_letak`; the chart parts in
:mod:`.grafik`. No other module of the report touches the XML.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.text.paragraph import Paragraph

CAPTION_STYLE = "Caption"
TOC_PLACEHOLDER = "Klik kanan lalu pilih Perbarui Bidang untuk memperbarui daftar isi."
_LIST_PLACEHOLDER = "Klik kanan lalu pilih Perbarui Bidang untuk memperbarui daftar {label}."

# Child order that the schema demands inside the property elements touched here;
# an element out of order makes Word call the file corrupt.
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

TWIPS_PER_CM = 1440 / 2.54


# ------------------------------------------------------- schema order


def replace_child(parent, tag: str, order: Sequence[str]):
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


def get_or_add_child(parent, tag: str, order: Sequence[str]):
    """Return the ``tag`` child of ``parent``, adding it at its schema position."""
    child = parent.find(qn(tag))
    return child if child is not None else replace_child(parent, tag, order)


def set_flag(parent, tag: str, order: Sequence[str], on: bool) -> None:
    """Add (``on``) or remove an on/off element such as ``w:cantSplit``."""
    if on:
        replace_child(parent, tag, order)
    else:
        for old in parent.findall(qn(tag)):
            parent.remove(old)


# ------------------------------------------------------ paragraphs and styles


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


def append_to_body(document: DocxDocument, block) -> None:
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
    """``document.add_paragraph(text)``, in constant time (see :func:`append_to_body`)."""
    p = OxmlElement("w:p")
    append_to_body(document, p)
    paragraph = Paragraph(p, document._body)
    if text:
        append_text(paragraph, text)
    return paragraph


def paragraph_style_id(styles_element, name: str) -> str | None:
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


def keep_with_next(paragraph: Paragraph, on: bool = True) -> None:
    """Keep a paragraph on the same page as the next one (a caption and its table).

    Args:
        paragraph: the paragraph.
        on: keep with next (True) or not (False).
    """
    paragraph.paragraph_format.keep_with_next = on


def clear_body(document: DocxDocument) -> None:
    """Drop every paragraph and table of a document, keeping its final section properties.

    The reference styles document is opened for its styles and its page set-up (size,
    margins, header distance: the body's last ``w:sectPr``); its content is not wanted.
    """
    document.element.body.clear_content()


def set_paragraph_style_id(paragraph: Paragraph, style_id: str) -> None:
    """Give a paragraph the style whose id (not name) is ``style_id``.

    Same as ``paragraph.style = name`` once the id is known; python-docx looks the
    name up among the styles on every call, which took a fifth of the report's time.
    """
    paragraph._p.style = style_id


def remove_paragraph(paragraph: Paragraph) -> None:
    """Take a paragraph out of the document, e.g. one left empty because its picture could not be read."""
    element = paragraph._p
    element.getparent().remove(element)


def default_font(document: DocxDocument) -> str | None:
    """The typeface of the document defaults (``w:docDefaults``), None where they name none."""
    fonts = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii")
    return fonts[0] if fonts else None


# --------------------------------------------------------------------- fields


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
    paragraph._p.extend(field_runs(instr, placeholder, dirty=dirty))
    return paragraph


def field_runs(instr: str, result: str, *, dirty: bool = False) -> list:
    """The five ``w:r`` of a complex field: begin, code, separate, result, end."""
    begin = new_run(_fld_char("begin"))
    if dirty:
        begin[0].set(qn("w:dirty"), "true")
    code = new_run(_text("w:instrText", f" {instr.strip()} "))
    return [begin, code, new_run(_fld_char("separate")), new_text_run(result), new_run(_fld_char("end"))]


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


def new_run(*children):
    """A ``w:r`` holding the given elements."""
    run = OxmlElement("w:r")
    run.extend(children)
    return run


def new_text_run(text: str):
    """A ``w:r`` of plain text, its spaces kept."""
    return new_run(_text("w:t", text))


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
    paragraph._p.append(new_run(t))


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
        _CAPTION_STYLE_IDS[part] = paragraph_style_id(part.styles.element, CAPTION_STYLE)
    return _CAPTION_STYLE_IDS[part]


def _captions_before_in_chapter(paragraph: Paragraph, label: str) -> int:
    """How many ``label`` captions precede ``paragraph`` since the last Heading 1."""
    heading_1 = paragraph_style_id(paragraph.part.styles.element, "heading 1")
    count = 0
    for p in paragraph._p.itersiblings(qn("w:p"), preceding=True):
        if p.style is not None and p.style == heading_1:
            break
        count += sum(1 for instr in p.iter(qn("w:instrText")) if seq_label(instr.text) == label)
    return count


def seq_label(instr: str | None) -> str | None:
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
    set_flag(document.settings.element, "w:updateFields", _SETTINGS_ORDER, on)


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str, quote: bool = False) -> str:
    """Text escaped for XML written as a string: element content, or with ``quote`` an
    attribute value in double quotes. Characters XML cannot hold (control characters
    a workbook cell may carry) are dropped."""
    text = _XML_INVALID.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


# ------------------------------------------------------------------- sections


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
    pgNumType = replace_child(section._sectPr, "w:pgNumType", _SECTPR_ORDER)
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


def set_picture_description(shape, text: str) -> None:
    """Give an inline picture (python-docx ``InlineShape``) its alternative text (``wp:docPr/@descr``).

    Word shows it as the picture's "Alt Text"; screen readers and a tagged PDF read it.
    """
    shape._inline.docPr.set("descr", text)

