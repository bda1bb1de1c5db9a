"""The table tricks of the report's Word XML layer (see :mod:`.ooxml`).

A formal LKjIP's tables need header rows that repeat on every page, rows that never
split, vertical merges, shaded header cells and column widths that Word and
LibreOffice read alike; a report has thousands of cells, so rows are written as one
piece of XML (:func:`append_rows`) rather than cell by cell through python-docx.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table, _Cell, _Row

from .ooxml import TWIPS_PER_CM, append_to_body, get_or_add_child, replace_child, set_flag, xml_text

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


def add_body_table(document: DocxDocument, cols: int, style_id: str | None = None) -> Table:
    """``document.add_table(0, cols)`` in constant time, in the table style of id ``style_id``.

    The columns get equal provisional widths; :func:`set_column_widths` sets them.
    """
    from docx.oxml.table import CT_Tbl

    tbl = CT_Tbl.new_tbl(0, cols, Length(cols * 1440 * 635))  # 1 inch a column until set
    if style_id:
        tbl.tblPr.style = style_id
    append_to_body(document, tbl)
    return Table(tbl, document._body)


def table_style_header_fill(document: DocxDocument, style_id: str | None) -> str | None:
    """The shade a table style gives its header row (``w:tblStylePr w:type="firstRow"``), as written there.

    Returns:
        The ``w:fill`` value (normally six hex digits), or None when there is no such
        style or it shades no header row.
    """
    style = document.styles.element.get_by_id(style_id) if style_id else None
    fills = style.xpath('w:tblStylePr[@w:type="firstRow"]/w:tcPr/w:shd/@w:fill') if style is not None else []
    return fills[0] if fills else None


def set_repeat_table_header(row: _Row, on: bool = True) -> None:
    """Repeat ``row`` at the top of every page the table runs onto.

    Word repeats only an unbroken run of header rows starting at the first row.

    Args:
        row: a row of the table's first rows.
        on: repeat (True) or stop repeating (False).
    """
    set_flag(row._tr.get_or_add_trPr(), "w:tblHeader", _TRPR_ORDER, on)


def set_cant_split(row: _Row, on: bool = True) -> None:
    """Keep a row on one page instead of breaking it across two.

    Args:
        row: the table row.
        on: keep together (True) or allow splitting (False).
    """
    set_flag(row._tr.get_or_add_trPr(), "w:cantSplit", _TRPR_ORDER, on)


_JC = {"l": "left", "c": "center", "r": "right", "j": "both"}
_TWIPS_PER_CM = 1440 / 2.54


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
    indent_cm: float = 0.0
    """A left indent of the cell's text (a kegiatan under its program)."""


@dataclass
class RowSpec:
    """One row written by :func:`append_rows`: its cells, whether it is kept on one page, whether it repeats as a header."""

    cells: Sequence[CellSpec]
    cant_split: bool = True
    header: bool = False


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
           + ("<w:keepNext/>" if cell.keep_next else "")
           + (f'<w:ind w:left="{round(cell.indent_cm * _TWIPS_PER_CM)}"/>' if cell.indent_cm else "")
           + f'<w:jc w:val="{_JC[cell.align]}"/>')
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
    shd = replace_child(tcPr, "w:shd", _TCPR_ORDER)
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
        margins = get_or_add_child(cell_or_table._tbl.tblPr, "w:tblCellMar", _TBLPR_ORDER)
    else:
        tcPr = cell_or_table._tc.get_or_add_tcPr()
        margins = get_or_add_child(tcPr, "w:tcMar", _TCPR_ORDER)
    # "left"/"right" rather than the newer "start"/"end": older Word reads only those.
    for side, length in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        if length is not None:
            edge = replace_child(margins, f"w:{side}", _TCMAR_ORDER)
            edge.set(qn("w:w"), str(Length(length).twips))
            edge.set(qn("w:type"), "dxa")


def set_table_borders(table: Table, size: int = 4, color: str = "000000") -> None:
    """Draw single lines around and between all cells of a table.

    Args:
        table: the table.
        size: line width in eighths of a point (4 = ½ pt).
        color: RGB colour as six hex digits.
    """
    borders = replace_child(table._tbl.tblPr, "w:tblBorders", _TBLPR_ORDER)
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
    twips = [round(w * TWIPS_PER_CM) for w in widths_cm]
    for grid_col, w in zip(grid_cols, twips):
        grid_col.set(qn("w:w"), str(w))
    for tr in tbl.tr_lst:
        position = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcW = get_or_add_child(tc.get_or_add_tcPr(), "w:tcW", _TCPR_ORDER)
            tcW.set(qn("w:w"), str(sum(twips[position:position + span])))
            tcW.set(qn("w:type"), "dxa")
            position += span
    tblW = get_or_add_child(tbl.tblPr, "w:tblW", _TBLPR_ORDER)
    tblW.set(qn("w:w"), str(sum(twips)))
    tblW.set(qn("w:type"), "dxa")
    set_table_fixed_layout(table)
