"""Every kind of problem and finding, declared once: the catalogue of ``Temuan``.

Each kind is a ``Jenis``: a stable code, a severity, where it comes from, the
formal Indonesian message as a ``str.format`` template with named fields, and a
one-line description for users. Code refers to a kind by its Python name and
passes only the values::

    temuan.catat(Pembacaan.GALAT_EXCEL, where, kolom=header, galat=code, ditemukan=code)

``Pembacaan`` holds the reader's errors and warnings (including the checks of the
file before reading and a failure of the program itself), ``Audit`` the audit's
findings. A code worded differently at different places has its templates by
variant name (``varian=``); a piece of a message that depends on the case is
passed as a value. A kind's Python name is its code in capitals
(``lembar-hilang`` -> ``LEMBAR_HILANG``).

``KATALOG`` lists every kind in order, for the template's help and the docs.
"""

from __future__ import annotations

from .problems import Jenis, Tingkat

__all__ = ["Pembacaan", "Audit", "KATALOG", "PEMBACAAN", "AUDIT", "cari"]

PEMBACAAN = "pembacaan"
AUDIT = "audit"

GALAT, PERINGATAN, INFO = Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.INFO


def _bagian(sumber: str):
    """Class decorator: every ``Jenis`` of the class comes from ``sumber`` and is named after its attribute."""

    def tandai(cls):
        for name, value in vars(cls).items():
            if isinstance(value, Jenis):
                object.__setattr__(value, "sumber", sumber)
                object.__setattr__(value, "nama", f"{cls.__name__}.{name}")
        return cls

    return tandai


@_bagian(PEMBACAAN)
class Pembacaan:
    """Problems of the workbook found while reading it (``sumber="pembacaan"``)."""

    # --- the file, before any parser touches it (safety.py)
    BERKAS_TIDAK_ADA = Jenis(
        "berkas-tidak-ada", GALAT,
        "Berkas tidak ditemukan.",
        "Berkas yang diberikan tidak ada pada lokasi yang ditunjuk.")
    BUKAN_BERKAS = Jenis(
        "bukan-berkas", GALAT,
        "Yang ditunjuk bukan berkas.",
        "Yang ditunjuk adalah folder atau objek lain, bukan sebuah berkas.")
    FORMAT_CSV = Jenis(
        "format-csv", GALAT,
        "Berkas CSV tidak dapat dipakai karena hanya memuat satu lembar; gunakan template workbook .xlsx.",
        "Berkas CSV hanya memuat satu lembar, sedangkan workbook LKjIP terdiri atas banyak lembar.")
    BERKAS_KOSONG = Jenis(
        "berkas-kosong", GALAT,
        "Berkas kosong (0 byte).",
        "Berkas tidak berisi apa pun.")
    BERKAS_TERLALU_BESAR = Jenis(
        "berkas-terlalu-besar", GALAT,
        {
            "ukuran": "Berkas berukuran {ukuran} MB, melebihi batas {batas} MB untuk sebuah workbook LKjIP.",
            "isi": "Isi workbook setelah diekstrak jauh melebihi ukuran wajar (kemungkinan berkas rusak atau berbahaya); "
                   "berkas tidak diproses.",
            "rasio": "Workbook memuat bagian dengan rasio kompresi tidak wajar (kemungkinan zip bomb); berkas tidak diproses.",
        },
        "Berkas atau isinya jauh lebih besar daripada workbook LKjIP yang wajar sehingga tidak diproses demi keamanan.")
    BERKAS_TIDAK_TERBACA = Jenis(
        "berkas-tidak-terbaca", GALAT,
        {
            "buka": "Berkas tidak dapat dibuka ({sebab}).",
            "baca": "Berkas tidak dapat dibaca ({sebab}).",
            "workbook": "Berkas tidak dapat dibaca sebagai workbook Excel ({tipe}). Pastikan berkas tidak rusak dan disimpan "
                        "sebagai .xlsx.",
        },
        "Berkas tidak dapat dibuka atau tidak dapat dibaca sebagai workbook Excel.")
    BERKAS_BERKATA_SANDI = Jenis(
        "berkas-berkata-sandi", GALAT,
        "Workbook dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan, lalu ulangi.",
        "Workbook yang dilindungi kata sandi tidak dapat dibaca.")
    FORMAT_TIDAK_DIKENAL = Jenis(
        "format-tidak-dikenal", GALAT,
        "Berkas berekstensi {ekstensi} ini sebenarnya workbook format lama (.xls). Simpan ulang sebagai .xlsx.",
        "Ekstensi berkas tidak sesuai dengan isinya (workbook format lama .xls).")
    BUKAN_WORKBOOK = Jenis(
        "bukan-workbook", GALAT,
        {
            "ekstensi": "Berkas {ekstensi} bukan workbook Excel; gunakan berkas .xlsx dari template.",
            "isi": "Berkas berekstensi {ekstensi} ini bukan workbook Excel yang sah (isinya bukan format .xlsx; mungkin berkas "
                   "teks yang diganti namanya).",
            "zip": "Berkas zip ini bukan workbook Excel (tidak memuat xl/workbook.xml).",
        },
        "Berkas bukan workbook Excel, menurut ekstensinya atau menurut isinya.")
    BERKAS_RUSAK = Jenis(
        "berkas-rusak", GALAT,
        {
            "zip": "Berkas rusak atau terpotong (struktur zip tidak utuh). Simpan ulang dari Excel atau kirim ulang berkasnya.",
            "ods": "Berkas .ods tidak memuat isi lembar kerja.",
        },
        "Berkas rusak atau terpotong sehingga isinya tidak dapat dibaca.")
    LEMBAR_TERLALU_LUAS = Jenis(
        "lembar-terlalu-luas", GALAT,
        {
            "kolom": "Lembar '{lembar}': nilai di {sel} jauh di luar tabel (kolom {kolom}, sedangkan batasnya kolom {batas}); "
                     "hapus isi sel itu, simpan, lalu ulangi.",
            "baris": "Lembar '{lembar}': nilai di {sel} jauh di luar tabel (baris {baris}, sedangkan batasnya {batas} baris); "
                     "hapus isi sel itu, simpan, lalu ulangi.",
            "sel": "Lembar '{lembar}': nilai di {sel} jauh di luar tabel (isi lembar mencapai {baris} baris × {kolom} kolom, "
                   "melebihi {batas} sel); hapus isi sel itu, simpan, lalu ulangi.",
        },
        "Lembar memuat nilai jauh di luar tabelnya; workbook tidak dibaca karena akan memerlukan memori yang sangat besar.")
    BERKAS = Jenis(
        "berkas", PERINGATAN,
        "Workbook memuat makro; makro tidak dijalankan dan diabaikan.",
        "Catatan tentang berkas yang tidak menghalangi pembacaan, misalnya makro yang diabaikan.")

    # --- sheets, header rows and form rows
    LEMBAR_HILANG = Jenis(
        "lembar-hilang", GALAT,
        "Lembar '{lembar}' ({judul}) tidak ada dalam workbook. Salin lembar ini dari template kosong.",
        "Lembar wajib dari template tidak ada dalam workbook.")
    TEMPLATE_LEBIH_BARU = Jenis(
        "template-lebih-baru", PERINGATAN,
        "Workbook ini dibuat dengan template versi {versi}, lebih baru daripada yang dikenal lkj_excel ini (versi "
        "{dikenal}); kolom yang belum dikenal diabaikan. Perbarui lkj_excel agar semua isiannya dibaca.",
        "Workbook berasal dari template yang lebih baru daripada versi lkj_excel yang dipakai.")
    LEMBAR_TERSEMBUNYI = Jenis(
        "lembar-tersembunyi", PERINGATAN,
        "Lembar '{lembar}' tersembunyi; isinya tetap dibaca.",
        "Lembar yang disembunyikan tetap dibaca; periksa apakah isinya memang dimaksudkan.")
    BARIS_TERSEMBUNYI = Jenis(
        "baris-tersembunyi", PERINGATAN,
        "Lembar '{lembar}' memiliki baris tersembunyi ({baris}); isinya tetap dibaca.",
        "Baris yang disembunyikan tetap dibaca; periksa apakah isinya memang dimaksudkan.")
    JUDUL_KOLOM_TIDAK_DITEMUKAN = Jenis(
        "judul-kolom-tidak-ditemukan", GALAT,
        {
            "tabel": "Lembar '{lembar}' tidak memuat baris judul kolom yang dikenali; seharusnya baris {baris} berisi: {kolom}.",
            "pendukung": "Lembar '{lembar}' tidak memiliki judul kolom pada baris {baris}.",
        },
        "Lembar tidak memiliki baris judul kolom yang dikenali sehingga isinya tidak dapat dibaca.")
    KOLOM_GANDA = Jenis(
        "kolom-ganda", GALAT,
        {
            "kolom": "Judul kolom '{kolom}' muncul dua kali di lembar '{lembar}'; hapus salah satu.",
            "tahun": "Kolom '{kolom} {tahun}' muncul dua kali di lembar '{lembar}'.",
        },
        "Judul kolom yang sama muncul lebih dari sekali pada satu lembar.")
    KOLOM_HILANG = Jenis(
        "kolom-hilang", GALAT,
        {
            "kolom": "Kolom wajib '{kolom}' tidak ditemukan pada baris judul lembar '{lembar}'.",
            "tahun": "Lembar '{lembar}' tidak memiliki kolom '{kolom} <tahun>' (misalnya '{kolom} 2023').",
        },
        "Kolom wajib tidak ditemukan pada baris judul lembar.")
    ISIAN_GANDA = Jenis(
        "isian-ganda", GALAT,
        "Isian '{isian}' muncul dua kali.",
        "Baris isian yang sama muncul lebih dari sekali pada lembar isian.")
    ISIAN_HILANG = Jenis(
        "isian-hilang", GALAT,
        "Baris isian '{isian}' tidak ditemukan di kolom A lembar '{lembar}'.",
        "Baris isian wajib tidak ditemukan pada lembar isian.")
    SEL_WAJIB_KOSONG = Jenis(
        "sel-wajib-kosong", GALAT,
        {
            "kolom": "Kolom '{kolom}' wajib diisi.",
            "isian": "Isian '{isian}' wajib diisi.",
            "isian_jenis": "Isian '{isian}' wajib diisi untuk Jenis Instansi {jenis_instansi}.",
        },
        "Sel wajib belum diisi.")
    JUDUL_TABEL_KOSONG = Jenis(
        "judul-tabel-kosong", GALAT,
        "Lembar data pendukung '{lembar}' belum memiliki Judul Tabel (baris 'Judul Tabel', kolom B).",
        "Lembar data pendukung belum memiliki judul tabel.")

    # --- cell values
    GALAT_EXCEL = Jenis(
        "galat-excel", GALAT,
        "Kolom '{kolom}' berisi galat Excel {galat}; perbaiki rumusnya atau ketik nilainya langsung.",
        "Sel berisi galat Excel (misalnya #DIV/0! atau #REF!) sehingga tidak memiliki nilai.")
    RUMUS_TANPA_NILAI = Jenis(
        "rumus-tanpa-nilai", GALAT,
        "Kolom '{kolom}' berisi rumus yang belum pernah dihitung (berkas disimpan oleh program yang tidak menghitung rumus). "
        "Buka berkas di Excel atau LibreOffice, simpan ulang, lalu ulangi.",
        "Sel berisi rumus yang belum pernah dihitung sehingga tidak memiliki nilai.")
    ANGKA_TIDAK_TERBACA = Jenis(
        "angka-tidak-terbaca", GALAT,
        "Kolom '{kolom}' berisi {isi} ({sebab}); seharusnya {harapan}.",
        "Isi sel tidak dapat dibaca sebagai angka, Rupiah, persen atau tahun.")
    BUKAN_TAHUN = Jenis(
        "bukan-tahun", GALAT,
        "Kolom '{kolom}' berisi {isi}; seharusnya {harapan}.",
        "Isi sel bukan tahun empat angka.")
    BUKAN_BILANGAN_BULAT = Jenis(
        "bukan-bilangan-bulat", GALAT,
        "Kolom '{kolom}' berisi {isi}; seharusnya {harapan}.",
        "Isi sel bukan bilangan bulat.")
    NILAI_TIDAK_TERBACA = Jenis(
        "nilai-tidak-terbaca", GALAT,
        "Kolom '{kolom}' berisi {isi} ({sebab}); seharusnya {harapan}.",
        "Isi sel bukan angka dan bukan huruf predikat.")
    PILIHAN_TIDAK_DIKENAL = Jenis(
        "pilihan-tidak-dikenal", GALAT,
        {
            "pilihan": "Kolom '{kolom}' berisi {isi}, yang tidak termasuk pilihan yang diizinkan: {pilihan}.",
            "ya_tidak": "Kolom '{kolom}' berisi {isi}; seharusnya Ya atau Tidak.",
        },
        "Isi sel tidak termasuk pilihan yang diizinkan untuk kolom itu.")
    ANGKA_DI_LUAR_BATAS = Jenis(
        "angka-di-luar-batas", GALAT,
        "Kolom '{kolom}' berisi {isi}, melebihi batas wajar {batas}; periksa kembali angkanya.",
        "Angka jauh melebihi nilai yang mungkin untuk kolom itu (misalnya Rupiah di atas Rp 1.000 triliun atau nilai AKIP di "
        "atas 100).")
    TANGGAL_SEBAGAI_ANGKA = Jenis(
        "tanggal-sebagai-angka", PERINGATAN,
        "Kolom '{kolom}' berisi angka {isi}; dibaca sebagai tanggal {tanggal}. Beri format tanggal pada sel ini.",
        "Tanggal tersimpan sebagai angka tanpa format tanggal; angka itu dibaca sebagai tanggal.")
    KARAKTER_KENDALI = Jenis(
        "karakter-kendali", PERINGATAN,
        {
            "sel": "Sel berisi karakter kendali {karakter} yang tidak dapat disimpan dalam dokumen (biasanya terbawa dari teks yang "
                   "ditempel); karakter itu diganti spasi.",
            "lainnya": "Masih ada {jumlah} sel lain di lembar '{lembar}' yang berisi karakter kendali; semuanya diganti spasi.",
        },
        "Teks memuat karakter kendali (misalnya dari teks yang ditempel) yang tidak dapat disimpan dalam dokumen; karakter itu "
        "diganti spasi.")
    TEKS_TERPOTONG = Jenis(
        "teks-terpotong", PERINGATAN,
        {
            "kolom": "Kolom '{kolom}' berisi teks {panjang} karakter, melebihi batas {batas} karakter; yang dipakai: \"{teks}\".",
            "lembar": "Nama lembar '{lembar}' lebih dari {batas} karakter (batas Excel); pada workbook tahun berikut lembar itu "
                      "bernama '{nama}'.",
            "kaki_halaman": "Judul singkat laporan ({panjang} karakter) melebihi {batas} karakter; kaki halaman workbook laporan "
                            "hanya memuat {batas} karakter pertamanya.",
        },
        "Teks lebih panjang daripada yang dapat dimuat formatnya (format angka, nama lembar, kaki halaman) sehingga dipotong.")
    BUKAN_TANGGAL = Jenis(
        "bukan-tanggal", GALAT,
        "Kolom '{kolom}' berisi angka {isi}; seharusnya tanggal (misalnya 31/01/2024) atau teks seperti Januari 2024.",
        "Isi sel adalah angka yang tidak dapat dibaca sebagai tanggal.")

    # --- Identitas and Pengaturan
    PERIODE_TERBALIK = Jenis(
        "periode-terbalik", GALAT,
        "Tahun Awal Renstra ({awal}) lebih besar dari Tahun Akhir Renstra ({akhir}).",
        "Tahun awal periode Renstra lebih besar daripada tahun akhirnya.")
    TAHUN_DI_LUAR_RENSTRA = Jenis(
        "tahun-di-luar-renstra", PERINGATAN,
        {
            "laporan": "Tahun laporan {tahun} berada di luar periode Renstra {awal}–{akhir}.",
            "target": "Target tahun {tahun} indikator Renstra '{kode}' berada di luar periode Renstra {awal}–{akhir}.",
        },
        "Tahun laporan atau tahun target berada di luar periode Renstra.")
    NIP_TIDAK_LAZIM = Jenis(
        "nip-tidak-lazim", PERINGATAN,
        "NIP '{nip}' tidak terdiri dari 18 angka.",
        "NIP kepala perangkat daerah tidak terdiri atas 18 angka.")
    NAMA_INSTANSI_TIDAK_DIPAKAI = Jenis(
        "nama-instansi-tidak-dipakai", PERINGATAN,
        "Untuk Jenis Instansi {jenis_instansi}, laporan memakai nama '{nama}'; isian '{isian}' berisi '{isi}' dan tidak dicetak. "
        "Kosongkan isian tersebut, atau pilih Jenis Instansi yang sesuai.",
        "LKjIP pemerintah daerah memakai nama pemerintah daerahnya; nama instansi lain yang diisi tidak dicetak.")
    DI_LUAR_RENTANG = Jenis(
        "di-luar-rentang", GALAT,
        "Jumlah desimal persen harus antara 0 dan 6.",
        "Nilai pengaturan berada di luar rentang yang diizinkan.")
    SKALA_GANDA = Jenis(
        "skala-ganda", GALAT,
        "Skala '{skala}' memuat label yang sama lebih dari sekali.",
        "Satu skala pada lembar Skala memuat label yang sama lebih dari sekali.")
    PITA_TIDAK_BERSAMBUNG = Jenis(
        "pita-tidak-bersambung", PERINGATAN,
        {
            "celah": "Pada skala '{skala}', pita '{label}' berlaku {sampai}, sedangkan pita berikutnya '{label_berikut}' berlaku "
                     "{mulai}; nilai di antara kedua batas itu digolongkan ke pita '{label}'. Samakan Batas Atas pita ini dengan "
                     "Batas Bawah pita berikutnya bila maksudnya lain.",
            "tumpang": "Pada skala '{skala}', pita '{label}' berlaku {sampai}, sedangkan pita berikutnya '{label_berikut}' sudah "
                       "berlaku {mulai}; nilai yang termasuk keduanya digolongkan ke pita '{label_berikut}'. Samakan Batas Atas pita "
                       "ini dengan Batas Bawah pita berikutnya bila maksudnya lain.",
        },
        "Batas Atas satu pita tidak bertemu dengan Batas Bawah pita berikutnya (ada celah atau tumpang tindih); nilai di "
        "antaranya digolongkan menurut Batas Bawah.")
    PITA_TERBALIK = Jenis(
        "pita-terbalik", PERINGATAN,
        "Pada skala '{skala}', pita '{label}' berlaku {mulai} {sampai}, sehingga tidak memuat satu nilai pun; pita itu tetap "
        "dipakai {mulai} sampai pita berikutnya. Periksa Batas Bawah, Batas Atas dan kolom Inklusif pita ini.",
        "Batas Atas satu pita lebih kecil daripada Batas Bawahnya (atau sama, tetapi salah satunya tidak inklusif).")
    INKLUSIF_ATAS_TANPA_BATAS = Jenis(
        "inklusif-atas-tanpa-batas", PERINGATAN,
        "Pada skala '{skala}', kolom 'Inklusif Atas' pita '{label}' diisi \"{isi}\", tetapi kolom 'Batas Atas' kosong; isian itu "
        "tidak berpengaruh. Isi Batas Atas pita ini, atau kosongkan Inklusif Atas.",
        "Kolom Inklusif Atas diisi tanpa Batas Atas pada pita yang sama.")

    GAMBAR_DITOLAK = Jenis(
        "gambar-ditolak", PERINGATAN,
        {
            "luar": "Berkas gambar '{gambar}' berada di luar folder workbook; demi keamanan hanya gambar di folder workbook atau "
                    "subfoldernya yang dipakai. Laporan dibuat tanpa gambar ini.",
            "tidak_ada": "Berkas gambar '{gambar}' tidak ditemukan di folder workbook; laporan dibuat tanpa gambar ini.",
            "besar": "Berkas gambar '{gambar}' berukuran {ukuran} MB, melebihi batas {batas} MB; laporan dibuat tanpa gambar ini.",
            "bukan_gambar": "Berkas '{gambar}' bukan gambar PNG atau JPG yang dapat dibaca; laporan dibuat tanpa gambar ini.",
            "piksel": "Gambar '{gambar}' berukuran {lebar} × {tinggi} piksel, di luar ukuran wajar; laporan dibuat tanpa gambar ini.",
        },
        "Gambar yang disebut pada lembar Identitas tidak dipakai: di luar folder workbook, tidak ada, terlalu besar, atau bukan "
        "gambar yang sah.")

    # --- PK (Perjanjian Kinerja) and IndikatorRenstra
    INDIKATOR_GANDA = Jenis(
        "indikator-ganda", GALAT,
        {
            "kode": "Kode Indikator '{kode}' dipakai lebih dari satu kali pada lembar PK.",
            "nama": "Indikator '{nama}' tercantum dua kali pada sasaran {sasaran}.",
            "renstra": "Kode indikator Renstra '{kode}' dipakai lebih dari satu kali.",
            "operasional": "Kode Indikator '{kode}' dipakai lebih dari satu kali pada lembar Operasional.",
            "operasional_pk": "Kode Indikator '{kode}' pada lembar Operasional sudah dipakai indikator pada lembar PK.",
        },
        "Kode atau nama indikator yang sama dipakai lebih dari sekali.")
    TARGET_BUKAN_PREDIKAT = Jenis(
        "target-bukan-predikat", GALAT,
        "Indikator berpolaritas predikat harus bertarget huruf predikat (AA, A, BB, B, CC, C, D).",
        "Target indikator berpolaritas predikat bukan huruf predikat.")
    TARGET_BUKAN_ANGKA = Jenis(
        "target-bukan-angka", GALAT,
        "Indikator berpolaritas {polaritas} harus bertarget angka, bukan predikat.",
        "Target indikator berpolaritas positif atau negatif bukan angka.")
    PERSEN_EXCEL = Jenis(
        "persen-excel", PERINGATAN,
        "Nilai {nilai} pada indikator bersatuan % tampak seperti format persen Excel ({persen}%). Tulis persen sebagai angka, "
        "misalnya 3,25.",
        "Nilai persen tampak diketik dengan format persen Excel (3,25% tersimpan sebagai 0,0325).")
    FORMULA_TIDAK_LENGKAP = Jenis(
        "formula-tidak-lengkap", GALAT,
        {
            "label": "Indikator rumus harus memiliki Label Pembilang dan Label Penyebut; '{kolom}' kosong.",
            "tanpa_label": "Target pembilang/penyebut diisi tetapi Label Pembilang dan Label Penyebut kosong.",
            "realisasi": "Realisasi pembilang dan penyebut harus diisi keduanya.",
        },
        "Rumus indikator (pembilang dan penyebut) hanya diisi sebagian.")
    PENYEBUT_NOL = Jenis(
        "penyebut-nol", GALAT,
        "{kolom} tidak boleh 0.",
        "Penyebut rumus indikator bernilai 0.")
    RENTANG_TERBALIK = Jenis(
        "rentang-terbalik", GALAT,
        "Target Batas Atas lebih kecil dari Target (batas bawah).",
        "Batas atas target rentang lebih kecil daripada batas bawahnya.")
    SASARAN_TIDAK_KONSISTEN = Jenis(
        "sasaran-tidak-konsisten", GALAT,
        "Kode Sasaran '{kode}' dipakai untuk dua rumusan sasaran yang berbeda.",
        "Satu kode sasaran dipakai untuk rumusan sasaran yang berbeda.")
    PK_KOSONG = Jenis(
        "pk-kosong", GALAT,
        "Lembar PK belum memuat satu pun indikator kinerja.",
        "Lembar PK belum memuat indikator kinerja.")

    # --- codes across sheets
    KODE_TIDAK_DIKENAL = Jenis(
        "kode-tidak-dikenal", GALAT,
        {
            "renstra": "Kode Indikator Renstra '{kode}' tidak ada pada lembar IndikatorRenstra.",
            "sasaran": "Kode Sasaran '{kode}' tidak ada pada lembar PK.",
            "pendukung": "Kode Sasaran '{kode}' pada tabel pendukung '{tabel}' tidak ada pada lembar PK.",
            "narasi": "Kode Sasaran '{kode}' pada lembar Narasi tidak ada pada lembar PK.",
            "induk": "Kode Induk '{kode}' dari unit '{unit}' tidak ada pada kolom Kode Unit.",
            "indikator": "Kode Indikator '{kode}' tidak ada pada lembar PK maupun lembar Operasional.",
            "pembanding": "Kode Indikator '{kode}' pada lembar Pembanding tidak ada pada lembar PK.",
        },
        "Kode yang dirujuk tidak ada pada lembar tempat kode itu ditetapkan.")

    KRITERIA_LKE_TIDAK_DIKENAL = Jenis(
        "kriteria-lke-tidak-dikenal", PERINGATAN,
        "Kode Kriteria '{kode}' pada lembar RubrikLKE tidak termasuk kriteria LKE yang dinilai tool ini; bobotnya tidak "
        "dipakai. Kode yang dikenal: {dikenal}.",
        "Lembar RubrikLKE memuat kode kriteria yang tidak dikenal.")

    # --- Anggaran
    PROGRAM_TANPA_SASARAN = Jenis(
        "program-tanpa-sasaran", GALAT,
        "{baris} merujuk Kode Sasaran '{kode}' yang tidak ada pada lembar PK; setiap program harus mendukung tepat satu "
        "sasaran.",
        "Baris anggaran merujuk kode sasaran yang tidak ada pada lembar PK.")
    ANGGARAN_TIDAK_POSITIF = Jenis(
        "anggaran-tidak-positif", GALAT,
        "Anggaran {baris} harus lebih besar dari 0.",
        "Anggaran sebuah program, kegiatan atau sub kegiatan bernilai 0 atau negatif.")
    REALISASI_NEGATIF = Jenis(
        "realisasi-negatif", GALAT,
        "Realisasi anggaran {baris} tidak boleh negatif.",
        "Realisasi anggaran sebuah program, kegiatan atau sub kegiatan bernilai negatif.")
    RINCIAN_TANPA_INDUK = Jenis(
        "rincian-tanpa-induk", GALAT,
        "{baris} tidak berada di bawah baris {induk} mana pun. Letakkan baris ini di bawah {induk} tempatnya bernaung, "
        "berurutan seperti DPA, atau isi kolom Tingkat dengan Program bila baris ini sebenarnya sebuah program.",
        "Baris kegiatan atau sub kegiatan tidak didahului baris program (atau kegiatan) tempatnya bernaung.")
    TINGKAT_BERBEDA_KODE = Jenis(
        "tingkat-berbeda-kode", PERINGATAN,
        "Baris '{nama}' bertingkat {tingkat}, sedangkan kodenya ({kode}) berpola kode {pola}; yang dipakai adalah kolom "
        "Tingkat.",
        "Tingkat yang diisi tidak sesuai dengan pola kode program, kegiatan atau sub kegiatannya.")
    KODE_TIDAK_SEJALAN = Jenis(
        "kode-tidak-sejalan", PERINGATAN,
        "Kode {baris} ({kode}) tidak diawali kode {induk} ({kode_induk}) di atasnya; periksa urutan baris atau kodenya.",
        "Kode kegiatan atau sub kegiatan tidak diawali kode baris tempatnya bernaung.")
    SASARAN_ANGGARAN_GANDA = Jenis(
        "sasaran-anggaran-ganda", GALAT,
        "{baris} mendukung sasaran '{kode}', sedangkan {induk} di atasnya mendukung sasaran '{kode_induk}'; setiap baris "
        "anggaran hanya boleh mendukung satu sasaran. Kosongkan salah satu Kode Sasaran, atau isi Kode Sasaran hanya pada "
        "tingkat kegiatan.",
        "Sebuah baris anggaran terhubung ke dua sasaran: Kode Sasaran barisnya berbeda dengan Kode Sasaran baris di atasnya.")
    ANGGARAN_TANPA_SASARAN = Jenis(
        "anggaran-tanpa-sasaran", GALAT,
        {
            "baris": "{baris} belum terhubung ke sasaran mana pun; isi Kode Sasaran (kode dari lembar PK).",
            "rincian": "Sebanyak {jumlah} di bawah {baris} belum terhubung ke sasaran mana pun ({contoh}); isi Kode Sasaran pada "
                       "baris programnya, atau pada baris kegiatan atau sub kegiatannya (kode dari lembar PK).",
        },
        "Baris anggaran terbawah yang belum terhubung ke sasaran, baik melalui barisnya sendiri maupun baris di atasnya.")

    # --- Realisasi
    REALISASI_TANPA_PK = Jenis(
        "realisasi-tanpa-pk", GALAT,
        "Realisasi untuk Kode Indikator '{kode}' yang tidak ada pada Perjanjian Kinerja (lembar PK).",
        "Realisasi diisi untuk indikator yang tidak ada pada lembar PK.")
    REALISASI_GANDA = Jenis(
        "realisasi-ganda", GALAT,
        "Realisasi indikator '{kode}' tahun {tahun} diisi lebih dari satu kali.",
        "Realisasi satu indikator untuk satu tahun diisi lebih dari sekali.")
    TAHUN_SETELAH_LAPORAN = Jenis(
        "tahun-setelah-laporan", GALAT,
        "Tahun {tahun} lebih besar dari tahun laporan {tahun_laporan}.",
        "Realisasi diisi untuk tahun sesudah tahun laporan.")
    NILAI_BUKAN_PREDIKAT = Jenis(
        "nilai-bukan-predikat", GALAT,
        "Indikator '{kode}' berpolaritas predikat; kolom {kolom} harus berisi huruf predikat.",
        "Target atau realisasi indikator berpolaritas predikat bukan huruf predikat.")
    NILAI_BUKAN_ANGKA = Jenis(
        "nilai-bukan-angka", GALAT,
        "Indikator '{kode}' bukan indikator predikat; kolom {kolom} harus berisi angka.",
        "Target atau realisasi indikator yang bukan indikator predikat tidak berupa angka.")
    BUKAN_INDIKATOR_RUMUS = Jenis(
        "bukan-indikator-rumus", GALAT,
        "Pembilang/penyebut diisi untuk indikator '{kode}' yang tidak memiliki rumus pada lembar PK (isi Label Pembilang dan "
        "Label Penyebut di PK).",
        "Pembilang atau penyebut diisi untuk indikator yang tidak memiliki rumus.")

    # --- Organisasi
    KODE_GANDA = Jenis(
        "kode-ganda", GALAT,
        "Kode Unit '{kode}' dipakai lebih dari satu kali.",
        "Kode unit organisasi yang sama dipakai lebih dari sekali.")
    ORGANISASI_MELINGKAR = Jenis(
        "organisasi-melingkar", GALAT,
        "Susunan organisasi melingkar pada unit '{unit}'.",
        "Susunan organisasi melingkar: sebuah unit menjadi induk bagi dirinya sendiri melalui unit lain.")

    # --- stated figures (tool-filled columns, sheet AngkaTertulis)
    NILAI_OTOMATIS_TIDAK_TERBACA = Jenis(
        "nilai-otomatis-tidak-terbaca", PERINGATAN,
        "Kolom otomatis '{kolom}' berisi {isi}, yang bukan angka. Isi ini dicatat sebagai angka tertulis instansi, tetapi "
        "tidak dapat dibandingkan dengan hasil perhitungan tool; kosongkan sel itu atau tulis angkanya.",
        "Kolom yang dihitung tool (abu-abu) diketik dengan isi yang bukan angka.")
    NILAI_OTOMATIS_TANPA_BARIS = Jenis(
        "nilai-otomatis-tanpa-baris", PERINGATAN,
        "Kolom otomatis '{kolom}' berisi {isi}, tetapi baris ini tidak memuat isian lain, sehingga angka tertulis itu tidak "
        "dapat dikaitkan dengan baris mana pun; pindahkan ke baris yang benar atau kosongkan selnya.",
        "Kolom yang dihitung tool (abu-abu) diketik pada baris yang tidak berisi data lain.")
    BARIS_ANGKA_TERTULIS_TIDAK_LENGKAP = Jenis(
        "baris-angka-tertulis-tidak-lengkap", PERINGATAN,
        {
            "tanpa_kode": "Baris ini memuat angka tertulis tanpa Kode Sasaran maupun Kode Indikator, sehingga angkanya "
                          "tidak dapat diperiksa; isi salah satu kode itu.",
            "tanpa_besaran": "Baris angka indikator '{kode}' tidak menyebut angka yang disalin pada kolom Angka Indikator; "
                             "pilih salah satu dari: {pilihan}.",
            "tanpa_nilai": "Baris angka indikator '{kode}' ({besaran}) tidak memuat Nilai Tertulis.",
        },
        "Baris lembar AngkaTertulis tidak lengkap sehingga angkanya tidak dapat diperiksa.")

    # --- the quarters (sheets Triwulan, CatatanTriwulan, AnggaranTriwulan)
    TRIWULAN_KODE_TIDAK_DIKENAL = Jenis(
        "triwulan-kode-tidak-dikenal", PERINGATAN,
        {
            "indikator": "Kode Indikator '{kode}' pada lembar {lembar} tidak ada pada lembar PK maupun lembar Operasional; "
                         "baris ini tidak dipakai.",
            "anggaran": "Baris '{kode}' pada lembar AnggaranTriwulan tidak sesuai dengan Kode atau nama baris terbawah mana "
                        "pun pada lembar Anggaran; baris ini tidak dipakai.",
        },
        "Baris lembar triwulan merujuk indikator atau baris anggaran yang tidak ada.")
    TRIWULAN_GANDA = Jenis(
        "triwulan-ganda", PERINGATAN,
        "{apa} sudah diisi pada baris lain lembar {lembar}; baris ini tidak dipakai.",
        "Indikator, baris anggaran atau catatan triwulan yang sama diisi dua kali.")
    REALISASI_DARI_TRIWULAN = Jenis(
        "realisasi-dari-triwulan", INFO,
        "Realisasi {tahun} {apa} kosong pada lembar {lembar}; dipakai realisasi dari triwulan I sampai IV ({cara}), yaitu "
        "{nilai}.",
        "Realisasi tahunan yang kosong dihitung dari realisasi triwulan.")

    # --- writing the outputs
    HASIL_TIDAK_TERTULIS = Jenis(
        "hasil-tidak-tertulis", GALAT,
        {
            "penuh": "Folder hasil {folder} penuh (ruang disk habis); hasil tidak ditulis. Kosongkan sebagian ruang disk atau "
                     "pilih folder lain dengan --output, lalu ulangi.",
            "izin": "Tidak dapat menulis ke {folder} ({sebab}); hasil tidak ditulis. Pastikan folder itu dapat ditulisi (bukan "
                    "folder hanya-baca) atau pilih folder lain dengan --output, lalu ulangi.",
            "lain": "Hasil tidak dapat ditulis ke {folder} ({sebab}).",
        },
        "Folder hasil penuh atau tidak dapat ditulisi sehingga hasil tidak ditulis; hasil lama tetap seperti semula.")

    # --- the program itself
    GALAT_INTERNAL = Jenis(
        "galat-internal", GALAT,
        {
            "pembacaan": "Terjadi kesalahan tak terduga saat membaca workbook ({tipe}: {galat}). Laporkan berkas ini kepada "
                         "pengembang.",
            "konversi": "Konversi gagal karena kesalahan program ({tipe}: {galat}). Laporkan berkas ini kepada pengembang.",
            "tahun_berikut": "Workbook tahun berikut gagal dibuat ({tipe}: {galat}). Laporkan berkas ini kepada pengembang.",
            "proses": "Konversi gagal ({tipe}).",
            "pekerja": "Proses yang mengonversi workbook ini berhenti tak terduga ({sebab}); workbook lain tetap dikonversi. "
                       "Kemungkinan workbook ini memerlukan memori jauh melebihi wajar. Laporkan berkas ini kepada pengembang.",
        },
        "Kesalahan program, bukan kesalahan workbook; laporkan berkasnya kepada pengembang.")


@_bagian(AUDIT)
class Audit:
    """Findings of the audit, where the workbook's own figures disagree (``sumber="audit"``), in check order."""

    # --- totals
    JUMLAH_ANGGARAN_BERBEDA = Jenis(
        "jumlah-anggaran-berbeda", PERINGATAN,
        {
            "penyerapan": "Penyerapan anggaran total tertulis ({tertulis}) tidak sama dengan hasil perhitungan dari jumlah "
                          "realisasi dan anggaran ({dihitung}).",
            "jumlah": "Jumlah {apa} tertulis ({tertulis}) tidak sama dengan jumlah {apa} seluruh program ({dihitung}).",
        },
        "Baris jumlah yang diketik pada lembar Anggaran berbeda dengan jumlah seluruh program.")
    SUBTOTAL_ANGGARAN_BERBEDA = Jenis(
        "subtotal-anggaran-berbeda", PERINGATAN,
        "{apa} tertulis pada baris {baris} ({tertulis}) tidak sama dengan jumlah {rincian} di bawahnya ({dihitung}); yang "
        "dipakai adalah jumlah rinciannya.",
        "Subtotal yang diketik pada baris program atau kegiatan berbeda dengan jumlah baris-baris di bawahnya.")
    JUMLAH_TABEL_BERBEDA = Jenis(
        "jumlah-tabel-berbeda", PERINGATAN,
        'Jumlah tertulis pada tabel "{tabel}" kolom "{kolom}" ({tertulis}) tidak sama dengan jumlah baris-barisnya ({dihitung}).',
        "Baris jumlah yang diketik pada tabel data pendukung berbeda dengan jumlah baris-barisnya.")
    JUMLAH_AKIP_BERBEDA = Jenis(
        "jumlah-akip-berbeda", PERINGATAN,
        "Jumlah nilai AKIP tahun {tahun} tertulis {tertulis}, sedangkan jumlah nilai komponennya {dihitung}.",
        "Jumlah nilai AKIP yang diketik berbeda dengan jumlah nilai komponennya.")
    PREDIKAT_AKIP_BERBEDA = Jenis(
        "predikat-akip-berbeda", PERINGATAN,
        "Predikat AKIP tahun {tahun} tertulis {tertulis}, sedangkan nilai {nilai} termasuk predikat {predikat}.",
        "Predikat AKIP yang diketik tidak sesuai dengan jumlah nilainya.")
    NILAI_AKIP_MELEBIHI_BOBOT = Jenis(
        "nilai-akip-melebihi-bobot", GALAT,
        'Nilai komponen AKIP "{komponen}" tahun {tahun} ({nilai}) melebihi bobot maksimumnya ({bobot}).',
        "Nilai komponen AKIP melebihi bobot komponen itu.")
    BOBOT_AKIP_BERBEDA = Jenis(
        "bobot-akip-berbeda", PERINGATAN,
        'Bobot komponen AKIP "{komponen}" ({bobot}) berbeda dengan bobot menurut PermenPAN-RB {skema} ({baku}).',
        "Bobot komponen AKIP berbeda dengan bobot menurut PermenPAN-RB yang dipilih pada lembar Pengaturan.")

    # --- targets
    KODE_RENSTRA_TIDAK_DIKENAL = Jenis(
        "kode-renstra-tidak-dikenal", PERINGATAN,
        'Kode indikator Renstra "{kode}" pada {indikator} tidak ada pada lembar IndikatorRenstra.',
        "Indikator PK atau indikator operasional merujuk kode indikator Renstra yang tidak ada.")
    SATUAN_RENSTRA_BERBEDA = Jenis(
        "satuan-renstra-berbeda", INFO,
        'Target {indikator} ({satuan}) tidak dapat dibandingkan dengan target Renstra "{renstra}" ({satuan_renstra}) karena '
        "satuannya berbeda.",
        "Target PK atau target indikator operasional tidak dapat dibandingkan dengan target Renstra karena satuannya "
        "berbeda.")
    TARGET_PK_BERBEDA_RENSTRA = Jenis(
        "target-pk-berbeda-renstra", PERINGATAN,
        "Target Perjanjian Kinerja {tahun} {indikator} ({bagian}{target}) berbeda dengan target Renstra {tahun} indikator "
        '"{renstra}" ({target_renstra}).',
        "Target Perjanjian Kinerja (juga perjanjian kinerja Eselon III/IV) berbeda dengan target Renstra untuk tahun yang "
        "sama.")
    INDIKATOR_TIDAK_DIKENAL = Jenis(
        "indikator-tidak-dikenal", PERINGATAN,
        {
            "realisasi": 'Kode indikator "{kode}" pada lembar Realisasi tahun {tahun} tidak ada pada lembar PK.',
            "akip": 'Kode indikator predikat AKIP "{kode}" pada lembar Pengaturan tidak ada pada lembar PK.',
        },
        "Kode indikator yang dirujuk tidak ada pada lembar PK.")
    TARGET_BERBEDA_PK = Jenis(
        "target-berbeda-pk", PERINGATAN,
        "Target {tahun} {indikator} pada lembar Realisasi ({target}) berbeda dengan target Perjanjian Kinerja ({target_pk}); "
        "yang dipakai adalah target Perjanjian Kinerja.",
        "Target tahun laporan pada lembar Realisasi berbeda dengan target Perjanjian Kinerja.")
    TARGET_BERBEDA_RENSTRA = Jenis(
        "target-berbeda-renstra", PERINGATAN,
        "Target {tahun} {indikator} pada lembar Realisasi ({target}) berbeda dengan target Renstra {tahun} indikator "
        '"{renstra}" ({target_renstra}).',
        "Target tahun sebelumnya pada lembar Realisasi berbeda dengan target Renstra tahun itu.")
    TARGET_PECAHAN_BERBEDA = Jenis(
        "target-pecahan-berbeda", PERINGATAN,
        "{apa} tertulis {tertulis}, sedangkan {pembilang} ÷ {penyebut} × {faktor} = {dihitung}.",
        "Target yang diketik tidak sesuai dengan pembilang dan penyebutnya.")
    REALISASI_PECAHAN_BERBEDA = Jenis(
        "realisasi-pecahan-berbeda", PERINGATAN,
        "{apa} tertulis {tertulis}, sedangkan {pembilang} ÷ {penyebut} × {faktor} = {dihitung}.",
        "Realisasi yang diketik tidak sesuai dengan pembilang dan penyebutnya.")

    # --- stated figures
    SASARAN_TIDAK_DIKENAL = Jenis(
        "sasaran-tidak-dikenal", PERINGATAN,
        'Kode sasaran "{kode}" pada lembar AngkaTertulis tidak ada pada lembar PK.',
        "Lembar AngkaTertulis merujuk kode sasaran yang tidak ada pada lembar PK.")
    ANGKA_TERTULIS_BERBEDA = Jenis(
        "angka-tertulis-berbeda", PERINGATAN,
        "{apa} tertulis {tertulis}, sedangkan {asal} {dihitung}.",
        "Angka per sasaran yang diketik pada lembar AngkaTertulis berbeda dengan hasil perhitungan.")
    CAPAIAN_TERTULIS_BERBEDA = Jenis(
        "capaian-tertulis-berbeda", PERINGATAN,
        "Capaian {apa} tertulis {tertulis}, sedangkan hasil perhitungan {dihitung}.",
        "Capaian yang diketik berbeda dengan capaian hasil perhitungan dari target dan realisasi.")

    # --- programs
    PROGRAM_TANPA_SASARAN = Jenis(
        "program-tanpa-sasaran", GALAT,
        '{baris} mendukung kode sasaran "{kode}" yang tidak ada pada lembar PK; setiap program harus mendukung '
        "tepat satu sasaran.",
        "Program mendukung kode sasaran yang tidak ada pada lembar PK.")
    REALISASI_ANGGARAN_KOSONG = Jenis(
        "realisasi-anggaran-kosong", PERINGATAN,
        "Realisasi anggaran {baris} belum diisi.",
        "Realisasi anggaran sebuah program, kegiatan atau sub kegiatan belum diisi.")
    REALISASI_MELEBIHI_ANGGARAN = Jenis(
        "realisasi-melebihi-anggaran", PERINGATAN,
        "Realisasi anggaran {baris} ({realisasi}) melebihi anggarannya ({anggaran}).",
        "Realisasi anggaran sebuah program, kegiatan atau sub kegiatan melebihi anggarannya.")
    SASARAN_TANPA_PROGRAM = Jenis(
        "sasaran-tanpa-program", PERINGATAN,
        'Sasaran {kode} "{nama}" tidak didukung program apa pun pada lembar Anggaran; anggaran dan efisiensinya tidak dapat '
        "dihitung.",
        "Sasaran tidak didukung program apa pun sehingga anggaran dan efisiensinya tidak dapat dihitung.")

    # --- capaian
    REALISASI_KOSONG = Jenis(
        "realisasi-kosong", PERINGATAN,
        "Realisasi {tahun} {indikator} belum diisi pada lembar {lembar}; capaiannya tidak dapat dihitung.",
        "Realisasi tahun laporan sebuah indikator PK atau indikator operasional belum diisi.")
    TARGET_NOL = Jenis(
        "target-nol", PERINGATAN,
        {
            "negatif": "Target {tahun} {indikator} bernilai 0; untuk indikator negatif capaian ditetapkan 100% bila "
                       "realisasinya 0 dan 0% bila tidak.",
            "tak_terdefinisi": 'Capaian {apa} tidak dapat dihitung: targetnya 0 sehingga capaian tidak terdefinisi; capaian '
                               'ditampilkan "-" dan tidak diikutkan dalam rata-rata sasaran.',
        },
        "Target bernilai 0: capaian indikator positif tidak terdefinisi, capaian indikator negatif 100% atau 0%.")
    PREDIKAT_TIDAK_DIKENAL = Jenis(
        "predikat-tidak-dikenal", PERINGATAN,
        'Capaian {apa} tidak dapat dihitung: predikat "{predikat}" tidak ada pada skala peringkat predikat.',
        "Target atau realisasi berupa predikat yang tidak ada pada skala peringkat predikat.")
    NILAI_BUKAN_ANGKA = Jenis(
        "nilai-bukan-angka", PERINGATAN,
        "Capaian {apa} tidak dapat dihitung: target atau realisasinya bukan angka.",
        "Capaian tidak dapat dihitung karena target atau realisasinya bukan angka.")
    CAPAIAN_TIDAK_WAJAR = Jenis(
        "capaian-tidak-wajar", PERINGATAN,
        "Capaian {apa} sebesar {capaian} berada di luar batas kewajaran (0% sampai {batas}%); periksa kembali target, "
        "realisasi dan satuannya.",
        "Capaian berada di luar batas kewajaran pada lembar Pengaturan; mungkin target, realisasi atau satuannya keliru.")
    BOBOT_KOSONG = Jenis(
        "bobot-kosong", PERINGATAN,
        "Bobot {indikator} belum diisi, padahal rata-rata sasaran memakai bobot; indikator ini dihitung dengan bobot 0.",
        "Bobot indikator belum diisi, padahal rata-rata capaian sasaran memakai bobot.")

    # --- across tables
    PREDIKAT_BERBEDA_AKIP = Jenis(
        "predikat-berbeda-akip", PERINGATAN,
        "Realisasi {tahun} {indikator} tertulis {tertulis}, sedangkan lembar AKIP tahun {tahun} memberi nilai {nilai} dengan "
        "predikat {predikat}.",
        "Realisasi indikator predikat AKIP berbeda dengan nilai atau predikat pada lembar AKIP.")
    REALISASI_LINTAS_TABEL_BERBEDA = Jenis(
        "realisasi-lintas-tabel-berbeda", PERINGATAN,
        'Realisasi {tahun} indikator operasional "{nama}" ({realisasi}) berbeda dengan realisasi {tahun} {indikator} pada '
        "lembar Realisasi ({realisasi_pk}).",
        "Realisasi indikator operasional berbeda dengan realisasi indikator PK yang bernama sama.")
    RENSTRA_TIDAK_TERBANDINGKAN = Jenis(
        "renstra-tidak-terbandingkan", INFO,
        'Realisasi {indikator} ({satuan}) tidak dapat dibandingkan dengan target akhir Renstra "{renstra}" ({satuan_renstra}): '
        "satuannya berbeda dan satuan pembilang rumusnya pun tidak sama.",
        "Realisasi tidak dapat dibandingkan dengan target akhir Renstra karena satuannya berbeda.")

    # --- stated figures beside derived ones (audit_tertulis.py)
    NILAI_TERTULIS_BERBEDA = Jenis(
        "nilai-tertulis-berbeda", PERINGATAN,
        {
            "kolom_otomatis": "{apa} tertulis {tertulis} pada kolom otomatis '{kolom}', sedangkan hasil perhitungan tool "
                              "{dihitung}; workbook laporan dan draf memakai hasil perhitungan. Bila angka tertulis itu "
                              "keliru, kosongkan selnya atau salin kembali rumus template.",
            "tertulis": "{apa} tertulis {tertulis}, sedangkan hasil perhitungan tool {dihitung}.",
        },
        "Angka yang dinyatakan instansi (diketik pada kolom otomatis atau pada lembar AngkaTertulis) berbeda dengan hasil "
        "perhitungan tool pada ketelitian cetaknya.")
    ANGKA_TERTULIS_TANPA_PADANAN = Jenis(
        "angka-tertulis-tanpa-padanan", PERINGATAN,
        "{apa} tertulis {tertulis}, tetapi tool tidak menghitung angka itu ({sebab}), sehingga angka tertulis ini tidak "
        "dapat diperiksa.",
        "Angka tertulis merujuk angka yang tidak dihitung tool untuk indikator atau sasaran itu.")
    SUMBER_TIDAK_DIKENAL = Jenis(
        "sumber-tidak-dikenal", PERINGATAN,
        {
            "bentuk": "Sumber {bagian} {indikator} ('{sumber}') tidak dapat dibaca; tulis <nama lembar>: <judul kolom>, atau "
                      "<nama lembar>: <judul kolom>: <label baris>, misalnya Data_PSKS: Jumlah PSKS (orang).",
            "tabel": "Sumber {bagian} {indikator} ('{sumber}') menyebut tabel '{tabel}', yang tidak ada di antara tabel data "
                     "pendukung ({tersedia}).",
            "kolom": "Sumber {bagian} {indikator} ('{sumber}') menyebut kolom '{kolom}', yang bukan kolom angka pada tabel "
                     "\"{tabel}\" (kolom angka: {tersedia}).",
            "baris": "Sumber {bagian} {indikator} ('{sumber}') menyebut baris '{baris}', yang tidak ada pada tabel \"{tabel}\".",
        },
        "Sumber pembilang atau penyebut sebuah indikator tidak ditemukan pada tabel data pendukung.")
    SUMBER_BERBEDA = Jenis(
        "sumber-berbeda", PERINGATAN,
        "{apa} tertulis {tertulis}, sedangkan sumbernya, {sumber}, berisi {nilai_sumber}.",
        "Pembilang atau penyebut realisasi sebuah indikator berbeda dengan angka pada tabel data pendukung yang disebut "
        "sebagai sumbernya.")

    # --- plausibility (kewajaran.py)
    CAPAIAN_NEGATIF = Jenis(
        "capaian-negatif", PERINGATAN,
        "{apa} bernilai negatif ({capaian}); periksa kembali pembanding, realisasi, satuan dan polaritasnya.",
        "Sebuah capaian yang dicetak laporan bernilai negatif, biasanya karena pembanding yang terlalu jauh atau "
        "polaritas yang keliru.")
    CAPAIAN_BERLAWANAN_POLARITAS = Jenis(
        "capaian-berlawanan-polaritas", PERINGATAN,
        "{apa} sebesar {capaian}, padahal realisasi {realisasi} {arah} pembandingnya {pembanding} dan indikator ini "
        "berpolaritas {polaritas}; periksa kembali polaritas, rumus capaian atau angkanya.",
        "Capaian di atas 100% untuk realisasi yang lebih buruk daripada pembandingnya (atau di bawah 100% untuk yang lebih "
        "baik) menurut polaritas indikator.")
    SATUAN_REALISASI_BERBEDA = Jenis(
        "satuan-realisasi-berbeda", PERINGATAN,
        "Realisasi {tahun} {indikator} dicatat dalam satuan '{satuan_realisasi}', sedangkan satuan indikatornya "
        "'{satuan}'; capaian hanya bermakna bila realisasi dan target bersatuan sama.",
        "Realisasi dicatat dalam satuan yang berbeda dengan satuan indikatornya.")
    TEKS_PADA_KOLOM_ANGKA = Jenis(
        "teks-pada-kolom-angka", PERINGATAN,
        'Kolom "{kolom}" pada tabel "{tabel}" berisi angka pada {jumlah}, tetapi {sel} berisi {isi}, yang bukan angka; '
        "karena itu kolom ini dibaca sebagai teks dan tidak dijumlahkan.",
        "Sel berisi teks pada kolom tabel data pendukung yang sel-sel lainnya berisi angka.")

    # --- the quarters
    REALISASI_TRIWULAN_BERBEDA = Jenis(
        "realisasi-triwulan-berbeda", PERINGATAN,
        "Realisasi {tahun} {indikator} tertulis {tertulis}, sedangkan realisasi triwulan I sampai IV ({cara}) memberi "
        "{dihitung}.",
        "Realisasi tahunan yang diketik berbeda dengan realisasi yang dibentuk oleh keempat triwulannya.")
    TRIWULAN_KOSONG = Jenis(
        "triwulan-kosong", PERINGATAN,
        "Realisasi triwulan {kosong} {indikator} kosong, padahal triwulan {sesudah} sudah terisi; triwulan yang kosong "
        "tidak ikut dihitung.",
        "Realisasi sebuah triwulan kosong di antara triwulan yang sudah terisi.")
    ANGGARAN_TRIWULAN_BERBEDA = Jenis(
        "anggaran-triwulan-berbeda", PERINGATAN,
        "Realisasi anggaran {baris} tertulis {tertulis}, sedangkan jumlah realisasi triwulan I sampai IV {dihitung}.",
        "Realisasi anggaran tahunan yang diketik berbeda dengan jumlah realisasi keempat triwulannya.")

    # --- the audit itself
    PEMERIKSAAN_GAGAL = Jenis(
        "pemeriksaan-gagal", PERINGATAN,
        "Pemeriksaan {pemeriksaan} tidak dapat diselesaikan karena kesalahan program ({galat}); temuan lain tetap "
        "dilaporkan. Mohon sampaikan kepada pengembang.",
        "Satu pemeriksaan gagal karena kesalahan program; temuan pemeriksaan lain tetap dilaporkan.")


KATALOG: tuple[Jenis, ...] = tuple(v for bagian in (Pembacaan, Audit) for v in vars(bagian).values() if isinstance(v, Jenis))
"""Every kind, the reader's first, in the order of the catalogue."""


def _indeks() -> dict[tuple[str, str], Jenis]:
    indeks: dict[tuple[str, str], Jenis] = {}
    for jenis in KATALOG:
        key = (jenis.sumber, jenis.kode)
        if key in indeks:
            raise ValueError(f"{jenis.nama} repeats the code {jenis.kode!r} of {indeks[key].nama}")
        indeks[key] = jenis
    return indeks


_INDEKS = _indeks()


def cari(sumber: str, kode: str) -> Jenis | None:
    """The kind with ``kode`` from ``sumber`` (``"pembacaan"`` or ``"audit"``), or None when none is declared."""
    return _INDEKS.get((sumber, kode))
