"""The workbook's settings sheets drive the rules: edit Pengaturan or Skala, get other results."""

from __future__ import annotations

import pytest

from lkj_excel import rules
from lkj_excel.angka import bulat
from lkj_excel.reader import read_workbook
from lkj_excel.schema import METODE_EFISIENSI


def _hasil(path):
    lkjip, temuan = read_workbook(path)
    assert lkjip is not None, [t.teks() for t in temuan.errors]
    return lkjip, rules.hitung(lkjip)


def _row(ws, label: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").rstrip(" *") == label)


# S1: capaian 111,64, penyerapan 95,18, anggaran 44.825.594.200, realisasi 42.662.912.883
EXPECTED = {
    "rasio": (117.30, "Sangat Efisien"),
    "selisih": (16.46, "Efisien"),
    "penghematan": (4.82, "Efisien"),
    "indeks": (1.17, "Efisien"),  # IE = 111,64 ÷ 95,18 = 1,173 (a ratio), >= 1
}


@pytest.mark.parametrize("label, code", METODE_EFISIENSI, ids=[c for _, c in METODE_EFISIENSI])
def test_efficiency_method_from_the_settings_sheet(edit_example, label, code):
    def choose(wb):
        ws = wb["Pengaturan"]
        ws.cell(_row(ws, "Metode analisis efisiensi"), 2).value = label

    lkjip, hasil = _hasil(edit_example(fn=choose))
    assert lkjip.pengaturan.metode_efisiensi == code
    s1 = hasil.sasaran_by_kode("S1")
    if code in EXPECTED:
        assert (bulat(s1.nilai_efisiensi, 2), s1.tingkat_efisiensi) == EXPECTED[code]
    else:  # PMK 249: E = (44.825.594.200 × 1,1164 − 42.662.912.883) ÷ (44.825.594.200 × 1,1164) = 14,75% → 50 + 14,75/20 × 50
        e = (44_825_594_200 * s1.capaian / 100 - 42_662_912_883) / (44_825_594_200 * s1.capaian / 100)
        assert bulat(s1.nilai_efisiensi, 2) == bulat(50 + e / 0.2 * 50, 2) == 86.87
        assert s1.tingkat_efisiensi == "Efisien"
    assert hasil.keterangan_efisiensi.startswith("Tingkat efisiensi diukur")


def test_cap_and_negatif_method_from_the_settings_sheet(edit_example):
    def settings(wb):
        ws = wb["Pengaturan"]
        ws.cell(_row(ws, "Batas atas capaian (%)"), 2).value = 100
        wb["PK"]["F4"] = "negatif"  # lower is better: (2 × 3,25 − 3,6283) ÷ 3,25 = 88,36%

    lkjip, hasil = _hasil(edit_example(fn=settings))
    assert lkjip.pengaturan.batas_capaian == 100
    assert bulat(hasil.indikator_by_kode("I1").capaian, 2) == 88.36

    def t_over_r(wb):
        settings(wb)
        ws = wb["Pengaturan"]
        ws.cell(_row(ws, "Rumus capaian indikator negatif"), 2).value = "T/R"

    _, hasil = _hasil(edit_example(fn=t_over_r, name="tr.xlsx"))
    assert bulat(hasil.indikator_by_kode("I1").capaian, 2) == 89.57  # 3,25 ÷ 3,6283


def test_category_labels_from_the_scale_sheet(edit_example):
    def relabel(wb):
        ws = wb["Skala"]
        for r in range(4, ws.max_row + 1):
            if ws.cell(r, 4).value == "Sangat Tinggi":
                ws.cell(r, 4).value = "Sangat Baik"

    _, hasil = _hasil(edit_example(fn=relabel))
    assert hasil.indikator_by_kode("I1").kategori == "Sangat Baik"
    assert hasil.sasaran_by_kode("S2").kategori == "Sangat Baik"


def test_printed_precision_from_the_settings_sheet(edit_example):
    def printed(wb):
        ws = wb["Pengaturan"]
        ws.cell(_row(ws, "Presisi perhitungan"), 2).value = "Dari angka tercetak"

    _, hasil = _hasil(edit_example(fn=printed))
    assert bulat(hasil.indikator_by_kode("I1").capaian, 2) == 111.69  # 3,63 ÷ 3,25
