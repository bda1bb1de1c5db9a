"""The indexes of the report: its table of contents and lists of tables and figures, read and filled.

The indexes are fields (:func:`.ooxml.add_toc`, :func:`.ooxml.add_table_of_figures`)
that Word fills when it opens the document. To show page numbers before that (and in
viewers that never update fields), an office suite lays a copy of the document out
(:func:`lkj_excel.report.libreoffice.update_indexes_with_libreoffice`); the pages
found there are written into the document's own fields with :func:`fill_indexes`, the
way Word writes its entries. The copy LibreOffice lays out is made by
:func:`lkj_excel.report.docx.tata_letak.layout_copy`: the same pages, with less for
LibreOffice to import, and its indexes prefilled (:func:`prefill_indexes`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Length
from lxml import etree

from .ooxml import TWIPS_PER_CM, paragraph_style_id, seq_label, xml_text

_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}

TOC = "TOC"
"""Key of the table of contents in :func:`fill_indexes` (lists are keyed by label)."""
_NO_ENTRIES = "Tidak ada entri daftar {label}."


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
    P, FLD_CHAR, INSTR, T, TAB, R = (qn(t) for t in ("w:p", "w:fldChar", "w:instrText", "w:t", "w:tab", "w:r"))
    kind_attribute = qn("w:fldCharType")
    done: list[_Field] = []
    open_fields: list[_Field] = []
    paragraph = None
    for node in root.iter(P, FLD_CHAR, INSTR, T, TAB):
        tag = node.tag
        if tag == P:
            paragraph = node
        elif tag == FLD_CHAR:
            kind = node.get(kind_attribute)
            if kind == "begin":
                open_fields.append(_Field(begin=node))
            elif open_fields and kind == "separate":
                open_fields[-1].separate = node
            elif open_fields and kind == "end":
                open_fields[-1].end = node
                done.append(open_fields.pop())
        elif tag == INSTR:
            if open_fields and open_fields[-1].separate is None:
                open_fields[-1].instr += node.text or ""
        elif open_fields and node.getparent().tag == R:  # text, not a tab stop in w:pPr
            text = "\t" if tag == TAB else node.text or ""
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


def index_lines(document: DocxDocument) -> dict[str, list[str]]:
    """Every index of a document with its lines, keyed as :func:`index_entries` takes them.

    Returns:
        For :data:`TOC` and each caption label that has a list, that index's lines
        ("title<TAB>page", or its placeholder text).
    """
    return {f.index_key: f.lines for f in _fields(document.element.body) if f.index_key is not None}


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


def prefill_indexes(document: DocxDocument, page: str = "00") -> bool:
    """Fill every index with its entries, each showing ``page`` instead of its page.

    The indexes then take the room they will take when filled, so a layout of the
    document puts every heading on its final page at once.

    Returns:
        True when every index was filled (as :func:`fill_indexes`).
    """
    body = document.element.body
    fields = _fields(body)
    styles = document.styles.element
    lines = {index.index_key: [f"{target.text}\t{page}" for target in _index_targets(body, fields, index, styles)]
             for index in fields if index.index_key is not None}
    return fill_indexes(document, lines)


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
        levels = {paragraph_style_id(styles, f"heading {n}"): n for n in index.heading_levels}
        levels.pop(None, None)
        if not levels:
            return []
        # One XPath over the body, not a Python object per paragraph.
        wanted = " or ".join(f"@w:val=$s{i}" for i in range(len(levels)))
        found = etree.XPath(f".//w:p[w:pPr/w:pStyle[{wanted}]]", namespaces=_W)(
            body, **{f"s{i}": style_id for i, style_id in enumerate(levels)})
        headings = [_Entry(p, _entry_text(p), levels[p.style]) for p in found]
        return [h for h in headings if h.text]
    captions = [f.begin for f in fields if seq_label(f.instr) == index.index_key]
    paragraphs = dict.fromkeys(next(c.iterancestors(qn("w:p"))) for c in captions)
    return [_Entry(p, _entry_text(p), 1) for p in paragraphs]


_TEXT_TAGS = (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"))
_T, _RUN = qn("w:t"), qn("w:r")


def _entry_text(p) -> str:
    """A paragraph's text on one line, as an index entry shows it: the text of its runs
    (a field's result, not its code), tabs and line breaks as spaces."""
    parts = [(node.text or "") if node.tag == _T else " "
             for node in p.iter(*_TEXT_TAGS) if node.getparent().tag == _RUN]
    return " ".join("".join(parts).split())


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
    style_ids: dict[int, str | None] = {}
    contents = []
    for entry in entries:
        if entry.level not in style_ids:
            name = f"toc {entry.level}" if index.index_key == TOC else "table of figures"
            style_ids[entry.level] = paragraph_style_id(styles, name)
        contents.append((_entry_properties(style_ids[entry.level], entry.level, tab_position),
                         _entry_link(bookmark_ids.bookmark(entry.target), entry)))
    if not entries:
        label = index.index_key.lower() if index.index_key != TOC else "isi"
        contents.append(("", _text_run(_NO_ENTRIES.format(label=label))))
    # All entries parsed in one go: an element at a time costs python-docx a parse each.
    built = parse_xml(f"<w:body {nsdecls('w')}>"
                      + "".join(f"<w:p>{properties}{link}</w:p>" for properties, link in contents) + "</w:body>")
    paragraphs = list(built)
    # The first entry goes into the field's own first paragraph, which keeps the
    # field's begin and a section break it may carry; the "no entries" line keeps
    # the paragraph's properties as they are.
    new_pPr = paragraphs[0].find(qn("w:pPr"))
    if new_pPr is not None:
        old_pPr = first.find(qn("w:pPr"))
        if old_pPr is not None:
            new_pPr.extend(old_pPr.findall(qn("w:sectPr")))
            first.remove(old_pPr)
        first.insert(0, new_pPr)
    first.extend(list(paragraphs[0]))
    paragraphs[0] = first
    for p, following in zip(paragraphs, paragraphs[1:]):
        p.addnext(following)
    paragraphs[-1].append(end_run)
    paragraphs[-1].extend(tail)


def _entry_properties(style_id: str | None, level: int, tab_position: int) -> str:
    """The w:pPr of an index entry: its TOC style (id), a dotted tab to the margin,
    and an indent by level where there is no "TOC n" style to give it."""
    style = f'<w:pStyle w:val="{xml_text(style_id, quote=True)}"/>' if style_id else ""
    tabs = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab_position}"/></w:tabs>'
    indent = (f'<w:ind w:left="{round((level - 1) * 0.5 * TWIPS_PER_CM)}"/>'
              if not style_id and level > 1 else "")
    return f"<w:pPr>{style}{tabs}{indent}</w:pPr>"


def _text_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'


def _entry_link(anchor: str, entry: _Entry) -> str:
    """An entry's hyperlink to its heading: the text, a tab and a PAGEREF field showing the page."""
    field = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
             f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_text_run(entry.page)}'
             f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (f'<w:hyperlink w:anchor="{xml_text(anchor, quote=True)}" w:history="1">'
            f'{_text_run(entry.text)}<w:r><w:tab/></w:r>{field}</w:hyperlink>')


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
