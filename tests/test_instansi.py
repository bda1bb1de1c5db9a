"""Kinds of reporting unit (RULES.md §11): a Kecamatan and a Pemerintah Kabupaten's own LKjIP.

The names every output prints are derived once (``lkj_excel.instansi.sebutan``); here they are
checked for each kind, and two blank templates are filled by their labels and headers as a clerk
would, one for a Kecamatan (signed by the Camat, with NIP) and one for the Kabupaten itself (signed
by the Bupati, who has no NIP), converted end to end and read back: the Word report's cover,
signatures and Perjanjian Kinerja, and the output workbook's Ringkasan.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from builders import identitas
from conftest import TEMPLATE
from isi import isi_template
from lkj_excel.instansi import kepala_daerah, nama_pemda_tidak_dipakai, sebutan
from lkj_excel.model import JenisInstansi
from lkj_excel.pipeline import konversi

PD, KEC, PROV, KAB, KOTA = (JenisInstansi.PERANGKAT_DAERAH, JenisInstansi.KECAMATAN, JenisInstansi.PROVINSI,
                            JenisInstansi.KABUPATEN, JenisInstansi.KOTA)


# --------------------------------------------------------------------------- the names of each kind


def test_a_perangkat_daerah_is_named_with_its_region_once():
    s = sebutan(identitas())
    assert (s.nama, s.nama_lengkap, s.sampul) == ("Dinas Sosial", "Dinas Sosial Kabupaten Bengkalis",
                                                  ("DINAS SOSIAL", "KABUPATEN BENGKALIS", "PROVINSI RIAU"))
    assert (s.kepala_daerah, s.pihak_kedua, s.penandatangan, s.rencana) == (
        "Bupati Bengkalis", "Bupati Bengkalis", "Kepala Perangkat Daerah", "Renstra")
    typed_whole = sebutan(identitas(nama_instansi="Dinas Sosial Kabupaten Bengkalis"))
    assert typed_whole.nama_lengkap == "Dinas Sosial Kabupaten Bengkalis"
    provincial = sebutan(identitas(nama_instansi="Dinas Sosial", pemerintah_daerah="Provinsi Riau"))
    assert provincial.sampul == ("DINAS SOSIAL", "PROVINSI RIAU") and provincial.pihak_kedua == "Gubernur Riau"


def test_a_kecamatan_is_named_kecamatan_of_its_kabupaten():
    for typed in ("Bantan", "Kecamatan Bantan", "Kecamatan Bantan Kabupaten Bengkalis"):
        s = sebutan(identitas(jenis_instansi=KEC, nama_instansi=typed))
        assert s.nama_lengkap == "Kecamatan Bantan Kabupaten Bengkalis", typed
    assert s.sampul == ("KECAMATAN BANTAN", "KABUPATEN BENGKALIS", "PROVINSI RIAU")
    assert (s.penandatangan, s.pihak_kedua, s.unit) == ("Camat", "Bupati Bengkalis", "kecamatan")


@pytest.mark.parametrize("jenis, daerah, nama, kepala", [
    (KAB, "Kabupaten Bengkalis", "Pemerintah Kabupaten Bengkalis", "Bupati Bengkalis"),
    (KAB, "Bengkalis", "Pemerintah Kabupaten Bengkalis", "Bupati Bengkalis"),
    (KOTA, "Kota Dumai", "Pemerintah Kota Dumai", "Wali Kota Dumai"),
    (PROV, "Provinsi Riau", "Pemerintah Provinsi Riau", "Gubernur Riau"),
    (PROV, "Pemerintah Provinsi Riau", "Pemerintah Provinsi Riau", "Gubernur Riau"),
])
def test_a_pemerintah_daerah_is_named_once_and_has_no_second_party(jenis, daerah, nama, kepala):
    s = sebutan(identitas(jenis_instansi=jenis, nama_instansi="", pemerintah_daerah=daerah))
    assert (s.nama, s.nama_lengkap, s.sampul, s.kepala_daerah) == (nama, nama, (nama.upper(),), kepala)
    assert s.pihak_kedua is None and s.pemda and (s.rencana, s.unit) == ("RPJMD", "pemerintah daerah")
    assert s.rencana_unit == f"RPJMD {nama.removeprefix('Pemerintah ')}"
    # the reproduction of the issue: the region typed in both fields, named once
    again = sebutan(identitas(jenis_instansi=jenis, nama_instansi=nama, pemerintah_daerah=daerah))
    assert again.nama_lengkap == nama
    with_party = sebutan(identitas(jenis_instansi=jenis, nama_instansi="", pemerintah_daerah=daerah,
                                   pemberi_amanah_jabatan="Menteri Dalam Negeri"))
    assert with_party.pihak_kedua == "Menteri Dalam Negeri"


def test_a_pemda_workbook_naming_another_unit_is_told():
    assert nama_pemda_tidak_dipakai(identitas(jenis_instansi=KAB, nama_instansi="Dinas Sosial"))
    assert not nama_pemda_tidak_dipakai(identitas(jenis_instansi=KAB, nama_instansi="Pemerintah Kabupaten Bengkalis"))
    assert not nama_pemda_tidak_dipakai(identitas(jenis_instansi=KAB, nama_instansi="Bengkalis"))
    assert not nama_pemda_tidak_dipakai(identitas(jenis_instansi=PD, nama_instansi="Dinas Sosial"))
    assert kepala_daerah("Bengkalis") is None and kepala_daerah("Kota Dumai") == "Wali Kota Dumai"


# --------------------------------------------------------------------------- two blank templates filled by hand

def _kecamatan(target: Path) -> Path:
    """Kecamatan Bantan, Kabupaten Bengkalis, 2025: signed by the Camat (with NIP); the PK's second party is left to the tool."""
    return isi_template(TEMPLATE, target, {
        "Identitas": {"Jenis Instansi": "Kecamatan", "Nama Instansi": "Kecamatan Bantan",
                      "Pemerintah Daerah": "Kabupaten Bengkalis", "Provinsi": "Riau", "Tahun Laporan": 2025,
                      "Tahun Awal Renstra": 2025, "Tahun Akhir Renstra": 2029, "Sumber Anggaran": "APBD Kabupaten Bengkalis",
                      "Jabatan Penandatangan": "Camat Bantan", "Nama Penandatangan": "ZULKIFLI, S.STP., M.Si.",
                      "Pangkat/Golongan": "Pembina (IV/a)", "NIP": "19800512 200212 1 003",
                      "Tempat Penandatanganan": "Selatbaru", "Tanggal Penandatanganan": "Januari 2026"},
        "TugasFungsi": [
            {"Jenis": "Tugas", "Uraian": "Membantu Bupati menyelenggarakan urusan pemerintahan yang dilimpahkan kepada "
                                         "camat serta tugas pemerintahan umum di wilayah kecamatan."},
            {"Jenis": "Fungsi", "Uraian": "Mengoordinasikan kegiatan pemberdayaan masyarakat desa;"},
            {"Jenis": "Fungsi", "Uraian": "Mengoordinasikan penyelenggaraan ketenteraman dan ketertiban umum;"},
            {"Jenis": "Fungsi", "Uraian": "Menyelenggarakan pelayanan administrasi terpadu kecamatan."}],
        "Organisasi": [{"Kode Unit": "CAMAT", "Nama Unit": "Camat"},
                       {"Kode Unit": "SEK", "Nama Unit": "Sekretariat Kecamatan", "Kode Induk": "CAMAT"},
                       {"Kode Unit": "PEM", "Nama Unit": "Seksi Pemerintahan", "Kode Induk": "CAMAT"},
                       {"Kode Unit": "PMD", "Nama Unit": "Seksi Pemberdayaan Masyarakat Desa", "Kode Induk": "CAMAT"},
                       {"Kode Unit": "TRANTIB", "Nama Unit": "Seksi Ketenteraman dan Ketertiban Umum", "Kode Induk": "CAMAT"}],
        "Renstra": [{"Tujuan": "Meningkatnya kualitas pelayanan publik di kecamatan",
                     "Sasaran": "Meningkatnya kepuasan masyarakat atas pelayanan kecamatan",
                     "Strategi": "Penyederhanaan prosedur pelayanan", "Arah Kebijakan": "Pelayanan administrasi terpadu satu pintu"}],
        "IndikatorRenstra": [{"Kode": "R1", "Tujuan": "Meningkatnya kualitas pelayanan publik di kecamatan",
                              "Sasaran": "Meningkatnya kepuasan masyarakat atas pelayanan kecamatan",
                              "Indikator": "Indeks Kepuasan Masyarakat", "Satuan": "indeks", "Polaritas": "positif",
                              "Kondisi Awal": 78, "Target 2025": 82, "Target Akhir": 85}],
        "PK": [{"Kode Sasaran": "S1", "Sasaran Strategis": "Meningkatnya kepuasan masyarakat atas pelayanan kecamatan",
                "Kode Indikator": "I1", "Indikator Kinerja": "Indeks Kepuasan Masyarakat", "Satuan": "indeks",
                "Polaritas": "positif", "Target": 82, "Kode Indikator Renstra": "R1"},
               {"Kode Sasaran": "S2", "Sasaran Strategis": "Meningkatnya ketenteraman dan ketertiban umum",
                "Kode Indikator": "I2", "Indikator Kinerja": "Persentase gangguan ketertiban yang tertangani",
                "Satuan": "%", "Polaritas": "positif", "Target": 90}],
        "Anggaran": [{"Program": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Kode Sasaran": "S1",
                      "Anggaran": 3_250_000_000, "Realisasi": 3_071_400_000},
                     {"Program": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Kode Sasaran": "S1",
                      "Anggaran": 640_000_000, "Realisasi": 612_150_000},
                     {"Program": "Program Koordinasi Ketenteraman dan Ketertiban Umum", "Kode Sasaran": "S2",
                      "Anggaran": 410_000_000, "Realisasi": 398_700_000}],
        "Realisasi": [{"Kode Indikator": "I1", "Tahun": 2025, "Realisasi": 84.1},
                      {"Kode Indikator": "I1", "Tahun": 2024, "Target": 80, "Realisasi": 80.6},
                      {"Kode Indikator": "I2", "Tahun": 2025, "Realisasi": 92.5}],
    })


def _kabupaten(target: Path) -> Path:
    """The Pemerintah Kabupaten Bengkalis's own LKjIP 2025: signed by the Bupati (no rank, no NIP), no second party."""
    return isi_template(TEMPLATE, target, {
        "Identitas": {"Jenis Instansi": "Pemerintah Kabupaten", "Pemerintah Daerah": "Kabupaten Bengkalis",
                      "Provinsi": "Riau", "Tahun Laporan": 2025, "Tahun Awal Renstra": 2025, "Tahun Akhir Renstra": 2029,
                      "Sumber Anggaran": "APBD Kabupaten Bengkalis", "Jabatan Penandatangan": "Bupati Bengkalis",
                      "Nama Penandatangan": "Hj. RAHMAWATI, S.Sos., M.M.", "Tempat Penandatanganan": "Bengkalis",
                      "Tanggal Penandatanganan": "Februari 2026", "Nomor LHE AKIP": "B/112/M.AA.05/2024"},
        "TugasFungsi": [{"Jenis": "Tugas", "Uraian": "Menyelenggarakan urusan pemerintahan yang menjadi kewenangan "
                                                      "daerah menurut asas otonomi dan tugas pembantuan."}],
        "Renstra": [{"Tujuan": "Meningkatnya kesejahteraan masyarakat", "Sasaran": "Meningkatnya pertumbuhan ekonomi daerah",
                     "Strategi": "Penguatan ekonomi kerakyatan", "Arah Kebijakan": "Pengembangan UMKM dan pertanian"},
                    {"Sasaran": "Menurunnya angka kemiskinan", "Strategi": "Perlindungan sosial terpadu",
                     "Arah Kebijakan": "Bantuan sosial tepat sasaran"}],
        "IndikatorRenstra": [
            {"Kode": "R1", "Tujuan": "Meningkatnya kesejahteraan masyarakat", "Sasaran": "Meningkatnya pertumbuhan ekonomi daerah",
             "Indikator": "Laju pertumbuhan ekonomi", "Satuan": "%", "Polaritas": "positif", "Kondisi Awal": 2.4,
             "Target 2025": 3.5, "Target Akhir": 4.2},
            {"Kode": "R2", "Sasaran": "Menurunnya angka kemiskinan", "Indikator": "Persentase penduduk miskin",
             "Satuan": "%", "Polaritas": "negatif", "Kondisi Awal": 6.9, "Target 2025": 6.2, "Target Akhir": 5.5}],
        "PK": [{"Kode Sasaran": "S1", "Sasaran Strategis": "Meningkatnya pertumbuhan ekonomi daerah", "Kode Indikator": "I1",
                "Indikator Kinerja": "Laju pertumbuhan ekonomi", "Satuan": "%", "Polaritas": "positif", "Target": 3.5,
                "Kode Indikator Renstra": "R1"},
               {"Kode Sasaran": "S2", "Sasaran Strategis": "Menurunnya angka kemiskinan", "Kode Indikator": "I2",
                "Indikator Kinerja": "Persentase penduduk miskin", "Satuan": "%", "Polaritas": "negatif", "Target": 6.2,
                "Kode Indikator Renstra": "R2"},
               {"Kode Sasaran": "S3", "Sasaran Strategis": "Meningkatnya akuntabilitas kinerja pemerintah daerah",
                "Kode Indikator": "I3", "Indikator Kinerja": "Predikat SAKIP Kabupaten", "Satuan": "predikat",
                "Polaritas": "predikat", "Target": "BB"}],
        "Anggaran": [{"Program": "Program Peningkatan Daya Saing Ekonomi Daerah", "Kode Sasaran": "S1",
                      "Anggaran": 96_400_000_000, "Realisasi": 88_150_300_000},
                     {"Program": "Program Perlindungan dan Jaminan Sosial", "Kode Sasaran": "S2",
                      "Anggaran": 41_200_000_000, "Realisasi": 39_870_500_000},
                     {"Program": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Kode Sasaran": "S3",
                      "Anggaran": 12_600_000_000, "Realisasi": 11_942_000_000}],
        "Realisasi": [{"Kode Indikator": "I1", "Tahun": 2025, "Realisasi": 3.82},
                      {"Kode Indikator": "I1", "Tahun": 2024, "Target": 3.1, "Realisasi": 3.05},
                      {"Kode Indikator": "I2", "Tahun": 2025, "Realisasi": 6.05},
                      {"Kode Indikator": "I2", "Tahun": 2024, "Target": 6.6, "Realisasi": 6.48},
                      {"Kode Indikator": "I3", "Tahun": 2025, "Realisasi": "BB"},
                      {"Kode Indikator": "I3", "Tahun": 2024, "Target": "B", "Realisasi": "B"}],
        "Pengaturan": {"Kode indikator predikat AKIP": "I3"},
    })


def _akip(path: Path) -> Path:
    """The Kabupaten's AKIP scores of its latest evaluation (2024), typed into the AKIP sheet's year column."""
    wb = load_workbook(path)
    ws = wb["AKIP"]
    kolom = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    for r, nilai in zip(range(4, 8), [21.5, 20.1, 9.8, 13.9]):
        ws.cell(r, kolom["Nilai 2024"]).value = nilai
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def keluaran(tmp_path_factory):
    """Both workbooks converted: {kind: (result, docx paragraphs, Ringkasan cells)}."""
    folder = tmp_path_factory.mktemp("instansi")
    out = {}
    for nama, isi in (("kecamatan", _kecamatan), ("kabupaten", lambda p: _akip(_kabupaten(p)))):
        path = isi(folder / f"{nama}.xlsx")
        result = konversi(path, folder / "keluar", daftar_isi=False)
        assert result.berhasil, [t.teks() for t in result.temuan.errors]
        document = docx.Document(str(folder / "keluar" / f"{nama}_laporan.docx"))
        out[nama] = (result, document, _ringkasan(folder / "keluar" / f"{nama}_laporan.xlsx"))
    return out


def _teks(p) -> str:
    return " ".join(p.text.replace("\u00a0", " ").split())


def _tabel_tanda_tangan(document):
    """The Perjanjian Kinerja's two signature blocks (the Lampiran's multi-year and definition tables may follow)."""
    return next(t for t in reversed(document.tables) if "PIHAK PERTAMA," in "".join(c.text for c in t.rows[0].cells))


def _paragraf(document) -> list[str]:
    return [_teks(p) for p in document.paragraphs]


def _semua(document) -> str:
    cells = [_teks(p) for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return "\n".join(_paragraf(document) + cells)


def _ringkasan(path: Path) -> dict[str, str]:
    ws = load_workbook(path, read_only=True)["Ringkasan"]
    return {str(row[1]): str(row[2]) for row in ws.iter_rows(min_row=1, max_row=20, values_only=True)
            if len(row) > 2 and row[1] is not None and row[2] is not None}


def _tanda_tangan_kata_pengantar(document, tempat: str) -> list[str]:
    text = _paragraf(document)
    i = next(i for i, t in enumerate(text) if t.startswith(f"{tempat}, "))
    return text[i:text.index("RINGKASAN EKSEKUTIF")]


def _tidak_berulang(text: str) -> None:
    for daerah in ("Kabupaten Bengkalis", "Provinsi Riau"):
        assert not re.search(f"{daerah} {daerah}", text, re.IGNORECASE), daerah


def test_the_kecamatan_is_signed_by_the_camat_and_its_pk_by_the_bupati(keluaran):
    result, document, ringkasan = keluaran["kecamatan"]
    assert not [t for t in result.temuan if t.kode in ("nip-tidak-lazim", "sel-wajib-kosong")]
    text = _paragraf(document)
    assert text[2] == "KECAMATAN BANTAN KABUPATEN BENGKALIS PROVINSI RIAU"
    ttd = [t for t in _tanda_tangan_kata_pengantar(document, "Selatbaru") if t]
    assert ttd == ["Selatbaru, Januari 2026", "CAMAT BANTAN", "ZULKIFLI, S.STP., M.Si.", "Pembina (IV/a)",
                   "NIP. 19800512 200212 1 003"]
    assert "PERJANJIAN KINERJA TAHUN 2025 KECAMATAN BANTAN KABUPATEN BENGKALIS" in text
    assert "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA." in text
    assert "Jabatan\t: Bupati Bengkalis" in [p.text for p in document.paragraphs]
    left, right = ([_teks(p) for p in c.paragraphs if _teks(p)] for c in _tabel_tanda_tangan(document).rows[0].cells)
    assert left == ["PIHAK KEDUA,", "BUPATI BENGKALIS", "." * 40]
    assert right[1:] == ["PIHAK PERTAMA,", "CAMAT BANTAN", "ZULKIFLI, S.STP., M.Si.", "Pembina (IV/a)",
                         "NIP. 19800512 200212 1 003"]
    all_text = _semua(document)
    assert "bersumber dari APBD Kabupaten Bengkalis sebesar" in all_text
    assert "Perjanjian Kinerja adalah pernyataan komitmen antara Camat Bantan sebagai penerima amanah dan Bupati " \
           "Bengkalis sebagai pemberi amanah" in all_text
    _tidak_berulang(all_text)
    assert (ringkasan["Jenis Instansi"], ringkasan["Instansi"]) == ("Kecamatan", "Kecamatan Bantan")
    assert (ringkasan["Camat"], ringkasan["Jabatan Penandatangan"], ringkasan["NIP"]) == (
        "ZULKIFLI, S.STP., M.Si.", "Camat Bantan", "19800512 200212 1 003")
    assert ringkasan["Pihak Kedua Perjanjian Kinerja"] == "Bupati Bengkalis"


def test_the_kabupatens_own_report_is_signed_by_the_bupati_without_nip(keluaran):
    result, document, ringkasan = keluaran["kabupaten"]
    assert not [t for t in result.temuan if t.kode in ("nip-tidak-lazim", "sel-wajib-kosong", "nama-instansi-tidak-dipakai")]
    text = _paragraf(document)
    assert text[2] == "PEMERINTAH KABUPATEN BENGKALIS"
    ttd = [t for t in _tanda_tangan_kata_pengantar(document, "Bengkalis") if t]
    assert ttd == ["Bengkalis, Februari 2026", "BUPATI BENGKALIS", "Hj. RAHMAWATI, S.Sos., M.M."]
    all_text = _semua(document)
    assert "NIP" not in all_text and "PIHAK KEDUA" not in all_text and "PIHAK PERTAMA" not in all_text
    assert "PERJANJIAN KINERJA TAHUN 2025 PEMERINTAH KABUPATEN BENGKALIS" in text
    i = text.index("PERJANJIAN KINERJA TAHUN 2025 PEMERINTAH KABUPATEN BENGKALIS")
    assert text[i + 1].endswith("saya yang bertanda tangan di bawah ini:")
    assert text[i + 4].startswith("berjanji akan mewujudkan target kinerja tahunan") and "RPJMD" in text[i + 4]
    pk = text[:next((n for n, t in enumerate(text) if t.startswith("TARGET DAN REALISASI INDIKATOR KINERJA")), len(text))]
    ttd_pk = [t for t in pk[len(pk) - 1 - pk[::-1].index("BUPATI BENGKALIS") - 1:] if t]  # before the multi-year tables
    assert ttd_pk == [f"Bengkalis, {'.' * 24} 2025", "BUPATI BENGKALIS", "Hj. RAHMAWATI, S.Sos., M.M."]
    assert "2.1 Rencana Pembangunan Jangka Menengah Daerah Tahun 2025–2029" in text
    assert "Perjanjian Kinerja adalah pernyataan komitmen Bupati Bengkalis untuk mewujudkan" in all_text
    assert "Pemerintah Kabupaten Bengkalis memperoleh nilai 65,30 dengan predikat B pada evaluasi tahun 2024" in all_text
    assert "Renstra" not in all_text
    _tidak_berulang(all_text)
    assert (ringkasan["Jenis Instansi"], ringkasan["Instansi"]) == ("Pemerintah Kabupaten", "Pemerintah Kabupaten Bengkalis")
    assert (ringkasan["Kepala Daerah"], ringkasan["Jabatan Penandatangan"]) == ("Hj. RAHMAWATI, S.Sos., M.M.", "Bupati Bengkalis")
    assert "NIP" not in ringkasan and ringkasan["Pihak Kedua Perjanjian Kinerja"].startswith("Tidak ada")
    assert ringkasan["Periode RPJMD"] == "2025–2029" and "Periode Renstra" not in ringkasan


def test_a_pemda_with_a_second_party_signs_a_two_party_pk(tmp_path):
    path = _kabupaten(tmp_path / "kab.xlsx")
    wb = load_workbook(path)
    ws = wb["Identitas"]
    row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value).startswith("Jabatan Pemberi Amanah"))
    ws.cell(row, 2).value = "Gubernur Riau"
    wb.save(path)
    result = konversi(path, tmp_path / "keluar", daftar_isi=False)
    assert result.berhasil
    document = docx.Document(str(tmp_path / "keluar" / "kab_laporan.docx"))
    text = _paragraf(document)
    assert "selanjutnya disebut PIHAK KEDUA." in text and "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA." not in text
    left, right = ([_teks(p) for p in c.paragraphs if _teks(p)] for c in _tabel_tanda_tangan(document).rows[0].cells)
    assert left[:2] == ["PIHAK KEDUA,", "GUBERNUR RIAU"] and right[1:] == ["PIHAK PERTAMA,", "BUPATI BENGKALIS", "Hj. RAHMAWATI, S.Sos., M.M."]


def test_a_pjs_nip_is_printed_and_a_dash_means_none(tmp_path):
    from lkj_excel.reader import read_workbook

    path = _kabupaten(tmp_path / "pj.xlsx")
    wb = load_workbook(path)
    ws = wb["Identitas"]
    rows = {str(ws.cell(r, 1).value).rstrip(" *"): r for r in range(1, ws.max_row + 1)}
    ws.cell(rows["Jabatan Penandatangan"], 2).value = "Pj. Bupati Bengkalis"
    ws.cell(rows["NIP"], 2).value = "19700101 199503 1 001"
    ws.cell(rows["Pangkat/Golongan"], 2).value = "-"
    wb.save(path)
    m, temuan = read_workbook(path)
    assert m.identitas.kepala_nip == "19700101 199503 1 001" and m.identitas.kepala_pangkat is None
    assert not temuan.warnings


def test_a_template_v1_workbook_reads_as_a_perangkat_daerah(tmp_path):
    from lkj_excel.reader import read_workbook
    from test_kompatibilitas import V1

    m, _ = read_workbook(V1 / "contoh_lkjip_dinsos_bengkalis_2023.xlsx")
    assert m.identitas.jenis_instansi is PD
    s = sebutan(m.identitas)
    assert (s.nama_lengkap, s.pihak_kedua) == ("Dinas Sosial Kabupaten Bengkalis", "Bupati Bengkalis")
    assert s == sebutan(replace(m.identitas, jenis_instansi=PD))
