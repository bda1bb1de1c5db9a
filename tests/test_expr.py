"""The expression layer: one definition gives a Python value and an Excel formula.

LibreOffice's recalculation of these formulas is checked by the renderer's tests; here the
values, the undefined cases and the exact formula text.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_excel.expr import (
    Const, Env, If, IsNumber, Max, Mean, Min, Rank, Ref, Round, ScaleLookup, ScaleRanges, Sum, WeightedMean,
    eq, excel_address, excel_number, ge, gt, label_skala, lt, urut_pita,
)
from lkj_excel.model import Pita
from lkj_excel.rules import DEFAULT_SKALA


@pytest.fixture
def env() -> Env:
    e = Env(DEFAULT_SKALA)
    e.input("p", 581, "Realisasi!H5")
    e.input("q", 16013, "Realisasi!I5")
    e.input("t", 3.25, "PK!G4")
    e.input("nol", 0, "PK!H4")
    e.input("kosong", None, "Realisasi!G5")
    e.input("label", "BB", "Realisasi!G7")
    return e


def test_formula_indicator_value_and_formula(env):
    e = Ref("p") / Ref("q") * 100
    assert e.value(env) == pytest.approx(3.6283020046)
    assert e.excel(env) == 'IFERROR(IF(COUNT(Realisasi!H5,Realisasi!I5)=2,Realisasi!H5/Realisasi!I5*100,""),"")'
    assert e.formula(env) == "=" + e.excel(env)


def test_a_plain_reference_is_guarded_against_blank_cells(env):
    assert Ref("t").formula(env) == '=IF(ISNUMBER(PK!G4),PK!G4,"")'
    assert Ref("label").formula(env) == '=IF(Realisasi!G7<>"",Realisasi!G7,"")'


def test_missing_input_gives_none_and_an_empty_text_in_excel(env):
    e = Ref("kosong") / Ref("t") * 100
    assert e.value(env) is None
    assert e.excel(env) == 'IFERROR(IF(COUNT(Realisasi!G5,PK!G4)=2,Realisasi!G5/PK!G4*100,""),"")'


def test_division_by_zero_gives_none_without_raising(env):
    e = Ref("p") / Ref("nol")
    assert e.value(env) is None
    assert e.excel(env).startswith("IFERROR(")


def test_arithmetic_on_a_label_is_undefined(env):
    assert (Ref("label") * 2).value(env) is None
    assert (Ref("label") * 2).formula(env) == '=IF(ISNUMBER(Realisasi!G7),Realisasi!G7*2,"")'
    assert Rank(Ref("label"), "peringkat_predikat").formula(env).startswith('=IFERROR(IF(Realisasi!G7<>"",')


def test_operator_precedence_and_brackets(env):
    const = env.copy(cells=False)  # inputs as constants: no guard around the body
    a, b, c = Ref("p"), Ref("q"), Ref("t")
    assert ((a + b) * c).excel(const) == "(581+16013)*3.25"
    assert (a - (b - c)).excel(const) == "581-(16013-3.25)"
    assert (a - b + c).excel(const) == "581-16013+3.25"
    assert (a / (b * c)).excel(const) == 'IFERROR(581/(16013*3.25),"")'
    assert (2 * c - a).excel(const) == "2*3.25-581"
    assert ((a + b) * c).value(env) == (581 + 16013) * 3.25


def test_number_literals():
    assert excel_number(100.0) == "100"
    assert excel_number(3.25) == "3.25"
    assert excel_number(-2) == "(-2)"
    assert excel_number(0.00001) == "1E-05"
    assert Const("Sangat \"Baik\"").excel(Env()) == '"Sangat ""Baik"""'
    assert Const(None).excel(Env()) == '""'


def test_sheet_names_are_quoted_where_excel_needs_it():
    assert excel_address("PK!G4") == "PK!G4"
    assert excel_address("Data_PSKS!C6") == "Data_PSKS!C6"
    assert excel_address("Data 3.5!A1") == "'Data 3.5'!A1"
    assert excel_address("TAB1!A1") == "'TAB1'!A1"
    assert excel_address("O'Neil!A1") == "'O''Neil'!A1"


@pytest.mark.parametrize("x, nd, expected", [(2.675, 2, 2.68), (1.005, 2, 1.01), (0.125, 2, 0.13), (-2.5, 0, -3.0),
                                             (111.64006168, 2, 111.64), (94.775, 2, 94.78)])
def test_round_is_half_up_like_excel(x, nd, expected):
    assert Round(Const(x), nd).value(Env()) == expected
    assert Round(Const(x), nd).excel(Env()) == f"ROUND({excel_number(x)},{nd})"


def test_round_twice_to_the_same_decimals_is_written_once(env):
    assert Round(Round(Ref("t"), 2), 2).excel(env) == 'IF(ISNUMBER(PK!G4),ROUND(PK!G4,2),"")'


@given(st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=0, max_value=3))
def test_round_matches_decimal_half_up(n, nd):
    x = n / 1000
    expected = float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))
    assert Round(Const(x), nd).value(Env()) == expected


def test_min_max_need_every_argument(env):
    assert Min(Ref("p"), Ref("q")).value(env) == 581
    assert Max(Ref("p"), Ref("q")).value(env) == 16013
    assert Min(Ref("p"), Ref("kosong")).value(env) is None
    assert Min(Ref("p"), 100).excel(env) == 'IF(ISNUMBER(Realisasi!H5),MIN(Realisasi!H5,100),"")'


def test_sum_skips_undefined_and_compacts_ranges():
    e = Env()
    for r, v in enumerate([74, 40, None, 28, 1], start=6):
        e.input(f"c{r}", v, f"Data_PSKS!C{r}")
    s = Sum(*[Ref(f"c{r}") for r in range(6, 11)])
    assert s.value(e) == 143
    assert s.formula(e) == "=SUM(Data_PSKS!C6:C10)"
    assert Sum(Ref("c6"), Ref("c8")).formula(e) == "=SUM(Data_PSKS!C6,Data_PSKS!C8)"
    assert Sum().value(e) == 0 and Sum().formula(e) == "=0"


def test_mean_skips_undefined(env):
    env.input("c1", 100, "H!B1")
    env.input("c2", 80, "H!B2")
    assert Mean(Ref("c1"), Ref("c2"), Ref("kosong")).value(env) == 90
    assert Mean(Ref("kosong")).value(env) is None
    assert Mean().value(env) is None
    assert Mean(Ref("c1"), Ref("c2")).formula(env) == '=IFERROR(AVERAGE(H!B1:B2),"")'


def test_weighted_mean_counts_a_missing_weight_as_zero(env):
    env.input("c1", 100, "H!B1")
    env.input("c2", 80, "H!B2")
    env.input("w1", 3, "PK!R4")
    env.input("w2", None, "PK!R5")
    assert WeightedMean([(Ref("w1"), Ref("c1")), (Ref("w2"), Ref("c2"))]).value(env) == 100
    assert WeightedMean([(1, Ref("c1")), (3, Ref("c2"))]).value(env) == 85
    assert WeightedMean([(Ref("w2"), Ref("c1"))]).value(env) is None
    assert WeightedMean([(Ref("w1"), Ref("c1"))]).formula(env) == (
        '=IFERROR((IF(ISNUMBER(H!B1),N(PK!R4)*H!B1,0))/(IF(ISNUMBER(H!B1),N(PK!R4),0)),"")')


@pytest.mark.parametrize("x, label", [(91, "Sangat Tinggi"), (90.99, "Tinggi"), (76, "Tinggi"), (65.99, "Rendah"),
                                      (51, "Rendah"), (50.99, "Sangat Rendah"), (-40, "Sangat Rendah"),
                                      (250, "Sangat Tinggi")])
def test_scale_with_inclusive_bounds(x, label):
    assert ScaleLookup(x, "kategori").value(Env(DEFAULT_SKALA)) == label


@pytest.mark.parametrize("x, label", [(90, "A"), (90.01, "AA"), (70, "B"), (70.01, "BB"), (30, "D"), (30.5, "C")])
def test_scale_with_strict_bounds(x, label):
    assert ScaleLookup(x, "predikat_akip").value(Env(DEFAULT_SKALA)) == label


def test_scale_lookup_formula_with_a_table_of_the_workbook(env):
    env.set_scale_ranges("kategori", ScaleRanges("Skala!$B$2:$B$6", "Skala!$C$2:$C$6", "Skala!$D$2:$D$6"))
    assert ScaleLookup(Ref("t"), "kategori").formula(env) == (
        '=IF(ISNUMBER(PK!G4),INDEX(Skala!$D$2:$D$6,MAX(1,SUMPRODUCT((PK!G4>Skala!$B$2:$B$6)'
        '+(PK!G4=Skala!$B$2:$B$6)*Skala!$C$2:$C$6))),"")')


def test_scale_lookup_formula_without_a_table_is_a_nested_if():
    e = Env({"s": [Pita(0, "Rendah"), Pita(50, "Tinggi", inklusif=False)]})
    e.input("x", 50, "H!A1")
    assert ScaleLookup(Ref("x"), "s").formula(e) == '=IF(ISNUMBER(H!A1),IF(H!A1>50,"Tinggi","Rendah"),"")'
    assert ScaleLookup(Ref("x"), "s").value(e) == "Rendah"


def test_scale_bands_sort_ascending_with_the_inclusive_band_first():
    bands = urut_pita([Pita(0, "Efisien", False), Pita(91, "Sangat"), Pita(0, "Tidak")])
    assert [b.label for b in bands] == ["Tidak", "Efisien", "Sangat"]
    assert label_skala(0, bands) == "Tidak" and label_skala(0.01, bands) == "Efisien"


@given(st.floats(min_value=-500, max_value=500), st.floats(min_value=-500, max_value=500))
def test_scale_labels_never_fall_as_the_value_rises(a, b):
    order = [p.label for p in urut_pita(DEFAULT_SKALA["predikat_akip"])]
    lo, hi = sorted((a, b))
    assert order.index(label_skala(lo, DEFAULT_SKALA["predikat_akip"])) <= order.index(
        label_skala(hi, DEFAULT_SKALA["predikat_akip"]))


def test_rank_of_a_predikat(env):
    assert Rank(Ref("label"), "peringkat_predikat").value(env) == 5
    assert Rank(Const(" bb "), "peringkat_predikat").value(env) == 5
    assert Rank(Const("X"), "peringkat_predikat").value(env) is None
    assert Rank(Const(73.5), "peringkat_predikat").value(env) is None
    assert Rank(Const(73.5), "predikat_akip", numbers=True).value(env) == 73.5
    assert Rank(Const("BB"), "predikat_akip", numbers=True).value(env) == 70
    env.set_scale_ranges("peringkat_predikat", ScaleRanges("Skala!B9:B15", "Skala!C9:C15", "Skala!D9:D15"))
    assert Rank(Ref("label"), "peringkat_predikat").formula(env) == (
        '=IFERROR(IF(Realisasi!G7<>"",INDEX(Skala!B9:B15,MATCH(Realisasi!G7,Skala!D9:D15,0)),""),"")')


def test_if_guards_only_the_branch_that_needs_it(env):
    e = If(eq(Ref("t"), 0), Const(None), Ref("p") / Ref("t"))
    assert e.value(env) == pytest.approx(581 / 3.25)
    assert e.formula(env) == (
        '=IFERROR(IF(ISNUMBER(PK!G4),IF(PK!G4=0,"",IF(ISNUMBER(Realisasi!H5),Realisasi!H5/PK!G4,"")),""),"")')
    assert If(eq(Ref("nol"), 0), Const(None), 1).value(env) is None
    assert If(Ref("kosong"), 1, 2).value(env) is None


def test_comparisons_follow_excel(env):
    assert gt(Ref("q"), Ref("p")).value(env) is True
    assert ge(Ref("t"), 3.25).value(env) is True
    assert lt(Ref("p"), Ref("kosong")).value(env) is None
    assert eq(Ref("label"), "bb").value(env) is True  # texts without case
    assert gt(Const("A"), 1000).value(env) is True  # a text sorts after numbers
    assert IsNumber(Ref("label")).value(env) is False
    assert IsNumber(Ref("t")).formula(env) == "=ISNUMBER(PK!G4)"


def test_derived_numbers_are_inlined_until_placed(env):
    env.define("r", Ref("p") / Ref("q") * 100)
    c = Ref("r") / Ref("t") * 100
    assert c.value(env) == pytest.approx(111.64006168)
    assert "Realisasi!H5/Realisasi!I5*100/PK!G4*100" in c.excel(env)
    env.place("r", "Hasil!E7")
    assert c.formula(env) == '=IFERROR(IF(COUNT(Hasil!E7,PK!G4)=2,Hasil!E7/PK!G4*100,""),"")'


def test_copies_relocate_inputs_or_inline_them(env):
    other = env.copy()
    other.relocate({"PK!G4": "Pengukuran!D7"})
    assert (Ref("p") / Ref("t")).excel(other).count("Pengukuran!D7") == 2
    assert env.cell("t") == "PK!G4"  # the original is untouched
    assert (Ref("p") / Ref("t")).formula(env.copy(cells=False)) == "=IFERROR(581/3.25,\"\")"
    assert (Ref("kosong") / Ref("t")).value(env.copy(cells=False)) is None


def test_environment_lists_inputs_and_derived_names(env):
    env.define("r", Ref("p") / Ref("q"))
    assert env.names(derived=True) == ["r"]
    assert "p" in env.names(derived=False)
    assert env.source("p") == "Realisasi!H5"
    assert env.expr("p") is None and env.value("tidak-ada") is None


def test_huge_numbers_neither_raise_nor_overflow():
    assert Round(Const(3e128), 2).value(Env()) == 3e128
    assert (Const(1e308) * 10).value(Env()) is None  # Excel: #NUM!
