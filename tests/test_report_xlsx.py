"""The output workbook, checked as a user sees it: the cells, the formulas, the links.

The bundled example is read, computed, audited and rendered; its sheets must carry the
figures of shared/domain/EXAMPLE.md in the cells where the report shows them, derived
cells must be formulas, the Temuan sheet must link to highlighted cells, and LibreOffice
must recalculate every formula to the value stored with it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lkj_excel.audit import audit
from lkj_excel.reader import read_workbook
from lkj_excel.report.xlsx import render_workbook
from lkj_excel.report.katalog import katalog
from lkj_excel.rules import SKALA_ALTERNATIF, hitung
from lkj_excel.template import build, isi_contoh
from office import NO_SOFFICE, SOFFICE, formula_mismatches, recalculate

CAPTIONS = [
    ("Tabel 2.1", "Tabel 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan"),
    ("Tabel 2.2", "Tabel 2.2 Tujuan, Sasaran, Indikator dan Target Kinerja"),
    ("Tabel 2.3", "Tabel 2.3 Perjanjian Kinerja Tahun 2023"),
    ("Tabel 2.4", "Tabel 2.4 Realisasi Anggaran per Program Tahun 2023"),
    ("Tabel 3.1", "Tabel 3.1 Pengukuran Kinerja Tahun 2023"),
    ("Tabel 3.2", "Tabel 3.2 Capaian Kinerja Sasaran 1"),
    ("Tabel 3.3", "Tabel 3.3 Penjelasan Capaian Sasaran 1"),
    ("Tabel 3.4", "Tabel 3.4 Perjanjian Kinerja Eselon III"),
    ("Tabel 3.5", "Tabel 3.5 Jenis dan Jumlah PSKS Tersertifikasi"),
    ("Tabel 3.6", "Tabel 3.6 Jenis dan Jumlah Penerima Bantuan"),
    ("Tabel 3.7", "Tabel 3.7 Jenis Layanan dan Penerima Layanan Rehabilitasi Sosial"),
    ("Tabel 3.8", "Tabel 3.8 Jumlah Korban Bencana dan Jenis Layanan yang Diterima"),
    ("Tabel 3.9", "Tabel 3.9 Nilai dan Predikat Evaluasi AKIP Tahun 2021–2022"),
    ("Tabel 3.10", "Tabel 3.10 Capaian Kinerja Sasaran 2"),
    ("Tabel 3.11", "Tabel 3.11 Capaian Kinerja dan Anggaran Tahun 2023"),
    ("Tabel 3.12", "Tabel 3.12 Analisis Efisiensi Kinerja"),
    ("Tabel L.1", "Tabel L.1 Target dan Realisasi Persentase PPKS Mandiri Periode Renstra 2021–2026"),
    ("Tabel L.2", "Tabel L.2 Target dan Realisasi Predikat Akuntabilitas Kinerja Perangkat Daerah Periode Renstra 2021–2026"),
    ("Tabel L.3", "Tabel L.3 Definisi Operasional Indikator Kinerja"),
]


def convert(source: Path, target: Path):
    """Read, compute, audit and render one workbook; returns (lkjip, hasil, findings)."""
    lkjip, temuan = read_workbook(source)
    assert lkjip is not None, [t.teks() for t in temuan]
    hasil = hitung(lkjip)
    items = list(temuan) + list(audit(lkjip, hasil))
    render_workbook(lkjip, hasil, items, target)
    return lkjip, hasil, items


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    from conftest import EXAMPLE

    out = tmp_path_factory.mktemp("render") / "contoh_laporan.xlsx"
    lkjip, hasil, items = convert(EXAMPLE, out)
    return {"path": out, "lkjip": lkjip, "hasil": hasil, "temuan": items,
            "values": load_workbook(out, data_only=True), "formulas": load_workbook(out)}


# --------------------------------------------------------------------------- finding cells


def find(ws, text: str, after: int = 0):
    """The first cell holding exactly ``text`` (below row ``after``)."""
    for row in ws.iter_rows(min_row=after + 1):
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not on sheet {ws.title}")


def header_col(ws, text: str, above_row: int, start_col: int = 1, end_col: int | None = None, after: int = 0) -> int:
    """The column of a header cell ``text`` above a row (below row ``after``, within a column range)."""
    for row in ws.iter_rows(min_row=after + 1, max_row=above_row - 1):
        for cell in row:
            if cell.value == text and cell.column >= start_col and (end_col is None or cell.column <= end_col):
                return cell.column
    raise AssertionError(f"header {text!r} not on sheet {ws.title}")


def at(ws, row_text: str, col_text: str, after: int = 0):
    """The cell in the row of ``row_text`` and the column headed ``col_text`` (below row ``after``)."""
    r = find(ws, row_text, after).row
    return ws.cell(r, header_col(ws, col_text, r, after=after))


def under(ws, row_text: str, top: str, sub: str):
    """The cell in the row of ``row_text`` under a two-level header ``top`` / ``sub``."""
    r = find(ws, row_text).row
    c0 = header_col(ws, top, r)
    width = next((m.max_col - m.min_col + 1 for m in ws.merged_cells.ranges
                  if m.min_row <= _header_row(ws, top, r) <= m.max_row and m.min_col == c0), 1)
    return ws.cell(r, header_col(ws, sub, r, c0, c0 + width - 1))


def _header_row(ws, text: str, above_row: int) -> int:
    for row in ws.iter_rows(max_row=above_row - 1):
        for cell in row:
            if cell.value == text:
                return cell.row
    raise AssertionError(text)


def r2(x) -> float:
    return round(x + 1e-12, 2)


# --------------------------------------------------------------------------- structure


def test_sheets_come_in_report_order_titled_with_their_captions(rendered):
    wb = rendered["values"]
    assert wb.sheetnames == ["Ringkasan", *[name for name, _ in CAPTIONS], "Penilaian Mandiri", "Temuan", "Skala"]
    for name, caption in CAPTIONS:
        assert wb[name]["A1"].value == caption
    assert [t.caption for t in katalog(rendered["lkjip"], rendered["hasil"]).tabel] == [c for _, c in CAPTIONS]


def test_tabel_2_1_merges_the_groups_as_the_report_does(rendered):
    ws = rendered["formulas"]["Tabel 2.1"]
    tujuan = find(ws, "Terwujudnya pelayanan sosial terhadap PPKS")
    spans = {str(m) for m in ws.merged_cells.ranges}
    assert f"A{tujuan.row}:A{tujuan.row + 10}" in spans  # one Tujuan over the 11 policy rows
    sasaran = find(ws, "Meningkatnya jaminan sosial bagi PPKS")
    assert f"B{sasaran.row}:B{sasaran.row + 4}" in spans
    assert f"C{sasaran.row}:C{sasaran.row + 3}" in spans  # the first strategy has four policies


def test_ringkasan_summarises_the_year(rendered):
    ws = rendered["values"]["Ringkasan"]
    assert ws["A1"].value == "Ringkasan Laporan Kinerja Dinas Sosial Kabupaten Bengkalis Tahun 2023"
    assert ws.cell(find(ws, "Jenis Instansi").row, 3).value == "Perangkat Daerah"
    assert ws.cell(find(ws, "Instansi").row, 3).value == "Dinas Sosial"
    assert ws.cell(find(ws, "Kepala Perangkat Daerah").row, 3).value == "SUPARDI, S.Sos., MH"
    assert ws.cell(find(ws, "Pihak Kedua Perjanjian Kinerja").row, 3).value == "Bupati Bengkalis"
    assert ws.cell(find(ws, "Pemerintah Daerah").row, 3).value == "Kabupaten Bengkalis"
    assert ws.cell(find(ws, "Tahun Laporan").row, 3).value == 2023
    s1 = find(ws, "Meningkatnya PPKS Mandiri").row
    assert r2(ws.cell(s1, header_col(ws, "Capaian (%)", s1)).value) == 111.64
    assert ws.cell(s1, header_col(ws, "Kategori", s1)).value == "Sangat Tinggi"
    assert r2(ws.cell(s1, header_col(ws, "Penyerapan (%)", s1)).value) == 95.18
    assert r2(ws.cell(s1, header_col(ws, "Nilai Efisiensi", s1)).value) == 117.30
    assert ws.cell(s1, header_col(ws, "Tingkat Efisiensi", s1)).value == "Sangat Efisien"
    total = find(ws, "Jumlah anggaran perangkat daerah").row
    assert ws.cell(total, 5).value == 57367577759 and ws.cell(total, 6).value == 54372043255
    assert r2(ws.cell(total, 7).value) == 94.78
    akip = find(ws, "Predikat AKIP (evaluasi tahun 2022)").row
    assert ws.cell(akip, 3).value == "BB" and ws.cell(akip, 5).value == pytest.approx(73.5)
    assert ws.cell(find(ws, "Peringatan").row, 3).value == sum(t.tingkat.value == "peringatan" for t in rendered["temuan"])
    with zipfile.ZipFile(rendered["path"]) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        xml = z.read(charts[0]).decode() + z.read(charts[1]).decode()
    assert "Target 100%" in xml and "'Tabel 2.4'!" in xml  # the 100% line; the budget straight from Tabel 2.4


# --------------------------------------------------------------------------- the figures of EXAMPLE.md


def test_budget_per_program_and_total(rendered):
    ws = rendered["values"]["Tabel 2.4"]
    for program, anggaran, realisasi, penyerapan in (
        ("Program Pemberdayaan Sosial", 5287178900, 5003538806, 94.64),
        ("Program Rehabilitasi Sosial", 2307015800, 1985793260, 86.08),
        ("Program Perlindungan dan Jaminan Sosial", 35668708000, 34294215517, 96.15),
        ("Program Penanganan Bencana", 1562691500, 1379365300, 88.27),
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 12541983559, 11709130372, 93.36),
    ):
        assert at(ws, program, "Anggaran").value == anggaran
        assert at(ws, program, "Realisasi").value == realisasi
        assert r2(at(ws, program, "Penyerapan (%)").value) == penyerapan
    assert at(ws, "Jumlah", "Anggaran").value == 57367577759
    assert at(ws, "Jumlah", "Realisasi").value == 54372043255
    assert r2(at(ws, "Jumlah", "Penyerapan (%)").value) == 94.78


def test_measurement_of_both_indicators(rendered):
    ws = rendered["values"]["Tabel 3.1"]
    row = "Persentase PPKS Mandiri"
    assert at(ws, row, "Target").value == 3.25
    assert r2(at(ws, row, "Realisasi").value) == 3.63
    assert at(ws, row, "Realisasi").value == pytest.approx(581 / 16013 * 100)
    assert r2(at(ws, row, "Capaian (%)").value) == 111.64
    assert at(ws, row, "Kategori").value == "Sangat Tinggi"
    row = "Predikat Akuntabilitas Kinerja Perangkat Daerah"
    assert (at(ws, row, "Target").value, at(ws, row, "Realisasi").value) == ("BB", "BB")
    assert at(ws, row, "Capaian (%)").value == 100
    assert at(ws, row, "Kategori").value == "Sangat Tinggi"


def test_sasaran_1_history_and_comparisons(rendered):
    ws = rendered["values"]["Tabel 3.2"]
    row = "Persentase PPKS Mandiri"
    assert r2(under(ws, row, "2022", "Capaian (%)").value) == 100.00
    assert r2(under(ws, row, "2022", "Realisasi").value) == 2.70
    assert r2(under(ws, row, "2023", "Capaian (%)").value) == 111.64
    comparison = find(ws, "Perbandingan realisasi dan capaian tahun 2023 dengan tahun sebelumnya").row
    r = next(c.row for c in ws["B"] if c.value == row and c.row > comparison)
    top = {ws.cell(r - 2, c).value: c for c in range(12, 0, -1)}  # the first column of each group
    realisasi = {ws.cell(r - 1, c).value: c for c in range(top["Realisasi"], top["Realisasi"] + 4)}
    capaian = {ws.cell(r - 1, c).value: c for c in range(top["Capaian (%)"], top["Capaian (%)"] + 4)}
    assert r2(ws.cell(r, realisasi["Rasio (%)"]).value) == 134.57  # 3,6283 / 2,6963
    assert r2(ws.cell(r, realisasi["Selisih"]).value) == 0.93
    assert r2(ws.cell(r, capaian["Rasio (%)"]).value) == 111.64
    renstra = find(ws, "Jumlah PPKS Mandiri (untuk indikator Persentase PPKS Mandiri)").row
    assert ws.cell(renstra, 4).value == 500 and ws.cell(renstra, 5).value == 581
    assert r2(ws.cell(renstra, 6).value) == 116.20 and ws.cell(renstra, 7).value == 0


def test_formula_indicator_explained_with_numerator_and_denominator(rendered):
    ws = rendered["values"]["Tabel 3.3"]
    assert under(ws, "Pembilang: Jumlah PPKS Mandiri", "2023", "Target").value == 521
    assert under(ws, "Pembilang: Jumlah PPKS Mandiri", "2023", "Realisasi").value == 581
    assert under(ws, "Penyebut: Jumlah Fakir Miskin", "2023", "Realisasi").value == 16013
    assert under(ws, "Penyebut: Jumlah Fakir Miskin", "2022", "Realisasi").value == 16875
    assert r2(under(ws, "Persentase PPKS Mandiri = pembilang ÷ penyebut × 100", "2023", "Realisasi").value) == 3.63


def test_operational_objectives(rendered):
    ws = rendered["values"]["Tabel 3.4"]
    for name, capaian in (("Persentase peningkatan PSKS yang tersertifikasi", 117.12),
                          ("Persentase peningkatan PSKS kelembagaan terakreditasi", 108.34),
                          ("Persentase PPKS yang memperoleh jaminan sosial", 98.65),
                          ("Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial", 100.00),
                          ("Persentase korban bencana yang terpenuhi kebutuhan dasarnya pada saat tanggap darurat bencana", 100.00)):
        assert r2(under(ws, name, "2023", "Capaian (%)").value) == capaian, name
    assert r2(under(ws, "Persentase peningkatan PSKS yang tersertifikasi", "2023", "Realisasi").value) == 65.58


def test_operational_counts_are_copied_and_the_percentages_are_formulas_over_them(rendered):
    values, formulas = rendered["values"]["Tabel 3.4"], rendered["formulas"]["Tabel 3.4"]
    name = "Persentase peningkatan PSKS kelembagaan terakreditasi"
    for sub, expected in (("Target", 71), ("Pembilang Target", 9), ("Penyebut Target", 13), ("Pembilang Realisasi", 10),
                          ("Penyebut Realisasi", 13)):
        assert under(values, name, "2023", sub).value == expected, sub
        assert under(formulas, name, "2023", sub).value == expected, sub  # copies, not formulas
    pembilang, penyebut = (under(formulas, name, "2023", sub).coordinate for sub in ("Pembilang Realisasi", "Penyebut Realisasi"))
    realisasi = under(formulas, name, "2023", "Realisasi").value
    assert realisasi.startswith("=") and f"'Tabel 3.4'!{pembilang}/'Tabel 3.4'!{penyebut}*100" in realisasi
    assert r2(under(values, name, "2023", "Realisasi").value) == 76.92
    assert under(formulas, name, "2023", "Pembilang Target").number_format.startswith('#,##0" lembaga"')
    assert under(formulas, name, "2022", "Realisasi").value == 76.92  # stated, no counts: a copy
    # the stated target is the cell of a finding, its counts the cells involved (9 of 13 is 69,23%, not 71%)
    assert under(values, name, "2023", "Target").fill.fgColor.rgb == "FFFFEB9C"
    assert under(values, name, "2023", "Pembilang Target").fill.fgColor.rgb == "FFFFF7D6"
    assert under(values, "Persentase PPKS yang memperoleh jaminan sosial", "2023", "Target").fill.fgColor.rgb != "FFFFEB9C"


def test_an_eselon_iv_table_with_the_counts_of_both_years(tmp_path):
    out = tmp_path / "beragam_laporan.xlsx"
    lkjip, hasil, _ = convert(_beragam(tmp_path / "beragam.xlsx"), out)
    entri = next(t for t in katalog(lkjip, hasil).tabel if t.judul.startswith("Perjanjian Kinerja Eselon IV"))
    values, formulas = load_workbook(out, data_only=True)[entri.lembar], load_workbook(out)[entri.lembar]
    name = "Persentase data PPKS yang keliru"
    assert [under(values, name, "2022", sub).value for sub in ("Pembilang", "Penyebut", "Realisasi")] == [120, 1000, 12]
    assert under(formulas, name, "2022", "Realisasi").value.startswith("=")
    assert (under(values, name, "2023", "Realisasi").value, under(values, name, "2023", "Capaian (%)").value) == (8, 120)
    assert at(values, name, "Unit Kerja").value == "Seksi Data dan Informasi"


def test_supporting_tables_show_computed_totals_next_to_typed_ones(rendered):
    wb = rendered["values"]
    psks = wb["Tabel 3.5"]
    assert at(psks, "Jumlah (hasil perhitungan)", "Tersertifikasi 2022 (orang)").value == 85
    assert at(psks, "Total (tertulis)", "Tersertifikasi 2022 (orang)").value == 127
    assert at(psks, "Jumlah (hasil perhitungan)", "Jumlah PSKS (orang)").value == 154
    rehab = wb["Tabel 3.7"]
    assert at(rehab, "Jumlah (hasil perhitungan)", "Jumlah (orang)").value == 1185
    assert at(rehab, "PMKS Lainnya", "Jumlah (orang)").value == 628
    assert at(wb["Tabel 3.6"], "PBI", "Penerima 2023").value == 170727
    assert at(wb["Tabel 3.8"], "Permakanan", "Capaian 2022").value == 2790


def test_akip_scores_and_predikat(rendered):
    ws = rendered["values"]["Tabel 3.9"]
    assert at(ws, "Jumlah Nilai", "2021").value == pytest.approx(70.35)
    assert at(ws, "Jumlah Nilai", "2022").value == pytest.approx(73.50)
    assert (at(ws, "Predikat", "2021").value, at(ws, "Predikat", "2022").value) == ("BB", "BB")
    sasaran2 = rendered["values"]["Tabel 3.10"]
    row = "Predikat Akuntabilitas Kinerja Perangkat Daerah"
    assert under(sasaran2, row, "2023", "Capaian (%)").value == 100
    assert under(sasaran2, row, "2022", "Realisasi").value == "B"


def test_budget_per_sasaran_and_efficiency(rendered):
    wb = rendered["values"]
    ws = wb["Tabel 3.11"]
    s1, s2 = "Meningkatnya PPKS Mandiri", "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah"
    assert under(ws, s1, "Anggaran", "Pagu").value == 44825594200
    assert under(ws, s1, "Anggaran", "Realisasi").value == 42662912883
    assert r2(under(ws, s1, "Anggaran", "Penyerapan (%)").value) == 95.18
    assert r2(at(ws, s1, "Rata-rata Capaian (%)").value) == 111.64
    assert at(ws, s1, "Kategori").value == "Sangat Tinggi"
    assert under(ws, s2, "Anggaran", "Pagu").value == 12541983559
    assert r2(under(ws, s2, "Anggaran", "Penyerapan (%)").value) == 93.36
    stated = find(ws, "Angka per sasaran yang tertulis pada workbook isian (pembanding)").row
    assert at(ws, s1, "Anggaran Tertulis", after=stated).value == 44416379200  # the agency's own figure, kept
    assert at(ws, s1, "Capaian Tertulis (%)", after=stated).value == 94.05
    ef = wb["Tabel 3.12"]
    assert r2(at(ef, s1, "Indeks Efisiensi").value) == 117.30
    assert at(ef, s1, "Tingkat Efisiensi").value == "Sangat Efisien"
    assert r2(at(ef, s2, "Indeks Efisiensi").value) == 107.11
    assert at(ef, s2, "Tingkat Efisiensi").value == "Sangat Efisien"
    find(ef, rendered["hasil"].keterangan_efisiensi)  # the method's sentence under the table


def test_renstra_targets(rendered):
    ws = rendered["values"]["Tabel 2.2"]
    assert under(ws, "Jumlah PPKS Mandiri", "Target Tiap Tahun", "2023").value == 390
    assert at(ws, "Jumlah PPKS Mandiri", "Kondisi Akhir Periode (2026)").value == 500
    assert at(ws, "Nilai akuntabilitas kinerja Perangkat Daerah", "Kondisi Akhir Periode (2026)").value == "BB"


# --------------------------------------------------------------------------- formulas


def _sheets_named(formula: str) -> set[str]:
    quoted = {m.replace("''", "'") for m in re.findall(r"'((?:[^']|'')+)'!", formula)}
    plain = set(re.findall(r"(?<![\w.'])([A-Za-z_][\w.]*)!", formula))
    return quoted | plain


def test_derived_cells_are_formulas_over_this_workbook(rendered):
    wb = rendered["formulas"]
    ws = wb["Tabel 3.1"]
    row = "Persentase PPKS Mandiri"
    capaian, target, realisasi = at(ws, row, "Capaian (%)"), at(ws, row, "Target"), at(ws, row, "Realisasi")
    assert capaian.data_type == "f"
    assert f"'Tabel 3.1'!{realisasi.coordinate}" in capaian.value and f"'Tabel 3.1'!{target.coordinate}" in capaian.value
    assert "'Tabel 3.3'!" in realisasi.value  # realisasi = pembilang / penyebut, copied into Tabel 3.3
    assert "'Tabel 2.3'!" in target.value  # the target signed in the Perjanjian Kinerja
    assert "Skala!" in at(ws, row, "Kategori").value  # labels look up the Skala sheet
    budget = wb["Tabel 2.4"]
    assert isinstance(at(budget, "Program Pemberdayaan Sosial", "Anggaran").value, float | int)  # inputs are values
    assert at(budget, "Jumlah", "Anggaran").value.startswith("=SUM('Tabel 2.4'!D")
    assert "Skala!" in at(wb["Tabel 3.12"], "Meningkatnya PPKS Mandiri", "Tingkat Efisiensi").value
    assert "Skala!" in at(wb["Tabel 3.9"], "Predikat", "2022").value
    assert at(wb["Tabel 3.5"], "Jumlah (hasil perhitungan)", "Tersertifikasi 2022 (orang)").value == "=SUM('Tabel 3.5'!C6:C10)"
    n = 0
    for sheet in wb.worksheets:
        for row_ in sheet.iter_rows():
            for cell in row_:
                if cell.data_type == "f":
                    n += 1
                    assert _sheets_named(cell.value) <= set(wb.sheetnames), (sheet.title, cell.coordinate, cell.value)
    assert n > 100


def test_every_formula_stores_its_value(rendered):
    formulas, values = rendered["formulas"], rendered["values"]
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cached = values[sheet.title][cell.coordinate].value
                    assert cached is not None or "IF" in cell.value, (sheet.title, cell.coordinate)


def test_every_input_the_rules_use_is_copied_into_the_workbook(rendered):
    from lkj_excel.report.xlsx.buku import susun_lembar
    from lkj_excel.report.xlsx.konteks import Konteks
    from lkj_excel.report.xlsx.rumah import Rumah

    ringkasan, *tables, skala = susun_lembar(Konteks(rendered["lkjip"], rendered["hasil"]))
    rumah = Rumah(rendered["hasil"], [*tables, skala, ringkasan])
    assert rumah.tak_tersalin == []


def test_formats_and_print_setup(rendered):
    wb = rendered["formulas"]
    budget = wb["Tabel 2.4"]
    assert '"Rp "#,##0' in at(budget, "Program Pemberdayaan Sosial", "Anggaran").number_format
    assert '"%"' in at(budget, "Jumlah", "Penyerapan (%)").number_format
    assert at(budget, "Jumlah", "Anggaran").font.b
    header = find(budget, "Program")
    assert header.font.b and header.fill.fgColor.rgb.endswith("D9E1F2")
    assert header.border.bottom.style is not None
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize == 9, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # one page wide (1 is the default)
        assert "&P" in ws.oddFooter.right.text
    for name, _ in CAPTIONS:
        assert wb[name].print_title_rows and wb[name].freeze_panes, name
    assert wb["Tabel 3.4"].page_setup.orientation == "landscape"
    assert wb["Tabel 3.5"].page_setup.orientation != "landscape"
    arah = wb["Tabel 2.1"]
    tall = find(arah, "Memberikan bantuan pemenuhan kebutuhan dasar bagi masyarakat miskin dan rentan berupa bantuan "
                      "pangan non tunai otonom dan bantuan sembako")
    assert arah.row_dimensions[tall.row].height >= 28  # two lines of wrapped text
    assert tall.alignment.wrap_text


# --------------------------------------------------------------------------- Temuan


def _temuan_row(ws, kode: str, ditemukan: str | None = None) -> int:
    kode_col = header_col(ws, "Kode", 6)
    found_col = header_col(ws, "Ditemukan", 6)
    for cell in ws.iter_cols(min_col=kode_col, max_col=kode_col):
        for c in cell:
            if c.value == kode and (ditemukan is None or ws.cell(c.row, found_col).value == ditemukan):
                return c.row
    raise AssertionError(f"no finding {kode} {ditemukan}")


@pytest.mark.parametrize("kode, ditemukan, stated", [
    ("jumlah-tabel-berbeda", "127", 127),  # Tabel 3.5: the 2022 total
    ("angka-tertulis-berbeda", "Rp 44.416.379.200", 44416379200),  # Tabel 3.11: budget of sasaran 1
    ("target-pk-berbeda-renstra", "521 KK", 521),  # PK target against the Renstra's
    ("target-pk-berbeda-renstra", "56%", 56),  # Eselon III target against the Renstra's (62%)
    ("target-pecahan-berbeda", "71%", 71),  # Eselon III target against its counts (9 of 13)
])
def test_temuan_links_to_the_highlighted_cell_of_each_disagreement(rendered, kode, ditemukan, stated):
    wb = rendered["formulas"]
    ws = wb["Temuan"]
    r = _temuan_row(ws, kode, ditemukan)
    link = ws.cell(r, header_col(ws, "Lokasi pada Workbook Ini", r))
    assert link.hyperlink is not None and link.hyperlink.location
    sheet, _, ref = link.hyperlink.location.rpartition("!")
    target = wb[sheet.strip("'")][ref]
    assert target.value == stated  # the agency's own figure, where the finding points
    assert target.fill.fgColor.rgb not in (None, "00000000")
    assert target.comment is not None and ditemukan.split()[-1] in target.comment.text
    uraian = ws.cell(r, header_col(ws, "Uraian", r)).value
    assert uraian and uraian in target.comment.text


def test_temuan_lists_every_finding_and_warning(rendered):
    ws = rendered["values"]["Temuan"]
    kode_col = header_col(ws, "Kode", 6)
    codes = [c.value for c in ws.iter_rows(min_row=5, min_col=kode_col, max_col=kode_col, values_only=False) for c in c
             if c.value]
    assert sorted(codes) == sorted(t.kode for t in rendered["temuan"])
    assert ws.auto_filter.ref


# --------------------------------------------------------------------------- safety and speed


def test_texts_that_look_like_formulas_stay_texts(edit_example, tmp_path):
    injected = {"PK!D4": '=HYPERLINK("http://contoh.invalid","klik")', "Renstra!D4": "+1+1",
                "Anggaran!C4": "-2+3 Program", "Data_Bantuan!B6": "@SUM(1)"}

    def as_text(wb):
        for ref, text in injected.items():
            sheet, cell = ref.split("!")
            wb[sheet][cell].value = text
            wb[sheet][cell].data_type = "s"

    source = edit_example(fn=as_text, name="injeksi.xlsx")
    out = tmp_path / "injeksi_laporan.xlsx"
    convert(source, out)
    wb = load_workbook(out)
    seen = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in injected.values():
                    seen.setdefault(cell.value, []).append(cell.data_type)
                if cell.data_type == "f":
                    assert "HYPERLINK" not in cell.value and "contoh.invalid" not in cell.value
    assert set(seen) == set(injected.values())
    assert all(t == "s" for types in seen.values() for t in types)


def test_kategori_cells_are_coloured_by_one_rule_per_band_over_their_column(rendered):
    ws = rendered["formulas"]["Tabel 3.1"]
    cells = [at(ws, row, "Kategori") for row in ("Persentase PPKS Mandiri", "Predikat Akuntabilitas Kinerja Perangkat Daerah")]
    covering = [cf for cf in ws.conditional_formatting if all(c.coordinate in cf.sqref for c in cells)]
    assert len(covering) == 1
    first = min(covering[0].sqref.ranges, key=lambda r: (r.min_row, r.min_col)).coord.split(":")[0]
    bands = [rule.formula[0] for rule in covering[0].rules]
    assert len(bands) == 5  # the five bands of the capaian scale
    assert all(f.startswith(f"MATCH({first},Skala!$") and f.endswith(f",0)={k}") for k, f in enumerate(bands, 1))


def test_quick_formula_path_writes_what_xlsxwriter_would(rendered):
    """The worksheet class that skips xlsxwriter's formula rewriting must not change a formula."""
    from xlsxwriter.worksheet import Worksheet

    from lkj_excel.report.xlsx.tulis import FUNGSI_KLASIK, lembar_cepat

    quick, plain = lembar_cepat()(), Worksheet()
    written = [c.value for ws in rendered["formulas"].worksheets for row in ws.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("=")]
    assert len(written) > 100
    probes = [f"={name}(A1,B2)" for name in sorted(FUNGSI_KLASIK)] + [
        "=SORT(A1:A3)", "=IF(A1=\"XLOOKUP(\",1,2)", "{=SUM(A1:A3*B1:B3)}", "=sum(A1)", "=STDEV.S(A1:A3)",
        "=_xlfn.CONCAT(A1,B1)", "=IF(A1,\"}\",2)", "=MATCH(B7,Skala!$B$2:$B$6,0)=3"]
    for formula in written + probes:
        for future in (False, True):
            assert quick._prepare_formula(formula, future) == plain._prepare_formula(formula, future), formula
    for name in FUNGSI_KLASIK:  # the set holds only functions that xlsxwriter leaves alone
        assert plain._prepare_formula(f"={name}(1)", True) == f"{name}(1)"


# --------------------------------------------------------------------------- LibreOffice recalculates


def _beragam(path: Path) -> Path:
    """Three sasaran, a negatif indicator with a national standard, a range target, efficiency by
    difference, a cap of 120, a low operational capaian, a negatif Eselon IV indicator with its counts
    and the alternative category labels."""
    isi = isi_contoh()
    rows = isi.lembar
    rows["Pengaturan"] = {**rows["Pengaturan"], "metode_efisiensi": "selisih", "batas_capaian": 120}
    rows["PK"] = rows["PK"] + [
        {"kode_sasaran": "S3", "sasaran": "Menurunnya persentase penduduk miskin", "kode": "I3", "nama": "Persentase penduduk miskin",
         "satuan": "%", "polaritas": "negatif", "target": 7.5, "standar_nasional": 9.36},
        {"kode": "I4", "nama": "Indeks kepuasan layanan sosial", "satuan": "indeks", "polaritas": "positif", "target": 80, "target_atas": 90},
    ]
    rows["Realisasi"] = rows["Realisasi"] + [
        {"kode_indikator": "I3", "tahun": 2021, "target": 8.5, "realisasi": 8.8},
        {"kode_indikator": "I3", "tahun": 2022, "target": 8, "realisasi": 7.9},
        {"kode_indikator": "I3", "tahun": 2023, "realisasi": 5.5},
        {"kode_indikator": "I4", "tahun": 2022, "target": 78, "realisasi": 79},
        {"kode_indikator": "I4", "tahun": 2023, "realisasi": 95},
    ]
    rows["Anggaran"] = rows["Anggaran"] + [{"nama": "Program Penanganan Fakir Miskin", "kode_sasaran": "S3",
                                            "anggaran": 2000000000, "realisasi": 1500000000, "sumber_dana": "APBD"}]
    rows["Operasional"] = [dict(r) for r in rows["Operasional"]]
    rows["Operasional"][3].update(realisasi=60, realisasi_pembilang=None, realisasi_penyebut=None)
    rows["Operasional"].append(  # Eselon IV, negatif, with the counts of both years and of the target
        {"kode_sasaran": "S3", "unit": "Seksi Data dan Informasi", "eselon": "IV", "sasaran_operasional": "Menurunnya kesalahan data PPKS",
         "kode": "OP9", "nama": "Persentase data PPKS yang keliru", "satuan": "%", "polaritas": "negatif",
         "label_pembilang": "Jumlah data keliru", "satuan_pembilang": "data", "label_penyebut": "Jumlah data diverifikasi",
         "realisasi_lalu_pembilang": 120, "realisasi_lalu_penyebut": 1000, "target": 10, "target_pembilang": 100,
         "target_penyebut": 1000, "realisasi_pembilang": 80, "realisasi_penyebut": 1000})
    alt = [p.label for p in SKALA_ALTERNATIF["kategori"]]
    rows["Skala"] = [dict(r, label=alt[i]) if i < len(alt) else r for i, r in enumerate(rows["Skala"])]
    return build(path, isi)


def _pmk(path: Path) -> Path:
    """PMK 249 efficiency, T/R for negatif indicators, printed precision with 1 decimal, weights,
    numeric predikat, Rupiah without a space."""
    isi = isi_contoh()
    rows = isi.lembar
    rows["Pengaturan"] = {**rows["Pengaturan"], "metode_efisiensi": "pmk249", "metode_negatif": "T/R", "presisi": "tercetak",
                          "pakai_bobot": "Ya", "desimal_persen": 1, "format_rupiah": "puebi", "predikat_numerik": "Ya"}
    pk = [dict(r) for r in rows["PK"]]
    pk[0]["bobot"] = 2
    pk[1]["bobot"] = 1
    pk.insert(1, {"kode": "I5", "nama": "Angka kasus terlantar", "satuan": "kasus", "polaritas": "negatif", "target": 40, "bobot": 1})
    rows["PK"] = pk
    rows["Realisasi"] = rows["Realisasi"] + [{"kode_indikator": "I5", "tahun": 2022, "target": 50, "realisasi": 55},
                                             {"kode_indikator": "I5", "tahun": 2023, "realisasi": 36}]
    return build(path, isi)


def test_other_workbooks_render_their_own_settings(tmp_path):
    out = tmp_path / "beragam_laporan.xlsx"
    lkjip, hasil, _ = convert(_beragam(tmp_path / "beragam.xlsx"), out)
    wb = load_workbook(out, data_only=True)
    assert wb.sheetnames[:7] == ["Ringkasan", "Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 3.1", "Tabel 3.2"]
    ws = wb["Tabel 3.1"]
    assert at(ws, "Persentase penduduk miskin", "Capaian (%)").value == 120  # (2T - R) / T = 126,67, capped at 120
    assert at(ws, "Persentase penduduk miskin", "Kategori").value == "Sangat Baik"  # the alternative labels
    assert at(ws, "Indeks kepuasan layanan sosial", "Capaian (%)").value == pytest.approx(95 / 90 * 100)
    assert find(wb["Tabel 2.3"], "Batas Atas Target")
    ef = wb[next(t.lembar for t in katalog(lkjip, hasil).tabel if t.jenis == "efisiensi")]
    assert at(ef, "Menurunnya persentase penduduk miskin", "Selisih Capaian dan Penyerapan (poin)").value == pytest.approx(
        hasil.sasaran_by_kode("S3").nilai_efisiensi)
    find(ef, hasil.keterangan_efisiensi)
    standar = next(ws for ws in wb.worksheets if ws["A1"].value == "Tabel 3.11 Capaian Kinerja Sasaran 3")
    section = find(standar, "Perbandingan realisasi 2023 dengan standar nasional").row
    assert at(standar, "Persentase penduduk miskin", "Standar Nasional", after=section).value == 9.36
    assert at(standar, "Persentase penduduk miskin", "Capaian terhadap Standar (%)", after=section).value == pytest.approx(
        (2 * 9.36 - 5.5) / 9.36 * 100)


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_SOFFICE)
def test_libreoffice_recalculates_every_formula_to_its_cached_value(rendered, tmp_path):
    """The example and two workbooks with other settings: every formula, recalculated by LibreOffice."""
    outputs = [rendered["path"]]
    for name, make in (("beragam", _beragam), ("pmk", _pmk)):
        out = tmp_path / f"{name}_laporan.xlsx"
        convert(make(tmp_path / f"{name}.xlsx"), out)
        outputs.append(out)
    # a reviewer raises the lower bound of "Sangat Tinggi" from 91 to 120 on the Skala sheet
    edited = tmp_path / "skala_diubah.xlsx"
    wb = load_workbook(rendered["path"])
    skala = wb["Skala"]
    band = next(c for c in skala["D"] if c.value == "Sangat Tinggi")
    skala.cell(band.row, 2).value = 120
    wb.save(edited)
    *recalculated, edited_again = recalculate([*outputs, edited], tmp_path / "lo")
    total = 0
    for original, again in zip(outputs, recalculated):
        n, wrong = formula_mismatches(original, again)
        assert wrong == [], original.name
        total += n
    assert total > 400
    after = load_workbook(edited_again, data_only=True)
    assert at(after["Tabel 3.1"], "Persentase PPKS Mandiri", "Kategori").value == "Tinggi"  # 111,64 < 120
    assert at(after["Tabel 3.11"], "Meningkatnya PPKS Mandiri", "Kategori").value == "Tinggi"
    assert at(after["Tabel 3.1"], "Persentase PPKS Mandiri", "Capaian (%)").value == pytest.approx(111.64006168065367)


def test_values_show_the_decimals_of_the_word_report(rendered):
    """One writer of a value (angka.format_excel_nilai): a whole percentage without decimals, others with the
    setting's two, as the Word tables print them."""
    from lkj_excel.angka import format_excel_nilai

    ws = rendered["formulas"]["Tabel 3.1"]
    assert at(ws, "Persentase PPKS Mandiri", "Target").number_format == format_excel_nilai(3.25, "%") == '#,##0.00"%";-#,##0.00"%";#,##0.00"%";"-"'
    ops = rendered["formulas"]["Tabel 3.4"]
    target = under(ops, "Persentase peningkatan PSKS yang tersertifikasi", "2023", "Target")
    assert target.value == 56 and target.number_format.startswith('#,##0"%"')
