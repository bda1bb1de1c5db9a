"""Indonesian numbers: reading what people type, and writing them as reports do.

One module for both directions:

* ``baca_angka`` accepts a number as typed in a cell, in Indonesian or English
  notation (``"3,25%"``, ``"Rp 5.287.178.900"``, ``"16.013"``, ``"1,234.56"``)
  and says clearly when it cannot read it (``"1.234,5.6"``).
* ``fmt_angka``, ``fmt_persen``, ``fmt_rupiah``, ``fmt_tanggal`` and
  ``dengan_kata`` write numbers, Rupiah, dates and counts in words the way an
  Indonesian government report does (``"3,63%"``, ``"Rp 57.367.577.759"``,
  ``"31 Januari 2024"``, ``"2 (dua) sasaran"``), rounding half up.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Context, Decimal

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)

# Texts that mean "no value" in a number cell.
KOSONG = {"", "-", "–", "—", "--"}

# Enough digits for any finite float with its decimals (1.8e308 has 309), so that a
# rounding never fails and a number is never written with an exponent.
_PRESISI = Context(prec=400)

_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"^[+-]?[\d.,]+$")


class AngkaTidakTerbaca(ValueError):
    """A text that is not a number, or whose notation is ambiguous."""


def bersihkan_teks(value: object) -> str:
    """Trim a cell's text and fold every kind of space (NBSP too) to one space."""
    return " ".join(str(value).split())


def baca_angka(value: object) -> float | None:
    """Read a number from a cell value.

    Args:
        value: what the cell holds: a number, or a text such as ``"3,25%"``,
            ``"Rp 5.287.178.900,-"``, ``"16.013"``, ``"1,234.56"``, ``"-"``.

    Returns:
        The number as a float (a percentage text gives its number of percent:
        ``"3,25%"`` -> 3.25), or None for an empty cell or a dash.

    Raises:
        AngkaTidakTerbaca: the text is not a number or its notation is
            ambiguous; the message says what is expected.

    A single dot followed by exactly three digits is a thousands separator
    (``"16.013"`` = 16013), as in Indonesian; a single comma is the decimal
    comma (``"3,25"`` = 3.25). With both, the last one is the decimal mark.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise AngkaTidakTerbaca("nilai benar/salah, bukan angka")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        if isinstance(value, float) and math.isinf(value):
            raise AngkaTidakTerbaca("angka tak hingga")
        return float(value)
    if isinstance(value, (datetime, date)):
        raise AngkaTidakTerbaca("sebuah tanggal, bukan angka")
    text = bersihkan_teks(value)
    if text in KOSONG:
        return None
    text = _CURRENCY.sub("", text)
    if text.endswith(",-") or text.endswith(".-"):
        text = text[:-2]
    text = text.rstrip("%").strip().replace(" ", "")
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if not _DIGITS.match(text):
        raise AngkaTidakTerbaca("bukan angka")
    if text[0] in "+-":
        negative, text = negative or text[0] == "-", text[1:]
    number = _parse_digits(text)
    return -number if negative else number


def _parse_digits(text: str) -> float:
    """Interpret digits with dots and commas (no sign, no spaces)."""
    dots, commas = text.count("."), text.count(",")
    if not text or not any(c.isdigit() for c in text):
        raise AngkaTidakTerbaca("bukan angka")
    if dots and commas:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        whole, _, frac = text.rpartition(decimal_mark)
        if decimal_mark in whole or not frac.isdigit():
            raise AngkaTidakTerbaca("pemisah ribuan dan desimal tidak jelas")
        return float(_ungroup(whole, thousands) + "." + frac)
    if dots > 1:
        return float(_ungroup(text, "."))
    if commas > 1:
        return float(_ungroup(text, ","))
    if dots == 1:
        whole, frac = text.split(".")
        if len(frac) == 3 and whole and whole != "0" and whole.isdigit():
            return float(whole + frac)  # "16.013": Indonesian thousands
        return float(_plain(whole, frac))
    if commas == 1:
        whole, frac = text.split(",")
        return float(_plain(whole, frac))
    return float(text)


def _plain(whole: str, frac: str) -> str:
    if not frac.isdigit() or (whole and not whole.isdigit()):
        raise AngkaTidakTerbaca("bukan angka")
    return f"{whole or '0'}.{frac}"


def _ungroup(text: str, sep: str) -> str:
    """Remove a thousands separator, checking the groups of three digits."""
    groups = text.split(sep)
    if not groups[0].isdigit() or len(groups[0]) > 3 or any(len(g) != 3 or not g.isdigit() for g in groups[1:]):
        raise AngkaTidakTerbaca("pemisah ribuan tidak pada tempatnya")
    return "".join(groups)


def bulat(x: float, desimal: int = 2) -> float:
    """Round half up (away from zero), as people and Excel's ROUND do, not banker's."""
    if not math.isfinite(x):
        return float(x)
    q = Decimal(1).scaleb(-desimal)
    return float(Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP, context=_PRESISI))


def fmt_angka(x: float | None, desimal: int = 0, kosong: str = "-") -> str:
    """Write a number the Indonesian way: ``16.013``, ``3,63``; None gives ``kosong``."""
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return kosong
    d = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP, context=_PRESISI)
    if d == 0:
        d = abs(d)  # no "-0,00"
    text = f"{d:,.{desimal}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_pecahan(x: float, angka_bermakna: int = 6) -> str:
    """A number to ``angka_bermakna`` significant digits, never with an exponent: ``0.0325``, ``0.0000001``.

    For a value quoted as stored (an Excel percent 0,0325), where ``f"{x:g}"`` would write ``1e-07``.
    """
    return format(Decimal(f"{x:.{angka_bermakna}g}"), "f")


def fmt_angka_ringkas(x: float | None, maks_desimal: int = 2, kosong: str = "-") -> str:
    """Like fmt_angka but without trailing zero decimals: ``100``, ``2,7``, ``3,63``."""
    if x is None:
        return kosong
    text = fmt_angka(x, maks_desimal, kosong)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def fmt_persen(x: float | None, desimal: int = 2, kosong: str = "-") -> str:
    """A percentage with its sign and no space: ``111,64%``."""
    return kosong if x is None else fmt_angka(x, desimal) + "%"


def sama_satuan(a: str | None, b: str | None) -> bool:
    """Two units are the same (case, spaces and "persen"/"%" aside)."""
    def norm(s: str | None) -> str:
        s = " ".join((s or "").lower().split())
        return "%" if s in ("persen", "persentase", "%") else s
    return bool(a and b) and norm(a) == norm(b)


def desimal_tampil(x: float, desimal: int = 2) -> int:
    """The decimals a measured value is printed with: none for a whole number, else ``desimal``."""
    return 0 if abs(x - round(x)) < 1e-9 else desimal


def fmt_bilangan(x: object, desimal: int = 2) -> str:
    """A count or measure: whole numbers without decimals (``16.013``), others with ``desimal`` (``3,63``).

    A text (a predikat such as ``BB``) is kept as it is; None gives ``-``.
    """
    if x is None:
        return "-"
    if isinstance(x, str) or isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return fmt_angka(x, desimal_tampil(x, desimal))


def fmt_nilai(x: object, satuan: str | None = None, desimal: int = 2) -> str:
    """A target or realisasi as printed, with its unit: ``3,63%``, ``581 KK``, ``100%``, ``BB``, ``-``.

    The one writer of a value with its unit: findings, the Word report and the output
    workbook's number formats (:func:`format_excel_nilai`) follow the same rule.
    """
    teks = fmt_bilangan(x, desimal)
    if x is None or isinstance(x, str) or not satuan or sama_satuan(satuan, "predikat"):
        return teks
    return f"{teks}%" if sama_satuan(satuan, "%") else f"{teks} {satuan.strip()}"


def fmt_selisih(x: float, satuan: str | None = None, desimal: int = 2) -> str:
    """A difference between two values of one unit: ``0,93 poin persen``, ``60 KK``."""
    teks = fmt_bilangan(x, desimal)
    if sama_satuan(satuan, "%"):
        return f"{teks} poin persen"
    return f"{teks} {satuan.strip()}" if satuan and satuan.strip() else teks


def format_excel_nilai(x: object, satuan: str | None = None, desimal: int = 2) -> str:
    """The Excel number format that shows ``x`` as :func:`fmt_nilai` writes it (``#,##0.00"%"``).

    Excel's own thousands and decimal marks follow the reader's locale; the decimals and the
    unit are the same as in the Word report. A text value needs no number format ("General").
    """
    if not isinstance(x, (int, float)) or isinstance(x, bool):
        return "General"
    nd = desimal_tampil(x, desimal)
    body = "#,##0" + ("." + "0" * nd if nd > 0 else "")
    if not satuan or sama_satuan(satuan, "predikat"):
        unit = ""
    elif sama_satuan(satuan, "%"):
        unit = '"%"'
    else:
        unit = '" ' + satuan.strip().replace('"', "'") + '"'
    return f'{body}{unit};-{body}{unit};{body}{unit};"-"'


def fmt_rupiah(x: float | None, gaya: str = "spasi", kosong: str = "-") -> str:
    """Rupiah as in the reports (``Rp 57.367.577.759``) or PUEBI (``Rp57.367.577.759``)."""
    if x is None:
        return kosong
    sep = "" if gaya == "puebi" else " "
    text = fmt_angka(abs(x), 0)
    return f"-Rp{sep}{text}" if x < 0 else f"Rp{sep}{text}"


def fmt_tanggal(d: date | datetime | str | None) -> str:
    """A date in Indonesian (``31 Januari 2024``); a text is kept as written."""
    if d is None:
        return ""
    if isinstance(d, str):
        return d
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def terbilang(n: int) -> str:
    """A whole number in Indonesian words: 2 -> ``dua``."""
    from num2words import num2words

    return num2words(int(n), lang="id")


def dengan_kata(n: int, benda: str = "") -> str:
    """A count with its word in brackets, as in formal prose: ``2 (dua) sasaran``."""
    text = f"{fmt_angka(n)} ({terbilang(n)})"
    return f"{text} {benda}".strip()
