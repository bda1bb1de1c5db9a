"""Cell addresses, in one place: column letters, A1 references and ``Sheet!A1`` names.

The reader names the cell of every value it reads (``PK!E7``), the output workbook writes
formulas over A1 references, and the findings link to cells; all of them convert rows and
columns here (zero-based, as xlsxwriter counts; xlsxwriter's utility does the arithmetic).
"""

from __future__ import annotations

import re

from xlsxwriter.utility import xl_cell_to_rowcol, xl_col_to_name, xl_rowcol_to_cell

__all__ = ["huruf_kolom", "nomor_kolom", "a1", "nama_sel", "pisah_sel"]

_SEL = re.compile(r"(?:(?P<lembar>.+)!)?\$?(?P<kolom>[A-Z]{1,3})\$?(?P<baris>\d+)")


def huruf_kolom(kolom: int) -> str:
    """The letters of a zero-based column: ``0 -> "A"``, ``27 -> "AB"``."""
    return xl_col_to_name(kolom)


def nomor_kolom(huruf: str) -> int:
    """The zero-based column of its letters: ``"AB" -> 27``."""
    return xl_cell_to_rowcol(f"{huruf}1")[1]


def a1(baris: int, kolom: int, mutlak: bool = False) -> str:
    """The A1 reference of a zero-based cell: ``a1(0, 27) == "AB1"``; ``mutlak``: ``"$AB$1"``."""
    return xl_rowcol_to_cell(baris, kolom, row_abs=mutlak, col_abs=mutlak)


def nama_sel(lembar: str, baris: int, kolom: int) -> str:
    """The name of a zero-based cell of a sheet, as the findings print it: ``"PK!E7"``."""
    return f"{lembar}!{a1(baris, kolom)}"


def pisah_sel(nama: str) -> tuple[str | None, int, int] | None:
    """``"PK!E7" -> ("PK", 6, 4)`` (zero-based); None for what is not one cell."""
    m = _SEL.fullmatch(nama)
    if m is None:
        return None
    return m["lembar"], int(m["baris"]) - 1, nomor_kolom(m["kolom"])
