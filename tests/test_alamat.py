"""Cell addresses: the one place that turns rows and columns into letters and back."""

from __future__ import annotations

import pytest

from lkj_excel.alamat import a1, huruf_kolom, nama_sel, nomor_kolom, pisah_sel


@pytest.mark.parametrize("kolom, huruf", [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")])
def test_column_letters_both_ways(kolom, huruf):
    assert huruf_kolom(kolom) == huruf and nomor_kolom(huruf) == kolom


def test_references_and_cell_names():
    assert a1(0, 27) == "AB1" and a1(6, 4, mutlak=True) == "$E$7"
    assert nama_sel("PK", 6, 4) == "PK!E7"
    assert pisah_sel("PK!E7") == ("PK", 6, 4)
    assert pisah_sel("'Tabel 3.1'!$B$10") == ("'Tabel 3.1'", 9, 1)
    assert pisah_sel("E7") == (None, 6, 4)
    assert pisah_sel("PK!3:3") is None
