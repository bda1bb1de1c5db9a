"""Small builders of domain models for the rules and audit tests.

``contoh()`` holds the figures of the bundled example (Dinas Sosial Kabupaten Bengkalis
2023, see shared/domain/EXAMPLE.md), with the agency's own inconsistencies.
``konsisten()`` is a small workbook whose every stated figure agrees (no audit finding).
Cells follow the standard workbook's layout (``lkj_excel.schema``): data from row 4,
columns in schema order, so that findings can be checked for the cells they name.
"""

from __future__ import annotations

from lkj_excel import schema
from lkj_excel.alamat import huruf_kolom
from lkj_excel.rules import faktor_pengali
from lkj_excel.model import (
    AngkaTertulis, EvaluasiAkip, Formula, Identitas, IndikatorKinerja, IndikatorOperasional,
    IndikatorRenstra, JumlahTertulis, KolomPendukung, KomponenAkip, LKjIP, Pengaturan, Polaritas,
    Program, Realisasi, Sasaran, TabelPendukung, TingkatAnggaran, TugasFungsi,
)

P, N, Q = Polaritas.POSITIF, Polaritas.NEGATIF, Polaritas.PREDIKAT


def _letter(n: int) -> str:
    """The letters of a one-based column."""
    return huruf_kolom(n - 1)


def cells(lembar: schema.Lembar, row: int, years: list[int] = ()) -> dict[str, str]:
    """The cell of every column of a table sheet in one row (year columns as ``key_year``, as the reader)."""
    keys: list[str] = []
    for k in lembar.kolom:
        keys.append(k.key)
        if k.key == lembar.setelah:
            keys += [f"{ky.key}_{y}" for ky in lembar.kolom_tahun for y in years]
    return {k: f"{lembar.nama}!{_letter(i + 1)}{row}" for i, k in enumerate(keys)}


def identitas(tahun: int = 2023, **kw) -> Identitas:
    """An agency identity (Dinas Sosial Bengkalis by default)."""
    base = dict(
        nama_instansi="Dinas Sosial", pemerintah_daerah="Kabupaten Bengkalis", provinsi="Riau", tahun=tahun,
        renstra_awal=2021, renstra_akhir=2026, kepala_nama="SUPARDI, S.Sos., MH", kepala_jabatan="Kepala Dinas Sosial",
        kepala_pangkat="Pembina Utama Muda (IV/c)", kepala_nip="19710808 199703 1 006", tempat_ttd="Bengkalis",
        tanggal_ttd="Januari 2024",
    )
    base.update(kw)
    return Identitas(**base)


def lkjip(**parts) -> LKjIP:
    """An LKjIP with empty parts except those given."""
    base = dict(
        berkas="uji.xlsx", identitas=identitas(), tugas_fungsi=TugasFungsi(), organisasi=[], renstra=[],
        indikator_renstra=[], sasaran=[], realisasi=[], program=[], jumlah_anggaran_tertulis=None,
        operasional=[], pendukung=[], akip=EvaluasiAkip(), narasi=[], angka_tertulis=[], pengaturan=Pengaturan(),
    )
    base.update(parts)
    return LKjIP(**base)


def indikator(kode, sasaran, nama, satuan, polaritas, target, row, **kw) -> IndikatorKinerja:
    """A PK indicator in row ``row`` of sheet PK."""
    return IndikatorKinerja(kode=kode, kode_sasaran=sasaran, nama=nama, satuan=satuan, polaritas=polaritas,
                            target=target, cells=cells(schema.PK, row), **kw)


def realisasi(kode, tahun, row, **kw) -> Realisasi:
    """One row of sheet Realisasi."""
    return Realisasi(kode_indikator=kode, tahun=tahun, cells=cells(schema.REALISASI, row), **kw)


def renstra(kode, nama, satuan, polaritas, awal, targets: dict, akhir, row, sasaran=None) -> IndikatorRenstra:
    """One Renstra indicator with its yearly targets."""
    return IndikatorRenstra(kode=kode, tujuan="Terwujudnya kesejahteraan sosial PPKS", sasaran=sasaran, nama=nama,
                            satuan=satuan, polaritas=polaritas, kondisi_awal=awal, target_tahunan=dict(targets),
                            target_akhir=akhir, cells=cells(schema.INDIKATOR_RENSTRA, row, sorted(targets)))


def program(nama, sasaran, anggaran, real, row) -> Program:
    """One budget program."""
    return Program(nama=nama, kode_sasaran=sasaran, anggaran=anggaran, realisasi=real, sumber_dana="APBD",
                   cells=cells(schema.ANGGARAN, row))


def operasional(nama, target, row, realisasi=None, pembilang=None, penyebut=None, lalu=None, tertulis=None,
                satuan="%", polaritas=P, sasaran="S1", satuan_pembilang=None, formula=None, **kw) -> IndikatorOperasional:
    """One operational indicator (Tabel 3.4) in row ``row`` of sheet Operasional.

    As the reader does, it has a formula (without labels, the factor of its unit) wherever it has
    counts or a unit for them; ``kw`` gives the other fields (kode, kode_renstra, target_pembilang,
    realisasi_lalu_pembilang ...).
    """
    bagian = (satuan_pembilang, pembilang, penyebut, kw.get("target_pembilang"), kw.get("target_penyebut"),
              kw.get("realisasi_lalu_pembilang"), kw.get("realisasi_lalu_penyebut"))
    if formula is None and any(v is not None for v in bagian):
        formula = Formula("", satuan_pembilang or "", "", satuan_pembilang or "", faktor_pengali(satuan))
    return IndikatorOperasional(
        kode=kw.pop("kode", None), kode_sasaran=sasaran, unit="Bidang", sasaran_operasional="Sasaran operasional",
        nama=nama, satuan=satuan, polaritas=polaritas, realisasi_lalu=lalu, target=target, realisasi=realisasi,
        realisasi_pembilang=pembilang, realisasi_penyebut=penyebut, formula=formula, capaian_tertulis=tertulis,
        cells=cells(schema.OPERASIONAL, row), **kw,
    )


def tabel(lembar, judul, kolom: list[tuple[str, bool]], baris: list[list], jumlah: dict | None = None,
          sasaran="S1") -> TabelPendukung:
    """A supporting table: headers in row 5, data from row 6, a typed total row below."""
    ks = [KolomPendukung(judul=j, numerik=num, huruf=_letter(i + 1)) for i, (j, num) in enumerate(kolom)]
    sel = [[f"{lembar}!{k.huruf}{6 + r}" for k in ks] for r in range(len(baris))]
    jt = None
    if jumlah is not None:
        total_row = 6 + len(baris)
        by_key = {k: next(c for c in ks if c.judul == k or c.huruf == k) for k in jumlah}
        jt = JumlahTertulis("Total", dict(jumlah), {k: f"{lembar}!{c.huruf}{total_row}" for k, c in by_key.items()})
    return TabelPendukung(lembar=lembar, judul=judul, kode_sasaran=sasaran, pengantar=None, kolom=ks,
                          baris=baris, sel=sel, jumlah_tertulis=jt)


def akip(komponen: list[tuple[str, float, dict]], jumlah: dict | None = None, predikat: dict | None = None) -> EvaluasiAkip:
    """The AKIP sheet: components (name, weight, {year: score}), typed totals and predikat."""
    years = sorted({y for _, _, v in komponen for y in v})
    ks = [KomponenAkip(nama, bobot, dict(v), cells(schema.AKIP, 4 + i, years)) for i, (nama, bobot, v) in enumerate(komponen)]
    total_row = 4 + len(ks)
    ev_cells = {f"jumlah_{y}": f"AKIP!{_letter(3 + j)}{total_row}" for j, y in enumerate(years)}
    ev_cells.update({f"predikat_{y}": f"AKIP!{_letter(3 + j)}{total_row + 1}" for j, y in enumerate(years)})
    return EvaluasiAkip(komponen=ks, jumlah_tertulis=dict(jumlah or {}), predikat_tertulis=dict(predikat or {}),
                        cells=ev_cells)


def angka_tertulis(kode, row, **kw) -> AngkaTertulis:
    """Figures per sasaran as the agency stated them."""
    return AngkaTertulis(kode_sasaran=kode, cells=cells(schema.ANGKA_TERTULIS, row), **kw)


# --------------------------------------------------------------------------- the example

PROGRAM_CONTOH = [
    ("Program Pemberdayaan Sosial", "S1", 5_287_178_900, 5_003_538_806),
    ("Program Rehabilitasi Sosial", "S1", 2_307_015_800, 1_985_793_260),
    ("Program Perlindungan dan Jaminan Sosial", "S1", 35_668_708_000, 34_294_215_517),
    ("Program Penanganan Bencana", "S1", 1_562_691_500, 1_379_365_300),
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "S2", 12_541_983_559, 11_709_130_372),
]


def contoh(**pengaturan) -> LKjIP:
    """The bundled example's figures (Dinas Sosial Kabupaten Bengkalis 2023)."""
    i1 = indikator(
        "I1", "S1", "Persentase PPKS Mandiri", "%", P, 3.25, 4,
        formula=Formula("Jumlah PPKS Mandiri", "KK", "Jumlah Fakir Miskin", "KK", 100.0),
        target_pembilang=521, target_penyebut=16_013, kode_renstra="R1",
    )
    i2 = indikator("I2", "S2", "Predikat Akuntabilitas Kinerja Perangkat Daerah", "predikat", Q, "BB", 5,
                   kode_renstra="R5")
    years = range(2021, 2027)
    rs = [
        renstra("R1", "Jumlah PPKS Mandiri", "KK", P, None, dict(zip(years, [150, 340, 390, 420, 460, 500])), 500, 4),
        renstra("R2", "Persentase PPKS yang menerima bantuan sosial untuk pemenuhan kebutuhan dasar", "%", P, 86,
                dict(zip(years, [86, 87, 88, 89, 90, 90])), 90, 5, "Meningkatnya jaminan sosial bagi PPKS"),
        renstra("R3", "Persentase PSKS yang tersertifikasi/akreditasi", "%", P, 54,
                dict(zip(years, [54, 56, 62, 68, 75, 75])), 75, 6,
                "Meningkatnya kualitas SDM pemberi layanan kesejahteraan sosial"),
        renstra("R4", "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial dasar", "%", P, None,
                dict(zip(years, [93, 94, 96, 97, 99, 100])), 100, 7, "Meningkatnya Pelayanan rehabilitasi sosial bagi PPKS"),
        renstra("R5", "Nilai akuntabilitas kinerja Perangkat Daerah", "predikat", Q, "B",
                dict(zip(years, ["B", "BB", "BB", "BB", "BB", "BB"])), "BB", 8,
                "Meningkatnya akuntabilitas kinerja Perangkat Daerah"),
        renstra("R6", "Persentase hasil pemeriksaan Inspektorat/BPK yang ditindak lanjuti", "%", P, None,
                dict(zip(years, [100] * 6)), 100, 9, "Meningkatnya akuntabilitas kinerja Perangkat Daerah"),
    ]
    real = [
        realisasi("I1", 2022, 4, target_pembilang=455, target_penyebut=16_875, realisasi_pembilang=455,
                  realisasi_penyebut=16_875, capaian_tertulis=100),
        realisasi("I1", 2023, 5, realisasi_pembilang=581, realisasi_penyebut=16_013, capaian_tertulis=112),
        realisasi("I2", 2022, 6, target="BB", realisasi="B"),
        realisasi("I2", 2023, 7, realisasi="BB"),
    ]
    progs = [program(n, s, a, r, 4 + i) for i, (n, s, a, r) in enumerate(PROGRAM_CONTOH)]
    jumlah = JumlahTertulis("Jumlah Anggaran Tahun 2023", {"anggaran": 57_367_577_759, "realisasi": 54_372_043_255},
                            {"anggaran": "Anggaran!E9", "realisasi": "Anggaran!F9"})
    def rumus(pembilang, penyebut, satuan):
        return Formula(pembilang, satuan, penyebut, satuan, 100.0)

    ops = [
        operasional("Persentase peningkatan PSKS yang tersertifikasi", 56, 4, pembilang=101, penyebut=154, lalu=54,
                    tertulis=117.12, satuan_pembilang="orang", kode_renstra="R3", target_pembilang=86, target_penyebut=154,
                    formula=rumus("Jumlah PSKS tersertifikasi", "Jumlah seluruh PSKS", "orang")),
        operasional("Persentase peningkatan PSKS kelembagaan terakreditasi", 71, 5, pembilang=10, penyebut=13,
                    lalu=76.92, tertulis=108, satuan_pembilang="lembaga", kode_renstra="R3", target_pembilang=9,
                    target_penyebut=13, formula=rumus("Jumlah lembaga kesejahteraan sosial terakreditasi",
                                                       "Jumlah lembaga kesejahteraan sosial", "lembaga")),
        operasional("Persentase PPKS yang memperoleh jaminan sosial", 88, 6, pembilang=170_727, penyebut=196_660,
                    lalu=81.83, tertulis=99, satuan_pembilang="jiwa", kode_renstra="R2",
                    formula=rumus("Jumlah penduduk DTKS yang memperoleh jaminan sosial", "Jumlah penduduk dalam DTKS", "jiwa")),
        operasional("Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial", 100, 7, pembilang=1185, penyebut=1185,
                    lalu=100, tertulis=100, satuan_pembilang="orang", kode_renstra="R4",
                    formula=rumus("Jumlah PPKS terlantar yang tertangani", "Jumlah PPKS terlantar", "orang")),
        operasional("Persentase korban bencana yang terpenuhi kebutuhan dasarnya pada saat tanggap darurat bencana", 100, 8,
                    pembilang=1763, penyebut=1763, lalu=100, tertulis=100, satuan_pembilang="jiwa",
                    formula=rumus("Jumlah korban bencana yang terpenuhi kebutuhan dasarnya",
                                  "Jumlah korban bencana pada saat tanggap darurat", "jiwa")),
    ]
    pendukung = [
        tabel("Data_PSKS", "Jenis dan Jumlah PSKS Tersertifikasi",
              [("Jenis PSKS", False), ("Jumlah PSKS (orang)", True), ("Tersertifikasi 2022 (orang)", True),
               ("Tersertifikasi 2023 (orang)", True)],
              [["Pendamping PKH", 74, 64, 64], ["Pendamping KUBE", 40, 0, 0], ["TKSK", 11, 7, 8],
               ["Tagana", 28, 13, 28], ["Peksos", 1, 1, 1]],
              {"Jumlah PSKS (orang)": 154, "Tersertifikasi 2022 (orang)": 127, "Tersertifikasi 2023 (orang)": 101}),
        tabel("Data_Bantuan", "Jenis dan Jumlah Penerima Bantuan",
              [("Jenis Bantuan", False), ("2022", True), ("2023", True), ("Satuan", False)],
              [["BPNT Otonom", 15553, 15633, "KPM"], ["BPNT Pusat", 24277, 20379, "KPM"],
               ["Sembako Anak", 946, 663, "Anak"], ["Sembako Lansia", 1196, 1222, "Orang"],
               ["Sembako Disabilitas", 67, 195, "Orang"], ["BLT DD", 13518, 6818, "KK"],
               ["PBI", None, 170727, "Jiwa"], ["PKH", 16875, 16013, "KPM"]]),
        tabel("Data_Rehabilitasi", "Jenis Layanan dan Penerima Layanan",
              [("Jenis PPKS", False), ("Jumlah (orang)", True)],
              [["Penyandang Disabilitas", 153], ["Anak", 164], ["Lanjut Usia", 229], ["Gelandangan/Pengemis", 11],
               ["PMKS Lainnya", 628]],
              {"Jumlah (orang)": 1185}),
        tabel("Data_Bencana", "Jumlah Korban Bencana dan Jenis Layanan yang Diterima",
              [("Jenis Layanan", False), ("2022", True), ("2023", True), ("Satuan", False)],
              [["Permakanan", 2790, 1763, "Jiwa"], ["Sandang", 429, 128, "Jiwa"], ["Tempat Pengungsian", 1, 1, "Shelter"],
               ["Permakanan Kelompok Rentan", 5, 1, "Jiwa"], ["Dukungan Psikososial", 97, 281, "KK/Jiwa"]]),
    ]
    ev = akip(
        [("Perencanaan Kinerja", 30, {2021: 22.20, 2022: 24.00}), ("Pengukuran Kinerja", 30, {2021: 24.00, 2022: 24.00}),
         ("Pelaporan Kinerja", 15, {2021: 9.90, 2022: 10.50}), ("Evaluasi Internal", 25, {2021: 14.25, 2022: 15.00})],
        jumlah={2021: 70.35, 2022: 73.50}, predikat={2021: "BB", 2022: "BB"},
    )
    tertulis = [
        angka_tertulis("S1", 4, capaian=94.05, anggaran=44_416_379_200, realisasi_anggaran=42_277_199_383,
                       penyerapan=95.18, efisiensi="Sangat Efisien"),
        angka_tertulis("S2", 5, capaian=100, anggaran=12_541_983_559, realisasi_anggaran=11_709_130_372,
                       penyerapan=93.36, efisiensi="Sangat Efisien"),
    ]
    return lkjip(
        berkas="contoh_lkjip_dinsos_bengkalis_2023.xlsx",
        indikator_renstra=rs,
        sasaran=[Sasaran("S1", "Meningkatnya PPKS Mandiri", [i1]),
                 Sasaran("S2", "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", [i2])],
        realisasi=real, program=progs, jumlah_anggaran_tertulis=jumlah, operasional=ops, pendukung=pendukung,
        akip=ev, angka_tertulis=tertulis, pengaturan=Pengaturan(**{"kode_indikator_akip": "I2", **pengaturan}),
    )


# --------------------------------------------------------------------------- a consistent workbook


def konsisten(**pengaturan) -> LKjIP:
    """A small workbook whose every stated figure agrees with the derived one (no finding).

    Report year 2024. S1: I1 positif formula (60/100 of target 50% -> 120%), I2 negatif
    (target 10, realisasi 9 -> 110%) -> capaian 115; S2: I3 predikat (A of BB -> 120%).
    Budget S1 1.000.000/900.000 (90%), S2 500.000/480.000 (96%). One operational indicator
    (Operasional row 4, linked to R4): target 80% = 40 of 50, realisasi 45 of 50 (90% -> 112,5%),
    2023 34 of 40 (85%).
    """
    i1 = indikator("I1", "S1", "Persentase keluarga mandiri", "%", P, 50, 4,
                   formula=Formula("Jumlah keluarga mandiri", "KK", "Jumlah keluarga", "KK", 100.0),
                   target_pembilang=50, target_penyebut=100, kode_renstra="R1", standar_nasional=55)
    i2 = indikator("I2", "S1", "Persentase penduduk miskin", "%", N, 10, 5, kode_renstra="R2")
    i3 = indikator("I3", "S2", "Predikat SAKIP", "predikat", Q, "BB", 6, kode_renstra="R3")
    rs = [
        renstra("R1", "Persentase keluarga mandiri", "%", P, 30, {2023: 40, 2024: 50, 2025: 60}, 60, 4),
        renstra("R2", "Persentase penduduk miskin", "%", N, 12, {2023: 11, 2024: 10, 2025: 8}, 8, 5),
        renstra("R3", "Predikat SAKIP", "predikat", Q, "B", {2023: "BB", 2024: "BB", 2025: "A"}, "A", 6),
        renstra("R4", "Persentase layanan tepat waktu", "%", P, 70, {2023: 75, 2024: 80, 2025: 85}, 85, 7),
    ]
    real = [
        realisasi("I1", 2023, 4, target=40, realisasi_pembilang=45, realisasi_penyebut=100, capaian_tertulis=112.5),
        realisasi("I1", 2024, 5, target=50, realisasi_pembilang=60, realisasi_penyebut=100, capaian_tertulis=120),
        realisasi("I2", 2023, 6, target=11, realisasi=11),
        realisasi("I2", 2024, 7, realisasi=9),
        realisasi("I3", 2023, 8, target="BB", realisasi="BB"),
        realisasi("I3", 2024, 9, realisasi="A"),
    ]
    progs = [program("Program A", "S1", 1_000_000, 900_000, 4), program("Program B", "S2", 500_000, 480_000, 5)]
    jumlah = JumlahTertulis("Jumlah", {"anggaran": 1_500_000, "realisasi": 1_380_000},
                            {"anggaran": "Anggaran!E6", "realisasi": "Anggaran!F6"})
    ops = [operasional("Persentase layanan tepat waktu", 80, 4, pembilang=45, penyebut=50, lalu=85, tertulis=112.5,
                       target_pembilang=40, target_penyebut=50, realisasi_lalu_pembilang=34, realisasi_lalu_penyebut=40,
                       kode_renstra="R4", satuan_pembilang="layanan",
                       formula=Formula("Jumlah layanan tepat waktu", "layanan", "Jumlah layanan", "layanan", 100.0))]
    pendukung = [tabel("Data_Layanan", "Jumlah layanan", [("Jenis", False), ("2023", True), ("2024", True)],
                       [["Konsultasi", 10, 12], ["Rujukan", 5, None]], {"B": 15, "C": 12})]
    ev = akip([("Perencanaan Kinerja", 30, {2023: 25}), ("Pengukuran Kinerja", 30, {2023: 24}),
               ("Pelaporan Kinerja", 15, {2023: 12}), ("Evaluasi Akuntabilitas Kinerja Internal", 25, {2023: 19})],
              jumlah={2023: 80}, predikat={2023: "BB"})
    tertulis = [
        angka_tertulis("S1", 4, capaian=115, anggaran=1_000_000, realisasi_anggaran=900_000, penyerapan=90,
                       efisiensi="Sangat Efisien"),
        angka_tertulis("S2", 5, capaian=120, anggaran=500_000, realisasi_anggaran=480_000, penyerapan=96,
                       efisiensi="Sangat Efisien"),
    ]
    return lkjip(
        identitas=identitas(2024),
        indikator_renstra=rs,
        sasaran=[Sasaran("S1", "Meningkatnya kemandirian keluarga", [i1, i2]), Sasaran("S2", "Meningkatnya akuntabilitas", [i3])],
        realisasi=real, program=progs, jumlah_anggaran_tertulis=jumlah, operasional=ops, pendukung=pendukung,
        akip=ev, angka_tertulis=tertulis, pengaturan=Pengaturan(**{"kode_indikator_akip": "I3", **pengaturan}),
    )


def tepi(**pengaturan) -> LKjIP:
    """Edge cases in one workbook (report year 2024): missing realisasi, T = 0 (positif and
    negatif), a range target, an unknown predikat, a missing weight and budget realisasi.

    S1: I1 positif 50% with no realisasi; I2 negatif target 0, realisasi 0 (-> 100);
    I4 positif target 0, realisasi 5 (-> undefined); I5 positif range 10..20, realisasi 25
    (-> 125). S2: I3 predikat target BB, realisasi "X" (not on the scale). Program B (S2)
    has no realisasi; S3 has no program and no indicator.
    """
    m = konsisten(**pengaturan)
    m.realisasi = [r for r in m.realisasi if not (r.kode_indikator == "I1" and r.tahun == 2024)]
    s1 = m.sasaran[0]
    s1.indikator[1].target = 0
    s1.indikator[1].bobot = 2
    s1.indikator += [
        indikator("I4", "S1", "Jumlah aduan tertangani", "aduan", P, 0, 7, bobot=1),
        indikator("I5", "S1", "Indeks kepuasan", "indeks", P, 10, 8, target_atas=20),
    ]
    m.realisasi = [r for r in m.realisasi if r.kode_indikator != "I2" or r.tahun != 2024] + [
        realisasi("I2", 2024, 10, realisasi=0),
        realisasi("I4", 2024, 11, realisasi=5),
        realisasi("I5", 2024, 12, realisasi=25),
    ]
    for r in m.realisasi:
        if r.kode_indikator == "I3" and r.tahun == 2024:
            r.realisasi = "X"
    m.program[1].realisasi = None
    m.sasaran.append(Sasaran("S3", "Sasaran tanpa program"))
    m.angka_tertulis = []
    m.jumlah_anggaran_tertulis = None
    return m


# --------------------------------------------------------------------------- a budget with levels


def baris_anggaran(nama, tingkat: str, kode, row, anggaran=None, real=None, sasaran=None, induk=None,
                   anggaran_tertulis=None, realisasi_tertulis=None) -> Program:
    """One budget line of sheet Anggaran in row ``row``: a program, kegiatan or sub kegiatan."""
    return Program(nama=nama, kode_sasaran=sasaran, anggaran=anggaran, realisasi=real, sumber_dana="APBD",
                   tingkat=TingkatAnggaran(tingkat), kode=kode, induk=induk, anggaran_tertulis=anggaran_tertulis,
                   realisasi_tertulis=realisasi_tertulis, cells=cells(schema.ANGGARAN, row))


def bertingkat(**pengaturan) -> LKjIP:
    """``konsisten()`` with its budget stated per program, kegiatan and sub kegiatan (rows 4-11), every
    stated figure still agreeing (no finding), the sasaran linked at kegiatan level and, for the second
    program, at program level:

    ====  =====================  ============  ==============  =========  ========
    row   line                   kode          anggaran        realisasi  sasaran
    ====  =====================  ============  ==============  =========  ========
    4     Program Layanan        1.06.02       (1.150.000)     (1.030.000)
    5       Kegiatan Satu        1.06.02.2.01  = 1.000.000     = 900.000  S1
    6         Sub Satu A         ...0001       600.000         540.000
    7         Sub Satu B         ...0002       400.000         360.000
    8       Kegiatan Dua         1.06.02.2.02  = 150.000       = 130.000  S2
    9         Sub Dua A          ...0001       150.000         130.000
    10    Program Penunjang      1.06.01       = 350.000       = 350.000  S2
    11        Sub Penunjang      ...2.01.0001  350.000         350.000
    ====  =====================  ============  ==============  =========  ========

    In brackets: the subtotal typed on the program row. S1 = 1.000.000 / 900.000 (90%),
    S2 = 150.000 + 350.000 = 500.000 / 480.000 (96%), the agency 1.500.000 / 1.380.000.
    """
    m = konsisten(**pengaturan)
    m.program = [
        baris_anggaran("Program Layanan", "program", "1.06.02", 4, anggaran_tertulis=1_150_000, realisasi_tertulis=1_030_000),
        baris_anggaran("Kegiatan Satu", "kegiatan", "1.06.02.2.01", 5, sasaran="S1", induk=0),
        baris_anggaran("Sub Satu A", "sub_kegiatan", "1.06.02.2.01.0001", 6, 600_000, 540_000, induk=1),
        baris_anggaran("Sub Satu B", "sub_kegiatan", "1.06.02.2.01.0002", 7, 400_000, 360_000, induk=1),
        baris_anggaran("Kegiatan Dua", "kegiatan", "1.06.02.2.02", 8, sasaran="S2", induk=0),
        baris_anggaran("Sub Dua A", "sub_kegiatan", "1.06.02.2.02.0001", 9, 150_000, 130_000, induk=4),
        baris_anggaran("Program Penunjang", "program", "1.06.01", 10, sasaran="S2"),
        baris_anggaran("Sub Penunjang", "sub_kegiatan", "1.06.01.2.01.0001", 11, 350_000, 350_000, induk=6),
    ]
    m.jumlah_anggaran_tertulis = JumlahTertulis("Jumlah", {"anggaran": 1_500_000, "realisasi": 1_380_000},
                                                {"anggaran": "Anggaran!E12", "realisasi": "Anggaran!F12"})
    return m
