"""Sources across tables: an indicator's pembilang or penyebut named after a supporting table's figure."""

from __future__ import annotations

import pytest

from lkj_excel import schema as sc
from test_tertulis import baca, baru, sel

# The example's Operasional row 4 (PSKS tersertifikasi): realisasi 101 of 154 orang (Operasional!V4, W4); its
# supporting table Data_PSKS has the column totals 154 (B, Jumlah PSKS), 85 (C, 2022) and 101 (D, 2023).
# Row 6 (jaminan sosial): 170.727 (V6), the PBI row of Data_Bantuan, column D (Penerima 2023, D12).
# PK indicator I1: penyebut 16.013 KK in 2023 (Realisasi!I5), the PKH row of Data_Bantuan (D13; 16.875 in 2022, C13).
OP_PEMBILANG, OP_PENYEBUT = sel(sc.OPERASIONAL, "sumber_pembilang", 4), sel(sc.OPERASIONAL, "sumber_penyebut", 4)
PK_PENYEBUT = sel(sc.PK, "sumber_penyebut", 4)


@pytest.mark.parametrize("cells", [
    {OP_PEMBILANG: "Data_PSKS: Tersertifikasi 2023 (orang)", OP_PENYEBUT: "data_psks: jumlah psks (orang): jumlah"},
    {OP_PEMBILANG: "Jenis dan Jumlah PSKS Tersertifikasi: D"},
    {sel(sc.OPERASIONAL, "sumber_pembilang", 6): "Data_Bantuan: Penerima 2023: PBI"},
    {PK_PENYEBUT: "Data_Bantuan!D13"},
    {PK_PENYEBUT: "Data_Bantuan: Penerima 2023: pkh"},
])
def test_a_source_that_agrees_is_silent(edit_example, cells):
    assert baru(edit_example(cells)) == []


def test_a_total_that_differs_names_both_cells(edit_example):
    (t,) = baru(edit_example({OP_PEMBILANG: "Data_PSKS: Tersertifikasi 2022 (orang)"}))
    assert t.kode == "sumber-berbeda"
    assert t.sel == ("Operasional!V4", *[f"Data_PSKS!C{r}" for r in range(6, 11)], OP_PEMBILANG)
    assert (t.ditemukan, t.diharapkan) == ("101", "85")
    assert t.pesan == ('Realisasi pembilang 2023 indikator operasional Eselon III "Persentase peningkatan PSKS yang '
                       'tersertifikasi" tertulis 101, sedangkan sumbernya, kolom "Tersertifikasi 2022 (orang)" (jumlah) '
                       'tabel "Jenis dan Jumlah PSKS Tersertifikasi", berisi 85.')


def test_a_row_that_differs_names_both_cells(edit_example):
    (t,) = baru(edit_example({PK_PENYEBUT: "Data_Bantuan: Penerima 2022: PKH"}))
    assert (t.kode, t.sel, t.ditemukan, t.diharapkan) == (
        "sumber-berbeda", ("Realisasi!I5", "Data_Bantuan!C13", PK_PENYEBUT), "16.013", "16.875")
    assert 'baris "PKH"' in t.pesan


@pytest.mark.parametrize("teks, varian, potongan", [
    ("Data_PSKS", "bentuk", "tidak dapat dibaca"),
    ("DataLain: Jumlah", "tabel", "Data_PSKS, Data_Bantuan"),
    ("Data_PSKS: Jenis PSKS", "kolom", "kolom angka: Jumlah PSKS (orang)"),
    ("Data_PSKS: Jumlah PSKS (orang): Relawan", "baris", "'Relawan'"),
    ("Data_PSKS!F30", "baris", "'F30'"),
])
def test_a_source_that_cannot_be_found(edit_example, teks, varian, potongan):
    (t,) = baru(edit_example({OP_PEMBILANG: teks}))
    assert (t.kode, t.sel, t.ditemukan) == ("sumber-tidak-dikenal", (OP_PEMBILANG,), teks)
    assert potongan in t.pesan


def _analisis_i1(edit_example, tmp_path, cells) -> str:
    """The paragraph of the Word draft that analyses indicator I1 this year."""
    import docx

    from lkj_excel.report.docx import render_report

    lkjip, hasil, dibaca, ditemukan = baca(edit_example(cells))
    out = tmp_path / "laporan.docx"
    render_report(lkjip, hasil, dibaca + ditemukan, out, update_indexes=False)
    return next(p.text for p in docx.Document(str(out)).paragraphs
                if p.text.startswith("Pada Tahun 2023, target indikator Persentase PPKS Mandiri"))


def test_the_word_report_says_where_the_count_comes_from(edit_example, tmp_path):
    text = _analisis_i1(edit_example, tmp_path, {PK_PENYEBUT: "Data_Bantuan: Penerima 2023: PKH"})
    assert text.endswith("dari keseluruhan Fakir Miskin sebanyak 16.013 KK; angka Fakir Miskin (kolom Penerima 2023, "
                         "baris PKH) bersumber dari Tabel 3.6 (Jenis dan Jumlah Penerima Bantuan).")


def test_the_word_report_cites_no_source_that_disagrees(edit_example, tmp_path):
    text = _analisis_i1(edit_example, tmp_path, {PK_PENYEBUT: "Data_Bantuan: Penerima 2022: PKH",
                                                 sel(sc.PK, "sumber_pembilang", 4): "Data_Bantuan: Penerima 2023"})
    assert "bersumber" not in text and text.endswith("sebanyak 16.013 KK.")


def test_the_word_report_says_where_an_operational_count_comes_from(edit_example, tmp_path):
    import docx

    from lkj_excel.report.docx import render_report

    lkjip, hasil, dibaca, ditemukan = baca(edit_example({OP_PEMBILANG: "Data_PSKS: Tersertifikasi 2023 (orang)",
                                                          OP_PENYEBUT: "Data_PSKS: Jumlah PSKS (orang)"}))
    out = tmp_path / "laporan.docx"
    render_report(lkjip, hasil, dibaca + ditemukan, out, update_indexes=False)
    item = next(p.text for p in docx.Document(str(out)).paragraphs
                if "Persentase peningkatan PSKS yang tersertifikasi: dari target" in p.text)
    assert item.endswith("; angka PSKS tersertifikasi (kolom Tersertifikasi 2023 (orang), jumlahnya) dan seluruh PSKS "
                         "(kolom Jumlah PSKS (orang), jumlahnya) bersumber dari Tabel 3.5 (Jenis dan Jumlah PSKS "
                         "Tersertifikasi);")
