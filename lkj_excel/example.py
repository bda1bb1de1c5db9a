"""The content of the bundled example: Dinas Sosial Kabupaten Bengkalis, 2023.

Figures are those of the agency's published LKjIP 2023; every sentence of the
narrative is written anew for this project. ``template.build`` writes these
rows through the same schema as the blank template, so the example is always
a faithful instance of the standard workbook.

Rows are dicts keyed by the schema's column keys; year columns use
``"<family>_<year>"`` keys (``"target_tahunan_2023"``).
"""

from __future__ import annotations

TAHUN = 2023

IDENTITAS = {
    "jenis_instansi": "perangkat_daerah",
    "nama_instansi": "Dinas Sosial",
    "pemerintah_daerah": "Kabupaten Bengkalis",
    "provinsi": "Riau",
    "tahun": 2023,
    "renstra_awal": 2021,
    "renstra_akhir": 2026,
    "sumber_anggaran": "APBD Kabupaten Bengkalis",
    "kepala_jabatan": "Kepala Dinas Sosial Kabupaten Bengkalis",
    "kepala_nama": "SUPARDI, S.Sos., MH",
    "kepala_pangkat": "Pembina Utama Muda (IV/c)",
    "kepala_nip": "19710808 199703 1 006",
    "tempat_ttd": "Bengkalis",
    "tanggal_ttd": "Januari 2024",
    "pemberi_amanah_jabatan": "Bupati Bengkalis",
    "nomor_lhe_akip": "700.1.2.1/117/ITDA",
    "judul_singkat": "LKjIP Dinas Sosial Kabupaten Bengkalis Tahun 2023",
}

_BIDANG = "perlindungan dan jaminan sosial, rehabilitasi sosial, pemberdayaan sosial serta penanganan fakir miskin"

TUGAS_FUNGSI = [
    {"jenis": "Tugas", "uraian": "Membantu Bupati menyelenggarakan urusan pemerintahan bidang sosial yang menjadi kewenangan daerah serta tugas pembantuan yang diberikan kepada daerah."},
    {"jenis": "Fungsi", "uraian": f"Merumuskan kebijakan daerah di bidang {_BIDANG};"},
    {"jenis": "Fungsi", "uraian": f"Melaksanakan kebijakan daerah di bidang {_BIDANG};"},
    {"jenis": "Fungsi", "uraian": f"Mengoordinasikan penyediaan sarana dan dukungan di bidang {_BIDANG};"},
    {"jenis": "Fungsi", "uraian": f"Meningkatkan mutu sumber daya manusia di bidang {_BIDANG};"},
    {"jenis": "Fungsi", "uraian": f"Memantau, mengawasi, mengevaluasi dan melaporkan penyelenggaraan urusan di bidang {_BIDANG};"},
    {"jenis": "Fungsi", "uraian": "Menyelenggarakan administrasi Dinas Sosial; dan"},
    {"jenis": "Fungsi", "uraian": "Menjalankan fungsi lain yang ditugaskan Bupati sesuai tugas dan fungsi dinas."},
]

ORGANISASI = [
    {"kode": "KADIS", "nama": "Kepala Dinas"},
    {"kode": "SEK", "nama": "Sekretariat", "induk": "KADIS"},
    {"kode": "UMPEG", "nama": "Subbagian Umum dan Kepegawaian", "induk": "SEK"},
    {"kode": "KEU", "nama": "Subbagian Keuangan dan Perlengkapan", "induk": "SEK"},
    {"kode": "LINJAMSOS", "nama": "Bidang Perlindungan dan Jaminan Sosial", "induk": "KADIS"},
    {"kode": "REHSOS", "nama": "Bidang Rehabilitasi Sosial", "induk": "KADIS"},
    {"kode": "DAYASOS", "nama": "Bidang Pemberdayaan Sosial", "induk": "KADIS"},
    {"kode": "PFM", "nama": "Bidang Penanganan Fakir Miskin", "induk": "KADIS"},
    {"kode": "JF", "nama": "Kelompok Jabatan Fungsional", "induk": "KADIS"},
    {"kode": "UPT", "nama": "Unit Pelaksana Teknis", "induk": "KADIS"},
]

_T1 = "Terwujudnya pelayanan sosial terhadap PPKS"
RENSTRA = [
    {"tujuan": _T1, "sasaran": "Meningkatnya jaminan sosial bagi PPKS", "strategi": "Peningkatan upaya pemenuhan kebutuhan dasar masyarakat miskin dan rentan",
     "arah_kebijakan": "Meningkatkan kualitas data terpadu kesejahteraan sosial"},
    {"arah_kebijakan": "Memberikan bantuan pemenuhan kebutuhan dasar bagi masyarakat miskin dan rentan berupa bantuan pangan non tunai otonom dan bantuan sembako"},
    {"arah_kebijakan": "Meningkatkan koordinasi dengan Kementerian Sosial dalam pemenuhan kebutuhan dasar PPKS melalui PKH dan BPNT"},
    {"arah_kebijakan": "Meningkatkan pendapatan masyarakat miskin melalui bantuan usaha ekonomi produktif"},
    {"strategi": "Peningkatan upaya pemenuhan kebutuhan dasar korban bencana",
     "arah_kebijakan": "Memberikan bantuan kebutuhan dasar bagi korban bencana berupa permakanan, sandang dan layanan psikososial"},
    {"sasaran": "Meningkatnya kualitas SDM pemberi layanan kesejahteraan sosial", "strategi": "Penguatan kapasitas PSKS",
     "arah_kebijakan": "Melaksanakan bimbingan teknis berbasis kompetensi untuk PSKS"},
    {"arah_kebijakan": "Meningkatkan peran aktif PSKS dalam penanganan permasalahan sosial"},
    {"sasaran": "Meningkatnya pelayanan rehabilitasi sosial bagi PPKS",
     "strategi": "Penguatan kapasitas SDM, sarana dan prasarana pelayanan rehabilitasi sosial dasar bagi PPKS terlantar",
     "arah_kebijakan": "Menyediakan permakanan, sandang dan alat bantu bagi penyandang disabilitas, anak, lanjut usia terlantar, gelandangan, pengemis dan PPKS lainnya"},
    {"arah_kebijakan": "Memberikan layanan reunifikasi keluarga, bimbingan fisik, mental, spiritual dan sosial, akses pendidikan dan kesehatan dasar serta rujukan bagi PPKS terlantar"},
    {"sasaran": "Meningkatnya akuntabilitas kinerja Perangkat Daerah",
     "strategi": "Peningkatan kualitas SDM aparatur serta perencanaan, pelaksanaan, pelaporan dan evaluasi kinerja",
     "arah_kebijakan": "Memberikan bimbingan teknis dan pendidikan kepada ASN"},
    {"arah_kebijakan": "Meningkatkan kualitas dokumen perencanaan dan pelaporan melalui evaluasi berkala"},
]

_YEARS = range(2021, 2027)


def _targets(values) -> dict:
    return {f"target_tahunan_{y}": v for y, v in zip(_YEARS, values)}


_T2 = "Terwujudnya kesejahteraan sosial PPKS"
INDIKATOR_RENSTRA = [
    {"kode": "R1", "tujuan": _T2, "nama": "Jumlah PPKS Mandiri", "satuan": "KK", "polaritas": "positif", "kondisi_awal": None,
     **_targets([150, 340, 390, 420, 460, 500]), "target_akhir": 500},
    {"kode": "R2", "sasaran": "Meningkatnya jaminan sosial bagi PPKS", "nama": "Persentase PPKS yang menerima bantuan sosial untuk pemenuhan kebutuhan dasar",
     "satuan": "%", "polaritas": "positif", "kondisi_awal": 86, **_targets([86, 87, 88, 89, 90, 90]), "target_akhir": 90},
    {"kode": "R3", "sasaran": "Meningkatnya kualitas SDM pemberi layanan kesejahteraan sosial", "nama": "Persentase PSKS yang tersertifikasi/akreditasi",
     "satuan": "%", "polaritas": "positif", "kondisi_awal": 54, **_targets([54, 56, 62, 68, 75, 75]), "target_akhir": 75},
    {"kode": "R4", "sasaran": "Meningkatnya pelayanan rehabilitasi sosial bagi PPKS", "nama": "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial dasar",
     "satuan": "%", "polaritas": "positif", "kondisi_awal": None, **_targets([93, 94, 96, 97, 99, 100]), "target_akhir": 100},
    {"kode": "R5", "sasaran": "Meningkatnya akuntabilitas kinerja Perangkat Daerah", "nama": "Nilai akuntabilitas kinerja Perangkat Daerah",
     "satuan": "predikat", "polaritas": "predikat", "kondisi_awal": "B", **_targets(["B", "BB", "BB", "BB", "BB", "BB"]), "target_akhir": "BB"},
    {"kode": "R6", "sasaran": "Meningkatnya akuntabilitas kinerja Perangkat Daerah", "nama": "Persentase hasil pemeriksaan Inspektorat/BPK yang ditindaklanjuti",
     "satuan": "%", "polaritas": "positif", "kondisi_awal": None, **_targets([100, 100, 100, 100, 100, 100]), "target_akhir": 100},
]

PK = [
    {"kode_sasaran": "S1", "sasaran": "Meningkatnya PPKS Mandiri", "kode": "I1", "nama": "Persentase PPKS Mandiri", "satuan": "%", "polaritas": "positif",
     "target": 3.25, "label_pembilang": "Jumlah PPKS Mandiri", "satuan_pembilang": "KK", "target_pembilang": 521,
     "label_penyebut": "Jumlah Fakir Miskin", "satuan_penyebut": "KK", "target_penyebut": 16013, "faktor": 100, "kode_renstra": "R1",
     "definisi_operasional": "Bagian keluarga fakir miskin terdaftar yang kondisi ekonominya telah membaik dan ditetapkan "
                             "sebagai PPKS Mandiri pada tahun berjalan.",
     "sumber_data": "Data PPKS hasil verifikasi pendamping sosial Dinas Sosial"},
    {"kode_sasaran": "S2", "sasaran": "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "kode": "I2", "nama": "Predikat Akuntabilitas Kinerja Perangkat Daerah",
     "satuan": "predikat", "polaritas": "predikat", "target": "BB", "kode_renstra": "R5",
     "definisi_operasional": "Predikat yang diberikan atas evaluasi akuntabilitas kinerja Dinas Sosial.",
     "cara_pengukuran": "Predikat pada laporan hasil evaluasi AKIP tahun terakhir",
     "sumber_data": "Laporan Hasil Evaluasi AKIP Inspektorat Kabupaten Bengkalis"},
]

ANGGARAN = [
    {"tingkat": "program", "nama": "Program Pemberdayaan Sosial", "kode_sasaran": "S1", "anggaran": 5287178900, "realisasi": 5003538806, "sumber_dana": "APBD"},
    {"tingkat": "program", "nama": "Program Rehabilitasi Sosial", "kode_sasaran": "S1", "anggaran": 2307015800, "realisasi": 1985793260, "sumber_dana": "APBD"},
    {"tingkat": "program", "nama": "Program Perlindungan dan Jaminan Sosial", "kode_sasaran": "S1", "anggaran": 35668708000, "realisasi": 34294215517, "sumber_dana": "APBD"},
    {"tingkat": "program", "nama": "Program Penanganan Bencana", "kode_sasaran": "S1", "anggaran": 1562691500, "realisasi": 1379365300, "sumber_dana": "APBD"},
    {"tingkat": "program", "nama": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "kode_sasaran": "S2", "anggaran": 12541983559, "realisasi": 11709130372, "sumber_dana": "APBD"},
]
ANGGARAN_JUMLAH = {"nama": "Jumlah Anggaran Tahun 2023", "anggaran": 57367577759, "realisasi": 54372043255}

REALISASI = [
    {"kode_indikator": "I1", "tahun": 2022, "target_pembilang": 455, "target_penyebut": 16875, "realisasi_pembilang": 455, "realisasi_penyebut": 16875, "capaian_tertulis": 100},
    {"kode_indikator": "I1", "tahun": 2023, "realisasi_pembilang": 581, "realisasi_penyebut": 16013},
    {"kode_indikator": "I2", "tahun": 2022, "target": "BB", "realisasi": "B"},
    {"kode_indikator": "I2", "tahun": 2023, "realisasi": "BB"},
]

_SO1 = "Meningkatnya layanan berkualitas oleh pelaku penyelenggara kesejahteraan sosial yang profesional"
# Tabel 3.4 of the report (Perjanjian Kinerja Eselon III) with the counts its explanation gives: 86 of 154 PSKS
# targeted and 101 certified; 9 institutions targeted and 10 of 13 accredited; 170.727 of the 196.660 people in the
# DTKS covered; all 1.185 neglected PPKS and all 1.763 disaster victims served. Linked to the Renstra indicator of
# the same subject (Tabel 2.2).
OPERASIONAL = [
    {"kode_sasaran": "S1", "unit": "Bidang Pemberdayaan Sosial", "eselon": "III", "sasaran_operasional": _SO1,
     "nama": "Persentase peningkatan PSKS yang tersertifikasi", "satuan": "%", "polaritas": "positif",
     "label_pembilang": "Jumlah PSKS tersertifikasi", "satuan_pembilang": "orang", "label_penyebut": "Jumlah seluruh PSKS",
     "satuan_penyebut": "orang", "kode_renstra": "R3", "realisasi_lalu": 54,
     "target": 56, "target_pembilang": 86, "target_penyebut": 154, "realisasi_pembilang": 101, "realisasi_penyebut": 154},
    {"nama": "Persentase peningkatan PSKS kelembagaan terakreditasi", "satuan": "%", "polaritas": "positif",
     "label_pembilang": "Jumlah lembaga kesejahteraan sosial terakreditasi", "satuan_pembilang": "lembaga",
     "label_penyebut": "Jumlah lembaga kesejahteraan sosial", "satuan_penyebut": "lembaga", "kode_renstra": "R3",
     "realisasi_lalu": 76.92, "target": 71, "target_pembilang": 9, "target_penyebut": 13,
     "realisasi_pembilang": 10, "realisasi_penyebut": 13},
    {"unit": "Bidang Perlindungan dan Jaminan Sosial", "sasaran_operasional": "Meningkatnya jaminan sosial",
     "nama": "Persentase PPKS yang memperoleh jaminan sosial", "satuan": "%", "polaritas": "positif",
     "label_pembilang": "Jumlah penduduk DTKS yang memperoleh jaminan sosial", "satuan_pembilang": "jiwa",
     "label_penyebut": "Jumlah penduduk dalam DTKS", "satuan_penyebut": "jiwa", "kode_renstra": "R2",
     "realisasi_lalu": 81.83, "target": 88, "realisasi_pembilang": 170727, "realisasi_penyebut": 196660},
    {"unit": "Bidang Rehabilitasi Sosial", "sasaran_operasional": "Meningkatnya pelayanan rehabilitasi sosial bagi PPKS",
     "nama": "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial", "satuan": "%", "polaritas": "positif",
     "label_pembilang": "Jumlah PPKS terlantar yang tertangani", "satuan_pembilang": "orang",
     "label_penyebut": "Jumlah PPKS terlantar", "satuan_penyebut": "orang", "kode_renstra": "R4",
     "realisasi_lalu": 100, "target": 100, "realisasi_pembilang": 1185, "realisasi_penyebut": 1185},
    {"unit": "Bidang Perlindungan dan Jaminan Sosial", "sasaran_operasional": "Terpenuhinya kebutuhan dasar korban bencana",
     "nama": "Persentase korban bencana yang terpenuhi kebutuhan dasarnya pada saat tanggap darurat bencana", "satuan": "%",
     "polaritas": "positif", "label_pembilang": "Jumlah korban bencana yang terpenuhi kebutuhan dasarnya",
     "satuan_pembilang": "jiwa", "label_penyebut": "Jumlah korban bencana pada saat tanggap darurat", "satuan_penyebut": "jiwa",
     "realisasi_lalu": 100, "target": 100, "realisasi_pembilang": 1763, "realisasi_penyebut": 1763},
]

# Supporting tables: (sheet name, fields, headers, rows, typed total row or None)
PENDUKUNG = [
    ("Data_PSKS",
     {"judul": "Jenis dan Jumlah PSKS Tersertifikasi", "kode_sasaran": "S1",
      "pengantar": "Sertifikasi pelaku kesejahteraan sosial per jenis PSKS (orang)."},
     ["Jenis PSKS", "Jumlah PSKS (orang)", "Tersertifikasi 2022 (orang)", "Tersertifikasi 2023 (orang)"],
     [["Pendamping PKH", 74, 64, 64], ["Pendamping KUBE", 40, 0, 0], ["TKSK", 11, 7, 8], ["Tagana", 28, 13, 28], ["Peksos", 1, 1, 1]],
     ["Total", 154, 127, 101]),
    ("Data_Bantuan",
     {"judul": "Jenis dan Jumlah Penerima Bantuan", "kode_sasaran": "S1",
      "pengantar": "Penerima bantuan pemenuhan kebutuhan dasar menurut jenis bantuan."},
     ["No", "Jenis Bantuan", "Penerima 2022", "Penerima 2023", "Satuan"],
     [[1, "BPNT Otonom", 15553, 15633, "KPM"], [2, "BPNT Pusat", 24277, 20379, "KPM"], [3, "Sembako Anak", 946, 663, "anak"],
      [4, "Sembako Lansia", 1196, 1222, "orang"], [5, "Sembako Disabilitas", 67, 195, "orang"], [6, "BLT Dana Desa", 13518, 6818, "KK"],
      [7, "PBI", "-", 170727, "jiwa"], [8, "PKH", 16875, 16013, "KPM"]],
     None),
    ("Data_Rehabilitasi",
     {"judul": "Jenis Layanan dan Penerima Layanan Rehabilitasi Sosial", "kode_sasaran": "S1",
      "pengantar": "PPKS terlantar yang ditangani menurut jenisnya."},
     ["No", "Jenis PPKS", "Jumlah (orang)"],
     [[1, "Penyandang Disabilitas", 153], [2, "Anak", 164], [3, "Lanjut Usia", 229], [4, "Gelandangan/Pengemis", 11], [5, "PMKS Lainnya", 628]],
     ["Total", None, 1185]),
    ("Data_Bencana",
     {"judul": "Jumlah Korban Bencana dan Jenis Layanan yang Diterima", "kode_sasaran": "S1",
      "pengantar": "Layanan kebutuhan dasar bagi korban bencana pada masa tanggap darurat."},
     ["No", "Jenis Layanan", "Capaian 2022", "Capaian 2023", "Satuan"],
     [[1, "Permakanan", 2790, 1763, "jiwa"], [2, "Sandang", 429, 128, "jiwa"], [3, "Tempat pengungsian", 1, 1, "shelter"],
      [4, "Permakanan kelompok rentan", 5, 1, "jiwa"], [5, "Dukungan psikososial", 97, 281, "KK/jiwa"]],
     None),
]

AKIP_TAHUN = (2021, 2022)
AKIP = [
    {"nama": "Perencanaan Kinerja", "bobot": 30, "nilai_2021": 22.20, "nilai_2022": 24.00},
    {"nama": "Pengukuran Kinerja", "bobot": 30, "nilai_2021": 24.00, "nilai_2022": 24.00},
    {"nama": "Pelaporan Kinerja", "bobot": 15, "nilai_2021": 9.90, "nilai_2022": 10.50},
    {"nama": "Evaluasi Akuntabilitas Kinerja Internal", "bobot": 25, "nilai_2021": 14.25, "nilai_2022": 15.00},
]
AKIP_JUMLAH = {"nama": "Jumlah Nilai", "nilai_2021": 70.35, "nilai_2022": 73.50}
AKIP_PREDIKAT = {"nama": "Predikat", "nilai_2021": "BB", "nilai_2022": "BB"}

ANGKA_TERTULIS = [
    {"kode_sasaran": "S1", "capaian": 94.05, "anggaran": 44416379200, "realisasi_anggaran": 42277199383, "penyerapan": 95.18, "efisiensi": "Sangat Efisien"},
    {"kode_sasaran": "S2", "capaian": 100, "anggaran": 12541983559, "realisasi_anggaran": 11709130372, "penyerapan": 93.36, "efisiensi": "Sangat Efisien"},
]

NARASI = [
    {"bagian": "Kata Pengantar", "teks": "Laporan Kinerja Instansi Pemerintah ini kami susun untuk memenuhi kewajiban akuntabilitas sebagaimana diatur dalam Peraturan Pemerintah Nomor 8 Tahun 2006, Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014. Di dalamnya Dinas Sosial mempertanggungjawabkan hasil yang dicapai maupun yang belum tercapai atas sasaran dalam Perjanjian Kinerja Tahun 2023."},
    {"bagian": "Kata Pengantar", "teks": "Laporan ini memuat pengukuran dan analisis capaian kinerja beserta penggunaan anggaran. Kami menyadari masih terdapat kekurangan, dan berharap laporan ini menjadi bahan perbaikan berkelanjutan agar kinerja Dinas Sosial makin efektif dan efisien dalam mendukung Pemerintah Kabupaten Bengkalis."},
    {"bagian": "Latar Belakang", "teks": "Setiap instansi pemerintah wajib melaporkan kinerjanya secara berkala sebagai bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah. Laporan kinerja disusun pada akhir tahun anggaran untuk mengukur sejauh mana target dalam Perjanjian Kinerja tercapai, dengan membandingkan target dan realisasi setiap indikator."},
    {"bagian": "Latar Belakang", "teks": "Sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014, laporan kinerja perangkat daerah disampaikan kepada kepala daerah sebagai pertanggungjawaban atas pencapaian tujuan dan sasaran strategis."},
    {"bagian": "Maksud dan Tujuan", "teks": "Laporan ini dimaksudkan sebagai bahan evaluasi dan pertanggungjawaban kinerja Dinas Sosial dalam melaksanakan program dan kegiatan Tahun 2023."},
    {"bagian": "Maksud dan Tujuan", "teks": "Tujuannya adalah, pertama, menyampaikan pertanggungjawaban kinerja kepada para pemangku kepentingan; kedua, menjadi sarana evaluasi capaian kinerja sebagai dasar perbaikan pada tahun-tahun berikutnya."},
    {"bagian": "Struktur Organisasi", "teks": "Susunan organisasi Dinas Sosial ditetapkan dengan Peraturan Bupati Bengkalis Nomor 113 Tahun 2021 dan terdiri atas kepala dinas, sekretariat dengan dua subbagian, empat bidang, kelompok jabatan fungsional serta unit pelaksana teknis."},
    {"bagian": "Perencanaan Kinerja", "teks": "Perencanaan kinerja Dinas Sosial berpedoman pada Rencana Strategis 2021–2026 yang menjabarkan RPJMD Kabupaten Bengkalis ke dalam tujuan, sasaran, strategi dan arah kebijakan di bidang sosial, dan setiap tahun dituangkan dalam Perjanjian Kinerja."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S1", "teks": "Pendamping sosial melakukan pendekatan pribadi kepada keluarga penerima manfaat yang ekonominya sudah membaik sehingga bersedia ditetapkan sebagai PPKS Mandiri."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S1", "teks": "Bantuan usaha ekonomi produktif (KUBE) dan bantuan lainnya meningkatkan kemampuan ekonomi keluarga penerima."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S1", "teks": "Keluarga penerima makin menyadari bahwa kondisi ekonominya telah lebih baik dibandingkan lingkungan sekitarnya."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S1", "teks": "Data PPKS makin akurat karena pendamping memverifikasi kondisi keluarga secara rutin."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S1", "teks": "Pertemuan peningkatan kemampuan keluarga (P2K2) menitikberatkan pada cara memulai dan mengelola usaha serta keuangan keluarga."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S1", "teks": "Sebagian anggota keluarga penerima memperoleh pekerjaan dengan upah setara atau di atas upah minimum."},
    {"bagian": "Upaya Perbaikan", "kode_sasaran": "S1", "teks": "Melanjutkan verifikasi dan pemutakhiran data PPKS secara berkala bersama pendamping."},
    {"bagian": "Faktor Keberhasilan", "kode_sasaran": "S2", "teks": "Evaluasi AKIP oleh Inspektorat memberikan predikat BB sesuai target, didukung perbaikan dokumen perencanaan dan pelaporan."},
    {"bagian": "Upaya Perbaikan", "kode_sasaran": "S2", "teks": "Menindaklanjuti rekomendasi hasil evaluasi AKIP, terutama pada komponen pelaporan dan evaluasi internal."},
    {"bagian": "Kesimpulan", "teks": "Seluruh sasaran Perjanjian Kinerja Tahun 2023 tercapai. Keberhasilan ini terutama ditopang oleh komitmen pimpinan dan seluruh jajaran Dinas Sosial."},
    {"bagian": "Langkah Selanjutnya", "teks": "Meningkatkan kapasitas dan kualitas sumber daya aparatur."},
    {"bagian": "Langkah Selanjutnya", "teks": "Merevisi Rencana Strategis."},
    {"bagian": "Langkah Selanjutnya", "teks": "Tetap menganggarkan kegiatan pendukung target dengan koordinasi lintas sektor."},
    {"bagian": "Langkah Selanjutnya", "teks": "Meningkatkan kualitas mitra Dinas Sosial."},
    {"bagian": "Langkah Selanjutnya", "teks": "Berkoordinasi dan berkonsultasi dengan Dinas Sosial Provinsi Riau dan Kementerian Sosial."},
    {"bagian": "Langkah Selanjutnya", "teks": "Meningkatkan kualitas pendataan PPKS dan PSKS agar kebijakan tepat sasaran."},
]

PENGATURAN = {"kode_indikator_akip": "I2"}
