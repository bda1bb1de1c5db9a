"""A Dinas typed into the blank template with its budget per program, kegiatan and sub kegiatan.

Dinas Sosial Kota Dumai 2024 (invented figures): one program of three kegiatan and seven sub kegiatan,
in the order of the DPA, with Permendagri 90/2019 codes; the sub kegiatan carry no Tingkat (their code
says it), the sasaran are linked on the kegiatan rows, and the agency typed its program's subtotal
(which agrees). Used by ``test_anggaran_bertingkat`` and, as one workbook of the golden manifest, by
the Open XML checks.
"""

from __future__ import annotations

from pathlib import Path

from conftest import TEMPLATE
from isi import isi_template

NAMA = "Program / Kegiatan / Sub Kegiatan"
K1 = ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
      "Gelandangan Pengemis di Luar Panti Sosial")
K2 = "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya di Luar Panti Sosial"
K3 = "Pengelolaan Data dan Informasi Rehabilitasi Sosial"

ANGGARAN = [  # rows 4-14 of sheet Anggaran, in the order of the DPA
    {"Tingkat": "Program", "Kode": "1.06.04", NAMA: "Program Rehabilitasi Sosial", "Anggaran": 683_500_000,
     "Realisasi": 651_870_000, "Sumber Dana": "APBD"},  # the subtotal the agency typed (it agrees)
    {"Tingkat": "Kegiatan", "Kode": "1.06.04.2.01", NAMA: K1, "Kode Sasaran": "S1"},
    {"Kode": "1.06.04.2.01.0001", NAMA: "Penyediaan Permakanan", "Anggaran": 310_500_000, "Realisasi": 298_760_000},
    {"Kode": "1.06.04.2.01.0002", NAMA: "Penyediaan Sandang", "Anggaran": 85_000_000, "Realisasi": 84_120_000},
    {"Kode": "1.06.04.2.01.0006", NAMA: "Pemberian Pelayanan Reunifikasi Keluarga", "Anggaran": 42_000_000,
     "Realisasi": 40_050_000},
    {"Tingkat": "Kegiatan", "Kode": "1.06.04.2.02", NAMA: K2, "Kode Sasaran": "S1"},
    {"Kode": "1.06.04.2.02.0001", NAMA: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
     "Anggaran": 128_750_000, "Realisasi": 120_400_000},
    {"Kode": "1.06.04.2.02.0004", NAMA: "Pemberian Pelayanan Penelusuran Keluarga", "Anggaran": 36_000_000,
     "Realisasi": 35_100_000},
    {"Tingkat": "Kegiatan", "Kode": "1.06.04.2.05", NAMA: K3, "Kode Sasaran": "S2"},
    {"Kode": "1.06.04.2.05.0001", NAMA: "Verifikasi dan Validasi Data PPKS", "Anggaran": 57_250_000,
     "Realisasi": 49_800_000},
    {"Kode": "1.06.04.2.05.0002", NAMA: "Pemutakhiran Basis Data Layanan Rehabilitasi", "Anggaran": 24_000_000,
     "Realisasi": 23_640_000},
]
# by hand: K1 = 437.500.000 / 422.930.000, K2 = 164.750.000 / 155.500.000, K3 = 81.250.000 / 73.440.000,
# the program = 683.500.000 / 651.870.000 (95,37%); S1 = K1 + K2 = 602.250.000 / 578.430.000 (96,04%),
# S2 = K3 (90,39%).

ISI = {
    "Identitas": {"Nama Perangkat Daerah": "Dinas Sosial", "Pemerintah Daerah": "Kota Dumai", "Provinsi": "Riau",
                  "Tahun Laporan": 2024, "Tahun Awal Renstra": 2021, "Tahun Akhir Renstra": 2026,
                  "Jabatan Penandatangan": "Kepala Dinas Sosial Kota Dumai", "Nama Penandatangan": "HENDRA, S.Sos., M.Si.",
                  "Pangkat/Golongan": "Pembina Tingkat I (IV/b)", "NIP": "19760412 200212 1 004",
                  "Tempat Penandatanganan": "Dumai"},
    "TugasFungsi": [{"Jenis": "Tugas", "Uraian": "Membantu Wali Kota melaksanakan urusan pemerintahan bidang sosial."}],
    "PK": [
        {"Kode Sasaran": "S1", "Sasaran Strategis": "Meningkatnya PPKS yang mendapatkan pelayanan rehabilitasi sosial",
         "Kode Indikator": "I1", "Indikator Kinerja": "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial dasar",
         "Satuan": "%", "Polaritas": "positif", "Target": 95},
        {"Kode Sasaran": "S2", "Sasaran Strategis": "Meningkatnya kualitas data kesejahteraan sosial",
         "Kode Indikator": "I2", "Indikator Kinerja": "Persentase data PPKS yang diverifikasi dan divalidasi",
         "Satuan": "%", "Polaritas": "positif", "Target": 90},
    ],
    "Anggaran": ANGGARAN,
    "Realisasi": [{"Kode Indikator": "I1", "Tahun": 2024, "Realisasi": 96.5},
                  {"Kode Indikator": "I2", "Tahun": 2024, "Realisasi": 84}],
}


def isi_dumai(target: Path, anggaran: list[dict] = ANGGARAN) -> Path:
    """The blank template, typed in by its labels and headers."""
    return isi_template(TEMPLATE, target, {**ISI, "Anggaran": anggaran})
