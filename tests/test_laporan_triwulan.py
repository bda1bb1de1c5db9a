"""The quarterly report (convert.py --triwulan N): its Word document, its workbook with live formulas, the quarterly
recap of a folder, and the quarters' table in the LKjIP's Bab III."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from lkj_excel.pipeline import konversi

from office import NO_SOFFICE, SOFFICE, formula_mismatches, recalculate
from triwulan_contoh import tulis

ROOT = Path(__file__).resolve().parent.parent


def _teks(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _cari(ws, text: str):
    return next(c for row in ws.iter_rows() for c in row if c.value == text)


@pytest.fixture(scope="module")
def tw2(tmp_path_factory):
    """The example filled up to TW II without its yearly realisasi, converted without --triwulan."""
    folder = tmp_path_factory.mktemp("tw2")
    src = tulis(folder / "dinsos.xlsx", sampai=2, tanpa_tahunan=True)
    result = konversi(src, folder / "out", daftar_isi=False)
    return result


def test_quarter_chosen_automatically_and_said(tw2):
    assert tw2.berhasil
    assert sorted(p.name for p in tw2.berkas) == ["dinsos_triwulan2.docx", "dinsos_triwulan2.xlsx"]
    assert any("triwulan II" in c and "realisasi tahunan belum diisi" in c for c in tw2.catatan)
    # a year not yet over: its empty yearly realisasi is no finding of the quarterly report
    assert not {"realisasi-kosong", "realisasi-anggaran-kosong"} & {t.kode for t in tw2.temuan}


def test_word_report_to_date(tw2):
    text = _teks(next(p for p in tw2.berkas if p.suffix == ".docx"))
    assert "LAPORAN CAPAIAN KINERJA" in text and "TRIWULAN II" in text
    # I1 at the end of TW II: 300 / 16.013 = 1,87% against 1,60% (117,09%), against the year's 3,25%: 57,65%
    assert "sebesar 1,87% dari target 1,60%, dengan capaian 117,09%; terhadap target tahunan 3,25% capaiannya 57,65%" in text
    assert "Tabel 1.1 Capaian Sasaran 1 sampai dengan Triwulan II" in text
    assert "Gambar 1.2 Target dan Realisasi per Triwulan Predikat Akuntabilitas Kinerja Perangkat Daerah" in text
    # budget: 15% + 25% of each program's year, Rp 21.748.817.303 of Rp 57.367.577.759 = 37,91%
    assert "Rp\u00a021.748.817.303 dari pagu Rp\u00a057.367.577.759, atau penyerapan 37,91%" in text
    assert "Pendataan PPKS di dua kecamatan terlambat" in text
    assert "SUPARDI, S.Sos., MH" in text
    d = docx.Document(str(next(p for p in tw2.berkas if p.suffix == ".docx")))
    assert len(d.inline_shapes) == 2  # the two charts, native


def test_workbook_formulas(tw2):
    path = next(p for p in tw2.berkas if p.suffix == ".xlsx")
    values, formulas = load_workbook(path, data_only=True), load_workbook(path)
    assert values.sheetnames == ["Capaian TW II", "Anggaran TW II", "Catatan TW II", "Temuan"]
    ws, wf = values["Capaian TW II"], formulas["Capaian TW II"]
    row = _cari(ws, "Persentase PPKS Mandiri").row
    cells = [c for c in ws[row]]
    nilai = [c.value for c in cells]
    assert nilai[4:7] == [0.8, pytest.approx(150 / 16013 * 100), pytest.approx(150 / 16013 * 100 / 0.8 * 100)]
    sd = 4 + 12 + 2
    assert nilai[sd] == pytest.approx(300 / 16013 * 100 / 1.6 * 100)
    assert str(wf.cell(row, sd + 1).value).startswith("=")
    assert str(wf.cell(row, 6).value).startswith("=")  # realisasi TW I: pembilang / penyebut x 100 over the cells below
    rata = _cari(ws, "Rata-rata capaian indikator terhadap target s.d. triwulan II").row
    assert ws.cell(rata, sd + 1).value == pytest.approx((300 / 16013 * 100 / 1.6 * 100 + 100) / 2)
    wa = values["Anggaran TW II"]
    total = _cari(wa, "Jumlah").row
    assert wa.cell(total, 7).value == pytest.approx(21748817303 / 57367577759 * 100)  # the example has no codes: no Kode column
    assert str(formulas["Anggaran TW II"].cell(total, 7).value).startswith("=")


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_SOFFICE)
def test_libreoffice_recalculates_the_quarterly_workbook(tw2, tmp_path):
    """The quarterly workbook, and the LKjIP of a workbook with its four quarters: every formula, recalculated."""
    path = next(p for p in tw2.berkas if p.suffix == ".xlsx")
    lkjip = konversi(tulis(tmp_path / "penuh.xlsx"), tmp_path / "out", word=False)
    laporan = next(p for p in lkjip.berkas if p.suffix == ".xlsx")
    from dataclasses import replace

    from lkj_excel.rekap_triwulan import tulis_rekap_triwulan

    kedua = replace(tw2.rekap, instansi="Dinas Kesehatan", capaian_rata=90.5, realisasi_sd=None)
    rekap = tulis_rekap_triwulan([tw2.rekap, kedua], tmp_path / "rekap_triwulan2_2023.xlsx")
    again, again_lkjip, again_rekap = recalculate([path, laporan, rekap], tmp_path / "lo")
    n, wrong = formula_mismatches(path, again)
    assert wrong == [] and n > 30
    n, wrong = formula_mismatches(laporan, again_lkjip)
    assert wrong == [] and n > 100
    n, wrong = formula_mismatches(rekap, again_rekap)
    assert wrong == [] and n == 4


def test_asked_quarter_of_a_full_year(tmp_path):
    """--triwulan 2 on a workbook with all four quarters and its year: the report stops at TW II."""
    src = tulis(tmp_path / "penuh.xlsx")
    result = konversi(src, tmp_path / "out", daftar_isi=False, triwulan=2)
    assert result.berhasil and sorted(p.name for p in result.berkas) == ["penuh_triwulan2.docx", "penuh_triwulan2.xlsx"]
    ws = load_workbook(next(p for p in result.berkas if p.suffix == ".xlsx"), data_only=True)["Capaian TW II"]
    row = _cari(ws, "Persentase PPKS Mandiri").row
    assert ws.cell(row, 4 + 6 + 2).value is None  # TW III's realisasi is not shown in a report of TW II
    assert result.rekap.n == 2 and result.rekap.tertinggal == []


def test_lkjip_shows_the_quarters_in_bab_iii(tmp_path):
    src = tulis(tmp_path / "penuh.xlsx")
    result = konversi(src, tmp_path / "out", daftar_isi=False)
    names = sorted(p.name for p in result.berkas)
    assert names == ["penuh_laporan.docx", "penuh_laporan.xlsx"]
    text = _teks(tmp_path / "out" / "penuh_laporan.docx")
    assert "Tabel 3.4 Capaian per Triwulan Sasaran 1 Tahun 2023" in text
    wb = load_workbook(tmp_path / "out" / "penuh_laporan.xlsx", data_only=True)
    assert wb["Tabel 3.4"]["A1"].value == "Tabel 3.4 Capaian per Triwulan Sasaran 1 Tahun 2023"
    ws = wb["Tabel 3.4"]
    row = _cari(ws, "Persentase PPKS Mandiri").row
    assert ws.cell(row, 4 + 12 + 2).value == pytest.approx(581 / 16013 * 100)  # to TW IV: the year


def test_cli_folder_writes_the_quarterly_recap(tmp_path):
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    tulis(inbox / "dinsos.xlsx", sampai=2, tanpa_tahunan=True)

    def lain(isi):
        isi.lembar["Identitas"]["nama_instansi"] = "Dinas Kesehatan"
        isi.lembar["Triwulan"][0]["realisasi_pembilang_2"] = 200  # 1,25% against 1,60%: behind schedule
    tulis(inbox / "dinkes.xlsx", sampai=2, tanpa_tahunan=True, ubah=lain)
    out = tmp_path / "hasil"
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), str(inbox), "--output", str(out), "--triwulan", "2",
                           "--tanpa-nomor-halaman"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Rekapitulasi triwulan II 2 perangkat daerah" in proc.stdout
    wb = load_workbook(out / "rekap_triwulan2_2023.xlsx", data_only=True)
    peringkat = wb["Peringkat"]
    assert [peringkat.cell(r, 2).value for r in (4, 5)] == ["Dinas Sosial", "Dinas Kesehatan"]
    assert peringkat.cell(5, 6).value == 1
    bawah = wb["Di Bawah Target"]
    assert bawah["A4"].value == "Dinas Kesehatan" and bawah["C4"].value == "Persentase PPKS Mandiri"
    assert bawah["G4"].value == pytest.approx(200 / 16013 * 100 / 1.6 * 100)


def test_wrong_quarter_is_refused():
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), "--triwulan", "5"], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 2 and "triwulan harus 1, 2, 3 atau 4" in proc.stderr


def test_next_year_keeps_the_quarterly_layout_emptied(tmp_path):
    from lkj_excel.pipeline import tahun_berikut
    from lkj_excel.reader import read_workbook

    src = tulis(tmp_path / "dinsos_2023.xlsx")
    result = tahun_berikut(src, tmp_path / "out")
    assert result.berhasil, [t.teks() for t in result.temuan]
    (path,) = result.berkas
    lkjip, temuan = read_workbook(path)
    assert lkjip is not None and lkjip.identitas.tahun == 2024
    assert [(tw.kode, tw.cara) for tw in lkjip.triwulan] == [("I1", "posisi_akhir"), ("I2", "tidak_ditetapkan")]
    assert all(not tw.target and not tw.realisasi and not tw.realisasi_pembilang for tw in lkjip.triwulan)
    assert [a.baris for a in lkjip.anggaran_triwulan] == list(range(5)) and not any(a.realisasi for a in lkjip.anggaran_triwulan)
    assert lkjip.catatan_triwulan == []
    wb = load_workbook(path)
    assert wb["Triwulan"]["A4"].value == "I1" and wb["Triwulan"]["C4"].value == "Posisi akhir"


def test_indicator_without_a_rule_is_judged_per_quarter(tmp_path):
    def ubah(isi):
        isi.lembar["Triwulan"][0]["cara"] = "tidak_ditetapkan"
    result = konversi(tulis(tmp_path / "tanpa_cara.xlsx", sampai=2, tanpa_tahunan=True, ubah=ubah), tmp_path / "out",
                      daftar_isi=False, triwulan=2)
    text = _teks(next(p for p in result.berkas if p.suffix == ".docx"))
    assert ("Cara perhitungan tahunan indikator Persentase PPKS Mandiri tidak ditetapkan, sehingga capaiannya dinilai per "
            "triwulan; realisasi triwulan II sebesar 1,87% dengan capaian 117,09% terhadap target triwulan itu.") in text
    assert result.rekap.tertinggal == [] and result.rekap.capaian_rata == pytest.approx(100.0)  # only I2 measured to date
