"""The copy of a report that LibreOffice lays out to find its pages: the same pages, less to import.

LibreOffice is asked for one thing only, the page on which each heading and caption
falls (:mod:`lkj_excel.report.libreoffice`); what it takes longest over is importing
the .docx, not laying it out. :func:`layout_copy` writes a copy that lays out on
exactly the same pages but imports in about half the time:

- every native chart becomes a blank picture of the chart's size (a chart takes the
  room of its inline extent, and so does the picture);
- every table style is written out (:func:`flatten_table_styles`): LibreOffice's
  import resolves a table style cell by cell and paragraph by paragraph, which costs
  more than the rest of the table, while table, row and cell properties set directly
  and paragraph styles cost nothing extra;
- the table of contents and the lists of tables and figures already hold one entry
  per heading or caption (:func:`.indeks.prefill_indexes`), so they take their final
  room at once and LibreOffice rebuilds them once instead of twice.

The copy is for layout only and is never shown to anyone.
"""

from __future__ import annotations

import base64
import copy as copying
import io
import os
import re
import zipfile

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from .indeks import prefill_indexes

_CHART = re.compile(
    r'(<wp:extent cx="(\d+)" cy="(\d+)"/>(?:(?!</wp:inline>).)*?)'
    r'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">.*?</a:graphicData>',
    re.DOTALL)
_PLACEHOLDER_ID = "rIdLkjTataLetak"
_PLACEHOLDER = (
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<pic:nvPicPr><pic:cNvPr id="0" name="tata letak"/><pic:cNvPicPr/></pic:nvPicPr>'
    f'<pic:blipFill><a:blip r:embed="{_PLACEHOLDER_ID}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>')
_PIXEL_PNG = base64.b64decode(  # one white pixel
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")


def layout_copy(source: str | os.PathLike, target: str | os.PathLike, *, page_placeholder: str = "00",
                document: DocxDocument | None = None) -> int:
    """Write a copy of a .docx for laying out only (see the module's docstring).

    Args:
        source: the report.
        target: where the copy goes; it is stored without compression, as it is
            read once.
        page_placeholder: what the prefilled index entries show as their page
            (as wide as the pages they will show, for the same line breaks).
        document: the same report as opened by python-docx, when the caller has it
            (saves opening it again); its indexes are left prefilled, for
            :func:`.indeks.fill_indexes` to fill with the pages found.

    Returns:
        The number of charts replaced by pictures.
    """
    document = document if document is not None else docx.Document(str(source))
    prefill_indexes(document, page_placeholder)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    # Plain lxml from here: python-docx's element classes make every step of a walk
    # through thousands of cells cost a Python object.
    if "word/styles.xml" in parts:
        body, styles = (etree.fromstring(parts[name]) for name in ("word/document.xml", "word/styles.xml"))
        if flatten_table_styles(body, styles):
            for name, root in (("word/document.xml", body), ("word/styles.xml", styles)):
                parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    xml, charts = _CHART.subn(
        lambda m: m.group(1) + _PLACEHOLDER.format(cx=m.group(2), cy=m.group(3)),
        parts["word/document.xml"].decode("utf-8"))
    if charts:
        parts["word/document.xml"] = xml.encode("utf-8")
        parts["word/media/lkj_tata_letak.png"] = _PIXEL_PNG
        rels = "word/_rels/document.xml.rels"
        parts[rels] = parts[rels].replace(b"</Relationships>", (
            f'<Relationship Id="{_PLACEHOLDER_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/image" Target="media/lkj_tata_letak.png"/></Relationships>').encode("ascii"))
        types = parts["[Content_Types].xml"]
        if b'Extension="png"' not in types:
            parts["[Content_Types].xml"] = types.replace(
                b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ', 1)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as copy:
        for name, data in parts.items():
            copy.writestr(name, data)
    return charts


# ---------------------------------------------------------------------- table styles

def _rank(*tags: str) -> dict:
    return {qn(tag): rank for rank, tag in enumerate(tags)}


# Schema order of the property elements that a table style can give (tag → rank).
_TBLPR_ORDER = _rank(
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
    "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
    "w:tblLook", "w:tblCaption", "w:tblDescription")
_TRPR_ORDER = _rank(
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit", "w:trHeight",
    "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
_TCPR_ORDER = _rank(
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap", "w:tcMar",
    "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers", "w:cellIns", "w:cellDel",
    "w:cellMerge", "w:tcPrChange")
_PPR_ORDER = _rank(
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange")
_RPR_ORDER = _rank(
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
    "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
    "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath")
# Elements whose children are merged side by side down the style chain.
_MERGED = {qn(t) for t in ("w:tblBorders", "w:tblCellMar", "w:tcBorders", "w:tcMar")}
# The conditional formats a table's w:tblLook switches on: (name, bit of w:val, its
# attribute, whether the attribute set means on).
_LOOK = (("firstRow", 0x0020, "firstRow", True), ("lastRow", 0x0040, "lastRow", True),
         ("firstCol", 0x0080, "firstColumn", True), ("lastCol", 0x0100, "lastColumn", True),
         ("band1Horz", 0x0200, "noHBand", False), ("band2Horz", 0x0200, "noHBand", False),
         ("band1Vert", 0x0400, "noVBand", False), ("band2Vert", 0x0400, "noVBand", False))
_PATHS = ("w:tblPr", "w:trPr", "w:tcPr", "w:pPr", "w:rPr")  # what a table style or its condition sets
_P, _TR, _TC, _PPR, _PSTYLE, _VAL, _STYLE_ID = (qn(t) for t in (
    "w:p", "w:tr", "w:tc", "w:pPr", "w:pStyle", "w:val", "w:styleId"))


class _Ambiguous(Exception):
    """A table whose style cannot be written out without deciding a question of precedence."""


def flatten_table_styles(root, styles_root) -> int:
    """Write each table's style out, and drop the style from the table.

    The table style's table, row and cell properties (with the header row's, where
    the table's w:tblLook switches that format on) are set on the table, its rows
    and its cells where they do not set them themselves. Its paragraph and run
    properties go into a paragraph style per cell paragraph style, based on it: in
    Word's order of precedence a table style stands below the paragraph's style
    (but above the default paragraph style, Normal) and below a run's style and
    direct formatting, and so does a property of the paragraph's style there.

    A table keeps its style as it is where its paragraph style sets a property the
    table style sets too, differently (which wins is a question of precedence), or
    where its style has conditional formats other than the header row (last row,
    bands, columns) that its w:tblLook switches on. The pages are the same either way.

    Args:
        root: the document's XML (``word/document.xml``), changed in place.
        styles_root: its styles (``word/styles.xml``), given the combined styles.

    Returns:
        How many tables were flattened.
    """
    styles = _Styles(styles_root)
    flattened = 0
    for table in list(root.iter(qn("w:tbl"))):
        tblPr = table.find(qn("w:tblPr"))
        style_ref = tblPr.find(qn("w:tblStyle")) if tblPr is not None else None
        chain = styles.chain(style_ref.get(_VAL), "table") if style_ref is not None else []
        if not chain:
            continue
        try:
            edits = _table_edits(table, tblPr, chain, styles)
        except _Ambiguous:
            continue
        for apply in edits:
            apply()
        tblPr.remove(style_ref)
        look = tblPr.find(qn("w:tblLook"))
        if look is not None:
            tblPr.remove(look)
        flattened += 1
    return flattened


class _Styles:
    """The document's styles, by id, with their basedOn chains resolved, and the combined styles made."""

    def __init__(self, styles_root):
        self.root = styles_root
        self.by_id = {s.get(_STYLE_ID): s for s in styles_root.iter(qn("w:style"))}
        self.default_paragraph = next(
            (i for i, s in self.by_id.items() if s.get(qn("w:type")) == "paragraph"
             and s.get(qn("w:default")) in ("1", "true", "on")), None)
        self._combined: dict = {}

    def chain(self, style_id: str | None, kind: str) -> list:
        """The style and the styles it is based on, nearest first (empty when unknown)."""
        found, seen = [], set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None or style.get(qn("w:type")) != kind:
                break
            found.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(_VAL) if based is not None else None
        return found

    def properties(self, chain: list, path: str) -> dict:
        """The properties under ``path`` (e.g. ``w:pPr``) that a chain sets, merged, by tag."""
        merged: dict = {}
        for style in reversed(chain):  # farthest first, nearer ones override
            for group in style.findall(qn(path)):
                for child in group:
                    _merge_into(merged, child)
        return merged

    def combined(self, table_style: dict, key: str, style_id: str | None) -> tuple[str, dict]:
        """The paragraph style that is ``style_id`` with the table style's paragraph and
        run properties (``table_style``: tag → element, per ``w:pPr`` and ``w:rPr``)
        beneath it, made once: its id, and the paragraph properties the two set
        differently, left out of it, which a paragraph must then set itself.
        Raises :class:`_Ambiguous` where they set a run property differently."""
        if style_id is None or self.by_id.get(style_id) is None:
            style_id = self.default_paragraph
        found = self._combined.get((key, style_id))
        if isinstance(found, _Ambiguous):
            raise found
        if found is not None:
            return found
        is_default = style_id == self.default_paragraph
        number = len(self._combined) + 1
        style = self.root.makeelement(qn("w:style"), {qn("w:type"): "paragraph", _STYLE_ID: f"LkjTataLetak{number}"})
        style.append(style.makeelement(qn("w:name"), {_VAL: f"Tata letak {number}"}))
        if style_id is not None:
            style.append(style.makeelement(qn("w:basedOn"), {_VAL: style_id}))
        conflicts: dict = {}
        for path, order in (("w:pPr", _PPR_ORDER), ("w:rPr", _RPR_ORDER)):
            own = {} if is_default else self.properties(self.chain(style_id, "paragraph"), path)
            group = style.makeelement(qn(path), {})
            for tag, value in table_style[path].items():
                if tag not in own:
                    _insert_in_order(group, copying.deepcopy(value), order)
                elif not _same(own[tag], value):
                    if path == "w:rPr":
                        self._combined[(key, style_id)] = _Ambiguous()
                        raise self._combined[(key, style_id)]
                    conflicts[tag] = value
            style.append(group)
        self.root.append(style)
        self.by_id[style.get(_STYLE_ID)] = style
        self._combined[(key, style_id)] = (style.get(_STYLE_ID), conflicts)
        return self._combined[(key, style_id)]


def _merge_into(merged: dict, element) -> None:
    """Put ``element`` into ``merged`` over what is there (side by side for borders and margins)."""
    tag = element.tag
    if tag in _MERGED and tag in merged:
        combined = copying.deepcopy(merged[tag])
        for side in element:
            old = combined.find(side.tag)
            if old is not None:
                combined.remove(old)
            combined.append(copying.deepcopy(side))
        merged[tag] = combined
    else:
        merged[tag] = element


def _active_conditions(tblPr) -> set[str]:
    """The conditional formats the table's w:tblLook switches on."""
    look = tblPr.find(qn("w:tblLook"))
    if look is None:
        return {"firstRow", "firstCol", "band1Horz", "band2Horz"}  # Word's default look, 04A0
    value = look.get(_VAL)
    bits = int(value, 16) if value and re.fullmatch(r"[0-9A-Fa-f]{1,4}", value) else None
    active = set()
    for name, bit, attribute, on_when_set in _LOOK:
        setting = look.get(qn(f"w:{attribute}"))
        is_set = setting in ("1", "true", "on") if setting is not None else bool(bits and bits & bit)
        if is_set == on_when_set:
            active.add(name)
    return active


def _table_edits(table, tblPr, chain: list, styles: _Styles) -> list:
    """The changes that write a table's style out; raises :class:`_Ambiguous` when unsure."""
    conditionals = {}
    for style in chain:
        for cond in style.findall(qn("w:tblStylePr")):
            conditionals.setdefault(cond.get(qn("w:type")), cond)
    used = {name for name in conditionals if name in _active_conditions(tblPr) or name == "wholeTable"}
    if used - {"firstRow", "wholeTable"}:
        raise _Ambiguous
    whole = {path: styles.properties(chain, path) for path in _PATHS}
    if "wholeTable" in used:
        whole = _with_condition(whole, conditionals["wholeTable"])
    first = _with_condition(whole, conditionals["firstRow"]) if "firstRow" in used else whole
    key = chain[0].get(_STYLE_ID)
    edits = _missing(tblPr, whole["w:tblPr"], _TBLPR_ORDER, skip={qn("w:tblStyle"), qn("w:tblLook")})
    for number, row in enumerate(table.iterchildren(_TR)):
        own, row_key = (first, key + "/1") if number == 0 and "firstRow" in used else (whole, key)
        edits += _missing(_Lazy(row, "w:trPr"), own["w:trPr"], _TRPR_ORDER)
        for cell in row.iterchildren(_TC):
            edits += _missing(_Lazy(cell, "w:tcPr"), own["w:tcPr"], _TCPR_ORDER)
            for paragraph in cell.iterchildren(_P):
                pPr = paragraph.find(_PPR)
                style_ref = pPr.find(_PSTYLE) if pPr is not None else None
                combined, conflicts = styles.combined(own, row_key,
                                                      style_ref.get(_VAL) if style_ref is not None else None)
                for tag, value in conflicts.items():  # only the paragraph's own setting decides
                    direct = pPr.find(tag) if pPr is not None else None
                    if direct is None or not _covers(direct, value):
                        raise _Ambiguous
                edits.append(lambda p=paragraph, pPr=pPr, ref=style_ref, style=combined:
                             _set_style(p, pPr, ref, style))
    return edits


def _set_style(paragraph, pPr, style_ref, style_id: str) -> None:
    """Give a paragraph the paragraph style ``style_id``."""
    if style_ref is None:
        if pPr is None:
            pPr = paragraph.makeelement(_PPR, {})
            paragraph.insert(0, pPr)
        style_ref = pPr.makeelement(_PSTYLE, {})
        pPr.insert(0, style_ref)
    style_ref.set(_VAL, style_id)


def _with_condition(props: dict, condition) -> dict:
    """``props`` (per path, tag → element) with a conditional format's properties over them."""
    merged = {path: dict(by_tag) for path, by_tag in props.items()}
    for path in _PATHS:
        for group in condition.findall(qn(path)):
            for child in group:
                _merge_into(merged[path], child)
    return merged


class _Lazy:
    """A property element of ``parent``, made only when something is added to it."""

    def __init__(self, parent, tag: str):
        self.parent, self.tag = parent, qn(tag)

    def get(self):
        return self.parent.find(self.tag)

    def get_or_add(self):
        found = self.get()
        if found is None:  # a w:trPr or w:tcPr: the first child of its row or cell
            found = self.parent.makeelement(self.tag, {})
            self.parent.insert(1 if len(self.parent) and self.parent[0].tag == qn("w:tblPrEx") else 0, found)
        return found


def _missing(target, properties: dict, order: dict, skip=frozenset()) -> list:
    """Edits adding each of ``properties`` that ``target`` does not set (merged side by side).

    Raises :class:`_Ambiguous` where ``target`` sets a property only in part.
    """
    element = target.get() if isinstance(target, _Lazy) else target
    edits = []
    for tag, value in properties.items():
        if tag in skip:
            continue
        own = element.find(tag) if element is not None else None
        if own is None:
            edits.append(_adder(target, value, order))
        elif tag in _MERGED:
            sides = [side for side in value if own.find(side.tag) is None]
            if sides:
                edits.append(lambda own=own, sides=sides: own.extend(copying.deepcopy(s) for s in sides))
        elif not _covers(own, value):
            raise _Ambiguous
    return edits


def _adder(target, value, order: dict):
    def add():
        element = target.get_or_add() if isinstance(target, _Lazy) else target
        _insert_in_order(element, copying.deepcopy(value), order)
    return add


def _covers(own, value) -> bool:
    """True when ``own`` sets every attribute ``value`` sets (so ``value`` changes nothing)."""
    return (len(value) == 0 and set(value.attrib) <= set(own.attrib)) or _same(own, value)


def _same(a, b) -> bool:
    return (a.tag == b.tag and a.attrib == b.attrib and len(a) == len(b)
            and all(_same(x, y) for x, y in zip(a, b)))


def _insert_in_order(parent, child, order: dict) -> None:
    """Insert ``child`` where the schema order (tag → rank) puts it."""
    position = order.get(child.tag, len(order))
    for index, existing in enumerate(parent):
        if order.get(existing.tag, -1) > position:
            parent.insert(index, child)
            return
    parent.append(child)
