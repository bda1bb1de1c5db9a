"""The report's figures, drawn with matplotlib: the organisation chart and the
target-against-realisasi chart of an indicator.

Each function returns a PNG as bytes, ready for ``Document.add_picture``. matplotlib
is imported only when a figure is drawn (it costs about a second to import), and
only its object API is used (``Figure`` with the Agg canvas): no pyplot state, so
figures can be drawn from several threads and nothing is left open.

Numbers on the figures are written the Indonesian way (``3,63``, ``16.013``) by
:mod:`lkj_excel.angka`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from .angka import fmt_angka, fmt_angka_ringkas
from .model import UnitOrganisasi

__all__ = ["bagan_organisasi", "grafik_target_realisasi", "DPI"]

DPI = 150
"""Resolution of the PNGs: sharp on paper at page width, quick to draw."""

_FONT = "DejaVu Sans"  # ships with matplotlib: the same on every computer
_TEXT = "#1a1a1a"
_LINE = "#404040"
_BOX_FILL = ("#dce6f1", "#f2f2f2", "#ffffff")  # head, units, sub-units
_TARGET_COLOUR = "#9dc3e6"
_REALISASI_COLOUR = "#2f5597"
_PNG_OPTIONS = {"compress_level": 3}  # 10 ms a chart quicker than PIL's default (6), files 20% larger


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
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, _CHART_WIDTH)
    ax.set_ylim(height, 0)
    ax.axis("off")
    _gambar_garis(ax, kepala, baris)
    _gambar_kotak(ax, kepala, _BOX_FILL[0])
    for row in baris:
        for kotak in row:
            _gambar_kotak(ax, kotak, _BOX_FILL[1])
            for turunan in _semua_turunan(kotak):
                _gambar_kotak(ax, turunan, _BOX_FILL[2])
    return _png(figure)


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
    words = {w for row in baris for k in row for w in k.unit.nama.split()}
    longest = max(words, key=len, default="")
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


# --------------------------------------------------------------------------- target vs realisasi


def grafik_target_realisasi(
    tahun: Sequence[int],
    target: Sequence[float | str | None],
    realisasi: Sequence[float | str | None],
    *,
    judul: str = "",
    satuan: str = "",
    desimal: int = 2,
    predikat: Sequence[str] | None = None,
) -> bytes:
    """Bars of the target and the realisasi of one indicator, year by year.

    Args:
        tahun: the years, in order.
        target: the target of each year (None where there is none).
        realisasi: the realisasi of each year (None where there is none).
        judul: the title printed above the chart (the caption of the report is apart).
        satuan: the unit, shown on the vertical axis and after each bar's value
            ("%" is written straight after the number).
        desimal: at most this many decimals on the bars' values.
        predikat: for a predikat indicator, its scale from lowest to highest
            (``["D", "C", "CC", "B", "BB", "A", "AA"]``): the values are labels of
            that scale, drawn at their rank, and the axis shows the labels.

    Returns:
        The chart as PNG bytes (16 × 7,5 cm at 150 dpi).
    """
    if not (len(tahun) == len(target) == len(realisasi)):
        raise ValueError("tahun, target dan realisasi harus sama panjang")
    rank = {label.upper(): i + 1 for i, label in enumerate(predikat or ())}

    def angka(v) -> float | None:
        if v is None:
            return None
        if predikat is not None:
            return rank.get(str(v).strip().upper())
        return float(v)

    def label(v) -> str:
        if v is None:
            return ""
        if predikat is not None:
            return str(v)
        whole = abs(float(v) - round(float(v))) < 1e-9
        text = fmt_angka(float(v), 0 if whole else desimal)
        return f"{text}%" if satuan.strip() == "%" else text

    figure = _figure(16 / 2.54, 7.5 / 2.54)
    ax = figure.add_subplot()
    figure.subplots_adjust(left=0.11, right=0.98, top=0.86 if judul else 0.93, bottom=0.2)
    positions = range(len(tahun))
    width = 0.36
    values = ([angka(v) for v in target], [angka(v) for v in realisasi])
    labels = ([label(v) for v in target], [label(v) for v in realisasi])
    series = (("Target", _TARGET_COLOUR, -width / 2), ("Realisasi", _REALISASI_COLOUR, width / 2))
    top = max([v for vs in values for v in vs if v is not None] + [0])
    for (name, colour, offset), ys, texts in zip(series, values, labels):
        xs = [p + offset for p in positions]
        heights = [y if y is not None else 0 for y in ys]
        bars = ax.bar(xs, heights, width, label=name, color=colour, edgecolor="white", zorder=2)
        for bar, y, text in zip(bars, ys, texts):
            if y is not None:
                ax.annotate(text, (bar.get_x() + bar.get_width() / 2, y), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom",
                            fontsize=8, fontfamily=_FONT, color=_TEXT)
    ax.set_xticks(list(positions), [str(t) for t in tahun], fontsize=8.5, fontfamily=_FONT)
    if predikat is not None:
        ax.set_ylim(0, len(predikat) + 0.8)
        ax.set_yticks(range(1, len(predikat) + 1), list(predikat), fontsize=8, fontfamily=_FONT)
        ax.set_ylabel("Predikat", fontsize=8.5, fontfamily=_FONT)
    else:
        ax.set_ylim(0, top * 1.2 if top > 0 else 1)
        ax.yaxis.set_major_formatter(_penulis_sumbu())
        ax.tick_params(axis="y", labelsize=8)
        if satuan:
            ax.set_ylabel(satuan, fontsize=8.5, fontfamily=_FONT, rotation=0 if len(satuan) <= 3 else 90,
                          labelpad=10)
    ax.grid(axis="y", color="#d9d9d9", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, frameon=False,
              prop={"family": _FONT, "size": 8.5})
    if judul:
        ax.set_title(judul, fontsize=9.5, fontfamily=_FONT, fontweight="bold", color=_TEXT)
    return _png(figure)


def grafik_capaian_sasaran(
    indikator: Sequence[str],
    tahun: Sequence[int],
    capaian: Sequence[Sequence[float | None]],
    *,
    desimal: int = 2,
) -> bytes:
    """The capaian (%) of every indicator of one sasaran, year by year, against the 100% target.

    One chart for a sasaran with many indicators, instead of a chart each: the
    capaian is realisasi measured against target, so the 100% line is the target.

    Args:
        indikator: the indicators' names.
        tahun: the years, in order.
        capaian: per indicator, its capaian of each year (None where undefined).
        desimal: at most this many decimals on the bars' values.

    Returns:
        The chart as PNG bytes (16 cm wide, taller with more indicators).
    """
    import textwrap

    n = len(indikator)
    figure = _figure(16 / 2.54, max(6.0, 1.1 + 0.75 * n * max(1, len(tahun)) ** 0.5) / 2.54)
    ax = figure.add_subplot()
    figure.subplots_adjust(left=0.34, right=0.95, top=0.95, bottom=0.12)
    height = 0.8 / max(1, len(tahun))
    colours = ("#bdd7ee", "#9dc3e6", _REALISASI_COLOUR, "#1f3864")[-len(tahun):] if len(tahun) <= 4 else None
    top = 100.0
    for k, year in enumerate(tahun):
        ys = [i - 0.4 + height * (k + 0.5) for i in range(n)]
        values = [row[k] if row[k] is not None else 0 for row in capaian]
        top = max([top] + values)
        bars = ax.barh(ys, values, height, label=str(year), color=colours[k] if colours else None, zorder=2)
        for bar, row in zip(bars, capaian):
            if row[k] is not None:
                ax.annotate(fmt_angka_ringkas(row[k], desimal) + "%", (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                            xytext=(2, 0), textcoords="offset points", va="center", fontsize=7, fontfamily=_FONT, color=_TEXT)
    ax.axvline(100, color="#c00000", linestyle="--", linewidth=1, zorder=3, label="Target (100%)")
    ax.set_yticks(range(n), ["\n".join(textwrap.wrap(name, 38)[:3]) for name in indikator], fontsize=7, fontfamily=_FONT)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.15)
    ax.xaxis.set_major_formatter(_penulis_sumbu())
    ax.tick_params(axis="x", labelsize=7.5)
    ax.set_xlabel("Capaian (%)", fontsize=8, fontfamily=_FONT)
    ax.grid(axis="x", color="#d9d9d9", linewidth=0.6, zorder=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="lower right", fontsize=7, frameon=False, prop={"family": _FONT, "size": 7})
    return _png(figure)


def _penulis_sumbu():
    """Axis numbers with a decimal comma and thousands dots."""
    from matplotlib.ticker import FuncFormatter

    def tulis(value, _position):
        whole = abs(value - round(value)) < 1e-9
        return fmt_angka(value, 0) if whole else fmt_angka_ringkas(value, 2)

    return FuncFormatter(tulis)
