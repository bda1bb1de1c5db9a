"""Indonesian numbers: the one writer of a value with its unit, used by findings, Word and Excel."""

from __future__ import annotations

import pytest

from lkj_excel.angka import desimal_tampil, fmt_bilangan, fmt_nilai, fmt_selisih, format_excel_nilai, sama_satuan


@pytest.mark.parametrize("x, satuan, desimal, teks", [
    (3.2, "%", 2, "3,20%"),
    (3.6283, "%", 2, "3,63%"),
    (100.0, "persen", 2, "100%"),
    (581, "KK", 2, "581 KK"),
    (16013, " KK ", 2, "16.013 KK"),
    (2.5, "orang", 2, "2,50 orang"),
    (-0.004, "%", 2, "0,00%"),
    ("BB", "predikat", 2, "BB"),
    (None, "%", 2, "-"),
    (73.5, None, 2, "73,50"),
    (3.253, "%", 3, "3,253%"),
    (7, "predikat", 2, "7"),
])
def test_a_value_with_its_unit(x, satuan, desimal, teks):
    assert fmt_nilai(x, satuan, desimal) == teks


def test_whole_numbers_print_without_decimals():
    assert desimal_tampil(56.0) == 0 and desimal_tampil(56.00000000001) == 0 and desimal_tampil(65.58) == 2
    assert fmt_bilangan(170727) == "170.727" and fmt_bilangan(76.923, 2) == "76,92" and fmt_bilangan("AA") == "AA"


def test_a_difference_of_percentages_is_in_points():
    assert fmt_selisih(0.93, "%") == "0,93 poin persen"
    assert fmt_selisih(60, "KK") == "60 KK"
    assert fmt_selisih(1.5, "") == "1,50"


@pytest.mark.parametrize("x, satuan, fmt", [
    (3.25, "%", '#,##0.00"%";-#,##0.00"%";#,##0.00"%";"-"'),
    (56, "%", '#,##0"%";-#,##0"%";#,##0"%";"-"'),
    (581, "KK", '#,##0" KK";-#,##0" KK";#,##0" KK";"-"'),
    (2.7, None, '#,##0.00;-#,##0.00;#,##0.00;"-"'),
    ('BB', "predikat", "General"),
    (4.5, 'inci"', '#,##0.00" inci\'";-#,##0.00" inci\'";#,##0.00" inci\'";"-"'),
])
def test_the_excel_format_shows_what_the_report_prints(x, satuan, fmt):
    assert format_excel_nilai(x, satuan) == fmt


def test_units_compare_without_case_or_spelling_of_percent():
    assert sama_satuan("Persen", "%") and sama_satuan(" kk", "KK") and not sama_satuan(None, None)
    assert not sama_satuan("orang", "jiwa")


@pytest.mark.parametrize("x", [1e308, -1e308, 12345678901234567890.0, 1e-300, 5e-324, 1.7976931348623157e308])
def test_no_number_is_written_with_an_exponent_or_fails_to_round(x):
    from lkj_excel.angka import bulat, fmt_angka, fmt_persen, fmt_rupiah

    for text in (fmt_angka(x), fmt_angka(x, 2), fmt_persen(x), fmt_rupiah(x), fmt_bilangan(x), fmt_nilai(x, "KK")):
        assert "e" not in text.lower() and text[-1].isdigit() or text.endswith(("%", "KK")), text
    assert bulat(x) == pytest.approx(round(x, 2))


def test_a_message_writes_a_float_without_an_exponent():
    from lkj_excel.problems import teks_nilai

    assert teks_nilai(1e-7) == "0.0000001" and teks_nilai(3.25) == "3.25" and teks_nilai(1e16) == "10000000000000000"
