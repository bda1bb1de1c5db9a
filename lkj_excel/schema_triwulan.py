"""The optional sheets of quarterly monitoring (Rencana Aksi), declared like every other sheet.

Triwulan: per indicator (PK or operational) the target of each quarter and its realisasi, and how the
quarters make the year; CatatanTriwulan: the agency's obstacles and follow-up per indicator and quarter;
AnggaranTriwulan: the realisasi of each lowest budget line per quarter. ``schema`` imports this module
(its sheets join ``schema.LEMBAR``); import them from ``schema``.
"""

from __future__ import annotations

from .schema import ANGKA, KODE, NILAI, PILIHAN, RUPIAH, Kolom, Lembar

__all__ = ["TRIWULAN_ROMAWI", "CARA_TAHUNAN", "TRIWULAN", "CATATAN_TRIWULAN", "ANGGARAN_TRIWULAN"]

TRIWULAN_ROMAWI = ("I", "II", "III", "IV")
"""The quarters as the sheets and the report write them (TW I ... TW IV)."""

CARA_TAHUNAN = (
    ("Kumulatif", "kumulatif"),
    ("Posisi akhir", "posisi_akhir"),
    ("Rata-rata", "rata_rata"),
    ("Tidak ditetapkan", "tidak_ditetapkan"),
)
"""How the quarters of an indicator make its year (label in the sheet, code in the model)."""


def _per_triwulan(key: str, header: str, tipe: str, bantuan: str, lebar: float = 9) -> tuple[Kolom, ...]:
    """One column per quarter: ``<key>_1`` ... ``<key>_4`` headed ``<header> TW I`` ... ``TW IV``."""
    return tuple(Kolom(f"{key}_{q}", f"{header} TW {romawi}", tipe, lebar=lebar, bantuan=bantuan)
                 for q, romawi in enumerate(TRIWULAN_ROMAWI, start=1))


TRIWULAN = Lembar(
    nama="Triwulan",
    judul="Rencana Aksi: Target dan Realisasi per Triwulan",
    tabel="Laporan triwulan, Bab III",
    bentuk="tabel",
    wajib=False,
    petunjuk="Opsional. Satu baris per indikator PK atau indikator operasional (Kode Indikator dari lembar PK atau "
             "Operasional): target triwulan menurut Rencana Aksi dan realisasi setiap triwulan. Cara Perhitungan Tahunan "
             "menentukan bagaimana triwulan membentuk angka tahunan. Bila realisasi tahunan pada lembar Realisasi atau "
             "Operasional kosong dan triwulan IV sudah terisi, realisasi tahunan dihitung dari triwulan; bila keduanya "
             "diisi, tool memeriksa kecocokannya.",
    kolom=(
        Kolom("kode", "Kode Indikator", KODE, wajib=True, lebar=9,
              bantuan="Kode indikator dari lembar PK atau dari kolom Kode Indikator lembar Operasional."),
        Kolom("indikator", "Indikator (otomatis)", isian=False, lebar=30,
              rumus='=IFERROR(INDEX(PK!$D:$D,MATCH(A{r},PK!$C:$C,0)),IFERROR(INDEX(Operasional!$F:$F,'
                    'MATCH(A{r},Operasional!$E:$E,0)),""))'),
        Kolom("cara", "Cara Perhitungan Tahunan", PILIHAN, pilihan=tuple(k for k, _ in CARA_TAHUNAN), kode=CARA_TAHUNAN,
              lebar=14,
              bantuan="Kumulatif: angka setiap triwulan adalah hasil triwulan itu saja dan angka tahunan adalah jumlahnya "
                      "(untuk indikator rumus, pembilang dan penyebutnya masing-masing dijumlahkan). Posisi akhir: angka "
                      "setiap triwulan adalah keadaan pada akhir triwulan itu dan angka tahunan adalah triwulan terakhir "
                      "yang terisi (pilih ini juga bila pembilang bertambah terhadap penyebut yang tetap, dengan mengisi "
                      "jumlah sampai dengan triwulan itu). Rata-rata: angka tahunan adalah rata-rata triwulan yang terisi. "
                      "Tidak ditetapkan: angka tahunan tidak dihitung dari triwulan. Indikator predikat selalu memakai "
                      "triwulan terakhir yang terisi. Bila kosong: Tidak ditetapkan."),
        *_per_triwulan("target", "Target", NILAI, "Target triwulan menurut Rencana Aksi; angka atau predikat."),
        *_per_triwulan("realisasi", "Realisasi", NILAI,
                       "Realisasi triwulan; angka atau predikat. Untuk indikator rumus boleh kosong bila pembilang dan "
                       "penyebutnya diisi."),
        *_per_triwulan("realisasi_pembilang", "Pembilang", ANGKA, "Indikator rumus: pembilang realisasi triwulan.", 10),
        *_per_triwulan("realisasi_penyebut", "Penyebut", ANGKA, "Indikator rumus: penyebut realisasi triwulan.", 10),
    ),
)

CATATAN_TRIWULAN = Lembar(
    nama="CatatanTriwulan",
    judul="Kendala dan Tindak Lanjut per Triwulan",
    tabel="Laporan triwulan",
    bentuk="tabel",
    wajib=False,
    petunjuk="Opsional. Satu baris per indikator per triwulan: kendala yang dihadapi dan tindak lanjut yang direncanakan; "
             "dicetak pada laporan triwulan.",
    kolom=(
        Kolom("kode", "Kode Indikator", KODE, wajib=True, lebar=9, bantuan="Kode indikator dari lembar PK atau Operasional."),
        Kolom("triwulan", "Triwulan", PILIHAN, wajib=True, pilihan=TRIWULAN_ROMAWI, lebar=9, bantuan="I, II, III atau IV."),
        Kolom("kendala", "Kendala", lebar=50),
        Kolom("tindak_lanjut", "Tindak Lanjut", lebar=50),
    ),
)

ANGGARAN_TRIWULAN = Lembar(
    nama="AnggaranTriwulan",
    judul="Realisasi Anggaran per Triwulan",
    tabel="Laporan triwulan",
    bentuk="tabel",
    wajib=False,
    petunjuk="Opsional. Satu baris per baris terbawah lembar Anggaran (program, kegiatan atau sub kegiatan tanpa rincian), "
             "ditunjuk dengan Kode-nya atau, bila tanpa kode, dengan namanya persis seperti pada lembar Anggaran. Isi "
             "realisasi yang dibelanjakan dalam setiap triwulan (bukan jumlah sampai dengan triwulan itu). Bila realisasi "
             "pada lembar Anggaran kosong dan triwulan IV terisi, realisasinya adalah jumlah keempat triwulan.",
    kolom=(
        Kolom("kode", "Kode", KODE, lebar=18, bantuan="Kode program, kegiatan atau sub kegiatan dari lembar Anggaran."),
        Kolom("nama", "Program / Kegiatan / Sub Kegiatan", lebar=40,
              bantuan="Nama baris anggaran, dipakai bila Kode kosong; harus sama dengan nama pada lembar Anggaran."),
        *_per_triwulan("realisasi", "Realisasi", RUPIAH, "Realisasi anggaran dalam triwulan itu, dalam Rupiah.", 16),
    ),
)
