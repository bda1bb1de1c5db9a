"""The rules (RULES.md §2-6): hand-computed cases, settings switches, properties, the example."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import P, N, Q, contoh, indikator, konsisten, lkjip, operasional, program, realisasi, tepi
from conftest import EXAMPLE
from lkj_excel.expr import Env, Ref, ScaleRanges
from lkj_excel.model import Formula, Pengaturan, Pita, Sasaran
from lkj_excel.rules import (
    DEFAULT_SKALA, METODE_EFISIENSI, SKALA_ALTERNATIF, bulat, capaian, efisiensi, expr_capaian,
    expr_rata_capaian, hitung, kategori, keterangan_efisiensi, penyerapan, predikat_akip, sama_satuan,
)


def b2(x):
    """A value as the report shows it (2 decimals, half up)."""
    return None if x is None else bulat(x, 2)


# --------------------------------------------------------------------------- §2 capaian


@pytest.mark.parametrize("r, t, expected", [
    (3.6283020046, 3.25, 111.64),  # the example
    (455 / 16875 * 100, 455 / 16875 * 100, 100.0),
    (0, 50, 0.0),
    (60, 50, 120.0),
])
def test_capaian_positif(r, t, expected):
    assert b2(capaian(r, t, "positif")) == expected


def test_capaian_positif_with_target_zero_is_undefined():
    assert capaian(5, 0, P) is None
    assert capaian(0, 0, P) is None


@pytest.mark.parametrize("metode, r, t, expected", [
    ("2T-R", 8, 10, 120.0), ("2T-R", 12, 10, 80.0), ("2T-R", 25, 10, -50.0), ("2T-R", 10, 10, 100.0),
    ("T/R", 8, 10, 125.0), ("T/R", 12, 10, 83.33), ("T/R", 10, 10, 100.0),
])
def test_capaian_negatif_both_forms(metode, r, t, expected):
    assert b2(capaian(r, t, N, Pengaturan(metode_negatif=metode))) == expected


@pytest.mark.parametrize("metode", ["2T-R", "T/R"])
def test_capaian_negatif_with_target_zero(metode):
    p = Pengaturan(metode_negatif=metode)
    assert capaian(0, 0, N, p) == 100
    assert capaian(3, 0, N, p) == 0


def test_capaian_negatif_t_over_r_with_realisasi_zero_is_undefined():
    assert capaian(0, 10, N, Pengaturan(metode_negatif="T/R")) is None
    assert capaian(0, 10, N) == 200  # (2T - R) / T


def test_unknown_negatif_method_is_refused():
    with pytest.raises(ValueError, match="negatif"):
        capaian(1, 1, N, Pengaturan(metode_negatif="R/T"))


@pytest.mark.parametrize("r, t, expected", [("BB", "BB", 100.0), ("B", "BB", 80.0), ("A", "BB", 120.0),
                                            ("AA", "D", 700.0), (" bb", "BB", 100.0)])
def test_capaian_predikat_by_rank(r, t, expected):
    assert capaian(r, t, Q) == expected


def test_capaian_predikat_not_on_the_scale_is_undefined():
    assert capaian("X", "BB", Q) is None
    assert capaian(73.5, "BB", Q) is None  # a score needs predikat_numerik


def test_capaian_predikat_by_numeric_score():
    p = Pengaturan(predikat_numerik=True)
    assert capaian(73.5, "BB", Q, p) == pytest.approx(73.5 / 70 * 100)  # BB starts above 70
    assert capaian(73.5, 70.0, Q, p) == pytest.approx(105)
    assert capaian("A", "BB", Q, p) == 120.0  # without a score the ranks are used


@pytest.mark.parametrize("pol, r, expected", [
    (P, 25, 125.0), (P, 5, 50.0), (P, 15, 100.0), (P, 20, 100.0), (P, 10, 100.0),
    (N, 25, 75.0), (N, 5, 150.0), (N, 12, 100.0),
])
def test_capaian_with_a_target_range(pol, r, expected):
    assert capaian(r, 10, pol, target_atas=20) == expected


def test_capaian_cap_is_a_setting():
    p = Pengaturan(batas_capaian=120)
    assert capaian(150, 100, P) == 150
    assert capaian(150, 100, P, p) == 120
    assert capaian(90, 100, P, p) == 90
    assert capaian(5, 0, P, p) is None


def test_capaian_formula_of_each_polarity():
    env = Env(DEFAULT_SKALA)
    env.input("r", 8, "Realisasi!G5")
    env.input("t", 10, "PK!G4")
    assert expr_capaian(Ref("r"), Ref("t"), P).formula(env) == (
        '=IFERROR(IF(COUNT(Realisasi!G5,PK!G4)=2,Realisasi!G5/PK!G4*100,""),"")')
    assert expr_capaian(Ref("r"), Ref("t"), N).formula(env) == (
        '=IFERROR(IF(COUNT(PK!G4,Realisasi!G5)=2,IF(PK!G4=0,IF(Realisasi!G5=0,100,0),'
        '(2*PK!G4-Realisasi!G5)/PK!G4*100),""),"")')
    assert expr_capaian(Ref("r"), Ref("t"), N, metode_negatif="T/R").formula(env) == (
        '=IFERROR(IF(COUNT(PK!G4,Realisasi!G5)=2,IF(PK!G4=0,IF(Realisasi!G5=0,100,0),PK!G4/Realisasi!G5*100),""),"")')
    assert expr_capaian(Ref("r"), Ref("t"), P, batas=100).formula(env) == (
        '=IFERROR(IF(COUNT(Realisasi!G5,PK!G4)=2,MIN(Realisasi!G5/PK!G4*100,100),""),"")')


@given(st.floats(min_value=0.01, max_value=1e4), st.floats(min_value=0, max_value=1e4),
       st.floats(min_value=0, max_value=1e4), st.sampled_from(["2T-R", "T/R"]))
def test_negatif_capaian_falls_as_realisasi_rises(t, r1, r2, metode):
    lo, hi = sorted((r1, r2))
    p = Pengaturan(metode_negatif=metode)
    c_lo, c_hi = capaian(lo, t, N, p), capaian(hi, t, N, p)
    if c_lo is not None and c_hi is not None:  # T/R is undefined at R = 0
        assert c_lo >= c_hi - 1e-9


@given(st.floats(min_value=0.01, max_value=1e4), st.floats(min_value=0, max_value=1e4),
       st.floats(min_value=0, max_value=1e4))
def test_positif_capaian_rises_with_realisasi(t, r1, r2):
    lo, hi = sorted((r1, r2))
    assert capaian(lo, t, P) <= capaian(hi, t, P) + 1e-9


# --------------------------------------------------------------------------- §3 sasaran and categories


@pytest.mark.parametrize("c, label", [
    (91, "Sangat Tinggi"), (90.995, "Sangat Tinggi"),  # applied to the rounded capaian
    (90.994, "Tinggi"), (76, "Tinggi"), (75.99, "Sedang"), (66, "Sedang"), (65.999, "Sedang"), (51, "Rendah"),
    (50.99, "Sangat Rendah"), (0, "Sangat Rendah"), (250, "Sangat Tinggi"), (None, None),
])
def test_kategori_default_scale(c, label):
    assert kategori(c) == label


def test_kategori_scale_can_be_replaced_by_the_workbook():
    p = Pengaturan(skala={"kategori": SKALA_ALTERNATIF["kategori"]})
    assert kategori(95, p) == "Sangat Baik"
    assert kategori(60, p) == "Kurang"
    p = Pengaturan(skala={"kategori": [Pita(0, "Belum"), Pita(100, "Tercapai")]})
    assert kategori(99.99, p) == "Belum" and kategori(100, p) == "Tercapai"


def test_sasaran_mean_skips_undefined_capaian():
    env = Env()
    assert expr_rata_capaian([120, 110]).value(env) == 115
    assert expr_rata_capaian([120, None]).value(env) == 120
    assert expr_rata_capaian([None]).value(env) is None
    assert expr_rata_capaian([120, 100], [3, 1]).value(env) == 115
    assert expr_rata_capaian([120, 100], [3, None]).value(env) == 120


def _one_sasaran(pairs, bobot=None, **pengaturan):
    inds = [indikator(f"I{i}", "S1", f"Indikator {i}", "%", P, t, 4 + i, bobot=(bobot[i] if bobot else None))
            for i, (t, _) in enumerate(pairs)]
    real = [realisasi(f"I{i}", 2023, 4 + i, realisasi=r) for i, (_, r) in enumerate(pairs)]
    return lkjip(sasaran=[Sasaran("S1", "Sasaran", inds)], realisasi=real, pengaturan=Pengaturan(**pengaturan))


pair = st.tuples(st.floats(min_value=0.1, max_value=1000), st.floats(min_value=0, max_value=1000))


@given(st.lists(pair, min_size=1, max_size=5), st.data())
@settings(max_examples=60)
def test_sasaran_capaian_lies_between_its_indicators(pairs, data):
    weighted = data.draw(st.booleans())
    bobot = data.draw(st.lists(st.floats(min_value=0.1, max_value=10), min_size=len(pairs), max_size=len(pairs))) if weighted else None
    h = hitung(_one_sasaran(pairs, bobot, pakai_bobot=weighted))
    caps = [i.capaian for i in h.indikator]
    s = h.sasaran[0].capaian
    assert min(caps) - 1e-9 <= s <= max(caps) + 1e-9


def test_weights_are_a_setting():
    m = konsisten()
    m.sasaran[0].indikator[0].bobot, m.sasaran[0].indikator[1].bobot = 3, 1
    assert hitung(m).sasaran_by_kode("S1").capaian == 115  # (120 + 110) / 2
    m.pengaturan.pakai_bobot = True
    assert hitung(m).sasaran_by_kode("S1").capaian == 117.5  # (3 x 120 + 110) / 4


# --------------------------------------------------------------------------- §4 budget


def test_penyerapan():
    assert b2(penyerapan(42_662_912_883, 44_825_594_200)) == 95.18
    assert penyerapan(5, 0) is None
    assert penyerapan(None, 10) is None


@given(st.lists(st.tuples(st.integers(min_value=1, max_value=10**11), st.integers(min_value=0, max_value=10**11)),
                min_size=1, max_size=6))
@settings(max_examples=60)
def test_total_penyerapan_lies_between_the_programs(rows):
    m = lkjip(program=[program(f"P{i}", "S1", a, r, 4 + i) for i, (a, r) in enumerate(rows)])
    h = hitung(m)
    per = [p.penyerapan for p in h.program]
    assert min(per) * (1 - 1e-12) <= h.anggaran.penyerapan <= max(per) * (1 + 1e-12)


def test_units_compare_without_case_and_spelling_of_percent():
    assert sama_satuan(" KK", "kk") and sama_satuan("persen", "%")
    assert not sama_satuan("KK", "%") and not sama_satuan(None, "%")


# --------------------------------------------------------------------------- §5 efficiency


@pytest.mark.parametrize("metode, c, pen, a, r, nilai, label", [
    ("rasio", 111.64006168, 95.17534267, None, None, 117.30, "Sangat Efisien"),
    ("rasio", 60, 100, None, None, 60.0, "Kurang Efisien"),
    ("rasio", 75.995, 100, None, None, 76.0, "Efisien"),  # banded on the rounded value
    ("selisih", 111.64006168, 95.17534267, None, None, 16.46, "Efisien"),
    ("selisih", 90, 90, None, None, 0.0, "Efisien"),
    ("selisih", 90, 95, None, None, -5.0, "Tidak Efisien"),
    ("pmk249", 100, 90, 1000, 900, 75.0, "Efisien"),  # E = 10%
    ("pmk249", 100, 50, 1000, 500, 100.0, "Efisien"),  # E = 50%, clamped to 20%
    ("pmk249", 100, 110, 1000, 1100, 25.0, "Tidak Efisien"),  # overspent
    ("pmk249", 50, 50, 1000, 500, 50.0, "Efisien"),  # spent in proportion
    ("penghematan", 100, 90, None, None, 10.0, "Efisien"),
    ("penghematan", 99.99, 90, None, None, 0, "Tidak Efisien"),
    ("penghematan", 120, 100, None, None, 0.0, "Tidak Efisien"),
])
def test_efisiensi_each_method(metode, c, pen, a, r, nilai, label):
    v, lab = efisiensi(metode, c, pen, a, r)
    assert b2(v) == nilai and lab == label


def test_pmk249_clamp_is_a_setting():
    assert efisiensi("pmk249", 100, 50, 1000, 500, Pengaturan(pmk_batasi=False))[0] == pytest.approx(175)
    assert efisiensi("pmk249", 100, 50, 1000, 500, Pengaturan(pmk_batas=40))[0] == pytest.approx(100)
    assert efisiensi("pmk249", 100, 90, 1000, 900, Pengaturan(pmk_batas=40))[0] == pytest.approx(62.5)


def test_efisiensi_undefined_without_penyerapan():
    assert efisiensi("rasio", 100, None) == (None, None)
    with pytest.raises(ValueError):
        efisiensi("lain", 100, 90)


@pytest.mark.parametrize("metode", METODE_EFISIENSI)
def test_each_method_is_described_in_one_sentence(metode):
    text = keterangan_efisiensi(metode)
    assert text.startswith("Tingkat efisiensi diukur") and text.endswith(".") and text.count(". ") == 0
    assert "Efisien" in text


def test_description_follows_the_scale_in_force():
    assert "≥ 91 Sangat Efisien" in keterangan_efisiensi("rasio")
    p = Pengaturan(skala={"efisiensi": [Pita(0, "Boros"), Pita(100, "Hemat")]})
    assert "≥ 100 Hemat, dan selain itu Boros" in keterangan_efisiensi("rasio", p)
    assert "dibatasi ±20%" in keterangan_efisiensi("pmk249")
    assert "dibatasi" not in keterangan_efisiensi("pmk249", Pengaturan(pmk_batasi=False))


@pytest.mark.parametrize("metode, nilai, label", [
    ("rasio", 117.30, "Sangat Efisien"), ("selisih", 16.46, "Efisien"), ("pmk249", 86.87, "Efisien"),
    ("penghematan", 4.82, "Efisien"),
])
def test_efficiency_method_in_use_is_a_setting(metode, nilai, label):
    h = hitung(contoh(metode_efisiensi=metode))
    s1 = h.sasaran_by_kode("S1")
    assert h.metode_efisiensi == metode and s1.metode_efisiensi == metode
    assert b2(s1.nilai_efisiensi) == nilai and s1.tingkat_efisiensi == label
    assert s1.efisiensi["rasio"] == pytest.approx(117.2993535)  # every method is computed
    assert h.keterangan_efisiensi == keterangan_efisiensi(metode)


def test_unknown_efficiency_method_is_refused():
    with pytest.raises(ValueError, match="efisiensi"):
        hitung(contoh(metode_efisiensi="lain"))


# --------------------------------------------------------------------------- §6 AKIP


@pytest.mark.parametrize("total, label", [(70.35, "BB"), (73.5, "BB"), (90, "A"), (90.01, "AA"), (80, "BB"),
                                          (70, "B"), (60.5, "B"), (50, "C"), (30, "D"), (30.01, "C"), (None, None)])
def test_predikat_akip_strict_bounds(total, label):
    assert predikat_akip(total) == label


def test_akip_total_is_banded_after_rounding():
    # 22.2 + 24 + 9.9 + 13.9 is 70.00000000000001 in floating point: still B, not BB
    m = lkjip()
    m.akip = contoh().akip
    for k, v in zip(m.akip.komponen, (22.2, 24, 9.9, 13.9)):
        k.nilai[2021] = v
    assert hitung(m).akip_tahun(2021).predikat == "B"


# --------------------------------------------------------------------------- settings


def test_negatif_method_is_a_setting():
    assert b2(hitung(konsisten()).indikator_by_kode("I2").capaian) == 110.0
    assert b2(hitung(konsisten(metode_negatif="T/R")).indikator_by_kode("I2").capaian) == 111.11


def test_predikat_numerik_is_a_setting():
    m = contoh()
    m.realisasi[3].realisasi = 73.5  # I2 2023 as a score
    assert hitung(m).indikator_by_kode("I2").capaian is None
    m.pengaturan.predikat_numerik = True
    assert hitung(m).indikator_by_kode("I2").capaian == pytest.approx(105)


def test_cap_is_a_setting_and_reaches_the_sasaran():
    h = hitung(contoh(batas_capaian=100))
    assert h.indikator_by_kode("I1").capaian == 100
    assert h.sasaran_by_kode("S1").capaian == 100


def test_printed_precision_is_a_setting():
    h = hitung(contoh(presisi="tercetak"))
    assert b2(h.indikator_by_kode("I1").capaian) == 111.69  # 3,63 / 3,25
    s1 = h.sasaran_by_kode("S1")
    assert b2(s1.efisiensi["rasio"]) == 117.35  # 111,69 / 95,18
    h = hitung(contoh(presisi="tercetak", desimal_persen=1))
    assert b2(h.indikator_by_kode("I1").capaian) == 109.09  # 3,6 / 3,3: the target is printed with 1 decimal too


def test_scales_of_the_workbook_override_the_defaults():
    h = hitung(contoh(skala={"efisiensi": [Pita(0, "Boros"), Pita(120, "Hemat")]}))
    assert h.sasaran_by_kode("S1").tingkat_efisiensi == "Boros"
    assert h.skala["kategori"] == DEFAULT_SKALA["kategori"]


# --------------------------------------------------------------------------- edge cases through hitung


def test_edge_cases_in_one_workbook():
    h = hitung(tepi())
    assert h.indikator_by_kode("I1").capaian is None  # no realisasi
    assert h.indikator_by_kode("I2").capaian == 100  # negatif, T = 0, R = 0
    assert h.indikator_by_kode("I4").capaian is None  # positif, T = 0
    assert h.indikator_by_kode("I5").capaian == 125  # above the range 10..20
    assert h.indikator_by_kode("I3").capaian is None  # "X" is no predikat
    s1, s2, s3 = h.sasaran
    assert s1.capaian == 112.5  # mean of 100 and 125; undefined ones left out
    assert s2.capaian is None and s2.kategori is None
    assert s2.realisasi_anggaran == 0 and s2.penyerapan == 0
    assert s3.anggaran == 0 and s3.penyerapan is None and s3.tingkat_efisiensi is None
    assert hitung(tepi(pakai_bobot=True)).sasaran_by_kode("S1").capaian == 100  # I2 weight 2, I5 none


def test_year_history_and_comparisons_of_the_consistent_workbook():
    hi = hitung(konsisten()).indikator_by_kode("I1")
    assert [t.tahun for t in hi.riwayat] == [2023, 2024]
    assert (hi.riwayat[0].target, hi.riwayat[0].realisasi, hi.riwayat[0].capaian) == (40, 45, 112.5)
    b = hi.banding[0]
    assert (b.tahun, b2(b.realisasi_rasio), b.realisasi_selisih, b2(b.capaian_rasio), b.capaian_selisih) == (
        2023, 133.33, 15, 106.67, 7.5)
    assert (hi.renstra.basis, hi.renstra.nilai, hi.renstra.target_akhir, hi.renstra.persen, hi.renstra.sisa) == (
        "realisasi", 60, 60, 100, 0)
    assert (hi.standar.standar, b2(hi.standar.persen), hi.standar.selisih) == (55, 109.09, 5)
    i2 = hitung(konsisten()).indikator_by_kode("I2")
    assert (i2.renstra.persen, i2.renstra.sisa) == (87.5, 1)  # negatif: 9 of the end target 8
    i3 = hitung(konsisten()).indikator_by_kode("I3")
    assert (i3.banding[0].realisasi_rasio, i3.banding[0].realisasi_selisih) == (120, 1)  # A (6) over BB (5)


# --------------------------------------------------------------------------- operational indicators, measured as the PK's


def _operasional_saja(*ops, **pengaturan):
    """A workbook whose only measured indicators are operational ones (report year 2024)."""
    return lkjip(identitas=konsisten().identitas, indikator_renstra=konsisten().indikator_renstra,
                 operasional=list(ops), pengaturan=Pengaturan(**pengaturan))


def test_operational_formula_indicator_of_the_consistent_workbook():
    ho = hitung(konsisten()).operasional[0]
    assert [t.tahun for t in ho.riwayat] == [2023, 2024]
    assert (ho.target, ho.realisasi, ho.capaian, ho.kategori) == (80, 90, 112.5, "Sangat Tinggi")  # 45/50; 90/80
    lalu = ho.tahun(2023)
    assert (lalu.target, lalu.realisasi, lalu.capaian) == (None, 85, None)  # 34/40; no target stated for 2023
    b = ho.banding[0]
    assert (b.tahun, b2(b.realisasi_rasio), b.realisasi_selisih, b.capaian_rasio) == (2023, 105.88, 5, None)
    r = ho.renstra
    assert (r.basis, r.nilai, r.target_akhir, r.target_tahun, b2(r.persen), r.sisa) == ("realisasi", 90, 85, 80, 105.88, 0)
    assert ho.standar is None and ho.kunci == "operasional:1" and ho.ini.kunci == "operasional:1:2024"


@pytest.mark.parametrize("target, pembilang, penyebut, expected_target", [
    (80, None, None, 80),  # the stated target, no counts
    (81, 40, 50, 81),  # the signed target stands; its counts are only audited
    (None, 40, 50, 80),  # no stated target: 40 / 50 x 100
])
def test_operational_positif_target_from_the_value_or_its_counts(target, pembilang, penyebut, expected_target):
    o = operasional("Persentase layanan tepat waktu", target, 4, pembilang=45, penyebut=50, target_pembilang=pembilang,
                    target_penyebut=penyebut)
    ho = hitung(_operasional_saja(o)).operasional[0]
    assert (ho.target, ho.realisasi, b2(ho.capaian)) == (expected_target, 90, b2(90 / expected_target * 100))


@pytest.mark.parametrize("metode, target, pembilang, penyebut, expected", [
    ("2T-R", 10, None, None, 120),  # (2 x 10 - 8) / 10 x 100
    ("2T-R", None, 5, 50, 120),  # target 5 / 50 x 100 = 10
    ("T/R", 10, 5, 50, 125),  # 10 / 8 x 100
    ("T/R", None, 5, 50, 125),
])
def test_operational_negatif_formula_indicator(metode, target, pembilang, penyebut, expected):
    o = operasional("Persentase layanan terlambat", target, 4, pembilang=4, penyebut=50, polaritas=N,
                    target_pembilang=pembilang, target_penyebut=penyebut, realisasi_lalu_pembilang=6,
                    realisasi_lalu_penyebut=50)
    ho = hitung(_operasional_saja(o, metode_negatif=metode)).operasional[0]
    assert (ho.target, ho.realisasi, b2(ho.capaian)) == (10, 8, expected)
    assert ho.tahun(2023).realisasi == 12 and ho.banding[0].realisasi_selisih == -4


def test_operational_counts_with_a_factor_of_their_own():
    o = operasional("Rasio pendamping per 1.000 KPM", 2, 4, satuan="rasio", pembilang=30, penyebut=12_000,
                    formula=Formula("Jumlah pendamping", "orang", "Jumlah KPM", "KPM", 1000.0))
    ho = hitung(_operasional_saja(o)).operasional[0]
    assert (ho.realisasi, ho.capaian) == (2.5, 125)


def test_operational_formulas_point_at_the_operasional_sheet():
    h = hitung(konsisten())
    ho = h.operasional[0]
    assert ho.ini.expr["realisasi"].formula(h.env) == (
        '=IFERROR(IF(COUNT(Operasional!V4,Operasional!W4)=2,Operasional!V4/Operasional!W4*100,""),"")')
    assert ho.tahun(2023).expr["realisasi"].formula(h.env) == (
        '=IFERROR(IF(COUNT(Operasional!P4,Operasional!Q4)=2,Operasional!P4/Operasional!Q4*100,""),"")')
    assert h.env.cell("Operasional:1.target") == "Operasional!R4"


# --------------------------------------------------------------------------- the example (EXAMPLE.md)


def _kolom(lkjip_model, hasil, lembar, judul):
    tabel = next(t for t in lkjip_model.pendukung if t.lembar == lembar)
    huruf = next(k.huruf for k in tabel.kolom if k.judul.startswith(judul))
    return next(p for p in hasil.pendukung if p.lembar == lembar).jumlah[huruf]


def assert_example_values(m, h):
    """Every value of EXAMPLE.md."""
    assert h.tahun == 2023
    i1 = h.indikator_by_kode("I1")
    assert i1.realisasi == pytest.approx(3.6283020046) and b2(i1.realisasi) == 3.63
    assert b2(i1.capaian) == 111.64 and i1.kategori == "Sangat Tinggi"
    t22 = i1.tahun(2022)
    assert (b2(t22.target), b2(t22.realisasi), b2(t22.capaian)) == (2.70, 2.70, 100.0)
    b = i1.banding[0]
    assert (b.tahun, b2(b.realisasi_rasio), b2(b.realisasi_selisih)) == (2022, 134.57, 0.93)
    assert (i1.renstra.basis, i1.renstra.nilai, i1.renstra.target_akhir, i1.renstra.target_tahun) == (
        "pembilang", 581, 500, 390)
    assert b2(i1.renstra.persen) == 116.2 and i1.renstra.sisa == 0
    s1 = h.sasaran_by_kode("S1")
    assert (b2(s1.capaian), s1.kategori) == (111.64, "Sangat Tinggi")
    assert (s1.anggaran, s1.realisasi_anggaran, b2(s1.penyerapan)) == (44_825_594_200, 42_662_912_883, 95.18)
    assert (b2(s1.nilai_efisiensi), s1.tingkat_efisiensi) == (117.30, "Sangat Efisien")
    assert len(s1.program) == 4
    i2 = h.indikator_by_kode("I2")
    assert (i2.target, i2.realisasi, i2.capaian) == ("BB", "BB", 100)
    s2 = h.sasaran_by_kode("S2")
    assert (s2.capaian, s2.anggaran, s2.realisasi_anggaran, b2(s2.penyerapan)) == (
        100, 12_541_983_559, 11_709_130_372, 93.36)
    assert (b2(s2.nilai_efisiensi), s2.tingkat_efisiensi) == (107.11, "Sangat Efisien")
    assert [(a.tahun, b2(a.jumlah), a.predikat) for a in h.akip] == [(2021, 70.35, "BB"), (2022, 73.50, "BB")]
    assert [b2(p.penyerapan) for p in h.program] == [94.64, 86.08, 96.15, 88.27, 93.36]
    assert (h.anggaran.anggaran, h.anggaran.realisasi, b2(h.anggaran.penyerapan)) == (
        57_367_577_759, 54_372_043_255, 94.78)
    assert [b2(o.realisasi) for o in h.operasional] == [65.58, 76.92, 86.81, 100, 100]
    assert [b2(o.capaian) for o in h.operasional] == [117.12, 108.34, 98.65, 100.0, 100.0]
    assert [o.target for o in h.operasional] == [56, 71, 88, 100, 100]
    assert [o.tahun(2022).realisasi for o in h.operasional] == [54, 76.92, 81.83, 100, 100]
    assert _kolom(m, h, "Data_PSKS", "Jumlah PSKS") == 154
    assert _kolom(m, h, "Data_PSKS", "Tersertifikasi 2022") == 85  # the typed total says 127
    assert _kolom(m, h, "Data_PSKS", "Tersertifikasi 2023") == 101
    assert _kolom(m, h, "Data_Rehabilitasi", "Jumlah") == 1185


def test_example_values_from_the_builder():
    m = contoh()
    assert_example_values(m, hitung(m))


def assert_example_operational_links(h):
    """What the example's Tabel 3.4 gains with the counts and the Renstra links of template version 2."""
    assert [o.renstra.kode_renstra if o.renstra else None for o in h.operasional] == ["R3", "R3", "R2", "R4", None]
    assert [(o.renstra.target_tahun, o.renstra.target_akhir) for o in h.operasional[:4]] == [
        (62, 75), (62, 75), (88, 90), (96, 100)]
    # share of the Renstra's end target reached: 65,584 of 75, 76,923 of 75, 86,813 of 90, 100 of 100
    assert [b2(o.renstra.persen) for o in h.operasional[:4]] == [87.45, 102.56, 96.46, 100.0]
    assert [o.banding[0].realisasi_selisih for o in h.operasional[3:]] == [0, 0]


def test_example_operational_links_from_the_builder():
    assert_example_operational_links(hitung(contoh()))


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the bundled example workbook is not generated yet")
def test_example_values_from_the_bundled_workbook():
    from lkj_excel.reader import read_workbook

    m, temuan = read_workbook(EXAMPLE)
    assert m is not None, [t.teks() for t in temuan]
    assert_example_values(m, hitung(m))
    assert_example_operational_links(hitung(m))


# --------------------------------------------------------------------------- formulas of the results


def test_every_derived_number_has_an_expression_whose_value_it_is():
    h = hitung(contoh())
    derived = h.env.names(derived=True)
    assert len(derived) > 60
    for name in derived:
        expr = h.env.expr(name)
        assert expr.value(h.env) == h.env.value(name), name
        assert not expr.formula(h.env).startswith("==")


def test_results_point_at_their_expressions():
    h = hitung(contoh())
    i1, s1 = h.indikator_by_kode("I1"), h.sasaran_by_kode("S1")
    assert i1.ini.env_name("capaian") == "indikator:I1:2023.capaian"
    assert h.env.value(i1.ini.env_name("capaian")) == i1.capaian
    assert set(s1.expr) >= {"capaian", "kategori", "anggaran", "realisasi_anggaran", "penyerapan",
                            *(f"efisiensi_{m}" for m in METODE_EFISIENSI),
                            *(f"label_efisiensi_{m}" for m in METODE_EFISIENSI)}
    for hp in h.program:
        assert h.env.value(hp.env_name("penyerapan")) == hp.penyerapan


def test_formulas_of_the_example_with_input_cells():
    h = hitung(contoh())
    env = h.env
    i1, s1 = h.indikator_by_kode("I1"), h.sasaran_by_kode("S1")
    assert i1.ini.expr["realisasi"].formula(env) == (
        '=IFERROR(IF(COUNT(Realisasi!H5,Realisasi!I5)=2,Realisasi!H5/Realisasi!I5*100,""),"")')
    assert i1.ini.expr["capaian"].formula(env) == (
        '=IFERROR(IF(COUNT(Realisasi!H5,Realisasi!I5,PK!G4)=3,Realisasi!H5/Realisasi!I5*100/PK!G4*100,""),"")')
    assert s1.expr["anggaran"].formula(env) == "=SUM(Anggaran!E4:E7)"
    assert s1.expr["penyerapan"].formula(env) == '=IFERROR(SUM(Anggaran!F4:F7)/SUM(Anggaran!E4:E7)*100,"")'
    assert h.akip[0].expr["jumlah"].formula(env) == "=SUM(AKIP!C4:C7)"
    assert h.pendukung[0].expr["jumlah_C"].formula(env) == "=SUM(Data_PSKS!C6:C10)"
    assert i1.renstra.expr["persen"].formula(env) == (
        '=IFERROR(IF(COUNT(Realisasi!H5,IndikatorRenstra!N4)=2,Realisasi!H5/IndikatorRenstra!N4*100,""),"")')


def test_formulas_once_a_renderer_placed_the_numbers():
    h = hitung(contoh())
    env = h.env.copy()
    i1, s1 = h.indikator_by_kode("I1"), h.sasaran_by_kode("S1")
    env.relocate({"PK!G4": "Pengukuran!C5"})
    env.place(i1.ini.env_name("realisasi"), "Pengukuran!D5")
    env.place(i1.ini.env_name("capaian"), "Pengukuran!E5")
    env.place(s1.env_name("capaian"), "Efisiensi!C4")
    env.place(s1.env_name("penyerapan"), "Efisiensi!D4")
    env.place(s1.env_name("efisiensi_rasio"), "Efisiensi!E4")
    env.set_scale_ranges("efisiensi", ScaleRanges("Skala!$B$7:$B$11", "Skala!$C$7:$C$11", "Skala!$D$7:$D$11"))
    assert i1.ini.expr["capaian"].formula(env) == (
        '=IFERROR(IF(COUNT(Pengukuran!D5,Pengukuran!C5)=2,Pengukuran!D5/Pengukuran!C5*100,""),"")')
    assert s1.expr["capaian"].formula(env) == '=IFERROR(AVERAGE(Pengukuran!E5),"")'
    assert s1.expr["efisiensi_rasio"].formula(env) == (
        '=IFERROR(IF(COUNT(Efisiensi!C4,Efisiensi!D4)=2,Efisiensi!C4/Efisiensi!D4*100,""),"")')
    assert s1.expr["label_efisiensi_rasio"].formula(env) == (
        '=IF(ISNUMBER(Efisiensi!E4),INDEX(Skala!$D$7:$D$11,MAX(1,SUMPRODUCT((ROUND(Efisiensi!E4,2)>Skala!$B$7:$B$11)'
        '+(ROUND(Efisiensi!E4,2)=Skala!$B$7:$B$11)*Skala!$C$7:$C$11))),"")')
    assert h.env.cell("PK:I1.target") == "PK!G4"  # the result's own environment is untouched


# --------------------------------------------------------------------------- LibreOffice agrees


def _variants():
    """Workbooks and settings whose every derived number is recalculated by LibreOffice."""
    label = tepi(batas_capaian=110)
    label.sasaran[0].indikator.append(indikator("I9", "S1", "Indeks", "indeks", P, "BB", 9))
    label.realisasi.append(realisasi("I9", 2024, 13, realisasi=5))
    label.operasional[0].target = "A"
    skor = tepi(predikat_numerik=True, pakai_bobot=True)
    next(r for r in skor.realisasi if r.kode_indikator == "I3" and r.tahun == 2024).realisasi = 85.5
    lain = konsisten(pakai_bobot=True, batas_capaian=115, pmk_batasi=False)
    lain.operasional.append(operasional("Persentase layanan terlambat", None, 5, pembilang=4, penyebut=50, polaritas=N,
                                        target_pembilang=5, target_penyebut=50, lalu=12, kode_renstra="R2"))
    return [
        (contoh(), True), (contoh(presisi="tercetak", metode_negatif="T/R"), False), (lain, True), (tepi(), True),
        (tepi(pakai_bobot=True, metode_negatif="T/R", presisi="tercetak"), False), (label, True), (skor, False),
    ]


@pytest.mark.office
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_every_formula_to_its_python_value(tmp_path):
    """Every derived number of several workbooks, as formulas over the input cells; one recalculation."""
    import xlsxwriter
    from openpyxl import load_workbook

    from lkj_excel.expr import urut_pita

    path = tmp_path / "rumus.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    sheets: dict[str, object] = {}

    def ws(name):
        if name not in sheets:
            sheets[name] = wb.add_worksheet(name)
        return sheets[name]

    expected = []
    for n, (m, use_table) in enumerate(_variants()):
        env = hitung(m).env.copy()
        # each variant's inputs on its own copies of the input sheets
        env.relocate({env.source(k): f"V{n}{env.source(k)}" for k in env.names(derived=False) if env.source(k)})
        for k in env.names(derived=False):
            cell, v = env.cell(k), env.value(k)
            if cell and v is not None:
                sheet, ref = cell.split("!")
                (ws(sheet).write_string if isinstance(v, str) else ws(sheet).write_number)(ref, v)
        if use_table:
            row = 0
            for name, pita in env.skala.items():
                bands = urut_pita(pita)
                for i, p in enumerate(bands):
                    ws(f"V{n}Skala").write_row(row + i, 0, [p.batas, p.inklusif, p.label])
                r0, r1 = row + 1, row + len(bands)
                env.set_scale_ranges(name, ScaleRanges(*(f"V{n}Skala!${c}${r0}:${c}${r1}" for c in "ABC")))
                row = r1
        derived = env.names(derived=True)
        for i, k in enumerate(derived):
            env.place(k, f"V{n}Hasil!B{i + 1}")
        for i, k in enumerate(derived):
            v = env.value(k)
            ws(f"V{n}Hasil").write_formula(i, 1, env.expr(k).formula(env), None, "" if v is None else v)
            expected.append((f"V{n}Hasil", i + 1, k, v))
    wb.close()
    out = tmp_path / "out"
    profile = tmp_path / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema"><item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>')
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=300)
    recalculated = load_workbook(out / "rumus.xlsx", data_only=True)
    wrong = []
    for sheet, row, name, v in expected:
        got = recalculated[sheet].cell(row, 2).value
        same = (got in (None, "") if v is None else
                got == pytest.approx(v, rel=1e-9, abs=1e-9) if isinstance(got, (int, float)) and not isinstance(v, str)
                else got == v)
        if not same:
            wrong.append((sheet, name, v, got))
    assert len(expected) > 600
    assert wrong == []
