"""The audit: findings as data, one check at a time, and the example's own disagreements."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import angka_tertulis, contoh, indikator, konsisten, lkjip, operasional, program, realisasi, tepi
from conftest import EXAMPLE
from lkj_excel.audit import PEMERIKSAAN, audit, cek_program
from lkj_excel.model import JumlahTertulis, Pengaturan, Polaritas, Sasaran
from lkj_excel.problems import Tingkat
from lkj_excel.rules import hitung


def temuan(m, **kw):
    """The audit's findings of a model (checks that raise fail the test)."""
    return audit(m, hitung(m), ketat=True, **kw).items


def kode(m) -> list[str]:
    return [t.kode for t in temuan(m)]


def one(m, code):
    found = [t for t in temuan(m) if t.kode == code]
    assert len(found) == 1, [t.teks() for t in temuan(m)]
    return found[0]


# --------------------------------------------------------------------------- basics


def test_consistent_workbook_has_no_finding():
    assert [t.teks() for t in temuan(konsisten())] == []


def test_findings_are_audit_records_of_the_workbook():
    daftar = audit(contoh(), hitung(contoh()), ketat=True)
    assert daftar.berkas == "contoh_lkjip_dinsos_bengkalis_2023.xlsx"
    for t in daftar:
        assert t.sumber == "audit" and t.berkas == daftar.berkas
        assert t.pesan.endswith(".") and t.sel and t.tingkat is Tingkat.PERINGATAN
    assert not daftar.ada_galat  # the example converts


def test_audit_never_changes_a_number():
    m = contoh()
    h = hitung(m)
    before_model, before = copy.deepcopy(m), [(s.capaian, s.anggaran, s.penyerapan) for s in h.sasaran]
    audit(m, h, ketat=True)
    assert m == before_model
    assert [(s.capaian, s.anggaran, s.penyerapan) for s in h.sasaran] == before


def test_a_failing_check_does_not_hide_the_others():
    def rusak(lkjip, hasil, catat):
        raise RuntimeError("bug")

    m = tepi()
    daftar = audit(m, hitung(m), pemeriksaan=(rusak, cek_program))
    codes = [t.kode for t in daftar]
    assert codes[0] == "pemeriksaan-gagal" and "realisasi-anggaran-kosong" in codes
    assert "rusak" in daftar.items[0].pesan
    with pytest.raises(RuntimeError):
        audit(m, hitung(m), ketat=True, pemeriksaan=(rusak,))


def test_every_check_has_a_docstring():
    assert all(c.__doc__ for c in PEMERIKSAAN)


# --------------------------------------------------------------------------- the example (EXAMPLE.md)


def assert_example_findings(items):
    by = {}
    for t in items:
        by.setdefault(t.kode, []).append(t)
    # Tabel 3.5: the 2022 column's stated total is 127, its rows add up to 85
    (tabel,) = by["jumlah-tabel-berbeda"]
    assert tabel.sel[0] == "Data_PSKS!C11" and "Data_PSKS!C6" in tabel.sel and "Data_PSKS!C10" in tabel.sel
    assert (tabel.ditemukan, tabel.diharapkan) == ("127", "85")
    assert "(127) tidak sama dengan jumlah baris-barisnya (85)" in tabel.pesan
    # Tabel 3.11: the budget of sasaran 1 against its programs of Tabel 2.4
    angka = {t.sel[0]: t for t in by["angka-tertulis-berbeda"]}
    anggaran, real = angka["AngkaTertulis!C4"], angka["AngkaTertulis!D4"]
    assert (anggaran.ditemukan, anggaran.diharapkan) == ("Rp 44.416.379.200", "Rp 44.825.594.200")
    assert set(anggaran.sel[1:]) == {"Anggaran!E4", "Anggaran!E5", "Anggaran!E6", "Anggaran!E7"}
    assert (real.ditemukan, real.diharapkan) == ("Rp 42.277.199.383", "Rp 42.662.912.883")
    assert set(real.sel[1:]) == {"Anggaran!F4", "Anggaran!F5", "Anggaran!F6", "Anggaran!F7"}
    assert (angka["AngkaTertulis!B4"].ditemukan, angka["AngkaTertulis!B4"].diharapkan) == ("94,05%", "111,64%")
    # the PK target of 2023 against the Renstra's 2023 target (PK 521 KK, Renstra 390 KK)
    renstra, *operasional = by["target-pk-berbeda-renstra"]
    assert renstra.sel == ("PK!K4", "IndikatorRenstra!J4")
    assert (renstra.ditemukan, renstra.diharapkan) == ("521 KK", "390 KK")
    # and more: 2022's target against the Renstra, the predikat of 2022 against AKIP
    (lalu,) = by["target-berbeda-renstra"]
    assert (lalu.sel, lalu.ditemukan, lalu.diharapkan) == (("Realisasi!E4", "IndikatorRenstra!I4"), "455 KK", "340 KK")
    (akip,) = by["predikat-berbeda-akip"]
    assert akip.sel[0] == "Realisasi!G6" and (akip.ditemukan, akip.diharapkan) == ("B", "BB")
    assert "73,50" in akip.pesan
    # Tabel 3.4 (Eselon III) against the Renstra's 2023 targets of the same subject (Tabel 2.2: R3 62%, R4 96%);
    # R2 (88%) agrees with the jaminan sosial target
    assert [(t.sel, t.ditemukan, t.diharapkan) for t in operasional] == [
        (("Operasional!R4", "IndikatorRenstra!J6"), "56%", "62%"),
        (("Operasional!R5", "IndikatorRenstra!J6"), "71%", "62%"),
        (("Operasional!R7", "IndikatorRenstra!J7"), "100%", "96%"),
    ]
    assert 'indikator operasional Eselon III "Persentase peningkatan PSKS yang tersertifikasi" (56%)' in operasional[0].pesan
    # the accredited institutions: target 71% stated with 9 of 13 institutions, which is 69,23% (86 of 154 PSKS
    # gives 55,84%, which is the stated 56% at the precision it was written with)
    (pecahan,) = by["target-pecahan-berbeda"]
    assert pecahan.sel == ("Operasional!R5", "Operasional!S5", "Operasional!T5")
    assert (pecahan.ditemukan, pecahan.diharapkan) == ("71%", "69,23%")
    assert sorted(by) == ["angka-tertulis-berbeda", "jumlah-tabel-berbeda", "predikat-berbeda-akip",
                          "target-berbeda-renstra", "target-pecahan-berbeda", "target-pk-berbeda-renstra"]


def test_example_findings_from_the_builder():
    assert_example_findings(temuan(contoh()))


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the bundled example workbook is not generated yet")
def test_example_findings_from_the_bundled_workbook():
    from lkj_excel.reader import read_workbook

    m, read_problems = read_workbook(EXAMPLE)
    assert m is not None, [t.teks() for t in read_problems]
    assert_example_findings(audit(m, hitung(m), ketat=True).items)


# --------------------------------------------------------------------------- totals


def test_typed_budget_total():
    m = konsisten()
    m.jumlah_anggaran_tertulis.nilai["anggaran"] = 1_500_001
    t = one(m, "jumlah-anggaran-berbeda")
    assert t.sel == ("Anggaran!E6", "Anggaran!E4", "Anggaran!E5")
    assert (t.ditemukan, t.diharapkan) == ("Rp 1.500.001", "Rp 1.500.000")
    assert t.pesan == ("Jumlah anggaran tertulis (Rp 1.500.001) tidak sama dengan jumlah anggaran seluruh program "
                       "(Rp 1.500.000).")


def test_typed_budget_absorption_total():
    m = konsisten()
    m.jumlah_anggaran_tertulis = JumlahTertulis("Jumlah", {"penyerapan": 12.5}, {"penyerapan": "Anggaran!I9"})
    t = one(m, "jumlah-anggaran-berbeda")
    assert (t.sel, t.ditemukan, t.diharapkan) == (("Anggaran!I9",), "12,50%", "92,00%")
    assert t.pesan == ("Penyerapan anggaran total tertulis (12,50%) tidak sama dengan hasil perhitungan dari jumlah "
                       "realisasi dan anggaran (92,00%).")


def test_typed_budget_total_follows_the_rupiah_setting():
    m = konsisten(format_rupiah="puebi")
    m.jumlah_anggaran_tertulis.nilai["realisasi"] = 1
    assert one(m, "jumlah-anggaran-berbeda").diharapkan == "Rp1.380.000"


@pytest.mark.parametrize("key", ["B", "2023"])  # by column letter or by its title
def test_typed_total_of_a_supporting_table(key):
    m = konsisten()
    jt = m.pendukung[0].jumlah_tertulis
    jt.nilai = {key: 16}
    jt.cells = {key: "Data_Layanan!B8"}
    t = one(m, "jumlah-tabel-berbeda")
    assert t.sel == ("Data_Layanan!B8", "Data_Layanan!B6", "Data_Layanan!B7")
    assert t.pesan == ('Jumlah tertulis pada tabel "Jumlah layanan" kolom "2023" (16) tidak sama dengan jumlah '
                       "baris-barisnya (15).")


def test_akip_typed_total_and_predikat():
    m = konsisten()
    m.akip.jumlah_tertulis[2023] = 81
    m.akip.predikat_tertulis[2023] = "A"
    t = one(m, "jumlah-akip-berbeda")
    assert t.sel[0] == "AKIP!C8" and (t.ditemukan, t.diharapkan) == ("81,00", "80,00")
    t = one(m, "predikat-akip-berbeda")
    assert t.sel[0] == "AKIP!C9" and (t.ditemukan, t.diharapkan) == ("A", "BB")


def test_akip_component_above_its_weight_is_an_error():
    m = konsisten()
    m.akip.komponen[2].nilai[2023] = 16  # Pelaporan Kinerja, weight 15
    m.akip.jumlah_tertulis[2023] = 84
    m.akip.predikat_tertulis[2023] = "A"
    t = one(m, "nilai-akip-melebihi-bobot")
    assert t.tingkat is Tingkat.GALAT and t.sel == ("AKIP!C6", "AKIP!B6")


def test_akip_weights_against_the_scheme():
    assert "bobot-akip-berbeda" not in kode(konsisten())
    found = [t for t in temuan(konsisten(skema_akip="12/2015")) if t.kode == "bobot-akip-berbeda"]
    assert [t.sel[0] for t in found] == ["AKIP!B5", "AKIP!B7"]  # Pengukuran 30 vs 25, Evaluasi 25 vs 10


# --------------------------------------------------------------------------- targets


def test_pk_target_against_the_renstra_in_the_same_unit():
    m = konsisten()
    m.indikator_renstra[0].target_tahunan[2024] = 45
    t = one(m, "target-pk-berbeda-renstra")
    assert t.sel == ("PK!G4", "IndikatorRenstra!I4") and (t.ditemukan, t.diharapkan) == ("50%", "45%")


def test_pk_predikat_target_against_the_renstra():
    m = konsisten()
    m.indikator_renstra[2].target_tahunan[2024] = "A"
    assert one(m, "target-pk-berbeda-renstra").ditemukan == "BB"


def test_units_that_cannot_be_compared_are_noted():
    m = konsisten()
    m.indikator_renstra[1].satuan = "jiwa"
    codes = kode(m)
    assert "satuan-renstra-berbeda" in codes and "renstra-tidak-terbandingkan" in codes
    assert all(t.tingkat is Tingkat.INFO for t in temuan(m))


def test_unknown_renstra_code():
    m = konsisten()
    m.sasaran[0].indikator[0].kode_renstra = "R9"
    assert one(m, "kode-renstra-tidak-dikenal").sel == ("PK!P4",)


def test_stated_target_of_the_report_year_against_the_pk():
    m = konsisten()
    m.realisasi[1].target = 55
    t = one(m, "target-berbeda-pk")
    assert t.sel == ("Realisasi!D5", "PK!G4") and (t.ditemukan, t.diharapkan) == ("55%", "50%")


def test_stated_target_of_an_earlier_year_against_the_renstra():
    m = konsisten()
    m.realisasi[0].target = 42
    t = one(m, "target-berbeda-renstra")
    assert t.sel == ("Realisasi!D4", "IndikatorRenstra!H4") and (t.ditemukan, t.diharapkan) == ("42%", "40%")


def test_target_against_its_pembilang_and_penyebut():
    m = konsisten()
    m.sasaran[0].indikator[0].target_pembilang = 52  # 52 / 100 x 100 = 52, not 50
    t = one(m, "target-pecahan-berbeda")
    assert t.sel == ("PK!G4", "PK!K4", "PK!N4") and (t.ditemukan, t.diharapkan) == ("50%", "52%")


def test_target_pecahan_at_display_precision():
    m = contoh()  # 521 / 16.013 x 100 = 3,2536 is printed 3,25

    def pk():
        return [t for t in temuan(m) if t.kode == "target-pecahan-berbeda" and t.sel[0].startswith("PK!")]

    assert pk() == []
    m.sasaran[0].indikator[0].target = 3.26
    assert [t.diharapkan for t in pk()] == ["3,25%"]


def test_stated_realisasi_against_its_pembilang_and_penyebut():
    m = konsisten()
    m.realisasi[1].realisasi = 61
    assert one(m, "realisasi-pecahan-berbeda").sel == ("Realisasi!G5", "Realisasi!H5", "Realisasi!I5")
    m = konsisten()
    m.operasional[0].realisasi = 90.5
    assert one(m, "realisasi-pecahan-berbeda").diharapkan == "90%"


# --------------------------------------------------------------------------- operational indicators, checked as the PK's


def test_operational_target_against_its_pembilang_and_penyebut():
    m = konsisten()  # 40 / 50 x 100 = 80, as signed
    assert "target-pecahan-berbeda" not in kode(m)
    m.operasional[0].target_pembilang = 41
    t = one(m, "target-pecahan-berbeda")
    assert t.sel == ("Operasional!R4", "Operasional!S4", "Operasional!T4") and (t.ditemukan, t.diharapkan) == ("80%", "82%")
    assert t.pesan == ('Target Perjanjian Kinerja indikator operasional Eselon III "Persentase layanan tepat waktu" '
                       "tertulis 80%, sedangkan 41 ÷ 50 × 100 = 82%.")


def test_operational_target_pecahan_at_display_precision():
    m = konsisten()
    o = m.operasional[0]
    o.target, o.target_pembilang, o.target_penyebut = 56, 86, 154  # 55,84% is 56% as it was written
    assert "target-pecahan-berbeda" not in kode(m)
    o.target = 55.85
    assert one(m, "target-pecahan-berbeda").diharapkan == "55,84%"


def test_operational_target_against_the_renstra_target_of_the_year():
    m = konsisten()
    assert "target-pk-berbeda-renstra" not in kode(m)
    m.indikator_renstra[3].target_tahunan[2024] = 78
    t = one(m, "target-pk-berbeda-renstra")
    assert t.sel == ("Operasional!R4", "IndikatorRenstra!I7") and (t.ditemukan, t.diharapkan) == ("80%", "78%")
    assert "2024 indikator operasional Eselon III" in t.pesan and '"Persentase layanan tepat waktu"' in t.pesan


def test_operational_target_pembilang_against_a_renstra_counted_in_its_unit():
    m = konsisten()
    rs = m.indikator_renstra[3]
    rs.satuan, rs.target_tahunan[2024], rs.target_akhir = "layanan", 40, 50
    assert "target-pk-berbeda-renstra" not in kode(m) and "satuan-renstra-berbeda" not in kode(m)
    assert hitung(m).operasional[0].renstra.basis == "pembilang"
    rs.target_tahunan[2024] = 42
    t = one(m, "target-pk-berbeda-renstra")
    assert t.sel == ("Operasional!S4", "IndikatorRenstra!I7") and (t.ditemukan, t.diharapkan) == ("40 layanan", "42 layanan")


def test_operational_renstra_link_of_another_unit_or_unknown():
    m = konsisten()
    m.indikator_renstra[3].satuan = "jiwa"
    assert [(t.kode, t.sel[0]) for t in temuan(m)] == [("satuan-renstra-berbeda", "Operasional!G4"),
                                                      ("renstra-tidak-terbandingkan", "Operasional!G4")]
    m = konsisten()
    m.operasional[0].kode_renstra = "R9"
    assert one(m, "kode-renstra-tidak-dikenal").sel == ("Operasional!N4",)


def test_operational_realisasi_of_each_year_against_its_counts():
    m = konsisten()
    m.operasional[0].realisasi_lalu = 86  # 34 / 40 x 100 = 85
    t = one(m, "realisasi-pecahan-berbeda")
    assert t.sel == ("Operasional!O4", "Operasional!P4", "Operasional!Q4") and (t.ditemukan, t.diharapkan) == ("86%", "85%")
    assert t.pesan.startswith('Realisasi 2023 indikator operasional Eselon III "Persentase layanan tepat waktu"')


def test_operational_indicator_without_realisasi_or_with_a_negatif_target_of_zero():
    m = konsisten()
    o = m.operasional[0]
    o.realisasi_pembilang = o.realisasi_penyebut = o.capaian_tertulis = None
    t = one(m, "realisasi-kosong")
    assert t.sel == ("Operasional!U4",) and "belum diisi pada lembar Operasional" in t.pesan
    m = konsisten()
    o = m.operasional[0]
    o.polaritas, o.target, o.target_pembilang, o.capaian_tertulis = Polaritas.NEGATIF, 0, 0, None
    assert one(m, "target-nol").sel == ("Operasional!R4",)


def test_operational_eselon_iv_is_named_in_the_findings():
    m = konsisten()
    m.operasional[0].eselon, m.operasional[0].kode = "IV", "OP1"
    m.operasional[0].target_pembilang = 41
    assert 'indikator operasional Eselon IV OP1 "Persentase layanan tepat waktu"' in one(m, "target-pecahan-berbeda").pesan


# --------------------------------------------------------------------------- stated figures


@pytest.mark.parametrize("field, value, found, expected", [
    ("capaian", 116, "116,00%", "115,00%"),
    ("anggaran", 999_999, "Rp 999.999", "Rp 1.000.000"),
    ("realisasi_anggaran", 900_001, "Rp 900.001", "Rp 900.000"),
    ("penyerapan", 90.1, "90,10%", "90,00%"),
    ("efisiensi", "Efisien", "Efisien", "Sangat Efisien"),
])
def test_figures_stated_per_sasaran(field, value, found, expected):
    m = konsisten()
    setattr(m.angka_tertulis[0], field, value)
    t = one(m, "angka-tertulis-berbeda")
    assert t.sel[0] == m.angka_tertulis[0].cells[field] and (t.ditemukan, t.diharapkan) == (found, expected)


def test_stated_label_compares_without_case():
    m = konsisten()
    m.angka_tertulis[0].efisiensi = "sangat efisien"
    assert kode(m) == []


def test_stated_capaian_at_the_precision_it_was_written_with():
    m = contoh()
    m.realisasi[1].capaian_tertulis = 112  # 111,64 printed without decimals
    assert "capaian-tertulis-berbeda" not in kode(m)
    m.realisasi[1].capaian_tertulis = 111.6
    assert "capaian-tertulis-berbeda" not in kode(m)
    m.realisasi[1].capaian_tertulis = 111.65
    t = one(m, "capaian-tertulis-berbeda")
    assert t.sel[0] == "Realisasi!J5" and (t.ditemukan, t.diharapkan) == ("111,65%", "111,64%")


def test_stated_capaian_of_an_operational_indicator():
    m = konsisten()
    m.operasional[0].capaian_tertulis = 108
    t = one(m, "capaian-tertulis-berbeda")
    assert t.sel[0] == "Operasional!X4" and (t.ditemukan, t.diharapkan) == ("108,00%", "112,50%")


# --------------------------------------------------------------------------- budget, realisasi, capaian


def test_realisasi_above_anggaran():
    m = konsisten()
    m.program[0].realisasi = 1_000_001
    m.jumlah_anggaran_tertulis = None
    m.angka_tertulis = []
    t = one(m, "realisasi-melebihi-anggaran")
    assert t.sel == ("Anggaran!F4", "Anggaran!E4")


def test_program_of_an_unknown_sasaran_is_an_error():
    m = konsisten()
    m.program.append(program("Program C", "S9", 10, 5, 6))
    m.jumlah_anggaran_tertulis = None
    t = one(m, "program-tanpa-sasaran")
    assert t.tingkat is Tingkat.GALAT and t.sel == ("Anggaran!D6",)


def test_edge_workbook_findings():
    found = {t.kode: t for t in temuan(tepi())}
    assert set(found) == {"realisasi-anggaran-kosong", "sasaran-tanpa-program", "realisasi-kosong", "target-nol",
                          "predikat-tidak-dikenal", "target-pk-berbeda-renstra"}
    assert found["realisasi-kosong"].sel == ("PK!C4",)
    assert found["predikat-tidak-dikenal"].sel == ("PK!G6",)
    codes = kode(tepi())
    assert codes.count("target-nol") == 2  # negatif (I2: set to 100%) and positif (I4: undefined)


def test_capaian_beyond_the_plausible_limit():
    assert "capaian-tidak-wajar" not in kode(konsisten())
    found = [t for t in temuan(konsisten(batas_kewajaran=115)) if t.kode == "capaian-tidak-wajar"]
    assert [t.sel for t in found] == [("PK!G4",), ("PK!G6",)]  # I1 and I3: 120%
    assert found[0].ditemukan == "120,00%"


def test_missing_weights_where_weights_are_used():
    assert "bobot-kosong" not in kode(konsisten())
    found = [t for t in temuan(konsisten(pakai_bobot=True)) if t.kode == "bobot-kosong"]
    assert [t.sel for t in found] == [("PK!R4",), ("PK!R5",), ("PK!R6",)]


# --------------------------------------------------------------------------- across tables


def test_akip_indicator_against_the_akip_sheet():
    m = konsisten()
    m.realisasi[4].realisasi = "B"  # I3 2023; AKIP 2023 = 80 -> BB
    m.realisasi[4].target = "B"
    m.indikator_renstra[2].target_tahunan[2023] = "B"
    t = one(m, "predikat-berbeda-akip")
    assert t.sel[:2] == ("Realisasi!G8", "AKIP!C9") and (t.ditemukan, t.diharapkan) == ("B", "BB")
    assert "predikat-berbeda-akip" not in kode(konsisten(kode_indikator_akip=None))


def test_akip_indicator_as_a_numeric_score():
    m = konsisten(predikat_numerik=True)
    m.realisasi[4].realisasi = 79.5
    assert one(m, "predikat-berbeda-akip").diharapkan == "80,00"


def test_unknown_akip_indicator_code():
    assert "indikator-tidak-dikenal" in kode(konsisten(kode_indikator_akip="I9"))


def test_unknown_codes_on_the_realisasi_and_angka_tertulis_sheets():
    m = konsisten()
    m.realisasi.append(realisasi("I9", 2022, 20, target=5, realisasi=4))
    m.angka_tertulis.append(angka_tertulis("S9", 7, capaian=100))
    t = one(m, "indikator-tidak-dikenal")
    assert t.sel == ("Realisasi!A20",)
    assert t.pesan == 'Kode indikator "I9" pada lembar Realisasi tahun 2022 tidak ada pada lembar PK.'
    t = one(m, "sasaran-tidak-dikenal")
    assert t.sel == ("AngkaTertulis!A7",)
    assert t.pesan == 'Kode sasaran "S9" pada lembar AngkaTertulis tidak ada pada lembar PK.'


def test_operational_realisasi_against_the_same_indicator_elsewhere():
    m = konsisten()
    m.operasional.append(operasional("Persentase keluarga mandiri", 50, 5, realisasi=60, lalu=44))
    t = one(m, "realisasi-lintas-tabel-berbeda")
    assert t.sel == ("Operasional!O5", "Realisasi!H4") and (t.ditemukan, t.diharapkan) == ("44%", "45%")
    m.operasional[-1].realisasi_lalu_pembilang, m.operasional[-1].realisasi_lalu_penyebut = 45, 100  # counts, the same
    assert "realisasi-lintas-tabel-berbeda" not in kode(m)
    m.operasional[-1].realisasi_lalu_pembilang = 46
    t = one(m, "realisasi-lintas-tabel-berbeda")
    assert t.sel == ("Operasional!P5", "Realisasi!H4") and t.ditemukan == "46%"
    m.operasional[-1].realisasi_lalu_pembilang = 45
    m.operasional[-1].realisasi_lalu = 45
    assert "realisasi-lintas-tabel-berbeda" not in kode(m)


def test_a_label_where_a_number_is_expected():
    m = konsisten()
    m.sasaran[0].indikator.append(indikator("I9", "S1", "Indeks", "indeks", Polaritas.POSITIF, "BB", 9))
    m.realisasi.append(realisasi("I9", 2024, 10, realisasi=5))
    t = one(m, "nilai-bukan-angka")
    assert t.sel == ("PK!G9",) and "bukan angka" in t.pesan


# --------------------------------------------------------------------------- robustness

_nilai = st.one_of(st.none(), st.just(0.0), st.sampled_from(["BB", "A", "X"]),
                   st.floats(min_value=-1e6, max_value=1e6).filter(lambda x: x == 0 or abs(x) > 1e-3))


@given(st.lists(st.tuples(st.sampled_from(list(Polaritas)), _nilai, _nilai, _nilai, _nilai), max_size=4),
       st.lists(st.tuples(st.integers(0, 10**10), st.one_of(st.none(), st.integers(0, 10**10))), max_size=3),
       st.sampled_from(["rasio", "selisih", "pmk249", "penghematan"]), st.booleans(), st.booleans(),
       st.sampled_from(["penuh", "tercetak"]), st.sampled_from(["2T-R", "T/R"]))
@settings(max_examples=80, deadline=None)
def test_rules_and_audit_never_raise(inds, progs, metode, bobot, numerik, presisi, negatif):
    ii, rr = [], []
    for k, (pol, t, r, p, q) in enumerate(inds):
        num = lambda v: v if isinstance(v, float) else None  # noqa: E731
        ii.append(indikator(f"I{k}", "S1", f"Indikator {k}", "%", pol, t, 4 + k, bobot=num(p), target_atas=num(q)))
        rr += [realisasi(f"I{k}", 2023, 4 + k, realisasi=r, realisasi_pembilang=num(p), realisasi_penyebut=num(q)),
               realisasi(f"I{k}", 2022, 10 + k, target=t, realisasi=q)]
    m = lkjip(sasaran=[Sasaran("S1", "Sasaran", ii)], realisasi=rr,
              program=[program(f"P{i}", "S1", a, r, 4 + i) for i, (a, r) in enumerate(progs)],
              operasional=[operasional("Operasional", t, 4, realisasi=r, polaritas=pol) for pol, t, r, _, _ in inds[:1]],
              pengaturan=Pengaturan(metode_efisiensi=metode, pakai_bobot=bobot, predikat_numerik=numerik,
                                    presisi=presisi, metode_negatif=negatif))
    h = hitung(m)
    audit(m, h, ketat=True)
    for name in h.env.names(derived=True):
        assert h.env.expr(name).formula(h.env).startswith("=")


def test_findings_write_values_as_the_report_prints_them():
    """One writer of a value with its unit (angka.fmt_nilai): '2,70%' in a finding, as in the Word tables."""
    m = konsisten()
    row = next(r for r in m.realisasi if r.kode_indikator == "I1" and r.tahun == 2024)
    row.target = 2.7
    (t,) = [t for t in audit(m, hitung(m)) if t.kode == "target-berbeda-pk"]
    assert (t.ditemukan, t.diharapkan) == ("2,70%", "50%")
    assert "(2,70%)" in t.pesan and "(50%)" in t.pesan
