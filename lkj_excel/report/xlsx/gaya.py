"""The cell formats of the output workbook and of the error report: colours, styles, number formats.

A layout names a style (``"kepala"``, ``"persen"``, ...); ``Format`` makes the xlsxwriter format
of each combination once, when the writer first needs it (so the order of ``xl/styles.xml``
follows the order of writing).
"""

from __future__ import annotations

from ...rules_efisiensi import DESIMAL_INDEKS


TITLE_COLOR = "#1F3864"
HEADER_FILL = "#D9E1F2"
TOTAL_FILL = "#F2F2F2"
SOROT = {"galat": "#FFC7CE", "peringatan": "#FFEB9C", "info": "#DDEBF7", "terkait": "#FFF7D6"}
# band colours from the lowest band to the highest
PITA_WARNA = ("#F8CBAD", "#FCE4D6", "#FFF2CC", "#E2EFDA", "#C6EFCE")


def num_persen(nd: int) -> str:
    """A percentage with ``nd`` decimals: ``#,##0.00"%"``; an undefined value shows "-"."""
    body = "#,##0" + ("." + "0" * nd if nd > 0 else "")
    return f'{body}"%";-{body}"%";{body}"%";"-"'


def num_angka(nd: int, tanda: bool = False) -> str:
    """A number with ``nd`` decimals (``tanda``: with its sign, for differences in points)."""
    body = "#,##0" + ("." + "0" * nd if nd > 0 else "")
    plus = "+" if tanda else ""
    return f'{plus}{body};-{body};{body};"-"'


_BASE = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
_BORDER = {"border": 1, "border_color": "#A6A6A6"}
_GAYA: dict[str, dict] = {
    "judul": {"bold": True, "font_size": 13, "font_color": TITLE_COLOR, "text_wrap": True, "valign": "vcenter"},
    "subjudul": {"italic": True, "font_color": "#404040", "text_wrap": True},
    "catatan": {"italic": True, "font_color": "#404040", "text_wrap": True},
    "bagian": {"bold": True, "font_size": 11, "font_color": TITLE_COLOR},
    "kepala": {"bold": True, "bg_color": HEADER_FILL, "align": "center", "valign": "vcenter", "text_wrap": True, **_BORDER},
    "teks": {"text_wrap": True, **_BORDER},
    "tengah": {"align": "center", "text_wrap": True, **_BORDER},
    "label": {"align": "center", "text_wrap": True, **_BORDER},
    "bool": {"align": "center", **_BORDER},
    "isian_label": {"bold": True, "text_wrap": True},
    "isian": {"text_wrap": True, "align": "left"},
    "tautan": {"font_color": "#0563C1", "underline": 1, "text_wrap": True, **_BORDER},
    "tahun": {"align": "left", "num_format": "0"},
}
_ANGKA_GAYA = {"persen", "rupiah", "angka", "angka2", "poin", "skor", "indeks"}


class Format:
    """The workbook's cell formats, made once per combination."""

    def __init__(self, wb, nd: int, rupiah: str):
        self.wb = wb
        self.num = {
            "persen": num_persen(nd),
            "rupiah": ('"Rp"#,##0;-"Rp"#,##0;"Rp"0;"-"' if rupiah == "puebi" else '"Rp "#,##0;-"Rp "#,##0;"Rp "0;"-"'),
            "angka": num_angka(0),
            "angka2": num_angka(2),
            "poin": num_angka(nd, tanda=True),
            "skor": num_angka(2),
            "indeks": num_angka(DESIMAL_INDEKS),  # the ratio index of efficiency (RULES.md §9)
        }
        self._cache: dict[tuple, object] = {}

    def __call__(self, gaya: str, tebal: bool = False, num: str | None = None, sorot: str | None = None, inden: int = 0):
        """The format of a style (a key of ``_GAYA`` or a number style), bold, own number format, highlight, indent."""
        key = (gaya, tebal, num, sorot, inden)
        fmt = self._cache.get(key)
        if fmt is None:
            props = dict(_BASE)
            if gaya in _ANGKA_GAYA:
                props.update(_BORDER)
                props["num_format"] = self.num[gaya]
                props["align"] = "right"  # the "-" of an undefined value too
            else:
                props.update(_GAYA[gaya])
            if num:
                props["num_format"] = num
            if tebal:
                props["bold"] = True
                props.setdefault("bg_color", TOTAL_FILL)
            if sorot:
                props["bg_color"] = SOROT[sorot]
            if inden:
                props.update(indent=inden, align="left")
            fmt = self._cache[key] = self.wb.add_format(props)
        return fmt
