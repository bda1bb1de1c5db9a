"""The organisation chart of the report, drawn with matplotlib.

The bar charts of the report are native Word charts (:mod:`lkj_excel.report.docx.grafik`);
the organisation chart is a picture: boxes placed by the layout below. It is
returned as PNG bytes, ready for ``Document.add_picture``. matplotlib
is imported only when a figure is drawn (it costs about a second to import), and
only its object API is used (``Figure`` with the Agg canvas): no pyplot state, so
figures can be drawn from several threads and nothing is left open.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...model import UnitOrganisasi

__all__ = ["bagan_organisasi", "DPI"]

DPI = 150
"""Resolution of the PNGs: sharp on paper at page width, quick to draw."""

_FONT = "DejaVu Sans"  # ships with matplotlib: the same on every computer
_TEXT = "#1a1a1a"
_LINE = "#404040"
_BOX_FILL = ("#dce6f1", "#f2f2f2", "#ffffff")  # head, units, sub-units
_PNG_OPTIONS = {"compress_level": 3}  # 10 ms a figure quicker than PIL's default (6), files 20% larger


def _figure(width_in: float, height_in: float):
    """A fresh matplotlib Figure on the Agg canvas (imported on first use)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height_in), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white", pil_kwargs=_PNG_OPTIONS)
    return buffer.getvalue()


# --------------------------------------------------------------------------- organisation chart


@dataclass
class _Kotak:
    """A box of the chart: a unit, its children, and where it was placed (in cm)."""

    unit: UnitOrganisasi
    anak: list[_Kotak] = field(default_factory=list)
    x: float = 0.0  # centre
    y: float = 0.0  # top
    lebar: float = 0.0
    tinggi: float = 0.0
    teks: str = ""
    ukuran: float = 8.0  # type size, pt
    tebal: bool = False


# Geometry, in centimetres of the printed figure.
_CHART_WIDTH = 16.0
_GAP_X = 0.3
_GAP_Y = 0.55
_INDENT = 0.35  # sub-units hang a little to the right of their parent's left edge
_PADDING_X = 0.12
_PADDING_Y = 0.12
_LINE_SPACING = 1.2
_MAX_COLUMNS = 7
_LARGEST_FONT, _SMALLEST_FONT = 8.0, 6.0
_PT_PER_CM = 72 / 2.54


def bagan_organisasi(units: Sequence[UnitOrganisasi]) -> bytes:
    """Draw the organisation chart: the head on top, units in a row below, sub-units under them.

    The unit without a parent (``induk``) is the head; a unit whose parent is not in
    the list hangs from the head too. Units directly under the head stand in rows of at
    most seven, joined to the head by one line; each one's own sub-units (at any depth)
    are stacked under it. Names are wrapped between words to the width of their box,
    in the largest type (8 down to 6 pt) in which the longest word fits; the official's
    name (``pejabat``), where given, is printed under the unit's name.

    Args:
        units: the boxes of the chart, in the order they should appear.

    Returns:
        The chart as PNG bytes (16 cm wide at 150 dpi).

    Raises:
        ValueError: if ``units`` is empty.
    """
    if not units:
        raise ValueError("bagan organisasi tanpa unit")
    kepala, baris = _susun_pohon(units)
    columns = max((len(b) for b in baris), default=1)
    column_width = (_CHART_WIDTH - _GAP_X * (columns + 1)) / columns
    font = _ukuran_huruf(baris, column_width)

    kepala.lebar = min(max(column_width * 1.6, 4.0), _CHART_WIDTH * 0.45)
    _isi_kotak(kepala, font + 1, bold=True)
    kepala.x, kepala.y = _CHART_WIDTH / 2, _GAP_Y / 2
    top = kepala.y + kepala.tinggi + _GAP_Y * 1.4
    for row in baris:
        row_width = len(row) * column_width + (len(row) - 1) * _GAP_X
        left = (_CHART_WIDTH - row_width) / 2
        for i, kotak in enumerate(row):
            kotak.lebar = column_width
            kotak.x = left + i * (column_width + _GAP_X) + column_width / 2
            kotak.y = top
            _isi_kotak(kotak, font, bold=True)
        row_height = max(k.tinggi for k in row)
        bottom = top + row_height
        for kotak in row:
            kotak.tinggi = row_height  # one height for the whole row
            bottom = max(bottom, _letakkan_turunan(kotak, font - 0.5))
        top = bottom + _GAP_Y * 1.4
    height = top - _GAP_Y * 0.6

    figure = _figure(_CHART_WIDTH / 2.54, height / 2.54)
    ax = _Kanvas(figure, height)
    _gambar_garis(ax, kepala, baris)
    _gambar_kotak(ax, kepala, _BOX_FILL[0])
    for row in baris:
        for kotak in row:
            _gambar_kotak(ax, kotak, _BOX_FILL[1])
            for turunan in _semua_turunan(kotak):
                _gambar_kotak(ax, turunan, _BOX_FILL[2])
    return _png(figure)


class _Kanvas:
    """The figure itself as a drawing surface in centimetres, y downwards.

    The chart is drawn straight on the figure, without a matplotlib Axes: an Axes
    brings ticks, spines and limits that the chart does not show but that cost a
    third of its time to set up and draw. The methods used are named as the Axes'.
    """

    def __init__(self, figure, height_cm: float):
        from matplotlib.transforms import Affine2D

        self.figure = figure
        self.transform = Affine2D().scale(1 / 2.54, -1 / 2.54).translate(0, height_cm / 2.54) + figure.dpi_scale_trans

    def plot(self, xs, ys, **style) -> None:
        from matplotlib.lines import Line2D

        self.figure.add_artist(Line2D(xs, ys, transform=self.transform, **style))

    def add_patch(self, patch) -> None:
        patch.set_transform(self.transform)
        self.figure.add_artist(patch)

    def text(self, x: float, y: float, text: str, **style) -> None:
        self.figure.text(x, y, text, transform=self.transform, **style)


def _susun_pohon(units: Sequence[UnitOrganisasi]) -> tuple[_Kotak, list[list[_Kotak]]]:
    """The head's box and the rows of the boxes directly under it (children attached)."""
    kotak = {u.kode: _Kotak(u) for u in units}
    roots = [k for k in kotak.values()
             if not k.unit.induk or k.unit.induk not in kotak or k.unit.induk == k.unit.kode]
    kepala = roots[0] if roots else next(iter(kotak.values()))
    for k in kotak.values():
        if k is kepala:
            continue
        parent = kotak.get(k.unit.induk) if k.unit.induk else None
        if parent is None or parent is k or _di_bawah(parent, k, kotak):
            parent = kepala  # an orphan, or a loop in the data: hang it from the head
        parent.anak.append(k)
    children = kepala.anak
    if not children:
        return kepala, []
    rows = -(-len(children) // _MAX_COLUMNS)
    per_row = -(-len(children) // rows)
    return kepala, [children[i:i + per_row] for i in range(0, len(children), per_row)]


def _di_bawah(parent: _Kotak, unit: _Kotak, kotak: dict[str, _Kotak]) -> bool:
    """Whether ``parent`` sits, through its own parents, under ``unit`` (a loop)."""
    seen = set()
    current: _Kotak | None = parent
    while current is not None and current.unit.kode not in seen:
        if current is unit:
            return True
        seen.add(current.unit.kode)
        current = kotak.get(current.unit.induk) if current.unit.induk else None
    return False


def _lebar_teks_cm(text: str, size: float, bold: bool) -> float:
    """Printed width of a line of text in the chart's font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    prop = FontProperties(family=_FONT, size=size, weight="bold" if bold else "normal")
    width, _, _ = text_to_path.get_text_width_height_descent(text, prop, ismath=False)
    return width / _PT_PER_CM


def _ukuran_huruf(baris: list[list[_Kotak]], column_width: float) -> float:
    """The largest type size in which every word of the boxes fits its column."""
    words = sorted({w for row in baris for k in row for w in k.unit.nama.split()})
    # the widest printed word, not the one of most letters ("MMM" is wider than "iiii"); sorted
    # first, so that the choice never depends on the order of a set
    longest = max(words, key=lambda w: _lebar_teks_cm(w, _LARGEST_FONT, True), default="")
    size = _LARGEST_FONT
    while size > _SMALLEST_FONT and _lebar_teks_cm(longest, size, True) > column_width - 2 * _PADDING_X:
        size -= 0.5
    return size


def _bungkus(text: str, width_cm: float, size: float, bold: bool) -> list[str]:
    """Wrap text between words so that each line fits ``width_cm`` (a word alone may not)."""
    lines: list[str] = []
    for word in text.split():
        if lines and _lebar_teks_cm(f"{lines[-1]} {word}", size, bold) <= width_cm:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _isi_kotak(kotak: _Kotak, size: float, bold: bool) -> None:
    """Wrap the box's text to its width and size the box to it."""
    inner = kotak.lebar - 2 * _PADDING_X
    lines = _bungkus(kotak.unit.nama, inner, size, bold)
    if kotak.unit.pejabat:
        lines += _bungkus(kotak.unit.pejabat, inner, size - 0.5, False)
    kotak.teks, kotak.ukuran, kotak.tebal = "\n".join(lines), size, bold
    line_height = size * _LINE_SPACING / _PT_PER_CM
    kotak.tinggi = len(lines) * line_height + 2 * _PADDING_Y


def _letakkan_turunan(kotak: _Kotak, size: float) -> float:
    """Stack a unit's descendants under it, one indent per level; returns the bottom."""
    bottom = kotak.y + kotak.tinggi
    for anak in kotak.anak:
        anak.lebar = kotak.lebar - _INDENT
        anak.x = kotak.x + _INDENT / 2
        anak.y = bottom + _GAP_Y * 0.55
        _isi_kotak(anak, size, bold=False)
        bottom = _letakkan_turunan(anak, size)
    return bottom


def _semua_turunan(kotak: _Kotak):
    for anak in kotak.anak:
        yield anak
        yield from _semua_turunan(anak)


def _gambar_kotak(ax, kotak: _Kotak, fill: str) -> None:
    from matplotlib.patches import Rectangle

    left = kotak.x - kotak.lebar / 2
    ax.add_patch(Rectangle((left, kotak.y), kotak.lebar, kotak.tinggi, facecolor=fill,
                           edgecolor=_LINE, linewidth=0.8, zorder=2))
    ax.text(kotak.x, kotak.y + kotak.tinggi / 2, kotak.teks, ha="center", va="center",
            fontsize=kotak.ukuran, fontfamily=_FONT, color=_TEXT, linespacing=_LINE_SPACING,
            fontweight="bold" if kotak.tebal else "normal", zorder=3)


def _gambar_garis(ax, kepala: _Kotak, baris: list[list[_Kotak]]) -> None:
    """The lines: a trunk down from the head, a bar over each row, a comb to the sub-units."""
    style = {"color": _LINE, "linewidth": 0.9, "zorder": 1}
    bar_y = kepala.y + kepala.tinggi
    for row in baris:
        bar_y = row[0].y - _GAP_Y * 0.7
        xs = [k.x for k in row] + [kepala.x]
        ax.plot([min(xs), max(xs)], [bar_y, bar_y], **style)
        for k in row:
            ax.plot([k.x, k.x], [bar_y, k.y], **style)
            _gambar_sisir(ax, k, style)
    ax.plot([kepala.x, kepala.x], [kepala.y + kepala.tinggi, bar_y], **style)


def _gambar_sisir(ax, kotak: _Kotak, style: dict) -> None:
    """A vertical line down the parent's left side with a tick into each sub-unit."""
    if not kotak.anak:
        return
    spine_x = kotak.x - kotak.lebar / 2 + _INDENT / 2
    last = kotak.anak[-1]
    ax.plot([spine_x, spine_x], [kotak.y + kotak.tinggi, last.y + last.tinggi / 2], **style)
    for anak in kotak.anak:
        mid = anak.y + anak.tinggi / 2
        ax.plot([spine_x, anak.x - anak.lebar / 2], [mid, mid], **style)
        _gambar_sisir(ax, anak, style)
