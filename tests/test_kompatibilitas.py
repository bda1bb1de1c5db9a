"""Workbooks filled with an earlier template keep converting, with the same figures.

``tests/fixtures/template_v1/`` keeps the blank template and the example as they were before
the template carried a version (template version 1). Each later template must read them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from isi import isi_template
from lkj_excel.pipeline import konversi
from lkj_excel.reader import read_workbook
from lkj_excel.rules import hitung
from test_rules import assert_example_values

V1 = Path(__file__).resolve().parent / "fixtures" / "template_v1"


def test_the_example_of_template_v1_gives_the_figures_of_example_md():
    m, temuan = read_workbook(V1 / "contoh_lkjip_dinsos_bengkalis_2023.xlsx")
    assert m is not None, [t.teks() for t in temuan.errors]
    assert_example_values(m, hitung(m))


def _kecil(template: Path, target: Path) -> Path:
    """A small agency typed into a blank template by its labels and headers."""
    return isi_template(template, target, {
        "Identitas": {"Nama Perangkat Daerah": "Dinas Perpustakaan dan Kearsipan", "Pemerintah Daerah": "Kota Dumai",
                      "Provinsi": "Riau", "Tahun Laporan": 2024, "Tahun Awal Renstra": 2021, "Tahun Akhir Renstra": 2026,
                      "Jabatan Penandatangan": "Kepala Dinas Perpustakaan dan Kearsipan Kota Dumai",
                      "Nama Penandatangan": "RINA, S.Sos.", "Pangkat/Golongan": "Pembina (IV/a)",
                      "NIP": "19750101 200003 2 001", "Tempat Penandatanganan": "Dumai"},
        "TugasFungsi": [{"Jenis": "Tugas", "Uraian": "Membantu Wali Kota di bidang perpustakaan dan kearsipan."}],
        "PK": [{"Kode Sasaran": "S1", "Sasaran Strategis": "Meningkatnya minat baca masyarakat", "Kode Indikator": "I1",
                "Indikator Kinerja": "Jumlah pengunjung perpustakaan", "Satuan": "orang", "Polaritas": "positif",
                "Target": 12000}],
        "Anggaran": [{"Program": "Program Pengelolaan Perpustakaan", "Kode Sasaran": "S1", "Anggaran": 850_000_000,
                      "Realisasi": 801_500_000}],
        "Realisasi": [{"Kode Indikator": "I1", "Tahun": 2024, "Realisasi": 13_250},
                      {"Kode Indikator": "I1", "Tahun": 2023, "Target": 11_000, "Realisasi": 10_890}],
    })


def test_a_blank_template_v1_filled_by_hand_converts(tmp_path):
    path = _kecil(V1 / "template_lkjip.xlsx", tmp_path / "dumai.xlsx")
    result = konversi(path, tmp_path / "keluar", word=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    hi = result.hasil.indikator_by_kode("I1")
    assert round(hi.capaian, 2) == 110.42  # 13.250 / 12.000
    assert round(result.hasil.anggaran.penyerapan, 2) == 94.29  # 801,5 / 850 juta


@pytest.mark.parametrize("template", [V1 / "template_lkjip.xlsx", Path(__file__).resolve().parent.parent / "input_templates" / "template_lkjip.xlsx"],
                         ids=["v1", "sekarang"])
def test_old_and_current_blank_templates_give_the_same_figures(tmp_path, template):
    path = _kecil(template, tmp_path / "dumai.xlsx")
    m, temuan = read_workbook(path)
    assert m is not None, [t.teks() for t in temuan.errors]
    h = hitung(m)
    assert [(round(i.capaian, 6), i.kategori) for i in h.indikator] == [(110.416667, "Sangat Tinggi")]
    assert (h.anggaran.anggaran, h.anggaran.realisasi) == (850_000_000, 801_500_000)


def test_the_template_carries_its_version_and_the_reader_reads_it(tmp_path):
    from lkj_excel import schema
    from conftest import EXAMPLE, TEMPLATE

    for path in (TEMPLATE, EXAMPLE):
        m, _ = read_workbook(path if path == EXAMPLE else _kecil(path, tmp_path / "baru.xlsx"))
        assert m.versi_template == schema.VERSI_TEMPLATE == 4
    old, _ = read_workbook(V1 / "contoh_lkjip_dinsos_bengkalis_2023.xlsx")
    assert old.versi_template == 1


def test_a_workbook_of_a_newer_template_is_read_with_a_warning(tmp_path):
    import zipfile

    from conftest import EXAMPLE
    from lkj_excel import schema

    newer = tmp_path / "baru.xlsx"
    with zipfile.ZipFile(EXAMPLE) as src, zipfile.ZipFile(newer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/custom.xml":
                data = data.replace(f"<vt:i4>{schema.VERSI_TEMPLATE}</vt:i4>".encode(), b"<vt:i4>9</vt:i4>")
            dst.writestr(info, data)
    m, temuan = read_workbook(newer)
    assert m is not None and m.versi_template == 9
    (t,) = [t for t in temuan if t.kode == "template-lebih-baru"]
    assert "versi 9" in t.pesan and f"versi {schema.VERSI_TEMPLATE}" in t.pesan


def test_operational_indicators_of_template_v1_read_as_formula_indicators_without_links():
    """Version 1 had no formula labels, target counts, earlier counts, Renstra link, code or Eselon on sheet
    Operasional: its counts make a formula of their unit, Eselon III, and no operational finding appears."""
    from lkj_excel.audit import audit

    m, temuan = read_workbook(V1 / "contoh_lkjip_dinsos_bengkalis_2023.xlsx")
    assert [t.teks() for t in temuan] == []
    ops = m.operasional
    assert [(o.kode, o.eselon, o.kode_renstra, o.target_pembilang) for o in ops] == [(None, "III", None, None)] * 5
    assert [(o.formula.satuan_pembilang, o.formula.faktor) if o.formula else None for o in ops] == [
        ("orang", 100), ("lembaga", 100), ("jiwa", 100), None, None]
    assert (ops[2].unit, ops[2].cells["unit"]) == ("Bidang Perlindungan dan Jaminan Sosial", "Operasional!B6")  # header "Bidang"
    h = hitung(m)
    assert [o.renstra for o in h.operasional] == [None] * 5
    assert not [t for t in audit(m, h, ketat=True) if any(c.startswith("Operasional!") for c in t.sel)]


def test_a_blank_template_v1_with_an_operational_row_converts(tmp_path):
    path = _kecil(V1 / "template_lkjip.xlsx", tmp_path / "dumai.xlsx")
    path = isi_template(path, tmp_path / "dumai_op.xlsx", {"Operasional": [
        {"Kode Sasaran": "S1", "Bidang": "Bidang Perpustakaan", "Sasaran Operasional": "Meningkatnya layanan perpustakaan",
         "Indikator": "Persentase pengunjung terlayani", "Satuan": "%", "Polaritas": "positif", "Realisasi Tahun Lalu": 90,
         "Target": 92, "Realisasi Pembilang": 12_190, "Realisasi Penyebut": 13_250, "Satuan Pembilang": "orang"}]})
    result = konversi(path, tmp_path / "keluar", word=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    ho = result.hasil.operasional[0]
    assert (ho.target, round(ho.realisasi, 2), round(ho.capaian, 2)) == (92, 92.0, 100.0)  # 12.190 / 13.250 = 92%
    assert ho.tahun(2023).realisasi == 90
