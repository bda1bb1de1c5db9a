"""A budget stated per program, kegiatan and sub kegiatan (Permendagri 90/2019, RULES.md §8).

From the blank template filled as a clerk would (a Dinas with one program of three kegiatan and
seven sub kegiatan, the sasaran linked at kegiatan level) to the Word text and the cells of the
output workbook; the reader's rules for levels, parents, codes and the sasaran link; the sums of
the rules, computed by hand; the audit of a typed subtotal; LibreOffice's recalculation of the
new SUM formulas; and next year's workbook.
"""

from __future__ import annotations


import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from builders import bertingkat
from dumai import ANGGARAN, K1, K2, K3, NAMA, isi_dumai
from lkj_excel.audit import audit
from lkj_excel.model import TingkatAnggaran
from lkj_excel.pipeline import konversi, tahun_berikut
from lkj_excel.reader import read_workbook
from lkj_excel.rules import hitung
from office import NO_SOFFICE, SOFFICE, formula_mismatches, recalculate
from test_report_docx import cell_texts, sections_of_blocks, table_after, teks
from test_report_xlsx import at, find


@pytest.fixture(scope="module")
def dumai(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dumai")
    result = konversi(isi_dumai(folder / "dumai.xlsx"), folder / "keluar", daftar_isi=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    laporan = next(p for p in result.berkas if p.suffix == ".docx")
    buku = next(p for p in result.berkas if p.suffix == ".xlsx")
    return {"result": result, "docx": docx.Document(str(laporan)), "xlsx": buku,
            "values": load_workbook(buku, data_only=True), "formulas": load_workbook(buku)}


# --------------------------------------------------------------------------- the blank template, filled


def test_levels_parents_and_sasaran_are_read_from_the_rows(dumai):
    m = dumai["result"].lkjip
    T = TingkatAnggaran
    assert [p.tingkat for p in m.program] == [T.PROGRAM, T.KEGIATAN, *[T.SUB_KEGIATAN] * 3, T.KEGIATAN,
                                              *[T.SUB_KEGIATAN] * 2, T.KEGIATAN, *[T.SUB_KEGIATAN] * 2]  # subs: by code
    assert [p.induk for p in m.program] == [None, 0, 1, 1, 1, 0, 5, 5, 0, 8, 8]
    assert [m.sasaran_baris(i) for i in range(len(m.program))] == [None, "S1", "S1", "S1", "S1", "S1", "S1", "S1",
                                                                   "S2", "S2", "S2"]
    program = m.program[0]
    assert (program.anggaran, program.anggaran_tertulis, program.cells["anggaran"]) == (None, 683_500_000, "Anggaran!E4")
    assert not [t for t in dumai["result"].temuan if t.sumber == "audit" and "anggaran" in t.kode]  # all agree


def test_subtotals_totals_and_sasaran_budgets(dumai):
    h = dumai["result"].hasil
    sums = [(hp.nama[:22], hp.anggaran, hp.realisasi) for hp in h.program if not hp.terbawah]
    assert sums == [("Program Rehabilitasi S", 683_500_000, 651_870_000), (K1[:22], 437_500_000, 422_930_000),
                    (K2[:22], 164_750_000, 155_500_000), (K3[:22], 81_250_000, 73_440_000)]
    assert (h.anggaran.anggaran, h.anggaran.realisasi, round(h.anggaran.penyerapan, 2)) == (683_500_000, 651_870_000, 95.37)
    s1, s2 = h.sasaran
    assert (s1.anggaran, s1.realisasi_anggaran, round(s1.penyerapan, 2), s1.program) == (602_250_000, 578_430_000, 96.04, [K1, K2])
    assert (s2.anggaran, round(s2.penyerapan, 2), s2.program) == (81_250_000, 90.39, [K3])
    assert round(s1.nilai_efisiensi, 2) == 105.76  # 101,58 ÷ 96,04 × 100 at full precision
    assert s1.tingkat_efisiensi == s2.tingkat_efisiensi == "Sangat Efisien"


def test_word_counts_programs_as_programs(dumai):
    text = [teks(p) for p in dumai["docx"].paragraphs]
    (kalimat,) = [t for t in text if "yang dilaksanakan melalui" in t]
    assert ("sebesar Rp 683.500.000, yang dilaksanakan melalui 1 (satu) program yang terdiri atas 3 (tiga) kegiatan "
            "dan 7 (tujuh) sub kegiatan, dengan realisasi Rp 651.870.000 atau 95,37%") in kalimat


def test_word_budget_table_shows_every_level_indented_with_codes(dumai):
    d = dumai["docx"]
    table = table_after(d, "2.2")  # this workbook has no Renstra: the budget is the second table of Bab II
    rows = cell_texts(table)
    assert rows[0] == ["Kode", NAMA, "Anggaran", "Realisasi", "Penyerapan", "Sumber Dana"]
    assert rows[1] == ["1.06.04", "Program Rehabilitasi Sosial", "Rp 683.500.000", "Rp 651.870.000", "95,37%", "APBD"]
    assert rows[2][:5] == ["1.06.04.2.01", K1, "Rp 437.500.000", "Rp 422.930.000", "96,67%"]
    assert rows[3][:3] == ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Rp 310.500.000"]
    assert rows[-1][2:5] == ["Rp 683.500.000", "Rp 651.870.000", "95,37%"] and rows[-1][0] == "Jumlah"
    assert len(rows) == 1 + 11 + 1

    def indent(row: int) -> int:
        ind = table.rows[row].cells[1].paragraphs[0]._p.find(qn("w:pPr")).find(qn("w:ind"))
        return 0 if ind is None else int(ind.get(qn("w:left")))

    assert [indent(r) for r in (1, 2, 3, 6, 7, 9, 10)] == [0, 227, 454, 227, 454, 227, 454]  # 0,4 cm a level
    bold = [any(r.bold for r in row.cells[1].paragraphs[0].runs) for row in table.rows[1:-1]]
    assert bold == [True] + [False] * 10  # the program, a subtotal, in bold
    section = dict((id(el), s) for el, s in sections_of_blocks(d))[id(table._tbl)]
    assert section.page_width > section.page_height  # codes and names need a landscape page


def test_caption_names_the_levels(dumai):
    caption = "Tabel 2.2 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024"
    assert caption in [teks(p) for p in dumai["docx"].paragraphs]
    assert dumai["values"]["Tabel 2.2"]["A1"].value == caption


def test_word_names_the_kegiatan_that_support_each_sasaran(dumai):
    text = [teks(p) for p in dumai["docx"].paragraphs]
    i = text.index("Kegiatan yang mendukung pencapaian sasaran ini adalah:")
    assert text[i + 1] == (f"a. {K1} (1.06.04.2.01) pada Program Rehabilitasi Sosial, dengan anggaran Rp 437.500.000 dan "
                           "realisasi Rp 422.930.000 (96,67%); dan")
    assert text[i + 2].startswith(f"b. {K2} (1.06.04.2.02) pada Program Rehabilitasi Sosial, dengan anggaran Rp 164.750.000")
    assert (f"Kegiatan yang mendukung pencapaian sasaran ini adalah {K3} (1.06.04.2.05) pada Program Rehabilitasi "
            "Sosial, dengan anggaran Rp 81.250.000 dan realisasi Rp 73.440.000 (90,39%).") in text
    assert ("Pencapaian sasaran ini didukung anggaran sebesar Rp 602.250.000 dengan realisasi Rp 578.430.000 atau "
            "96,04%.") in " ".join(text)


def test_the_perjanjian_kinerja_lists_the_programs(dumai):
    d = dumai["docx"]
    text = [teks(p) for p in d.paragraphs]
    assert "Program dan anggaran yang mendukung pencapaian sasaran tersebut:" in text
    lampiran = cell_texts(d.tables[-2])
    assert lampiran == [["No", "Program", "Anggaran", "Sumber Dana"], ["1", "Program Rehabilitasi Sosial", "Rp 683.500.000", "APBD"],
                        ["Jumlah", "Jumlah", "Rp 683.500.000", ""]]


def test_workbook_budget_sheet_sums_each_level_with_formulas(dumai):
    v, f = dumai["values"]["Tabel 2.2"], dumai["formulas"]["Tabel 2.2"]
    header = find(v, NAMA).row
    assert [c.value for c in v[header]][:8] == ["Kode", NAMA, "Tingkat", "Sasaran", "Anggaran", "Realisasi",
                                                "Penyerapan (%)", "Sumber Dana"]
    program, k1, sub = (find(v, name).row for name in ("Program Rehabilitasi Sosial", K1, "Penyediaan Permakanan"))
    assert (v.cell(program, 5).value, v.cell(k1, 5).value, v.cell(sub, 5).value) == (683_500_000, 437_500_000, 310_500_000)
    assert f.cell(k1, 5).value == f"=SUM('Tabel 2.2'!E{k1 + 1}:E{k1 + 3})"
    assert f.cell(program, 5).value == f"=SUM('Tabel 2.2'!E{k1},'Tabel 2.2'!E{k1 + 4},'Tabel 2.2'!E{k1 + 7})"
    assert f.cell(program, 6).value.startswith("=SUM(") and v.cell(program, 6).value == 651_870_000
    assert isinstance(f.cell(sub, 5).value, int)  # a lowest line's figure is the input itself
    assert f.cell(sub, 7).value.startswith("=") and round(v.cell(sub, 7).value, 2) == 96.22
    assert (f.cell(k1, 2).alignment.indent, f.cell(sub, 2).alignment.indent, f.cell(program, 2).font.b) == (1, 2, True)
    assert (v.cell(program, 3).value, v.cell(k1, 3).value, v.cell(sub, 3).value) == ("Program", "Kegiatan", "Sub Kegiatan")
    assert (v.cell(program, 4).value, v.cell(k1, 4).value, v.cell(sub, 4).value) == (None, "S1", None)
    assert at(v, "Jumlah", "Anggaran").value == 683_500_000
    assert f.cell(find(v, "Jumlah").row, 5).value == f"=SUM('Tabel 2.2'!E{program})"
    assert at(v, "Program Rehabilitasi Sosial", "Anggaran Tertulis").value == 683_500_000  # the typed subtotal, shown


def test_workbook_sasaran_budgets_come_from_the_linked_kegiatan(dumai):
    v, f = dumai["values"], dumai["formulas"]
    k1 = find(v["Tabel 2.2"], K1).row
    ws = _lembar(v, "Capaian Kinerja dan Anggaran Tahun 2024")  # capaian and budget per sasaran, numbered by the catalogue
    s1 = find(v[ws], "Meningkatnya PPKS yang mendapatkan pelayanan rehabilitasi sosial").row
    assert v[ws].cell(s1, 5).value == 602_250_000
    assert f[ws].cell(s1, 5).value == f"=SUM('Tabel 2.2'!E{k1},'Tabel 2.2'!E{k1 + 4})"
    assert round(v[ws].cell(s1, 7).value, 2) == 96.04
    find(v[ws], "Capaian sasaran adalah rata-rata capaian indikatornya; anggaran sasaran adalah jumlah anggaran "
                "kegiatan yang mendukungnya (tabel realisasi anggaran per program, kegiatan dan sub kegiatan).")
    efisiensi = _lembar(v, "Analisis Efisiensi Kinerja")
    ef = find(v[efisiensi], "Meningkatnya kualitas data kesejahteraan sosial").row
    assert round(v[efisiensi].cell(ef, 4).value, 2) == 90.39


def _lembar(wb, judul: str) -> str:
    """The sheet of the table captioned ``judul`` (whatever number the catalogue gives it)."""
    return next(ws.title for ws in wb.worksheets if str(ws["A1"].value or "").endswith(" " + judul))


def test_ringkasan_charts_the_programs(dumai):
    v = dumai["values"]["Ringkasan"]
    start = find(v, "Anggaran dan realisasi per program").row
    assert at(v, "Program Rehabilitasi Sosial", "Anggaran", after=start).value == 683_500_000
    with __import__("zipfile").ZipFile(dumai["xlsx"]) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    budget = next(c for c in charts if "per Program" in c)
    assert f"Ringkasan!$B${at(v, 'Program Rehabilitasi Sosial', 'Anggaran', after=start).row}" in budget


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_SOFFICE)
def test_libreoffice_recalculates_the_sums_to_their_values(dumai, tmp_path):
    (again,) = recalculate([dumai["xlsx"]], tmp_path / "lo")
    n, wrong = formula_mismatches(dumai["xlsx"], again)
    assert wrong == [] and n > 40


def test_next_years_workbook_keeps_levels_codes_and_links(dumai, tmp_path):
    result = tahun_berikut(dumai["result"].sumber, tmp_path)
    (path,) = result.berkas
    m, temuan = read_workbook(path)
    before = dumai["result"].lkjip
    assert [(p.tingkat, p.kode, p.nama, p.kode_sasaran, p.induk) for p in m.program] == [
        (p.tingkat, p.kode, p.nama, p.kode_sasaran, p.induk) for p in before.program]
    assert m.program[0].anggaran_tertulis is None  # the subtotal is summed again, not carried over
    assert m.program[2].anggaran == 310_500_000 and m.program[2].realisasi is None


# --------------------------------------------------------------------------- the reader: levels, parents, links


def _baca(tmp_path, baris: list[dict]):
    return read_workbook(isi_dumai(tmp_path / "anggaran.xlsx", baris))


def _satu(temuan, kode):
    (t,) = [t for t in temuan if t.kode == kode]
    return t


def test_a_kegiatan_before_any_program_is_an_error(tmp_path):
    m, temuan = _baca(tmp_path, [{**ANGGARAN[2], "Kode Sasaran": "S1"}, *ANGGARAN])
    assert m is None
    t = _satu(temuan, "rincian-tanpa-induk")
    assert t.sel[0] == "Anggaran!C4" and "Anggaran!B4" in t.sel
    assert "Sub kegiatan 'Penyediaan Permakanan' tidak berada di bawah baris program atau kegiatan" in t.pesan


def test_two_sasaran_for_one_line_is_an_error_naming_both_cells(tmp_path):
    rows = [dict(r) for r in ANGGARAN]
    rows[0]["Kode Sasaran"] = "S2"  # the program says S2, its first two kegiatan say S1
    m, temuan = _baca(tmp_path, rows)
    assert m is None
    found = [t for t in temuan if t.kode == "sasaran-anggaran-ganda"]
    assert [t.sel for t in found] == [("Anggaran!D5", "Anggaran!D4"), ("Anggaran!D9", "Anggaran!D4")]
    assert found[0].pesan.startswith(f"Kegiatan '{K1}' mendukung sasaran 'S1', sedangkan program "
                                     "'Program Rehabilitasi Sosial' di atasnya mendukung sasaran 'S2'")
    rows[0]["Kode Sasaran"] = "S1"  # the same code at both levels is no conflict; the third kegiatan's S2 is
    assert [t.sel for t in _baca(tmp_path, rows)[1] if t.kode == "sasaran-anggaran-ganda"] == [("Anggaran!D12", "Anggaran!D4")]


def test_lowest_lines_without_a_sasaran_are_one_error_per_program(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "Kode Sasaran"} for r in ANGGARAN]
    rows[8]["Kode Sasaran"] = "S2"
    m, temuan = _baca(tmp_path, rows)
    t = _satu(temuan, "anggaran-tanpa-sasaran")
    assert t.sel == ("Anggaran!D4", "Anggaran!D6", "Anggaran!D7", "Anggaran!D8", "Anggaran!D10", "Anggaran!D11")
    assert t.pesan.startswith("Sebanyak 5 (lima) baris terbawah di bawah program 'Program Rehabilitasi Sosial' belum "
                              "terhubung ke sasaran mana pun ('Penyediaan Permakanan', 'Penyediaan Sandang', "
                              "'Pemberian Pelayanan Reunifikasi Keluarga', dan seterusnya)")


def test_a_code_that_does_not_follow_its_parent_is_warned_with_both_cells(tmp_path):
    rows = [dict(r) for r in ANGGARAN]
    rows[3]["Kode"] = "1.06.05.2.01.0002"
    m, temuan = _baca(tmp_path, rows)
    assert m is not None
    t = _satu(temuan, "kode-tidak-sejalan")
    assert t.sel == ("Anggaran!B7", "Anggaran!B5")
    assert t.pesan == (f"Kode sub kegiatan 'Penyediaan Sandang' (1.06.05.2.01.0002) tidak diawali kode kegiatan '{K1}' "
                       "(1.06.04.2.01) di atasnya; periksa urutan baris atau kodenya.")


def test_a_level_that_contradicts_the_code_is_warned_and_the_level_kept(tmp_path):
    penunjang = {"Tingkat": "Program", "Kode": "1.06.01.2.02", NAMA: "Program Penunjang Urusan Pemerintahan Daerah",
                 "Kode Sasaran": "S2", "Anggaran": 10_000_000, "Realisasi": 9_000_000}  # a kegiatan's code
    m, temuan = _baca(tmp_path, [*ANGGARAN, penunjang])
    t = _satu(temuan, "tingkat-berbeda-kode")
    assert t.sel == ("Anggaran!A15", "Anggaran!B15")
    assert t.pesan == ("Baris 'Program Penunjang Urusan Pemerintahan Daerah' bertingkat Program, sedangkan kodenya "
                       "(1.06.01.2.02) berpola kode kegiatan; yang dipakai adalah kolom Tingkat.")
    assert m is not None and m.program[-1].tingkat is TingkatAnggaran.PROGRAM and m.program_utama() == [0, 11]


def test_without_level_and_code_a_line_is_a_program(tmp_path):
    rows = [{NAMA: "Program A", "Kode Sasaran": "S1", "Anggaran": 100}, {NAMA: "Program B", "Kode Sasaran": "S2", "Anggaran": 50}]
    m, _ = _baca(tmp_path, rows)
    assert [(p.tingkat, p.induk, p.anggaran) for p in m.program] == [(TingkatAnggaran.PROGRAM, None, 100),
                                                                     (TingkatAnggaran.PROGRAM, None, 50)]


def test_a_lowest_line_needs_its_anggaran_an_upper_one_does_not(tmp_path):
    rows = [dict(r) for r in ANGGARAN]
    del rows[0]["Anggaran"], rows[0]["Realisasi"]
    del rows[3]["Anggaran"]
    m, temuan = _baca(tmp_path, rows)
    assert [(t.kode, t.sel) for t in temuan.errors] == [("sel-wajib-kosong", ("Anggaran!E7",))]


# --------------------------------------------------------------------------- rules, by hand


def test_rules_sum_every_level_once():
    h = hitung(bertingkat())
    sums = {hp.nama: (hp.anggaran, hp.realisasi) for hp in h.program}
    assert sums == {"Program Layanan": (1_150_000, 1_030_000), "Kegiatan Satu": (1_000_000, 900_000),
                    "Sub Satu A": (600_000, 540_000), "Sub Satu B": (400_000, 360_000), "Kegiatan Dua": (150_000, 130_000),
                    "Sub Dua A": (150_000, 130_000), "Program Penunjang": (350_000, 350_000),
                    "Sub Penunjang": (350_000, 350_000)}
    assert [round(hp.penyerapan, 4) for hp in h.program[:2]] == [round(1_030_000 / 1_150_000 * 100, 4), 90.0]
    assert (h.anggaran.anggaran, h.anggaran.realisasi, h.anggaran.penyerapan) == (1_500_000, 1_380_000, 92.0)
    s1, s2 = h.sasaran
    assert (s1.anggaran, s1.realisasi_anggaran, s1.penyerapan, s1.program) == (1_000_000, 900_000, 90.0, ["Kegiatan Satu"])
    assert (s2.anggaran, s2.realisasi_anggaran, s2.penyerapan) == (500_000, 480_000, 96.0)
    assert s2.program == ["Kegiatan Dua", "Program Penunjang"]  # each at the level its link is set
    assert round(s1.nilai_efisiensi, 2) == round(115 / 90 * 100, 2) and s2.nilai_efisiensi == 125.0
    assert [hp.kode_sasaran for hp in h.program] == [None, "S1", "S1", "S1", "S2", "S2", "S2", "S2"]
    assert [hp.tautan for hp in h.program] == [False, True, False, False, True, False, True, False]


def test_rules_formulas_sum_the_lines_and_the_programs():
    h = hitung(bertingkat())
    env = h.env
    kegiatan = h.program[1]
    assert kegiatan.expr["anggaran"].formula(env) == "=SUM(Anggaran!E6:E7)"
    assert h.program[6].expr["anggaran"].formula(env) == "=SUM(Anggaran!E11)"
    assert "Anggaran!E4" not in h.anggaran.expr["anggaran"].formula(env)  # a typed subtotal is never summed
    assert h.anggaran.expr["anggaran"].value(env) == 1_500_000


def test_a_budget_per_program_gives_the_figures_it_always_gave():
    from builders import contoh

    h = hitung(contoh())
    assert [hp.terbawah and hp.tautan and hp.induk is None for hp in h.program] == [True] * 5
    assert h.sasaran_by_kode("S1").anggaran == 44_825_594_200 and h.anggaran.anggaran == 57_367_577_759


# --------------------------------------------------------------------------- audit: a typed subtotal


def test_audit_is_silent_on_consistent_subtotals():
    m = bertingkat()
    assert [t.kode for t in audit(m, hitung(m), ketat=True)] == []


def test_audit_finds_a_typed_subtotal_that_differs_from_its_lines():
    m = bertingkat()
    m.program[0].anggaran_tertulis = 1_200_000
    m.program[4].realisasi_tertulis = 125_000
    found = [t for t in audit(m, hitung(m), ketat=True) if t.kode == "subtotal-anggaran-berbeda"]
    assert [(t.sel, t.ditemukan, t.diharapkan) for t in found] == [
        (("Anggaran!E4", "Anggaran!E6", "Anggaran!E7", "Anggaran!E9"), "Rp 1.200.000", "Rp 1.150.000"),
        (("Anggaran!F8", "Anggaran!F9"), "Rp 125.000", "Rp 130.000"),
    ]
    assert found[0].pesan == ('Anggaran tertulis pada baris program "Program Layanan" (Rp 1.200.000) tidak sama dengan '
                              "jumlah kegiatan dan sub kegiatan di bawahnya (Rp 1.150.000); yang dipakai adalah jumlah "
                              "rinciannya.")
    assert found[1].pesan.startswith('Realisasi anggaran tertulis pada baris kegiatan "Kegiatan Dua" (Rp 125.000)')


def test_audit_checks_lowest_lines_and_the_typed_total_against_them():
    m = bertingkat()
    m.program[3].realisasi = 410_000  # above its anggaran
    m.jumlah_anggaran_tertulis.nilai["anggaran"] = 1_600_000
    found = audit(m, hitung(m), ketat=True)
    (lebih,) = [t for t in found if t.kode == "realisasi-melebihi-anggaran"]
    assert lebih.sel == ("Anggaran!F7", "Anggaran!E7") and lebih.pesan.startswith('Realisasi anggaran sub kegiatan "Sub Satu B"')
    jumlah = [t.sel for t in found if t.kode == "jumlah-anggaran-berbeda"]  # anggaran typed wrong, realisasi now too
    assert jumlah == [("Anggaran!E12", "Anggaran!E6", "Anggaran!E7", "Anggaran!E9", "Anggaran!E11"),
                      ("Anggaran!F12", "Anggaran!F6", "Anggaran!F7", "Anggaran!F9", "Anggaran!F11")]
    assert not [t for t in found if t.kode == "subtotal-anggaran-berbeda" and t.sel[0] != "Anggaran!F4"]


def test_the_output_workbook_highlights_a_wrong_typed_subtotal(tmp_path):
    rows = [dict(r) for r in ANGGARAN]
    rows[0]["Anggaran"] = 700_000_000
    result = konversi(isi_dumai(tmp_path / "beda.xlsx", rows), tmp_path / "keluar", word=False)
    (t,) = [t for t in result.temuan if t.kode == "subtotal-anggaran-berbeda"]
    assert t.sel[0] == "Anggaran!E4" and len(t.sel) == 1 + 7 and (t.ditemukan, t.diharapkan) == ("Rp 700.000.000", "Rp 683.500.000")
    wb = load_workbook(result.berkas[0])
    temuan = wb["Temuan"]
    link = next(c for row in temuan.iter_rows() for c in row if c.hyperlink and "Tabel 2.2" in str(c.hyperlink.location or c.hyperlink.target))
    cell = wb["Tabel 2.2"][str(link.hyperlink.location).split("!")[-1].replace("$", "")]
    assert cell.value == 700_000_000 and cell.fill.fgColor.rgb.endswith("FFEB9C")


def test_program_and_kegiatan_without_codes_links_at_both_levels(tmp_path):
    """Two programs of kegiatan, no codes: the table numbers the programs; the first program is linked as a
    whole, the second through its kegiatan, so sasaran 2 is supported by a program and a kegiatan."""
    rows = [
        {"Tingkat": "Program", NAMA: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Kode Sasaran": "S2"},
        {"Tingkat": "Kegiatan", NAMA: "Administrasi Keuangan Perangkat Daerah", "Anggaran": 1_250_000_000, "Realisasi": 1_190_000_000},
        {"Tingkat": "Kegiatan", NAMA: "Administrasi Umum Perangkat Daerah", "Anggaran": 310_000_000, "Realisasi": 296_500_000},
        {"Tingkat": "Program", NAMA: "Program Rehabilitasi Sosial"},
        {"Tingkat": "Kegiatan", NAMA: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Kode Sasaran": "S1",
         "Anggaran": 420_000_000, "Realisasi": 401_000_000},
        {"Tingkat": "Kegiatan", NAMA: "Pengelolaan Data Rehabilitasi", "Kode Sasaran": "S2", "Anggaran": 60_000_000,
         "Realisasi": 52_000_000},
    ]
    result = konversi(isi_dumai(tmp_path / "dua.xlsx", rows), tmp_path / "keluar", daftar_isi=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    assert (result.hasil.sasaran[1].anggaran, result.hasil.sasaran[1].program) == (
        1_620_000_000, ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Pengelolaan Data Rehabilitasi"])
    d = docx.Document(str(next(p for p in result.berkas if p.suffix == ".docx")))
    rows_word = cell_texts(table_after(d, "2.2"))
    assert rows_word[0][:2] == ["No", "Program / Kegiatan"]
    assert [r[0] for r in rows_word[1:-1]] == ["1", "", "", "2", "", ""]
    text = [teks(p) for p in d.paragraphs]
    assert any("melalui 2 (dua) program yang terdiri atas 4 (empat) kegiatan," in t for t in text)
    i = text.index("Program dan kegiatan yang mendukung pencapaian sasaran ini adalah:")
    assert text[i + 1].startswith("a. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota, dengan anggaran "
                                  "Rp 1.560.000.000")
    assert text[i + 2].startswith("b. Kegiatan Pengelolaan Data Rehabilitasi pada Program Rehabilitasi Sosial, dengan "
                                  "anggaran Rp 60.000.000")
