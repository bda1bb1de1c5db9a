"""The finding catalogue (lkj_excel/katalog_temuan.py): every kind declared once, well formed, the only way to a Temuan."""

from __future__ import annotations

import re
import string

import pytest

from lkj_excel.katalog_temuan import AUDIT, KATALOG, PEMBACAAN, Audit, Pembacaan, cari
from lkj_excel.problems import DaftarTemuan, Jenis, Temuan, Tingkat

# Codes that the reader and the audit both emit, each with its own message. A new one must be a decision.
KODE_BERSAMA = {"program-tanpa-sasaran", "nilai-bukan-angka"}
# Codes emitted with two severities today (the reader's error, the audit's warning); to be settled, not silently kept.
DUA_TINGKAT = {"nilai-bukan-angka"}
# Names the record takes itself: a template field of that name could never be filled.
DICADANGKAN = {"varian", "ditemukan", "diharapkan"}


def _templates(jenis: Jenis) -> list[tuple[str | None, str]]:
    return [(v, jenis.templat_untuk(v)) for v in jenis.varian] or [(None, jenis.templat_untuk())]


def test_catalogue_size_and_sections():
    assert len(KATALOG) == 88
    assert {j.sumber for j in KATALOG} == {PEMBACAAN, AUDIT}
    assert all(j.sumber == PEMBACAAN for j in vars(Pembacaan).values() if isinstance(j, Jenis))
    assert all(j.sumber == AUDIT for j in vars(Audit).values() if isinstance(j, Jenis))


def test_codes_are_unique_within_a_source_and_shared_only_where_known():
    keys = [(j.sumber, j.kode) for j in KATALOG]
    assert len(keys) == len(set(keys))
    reader = {j.kode for j in KATALOG if j.sumber == PEMBACAAN}
    audit = {j.kode for j in KATALOG if j.sumber == AUDIT}
    assert reader & audit == KODE_BERSAMA


def test_one_severity_per_code_except_the_known_one():
    tingkat: dict[str, set[Tingkat]] = {}
    for j in KATALOG:
        tingkat.setdefault(j.kode, set()).add(j.tingkat)
    assert {k for k, t in tingkat.items() if len(t) > 1} == DUA_TINGKAT


@pytest.mark.parametrize("jenis", KATALOG, ids=[j.nama for j in KATALOG])
def test_kind_is_well_formed(jenis):
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", jenis.kode)
    assert jenis.nama.split(".")[1] == jenis.kode.upper().replace("-", "_")
    assert isinstance(jenis.tingkat, Tingkat)
    assert cari(jenis.sumber, jenis.kode) is jenis
    ket = jenis.keterangan
    assert ket and "\n" not in ket and ket[0].isupper() and ket.endswith(".") and "{" not in ket
    assert len(jenis.varian) != 1  # one template, or two and more by name
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", v) for v in jenis.varian)
    for varian, templat in _templates(jenis):
        parts = list(string.Formatter().parse(templat))  # raises on a malformed template
        names = [name for _, name, _, _ in parts if name is not None]
        assert all(n.isidentifier() for n in names), (varian, names)  # no positional, attribute or index fields
        assert not set(names) & DICADANGKAN
        assert templat.endswith(".") and "  " not in templat
        assert templat[0].isupper() or templat.startswith("{"), templat


def test_catat_makes_the_record_from_the_kind():
    daftar = DaftarTemuan(berkas="x.xlsx")
    t = daftar.catat(Pembacaan.LEMBAR_HILANG, "PK!A1", None, lembar="PK", judul="Perjanjian Kinerja", diharapkan="PK")
    assert (t.kode, t.tingkat, t.sumber, t.sel, t.berkas, t.diharapkan) == (
        "lembar-hilang", Tingkat.GALAT, "pembacaan", ("PK!A1",), "x.xlsx", "PK")
    assert t.pesan == "Lembar 'PK' (Perjanjian Kinerja) tidak ada dalam workbook. Salin lembar ini dari template kosong."
    a = daftar.catat(Audit.REALISASI_ANGGARAN_KOSONG, "Anggaran!D5", program="Program X")
    assert (a.sumber, a.tingkat, a.pesan) == ("audit", Tingkat.PERINGATAN, 'Realisasi anggaran program "Program X" belum diisi.')
    v = daftar.catat(Pembacaan.SEL_WAJIB_KOSONG, "PK!B4", varian="kolom", kolom="Nama Indikator")
    assert v.pesan == "Kolom 'Nama Indikator' wajib diisi."
    assert daftar.items == [t, a, v]


def test_catat_accepts_only_kinds_of_the_catalogue():
    daftar = DaftarTemuan()
    with pytest.raises(TypeError):
        daftar.catat("lembar-hilang", lembar="PK", judul="x")
    with pytest.raises(TypeError):
        daftar.catat(Jenis("kode-baru", Tingkat.GALAT, "Pesan baru.", "Keterangan."))
    stray = Jenis("lembar-hilang", Tingkat.GALAT, "Lembar {lembar} hilang.", "Keterangan.")
    object.__setattr__(stray, "sumber", PEMBACAAN)
    with pytest.raises(TypeError):  # the same code, but not the catalogue's kind
        daftar.catat(stray, lembar="PK")
    assert daftar.items == []


def test_catat_fills_the_template_strictly():
    daftar = DaftarTemuan()
    with pytest.raises(TypeError, match="missing fields"):
        daftar.catat(Pembacaan.LEMBAR_HILANG, lembar="PK")
    with pytest.raises(TypeError, match="unexpected fields"):
        daftar.catat(Pembacaan.PK_KOSONG, lembar="PK")
    with pytest.raises(TypeError, match="variants"):
        daftar.catat(Pembacaan.SEL_WAJIB_KOSONG, kolom="Nama")
    with pytest.raises(TypeError, match="variants"):
        daftar.catat(Pembacaan.SEL_WAJIB_KOSONG, varian="baris", kolom="Nama")
    with pytest.raises(TypeError, match="one template"):
        daftar.catat(Pembacaan.PK_KOSONG, varian="kolom")
    assert daftar.items == []


def test_a_temuan_of_an_undeclared_code_cannot_be_made():
    with pytest.raises(ValueError, match="not declared"):
        Temuan(kode="kode-baru", tingkat=Tingkat.GALAT, pesan="Pesan.")
    with pytest.raises(ValueError, match="not declared"):  # a reader code as an audit finding
        Temuan(kode="lembar-hilang", tingkat=Tingkat.GALAT, pesan="Pesan.", sumber=AUDIT)
    with pytest.raises(ValueError, match="is a galat"):
        Temuan(kode="lembar-hilang", tingkat=Tingkat.PERINGATAN, pesan="Pesan.")
