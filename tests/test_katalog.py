"""The catalogue of the report's tables and figures (report/katalog.py): which appear, in which order, numbered how."""

from __future__ import annotations

from builders import P, indikator, konsisten, operasional, realisasi, tabel
from conftest import EXAMPLE
from lkj_excel import rules
from lkj_excel.model import Sasaran
from lkj_excel.reader import read_workbook
from lkj_excel.report.katalog import Jenis, katalog


def _captions(m, **kw) -> list[str]:
    return [e.caption for e in katalog(m, rules.hitung(m), **kw)]


def test_the_example_is_numbered_as_the_reference_report():
    m, _ = read_workbook(EXAMPLE)
    assert _captions(m) == [
        "Gambar 1.1 Struktur Organisasi Dinas Sosial Kabupaten Bengkalis",
        "Tabel 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan",
        "Tabel 2.2 Tujuan, Sasaran, Indikator dan Target Kinerja",
        "Tabel 2.3 Perjanjian Kinerja Tahun 2023",
        "Tabel 2.4 Realisasi Anggaran per Program Tahun 2023",
        "Tabel 3.1 Pengukuran Kinerja Tahun 2023",
        "Tabel 3.2 Capaian Kinerja Sasaran 1",
        "Tabel 3.3 Penjelasan Capaian Sasaran 1",
        "Gambar 3.1 Target dan Realisasi Persentase PPKS Mandiri Tahun 2022–2023",
        "Tabel 3.4 Perjanjian Kinerja Eselon III",
        "Tabel 3.5 Jenis dan Jumlah PSKS Tersertifikasi",
        "Tabel 3.6 Jenis dan Jumlah Penerima Bantuan",
        "Tabel 3.7 Jenis Layanan dan Penerima Layanan Rehabilitasi Sosial",
        "Tabel 3.8 Jumlah Korban Bencana dan Jenis Layanan yang Diterima",
        "Tabel 3.9 Nilai dan Predikat Evaluasi AKIP Tahun 2021–2022",
        "Tabel 3.10 Capaian Kinerja Sasaran 2",
        "Gambar 3.2 Target dan Realisasi Predikat Akuntabilitas Kinerja Perangkat Daerah Tahun 2022–2023",
        "Tabel 3.11 Capaian Kinerja dan Anggaran Tahun 2023",
        "Tabel 3.12 Analisis Efisiensi Kinerja",
        "Tabel L.1 Target dan Realisasi Persentase PPKS Mandiri Periode Renstra 2021–2026",
        "Tabel L.2 Target dan Realisasi Predikat Akuntabilitas Kinerja Perangkat Daerah Periode Renstra 2021–2026",
        "Tabel L.3 Definisi Operasional Indikator Kinerja",
    ]


def test_tables_without_rows_are_left_out_and_numbers_close_up():
    m = konsisten()
    m.indikator_renstra, m.program, m.operasional, m.pendukung = [], [], [], []
    m.akip.komponen = []
    caps = _captions(m)
    assert [c for c in caps if c.startswith("Tabel 2.")] == ["Tabel 2.1 Perjanjian Kinerja Tahun 2024"]
    assert not any("Evaluasi AKIP" in c or "Eselon III" in c for c in caps)
    bab3 = [c for c in caps if c.startswith("Tabel 3.")]
    assert bab3[-2:] == ["Tabel 3.5 Capaian Kinerja dan Anggaran Tahun 2024", "Tabel 3.6 Analisis Efisiensi Kinerja"]
    assert not any(c.startswith("Gambar 1.") for c in caps), "no units, no organisation chart"
    assert _captions(m, ada_bagan=True)[0].startswith("Gambar 1.1 Struktur Organisasi")


def test_a_sasaran_is_named_by_its_position_not_its_code():
    m = konsisten()
    m.sasaran[0].kode, m.sasaran[1].kode = "S7", "S3"
    for i in m.sasaran[0].indikator:
        i.kode_sasaran = "S7"
    for p in m.program:
        p.kode_sasaran = {"S1": "S7", "S2": "S3"}[p.kode_sasaran]
    m.operasional, m.pendukung = [], []
    caps = _captions(m)
    assert "Tabel 3.2 Capaian Kinerja Sasaran 1" in caps
    assert any(c.endswith("Capaian Kinerja Sasaran 2") for c in caps)


def test_many_indicators_share_one_chart_few_get_one_each():
    m = konsisten()
    s1 = m.sasaran[0]
    assert [e.kode_indikator for e in katalog(m, rules.hitung(m)).semua(Jenis.GRAFIK_INDIKATOR, "S1")] == ["I1", "I2"]
    s1.indikator.append(indikator("I9", "S1", "Jumlah kelompok usaha", "kelompok", P, 10, 9))
    m.realisasi.append(realisasi("I9", 2024, 10, realisasi=12))
    k = katalog(m, rules.hitung(m))
    assert k.semua(Jenis.GRAFIK_INDIKATOR, "S1") == []
    (grafik,) = k.semua(Jenis.GRAFIK_SASARAN, "S1")
    assert grafik.caption == "Gambar 3.1 Capaian Indikator Meningkatnya kemandirian keluarga Tahun 2023–2024"


def test_a_chart_needs_something_to_draw():
    m = konsisten()
    m.sasaran.append(Sasaran("S3", "Sasaran baru", [indikator("I8", "S3", "Indeks baru", "indeks", P, None, 9)]))
    k = katalog(m, rules.hitung(m))
    assert k.cari(Jenis.GRAFIK_INDIKATOR, kode_indikator="I8") is None
    assert k.cari(Jenis.CAPAIAN_SASARAN, kode_sasaran="S3").judul == "Capaian Kinerja Sasaran 3"


def test_rows_of_no_known_sasaran_still_get_a_table():
    m = konsisten()
    m.operasional.append(operasional("Persentase arsip tertata", 90, 5, realisasi=95, sasaran="S9"))
    m.pendukung.append(tabel("Data_Lain", "Jumlah arsip", [("Jenis", False), ("2024", True)], [["Surat", 3]], sasaran=None))
    k = katalog(m, rules.hitung(m))
    ops = k.semua(Jenis.OPERASIONAL)
    assert [(e.judul, e.kode_sasaran, e.indeks) for e in ops] == [
        ("Perjanjian Kinerja Eselon III Sasaran 1", "S1", (0,)), ("Perjanjian Kinerja Eselon III Lainnya", None, (1,))]
    assert k.cari(Jenis.PENDUKUNG, indeks=1).kode_sasaran is None
    # they follow every sasaran and precede the budget tables
    order = [e.jenis for e in k.tabel]
    assert order.index(Jenis.OPERASIONAL) > order.index(Jenis.CAPAIAN_SASARAN)
    assert max(i for i, j in enumerate(order) if j in (Jenis.OPERASIONAL, Jenis.PENDUKUNG)) < order.index(Jenis.ANGGARAN_SASARAN)


def test_the_akip_table_sits_with_the_sasaran_of_the_akip_indicator_or_after_all():
    m = konsisten()
    k = katalog(m, rules.hitung(m))
    akip = k.cari(Jenis.AKIP, kode_sasaran="S2")
    assert akip is not None and akip.judul == "Nilai dan Predikat Evaluasi AKIP Tahun 2023"
    assert k.tabel.index(akip) + 1 == k.tabel.index(k.cari(Jenis.CAPAIAN_SASARAN, kode_sasaran="S2"))
    m.pengaturan.kode_indikator_akip = None
    k = katalog(m, rules.hitung(m))
    assert k.cari(Jenis.AKIP, kode_sasaran="S2") is None
    assert [e.jenis for e in k.tabel if e.bab == 3][-3:] == [Jenis.AKIP, Jenis.ANGGARAN_SASARAN, Jenis.EFISIENSI]


def test_the_akip_table_needs_a_score():
    m = konsisten()
    for komponen in m.akip.komponen:
        komponen.nilai = {}  # the template's components, never scored
    k = katalog(m, rules.hitung(m))
    assert k.semua(Jenis.AKIP) == []
    assert not any("Evaluasi AKIP" in e.caption for e in k)


def test_formula_explanation_per_sasaran_only_where_a_formula_is():
    m = konsisten()
    k = katalog(m, rules.hitung(m))
    assert [e.kode_sasaran for e in k.semua(Jenis.PENJELASAN_SASARAN)] == ["S1"]
    m.sasaran[0].indikator[0].formula = None
    m.sasaran[0].indikator[0].target_pembilang = None
    for r in m.realisasi:
        r.realisasi_pembilang = r.realisasi_penyebut = None
    assert katalog(m, rules.hitung(m)).semua(Jenis.PENJELASAN_SASARAN) == []


# --------------------------------------------------------------------------- both renderers follow the catalogue


def _word_captions(path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name.lower().startswith("caption")]


def _excel_titles(path) -> list[tuple[str, str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    titles = [(ws.title, next(ws.iter_rows(min_row=1, max_row=1, values_only=True))[0]) for ws in wb.worksheets]
    wb.close()
    return [t for t in titles if t[0].startswith("Tabel ")]


def test_word_and_excel_number_and_caption_every_table_as_the_catalogue(golden_outputs):
    """The example, the synthetic workbooks (seeds 0-9) and the budget with levels: Word's captions in order,
    and the sheets of the output workbook, are the catalogue's."""
    inputs = sorted((golden_outputs.parent / "masuk").glob("*.xlsx"))
    checked = 0
    for path in inputs:
        report = golden_outputs / f"{path.stem}_laporan.docx"
        if not report.exists():
            continue  # a broken workbook: its error report only
        m, _ = read_workbook(path)
        k = katalog(m, rules.hitung(m))
        assert _word_captions(report) == [e.caption for e in k], path.name
        assert _excel_titles(golden_outputs / f"{path.stem}_laporan.xlsx") == [(e.lembar, e.caption) for e in k.tabel], path.name
        checked += 1
    assert checked == 12
