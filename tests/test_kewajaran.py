"""Plausibility warnings: negative capaian, capaian against the polarity, units of realisasi, text in a count column."""

from __future__ import annotations

import pytest

from builders import N, P, konsisten
from lkj_excel.audit import audit
from lkj_excel.rules import hitung


def temuan(m, kode=None):
    items = audit(m, hitung(m), ketat=True).items
    return [t for t in items if kode is None or t.kode == kode]


def _i2(m):
    """I2 of ``konsisten``: "Persentase penduduk miskin", negatif, target 10%, realisasi 9% (PK row 5, Realisasi row 7)."""
    return m.indikator_by_kode("I2")


def test_the_consistent_workbook_raises_none():
    assert temuan(konsisten()) == []


def test_negative_capaian_against_a_far_off_renstra_end_target():
    m = konsisten()
    m.renstra_by_kode("R2").target_akhir = 4  # negatif: (2 x 4 - 9) / 4 x 100 = -25%
    (t,) = temuan(m, "capaian-negatif")
    assert t.sel == ("IndikatorRenstra!K5", "Realisasi!G7")
    assert t.ditemukan == "-25,00%"
    assert t.pesan.startswith('Capaian indikator I2 "Persentase penduduk miskin" terhadap target akhir Renstra bernilai '
                              "negatif (-25,00%)")


def test_negative_capaian_of_an_earlier_year_and_against_the_national_standard():
    m = konsisten()
    next(r for r in m.realisasi if r.kode_indikator == "I2" and r.tahun == 2023).realisasi = 23  # (22 - 23) / 11 = -9,09%
    _i2(m).standar_nasional = 4  # (2 x 4 - 9) / 4 = -25%
    found = {(t.sel, t.ditemukan) for t in temuan(m, "capaian-negatif")}
    assert found == {(("Realisasi!G6", "Realisasi!D6"), "-9,09%"), (("PK!Q5",), "-25,00%")}


def test_the_report_years_negative_capaian_is_said_once():
    m = konsisten()
    next(r for r in m.realisasi if r.kode_indikator == "I2" and r.tahun == 2024).realisasi = 21  # (20 - 21) / 10 = -10%
    assert [t.ditemukan for t in temuan(m, "capaian-tidak-wajar")] == ["-10,00%"]
    # the only negative one besides: against the Renstra end target of 8%, (2 x 8 - 21) / 8 = -62,5%
    assert [(t.sel[0], t.ditemukan) for t in temuan(m, "capaian-negatif")] == [("IndikatorRenstra!K5", "-62,50%")]


def test_a_stated_capaian_against_the_polarity():
    m = konsisten()
    row = next(r for r in m.realisasi if r.kode_indikator == "I2" and r.tahun == 2024)
    row.capaian_tertulis = 90  # 9 / 10, measured as if positif; the negatif indicator did better than its target
    (t,) = temuan(m, "capaian-berlawanan-polaritas")
    assert t.sel == ("Realisasi!J7", "Realisasi!G7", "PK!G5")
    assert t.pesan == ('Capaian tertulis 2024 indikator I2 "Persentase penduduk miskin" sebesar 90,00%, padahal realisasi '
                       "9% lebih rendah dari pembandingnya 10% dan indikator ini berpolaritas negatif; periksa kembali "
                       "polaritas, rumus capaian atau angkanya.")
    assert "capaian-tertulis-berbeda" in {x.kode for x in temuan(m)}  # 90 against the derived 110 as well


def test_a_derived_capaian_against_the_polarity_of_a_negative_target():
    m = konsisten()
    i2 = _i2(m)
    i2.polaritas, i2.target, i2.kode_renstra = P, -10, None  # growth of -10% targeted, -20% reached: R/T = 200%
    next(r for r in m.realisasi if r.kode_indikator == "I2" and r.tahun == 2024).realisasi = -20
    (t,) = temuan(m, "capaian-berlawanan-polaritas")
    assert t.sel == ("PK!G5", "Realisasi!G7")
    assert (t.ditemukan, "lebih rendah dari pembandingnya -10%" in t.pesan) == ("200,00%", True)


@pytest.mark.parametrize("polaritas, realisasi, tertulis", [(N, 9, 110), (P, 12, 120), (N, 11, 90), (P, 8, 80)])
def test_a_capaian_that_follows_the_polarity_is_silent(polaritas, realisasi, tertulis):
    m = konsisten()
    i2 = _i2(m)
    i2.polaritas = polaritas
    row = next(r for r in m.realisasi if r.kode_indikator == "I2" and r.tahun == 2024)
    row.realisasi, row.capaian_tertulis = realisasi, tertulis
    assert temuan(m, "capaian-berlawanan-polaritas") == []


@pytest.mark.parametrize("satuan, beda", [("orang", True), ("persen", False), ("%", False)])
def test_a_realisasi_recorded_in_another_unit(satuan, beda):
    m = konsisten()
    row = next(r for r in m.realisasi if r.kode_indikator == "I2" and r.tahun == 2024)
    row.satuan_realisasi = satuan
    row.cells["satuan_realisasi"] = "Realisasi!M7"
    found = temuan(m, "satuan-realisasi-berbeda")
    assert [(t.sel, t.ditemukan, t.diharapkan) for t in found] == ([(("Realisasi!M7", "PK!E5"), "orang", "%")] if beda else [])


def test_the_operational_realisasi_unit():
    m = konsisten()
    o = m.operasional[0]
    o.satuan_realisasi, o.cells["satuan_realisasi"] = "layanan", "Operasional!AB4"
    (t,) = temuan(m, "satuan-realisasi-berbeda")
    assert t.sel == ("Operasional!AB4", "Operasional!G4") and "Realisasi 2024 indikator operasional" in t.pesan


def test_text_in_a_count_column_of_a_supporting_table(edit_example):
    from test_tertulis import baru

    (t,) = baru(edit_example({"Data_PSKS!D8": "abc"}))  # Tersertifikasi 2023: 64, 0, "abc", 28, 1
    assert (t.kode, t.sel, t.ditemukan) == ("teks-pada-kolom-angka", ("Data_PSKS!D8",), '"abc"')
    assert t.pesan.startswith('Kolom "Tersertifikasi 2023 (orang)" pada tabel "Jenis dan Jumlah PSKS Tersertifikasi" '
                              "berisi angka pada 4 (empat) baris, tetapi Data_PSKS!D8 berisi \"abc\"")


@pytest.mark.parametrize("cells", [{"Data_PSKS!D7": "-"}, {"Data_PSKS!D8": "8"}, {"Data_Bantuan!E6": "12"}])
def test_a_dash_a_number_as_text_or_a_number_in_a_text_column_are_silent(edit_example, cells):
    from test_tertulis import baru

    assert baru(edit_example(cells)) == []


@pytest.mark.parametrize("satuan, beda", [("indeks", True), ("%", False)])
def test_a_realisasi_typed_with_a_percent_sign_states_its_unit(edit_example, satuan, beda):
    from lkj_excel import schema as sc
    from test_tertulis import baru, sel

    path = edit_example({sel(sc.OPERASIONAL, "satuan", 4): satuan, sel(sc.OPERASIONAL, "realisasi", 4): "65,58%"})
    found = baru(path, "satuan-realisasi-berbeda")
    cell = sel(sc.OPERASIONAL, "realisasi", 4)
    assert [(t.sel[0], t.ditemukan, t.diharapkan) for t in found] == ([(cell, "%", "indeks")] if beda else [])
