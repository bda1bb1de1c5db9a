"""The reader: the bundled example's figures, what people type, and every kind of bad input."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

import pytest

from conftest import EXAMPLE, ROOT
from lkj_excel.model import JenisInstansi, Polaritas
from lkj_excel.reader import read_workbook


def read_ok(path):
    lkjip, temuan = read_workbook(path)
    assert not temuan.errors, [t.teks() for t in temuan.errors]
    assert lkjip is not None
    return lkjip, temuan


def errors_at(path) -> dict[str, list]:
    """Errors of a workbook by their first cell."""
    lkjip, temuan = read_workbook(path)
    assert lkjip is None
    out: dict[str, list] = {}
    for t in temuan.errors:
        out.setdefault(t.sel[0] if t.sel else "", []).append(t)
    return out


# ---------------------------------------------------------------- the example


def test_example_reads_without_problems():
    lkjip, temuan = read_ok(EXAMPLE)
    assert [t.teks() for t in temuan] == []


def test_example_identity_and_signatory():
    ident = read_ok(EXAMPLE)[0].identitas
    assert (ident.nama_instansi, ident.pemerintah_daerah, ident.provinsi) == ("Dinas Sosial", "Kabupaten Bengkalis", "Riau")
    assert (ident.tahun, ident.renstra_awal, ident.renstra_akhir) == (2023, 2021, 2026)
    assert ident.kepala_nama == "SUPARDI, S.Sos., MH"
    assert ident.kepala_pangkat == "Pembina Utama Muda (IV/c)"
    assert ident.kepala_nip == "19710808 199703 1 006"
    assert ident.tempat_ttd == "Bengkalis" and ident.tanggal_ttd == "Januari 2024"
    assert ident.sumber_anggaran == "APBD Kabupaten Bengkalis"
    assert ident.jenis_instansi is JenisInstansi.PERANGKAT_DAERAH
    assert ident.cells["kepala_nip"] == "Identitas!B15"


def test_example_perjanjian_kinerja():
    lkjip = read_ok(EXAMPLE)[0]
    assert [(s.kode, s.nama) for s in lkjip.sasaran] == [
        ("S1", "Meningkatnya PPKS Mandiri"),
        ("S2", "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah"),
    ]
    i1, i2 = lkjip.indikator
    assert (i1.nama, i1.satuan, i1.polaritas, i1.target) == ("Persentase PPKS Mandiri", "%", Polaritas.POSITIF, 3.25)
    assert (i1.target_pembilang, i1.target_penyebut) == (521, 16013)
    assert (i1.formula.label_pembilang, i1.formula.satuan_pembilang, i1.formula.label_penyebut, i1.formula.faktor) == ("Jumlah PPKS Mandiri", "KK", "Jumlah Fakir Miskin", 100)
    assert i1.kode_renstra == "R1" and i1.cells["target"] == "PK!G4"
    assert (i2.polaritas, i2.target, i2.kode_renstra) == (Polaritas.PREDIKAT, "BB", "R5")


def test_example_realisasi_and_earlier_years():
    lkjip = read_ok(EXAMPLE)[0]
    r23 = lkjip.realisasi_of("I1", 2023)
    assert (r23.realisasi_pembilang, r23.realisasi_penyebut) == (581, 16013)
    r22 = lkjip.realisasi_of("I1", 2022)
    assert (r22.target_pembilang, r22.target_penyebut, r22.realisasi_pembilang, r22.realisasi_penyebut) == (455, 16875, 455, 16875)
    assert lkjip.realisasi_of("I2", 2023).realisasi == "BB"
    assert (lkjip.realisasi_of("I2", 2022).target, lkjip.realisasi_of("I2", 2022).realisasi) == ("BB", "B")


def test_example_renstra():
    lkjip = read_ok(EXAMPLE)[0]
    r1 = lkjip.renstra_by_kode("R1")
    assert r1.nama == "Jumlah PPKS Mandiri" and r1.satuan == "KK"
    assert r1.target_tahunan == {2021: 150, 2022: 340, 2023: 390, 2024: 420, 2025: 460, 2026: 500}
    assert r1.target_akhir == 500
    assert lkjip.renstra_by_kode("R5").target_tahunan[2023] == "BB"
    assert len(lkjip.indikator_renstra) == 6
    # Tabel 2.1: one row per arah kebijakan, groups filled down
    assert len(lkjip.renstra) == 11
    assert {a.tujuan for a in lkjip.renstra} == {"Terwujudnya pelayanan sosial terhadap PPKS"}
    assert lkjip.renstra[4].sasaran == "Meningkatnya jaminan sosial bagi PPKS"
    assert lkjip.renstra[4].strategi == "Peningkatan upaya pemenuhan kebutuhan dasar korban bencana"


def test_example_budget():
    lkjip = read_ok(EXAMPLE)[0]
    got = [(p.nama.replace("Program ", ""), p.kode_sasaran, p.anggaran, p.realisasi) for p in lkjip.program]
    assert got == [
        ("Pemberdayaan Sosial", "S1", 5_287_178_900, 5_003_538_806),
        ("Rehabilitasi Sosial", "S1", 2_307_015_800, 1_985_793_260),
        ("Perlindungan dan Jaminan Sosial", "S1", 35_668_708_000, 34_294_215_517),
        ("Penanganan Bencana", "S1", 1_562_691_500, 1_379_365_300),
        ("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "S2", 12_541_983_559, 11_709_130_372),
    ]
    total = lkjip.jumlah_anggaran_tertulis
    assert total.nilai == {"anggaran": 57_367_577_759, "realisasi": 54_372_043_255}
    assert total.cells == {"anggaran": "Anggaran!E9", "realisasi": "Anggaran!F9"}


def test_example_operational_objectives():
    ops = read_ok(EXAMPLE)[0].operasional
    assert [(o.target, o.target_pembilang, o.target_penyebut, o.realisasi_pembilang, o.realisasi_penyebut, o.realisasi)
            for o in ops] == [
        (56, 86, 154, 101, 154, None), (71, 9, 13, 10, 13, None), (88, None, None, 170727, 196660, None),
        (100, None, None, 1185, 1185, None), (100, None, None, 1763, 1763, None),
    ]
    assert [o.kode_renstra for o in ops] == ["R3", "R3", "R2", "R4", None]
    assert {o.kode_sasaran for o in ops} == {"S1"} and {o.eselon for o in ops} == {"III"}  # filled down
    assert ops[1].sasaran_operasional == ops[0].sasaran_operasional  # filled down
    f = ops[0].formula
    assert (f.label_pembilang, f.satuan_pembilang, f.label_penyebut, f.satuan_penyebut, f.faktor) == (
        "Jumlah PSKS tersertifikasi", "orang", "Jumlah seluruh PSKS", "orang", 100)
    assert ops[0].cells["target_pembilang"] == "Operasional!S4" and ops[4].cells["realisasi_pembilang"] == "Operasional!V8"


def test_example_supporting_tables():
    tables = read_ok(EXAMPLE)[0].pendukung
    assert [t.judul for t in tables] == [
        "Jenis dan Jumlah PSKS Tersertifikasi",
        "Jenis dan Jumlah Penerima Bantuan",
        "Jenis Layanan dan Penerima Layanan Rehabilitasi Sosial",
        "Jumlah Korban Bencana dan Jenis Layanan yang Diterima",
    ]
    psks = tables[0]
    assert [r[2] for r in psks.baris] == [64, 0, 7, 13, 1]
    assert psks.jumlah_tertulis.nilai["Tersertifikasi 2022 (orang)"] == 127
    assert psks.jumlah_tertulis.cells["Tersertifikasi 2022 (orang)"] == "Data_PSKS!C11"
    bantuan = tables[1]
    assert bantuan.baris[6][2] is None and bantuan.baris[6][3] == 170727  # "-" is no value
    assert [k.numerik for k in bantuan.kolom] == [False, False, True, True, False]
    assert sum(r[2] for r in tables[2].baris) == 1185 == tables[2].jumlah_tertulis.nilai["Jumlah (orang)"]


def test_example_akip_and_settings():
    lkjip = read_ok(EXAMPLE)[0]
    akip = lkjip.akip
    assert [(k.nama, k.bobot) for k in akip.komponen][0] == ("Perencanaan Kinerja", 30)
    assert [k.nilai[2021] for k in akip.komponen] == [22.20, 24.00, 9.90, 14.25]
    assert [k.nilai[2022] for k in akip.komponen] == [24.00, 24.00, 10.50, 15.00]
    assert akip.jumlah_tertulis == {2021: 70.35, 2022: 73.50}
    assert akip.predikat_tertulis == {2021: "BB", 2022: "BB"}
    p = lkjip.pengaturan
    assert (p.metode_negatif, p.metode_efisiensi, p.presisi, p.desimal_persen, p.kode_indikator_akip) == ("2T-R", "rasio", "penuh", 2, "I2")
    assert [b.label for b in p.skala["kategori"]][-1] == "Sangat Tinggi"


def test_example_narrative_and_stated_figures():
    lkjip = read_ok(EXAMPLE)[0]
    assert len(lkjip.narasi_of("Faktor Keberhasilan", "S1")) == 6
    assert len(lkjip.narasi_of("Langkah Selanjutnya")) == 6
    s1 = next(a for a in lkjip.angka_tertulis if a.kode_sasaran == "S1")
    assert (s1.capaian, s1.anggaran, s1.realisasi_anggaran, s1.penyerapan) == (94.05, 44_416_379_200, 42_277_199_383, 95.18)
    assert len(lkjip.tugas_fungsi.fungsi) == 7 and len(lkjip.tugas_fungsi.tugas) == 1
    assert [u.kode for u in lkjip.organisasi if u.induk == "SEK"] == ["UMPEG", "KEU"]


# ---------------------------------------------------------------- what people type


@pytest.mark.parametrize(
    "typed, expected",
    [("3,25%", 3.25), ("3.25", 3.25), (" 3,25 ", 3.25), ("3,25\u00a0%", 3.25)],
)
def test_typed_percent_target(edit_example, typed, expected):
    lkjip, _ = read_ok(edit_example({"PK!G4": typed}))
    assert lkjip.indikator[0].target == expected


@pytest.mark.parametrize(
    "typed, expected",
    [("Rp 5.287.178.900", 5_287_178_900), ("Rp5.287.178.900,-", 5_287_178_900), ("5,287,178,900", 5_287_178_900), ("5.287.178.900,00", 5_287_178_900)],
)
def test_typed_rupiah(edit_example, typed, expected):
    lkjip, _ = read_ok(edit_example({"Anggaran!E4": typed}))
    assert lkjip.program[0].anggaran == expected


def test_typed_thousands_and_spaces(edit_example):
    lkjip, _ = read_ok(edit_example({"Realisasi!I5": "16.013", "Realisasi!H5": "\u00a0581 "}))
    r = lkjip.realisasi_of("I1", 2023)
    assert (r.realisasi_pembilang, r.realisasi_penyebut) == (581, 16013)


def test_columns_in_another_order_and_extra_columns(edit_example):
    def shuffle(wb):
        ws = wb["Anggaran"]
        ws.insert_cols(1)  # an extra column in front
        ws["A3"] = "Catatan Internal"
        ws["A4"] = "tidak dipakai"
        # swap Anggaran and Realisasi columns (now F and G)
        for row in range(3, 10):
            ws.cell(row, 6).value, ws.cell(row, 7).value = ws.cell(row, 7).value, ws.cell(row, 6).value

    lkjip, _ = read_ok(edit_example(fn=shuffle))
    assert (lkjip.program[0].anggaran, lkjip.program[0].realisasi) == (5_287_178_900, 5_003_538_806)
    assert lkjip.program[0].cells["anggaran"] == "Anggaran!G4"


def test_sheet_names_are_matched_loosely_and_empty_rows_skipped(edit_example):
    def rename(wb):
        wb["PK"].title = "Pk_"
        ws = wb["Anggaran"]
        ws.insert_rows(6, 3)  # empty rows in the middle

    lkjip, _ = read_ok(edit_example(fn=rename))
    assert len(lkjip.program) == 5 and len(lkjip.indikator) == 2


def test_excel_percent_value_is_warned(edit_example):
    lkjip, temuan = read_workbook(edit_example({"PK!G4": 0.0325}))
    assert lkjip is not None
    assert [t.sel for t in temuan.warnings if t.kode == "persen-excel"] == [("PK!G4",)]


# ---------------------------------------------------------------- bad input


def test_missing_sheet(edit_example):
    errs = errors_at(edit_example(drop_sheets=["Anggaran"]))
    assert errs["Anggaran!A1"][0].kode == "lembar-hilang"


def test_missing_column(edit_example):
    errs = errors_at(edit_example({"PK!G3": "Sasaran Kinerja Lain"}))
    (err,) = [t for ts in errs.values() for t in ts if t.kode == "kolom-hilang"]
    assert err.sel == ("PK!3:3",) and "Target" in err.pesan


def test_duplicated_column(edit_example):
    errs = errors_at(edit_example({"Anggaran!H3": "Anggaran"}))
    (err,) = [t for ts in errs.values() for t in ts if t.kode == "kolom-ganda"]
    assert err.sel == ("Anggaran!E3", "Anggaran!H3")


def test_wrong_type(edit_example):
    errs = errors_at(edit_example({"PK!G4": "tiga koma dua lima", "Identitas!B8": "dua ribu"}))
    assert errs["PK!G4"][0].kode == "nilai-tidak-terbaca"
    assert "tiga koma dua lima" in errs["PK!G4"][0].pesan
    assert errs["Identitas!B8"][0].kode == "angka-tidak-terbaca"


def test_value_outside_allowed_set(edit_example):
    errs = errors_at(edit_example({"PK!F4": "naik"}))
    err = errs["PK!F4"][0]
    assert err.kode == "pilihan-tidak-dikenal" and "positif, negatif, predikat" in err.pesan


def test_ambiguous_number(edit_example):
    errs = errors_at(edit_example({"Anggaran!E5": "1.234,5.6"}))
    err = errs["Anggaran!E5"][0]
    assert err.kode == "angka-tidak-terbaca" and '"1.234,5.6"' in err.pesan


def test_duplicate_indicator(edit_example):
    errs = errors_at(edit_example({"PK!C5": "I1"}))
    err = errs["PK!C4"][0]
    assert err.kode == "indikator-ganda" and err.sel == ("PK!C4", "PK!C5")


def test_program_supporting_no_sasaran(edit_example):
    errs = errors_at(edit_example({"Anggaran!D5": "S9", "Anggaran!D6": None}))
    assert errs["Anggaran!D5"][0].kode == "program-tanpa-sasaran"
    assert errs["Anggaran!D6"][0].kode == "anggaran-tanpa-sasaran"


def test_realisasi_for_indicator_not_in_pk(edit_example):
    errs = errors_at(edit_example({"Realisasi!A7": "I7"}))
    assert errs["Realisasi!A7"][0].kode == "realisasi-tanpa-pk"


def test_all_problems_in_one_report(edit_example):
    path = edit_example({"PK!F4": "naik", "Anggaran!E5": "1.234,5.6", "Realisasi!A7": "I7", "Identitas!B8": None})
    errs = errors_at(path)
    assert {"PK!F4", "Anggaran!E5", "Realisasi!A7", "Identitas!B8"} <= set(errs)


def test_not_a_workbook(tmp_path):
    path = tmp_path / "laporan.xlsx"
    path.write_text("ini bukan workbook", encoding="utf-8")
    lkjip, temuan = read_workbook(path)
    assert lkjip is None and temuan.errors[0].kode == "bukan-workbook"
    assert "laporan.xlsx" in temuan.errors[0].teks()


def test_truncated_workbook(tmp_path):
    path = tmp_path / "terpotong.xlsx"
    path.write_bytes(EXAMPLE.read_bytes()[:5000])
    lkjip, temuan = read_workbook(path)
    assert lkjip is None and temuan.errors[0].kode == "berkas-rusak"


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("catatan.txt", "halo")
    assert read_workbook(path)[1].errors[0].kode == "bukan-workbook"


def test_password_protected_workbook(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool (test extra) encrypts a real workbook")
    from msoffcrypto.format.ooxml import OOXMLFile

    path = tmp_path / "rahasia.xlsx"
    with EXAMPLE.open("rb") as src, path.open("wb") as dst:
        OOXMLFile(src).encrypt("sandi123", dst)
    del msoffcrypto
    lkjip, temuan = read_workbook(path)
    assert lkjip is None and temuan.errors[0].kode == "berkas-berkata-sandi"
    assert "kata sandi" in temuan.errors[0].pesan


def test_missing_file(tmp_path):
    assert read_workbook(tmp_path / "tidak_ada.xlsx")[1].errors[0].kode == "berkas-tidak-ada"


def test_input_is_never_modified(example_path):
    before = example_path.read_bytes()
    read_workbook(example_path)
    assert example_path.read_bytes() == before


def test_convert_exits_nonzero_with_the_messages(edit_example, tmp_path):
    broken = edit_example({"PK!F4": "naik", "Anggaran!E5": "1.234,5.6"}, name="rusak.xlsx")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "convert.py"), str(broken), "--output", str(tmp_path / "out")],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    assert proc.returncode != 0
    assert "PK!F4" in proc.stdout and "Anggaran!E5" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_excel_error_cell_is_named(edit_example, tmp_path):
    # openpyxl writes formulas without cached results; LibreOffice-free check of both cases
    path = edit_example({"Anggaran!E5": "=1/0"})
    errs = errors_at(path)
    assert errs["Anggaran!E5"][0].kode in ("rumus-tanpa-nilai", "galat-excel")


def test_hidden_sheet_and_rows_are_read_and_warned(edit_example):
    def hide(wb):
        wb["Narasi"].sheet_state = "hidden"
        wb["Anggaran"].row_dimensions[5].hidden = True

    lkjip, temuan = read_workbook(edit_example(fn=hide))
    assert lkjip is not None and len(lkjip.program) == 5
    codes = {t.kode: t.sel for t in temuan.warnings}
    assert codes["lembar-tersembunyi"] == ("Narasi!A1",)
    assert codes["baris-tersembunyi"] == ("Anggaran!A5",)


def test_optional_columns_may_be_absent(edit_example):
    def drop(wb):
        ws = wb["Realisasi"]
        for col in (9, 8):  # Realisasi Pembilang and Penyebut
            ws.delete_cols(col)

    lkjip, temuan = read_workbook(edit_example(fn=drop))
    assert all(t.kode != "galat-internal" for t in temuan)
    # the formula indicator's parts are gone: what remains is reported, not a crash
    assert lkjip is None or lkjip.realisasi_of("I1", 2023).realisasi_pembilang is None


# --------------------------------------------------------------------------- the used range, before calamine


def _sheet_xml(rows: str, dimension: str = "A1:C3") -> bytes:
    return (f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/>'
            f"<sheetData>{rows}</sheetData></worksheet>").encode()


def test_used_range_comes_from_the_cells_present_not_the_dimension():
    from lkj_excel.xlsx_scan import Luas, luas_lembar

    # The dimension claims the whole sheet; a styled empty cell (self-closing) holds nothing.
    data = _sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row>'
                      '<row r="7"><c r="B7"><v>1</v></c><c r="XFD7" s="3"/></row>', dimension="A1:XFD1048576")
    assert luas_lembar(data) == Luas(baris=7, kolom=3, sel_baris="B7", sel_kolom="C1")
    # A lying dimension does not hide a far cell.
    data = _sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row><row r="100000"><c r="XFD100000" t="inlineStr"><is><t/></is></c></row>')
    assert luas_lembar(data) == Luas(baris=100000, kolom=16384, sel_baris="XFD100000", sel_kolom="XFD100000")


def test_used_range_of_cells_without_reference_or_with_a_prefix():
    from lkj_excel.xlsx_scan import Luas, luas_lembar

    # Cells and rows without r="..." follow the previous one, as calamine places them.
    data = _sheet_xml('<row><c><v>1</v></c><c/><c t="s"><v>0</v></c></row><row r="9"><c r="B9"><v>1</v></c><c><v>2</v></c></row>')
    assert luas_lembar(data) == Luas(baris=9, kolom=3, sel_baris="B9", sel_kolom="C1")
    data = b'<x:worksheet xmlns:x="s"><x:sheetData><x:row r="2"><x:c r="AA2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    assert luas_lembar(data) == Luas(baris=2, kolom=27, sel_baris="AA2", sel_kolom="AA2")


def test_used_range_of_an_ods_sheet_counts_repeated_cells(tmp_path):
    from lkj_excel.xlsx_scan import Luas, pindai_ods

    path = _ods(
        tmp_path / "lembar.ods",
        '<table:table table:name="Data_A"><table:table-column table:number-columns-repeated="3"/>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="16382"/>'
        '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="4998"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="1043575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        '</table:table><table:table table:name="Kosong"/>',
    )
    assert pindai_ods(path).luas == {"Data_A": Luas(baris=5000, kolom=16384, sel_baris="A5000", sel_kolom="XFD1"), "Kosong": Luas()}


def _ods(path, tables: str):
    """An .ods whose content is ``tables`` (``<table:table>`` elements)."""
    content = ('<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>'
               f"{tables}</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return path


def test_formula_cells_of_an_ods_are_listed(tmp_path):
    """A formula in a tool-filled column is the template's computation, not a value the agency typed."""
    from lkj_excel.xlsx_scan import pindai_ods

    path = _ods(tmp_path / "rumus.ods",
                '<table:table table:name="Anggaran"><table:table-row><table:table-cell office:value-type="float" '
                'office:value="5"><text:p>5</text:p></table:table-cell><table:table-cell table:formula="of:=[.A1]*2" '
                'office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell></table:table-row>'
                '<table:table-row><table:table-cell table:number-columns-repeated="2" table:formula="of:=1" '
                'office:value-type="float" office:value="1"/></table:table-row></table:table>')
    assert pindai_ods(path).rumus == {"Anggaran": {"B1", "A2", "B2"}}


def test_a_far_cell_is_refused_before_the_grid_is_built(edit_example, monkeypatch):
    from lkj_excel import reader

    path = edit_example({"Data_PSKS!XFD100000": "x", "PK!F4": "naik"})
    monkeypatch.setattr(reader, "load_grids", lambda path: pytest.fail("calamine must not read a sheet this wide"))
    lkjip, temuan = read_workbook(path)
    assert lkjip is None
    assert [(t.kode, t.sel) for t in temuan.errors] == [("lembar-terlalu-luas", ("Data_PSKS!XFD100000",))]
    assert "nilai di XFD100000 jauh di luar tabel" in temuan.errors[0].pesan and "hapus isi sel itu" in temuan.errors[0].pesan


def test_a_large_but_real_table_is_within_the_limits():
    from lkj_excel.safety import MAX_BARIS, MAX_KOLOM, MAX_SEL, periksa_luas
    from lkj_excel.xlsx_scan import Luas

    assert periksa_luas({"Data_Besar": Luas(100_005, 3, "A100005", "C5"), "PK": Luas(45, 18, "A45", "R3")}) == []
    assert MAX_BARIS >= 200_000 and MAX_KOLOM >= 26 and MAX_SEL >= 100_005 * 3
    [masalah] = periksa_luas({"Data_X": Luas(20_000, 256, "A20000", "IV7")})
    assert masalah.varian == "sel" and masalah.sel == ("Data_X!IV7",)


# --------------------------------------------------------------------------- text that XML cannot hold, text too long for a format

KENDALI = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)]


def _parts_are_well_formed(path) -> None:
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(zf.read(name))  # raises on a character XML cannot hold


def test_every_control_character_is_replaced_and_its_cell_named(tmp_path):
    from catalogue import cells_xml, teks_excel
    from lkj_excel.pipeline import konversi

    # At most ten a sheet: each of those cells gets a warning of its own.
    cells = ([f"Narasi!C{r}" for r in range(4, 14)] + [f"Renstra!D{r}" for r in range(4, 14)]
             + [f"TugasFungsi!B{r}" for r in range(4, 12)] + [f"Organisasi!B{r}" for r in range(4, 7)])
    assert len(cells) == len(KENDALI)
    edits: dict[str, dict[str, str]] = {}
    for where, ch in zip(cells, KENDALI):
        sheet, cell = where.split("!")
        edits.setdefault(sheet, {})[cell] = teks_excel(cell, f"Teks{ch}yang ditempel")
    edits["PK"] = {"E4": teks_excel("E4", "%\x02")}  # a unit goes into a number format of the output workbook
    path = cells_xml(tmp_path / "kendali.xlsx", edits)
    result = konversi(path, tmp_path / "keluar", daftar_isi=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    named = {t.sel[0]: t for t in result.temuan if t.kode == "karakter-kendali" and t.sel}
    for where, ch in zip(cells, KENDALI):
        assert f"U+{ord(ch):04X}" in named[where].pesan, where
    assert "PK!E4" in named
    assert sorted(p.name for p in result.berkas) == ["kendali_laporan.docx", "kendali_laporan.xlsx"]
    for written in result.berkas:
        _parts_are_well_formed(written)
    lkjip, _ = read_workbook(path)
    assert lkjip.narasi[0].teks == "Teks yang ditempel" and lkjip.indikator_by_kode("I1").satuan == "%"
    assert lkjip.organisasi[0].nama == "Teks yang ditempel"


def test_many_control_characters_in_one_sheet_are_counted(tmp_path):
    from catalogue import cells_xml, teks_excel

    path = cells_xml(tmp_path / "banyak.xlsx", {"Narasi": {f"C{r}": teks_excel(f"C{r}", "a\x07b") for r in range(4, 20)}})
    _, temuan = read_workbook(path)
    warnings = [t for t in temuan if t.kode == "karakter-kendali"]
    assert len(warnings) == 11 and "Masih ada 6 sel lain di lembar 'Narasi'" in warnings[-1].pesan


def test_a_unit_too_long_for_a_number_format_is_cut(edit_example, tmp_path):
    import re as re_

    from lkj_excel.pipeline import konversi
    from lkj_excel.schema import BATAS_SATUAN

    path = edit_example({"PK!E4": "orang " * 60, "PK!J4": "x" * 300})
    result = konversi(path, tmp_path / "keluar", word=False)
    assert result.berhasil
    cut = [t for t in result.temuan if t.kode == "teks-terpotong"]
    assert {t.sel[0] for t in cut} == {"PK!E4", "PK!J4"} and any("300 karakter" in t.pesan for t in cut)
    with zipfile.ZipFile(result.berkas[0]) as zf:
        styles = zf.read("xl/styles.xml").decode("utf-8")
    codes = re_.findall(r'formatCode="([^"]*)"', styles)
    assert codes and max(len(c) for c in codes) <= 255
    lkjip, _ = read_workbook(path)
    assert len(lkjip.indikator_by_kode("I1").satuan) <= BATAS_SATUAN


def test_a_long_short_title_is_warned_and_cut_in_the_footer(edit_example):
    from lkj_excel.report.xlsx.tulis import footer

    title = "LKjIP & " * 30
    _, temuan = read_workbook(edit_example({"Identitas!B23": title}))
    [warning] = [t for t in temuan if t.kode == "teks-terpotong"]
    assert warning.sel == ("Identitas!B23",) and "kaki halaman" in warning.pesan
    text = footer(title.strip())
    assert len(text) <= 255 and "&&" in text and not re.search(r"(?<!&)&(?![&LR8PN])", text)


def test_a_long_sheet_name_of_an_ods_is_cut_for_excel():
    from lkj_excel.schema import BATAS_NAMA_LEMBAR, nama_lembar_data

    long = "Data_Penerima Bantuan Sosial per Kecamatan"
    assert nama_lembar_data(["Data_PSKS", long, long + " 2"]) == ["Data_PSKS", long[:BATAS_NAMA_LEMBAR], long[:29].rstrip() + "~2"]
    assert nama_lembar_data(["PK"]) == ["PK~2"]  # never the name of a fixed sheet


# ---------------------------------------------------------------- operational indicators, checked as the PK's


def test_operational_indicator_codes_are_unique_across_operasional_and_pk(edit_example):
    errs = errors_at(edit_example({"Operasional!E4": "OP1", "Operasional!E5": "OP1", "Operasional!E6": "I1"}))
    (ganda,) = errs["Operasional!E4"]
    assert ganda.kode == "indikator-ganda" and ganda.sel == ("Operasional!E4", "Operasional!E5")
    (pk,) = errs["PK!C4"]
    assert pk.kode == "indikator-ganda" and pk.sel == ("PK!C4", "Operasional!E6") and "lembar PK" in pk.pesan


def test_operational_formula_and_renstra_link_are_checked(edit_example):
    errs = errors_at(edit_example({"Operasional!K4": None, "Operasional!N5": "R9", "Operasional!Q6": 196660,
                                   "Operasional!W7": 0}))
    assert errs["Operasional!K4"][0].kode == "formula-tidak-lengkap" and "Label Penyebut" in errs["Operasional!K4"][0].pesan
    assert errs["Operasional!N5"][0].kode == "kode-tidak-dikenal"
    assert errs["Operasional!P6"][0].kode == "formula-tidak-lengkap"  # a penyebut of last year without its pembilang
    assert errs["Operasional!W7"][0].pesan == "Realisasi Penyebut tidak boleh 0."


def test_operational_values_follow_the_polarity(edit_example):
    errs = errors_at(edit_example({"Operasional!R4": "BB", "Operasional!H5": "predikat", "Operasional!C6": "V"}))
    assert errs["Operasional!R4"][0].kode == "target-bukan-angka"
    assert {t.kode for t in errs["Operasional!R5"]} == {"target-bukan-predikat"}
    assert {t.kode for t in errs["Operasional!O5"]} == {"nilai-bukan-predikat"}
    assert errs["Operasional!C6"][0].kode == "pilihan-tidak-dikenal" and "III, IV" in errs["Operasional!C6"][0].pesan


def test_operational_counts_without_labels_are_a_formula_of_their_unit(edit_example):
    cells = {f"Operasional!{c}{r}": None for c in "IKL" for r in range(4, 9)}
    lkjip, _ = read_ok(edit_example({**cells, "Operasional!C7": "IV", "Operasional!M4": 1000}))
    ops = lkjip.operasional
    f = ops[1].formula
    assert (f.label_pembilang, f.satuan_pembilang, f.satuan_penyebut, f.faktor) == ("", "lembaga", "lembaga", 100)
    assert ops[0].formula.faktor == 1000
    assert [o.eselon for o in ops] == ["III", "III", "III", "IV", "IV"]
