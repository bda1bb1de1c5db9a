"""The standard workbook, declared once.

Every sheet the agency fills, in the order of the report, with every column:
its Indonesian header, type, unit, whether it is required, its allowed values
and a help text. The template generator, the reader and the documentation of
the template all read this module; nothing about a column is written twice.

Sheet layout (table sheets): row 1 the title, row 2 a short instruction,
row 3 the headers, data from row 4. Form sheets (``bentuk="isian"``) hold one
field per row: the label in column A, the value in column B, help in column C.
Supporting data sheets (name starting with ``Data``) have free columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Column types.
TEKS = "teks"
KODE = "kode"
ANGKA = "angka"
RUPIAH = "rupiah"
PERSEN = "persen"
NILAI = "nilai"  # a number or a predikat label
TAHUN = "tahun"
BULAT = "bilangan bulat"
PILIHAN = "pilihan"
YA_TIDAK = "ya/tidak"
TANGGAL = "tanggal"

VERSI_TEMPLATE = 4
"""The version of the standard workbook this release writes. It is stored in the workbook (a custom
document property, which Excel and LibreOffice keep when the file is saved), so that a later release
can tell which layout a workbook was filled in with and migrate it. Version 1: the templates before
the version was stored (kept in ``tests/fixtures/template_v1``). Version 3 added, all optional and at
the end: the reviewer's rows of Identitas, the definition columns of PK, the Narasi part Rekomendasi,
and the sheets Pembanding and RubrikLKE. Version 4: optional columns for the agency's stated figures
and sources at the end of PK, Realisasi, Operasional and AngkaTertulis (an older release would pass them
over, so it says the workbook is newer than it knows)."""
PROPERTI_VERSI = "lkj_excel_versi_template"
"""The name of the custom document property that holds the template's version."""

# The largest magnitude of each kind of figure. Beyond them a number is a typing error
# (a pasted row of digits, 1E+308), and it would only carry into every sum, ratio and
# sentence of the report.
BATAS_RUPIAH = 1e15
"""Rp 1.000 triliun: ten times the largest regional budget (DKI Jakarta, some Rp 80
triliun), and below 2^53, where a float still holds every rupiah exactly."""
BATAS_ANGKA = 1e15
"""A count or a measure (people, households, Rupiah in a supporting table): the same bound."""
BATAS_PERSEN = 1e6
"""A percentage typed in a cell (a capaian of 1.000.000% is not a figure)."""
BATAS_FAKTOR = 1e6
"""The factor of a formula indicator: 100 for a percentage, 100.000 for a rate per 100.000."""
BATAS_SKOR = 100.0
"""An AKIP component's weight and score: the evaluation scores out of 100."""

# Lengths of text where an output format has a limit.
BATAS_SATUAN = 60
"""Characters of a unit (``Satuan``). The output workbook writes a unit into a number
format (``#,##0.00" orang"``), three times over, and Excel refuses a number format of
more than 255 characters; real units (``%``, ``KK``, ``indeks kepuasan``) are short."""
BATAS_NAMA_LEMBAR = 31
"""Characters of a sheet name in Excel (an .ods allows longer ones)."""
BATAS_KAKI_HALAMAN = 120
"""Characters of the short title in the output workbook's page footer (Excel allows 255
for the whole footer, with its codes and the page numbers)."""

BANTUAN_OTOMATIS = (
    "Diisi otomatis oleh template (sel abu-abu). Bila rumusnya tertimpa isian, misalnya tabel laporan lama yang disalin "
    "beserta angka persentasenya, isi sel dibaca sebagai nilai tertulis instansi: dibandingkan dengan hasil perhitungan "
    "tool pada ketelitian cetaknya dan dilaporkan bila berbeda; laporan tetap memakai hasil perhitungan."
)
"""The help of every tool-filled column (its header's comment, its line in Petunjuk)."""

HEADER_ROW = 3  # 1-based row of the headers in table sheets
FIRST_DATA_ROW = HEADER_ROW + 1

PREDIKAT = ("AA", "A", "BB", "B", "CC", "C", "D")

NARASI_BAGIAN = (
    "Kata Pengantar",
    "Ringkasan Eksekutif",
    "Latar Belakang",
    "Maksud dan Tujuan",
    "Struktur Organisasi",
    "Isu Strategis",
    "Perencanaan Kinerja",
    "Penjelasan Sasaran",
    "Faktor Keberhasilan",
    "Faktor Penghambat",
    "Upaya Perbaikan",
    "Kesimpulan",
    "Langkah Selanjutnya",
    "Rekomendasi",
)


@dataclass(frozen=True)
class Kolom:
    """One column of a table sheet, or one field of a form sheet.

    Attributes:
        key: the attribute name in the domain model.
        header: the Indonesian header (or field label) in the sheet.
        tipe: one of the column types above.
        satuan: the unit, shown in the help.
        wajib: a value is required.
        pilihan: allowed values (labels as shown in the sheet).
        kode: for choices whose label differs from the internal code: label -> code.
        bantuan: the help text, shown as a cell comment and in Petunjuk.
        lebar: column width in characters.
        isian: filled by the user; False for cells the template computes.
        wajib_tiap_baris: with ``wajib``, every data row needs a value; False: the column must be
            present, but which rows need a value is the reader's own rule (said in ``bantuan``).
        isi_ke_bawah: an empty cell means "same as the row above" (merged groups).
        bawaan: the default value written in the template (forms only).
        alias: other headers accepted for this column.
        rumus: for tool-filled columns, an Excel formula template with ``{r}``
            for the row number and ``{<key>}`` for the column letter of another column.
        wajib_untuk: required only for these kinds of reporting unit (codes of
            ``JENIS_INSTANSI``, the Identitas field Jenis Instansi); ``wajib`` stays False.
        panjang_maks: the most characters of a text (0: no limit); a longer text is
            cut, with a warning.
        batas: the largest magnitude of a number (0: the bound of its type, ``batas_angka``).
    """

    key: str
    header: str
    tipe: str = TEKS
    satuan: str = ""
    wajib: bool = False
    pilihan: tuple[str, ...] = ()
    kode: tuple[tuple[str, str], ...] = ()
    bantuan: str = ""
    lebar: float = 14
    isian: bool = True
    isi_ke_bawah: bool = False
    bawaan: object = None
    alias: tuple[str, ...] = ()
    rumus: str = ""
    wajib_untuk: tuple[str, ...] = ()
    panjang_maks: int = 0
    batas: float = 0
    wajib_tiap_baris: bool = True

    def kode_dari(self, label: str) -> str:
        """The internal code of a choice label (the label itself if none)."""
        return dict(self.kode).get(label, label)

    def label_dari(self, code: str) -> str:
        """The label shown in the sheet for an internal code."""
        return {v: k for k, v in self.kode}.get(code, code)

    @property
    def keterangan_wajib(self) -> str:
        """Whether it must be filled, as the template and Petunjuk say it: "Wajib diisi." ..."""
        if self.wajib:
            return "Wajib diisi." if self.wajib_tiap_baris else "Wajib pada baris yang disebut di atas."
        if self.wajib_untuk:
            labels = [label for label, code in JENIS_INSTANSI if code in self.wajib_untuk]
            jenis = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " dan " + labels[-1]
            return f"Wajib diisi untuk {jenis}."
        return "Boleh kosong."


@dataclass(frozen=True)
class KolomTahun:
    """A family of year columns (``Target 2021``, ``Target 2022`` ...).

    Matches any header ``<prefix> <year>``; the template writes one per year.
    """

    key: str
    prefix: str
    tipe: str = NILAI
    bantuan: str = ""
    lebar: float = 10
    batas: float = 0

    def cocok(self, header: str) -> int | None:
        m = re.fullmatch(rf"{re.escape(normal(self.prefix))} ?(\d{{4}})", normal(header))
        return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Lembar:
    """One sheet of the standard workbook.

    Attributes:
        nama: the sheet name (short: it appears in cell references, ``PK!E7``).
        judul: the title in row 1.
        tabel: the report table(s) it feeds.
        bentuk: ``"tabel"`` (rows of records), ``"isian"`` (a form) or ``"bebas"``.
        kolom: the columns (or fields).
        kolom_tahun: year column families placed after ``setelah``.
        wajib: the sheet must be present.
        petunjuk: what to put in the sheet (row 2 and the Petunjuk sheet).
        boleh_jumlah: a typed ``Jumlah``/``Total`` row is accepted (and audited).
    """

    nama: str
    judul: str
    tabel: str
    bentuk: str
    kolom: tuple[Kolom, ...]
    petunjuk: str
    kolom_tahun: tuple[KolomTahun, ...] = ()
    setelah: str = ""
    wajib: bool = True
    boleh_jumlah: bool = False
    alias: tuple[str, ...] = field(default=())

    def kolom_by_key(self, key: str) -> Kolom:
        return next(k for k in self.kolom if k.key == key)


def batas_angka(col: Kolom | KolomTahun) -> float:
    """The largest magnitude a number of ``col`` may have: its own bound, or that of its type."""
    return col.batas or (BATAS_RUPIAH if col.tipe == RUPIAH else BATAS_PERSEN if col.tipe == PERSEN else BATAS_ANGKA)


def nama_lembar_data(nama: list[str]) -> list[str]:
    """The supporting sheets' names as Excel takes them: cut to ``BATAS_NAMA_LEMBAR``, unique (any case) among all sheets."""
    taken = {s.nama.casefold() for s in LEMBAR}
    out = []
    for name in nama:
        candidate, i = name[:BATAS_NAMA_LEMBAR], 1
        while candidate.casefold() in taken:
            i += 1
            candidate = name[: BATAS_NAMA_LEMBAR - len(f"~{i}")].rstrip() + f"~{i}"
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


def normal(text: object) -> str:
    """Normalise a header or label for matching: case, spaces, punctuation."""
    s = re.sub(r"[\s\u00a0]+", " ", str(text)).strip().lower()
    s = re.sub(r"[^0-9a-z% ]+", " ", s)
    return re.sub(r" +", " ", s).strip()


JENIS_INSTANSI = (
    ("Perangkat Daerah", "perangkat_daerah"),
    ("Kecamatan", "kecamatan"),
    ("Pemerintah Provinsi", "provinsi"),
    ("Pemerintah Kabupaten", "kabupaten"),
    ("Pemerintah Kota", "kota"),
)
"""The kinds of reporting unit (RULES.md §11): label in the sheet, code in ``model.JenisInstansi``."""
_BERPEGAWAI = ("perangkat_daerah", "kecamatan")
"""The kinds signed by a civil servant (with rank and NIP); a Kepala Daerah has neither."""

YA_TIDAK_PILIHAN = ("Ya", "Tidak")
POLARITAS = ("positif", "negatif", "predikat")
ESELON = ("III", "IV")

_SUMBER_HELP = (
    "Untuk indikator rumus: tabel data pendukung asal jumlah {bagian} realisasi tahun laporan, ditulis "
    "<nama lembar>: <judul kolom> untuk jumlah kolom, atau <nama lembar>: <judul kolom>: <label baris> untuk satu baris, "
    "misalnya Data_PSKS: Jumlah PSKS (orang) atau Data_Bantuan: Penerima 2023: PKH. Tool membandingkan angkanya dan "
    "laporan menyebut asal angka itu."
)
_KATEGORI_TERTULIS_HELP = (
    "Kategori capaian tahun ini sebagaimana tertulis pada laporan yang ada (misalnya Sangat Tinggi); "
    "dibandingkan dengan kategori hasil hitungan tool menurut lembar Skala."
)

_SATUAN_REALISASI_HELP = (
    "Satuan realisasi sebagaimana tertulis pada sumber datanya, bila dicatat; realisasi yang bersatuan lain "
    "daripada satuan indikator (misalnya orang untuk target dalam %) dilaporkan sebagai peringatan."
)

_POLARITAS_HELP = "positif: makin tinggi makin baik; negatif: makin rendah makin baik; predikat: nilai huruf (AA, A, BB, B, CC, C, D)."

IDENTITAS = Lembar(
    nama="Identitas",
    judul="Identitas Instansi dan Penandatangan",
    tabel="Sampul, Kata Pengantar, Lampiran",
    bentuk="isian",
    petunjuk="Isi kolom Nilai untuk setiap baris. Data ini dipakai pada sampul, kata pengantar, blok tanda tangan dan Perjanjian Kinerja.",
    kolom=(
        Kolom("jenis_instansi", "Jenis Instansi", PILIHAN, pilihan=tuple(k for k, _ in JENIS_INSTANSI), kode=JENIS_INSTANSI,
              bawaan=JENIS_INSTANSI[0][0],
              bantuan="Perangkat Daerah (dinas, badan, sekretariat, inspektorat), Kecamatan, atau pemerintah daerah itu sendiri "
                      "(Pemerintah Provinsi, Kabupaten atau Kota) untuk LKjIP yang ditandatangani kepala daerah."),
        Kolom("nama_instansi", "Nama Instansi", wajib_untuk=_BERPEGAWAI, alias=("Nama Perangkat Daerah",),
              bantuan="Nama perangkat daerah atau kecamatan tanpa nama daerah, misalnya Dinas Sosial atau Kecamatan Bantan. "
                      "Untuk LKjIP pemerintah daerah kosongkan; namanya dibentuk dari isian Pemerintah Daerah."),
        Kolom("pemerintah_daerah", "Pemerintah Daerah", wajib=True,
              bantuan="Daerah tempat instansi berada, atau daerah itu sendiri untuk LKjIP pemerintah daerah, misalnya "
                      "Kabupaten Bengkalis, Kota Pekanbaru atau Provinsi Riau."),
        Kolom("provinsi", "Provinsi", wajib=True, bantuan="Nama provinsi tanpa kata Provinsi, misalnya Riau."),
        Kolom("tahun", "Tahun Laporan", TAHUN, wajib=True, bantuan="Tahun kinerja yang dilaporkan, misalnya 2023."),
        Kolom("renstra_awal", "Tahun Awal Renstra", TAHUN, wajib=True, bantuan="Tahun pertama periode Rencana Strategis (untuk pemerintah daerah: periode RPJMD)."),
        Kolom("renstra_akhir", "Tahun Akhir Renstra", TAHUN, wajib=True, bantuan="Tahun terakhir periode Rencana Strategis (untuk pemerintah daerah: periode RPJMD)."),
        Kolom("sumber_anggaran", "Sumber Anggaran", bawaan="APBD", bantuan="Sumber dana utama sebagaimana dicetak dalam laporan, misalnya APBD Kabupaten Bengkalis."),
        Kolom("kepala_jabatan", "Jabatan Penandatangan", wajib=True, bantuan="Jabatan penandatangan sebagaimana tertulis di bawah tanda tangan, misalnya Kepala Dinas Sosial Kabupaten Bengkalis, Camat Bantan atau Bupati Bengkalis."),
        Kolom("kepala_nama", "Nama Penandatangan", wajib=True, bantuan="Nama lengkap beserta gelar."),
        Kolom("kepala_pangkat", "Pangkat/Golongan", wajib_untuk=_BERPEGAWAI, bantuan="Misalnya Pembina Utama Muda (IV/c). Kepala daerah tidak berpangkat: kosongkan."),
        Kolom("kepala_nip", "NIP", wajib_untuk=_BERPEGAWAI, bantuan="Nomor Induk Pegawai (18 angka, boleh dengan spasi). Kepala daerah tidak ber-NIP: kosongkan (penjabat kepala daerah boleh mengisi NIP-nya)."),
        Kolom("tempat_ttd", "Tempat Penandatanganan", wajib=True, bantuan="Nama kota/tempat penandatanganan."),
        Kolom("tanggal_ttd", "Tanggal Penandatanganan", TANGGAL, bantuan="Tanggal (format tanggal Excel) atau teks seperti Januari 2024."),
        Kolom("pemberi_amanah_jabatan", "Jabatan Pemberi Amanah", bantuan="Pihak kedua Perjanjian Kinerja. Bila kosong: kepala daerah (misalnya Bupati Bengkalis) untuk perangkat daerah dan kecamatan; untuk pemerintah daerah Perjanjian Kinerja menjadi pernyataan kepala daerah sendiri."),
        Kolom("pemberi_amanah_nama", "Nama Pemberi Amanah", bantuan="Boleh dikosongkan; akan dicetak titik-titik."),
        Kolom("pemberi_amanah_pangkat", "Pangkat/Golongan Pemberi Amanah", bantuan="Boleh dikosongkan."),
        Kolom("pemberi_amanah_nip", "NIP Pemberi Amanah", bantuan="Boleh dikosongkan (kepala daerah tidak ber-NIP)."),
        Kolom("nomor_lhe_akip", "Nomor LHE AKIP", bantuan="Nomor laporan hasil evaluasi AKIP terakhir."),
        Kolom("judul_singkat", "Judul Singkat", bantuan="Teks pada kepala/kaki halaman; bila kosong dibuat otomatis."),
        Kolom("berkas_logo", "Berkas Logo Daerah", bantuan="Nama berkas gambar (PNG/JPG) di folder yang sama dengan workbook; boleh kosong."),
        Kolom("berkas_bagan", "Berkas Bagan Organisasi", bantuan="Gambar struktur organisasi milik instansi; bila kosong bagan digambar dari lembar Organisasi."),
        # The APIP reviewer (added after the first template: at the end, so that older forms keep their rows).
        Kolom("pereviu_jabatan", "Jabatan Pereviu (APIP)",
              bantuan="Jabatan pejabat APIP yang mereviu laporan ini, misalnya Inspektur Kabupaten Bengkalis. Bila diisi "
                      "bersama Nama Pereviu, laporan memuat halaman Pernyataan Telah Direviu."),
        Kolom("pereviu_nama", "Nama Pereviu", bantuan="Nama lengkap pejabat APIP beserta gelar."),
        Kolom("pereviu_pangkat", "Pangkat/Golongan Pereviu", bantuan="Boleh dikosongkan."),
        Kolom("pereviu_nip", "NIP Pereviu", bantuan="Boleh dikosongkan."),
        Kolom("tempat_reviu", "Tempat Reviu", bantuan="Bila kosong dipakai Tempat Penandatanganan."),
        Kolom("tanggal_reviu", "Tanggal Reviu", TANGGAL, bantuan="Tanggal pernyataan reviu (format tanggal Excel) atau teks seperti Februari 2024."),
    ),
)

TUGAS_FUNGSI = Lembar(
    nama="TugasFungsi",
    judul="Tugas dan Fungsi",
    tabel="Bab I 1.3",
    bentuk="tabel",
    petunjuk="Satu baris untuk tugas pokok dan satu baris untuk setiap fungsi, sesuai peraturan kepala daerah tentang kedudukan dan tugas perangkat daerah.",
    kolom=(
        Kolom("jenis", "Jenis", PILIHAN, wajib=True, pilihan=("Tugas", "Fungsi"), lebar=10, bantuan="Tugas atau Fungsi."),
        Kolom("uraian", "Uraian", wajib=True, lebar=90, bantuan="Rumusan tugas atau fungsi."),
    ),
)

ORGANISASI = Lembar(
    nama="Organisasi",
    judul="Susunan Organisasi",
    tabel="Bab I 1.4, Gambar 1.1",
    bentuk="tabel",
    petunjuk="Satu baris per unit. Kode Induk menunjuk unit atasan; unit tertinggi (kepala) dikosongkan Kode Induknya.",
    kolom=(
        Kolom("kode", "Kode Unit", KODE, wajib=True, lebar=10, bantuan="Kode singkat yang unik, misalnya K, SEK, BID1."),
        Kolom("nama", "Nama Unit", wajib=True, lebar=50, bantuan="Nama unit/jabatan, misalnya Sekretariat."),
        Kolom("induk", "Kode Induk", KODE, lebar=10, bantuan="Kode unit atasan langsung."),
        Kolom("pejabat", "Nama Pejabat", lebar=30, bantuan="Boleh dikosongkan."),
    ),
)

RENSTRA = Lembar(
    nama="Renstra",
    judul="Tujuan, Sasaran, Strategi dan Arah Kebijakan",
    tabel="Tabel 2.1",
    bentuk="tabel",
    petunjuk="Satu baris per arah kebijakan. Sel Tujuan, Sasaran dan Strategi yang kosong dianggap sama dengan baris di atasnya.",
    kolom=(
        Kolom("tujuan", "Tujuan", wajib=True, isi_ke_bawah=True, lebar=28),
        Kolom("sasaran", "Sasaran", wajib=True, isi_ke_bawah=True, lebar=28),
        Kolom("strategi", "Strategi", wajib=True, isi_ke_bawah=True, lebar=32),
        Kolom("arah_kebijakan", "Arah Kebijakan", wajib=True, lebar=60),
    ),
)

INDIKATOR_RENSTRA = Lembar(
    nama="IndikatorRenstra",
    judul="Tujuan, Sasaran, Indikator dan Target Kinerja Renstra",
    tabel="Tabel 2.2",
    bentuk="tabel",
    petunjuk="Satu baris per indikator Renstra dengan target setiap tahun. Ubah tahun pada judul kolom Target sesuai periode Renstra.",
    kolom=(
        Kolom("kode", "Kode", KODE, wajib=True, lebar=8, bantuan="Kode unik indikator Renstra, misalnya R1; dirujuk dari lembar PK."),
        Kolom("tujuan", "Tujuan", wajib=True, isi_ke_bawah=True, lebar=26),
        Kolom("sasaran", "Sasaran", lebar=26, bantuan="Kosongkan bila indikator ini indikator tujuan."),
        Kolom("nama", "Indikator", wajib=True, lebar=34),
        Kolom("satuan", "Satuan", wajib=True, lebar=9, bantuan="Misalnya %, KK, orang, predikat.", panjang_maks=BATAS_SATUAN),
        Kolom("polaritas", "Polaritas", PILIHAN, wajib=True, pilihan=POLARITAS, lebar=10, bantuan=_POLARITAS_HELP),
        Kolom("kondisi_awal", "Kondisi Awal", NILAI, lebar=10, bantuan="Kondisi kinerja pada awal periode."),
        Kolom("target_akhir", "Target Akhir", NILAI, lebar=10, bantuan="Kondisi kinerja pada akhir periode Renstra."),
    ),
    kolom_tahun=(KolomTahun("target_tahunan", "Target", bantuan="Target indikator pada tahun tersebut."),),
    setelah="kondisi_awal",
)

PK = Lembar(
    nama="PK",
    judul="Perjanjian Kinerja",
    tabel="Tabel 2.3",
    bentuk="tabel",
    petunjuk="Sasaran strategis dan indikator kinerja yang ditandatangani dalam Perjanjian Kinerja tahun laporan. Untuk indikator rumus (pembilang ÷ penyebut × faktor), isi label dan satuan pembilang dan penyebut.",
    kolom=(
        Kolom("kode_sasaran", "Kode Sasaran", KODE, wajib=True, isi_ke_bawah=True, lebar=8, bantuan="Kode unik sasaran, misalnya S1."),
        Kolom("sasaran", "Sasaran Strategis", wajib=True, isi_ke_bawah=True, lebar=30),
        Kolom("kode", "Kode Indikator", KODE, wajib=True, lebar=9, bantuan="Kode unik indikator, misalnya I1; dirujuk dari lembar Realisasi."),
        Kolom("nama", "Indikator Kinerja", wajib=True, lebar=32),
        Kolom("satuan", "Satuan", wajib=True, lebar=9, panjang_maks=BATAS_SATUAN),
        Kolom("polaritas", "Polaritas", PILIHAN, wajib=True, pilihan=POLARITAS, lebar=10, bantuan=_POLARITAS_HELP),
        Kolom("target", "Target", NILAI, wajib=True, lebar=10, bantuan="Target yang ditandatangani; angka atau predikat (BB)."),
        Kolom("target_atas", "Target Batas Atas", ANGKA, lebar=10, bantuan="Hanya untuk target berupa rentang: batas atasnya (Target = batas bawah)."),
        Kolom("label_pembilang", "Label Pembilang", lebar=20, bantuan="Indikator rumus: nama besaran pembilang, misalnya Jumlah PPKS Mandiri."),
        Kolom("satuan_pembilang", "Satuan Pembilang", lebar=9, panjang_maks=BATAS_SATUAN),
        Kolom("target_pembilang", "Target Pembilang", ANGKA, lebar=10),
        Kolom("label_penyebut", "Label Penyebut", lebar=20, bantuan="Indikator rumus: nama besaran penyebut, misalnya Jumlah Fakir Miskin."),
        Kolom("satuan_penyebut", "Satuan Penyebut", lebar=9, panjang_maks=BATAS_SATUAN),
        Kolom("target_penyebut", "Target Penyebut", ANGKA, lebar=10),
        Kolom("faktor", "Faktor Pengali", ANGKA, lebar=8, bantuan="Pengali rumus; kosong berarti 100 (persen).", batas=BATAS_FAKTOR),
        Kolom("kode_renstra", "Kode Indikator Renstra", KODE, lebar=10, bantuan="Kode pada lembar IndikatorRenstra yang setara, bila ada."),
        Kolom("standar_nasional", "Standar Nasional", ANGKA, lebar=10, bantuan="Target/standar nasional pembanding, bila ada."),
        Kolom("bobot", "Bobot", ANGKA, lebar=8, bantuan="Bobot indikator dalam rata-rata sasaran (dipakai bila Pengaturan mengaktifkan bobot)."),
        # The indicator's definition (LKE 2.a.2), printed in the Lampiran; added at the end of the sheet.
        Kolom("definisi_operasional", "Definisi Operasional", lebar=34,
              bantuan="Apa yang diukur indikator ini, dengan batasan istilahnya; dicetak pada tabel definisi indikator di Lampiran."),
        Kolom("cara_pengukuran", "Formula / Cara Pengukuran", lebar=28,
              bantuan="Rumus atau cara menghitung realisasi; untuk indikator rumus boleh kosong (rumus pembilang dan penyebut dipakai)."),
        Kolom("sumber_data", "Sumber Data", lebar=22, bantuan="Dokumen atau sistem asal data realisasi, misalnya DTKS Kementerian Sosial."),
        Kolom("frekuensi_pengukuran", "Frekuensi Pengukuran", lebar=14, bantuan="Misalnya triwulanan, semesteran atau tahunan."),
        Kolom("sumber_pembilang", "Sumber Pembilang", lebar=22, bantuan=_SUMBER_HELP.format(bagian="pembilang")),
        Kolom("sumber_penyebut", "Sumber Penyebut", lebar=22, bantuan=_SUMBER_HELP.format(bagian="penyebut")),
    ),
)

TINGKAT_ANGGARAN = (("Program", "program"), ("Kegiatan", "kegiatan"), ("Sub Kegiatan", "sub_kegiatan"))
"""The levels of a budget line (Permendagri 90/2019): label in the sheet, code in the model."""

ANGGARAN = Lembar(
    nama="Anggaran",
    judul="Anggaran dan Realisasi per Program, Kegiatan dan Sub Kegiatan",
    tabel="Tabel 2.4, Tabel 3.11",
    bentuk="tabel",
    boleh_jumlah=True,
    petunjuk="Satu baris per program, kegiatan atau sub kegiatan, berurutan seperti DPA/LRA: kegiatan di bawah programnya, "
             "sub kegiatan di bawah kegiatannya (cukup baris program bila anggaran dilaporkan per program). Anggaran dan "
             "realisasi diisi pada baris tingkat terbawah; jumlah per kegiatan dan per program dihitung tool. Setiap baris "
             "terbawah mendukung tepat satu sasaran (Kode Sasaran dari lembar PK), diisi pada barisnya sendiri atau pada "
             "baris program/kegiatan di atasnya. Baris Jumlah boleh diisi; tool memeriksa kecocokannya.",
    kolom=(
        Kolom("tingkat", "Tingkat", PILIHAN, pilihan=tuple(k for k, _ in TINGKAT_ANGGARAN), kode=TINGKAT_ANGGARAN, lebar=12,
              bantuan="Program, Kegiatan atau Sub Kegiatan. Bila kosong, tingkat dibaca dari pola Kode (X.XX.XX program, "
                      "X.XX.XX.X.XX kegiatan, X.XX.XX.X.XX.XXXX sub kegiatan); baris tanpa tingkat dan tanpa kode dianggap program. "
                      "Sebuah baris termasuk baris tingkat di atasnya yang terdekat sebelum baris itu."),
        Kolom("kode", "Kode", KODE, lebar=18, alias=("Kode Rekening", "Kode Program"),
              bantuan="Kode program, kegiatan atau sub kegiatan menurut Permendagri 90/2019, misalnya 1.06.02, 1.06.02.2.01 "
                      "atau 1.06.02.2.01.0001. Boleh kosong; bila diisi, kode kegiatan diawali kode programnya dan kode sub "
                      "kegiatan diawali kode kegiatannya."),
        Kolom("nama", "Program / Kegiatan / Sub Kegiatan", wajib=True, lebar=48, alias=("Program", "Program/Kegiatan", "Uraian"),
              bantuan="Nama program, kegiatan atau sub kegiatan sebagaimana tertulis pada DPA."),
        Kolom("kode_sasaran", "Kode Sasaran", KODE, wajib=True, wajib_tiap_baris=False, lebar=9,
              bantuan="Sasaran strategis yang didukung (kode dari lembar PK). Isi pada baris program bila seluruh rinciannya "
                      "mendukung sasaran yang sama, atau pada baris kegiatan (atau sub kegiatan) bila rincian satu program "
                      "mendukung sasaran yang berbeda. Setiap baris terbawah harus terhubung ke tepat satu sasaran, melalui "
                      "barisnya sendiri atau baris di atasnya."),
        Kolom("anggaran", "Anggaran", RUPIAH, satuan="Rp", wajib=True, wajib_tiap_baris=False, lebar=18,
              bantuan="Pagu anggaran dalam Rupiah, wajib pada baris tingkat terbawah (baris tanpa rincian di bawahnya). Angka "
                      "pada baris program atau kegiatan yang memiliki rincian dianggap subtotal tertulis: tidak dipakai dalam "
                      "perhitungan, tetapi diperiksa terhadap jumlah rinciannya."),
        Kolom("realisasi", "Realisasi", RUPIAH, satuan="Rp", lebar=18,
              bantuan="Realisasi anggaran dalam Rupiah, pada baris yang sama dengan anggarannya (angka pada baris yang "
                      "memiliki rincian dianggap subtotal tertulis dan diperiksa)."),
        Kolom("sumber_dana", "Sumber Dana", lebar=10, bantuan="Misalnya APBD, DAK atau APBN; bila kosong dipakai Sumber Anggaran pada lembar Identitas."),
        Kolom("keterangan", "Keterangan", lebar=20, bantuan="Catatan untuk baris ini (opsional)."),
        Kolom("penyerapan", "Penyerapan % (otomatis)", PERSEN, isian=False, lebar=12,
              rumus='=IF(N({anggaran}{r})>0,{realisasi}{r}/{anggaran}{r}*100,"")'),
    ),
)

REALISASI = Lembar(
    nama="Realisasi",
    judul="Target dan Realisasi Indikator Kinerja",
    tabel="Tabel 3.1, 3.2, 3.3, 3.10",
    bentuk="tabel",
    petunjuk="Satu baris per indikator per tahun: tahun laporan dan tahun-tahun sebelumnya. Target tahun laporan diambil dari lembar PK. Untuk indikator rumus isi pembilang dan penyebut; realisasi dihitung tool.",
    kolom=(
        Kolom("kode_indikator", "Kode Indikator", KODE, wajib=True, lebar=9, bantuan="Kode indikator dari lembar PK."),
        Kolom("indikator", "Indikator (otomatis)", isian=False, lebar=30, rumus='=IFERROR(INDEX(PK!$D:$D,MATCH(A{r},PK!$C:$C,0)),"")'),
        Kolom("tahun", "Tahun", TAHUN, wajib=True, lebar=7),
        Kolom("target", "Target", NILAI, lebar=10, bantuan="Tahun sebelumnya: target tahun itu. Tahun laporan: boleh kosong (diambil dari PK)."),
        Kolom("target_pembilang", "Target Pembilang", ANGKA, lebar=10),
        Kolom("target_penyebut", "Target Penyebut", ANGKA, lebar=10),
        Kolom("realisasi", "Realisasi", NILAI, lebar=10, bantuan="Angka atau predikat. Untuk indikator rumus boleh kosong bila pembilang dan penyebut diisi."),
        Kolom("realisasi_pembilang", "Realisasi Pembilang", ANGKA, lebar=10),
        Kolom("realisasi_penyebut", "Realisasi Penyebut", ANGKA, lebar=10),
        Kolom("capaian_tertulis", "Capaian Tertulis (%)", PERSEN, lebar=10, bantuan="Opsional: capaian sebagaimana tertulis pada laporan sebelumnya; dibandingkan dengan hitungan tool."),
        Kolom("keterangan", "Keterangan", lebar=20),
        Kolom("kategori_tertulis", "Kategori Tertulis", lebar=14, bantuan=_KATEGORI_TERTULIS_HELP.replace("tahun ini", "tahun pada baris itu")),
        Kolom("satuan_realisasi", "Satuan Realisasi", lebar=9, panjang_maks=BATAS_SATUAN, bantuan=_SATUAN_REALISASI_HELP),
    ),
)

PEMBANDING = Lembar(
    nama="Pembanding",
    judul="Pembanding Capaian (Nasional, Provinsi, Daerah Lain)",
    tabel="Bab III (perbandingan dengan pembanding)",
    bentuk="tabel",
    wajib=False,
    petunjuk="Opsional. Satu baris per angka pembanding indikator PK: capaian atau standar nasional, rata-rata provinsi, "
             "atau realisasi daerah lain pada tahun tertentu, beserta sumbernya. Dicetak sebagai tabel pembanding di Bab III.",
    kolom=(
        Kolom("kode_indikator", "Kode Indikator", KODE, wajib=True, lebar=9, bantuan="Kode indikator dari lembar PK."),
        Kolom("pembanding", "Pembanding", wajib=True, lebar=30,
              bantuan="Siapa pembandingnya, misalnya Nasional, Provinsi Riau atau Kabupaten Siak."),
        Kolom("tahun", "Tahun", TAHUN, lebar=7, bantuan="Tahun angka pembanding; bila kosong dianggap tahun laporan."),
        Kolom("nilai", "Nilai", NILAI, wajib=True, lebar=10, bantuan="Angka pembanding dalam satuan indikator (atau predikat)."),
        Kolom("sumber", "Sumber", wajib=True, lebar=40, bantuan="Sumber angka, misalnya LKjIP Dinas Sosial Kabupaten Siak 2023 atau BPS."),
    ),
)

RUBRIK_LKE = Lembar(
    nama="RubrikLKE",
    judul="Rubrik Penilaian Mandiri Pelaporan Kinerja (LKE)",
    tabel="Penilaian Mandiri (workbook laporan)",
    bentuk="tabel",
    wajib=False,
    petunjuk="Opsional. Bobot kriteria LKE menurut rubrik evaluator daerah; kriteria yang tidak disebut memakai bobot bawaan "
             "PermenPAN-RB 88/2021. Kode kriteria seperti 3.b.6 (daftar lengkap pada lembar Penilaian Mandiri workbook laporan).",
    kolom=(
        Kolom("kode", "Kode Kriteria", KODE, wajib=True, lebar=10, bantuan="Kode kriteria LKE, misalnya 3.a.4 atau 2.a.2."),
        Kolom("bobot", "Bobot", ANGKA, wajib=True, lebar=10, batas=BATAS_SKOR, bantuan="Nilai kriteria bila terpenuhi."),
        Kolom("keterangan", "Keterangan", lebar=40, bantuan="Catatan rubrik (opsional)."),
    ),
)

_OP_PECAHAN = "Untuk indikator rumus boleh kosong bila pembilang dan penyebutnya diisi (dihitung tool)."

OPERASIONAL = Lembar(
    nama="Operasional",
    judul="Sasaran Operasional (Perjanjian Kinerja Eselon III dan IV)",
    tabel="Tabel 3.4",
    bentuk="tabel",
    petunjuk="Indikator sasaran operasional unit kerja di bawah kepala perangkat daerah (Eselon III, dan Eselon IV bila ada), "
             "diukur seperti indikator PK. Untuk indikator persentase dari hitungan, isi label dan satuan pembilang dan "
             "penyebut serta jumlahnya; realisasi dihitung tool dan target diperiksa terhadap jumlahnya.",
    kolom=(
        Kolom("kode_sasaran", "Kode Sasaran", KODE, isi_ke_bawah=True, lebar=8, bantuan="Sasaran strategis yang didukung."),
        Kolom("unit", "Unit Kerja", isi_ke_bawah=True, lebar=18, alias=("Bidang",),
              bantuan="Unit kerja pemilik sasaran operasional, misalnya Bidang Pemberdayaan Sosial atau Seksi Pelayanan Umum."),
        Kolom("eselon", "Eselon", PILIHAN, pilihan=ESELON, isi_ke_bawah=True, lebar=7,
              bantuan="Tingkat perjanjian kinerja unit kerja: III (kepala bidang, camat) atau IV (kepala seksi, kepala "
                      "subbagian). Sel kosong dianggap sama dengan baris di atasnya; bila semuanya kosong, III."),
        Kolom("sasaran_operasional", "Sasaran Operasional", wajib=True, isi_ke_bawah=True, lebar=30),
        Kolom("kode", "Kode Indikator", KODE, lebar=9,
              bantuan="Opsional: kode unik indikator operasional, misalnya OP1; tidak boleh sama dengan kode indikator lain "
                      "pada lembar ini maupun pada lembar PK."),
        Kolom("nama", "Indikator", wajib=True, lebar=34),
        Kolom("satuan", "Satuan", wajib=True, lebar=8, panjang_maks=BATAS_SATUAN),
        Kolom("polaritas", "Polaritas", PILIHAN, wajib=True, pilihan=POLARITAS, lebar=10, bantuan=_POLARITAS_HELP),
        Kolom("label_pembilang", "Label Pembilang", lebar=20,
              bantuan="Indikator rumus: nama besaran pembilang, misalnya Jumlah PSKS tersertifikasi."),
        Kolom("satuan_pembilang", "Satuan Pembilang", lebar=9, panjang_maks=BATAS_SATUAN,
              bantuan="Satuan pembilang, misalnya orang; laporan menyebut jumlahnya dengan satuan ini (101 dari 154 orang)."),
        Kolom("label_penyebut", "Label Penyebut", lebar=20,
              bantuan="Indikator rumus: nama besaran penyebut, misalnya Jumlah seluruh PSKS."),
        Kolom("satuan_penyebut", "Satuan Penyebut", lebar=9, panjang_maks=BATAS_SATUAN, bantuan="Kosong berarti sama dengan satuan pembilang."),
        Kolom("faktor", "Faktor Pengali", ANGKA, lebar=8,
              bantuan="Pengali rumus; kosong berarti 100 untuk satuan % dan 1 untuk satuan lain."),
        Kolom("kode_renstra", "Kode Indikator Renstra", KODE, lebar=10,
              bantuan="Kode pada lembar IndikatorRenstra yang setara, bila ada; target tahun laporan dibandingkan dengan "
                      "target Renstra tahun itu."),
        Kolom("realisasi_lalu", "Realisasi Tahun Lalu", NILAI, lebar=10,
              bantuan="Realisasi tahun sebelum tahun laporan; angka atau predikat. " + _OP_PECAHAN),
        Kolom("realisasi_lalu_pembilang", "Realisasi Pembilang Tahun Lalu", ANGKA, lebar=10,
              bantuan="Indikator rumus: pembilang realisasi tahun sebelum tahun laporan."),
        Kolom("realisasi_lalu_penyebut", "Realisasi Penyebut Tahun Lalu", ANGKA, lebar=10,
              bantuan="Indikator rumus: penyebut realisasi tahun sebelum tahun laporan."),
        Kolom("target", "Target", NILAI, wajib=True, lebar=9,
              bantuan="Target tahun laporan yang ditandatangani dalam perjanjian kinerja unit kerja; angka atau predikat."),
        Kolom("target_pembilang", "Target Pembilang", ANGKA, lebar=10,
              bantuan="Indikator rumus: jumlah yang ditargetkan, misalnya 86 (orang); harus sesuai dengan Target."),
        Kolom("target_penyebut", "Target Penyebut", ANGKA, lebar=10,
              bantuan="Indikator rumus: penyebut target, misalnya 154 (orang)."),
        Kolom("realisasi", "Realisasi", NILAI, lebar=9, bantuan="Realisasi tahun laporan; angka atau predikat. " + _OP_PECAHAN),
        Kolom("realisasi_pembilang", "Realisasi Pembilang", ANGKA, lebar=10,
              bantuan="Indikator rumus: pembilang realisasi tahun laporan, misalnya 101 (orang)."),
        Kolom("realisasi_penyebut", "Realisasi Penyebut", ANGKA, lebar=10,
              bantuan="Indikator rumus: penyebut realisasi tahun laporan, misalnya 154 (orang)."),
        Kolom("capaian_tertulis", "Capaian Tertulis (%)", PERSEN, lebar=10,
              bantuan="Opsional: capaian sebagaimana tertulis pada laporan yang ada; dibandingkan dengan hitungan tool."),
        Kolom("kategori_tertulis", "Kategori Tertulis", lebar=14, bantuan=_KATEGORI_TERTULIS_HELP),
        Kolom("sumber_pembilang", "Sumber Pembilang", lebar=22, bantuan=_SUMBER_HELP.format(bagian="pembilang")),
        Kolom("sumber_penyebut", "Sumber Penyebut", lebar=22, bantuan=_SUMBER_HELP.format(bagian="penyebut")),
        Kolom("satuan_realisasi", "Satuan Realisasi", lebar=9, panjang_maks=BATAS_SATUAN,
              bantuan=_SATUAN_REALISASI_HELP.replace("baris itu", "tahun laporan")),
    ),
)

AKIP = Lembar(
    nama="AKIP",
    judul="Nilai Evaluasi Akuntabilitas Kinerja (AKIP)",
    tabel="Tabel 3.9",
    bentuk="tabel",
    boleh_jumlah=True,
    petunjuk="Nilai setiap komponen per tahun evaluasi. Baris Jumlah Nilai dan Predikat boleh diisi; tool menghitung dan memeriksanya.",
    kolom=(
        Kolom("nama", "Komponen", wajib=True, lebar=40),
        Kolom("bobot", "Bobot Maksimum", ANGKA, wajib=True, lebar=10, batas=BATAS_SKOR),
    ),
    kolom_tahun=(KolomTahun("nilai", "Nilai", ANGKA, bantuan="Nilai komponen pada tahun evaluasi tersebut.", batas=BATAS_SKOR),),
    setelah="bobot",
)

BESARAN_INDIKATOR = (
    ("Capaian terhadap Target Akhir Renstra (%)", "renstra_persen"),
    ("Sisa menuju Target Akhir Renstra", "renstra_sisa"),
    ("Kategori terhadap Target Akhir Renstra", "renstra_kategori"),
    ("Capaian terhadap Standar Nasional (%)", "standar_persen"),
    ("Selisih terhadap Standar Nasional", "standar_selisih"),
    ("Kategori terhadap Standar Nasional", "standar_kategori"),
    ("Realisasi terhadap Tahun Pembanding (%)", "realisasi_rasio"),
    ("Selisih Realisasi dengan Tahun Pembanding", "realisasi_selisih"),
    ("Capaian terhadap Tahun Pembanding (%)", "capaian_rasio"),
    ("Selisih Capaian dengan Tahun Pembanding", "capaian_selisih"),
)
"""The figures of an indicator that can be stated on a row of sheet AngkaTertulis: label, code."""

ANGKA_TERTULIS = Lembar(
    nama="AngkaTertulis",
    judul="Angka per Sasaran yang Tertulis (untuk pemeriksaan)",
    tabel="Tabel 3.11, 3.12",
    bentuk="tabel",
    wajib=False,
    petunjuk="Opsional. Salin angka dari draf atau laporan yang sudah ada: satu baris per sasaran (Kode Sasaran dan "
             "angka-angkanya), dan satu baris untuk setiap angka indikator yang tidak memiliki kolom sendiri (Kode "
             "Indikator, Angka Indikator, Nilai Tertulis). Tool menghitung sendiri semua angka ini dan melaporkan yang "
             "berbeda pada ketelitian cetaknya. Angka lain dinyatakan di tempatnya sendiri: capaian dan kategori indikator "
             "pada lembar Realisasi dan Operasional, penyerapan per baris anggaran pada kolom Penyerapan lembar Anggaran, "
             "jumlah anggaran pada baris Jumlah lembar Anggaran, jumlah nilai dan predikat AKIP pada baris Jumlah dan "
             "Predikat lembar AKIP, jumlah tabel pendukung pada baris Jumlah lembar Data.",
    kolom=(
        Kolom("kode_sasaran", "Kode Sasaran", KODE, wajib=True, wajib_tiap_baris=False, lebar=9,
              bantuan="Sasaran yang angkanya disalin (kode dari lembar PK). Kosongkan pada baris angka indikator."),
        Kolom("capaian", "Capaian (%)", PERSEN, lebar=10),
        Kolom("anggaran", "Anggaran", RUPIAH, lebar=18),
        Kolom("realisasi_anggaran", "Realisasi Anggaran", RUPIAH, lebar=18),
        Kolom("penyerapan", "Penyerapan (%)", PERSEN, lebar=10),
        Kolom("efisiensi", "Tingkat Efisiensi", lebar=16),
        Kolom("kategori", "Kategori", lebar=14,
              bantuan="Kategori capaian sasaran sebagaimana tertulis, misalnya Sangat Tinggi; pada baris angka indikator "
                      "berupa kategori (terhadap target akhir Renstra atau standar nasional), kategori itu."),
        Kolom("nilai_efisiensi", "Nilai Efisiensi", ANGKA, lebar=10,
              bantuan="Nilai efisiensi sasaran sebagaimana tertulis (indeks, selisih atau persen penghematan, sesuai metode "
                      "pada lembar Pengaturan)."),
        Kolom("kode_indikator", "Kode Indikator", KODE, lebar=9,
              bantuan="Baris angka indikator: kode indikator dari lembar PK atau Operasional."),
        Kolom("besaran", "Angka Indikator", PILIHAN, pilihan=tuple(k for k, _ in BESARAN_INDIKATOR), kode=BESARAN_INDIKATOR,
              lebar=30, bantuan="Baris angka indikator: angka mana yang disalin."),
        Kolom("tahun_pembanding", "Tahun Pembanding", TAHUN, lebar=9,
              bantuan="Untuk perbandingan dengan tahun sebelumnya: tahun pembandingnya; kosong berarti tahun sebelum tahun laporan."),
        Kolom("nilai", "Nilai Tertulis", ANGKA, lebar=12,
              bantuan="Baris angka indikator: angka sebagaimana tertulis (persen ditulis sebagai angka, misalnya 95,5); "
                      "untuk kategori isi kolom Kategori."),
    ),
)

NARASI = Lembar(
    nama="Narasi",
    judul="Narasi Laporan",
    tabel="Kata Pengantar, Bab I, Bab III, Bab IV",
    bentuk="tabel",
    petunjuk="Satu paragraf atau satu butir per baris. Beberapa baris dengan Bagian yang sama menjadi beberapa paragraf/butir. Faktor, upaya dan penjelasan sasaran diisi Kode Sasaran.",
    kolom=(
        Kolom("bagian", "Bagian", PILIHAN, wajib=True, pilihan=NARASI_BAGIAN, lebar=22),
        Kolom("kode_sasaran", "Kode Sasaran", KODE, lebar=9),
        Kolom("teks", "Teks", wajib=True, lebar=100),
    ),
)

METODE_EFISIENSI = (
    ("Rasio capaian terhadap penyerapan", "rasio"),
    ("Selisih capaian dan penyerapan", "selisih"),
    ("PMK 249/2011", "pmk249"),
    ("Penghematan bila target tercapai", "penghematan"),
    ("Indeks rasio capaian terhadap penyerapan", "indeks"),
)

PENGATURAN = Lembar(
    nama="Pengaturan",
    judul="Pengaturan Metode Perhitungan",
    tabel="Bab III",
    bentuk="isian",
    wajib=False,
    petunjuk="Nilai bawaan mengikuti praktik umum; ubah hanya bila instansi memakai metode lain. Skala kategori ada di lembar Skala.",
    kolom=(
        Kolom("metode_negatif", "Rumus capaian indikator negatif", PILIHAN, pilihan=("(2T-R)/T", "T/R"), kode=(("(2T-R)/T", "2T-R"), ("T/R", "T/R")), bawaan="(2T-R)/T", bantuan="Capaian indikator yang makin rendah makin baik: (2T-R)/T (bawaan, rumus yang lazim dalam pedoman pengukuran kinerja PermenPAN-RB) atau T/R, yang dipakai sebagian LKjIP daerah."),
        Kolom("predikat_numerik", "Predikat memakai nilai angka", YA_TIDAK, bawaan="Tidak", bantuan="Tidak (bawaan): capaian predikat = peringkat realisasi ÷ peringkat target (D = 1 sampai dengan AA = 7, lembar Skala). Ya: bila realisasi berupa nilai angka, dibagi nilai ambang predikat target."),
        Kolom("batas_capaian", "Batas atas capaian (%)", PERSEN, bantuan="Kosong (bawaan): tanpa batas, sesuai praktik umum. Sebagian pemerintah daerah membatasi capaian, misalnya 100 atau 120."),
        Kolom("pakai_bobot", "Rata-rata sasaran berbobot", YA_TIDAK, bawaan="Tidak", bantuan="Tidak (bawaan): capaian sasaran = rata-rata capaian indikatornya tanpa bobot, seperti lazim pada LKjIP. Ya: rata-rata berbobot menurut kolom Bobot pada lembar PK."),
        Kolom("metode_efisiensi", "Metode analisis efisiensi", PILIHAN, pilihan=tuple(k for k, _ in METODE_EFISIENSI), kode=METODE_EFISIENSI, bawaan=METODE_EFISIENSI[0][0],
              bantuan="PermenPAN-RB 53/2014 mewajibkan analisis efisiensi tanpa menetapkan rumusnya. Rasio (bawaan): capaian ÷ "
                      "penyerapan × 100, dikategorikan seperti capaian. Selisih: capaian − penyerapan (≥ 0 efisien). PMK 249/2011: rumus "
                      "efisiensi Kementerian Keuangan, nilai 50 bila anggaran terserap sebanding capaian. Penghematan: 100 − penyerapan, "
                      "hanya bila target tercapai. Indeks rasio: IE = capaian ÷ penyerapan sebagai rasio (misalnya 1,083) dan TE = IE − 1, "
                      "seperti dicetak satuan kerja pusat; kategorinya pada skala Efisiensi Indeks (bawaan IE ≥ 1 Efisien)."),
        Kolom("pmk_batasi", "PMK 249: batasi efisiensi ±20%", YA_TIDAK, bawaan="Ya",
              bantuan="Ya (bawaan): efisiensi E dibatasi antara −20% dan +20% sebagaimana PMK 249/PMK.02/2011, sehingga nilai efisiensi antara 0 dan 100."),
        Kolom("pmk_batas", "PMK 249: batas efisiensi (%)", PERSEN, bawaan=20,
              bantuan="Batas efisiensi E pada metode PMK 249/2011 (bawaan 20%); nilai efisiensi = 50 + (E ÷ batas) × 50."),
        Kolom("skema_akip", "Skema komponen AKIP", PILIHAN, pilihan=("PermenPAN-RB 88/2021", "PermenPAN-RB 12/2015"), kode=(("PermenPAN-RB 88/2021", "88/2021"), ("PermenPAN-RB 12/2015", "12/2015")), bawaan="PermenPAN-RB 88/2021",
              bantuan="PermenPAN-RB 88/2021 (bawaan): Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi Internal 25. PermenPAN-RB 12/2015: 30, 25, 15, 10 dan Capaian Kinerja 20. Nilai komponen di atas bobotnya adalah galat."),
        Kolom("presisi", "Presisi perhitungan", PILIHAN, pilihan=("Penuh", "Dari angka tercetak"), kode=(("Penuh", "penuh"), ("Dari angka tercetak", "tercetak")), bawaan="Penuh",
              bantuan="Penuh (bawaan): setiap angka dihitung dengan ketelitian penuh dan hanya dibulatkan ketika dicetak (setengah ke atas). Dari angka tercetak: setiap angka turunan dibulatkan ke jumlah desimal persen sebelum dipakai dalam rumus berikutnya, seperti perhitungan manual."),
        Kolom("desimal_persen", "Jumlah desimal persen", BULAT, bawaan=2,
              bantuan="Jumlah angka di belakang koma untuk persen (0 sampai dengan 6; bawaan 2, misalnya 111,64%). Kategori ditentukan dari capaian yang dibulatkan ke desimal ini."),
        Kolom("format_rupiah", "Penulisan Rupiah", PILIHAN, pilihan=("Rp 1.000", "Rp1.000"), kode=(("Rp 1.000", "spasi"), ("Rp1.000", "puebi")), bawaan="Rp 1.000",
              bantuan="Rp 1.000 (bawaan): dengan spasi, seperti lazim pada laporan daerah. Rp1.000: tanpa spasi, menurut PUEBI."),
        Kolom("batas_kewajaran", "Batas kewajaran capaian (%)", PERSEN, bawaan=200, bantuan="Capaian di atas batas ini dilaporkan sebagai kemungkinan salah target atau satuan."),
        Kolom("kode_indikator_akip", "Kode indikator predikat AKIP", KODE, bantuan="Indikator PK yang realisasinya adalah predikat AKIP; diperiksa terhadap lembar AKIP."),
        Kolom("kategori_dari", "Kategori dihitung dari", PILIHAN, pilihan=("Capaian setelah dibatasi", "Capaian sebelum dibatasi"),
              kode=(("Capaian setelah dibatasi", "terbatas"), ("Capaian sebelum dibatasi", "penuh")), bawaan="Capaian setelah dibatasi",
              bantuan="Berlaku bila Batas atas capaian diisi. Sebelum dibatasi: capaian dicetak paling tinggi sebesar batas itu, "
                      "tetapi kategorinya (juga kategori sasaran) ditentukan dari capaian sebelum dibatasi, misalnya capaian 112% dicetak "
                      "100% dengan kategori Terlampaui Target."),
        Kolom("kategori_perbandingan", "Kategori perbandingan Renstra dan standar nasional", YA_TIDAK, bawaan="Tidak",
              bantuan="Ya: capaian terhadap target akhir Renstra dan terhadap standar nasional juga diberi kategori, dengan skala "
                      "Kategori Renstra dan Kategori Nasional pada lembar Skala (bila tidak diisi: skala Kategori Capaian). "
                      "Kategori itu juga dicetak bila lembar Skala memuat skalanya."),
    ),
)

SKALA_NAMA = (
    ("Kategori Capaian", "kategori"),
    ("Efisiensi", "efisiensi"),
    ("Efisiensi Selisih", "efisiensi_selisih"),
    ("Efisiensi PMK 249", "efisiensi_pmk249"),
    ("Efisiensi Penghematan", "efisiensi_penghematan"),
    ("Predikat AKIP", "predikat_akip"),
    ("Peringkat Predikat", "peringkat_predikat"),
    ("Efisiensi Indeks", "efisiensi_indeks"),
    ("Kategori Renstra", "kategori_renstra"),
    ("Kategori Nasional", "kategori_standar"),
)

SKALA = Lembar(
    nama="Skala",
    judul="Skala Kategori, Efisiensi dan Predikat",
    tabel="Bab III",
    bentuk="tabel",
    wajib=False,
    petunjuk="Setiap baris satu pita: nilai mulai dari Batas Bawah (termasuk batas itu bila Inklusif = Ya) sampai pita berikutnya "
             "mendapat Label; pita terendah juga berlaku untuk nilai di bawahnya, pita tertinggi untuk nilai di atasnya. Batas Atas "
             "boleh diisi seperti tertulis pada laporan (misalnya 91 sampai dengan 100): batas itu diperiksa terhadap Batas Bawah "
             "pita berikutnya. Pita untuk tepat satu nilai: Batas Bawah = Batas Atas, keduanya inklusif (misalnya Tercapai = 100, "
             "lalu Terlampaui Target mulai di atas 100, Inklusif = Tidak). Skala efisiensi yang dipakai mengikuti metode pada "
             "lembar Pengaturan. Kategori Renstra dan Kategori Nasional (opsional) mengelompokkan capaian terhadap target akhir "
             "Renstra dan terhadap standar nasional; bila tidak diisi dipakai Kategori Capaian. Peringkat Predikat: peringkat "
             "angka setiap huruf.",
    kolom=(
        Kolom("skala", "Skala", PILIHAN, wajib=True, pilihan=tuple(k for k, _ in SKALA_NAMA), kode=SKALA_NAMA, isi_ke_bawah=True, lebar=20),
        Kolom("batas", "Batas Bawah", ANGKA, wajib=True, lebar=12),
        Kolom("inklusif", "Inklusif", YA_TIDAK, wajib=True, lebar=10),
        Kolom("label", "Label", wajib=True, lebar=20),
        Kolom("batas_atas", "Batas Atas", ANGKA, lebar=12,
              bantuan="Batas atas pita seperti tertulis pada laporan. Harus bertemu dengan Batas Bawah pita berikutnya; "
                      "celah atau tumpang tindih dilaporkan sebagai peringatan."),
        Kolom("inklusif_atas", "Inklusif Atas", YA_TIDAK, lebar=12,
              bantuan="Ya (bawaan bila kosong): nilai yang sama dengan Batas Atas masih termasuk pita ini; Tidak: pita berakhir tepat "
                      "sebelum Batas Atas."),
    ),
)

# Supporting tables: any sheet whose name starts with this prefix.
DATA_PREFIX = "Data"
DATA_META = (
    Kolom("judul", "Judul Tabel", wajib=True, bantuan="Judul tabel sebagaimana dicetak."),
    Kolom("kode_sasaran", "Kode Sasaran", KODE, bantuan="Sasaran strategis tempat tabel ini dibahas."),
    Kolom("pengantar", "Pengantar", bantuan="Satu atau dua kalimat pengantar tabel (opsional)."),
)
DATA_HEADER_ROW = 5  # 1-based: rows 1-3 are the fields above, row 5 the headers

from .schema_triwulan import ANGGARAN_TRIWULAN, CATATAN_TRIWULAN, TRIWULAN  # noqa: E402

LEMBAR: tuple[Lembar, ...] = (
    IDENTITAS, TUGAS_FUNGSI, ORGANISASI, RENSTRA, INDIKATOR_RENSTRA, PK, ANGGARAN,
    REALISASI, PEMBANDING, OPERASIONAL, AKIP, ANGKA_TERTULIS, NARASI, PENGATURAN, SKALA, RUBRIK_LKE,
    TRIWULAN, CATATAN_TRIWULAN, ANGGARAN_TRIWULAN,
)
"""The fixed sheets, in report order (supporting Data sheets go after Operasional)."""

LEMBAR_BY_NAMA = {s.nama: s for s in LEMBAR}

PETUNJUK = "Petunjuk"
DAFTAR = "Daftar"  # lookup lists for the dropdowns


def daftar_pilihan() -> dict[str, tuple[str, ...]]:
    """Every list of allowed values, by a name used for the lookup sheet."""
    lists: dict[str, tuple[str, ...]] = {"YaTidak": YA_TIDAK_PILIHAN, "Predikat": PREDIKAT}
    for sheet in LEMBAR:
        for col in sheet.kolom:
            if col.tipe == PILIHAN:
                lists[f"{sheet.nama}_{col.key}"] = col.pilihan
    return lists
