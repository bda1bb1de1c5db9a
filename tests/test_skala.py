"""Scales and categories as real reports use them, and the ratio-index efficiency method (issue 14, items 3-4).

Hand-built workbooks (the example with one sasaran added) and hand-computed values:

* S3 "Meningkatnya cakupan layanan" with I3 (target 50, realisasi 56: capaian 112%), a national
  standard of 60 (56 ÷ 60 = 93,33%), and a budget of Rp 2.000.000.000 with Rp 1.500.000.000 spent
  (penyerapan 75%);
* a cap of 100 with the category from the capaian before the cap: I3 prints 100% but is
  "Terlampaui Target" (from 112); the scale "Tidak Tercapai" < 100, "Tercapai" = 100,
  "Terlampaui Target" > 100 hinges on exactly 100;
* the ratio index: IE = capaian ÷ penyerapan, a plain ratio; S3: 100 ÷ 75 = 1,33, TE = 0,33.
"""

from __future__ import annotations

import docx
import pytest
from openpyxl import load_workbook

from lkj_excel import rules
from lkj_excel.angka import bulat
from lkj_excel.audit import audit
from lkj_excel.katalog_temuan import Pembacaan
from lkj_excel.model import Pengaturan, Pita
from lkj_excel.reader import read_workbook
from lkj_excel.report.docx import render_report
from lkj_excel.report.katalog import katalog
from lkj_excel.report.xlsx import render_workbook
from lkj_excel.skala import sambungan_pita, skala_kategori, tampil_kategori, uraian_pita
from lkj_excel.template import build, isi_contoh
from office import NO_SOFFICE, SOFFICE, formula_mismatches, recalculate

TEPAT_100 = [  # as the Skala sheet holds it with upper bounds: < 100, = 100, > 100
    {"skala": "Kategori Capaian", "batas": 0, "inklusif": "Ya", "label": "Tidak Tercapai", "batas_atas": 100, "inklusif_atas": "Tidak"},
    {"skala": None, "batas": 100, "inklusif": "Ya", "label": "Tercapai", "batas_atas": 100, "inklusif_atas": "Ya"},
    {"skala": None, "batas": 100, "inklusif": "Tidak", "label": "Terlampaui Target"},
]
NASIONAL = [
    {"skala": "Kategori Nasional", "batas": 0, "inklusif": "Ya", "label": "Di Bawah Standar"},
    {"skala": None, "batas": 100, "inklusif": "Ya", "label": "Memenuhi Standar"},
]


def _pita(*bands) -> list[Pita]:
    return [Pita(b, label, incl, atas, atas_incl) for b, label, incl, atas, atas_incl in bands]


SKALA_100 = _pita((0, "Tidak Tercapai", True, 100, False), (100, "Tercapai", True, 100, True),
                  (100, "Terlampaui Target", False, None, True))


# --------------------------------------------------------------------------- the pure rules


@pytest.mark.parametrize("capaian, label", [(99.99, "Tidak Tercapai"), (99.995, "Tercapai"), (100, "Tercapai"),
                                            (100.004, "Tercapai"), (100.01, "Terlampaui Target"), (-5, "Tidak Tercapai"),
                                            (112, "Terlampaui Target"), (None, None)])
def test_a_band_for_exactly_100(capaian, label):
    """The category of the capaian rounded to 2 decimals (half up): 99,995 prints 100,00 and is Tercapai."""
    assert rules.kategori(capaian, Pengaturan(skala={"kategori": SKALA_100})) == label


def test_the_exact_band_needs_no_upper_bound():
    """Lower bounds with their flags alone describe the same scale (what older workbooks can write)."""
    tanpa_atas = [Pita(p.batas, p.label, p.inklusif) for p in SKALA_100]
    p = Pengaturan(skala={"kategori": tanpa_atas})
    assert [rules.kategori(x, p) for x in (99.99, 100, 100.01)] == ["Tidak Tercapai", "Tercapai", "Terlampaui Target"]


def test_bounds_that_meet_are_silent_and_gaps_overlaps_and_empty_bands_are_named():
    assert sambungan_pita(SKALA_100) == []
    # Permendagri 86/2017 style, as printed: 91-100, 76-90 (a gap between 90 and 91), 66-76 (touching 76 twice)
    tercetak = _pita((0, "Sangat Rendah", True, 50, True), (51, "Rendah", True, 65, True), (66, "Sedang", True, 76, True),
                     (76, "Tinggi", True, 90, True), (91, "Sangat Tinggi", True, 100, True))
    found = [(jenis, p.label, q.label) for jenis, p, q in sambungan_pita(tercetak)]
    assert found == [("celah", "Sangat Rendah", "Rendah"), ("celah", "Rendah", "Sedang"), ("tumpang", "Sedang", "Tinggi"),
                     ("celah", "Tinggi", "Sangat Tinggi")]  # the top band's upper bound is no finding
    # what the lookup does in a gap and in an overlap: the lower bounds decide
    p = Pengaturan(skala={"kategori": tercetak})
    assert rules.kategori(90.5, p) == "Tinggi" and rules.kategori(76, p) == "Tinggi" and rules.kategori(150, p) == "Sangat Tinggi"
    # strict both sides leaves 100 itself out; an upper bound below the lower bound holds nothing
    assert [j for j, _, _ in sambungan_pita(_pita((0, "A", True, 100, False), (100, "B", False, None, True)))] == ["celah"]
    assert [j for j, _, _ in sambungan_pita(_pita((0, "A", True, None, True), (100, "B", True, 90, True)))] == ["terbalik"]
    assert [j for j, _, _ in sambungan_pita(_pita((0, "A", True, None, True), (100, "B", False, 100, True)))] == ["terbalik"]


def test_a_scale_reads_in_a_sentence_with_its_exact_band():
    assert uraian_pita(SKALA_100, "%") == (["> 100% Terlampaui Target", "= 100% Tercapai"], "Tidak Tercapai")
    assert uraian_pita(rules.DEFAULT_SKALA["kategori"], "%") == (
        ["≥ 91% Sangat Tinggi", "≥ 76% Tinggi", "≥ 66% Sedang", "≥ 51% Rendah"], "Sangat Rendah")


def test_comparisons_fall_back_to_the_capaian_scale_and_are_shown_on_request():
    p = Pengaturan()
    assert skala_kategori(p, "renstra") == skala_kategori(p, "standar") == "kategori"
    assert not tampil_kategori(p, "renstra") and not tampil_kategori(p, "standar")
    p = Pengaturan(skala={"kategori_standar": [Pita(0, "Di Bawah Standar")]})
    assert skala_kategori(p, "standar") == "kategori_standar" and skala_kategori(p, "renstra") == "kategori"
    assert tampil_kategori(p, "standar") and not tampil_kategori(p, "renstra")
    assert tampil_kategori(Pengaturan(kategori_perbandingan=True), "renstra")


@pytest.mark.parametrize("capaian, penyerapan, ie, te, label", [
    (100, 75, 1.333, 0.333, "Efisien"),        # 100 ÷ 75 = 1,3333
    (111.64, 95.18, 1.173, 0.173, "Efisien"),  # the example's S1: 1,17294
    (80, 90, 0.889, -0.111, "Tidak Efisien"),   # 80 ÷ 90 = 0,8889
    (99.5, 99.9, 0.996, -0.004, "Tidak Efisien"),  # 0,99599... prints 0,996
    (99.96, 100, 1.0, 0.0, "Efisien"),         # 0,9996 prints 1,000: labelled at the printed precision
    (90, 0, None, None, None),                 # nothing spent: undefined
])
def test_ratio_index(capaian, penyerapan, ie, te, label):
    nilai, tingkat = rules.efisiensi("indeks", capaian, penyerapan)
    assert (None if nilai is None else bulat(nilai, 3), tingkat) == (ie, label)
    t = rules.expr_te_indeks(nilai).value(rules.Env())
    assert (None if t is None else bulat(t, 3)) == te


def test_ratio_index_bands_are_editable():
    p = Pengaturan(metode_efisiensi="indeks", skala={"efisiensi_indeks": _pita(
        (0, "Tidak Efisien", True, None, True), (1, "Efisien", True, None, True), (1.2, "Sangat Efisien", False, None, True))})
    assert [rules.efisiensi("indeks", c, 100, pengaturan=p)[1] for c in (99, 100, 120, 120.5)] == [
        "Tidak Efisien", "Efisien", "Efisien", "Sangat Efisien"]
    kalimat = rules.keterangan_efisiensi("indeks", p)
    assert "dinyatakan sebagai rasio" in kalimat and "TE = IE − 1" in kalimat
    assert kalimat.endswith("> 1,2 Sangat Efisien, ≥ 1 Efisien, dan selain itu Tidak Efisien.")


# --------------------------------------------------------------------------- hand-built workbooks


def _isi(pengaturan: dict, skala: list[dict] | None = None):
    isi = isi_contoh()
    rows = isi.lembar
    rows["Pengaturan"] = {**rows["Pengaturan"], **pengaturan}
    rows["PK"] = rows["PK"] + [
        {"kode_sasaran": "S3", "sasaran": "Meningkatnya cakupan layanan sosial", "kode": "I3",
         "nama": "Persentase cakupan layanan sosial", "satuan": "%", "polaritas": "positif", "target": 50, "standar_nasional": 60}]
    rows["Realisasi"] = rows["Realisasi"] + [{"kode_indikator": "I3", "tahun": 2023, "realisasi": 56}]
    rows["Anggaran"] = rows["Anggaran"] + [{"nama": "Program Perluasan Layanan Sosial", "kode_sasaran": "S3",
                                            "anggaran": 2_000_000_000, "realisasi": 1_500_000_000, "sumber_dana": "APBD"}]
    if skala is not None:
        rows["Skala"] = [r for r in rows["Skala"] if r.get("skala") != "Kategori Capaian" and not _kategori(rows["Skala"], r)] + skala
    return isi


def _kategori(rows: list[dict], row: dict) -> bool:
    """A continuation row (no scale name) of the Kategori Capaian block."""
    name = None
    for r in rows:
        name = r.get("skala") or name
        if r is row:
            return name == "Kategori Capaian"
    return False


def _convert(tmp_path, name: str, isi):
    src = build(tmp_path / f"{name}.xlsx", isi)
    lkjip, temuan = read_workbook(src)
    assert lkjip is not None, [t.teks() for t in temuan]
    hasil = rules.hitung(lkjip)
    items = list(temuan) + list(audit(lkjip, hasil))
    xlsx, word = tmp_path / f"{name}_laporan.xlsx", tmp_path / f"{name}_laporan.docx"
    render_workbook(lkjip, hasil, items, xlsx)
    render_report(lkjip, hasil, items, word, update_indexes=False)
    return lkjip, hasil, items, xlsx, word


def _teks(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(" ".join(x.replace("\u00a0", " ").split()) for x in parts)


def _baris(ws, text: str, setelah: str | None = None):
    """The values of the first row holding ``text`` (below the row holding ``setelah``)."""
    mulai = 1 if setelah is None else next(c.row for row in ws.iter_rows() for c in row if c.value == setelah) + 1
    for row in ws.iter_rows(min_row=mulai):
        if any(c.value == text for c in row):
            return [c.value for c in row]
    raise AssertionError(f"{text!r} not on sheet {ws.title}")


def _sheet(wb, lkjip, hasil, jenis: str, kode_sasaran: str | None = None):
    entri = next(t for t in katalog(lkjip, hasil).tabel if t.jenis == jenis and (kode_sasaran is None or t.kode_sasaran == kode_sasaran))
    return wb[entri.lembar]


@pytest.fixture(scope="module")
def tak_dibatasi(tmp_path_factory):
    """Cap 100, category from the capaian before the cap, the exact-100 scale, a national scale, the ratio index."""
    isi = _isi({"batas_capaian": 100, "kategori_dari": "penuh", "metode_efisiensi": "indeks"}, TEPAT_100 + NASIONAL)
    return _convert(tmp_path_factory.mktemp("skala"), "tak_dibatasi", isi)


def test_capped_capaian_printed_with_the_category_of_the_uncapped_one(tak_dibatasi):
    lkjip, hasil, items, xlsx, word = tak_dibatasi
    assert lkjip.pengaturan.kategori_dari == "penuh"
    i3 = hasil.indikator_by_kode("I3")
    assert (i3.capaian, bulat(i3.ini.capaian_penuh, 2), i3.kategori) == (100, 112, "Terlampaui Target")
    i2 = hasil.indikator_by_kode("I2")  # predikat BB against BB: exactly 100
    assert (i2.capaian, i2.kategori) == (100, "Tercapai")
    s3 = hasil.sasaran_by_kode("S3")
    assert (s3.capaian, bulat(s3.capaian_penuh, 2), s3.kategori) == (100, 112, "Terlampaui Target")
    # operational indicators alike: 117,12% prints 100% and is Terlampaui Target; 98,65% stays below
    ops = {o.nama: o for o in hasil.operasional}
    psks = next(o for n, o in ops.items() if n.startswith("Persentase peningkatan PSKS yang tersertifikasi"))
    assert (psks.capaian, round(psks.ini.capaian_penuh, 2), psks.kategori) == (100, 117.12, "Terlampaui Target")
    jaminan = next(o for n, o in ops.items() if n.startswith("Persentase PPKS yang memperoleh jaminan"))
    assert (round(jaminan.capaian, 2), jaminan.kategori) == (98.65, "Tidak Tercapai")
    wb = load_workbook(xlsx, data_only=True)
    row = _baris(wb["Tabel 3.1"], "Persentase cakupan layanan sosial")
    assert 100 in row and "Terlampaui Target" in row
    text = _teks(word)
    assert "= 100% Tercapai" in text and "> 100% Terlampaui Target" in text and "dan di bawahnya Tidak Tercapai" in text
    assert "Capaian dicetak paling tinggi 100%, sedangkan kategorinya ditentukan dari capaian sebelum dibatasi." in text
    assert "Persentase cakupan layanan sosial | 50% | 56% | 100,00% | Terlampaui Target" in text  # Tabel 3.1


def test_capped_category_by_default(tmp_path):
    """Today's behaviour: the category of the printed (capped) capaian."""
    lkjip, hasil, *_ = _convert(tmp_path, "dibatasi", _isi({"batas_capaian": 100}, TEPAT_100))
    assert lkjip.pengaturan.kategori_dari == "terbatas"
    i3 = hasil.indikator_by_kode("I3")
    assert (i3.capaian, i3.ini.capaian_penuh, i3.kategori) == (100, None, "Tercapai")
    assert hasil.sasaran_by_kode("S3").kategori == "Tercapai"


def test_the_comparisons_carry_their_own_category(tak_dibatasi):
    lkjip, hasil, items, xlsx, word = tak_dibatasi
    i3, i1 = hasil.indikator_by_kode("I3"), hasil.indikator_by_kode("I1")
    assert (round(i3.standar.persen, 2), i3.standar.kategori) == (93.33, "Di Bawah Standar")  # 56 ÷ 60, own scale
    # Renstra: 581 PPKS mandiri against the end target of 500 = 116,2%, on the capaian scale (no Kategori Renstra)
    assert (round(i1.renstra.persen, 2), i1.renstra.kategori) == (116.2, "Terlampaui Target")
    assert tampil_kategori(lkjip.pengaturan, "standar") and not tampil_kategori(lkjip.pengaturan, "renstra")
    text = _teks(word)
    assert "dengan tingkat pemenuhan 93,33% (kategori Di Bawah Standar)." in text
    assert "(kategori Terlampaui Target)" not in text.split("Terhadap target akhir")[1].split(".")[0]
    wb = load_workbook(xlsx, data_only=True)
    ws = _sheet(wb, lkjip, hasil, "capaian_sasaran", "S3")
    assert "Kategori" in _baris(ws, "Standar Nasional")
    row = _baris(ws, "Persentase cakupan layanan sosial", setelah="Perbandingan realisasi 2023 dengan standar nasional")
    assert row[3:8] == [60, 56, pytest.approx(56 / 60 * 100), -4, "Di Bawah Standar"]


def test_renstra_category_shown_by_the_setting(tmp_path):
    lkjip, hasil, items, xlsx, word = _convert(tmp_path, "renstra", _isi({"kategori_perbandingan": "Ya"}))
    i1 = hasil.indikator_by_kode("I1")
    assert i1.renstra.kategori == "Sangat Tinggi"  # 116,2% on the default scale
    assert "telah mencapai 116,20% (kategori Sangat Tinggi)" in _teks(word)
    wb = load_workbook(xlsx, data_only=True)
    ws = _sheet(wb, lkjip, hasil, "capaian_sasaran", "S1")
    assert any("Sangat Tinggi" in _baris(ws, r) for r in [c.value for c in ws["B"] if isinstance(c.value, str) and "(untuk indikator" in c.value])


def test_ratio_index_in_the_report(tak_dibatasi):
    lkjip, hasil, items, xlsx, word = tak_dibatasi
    s3 = hasil.sasaran_by_kode("S3")
    assert (bulat(s3.nilai_efisiensi, 3), bulat(s3.te_indeks, 3), s3.tingkat_efisiensi) == (1.333, 0.333, "Efisien")
    text = _teks(word)
    assert "Meningkatnya cakupan layanan sosial | 100,00% | 75,00% | 1,333 | 0,333 | Efisien" in text
    assert "Indeks Efisiensi (IE) | Selisih (TE) | Tingkat Efisiensi" in text
    assert f"Keterangan: {hasil.keterangan_efisiensi}" in text
    assert "indeks efisiensi (IE) sasaran ini 1,333 dengan TE = IE − 1 sebesar 0,333, sehingga tergolong Efisien." in text
    wb = load_workbook(xlsx, data_only=True)
    ws = _sheet(wb, lkjip, hasil, "efisiensi")
    row = _baris(ws, "Meningkatnya cakupan layanan sosial")
    assert row[2:7] == [100, 75, pytest.approx(4 / 3), pytest.approx(1 / 3), "Efisien"]
    assert "TE = IE − 1" in _baris(ws, "Indeks Efisiensi (IE)")


def test_bands_that_do_not_meet_are_warned_with_both_cells(tmp_path):
    skala = [
        {"skala": "Kategori Capaian", "batas": 0, "inklusif": "Ya", "label": "Kurang", "batas_atas": 90, "inklusif_atas": "Ya"},
        {"skala": None, "batas": 91, "inklusif": "Ya", "label": "Baik", "batas_atas": 100},
        {"skala": None, "batas": 100, "inklusif": "Tidak", "label": "Sangat Baik", "inklusif_atas": "Tidak"},
    ]
    src = build(tmp_path / "celah.xlsx", _isi({}, skala))
    lkjip, temuan = read_workbook(src)
    assert lkjip is not None
    found = [t for t in temuan if t.kode == Pembacaan.PITA_TIDAK_BERSAMBUNG.kode]
    assert len(found) == 1
    t = found[0]
    ws = load_workbook(src)["Skala"]
    rows = {ws.cell(r, 4).value: r for r in range(1, ws.max_row + 1)}
    assert t.sel == (f"Skala!E{rows['Kurang']}", f"Skala!B{rows['Baik']}")
    assert ("pita 'Kurang' berlaku sampai dengan 90, sedangkan pita berikutnya 'Baik' berlaku mulai dari 91; "
            "nilai di antara kedua batas itu digolongkan ke pita 'Kurang'") in t.pesan
    assert rules.kategori(90.5, lkjip.pengaturan) == "Kurang"
    # an Inklusif Atas without its Batas Atas is not silently ignored
    lone = [t for t in temuan if t.kode == Pembacaan.INKLUSIF_ATAS_TANPA_BATAS.kode]
    assert [t.sel for t in lone] == [(f"Skala!F{rows['Sangat Baik']}",)]
    assert "kolom 'Inklusif Atas' pita 'Sangat Baik' diisi \"Tidak\", tetapi kolom 'Batas Atas' kosong" in lone[0].pesan


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_SOFFICE)
def test_libreoffice_recalculates_the_new_categories_and_the_ratio_index(tak_dibatasi, tmp_path):
    *_, xlsx, _ = tak_dibatasi
    renstra = _convert(tmp_path, "renstra", _isi({"kategori_perbandingan": "Ya", "metode_efisiensi": "indeks"}))[3]
    again = recalculate([xlsx, renstra], tmp_path / "lo")
    total = 0
    for original, recalculated in zip([xlsx, renstra], again):
        n, wrong = formula_mismatches(original, recalculated)
        assert wrong == [], original.name
        total += n
    assert total > 300
    # the category cell does not read the (capped) capaian cell beside it: it recomputes the capaian before the cap
    values, formulas = load_workbook(xlsx, data_only=True)["Tabel 3.1"], load_workbook(xlsx)["Tabel 3.1"]
    name = next(c for row in values.iter_rows() for c in row if c.value == "Persentase cakupan layanan sosial")
    row = [c for c in values[name.row]]
    capaian = next(c for c in row if c.value == 100 and isinstance(formulas[c.coordinate].value, str))
    kategori = next(c for c in row if c.value == "Terlampaui Target")
    f = formulas[kategori.coordinate].value
    assert f.startswith("=") and capaian.coordinate not in f and "Skala!" in f and "MIN(" not in f


def test_next_years_workbook_keeps_the_stated_bounds_and_settings(tmp_path):
    from lkj_excel.tahun_berikut import isi_tahun_berikut

    src = build(tmp_path / "asal.xlsx", _isi({"batas_capaian": 100, "kategori_dari": "penuh"}, TEPAT_100))
    lkjip, _ = read_workbook(src)
    baru = build(tmp_path / "baru.xlsx", isi_tahun_berikut(lkjip, rules.hitung(lkjip)))
    lanjut, temuan = read_workbook(baru)
    assert lanjut is not None, [t.teks() for t in temuan]
    assert lanjut.pengaturan.kategori_dari == "penuh"
    assert [(p.batas, p.inklusif, p.atas, p.atas_inklusif) for p in lanjut.pengaturan.skala["kategori"]] == [
        (0, True, 100, False), (100, True, 100, True), (100, False, None, True)]


def test_renstra_category_on_its_own_scale_is_shown_without_the_setting(tmp_path):
    renstra = [{"skala": "Kategori Renstra", "batas": 0, "inklusif": "Ya", "label": "Belum Terpenuhi"},
               {"skala": None, "batas": 100, "inklusif": "Ya", "label": "Terpenuhi"},
               {"skala": None, "batas": 120, "inklusif": "Tidak", "label": "Jauh Melampaui"}]
    isi = _isi({})
    isi.lembar["Skala"] = isi.lembar["Skala"] + renstra
    lkjip, hasil, items, xlsx, word = _convert(tmp_path, "renstra_sendiri", isi)
    assert not lkjip.pengaturan.kategori_perbandingan and tampil_kategori(lkjip.pengaturan, "renstra")
    i1 = hasil.indikator_by_kode("I1")
    assert (round(i1.renstra.persen, 2), i1.renstra.kategori, i1.kategori) == (116.2, "Terpenuhi", "Sangat Tinggi")
    assert "telah mencapai 116,20% (kategori Terpenuhi)" in _teks(word)
    assert not tampil_kategori(lkjip.pengaturan, "standar")
    assert "(kategori" not in _teks(word).split("Dibandingkan standar nasional")[1].split("\n")[0]


def test_outputs_with_the_new_options_are_valid_open_xml(tak_dibatasi):
    openxml_audit = pytest.importorskip("openxml_audit", reason="openxml-audit is part of the test extras")
    *_, xlsx, word = tak_dibatasi
    validator = openxml_audit.OpenXmlValidator()
    assert {p.name: [str(e) for e in validator.validate(str(p)).errors] for p in (xlsx, word)} == {xlsx.name: [], word.name: []}
