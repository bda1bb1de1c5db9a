"""Writes laid-out sheets with xlsxwriter: values and formulas, heights, colours, print set-up.

``Tulis.lembar`` writes one ``Lembar``: every cell with its format (``gaya.Format``), a value
or the formula of its plan (``rumah.Rencana``) with the value stored next to it, the row
heights that show every wrapped text, the band colours of labels (conditional formats on the
Skala sheet), and the print set-up. ``lembar_cepat`` is the worksheet class that spares
xlsxwriter's formula rewriting where it would change nothing.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...schema import BATAS_KAKI_HALAMAN
from .gaya import PITA_WARNA, Format
from .lembar import Angka, Lembar, Sel, Tautan, Teks, a1
from .rumah import Rencana, Rumah

LANDSCAPE_FROM = 100  # total column width (characters) above which a sheet prints landscape


def _nilai_sel(ws, r: int, c: int, v: object, fmt) -> None:
    if v is None:
        ws.write_blank(r, c, None, fmt)
    elif isinstance(v, bool):
        ws.write_boolean(r, c, v, fmt)
    elif isinstance(v, (int, float)):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, str(v), fmt)  # never a formula, whatever the text starts with


def _cache(v: object) -> object:
    """The cached result stored with a formula: "" for an undefined value."""
    return "" if v is None else v


def _teks_tampil(rencana: Rencana | None, isi: object) -> str | None:
    if isinstance(isi, (Teks, Tautan)):
        return isi.teks
    if rencana is not None and isinstance(rencana.nilai, str):
        return rencana.nilai
    return None


def _baris_teks(text: str, per_line: float) -> int:
    """How many lines a text wraps to in a column holding ``per_line`` characters."""
    per_line = max(per_line, 3.0)
    lines = 0
    for para in text.split("\n"):
        n, current = 1, 0.0
        for word in para.split():
            w = len(word)
            if w > per_line:  # a long token (a cell list) breaks anywhere
                n += int((current + w) // per_line)
                current = (current + w) % per_line
            elif current and current + 1 + w > per_line:
                n, current = n + 1, w
            else:
                current += w + (1 if current else 0)
        lines += n
    return lines


def _row_height(texts_and_widths, line_pt: float = 13.0, bold: bool = False) -> float | None:
    """A row height (points) that shows every wrapped text; None when one line is enough.

    Calibri 10 fits about 1.3 characters per unit of column width; 1.25 (1.15 in bold) keeps a margin.
    """
    lines = max((_baris_teks(t, w * (1.15 if bold else 1.25) - 1) for t, w in texts_and_widths if isinstance(t, str) and t),
                default=1)
    return None if lines <= 1 else lines * line_pt + 3


def _tinggi(lb: Lembar, rencana: dict) -> dict[int, float]:
    """Row heights that show every wrapped text (spreadsheets do not grow rows on load)."""
    spans = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in lb.gabung}
    need: dict[int, float] = {}
    multi: list[tuple[int, int, float]] = []
    for (r, c), sel in lb.sel.items():
        text = _teks_tampil(rencana.get((lb.nama, r, c)), sel.isi)
        if not text:
            continue
        r1, c1, r2, c2 = spans.get((r, c), (r, c, r, c))
        width = sum(lb.lebar.get(k, 8.43) for k in range(c1, c2 + 1))
        bold = sel.gaya in ("kepala", "isian_label", "judul", "bagian") or sel.tebal
        line = 13.0
        if sel.gaya == "judul":
            width, line = width * 0.75, 17.0
        elif sel.gaya == "bagian":
            width, line = width * 0.9, 14.5
        h = _row_height([(text, width)], line, bold) or (line + 3 if sel.gaya in ("judul", "bagian") else 15.0)
        if r1 == r2:
            need[r] = max(need.get(r, 15.0), h)
        else:
            multi.append((r1, r2, h))
    for r1, r2, h in multi:
        have = sum(need.get(r, 15.0) for r in range(r1, r2 + 1))
        if have < h:
            extra = (h - have) / (r2 - r1 + 1)
            for r in range(r1, r2 + 1):
                need[r] = need.get(r, 15.0) + extra
    return {r: h for r, h in need.items() if h > 15.0}


# Functions of Excel 2007 that xlsxwriter writes unchanged (no "_xlfn." prefix); checked
# against xlsxwriter itself in the tests.
FUNGSI_KLASIK = frozenset({
    "ABS", "AND", "AVERAGE", "COUNT", "COUNTA", "COUNTIF", "IF", "IFERROR", "INDEX", "ISBLANK",
    "ISERROR", "ISNUMBER", "ISTEXT", "LEN", "MATCH", "MAX", "MIN", "NA", "NOT", "OR", "ROUND",
    "SUM", "SUMIF", "SUMPRODUCT", "TEXT", "TRIM", "VLOOKUP",
})
_FUNCTION_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")


def lembar_cepat():
    """An xlsxwriter Worksheet class that skips xlsxwriter's formula rewriting where it is a no-op.

    xlsxwriter runs about a hundred regular-expression substitutions on every formula
    (to add the "_xlfn." prefix of newer functions), a third of the time of writing
    the output workbook. A formula that calls only functions of ``FUNGSI_KLASIK``
    comes out of them unchanged, so it is only stripped of its "=" here; any other
    formula goes through xlsxwriter as before.
    """
    from xlsxwriter.worksheet import Worksheet

    class LembarCepat(Worksheet):
        def _prepare_formula(self, formula, expand_future_functions=False):
            if (not formula.startswith("{") and not formula.endswith("}")
                    and all(name.upper() in FUNGSI_KLASIK for name in _FUNCTION_CALL.findall(formula))):
                return formula[1:] if formula.startswith("=") else formula
            return super()._prepare_formula(formula, expand_future_functions)

    return LembarCepat


class Tulis:
    """Writes the laid-out sheets with xlsxwriter."""

    def __init__(self, wb, fmt: Format, rumah: Rumah | None, footer: str):
        self.wb, self.fmt, self.rumah, self.footer = wb, fmt, rumah, footer
        self.cf_fmt: dict[str, object] = {}

    def lembar(self, ws, lb: Lembar, sorot: dict | None = None, komentar: dict | None = None) -> None:
        """Write one laid-out sheet into the xlsxwriter worksheet ``ws``.

        Args:
            ws: the xlsxwriter worksheet to write into.
            lb: its layout.
            sorot: (sheet, row, column) -> highlight (a key of ``gaya.SOROT``), from the findings.
            komentar: (sheet, row, column) -> the comments of the findings on that cell.
        """
        sorot, komentar = sorot or {}, komentar or {}
        rencana = self.rumah.rencana if self.rumah else {}
        for c, w in lb.lebar.items():
            ws.set_column(c, c, w)
        merged_origin = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in lb.gabung}
        covered = {(r, c) for r1, c1, r2, c2 in lb.gabung for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(merged_origin)
        for (r, c), sel in sorted(lb.sel.items()):
            if (r, c) in covered:
                continue
            key = (lb.nama, r, c)
            fmt = self.fmt(sel.gaya, sel.tebal, sel.num, sorot.get(key), sel.inden)
            span = merged_origin.get((r, c))
            if span:
                ws.merge_range(*span, "", fmt)
            self._isi(ws, r, c, sel, rencana.get(key), fmt)
            if key in komentar:
                ws.write_comment(r, c, "\n\n".join(komentar[key])[:2000],
                                 {"author": "lkj_excel", "x_scale": 3, "y_scale": 2.2})
        for r, h in _tinggi(lb, rencana).items():
            ws.set_row(r, h)
        self._warna(ws, lb)
        self._cetak(ws, lb)

    def _isi(self, ws, r: int, c: int, sel: Sel, rencana: Rencana | None, fmt) -> None:
        isi = sel.isi
        if isinstance(isi, Teks):
            ws.write_string(r, c, isi.teks, fmt) if isi.teks else ws.write_blank(r, c, None, fmt)
        elif isinstance(isi, Angka):
            _nilai_sel(ws, r, c, isi.nilai, fmt)
        elif isinstance(isi, Tautan):
            ws.write_url(r, c, isi.url, fmt, isi.teks, "Buka sel terkait")
        elif isi is None:
            ws.write_blank(r, c, None, fmt)
        elif rencana is None or rencana.jenis == "nilai":
            _nilai_sel(ws, r, c, rencana.nilai if rencana else None, fmt)
        else:
            ws.write_formula(r, c, self.rumah.formula(rencana), fmt, _cache(rencana.nilai))

    def _warna(self, ws, lb: Lembar) -> None:
        """Colour label cells by the band of their scale (a conditional format on the Skala table).

        Cells of one column and one scale in consecutive rows share one rule per band,
        written relative to the run's first cell, so a long table costs a few rules.
        """
        ranges = self.rumah.env.scale_ranges if self.rumah else {}
        for r1, r2, c, skala in _runs(lb.warna):
            rg = ranges.get(skala)
            if rg is None:
                continue
            labels = rg.label
            n = _rows_in(labels)
            for k in range(1, n + 1):
                color = PITA_WARNA[round((k - 1) * (len(PITA_WARNA) - 1) / max(n - 1, 1))]
                fmt = self.cf_fmt.get(color)
                if fmt is None:
                    fmt = self.cf_fmt[color] = self.wb.add_format({"bg_color": color, "font_color": "#1F1F1F"})
                ws.conditional_format(r1, c, r2, c, {"type": "formula", "format": fmt,
                                                     "criteria": f"=MATCH({a1(r1, c)},{labels},0)={k}"})

    def _cetak(self, ws, lb: Lembar) -> None:
        """A4, landscape for wide tables, fit to width, repeated headers, page numbers."""
        ws.set_paper(9)
        if sum(lb.lebar.get(c, 8.43) for c in range(lb.n_kolom)) > LANDSCAPE_FROM:
            ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        ws.hide_gridlines(2)
        if lb.kepala is not None:
            ws.repeat_rows(*lb.kepala)
            ws.freeze_panes(lb.kepala[1] + 1, 0)
        if lb.saring is not None:
            ws.autofilter(*lb.saring)
        ws.set_footer(self.footer)


def _runs(cells: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Group (row, column, scale) cells into runs of consecutive rows: (first, last, column, scale)."""
    runs: list[list] = []
    for r, c, skala in sorted(set(cells), key=lambda t: (t[1], t[2], t[0])):
        last = runs[-1] if runs else None
        if last and last[2] == c and last[3] == skala and last[1] == r - 1:
            last[1] = r
        else:
            runs.append([r, r, c, skala])
    return [tuple(run) for run in runs]


def _rows_in(rng: str) -> int:
    m = re.findall(r"\$?[A-Z]+\$?(\d+)", rng)
    return int(m[-1]) - int(m[0]) + 1 if len(m) >= 2 else 1


def footer(judul: str) -> str:
    """The page footer: the report's short title on the left, "Halaman n dari m" on the right.

    The title is cut to ``BATAS_KAKI_HALAMAN`` characters (the reader warns), before its
    ampersands are doubled, so that a cut never leaves half of one as a footer code.
    """
    text = judul[:BATAS_KAKI_HALAMAN].replace("&", "&&")
    return f"&L&8{text}&R&8Halaman &P dari &N"
