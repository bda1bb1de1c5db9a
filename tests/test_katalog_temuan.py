"""The finding catalogue (lkj_excel/katalog_temuan.py): every kind declared once, well formed, the only way to a Temuan."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from builders import konsisten
from lkj_excel.audit import _Catat
from lkj_excel.katalog_temuan import AUDIT, KATALOG, PEMBACAAN, Audit, Pembacaan, cari
from lkj_excel.problems import DaftarTemuan, Jenis, Temuan, Tingkat

PACKAGE = Path(__file__).resolve().parent.parent / "lkj_excel"
SECTIONS = {"Pembacaan": Pembacaan, "Audit": Audit}

# Codes that the reader and the audit both emit, each with its own message. A new one must be a decision.
KODE_BERSAMA = {"program-tanpa-sasaran", "nilai-bukan-angka"}
# Codes emitted with two severities today (the reader's error, the audit's warning); to be settled, not silently kept.
DUA_TINGKAT = {"nilai-bukan-angka"}
# Names the record takes itself: a template field of that name could never be filled.
DICADANGKAN = {"varian", "ditemukan", "diharapkan"}


def _templates(jenis: Jenis) -> list[tuple[str | None, str]]:
    return [(v, jenis.templat_untuk(v)) for v in jenis.varian] or [(None, jenis.templat_untuk())]


def test_catalogue_size_and_sections():
    assert len(KATALOG) >= 88  # grows with every new kind; each is checked by the tests below
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
    a = daftar.catat(Audit.REALISASI_ANGGARAN_KOSONG, "Anggaran!F5", baris='program "Program X"')
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


def test_the_audit_records_only_audit_kinds():
    catat = _Catat(konsisten(), DaftarTemuan())
    with pytest.raises(TypeError, match="only Audit kinds"):
        catat(Pembacaan.PK_KOSONG)


# --------------------------------------------------------------------------- the package's code, read statically


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name != "katalog_temuan.py":
            yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _section_aliases(tree: ast.AST) -> dict[str, str]:
    """Local names of the catalogue's sections in a module (``from .katalog_temuan import Pembacaan as P``)."""
    return {a.asname or a.name: a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            and (node.module or "").endswith("katalog_temuan") for a in node.names if a.name in SECTIONS}


def _kind_of(node: ast.AST, aliases: dict[str, str]) -> Jenis | None:
    """The kind named by ``P.LEMBAR_HILANG``-like code, None for anything else; fails for an undeclared name."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
        jenis = getattr(SECTIONS[aliases[node.value.id]], node.attr, None)
        assert isinstance(jenis, Jenis), f"{aliases[node.value.id]}.{node.attr} is not declared"
        return jenis
    return None


def test_no_code_is_written_as_text_in_the_package():
    codes = {j.kode for j in KATALOG}
    found = {(name, node.value, node.lineno) for name, tree in _modules() for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in codes}
    assert not found, sorted(found)


def test_no_call_records_a_code_as_text():
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)) and node.args:
                func = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                first = node.args[0]
                assert not (func in ("catat", "tambah", "galat", "peringatan", "fail") and isinstance(first, ast.Constant)), (
                    f"{name}:{node.lineno} records a finding by a written code")


def test_every_call_site_names_a_declared_kind_variant_and_exactly_its_fields():
    checked = 0
    for name, tree in _modules():
        aliases = _section_aliases(tree)
        for node in ast.walk(tree):
            _kind_of(node, aliases)  # every reference to a section names a declared kind
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.func, (ast.Attribute, ast.Name))):
                continue
            func = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            kinds = [k for k in (_kind_of(e, aliases) for e in (
                [node.args[0].body, node.args[0].orelse] if isinstance(node.args[0], ast.IfExp) else [node.args[0]])) if k]
            if func not in ("catat", "fail") or not kinds:
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            if None in keywords:  # **values: checked when the call runs
                continue
            varian = keywords.pop("varian", None)
            if varian is not None and not isinstance(varian, ast.Constant):
                continue
            fields = set(keywords) - {"ditemukan", "diharapkan"}
            for jenis in kinds:
                assert fields == jenis.medan(None if varian is None else varian.value), (
                    f"{name}:{node.lineno} {jenis.nama}: gives {sorted(fields)}")
                checked += 1
    assert checked > 100


def test_every_kind_and_variant_is_used():
    used_names, texts = set(), set()
    for _, tree in _modules():
        aliases = _section_aliases(tree)
        for node in ast.walk(tree):
            jenis = _kind_of(node, aliases)
            if jenis is not None:
                used_names.add(jenis.nama)
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.add(node.value)
    assert [j.nama for j in KATALOG if j.nama not in used_names] == []
    assert [(j.nama, v) for j in KATALOG for v in j.varian if v not in texts] == []
