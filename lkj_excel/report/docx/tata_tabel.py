"""How a table of the report is laid out before it is written.

The header cells with their spans (:class:`SelKepala`), the body cells, the merges
down a column, and column widths fitted to the text, as a browser lays a table out.
Widths are measured with the metrics of Times New Roman; the cells come out as
:class:`~lkj_excel.report.docx.ooxml_tabel.CellSpec` for
:func:`~lkj_excel.report.docx.ooxml_tabel.append_rows`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .ooxml_tabel import CellSpec


@dataclass(frozen=True)
class SelKepala:
    """A header cell spanning ``kolom`` columns and ``baris`` rows."""

    teks: str
    kolom: int = 1
    baris: int = 1


# Advance widths of Times New Roman in em (its AFM metrics), to fit columns to their text;
# other fonts of similar width fit too thanks to the margin in _lebar.
_EM = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (.444, .5, .444, .5, .444, .333, .5, .5, .278, .278, .5, .278, .778,
                                               .5, .5, .5, .5, .333, .389, .278, .5, .5, .722, .5, .5, .444))),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (.722, .667, .667, .722, .611, .556, .722, .722, .333, .389, .722, .611,
                                               .889, .722, .722, .556, .722, .667, .556, .611, .722, .722, .944,
                                               .722, .722, .611))),
    **dict.fromkeys("0123456789", .5), " ": .25, ".": .25, ",": .25, ":": .278, ";": .278, "%": .833,
    "(": .333, ")": .333, "-": .333, "/": .278, "–": .5, "\u00a0": .25,
}
_PADDING_SEL_CM = 0.36  # the table style's cell margins (2 × 0,15 cm) and a little air


def tata_kepala(kepala: list[list], n_kolom: int) -> tuple[list[tuple[int, int, SelKepala]], list[list[bool]]]:
    """Where each header cell starts (row, column) once the spans above are placed."""
    width = n_kolom or max(sum((s.kolom if isinstance(s, SelKepala) else 1) for s in row) for row in kepala)
    occupied = [[False] * width for _ in kepala]
    origin: list[tuple[int, int, SelKepala]] = []
    for r, spec_row in enumerate(kepala):
        c = 0
        for spec in spec_row:
            spec = spec if isinstance(spec, SelKepala) else SelKepala(str(spec))
            while c < width and occupied[r][c]:
                c += 1
            for rr in range(r, min(r + spec.baris, len(kepala))):
                for cc in range(c, min(c + spec.kolom, width)):
                    occupied[rr][cc] = True
            origin.append((r, c, spec))
            c += spec.kolom
    return origin, occupied


def sel_kepala(kepala: list[list], n_kolom: int, warna: str, id_gaya: str | None) -> list[list[CellSpec]]:
    """Header rows: spans merged, text centred and bold on the header shade ``warna``, in the paragraph style ``id_gaya``."""
    origin, _ = tata_kepala(kepala, n_kolom)
    grid: list[dict[int, CellSpec]] = [{} for _ in kepala]
    shade = {"fill": warna, "valign": "center"}
    for r, c, spec in origin:
        grid[r][c] = CellSpec(str(spec.teks).split("\n"), spec.kolom, "restart" if spec.baris > 1 else None,
                              align="c", bold=True, keep_next=True, style_id=id_gaya, **shade)
        for below in range(r + 1, min(r + spec.baris, len(kepala))):
            grid[below][c] = CellSpec(span=spec.kolom, vmerge="continue", **shade)
    for row in grid:  # grid positions no header cell covers stay empty, shaded
        covered = {c + k for c, cell in row.items() for k in range(cell.span)}
        for c in set(range(n_kolom)) - covered:
            row[c] = CellSpec(align="c", bold=True, keep_next=True, style_id=id_gaya, **shade)
    return [[row[c] for c in sorted(row)] for row in grid]


def sel_baris(row: list, rata: str, bold: bool, ikat: bool, id_gaya: str | None,
              inden: Mapping[int, float] | None = None) -> list[CellSpec]:
    """A body row in the paragraph style ``id_gaya``: a None cell extends the cell on its left (centred then).

    ``inden``: column -> left indent of its text, in cm.
    """
    cells = []
    c = 0
    while c < len(row):
        end = c
        while end + 1 < len(row) and row[end + 1] is None:
            end += 1
        cells.append(CellSpec(str(row[c] or "").split("\n"), end - c + 1, align="c" if end > c else rata[c],
                              bold=bold, keep_next=ikat, style_id=id_gaya, indent_cm=(inden or {}).get(c, 0.0)))
        c = end + 1
    return cells


def gabung_ke_bawah(body: list[list[CellSpec]], baris: list[list], gabung: Sequence[int]) -> None:
    """Merge equal consecutive cells down the ``gabung`` columns, nested left to right."""

    def cell_at(row: list[CellSpec], col: int) -> CellSpec:
        position = 0
        for cell in row:
            if position <= col < position + cell.span:
                return cell
            position += cell.span
        raise IndexError(f"row has no cell at grid column {col}")

    for level, col in enumerate(gabung):
        cols = list(gabung[:level + 1])
        start = 0
        for i in range(1, len(baris) + 1):
            if i < len(baris) and all(baris[i][k] == baris[start][k] for k in cols):
                continue
            if i - 1 > start:
                cell_at(body[start], col).vmerge = "restart"
                for below in range(start + 1, i):
                    cell_at(body[below], col).vmerge = "continue"
            start = i


def lebar_kolom(kepala: list[list], baris: list[list], tebal: set[int], penuh: bool | None, rata: str,
                lebar_teks: float, ukuran_huruf: float, inden: Mapping[tuple[int, int], float] | None = None) -> list[float]:
    """Column widths that fit the text width: each column between its longest word and its longest line.

    As a browser lays out a table: every column gets at least its longest word; the
    room left goes to the columns in proportion to what they lack of their longest
    line. A table whose lines all fit is kept that wide, or stretched to the text
    width ``lebar_teks`` (``penuh``, or by default when it already fills 45% of it)
    by widening its text columns (those aligned left). Text is measured at
    ``ukuran_huruf`` pt; ``tebal`` are the indexes of the rows printed in bold; ``inden`` the
    left indents of cells, (row, column) -> cm.
    """
    minimum, ideal = ukur_kolom(kepala, baris, tebal, ukuran_huruf, inden)
    total_min, total_ideal = sum(minimum), sum(ideal)
    if total_ideal <= lebar_teks:
        stretch = penuh if penuh is not None else total_ideal >= 0.45 * lebar_teks
        if not stretch:
            return ideal
        grow = [w if a == "l" else w / 4 for w, a in zip(ideal, rata)]  # text columns take most
        extra = (lebar_teks - total_ideal) / sum(grow)
        return [w + g * extra for w, g in zip(ideal, grow)]
    if total_min <= lebar_teks:
        share = (lebar_teks - total_min) / (total_ideal - total_min)
        return [lo + (hi - lo) * share for lo, hi in zip(minimum, ideal)]
    return [w * lebar_teks / total_min for w in minimum]  # still too wide: squeeze (words break)


def ukur_kolom(kepala: list[list], baris: list[list], tebal: set[int], ukuran_huruf: float,
               inden: Mapping[tuple[int, int], float] | None = None) -> tuple[list[float], list[float]]:
    """Per column: the width of its longest word and of its longest line (a header may take
    two lines), padding and a cell's indent (``inden``: (row, column) -> cm) included.

    A short value in the body ("150 KK", "Rp 57.367.577.759", "Sangat Efisien") counts
    as one word: it is never broken over two lines.
    """
    n = len(tata_kepala(kepala, 0)[1][0]) if kepala else len(baris[0])
    minimum, ideal = [0.6] * n, [0.6] * n
    pad = _PADDING_SEL_CM

    def ukur(col: int, teks: str, bold: bool, utuh: bool = True, baris_maks: int = 1, geser: float = 0.0) -> None:
        for line in str(teks).split("\n"):
            words = [line] if utuh and _nilai_pendek(line) else line.split()
            if words:
                minimum[col] = max(minimum[col], max(_lebar(w, bold, ukuran_huruf) for w in words) + pad + geser)
                ideal[col] = max(ideal[col], _lebar(line, bold, ukuran_huruf) / baris_maks + pad + geser)

    origin, _ = tata_kepala(kepala, n)
    for _, c, spec in origin:
        if spec.kolom == 1:
            ukur(c, spec.teks, True, utuh=False, baris_maks=2)
    for i, row in enumerate(baris):
        for c, teks in enumerate(row):
            spanned = c + 1 < len(row) and row[c + 1] is None
            if teks is not None and not spanned:
                ukur(c, teks, i in tebal, geser=(inden or {}).get((i, c), 0.0))
    return minimum, [max(lo, hi) for lo, hi in zip(minimum, ideal)]


def _lebar(teks: str, bold: bool, ukuran_huruf: float) -> float:
    """Printed width of a text in the table type (``ukuran_huruf`` pt), in cm (Times metrics, with a margin)."""
    return _lebar_em(teks) * (1.04 if bold else 1.0) * 1.03 * ukuran_huruf / 72 * 2.54


@functools.lru_cache(maxsize=8192)
def _lebar_em(teks: str) -> float:
    """Width of a text in ems of Times (remembered: tables repeat their words and numbers)."""
    return sum(_EM.get(ch, 0.5) for ch in teks)


def _nilai_pendek(teks: str) -> bool:
    """A figure with its unit or a short label, kept on one line in a table."""
    teks = teks.strip()
    return len(teks) <= 14 or (len(teks) <= 22 and any(ch.isdigit() for ch in teks))
