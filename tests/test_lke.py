"""The self-assessment against the LKE criteria (lkj_excel/lke.py) and its sheet in the output workbook.

The example lists every criterion, with the report's numbers as evidence; a fully filled copy of the
example (reviewer, benchmarks, indicator definitions) meets every criterion the document can show;
removing the data behind one criterion flips exactly that one to "belum", naming the sheet and column.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

import triwulan_contoh
from conftest import EXAMPLE
from isi import isi_template
from lkj_excel.lke import BELUM, KODE_KRITERIA, KRITERIA, LUAR_DOKUMEN, TERPENUHI, Isian, nilai_mandiri
from lkj_excel.reader import read_workbook
from lkj_excel.report.katalog import katalog
from lkj_excel.rules import hitung

LENGKAP = {
    "Identitas": {"Jabatan Pereviu (APIP)": "Inspektur Kabupaten Bengkalis", "Nama Pereviu": "H. ZULKIFLI, S.E., M.Si.",
                  "Pangkat/Golongan Pereviu": "Pembina Utama Muda (IV/c)", "NIP Pereviu": "19700101 199503 1 002",
                  "Tanggal Reviu": "Februari 2024"},
    "PK": [{"Definisi Operasional": "Keluarga penerima manfaat yang keluar dari kepesertaan karena ekonominya membaik, "
                                    "dibandingkan dengan jumlah keluarga fakir miskin terdaftar.",
            "Sumber Data": "Data Terpadu Kesejahteraan Sosial (DTKS)", "Frekuensi Pengukuran": "Triwulanan"},
           {"Definisi Operasional": "Predikat hasil evaluasi AKIP Dinas Sosial oleh Inspektorat.",
            "Formula / Cara Pengukuran": "Predikat pada laporan hasil evaluasi AKIP", "Sumber Data": "LHE AKIP Inspektorat",
            "Frekuensi Pengukuran": "Tahunan"}],
    "Pembanding": [{"Kode Indikator": "I1", "Pembanding": "Kabupaten Siak", "Tahun": 2023, "Nilai": 3.1,
                    "Sumber": "LKjIP Dinas Sosial Kabupaten Siak 2023"},
                   {"Kode Indikator": "I2", "Pembanding": "Rata-rata perangkat daerah Kabupaten Bengkalis", "Tahun": 2023,
                    "Nilai": "BB", "Sumber": "LHE AKIP Inspektorat Kabupaten Bengkalis 2023"}],
}


def _nilai(m):
    h = hitung(m)
    return nilai_mandiri(m, h, katalog(m, h))


@pytest.fixture(scope="module")
def contoh():
    m, temuan = read_workbook(EXAMPLE)
    assert m is not None, [t.teks() for t in temuan.errors]
    return m


@pytest.fixture(scope="module")
def lengkap(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lke")
    dengan_triwulan = triwulan_contoh.tulis(folder / "triwulan.xlsx")  # the quarters: evidence of 2.b.4
    path = isi_template(dengan_triwulan, folder / "lengkap.xlsx", LENGKAP)
    m, temuan = read_workbook(path)
    assert m is not None, [t.teks() for t in temuan.errors]
    return m


def test_every_criterion_has_a_unique_code_and_the_pelaporan_weights_make_15_points():
    assert len(KODE_KRITERIA) == len(KRITERIA)
    pelaporan = [k for k in KRITERIA if k.komponen == "Pelaporan Kinerja"]
    assert sum(k.bobot for k in pelaporan) == pytest.approx(15)  # 3 + 4,5 + 7,5 (PermenPAN-RB 88/2021)
    assert sum(k.bobot for k in pelaporan if k.kode.startswith("3.b")) == pytest.approx(4.5)


def test_the_example_lists_each_criterion_with_the_reports_numbers_as_evidence(contoh):
    p = _nilai(contoh)
    assert [h.kode for h in p.hasil] == [k.kode for k in KRITERIA]
    status = {h.kode: h.status for h in p.hasil}
    # the example has no reviewer, no benchmark and no quarters; everything else the document can show, it shows
    assert {k for k, s in status.items() if s == BELUM} == {"3.a.4", "3.b.6", "2.b.4"}
    assert {k for k, s in status.items() if s == LUAR_DOKUMEN} == {"3.a.1", "3.a.2", "3.a.5", "3.a.6", "3.c"}
    bukti = {h.kode: h.bukti for h in p.hasil}
    assert bukti["3.b.2"] == ["Tabel 3.1"]
    assert bukti["3.b.5"][:2] == ["Tabel 3.2", "Tabel 3.10"] and "Gambar 3.1" in bukti["3.b.5"]
    assert bukti["3.b.8"] == ["Tabel 3.11", "Tabel 3.12", "Subbab 3.4 Analisis Efisiensi"]
    assert bukti["2.a.2"] == ["Tabel L.3"]  # after the multi-year tables L.1 and L.2 of the two indicators
    assert "Tabel L.1" in bukti["3.b.5"] and "Tabel L.2" in bukti["3.b.5"]
    for h in p.hasil:
        assert (h.status == TERPENUHI) == bool(h.bukti), h.kode
        assert (h.status == BELUM) == bool(h.isian), h.kode
    assert p.by_kode("3.a.4").isian == [Isian("Identitas", "Jabatan Pereviu (APIP)"), Isian("Identitas", "Nama Pereviu")]
    assert p.by_kode("3.a.4").isian[0].teks() == "Identitas, isian Jabatan Pereviu (APIP)"
    # 3.a.3 and 3.b.1-3.b.5, 3.b.7-3.b.9 met: 9 x 0,5 of the 11 document-side criteria of Pelaporan (5,5 points)
    assert p.poin() == pytest.approx(4.5)
    assert p.maksimum(di_dokumen=True) == pytest.approx(5.5)
    assert p.maksimum() == pytest.approx(15)
    assert p.by_kode("3.c").poin is None and p.by_kode("3.b.6").poin == 0


def test_a_fully_filled_workbook_meets_every_document_side_criterion(lengkap):
    p = _nilai(lengkap)
    for h in p.hasil:
        assert h.status == (TERPENUHI if h.kriteria.di_dokumen else LUAR_DOKUMEN), (h.kode, h.isian)
    assert p.poin() == pytest.approx(5.5)
    assert p.by_kode("2.a.2").bukti == ["Tabel L.3"]
    assert p.by_kode("3.a.4").bukti == ["halaman Pernyataan Telah Direviu"]
    berkala = p.by_kode("2.b.4")
    assert berkala.bukti[-1] == "lembar Triwulan" and all(b.startswith("Tabel 3.") for b in berkala.bukti[:-1])
    assert len(berkala.bukti) == 3  # one quarterly table per sasaran
    assert berkala.catatan == ("Capaian 2 indikator diukur secara berkala setiap triwulan terhadap target Rencana Aksi "
                               "(triwulan I sampai dengan IV), sebagaimana tercatat pada lembar Triwulan.")
    assert p.by_kode("3.b.6").bukti == ["Tabel 3.4", "Tabel 3.13"]  # S2's after S1's quarters and S2's AKIP table


def _tanpa_pembanding(m):
    m.pembanding = []


def _tanpa_tahun_lalu(m):
    m.realisasi = [r for r in m.realisasi if r.tahun == m.identitas.tahun]


def _tanpa_pereviu(m):
    m.identitas = replace(m.identitas, pereviu_nama=None)


def _tanpa_definisi(m):
    for s in m.sasaran:
        s.indikator = [replace(i, sumber_data=None) for i in s.indikator]


def _tanpa_tanggal(m):
    m.identitas = replace(m.identitas, tanggal_ttd=None)


def _tanpa_renstra(m):
    for s in m.sasaran:
        s.indikator = [replace(i, kode_renstra=None) for i in s.indikator]


def _tanpa_upaya(m):
    m.narasi = [n for n in m.narasi if not (n.bagian == "Upaya Perbaikan" and n.kode_sasaran == "S2")]


def _tanpa_langkah(m):
    m.narasi = [n for n in m.narasi if n.bagian != "Langkah Selanjutnya"]


def _tanpa_triwulan(m):
    m.triwulan = []


@pytest.mark.parametrize("hapus, kode, isian", [
    (_tanpa_tanggal, "3.a.3", Isian("Identitas", "Tanggal Penandatanganan")),
    (_tanpa_renstra, "3.b.4", Isian("PK", "Kode Indikator Renstra", "indikator I1, I2")),
    (_tanpa_upaya, "3.b.7", Isian("Narasi", "Bagian Upaya Perbaikan", "Kode Sasaran S2")),
    (_tanpa_langkah, "3.b.9", Isian("Narasi", "Bagian Langkah Selanjutnya")),
    (_tanpa_pembanding, "3.b.6", Isian("Pembanding", "Kode Indikator, Pembanding, Tahun, Nilai, Sumber", "indikator I1, I2")),
    (_tanpa_tahun_lalu, "3.b.5", Isian("Realisasi", "Tahun dan Realisasi (baris tahun 2022 dan sebelumnya)", "indikator I1, I2")),
    (_tanpa_pereviu, "3.a.4", Isian("Identitas", "Nama Pereviu")),
    (_tanpa_definisi, "2.a.2", Isian("PK", "Sumber Data", "indikator I1, I2")),
    (_tanpa_triwulan, "2.b.4", Isian("Triwulan", "Kode Indikator, Target TW I–IV, Realisasi TW I–IV")),
], ids=["tanggal", "renstra", "upaya", "langkah", "pembanding", "tahun-lalu", "pereviu", "definisi", "triwulan"])
def test_removing_the_data_behind_a_criterion_flips_exactly_that_one(lengkap, hapus, kode, isian):
    m = copy.deepcopy(lengkap)
    hapus(m)
    p = _nilai(m)
    assert [h.kode for h in p.belum] == [kode]
    assert p.by_kode(kode).isian == [isian]
    assert p.by_kode(kode).bukti == []


def test_an_unmet_indicator_without_a_recommendation_flags_3b9(lengkap):
    m = copy.deepcopy(lengkap)
    ind = m.sasaran[1].indikator[0]
    m.sasaran[1].indikator[0] = replace(ind, target="A")  # realisasi BB against A: 83,33%, not met
    p = _nilai(m)
    assert p.by_kode("3.b.9").isian == [
        Isian("Narasi", "Bagian Rekomendasi", "Kode Sasaran S2, indikator I2 yang belum tercapai")]
    # 3.b.7 asks for the obstacles of the sasaran that was not met too
    assert Isian("Narasi", "Bagian Faktor Penghambat", "Kode Sasaran S2") in p.by_kode("3.b.7").isian


def test_the_regions_rubric_overrides_a_weight_and_an_unknown_code_is_named_with_its_cell(tmp_path):
    path = isi_template(EXAMPLE, tmp_path / "rubrik.xlsx", {"RubrikLKE": [
        {"Kode Kriteria": "3.b.3", "Bobot": 1}, {"Kode Kriteria": "2.a.2", "Bobot": 1.2}, {"Kode Kriteria": "9.z", "Bobot": 1}]})
    m, temuan = read_workbook(path)
    assert m is not None
    (t,) = [t for t in temuan if t.kode == "kriteria-lke-tidak-dikenal"]
    assert t.sel == ("RubrikLKE!A6",) and "'9.Z'" in t.pesan and t.tingkat.value == "peringatan"
    p = _nilai(m)
    assert p.by_kode("3.b.3").bobot == 1 and p.by_kode("3.b.3").sel_bobot == "RubrikLKE!B4"
    assert p.poin() == pytest.approx(5.0)  # 4,5 with 3.b.3 worth 1 instead of 0,5
    assert p.by_kode("2.a.2").poin == 1.2  # weighted now (Pengukuran Kinerja), and met by the example
    assert p.poin("Pengukuran Kinerja") == pytest.approx(1.2)


def test_a_benchmark_of_an_unknown_indicator_is_named_with_its_cell(tmp_path):
    path = isi_template(EXAMPLE, tmp_path / "pembanding.xlsx", {"Pembanding": [
        {"Kode Indikator": "I9", "Pembanding": "Nasional", "Nilai": 3, "Sumber": "BPS"},
        {"Kode Indikator": "I1", "Pembanding": "Nasional", "Nilai": 3, "Sumber": "BPS"}]})
    m, temuan = read_workbook(path)
    assert m is None  # like every code that refers to another sheet
    (t,) = [t for t in temuan if t.kode == "kode-tidak-dikenal"]
    assert t.sel == ("Pembanding!A4",) and "Kode Indikator 'I9' pada lembar Pembanding" in t.pesan


def test_a_benchmark_without_a_year_is_of_the_report_year(tmp_path):
    path = isi_template(EXAMPLE, tmp_path / "pembanding.xlsx", {"Pembanding": [
        {"Kode Indikator": "I1", "Pembanding": "Nasional", "Nilai": "3,4", "Sumber": "BPS"}]})
    m, _ = read_workbook(path)
    (b,) = m.pembanding
    assert (b.kode_indikator, b.tahun, b.nilai, b.sumber, b.cells["nilai"]) == ("I1", 2023, 3.4, "BPS", "Pembanding!D4")


def test_the_summary_lines_name_what_to_fill(contoh):
    lines = _nilai(contoh).ringkasan()
    assert lines[0].startswith("Penilaian mandiri LKE: 11 dari 14 kriteria")
    assert "perkiraan nilai Pelaporan Kinerja 4,5 dari 5,5" in lines[0]
    assert lines[1] == ("[LKE 3.a.4 belum] Laporan kinerja telah direviu APIP (Pernyataan Telah Direviu). Lengkapi: "
                        "Identitas, isian Jabatan Pereviu (APIP); Identitas, isian Nama Pereviu.")
    assert lines[3].startswith("[LKE 2.b.4 belum] Pengukuran kinerja dilakukan secara berkala. Lengkapi: Triwulan, kolom ")
    assert len(lines) == 4


def test_the_output_workbook_has_the_sheet_with_formulas_and_their_values(tmp_path, contoh):
    from openpyxl import load_workbook

    from lkj_excel.report.xlsx import render_workbook

    h = hitung(contoh)
    path = tmp_path / "laporan.xlsx"
    render_workbook(contoh, h, [], path)
    ws = load_workbook(path)["Penilaian Mandiri"]
    cached = load_workbook(path, data_only=True)["Penilaian Mandiri"]
    rows = {ws.cell(r, 2).value: r for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value}
    r = rows["3.b.6"]
    assert ws.cell(r, 5).value == "Belum" and ws.cell(r, 8).value.startswith("=")
    assert "Pembanding, kolom Kode Indikator" in ws.cell(r, 10).value
    assert cached.cell(rows["3.b.5"], 8).value == 0.5 and cached.cell(r, 8).value == 0
    total = ws.max_row
    assert ws.cell(total, 8).value.startswith("=SUM(") and cached.cell(total, 8).value == 4.5
    assert ws.cell(rows["3.c"], 5).value == "Di luar dokumen" and ws.cell(rows["3.c"], 8).value == "-"


def test_the_benchmarks_are_compared_by_the_rules(lengkap):
    h = hitung(lengkap)
    siak, rata = h.pembanding
    assert siak.persen == pytest.approx(581 / 16013 * 100 / 3.1 * 100)  # 3,6283% of 3,10%: 117,04%
    assert siak.selisih == pytest.approx(581 / 16013 * 100 - 3.1) and siak.lebih_baik is True
    assert rata.persen == 100 and rata.selisih is None and rata.lebih_baik is None  # BB against BB


def _teks_docx(path):
    import docx

    d = docx.Document(str(path))
    paragraphs = [p.text for p in d.paragraphs]
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return paragraphs, cells


def test_the_word_report_of_a_full_workbook_has_the_review_page_the_benchmarks_and_the_definitions(tmp_path, lengkap):
    from lkj_excel.report.docx import render_report

    path = tmp_path / "lengkap.docx"
    render_report(lengkap, hitung(lengkap), [], path, update_indexes=False)
    paragraphs, cells = _teks_docx(path)
    i = paragraphs.index("PERNYATAAN TELAH DIREVIU")
    assert paragraphs.index("KATA PENGANTAR") < i < paragraphs.index("RINGKASAN EKSEKUTIF")
    reviu = paragraphs[i:paragraphs.index("RINGKASAN EKSEKUTIF")]
    assert any(p.startswith("Kami telah mereviu Laporan Kinerja Instansi Pemerintah Dinas Sosial Kabupaten Bengkalis "
                            "Tahun 2023") for p in reviu)
    for line in ("Bengkalis, Februari 2024", "INSPEKTUR", "H. ZULKIFLI, S.E., M.Si.", "NIP. 19700101 199503 1 002"):
        assert any(line in p for p in reviu), line
    assert ("Dibandingkan dengan Kabupaten Siak pada tahun 2023 sebesar 3,10% (sumber: LKjIP Dinas Sosial Kabupaten "
            "Siak 2023), realisasi indikator Persentase PPKS Mandiri tahun 2023 sebesar 3,63% lebih tinggi 0,53 poin "
            "persen atau 117,04% dari angka pembanding tersebut, sehingga kinerjanya lebih baik.") in paragraphs
    assert any("setara dengan predikat pembanding tersebut" in p for p in paragraphs)
    assert "Tabel 3.4 Perbandingan Capaian Sasaran 1 dengan Pembanding" in paragraphs
    assert "Tabel L.3 Definisi Operasional Indikator Kinerja" in paragraphs
    assert "Jumlah PPKS Mandiri ÷ Jumlah Fakir Miskin × 100" in cells  # the formula of a formula indicator
    assert "Data Terpadu Kesejahteraan Sosial (DTKS)" in cells and "Triwulanan" in cells


def test_an_unmet_indicator_gets_the_agencys_recommendation_or_a_placeholder(tmp_path, lengkap):
    from lkj_excel.model import Narasi
    from lkj_excel.report.docx import render_report

    m = copy.deepcopy(lengkap)
    m.sasaran[1].indikator[0] = replace(m.sasaran[1].indikator[0], target="A")  # BB of A: 83,33%
    path = tmp_path / "belum.docx"
    render_report(m, hitung(m), [], path, update_indexes=False)
    paragraphs, _ = _teks_docx(path)
    assert ("[Rekomendasi perbaikan untuk indikator Predikat Akuntabilitas Kinerja Perangkat Daerah (capaian 83,33%) "
            "belum diisi. Lengkapi lembar Narasi, Bagian Rekomendasi, dengan Kode Sasaran S2.]") in paragraphs
    m.narasi.append(Narasi("Rekomendasi", "Menyusun rencana aksi tindak lanjut rekomendasi LHE AKIP per komponen.", "S2"))
    render_report(m, hitung(m), [], path, update_indexes=False)
    paragraphs, _ = _teks_docx(path)
    assert not any(p.startswith("[Rekomendasi") for p in paragraphs)
    i = paragraphs.index("Rekomendasi perbaikan untuk indikator yang belum mencapai target, yaitu Predikat Akuntabilitas "
                         "Kinerja Perangkat Daerah (capaian 83,33%), adalah:")
    assert paragraphs[i + 1] == "Menyusun rencana aksi tindak lanjut rekomendasi LHE AKIP per komponen."
    assert _nilai(m).by_kode("3.b.9").status == TERPENUHI


def test_the_example_lampiran_has_the_multi_year_tables_and_the_definitions(contoh):
    k = katalog(contoh, hitung(contoh))
    assert [e.caption for e in k if e.bab == "L"] == [
        "Tabel L.1 Target dan Realisasi Persentase PPKS Mandiri Periode Renstra 2021–2026",
        "Tabel L.2 Target dan Realisasi Predikat Akuntabilitas Kinerja Perangkat Daerah Periode Renstra 2021–2026",
        "Tabel L.3 Definisi Operasional Indikator Kinerja"]


def test_the_word_text_of_the_example_gives_the_seven_points_of_53_2014_per_indicator(tmp_path, contoh):
    from lkj_excel.report.docx import render_report

    path = tmp_path / "contoh.docx"
    render_report(contoh, hitung(contoh), [], path, update_indexes=False)
    paragraphs, cells = _teks_docx(path)
    teks = "\n".join(paragraphs)
    s1 = teks[teks.index("Sasaran 1: Meningkatnya PPKS Mandiri"):teks.index("Sasaran 2: ")]
    # (1) this year against the target, (2) against 2022, (3) the Renstra end target with what remains or that it is met
    for kalimat in ("3,63%", "111,64%", "3,25%", "2022", "Terhadap target akhir Renstra tahun 2026 untuk indikator Jumlah "
                    "PPKS Mandiri sebesar 500 KK, realisasi tahun 2023 sebesar 581 KK telah mencapai 116,20%",
                    "Target dan realisasi indikator ini pada setiap tahun periode Renstra 2021–2026 disajikan pada Tabel L.1 "
                    "(Lampiran).",
                    # (5) causes and efforts, (6) efficiency with the numbers, (7) the supporting programs
                    "Keberhasilan pencapaian sasaran ini didukung oleh faktor-faktor berikut:",
                    "Upaya yang dilakukan untuk mempertahankan dan meningkatkan capaian ini adalah:",
                    "Rp\u00a044.825.594.200", "95,18%", "117,30", "Sangat Efisien",
                    "Program Pemberdayaan Sosial"):
        assert kalimat in s1, kalimat
    # (4) a benchmark: the example gives none, so no sentence claims one
    assert "pembanding" not in s1.lower()
    s2 = teks[teks.index("Sasaran 2: "):teks.index("3.3 Realisasi Anggaran")]
    assert "predikat BB" in s2 and "Tabel L.2 (Lampiran)" in s2 and "107,11" in s2
    # the multi-year tables and the charts
    assert "Tabel L.1 Target dan Realisasi Persentase PPKS Mandiri Periode Renstra 2021–2026" in paragraphs
    assert "Gambar 3.1 Target dan Realisasi Persentase PPKS Mandiri Tahun 2022–2023" in paragraphs
    assert "Tabel L.3 Definisi Operasional Indikator Kinerja" in paragraphs
    assert "Jumlah PPKS Mandiri ÷ Jumlah Fakir Miskin × 100" in cells
    assert "Laporan Hasil Evaluasi AKIP Inspektorat Kabupaten Bengkalis" in cells


@pytest.mark.office
def test_libreoffice_recalculates_the_new_formulas_of_a_full_workbook_to_their_values(tmp_path):
    """Benchmarks (share and difference), the criteria's points with a region's weights, the multi-year tables."""
    from office import NO_SOFFICE, SOFFICE, formula_mismatches, recalculate
    from openpyxl import load_workbook

    from lkj_excel.report.xlsx import render_workbook

    if SOFFICE is None:
        pytest.skip(NO_SOFFICE)
    isi = {**LENGKAP, "RubrikLKE": [{"Kode Kriteria": "3.b.6", "Bobot": 1.5}, {"Kode Kriteria": "2.a.2", "Bobot": 2}]}
    m, _ = read_workbook(isi_template(EXAMPLE, tmp_path / "lengkap.xlsx", isi))
    out = tmp_path / "lengkap_laporan.xlsx"
    render_workbook(m, hitung(m), [], out)
    (again,) = recalculate([out], tmp_path / "lo")
    n, wrong = formula_mismatches(out, again)
    assert wrong == [] and n > 150
    wb = load_workbook(again, data_only=True)
    pembanding = wb["Tabel 3.4"]
    row = next(r for r in pembanding.iter_rows(values_only=True) if r[1] == "Persentase PPKS Mandiri")
    assert row[7] == pytest.approx(117.04200014907241) and row[8] == pytest.approx(0.5283020046212448)
    penilaian = wb["Penilaian Mandiri"]
    total = penilaian.cell(penilaian.max_row, 8).value
    assert total == pytest.approx(6.5)  # 5,5 with 3.b.6 worth 1,5 instead of 0,5; 2.a.2 counts for Pengukuran


def test_a_lower_is_better_indicator_below_its_benchmark_is_better_and_said_so(tmp_path):
    """I2 of builders.konsisten(): negatif, realisasi 9% in 2024; another region's 12% -> (2 × 12 − 9) / 12 = 125%."""
    from builders import konsisten

    from lkj_excel.model import Pembanding
    from lkj_excel.report.docx import render_report

    m = konsisten()
    m.pembanding = [Pembanding("I2", "Kota Dumai", 2024, 12.0, "BPS Kota Dumai 2024", {"nilai": "Pembanding!D4"}),
                    Pembanding("I2", "Provinsi Riau", 2024, 8.5, "BPS Provinsi Riau 2024", {"nilai": "Pembanding!D5"})]
    h = hitung(m)
    dumai, riau = h.pembanding
    assert dumai.persen == pytest.approx(125.0) and dumai.selisih == pytest.approx(-3.0) and dumai.lebih_baik is True
    assert riau.persen == pytest.approx((2 * 8.5 - 9) / 8.5 * 100) and riau.lebih_baik is False
    assert h.env.cell(dumai.nama_nilai) == "Pembanding!D4"  # the formula reads the copied benchmark
    path = tmp_path / "negatif.docx"
    render_report(m, h, [], path, update_indexes=False)
    paragraphs, _ = _teks_docx(path)
    assert ("Dibandingkan dengan Kota Dumai pada tahun 2024 sebesar 12% (sumber: BPS Kota Dumai 2024), realisasi "
            "indikator Persentase penduduk miskin tahun 2024 sebesar 9% lebih rendah 3 poin persen atau 125,00% dari "
            "angka pembanding tersebut, sehingga kinerjanya lebih baik (indikator makin rendah makin baik).") in paragraphs
    assert any("lebih tinggi 0,50 poin persen atau 94,12% dari angka pembanding tersebut, sehingga kinerjanya belum "
               "sebaik pembanding" in p for p in paragraphs)


def test_quarters_and_benchmarks_together_are_numbered_alike_in_word_and_excel(tmp_path, lengkap):
    """A sasaran with both benchmarks and quarterly tables: Word's captions in order, and the output
    workbook's sheets, are the catalogue's (the two kinds come from two features written apart)."""
    import docx
    from openpyxl import load_workbook

    from lkj_excel.report.docx import render_report
    from lkj_excel.report.xlsx import render_workbook

    h = hitung(lengkap)
    kat = katalog(lengkap, h)
    jenis = [e.jenis.value for e in kat]
    assert "pembanding" in jenis and "triwulan" in jenis
    word, xlsx = tmp_path / "l.docx", tmp_path / "l.xlsx"
    render_report(lengkap, h, [], word, update_indexes=False)
    render_workbook(lengkap, h, [], xlsx)
    captions = [p.text for p in docx.Document(str(word)).paragraphs if p.style.name.lower().startswith("caption")]
    assert captions == [e.caption for e in kat]
    wb = load_workbook(xlsx, read_only=True)
    titles = [(ws.title, next(ws.iter_rows(min_row=1, max_row=1, values_only=True))[0])
              for ws in wb.worksheets if ws.title.startswith("Tabel ")]
    wb.close()
    assert titles == [(e.lembar, e.caption) for e in kat.tabel]
