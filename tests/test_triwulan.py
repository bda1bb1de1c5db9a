"""Quarterly monitoring: the rules of the quarters (hand-computed), the reader's sheets, the year from its quarters and the audit."""

from __future__ import annotations

import pytest

from lkj_excel import rules
from lkj_excel.audit import audit
from lkj_excel.model import IndikatorKinerja, Pengaturan, Polaritas, TriwulanIndikator
from lkj_excel.reader import read_workbook
from lkj_excel.triwulan import (
    ada_pengukuran_berkala, bukti_pengukuran_berkala, gabung, realisasi_tahunan, triwulan_terisi,
)
from lkj_excel.triwulan import _Hitung

from triwulan_contoh import tulis


def _ind(target, polaritas=Polaritas.POSITIF, satuan="%", **kw) -> IndikatorKinerja:
    return IndikatorKinerja(kode="X1", kode_sasaran="S1", nama="Indikator uji", satuan=satuan, polaritas=polaritas, target=target, **kw)


def _tw(cara, target=(), realisasi=(), pembilang=(), penyebut=()) -> TriwulanIndikator:
    def d(values):
        return {q: v for q, v in enumerate(values, start=1) if v is not None}
    return TriwulanIndikator(kode="X1", cara=cara, target=d(target), realisasi=d(realisasi), realisasi_pembilang=d(pembilang),
                             realisasi_penyebut=d(penyebut),
                             cells={f"{k}_{q}": f"Triwulan!{c}{q}" for q in range(1, 5)
                                    for k, c in (("target", "D"), ("realisasi", "H"), ("realisasi_pembilang", "L"),
                                                 ("realisasi_penyebut", "P"))})


def _sampai(tw, ind, n, pengaturan=None):
    return _Hitung([tw], pengaturan or Pengaturan()).indikator(tw, ind, n, nama_sasaran="Sasaran uji")


# ----------------------------------------------------------------------------- the rule that makes a figure to date


def test_gabung_each_way():
    nilai = {1: 10.0, 2: 20.0, 3: 30.0, 4: 40.0}
    assert gabung("kumulatif", nilai) == 100.0
    assert gabung("kumulatif", nilai, 2) == 30.0
    assert gabung("posisi_akhir", nilai, 3) == 30.0
    assert gabung("rata_rata", nilai) == 25.0
    assert gabung("tidak_ditetapkan", nilai) is None
    # a missing quarter: left out of the sum and the mean; the position is the last filled one
    bolong = {1: 10.0, 3: 30.0}
    assert gabung("kumulatif", bolong, 4) == 40.0
    assert gabung("rata_rata", bolong, 4) == 20.0
    assert gabung("posisi_akhir", bolong, 4) == 30.0
    assert gabung("posisi_akhir", {}, 4) is None


def test_kumulatif_to_date_against_quarterly_and_yearly_target():
    # targets 10+20 = 30 to date, 100 for the year; realisasi 12 + 18 = 30
    hi = _sampai(_tw("kumulatif", target=(10, 20, 30, 40), realisasi=(12, 18, 25, 45)), _ind(100, satuan="orang"), 2)
    assert [k.capaian for k in hi.kuartal[:2]] == [pytest.approx(120.0), pytest.approx(90.0)]
    assert hi.kuartal[2].realisasi is None and hi.kuartal[2].capaian is None  # after TW II: not yet known
    assert hi.target_sd == 30.0 and hi.realisasi_sd == 30.0
    assert hi.capaian_sd == pytest.approx(100.0)
    assert hi.capaian_tahun == pytest.approx(30.0)
    assert hi.tertinggal is False


def test_posisi_akhir_behind_schedule():
    # TW III: 70 against 75 -> 93,33%; against the year's 100 -> 70%
    hi = _sampai(_tw("posisi_akhir", target=(25, 50, 75, 100), realisasi=(20, 45, 70, 95)), _ind(100), 3)
    assert hi.target_sd == 75 and hi.realisasi_sd == 70
    assert hi.capaian_sd == pytest.approx(70 / 75 * 100)
    assert hi.capaian_tahun == pytest.approx(70.0)
    assert hi.tertinggal is True


def test_rata_rata():
    # mean of 80 and 90 = 85 against the mean target (80 + 90) / 2 = 85; the year: (80+90+85+95)/4 = 87,5
    tw = _tw("rata_rata", target=(80, 90, 90, 90), realisasi=(80, 90, 85, 95))
    hi = _sampai(tw, _ind(90), 2)
    assert hi.realisasi_sd == 85 and hi.target_sd == 85 and hi.capaian_sd == pytest.approx(100.0)
    assert hi.capaian_tahun == pytest.approx(85 / 90 * 100)
    assert realisasi_tahunan(tw, _ind(90)).realisasi == 87.5


def test_predikat_takes_the_last_filled_quarter_whatever_the_cara():
    # ranks on the default scale: BB = 5, B = 4 -> B against BB is 80%
    tw = _tw("kumulatif", target=("B", "B", "BB", "BB"), realisasi=("B", None, "B", "BB"))
    ind = _ind("BB", Polaritas.PREDIKAT, "predikat")
    hi = _sampai(tw, ind, 3)
    assert hi.cara == "posisi_akhir"
    assert hi.realisasi_sd == "B" and hi.target_sd == "BB"
    assert hi.capaian_sd == pytest.approx(80.0) and hi.capaian_tahun == pytest.approx(80.0)
    assert hi.kuartal[0].capaian == pytest.approx(100.0)
    assert realisasi_tahunan(tw, ind).realisasi == "BB"


def test_negatif_indicator():
    # (2T - R) / T: TW I (24 - 13) / 12 = 91,67%; TW II (22 - 11) / 11 = 100%; to date 11 against the year's 10: 90%
    hi = _sampai(_tw("posisi_akhir", target=(12, 11, 10.5, 10), realisasi=(13, 11)), _ind(10, Polaritas.NEGATIF), 2)
    assert hi.kuartal[0].capaian == pytest.approx(11 / 12 * 100)
    assert hi.kuartal[1].capaian == pytest.approx(100.0)
    assert hi.capaian_sd == pytest.approx(100.0)
    assert hi.capaian_tahun == pytest.approx(90.0)
    # the T/R method of the settings applies as for the year: 10 / 11
    hi = _sampai(_tw("posisi_akhir", target=(12, 11, 10.5, 10), realisasi=(13, 11)), _ind(10, Polaritas.NEGATIF), 2,
                 Pengaturan(metode_negatif="T/R"))
    assert hi.capaian_tahun == pytest.approx(10 / 11 * 100)


def test_missing_quarter():
    # kumulatif with TW II empty: 10 + 30 + 40 = 80; posisi akhir without TW IV makes no year
    tw = _tw("kumulatif", target=(25, 25, 25, 25), realisasi=(10, None, 30, 40))
    assert realisasi_tahunan(tw, _ind(100)).realisasi == 80.0
    hi = _sampai(tw, _ind(100), 2)
    assert hi.realisasi_sd == 10.0 and hi.target_sd == 50.0 and hi.capaian_sd == pytest.approx(20.0)
    assert realisasi_tahunan(_tw("posisi_akhir", realisasi=(10, 20, 30)), _ind(100)) is None
    assert realisasi_tahunan(_tw("tidak_ditetapkan", realisasi=(10, 20, 30, 40)), _ind(100)) is None


def test_formula_indicator_kumulatif_sums_pembilang_and_penyebut():
    # (5 + 10) / (50 + 50) x 100 = 15%; the quarters alone 10% and 20%
    tw = _tw("kumulatif", target=(10, 10, 10, 10), pembilang=(5, 10, 20, 5), penyebut=(50, 50, 50, 50))
    hi = _sampai(tw, _ind(10), 2)
    assert [k.realisasi for k in hi.kuartal[:2]] == [pytest.approx(10.0), pytest.approx(20.0)]
    assert hi.pembilang_sd == 15 and hi.penyebut_sd == 100 and hi.realisasi_sd == pytest.approx(15.0)
    tahun = realisasi_tahunan(tw, _ind(10))
    assert (tahun.pembilang, tahun.penyebut, tahun.realisasi) == (40, 200, pytest.approx(20.0))
    assert tahun.sel == [f"Triwulan!{c}{q}" for q in range(1, 5) for c in "LP"]


def test_cap_applies_to_quarters():
    hi = _sampai(_tw("posisi_akhir", target=(10, 20), realisasi=(12, 30)), _ind(40), 2, Pengaturan(batas_capaian=120))
    assert hi.kuartal[0].capaian == pytest.approx(120.0)
    assert hi.kuartal[1].capaian == pytest.approx(120.0)  # 150% capped
    assert hi.capaian_tahun == pytest.approx(75.0)


# ----------------------------------------------------------------------------- the example with its quarters


@pytest.fixture(scope="module")
def contoh_tw(tmp_path_factory):
    return tulis(tmp_path_factory.mktemp("tw") / "contoh_tw.xlsx")


def _kode(temuan):
    return [t.kode for t in temuan]


def test_example_quarters_consistent_with_year(contoh_tw):
    lkjip, temuan = read_workbook(contoh_tw)
    assert lkjip is not None, [str(t) for t in temuan]
    assert [tw.kode for tw in lkjip.triwulan] == ["I1", "I2"]
    assert lkjip.triwulan[0].cara == "posisi_akhir"
    hasil = rules.hitung(lkjip)
    for tw in lkjip.triwulan:
        ind = lkjip.indikator_by_kode(tw.kode)
        stated = hasil.indikator_by_kode(tw.kode).realisasi
        derived = realisasi_tahunan(tw, ind, lkjip.pengaturan).realisasi
        assert derived == (pytest.approx(stated) if not isinstance(stated, str) else stated)
    found = audit(lkjip, hasil, ketat=True)
    assert not {"realisasi-triwulan-berbeda", "triwulan-kosong", "anggaran-triwulan-berbeda"} & set(_kode(found))
    assert not lkjip.dari_triwulan
    assert triwulan_terisi(lkjip) == 4 and ada_pengukuran_berkala(lkjip)
    assert "2 indikator" in bukti_pengukuran_berkala(lkjip)


def test_changed_quarter_is_flagged_with_both_cells(tmp_path):
    def ubah(isi):
        isi.lembar["Triwulan"][0]["realisasi_pembilang_4"] = 570
        isi.lembar["AnggaranTriwulan"][0]["realisasi_4"] += 1000
    lkjip, temuan = read_workbook(tulis(tmp_path / "ubah.xlsx", ubah=ubah))
    found = audit(lkjip, rules.hitung(lkjip), ketat=True)
    beda = [t for t in found if t.kode == "realisasi-triwulan-berbeda"]
    assert len(beda) == 1
    row = next(r for r in lkjip.realisasi if r.kode_indikator == "I1" and r.tahun == 2023)
    assert beda[0].sel[0] == row.cells["realisasi_pembilang"]
    tw = lkjip.triwulan_of("I1")
    assert list(beda[0].sel[1:]) == [tw.cells["realisasi_pembilang_4"], tw.cells["realisasi_penyebut_4"]]
    assert "3,63%" in beda[0].pesan and "3,56%" in beda[0].pesan and "posisi akhir" in beda[0].pesan
    anggaran = [t for t in found if t.kode == "anggaran-triwulan-berbeda"]
    assert len(anggaran) == 1 and anggaran[0].sel[0] == lkjip.program[0].cells["realisasi"]
    assert list(anggaran[0].sel[1:]) == [lkjip.anggaran_triwulan[0].cells[f"realisasi_{q}"] for q in range(1, 5)]


def test_year_derived_when_absent(tmp_path):
    lkjip, temuan = read_workbook(tulis(tmp_path / "tanpa.xlsx", tanpa_tahunan=True))
    assert lkjip is not None
    hasil = rules.hitung(lkjip)
    i1 = hasil.indikator_by_kode("I1")
    assert i1.realisasi == pytest.approx(581 / 16013 * 100)
    assert hasil.indikator_by_kode("I2").realisasi == "BB"
    assert hasil.anggaran.realisasi == pytest.approx(54372043255)
    info = [t for t in temuan if t.kode == "realisasi-dari-triwulan"]
    assert len(info) == 2 + 5  # two indicators, five programs
    assert set(lkjip.dari_triwulan) == {"indikator:I1", "indikator:I2", *(f"anggaran:{i}" for i in range(1, 6))}
    found = audit(lkjip, hasil, ketat=True)
    assert "realisasi-triwulan-berbeda" not in _kode(found)
    # the operational indicators have no quarters: still reported empty
    assert "realisasi-kosong" in _kode(found)


def test_gap_and_unknown_code(tmp_path):
    def ubah(isi):
        del isi.lembar["Triwulan"][1]["realisasi_2"]
        isi.lembar["Triwulan"].append({"kode": "Z9", "realisasi_1": 1})
    lkjip, temuan = read_workbook(tulis(tmp_path / "bolong.xlsx", ubah=ubah))
    assert "triwulan-kode-tidak-dikenal" in _kode(temuan)
    found = audit(lkjip, rules.hitung(lkjip), ketat=True)
    gap = [t for t in found if t.kode == "triwulan-kosong"]
    assert len(gap) == 1 and "triwulan II" in gap[0].pesan and list(gap[0].sel) == [lkjip.triwulan_of("I2").cells["realisasi_2"]]


def test_derived_parts_keep_their_own_cells_and_the_lkjip_copies_them(tmp_path):
    """A kumulatif formula indicator without its year: pembilang and penyebut summed, each named by its own cells,
    so that the LKjIP's workbook shows each count once, in its own cell."""
    from openpyxl import load_workbook

    from lkj_excel.report.xlsx import render_workbook

    def ubah(isi):
        isi.lembar["Triwulan"][0]["cara"] = "kumulatif"
    lkjip, temuan = read_workbook(tulis(tmp_path / "kum.xlsx", tanpa_tahunan=True, ubah=ubah))
    row = lkjip.realisasi_of("I1", 2023)
    assert (row.realisasi_pembilang, row.realisasi_penyebut) == (150 + 300 + 450 + 581, 4 * 16013)
    assert row.cells["realisasi_pembilang"] == "Triwulan!L4:O4" and row.cells["realisasi_penyebut"] == "Triwulan!P4:S4"
    hasil = rules.hitung(lkjip)
    assert hasil.indikator_by_kode("I1").realisasi == pytest.approx(1481 / 64052 * 100)
    out = tmp_path / "kum_laporan.xlsx"
    render_workbook(lkjip, hasil, list(temuan) + list(audit(lkjip, hasil)), out)
    values = [c.value for ws in load_workbook(out, data_only=True) for r in ws.iter_rows() for c in r]
    assert 1481 in values and 64052 in values


def test_operational_indicator_with_a_code_has_quarters(tmp_path):
    def ubah(isi):
        isi.lembar["Operasional"][0]["kode"] = "OP1"
        isi.lembar["Triwulan"].append({"kode": "OP1", "cara": "posisi_akhir", "target_4": 56,
                                       "realisasi_pembilang_4": 95, "realisasi_penyebut_4": 154})
    lkjip, temuan = read_workbook(tulis(tmp_path / "op.xlsx", ubah=ubah))
    hasil = rules.hitung(lkjip)
    found = audit(lkjip, hasil, ketat=True)
    beda = [t for t in found if t.kode == "realisasi-triwulan-berbeda"]
    # the year's 101 / 154 = 65,58% against the fourth quarter's 95 / 154 = 61,69%
    assert len(beda) == 1 and "indikator operasional" in beda[0].pesan and "65,58%" in beda[0].pesan
    assert beda[0].sel[0] == lkjip.operasional[0].cells["realisasi_pembilang"]
    assert [hi.kode for hi in hasil.triwulan.indikator] == ["I1", "I2", "OP1"]
    assert hasil.triwulan.indikator[2].operasional and hasil.triwulan.indikator[2].kode_sasaran == "S1"


def test_quarter_figures_follow_the_years_rules(tmp_path):
    def ubah(isi):
        isi.lembar["Triwulan"][0]["target_2"] = "BB"          # a label for a numeric indicator
        isi.lembar["Triwulan"][0]["realisasi_penyebut_3"] = 0  # a penyebut of 0
        del isi.lembar["Triwulan"][0]["realisasi_penyebut_1"]  # a pembilang without its penyebut
        isi.lembar["Triwulan"][1]["realisasi_1"] = 3           # a number for a predikat indicator
    lkjip, temuan = read_workbook(tulis(tmp_path / "salah.xlsx", ubah=ubah))
    assert lkjip is None
    found = {(t.kode, t.sel[0]) for t in temuan}
    assert {("nilai-bukan-angka", "Triwulan!E4"), ("penyebut-nol", "Triwulan!R4"), ("formula-tidak-lengkap", "Triwulan!P4"),
            ("nilai-bukan-predikat", "Triwulan!H5")} <= found
