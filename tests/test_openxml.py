"""Every kind of output passes the Open XML SDK's checks (openxml-audit): what Word or Excel would refuse.

The validator is a pure-Python port of the Open XML SDK's validation (schemas, package
structure, semantics). It runs over the example's report and workbook, the synthetic
reports, the error reports, the recap, the committed templates and the workbooks
embedded in the Word charts.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, TEMPLATE

openxml_audit = pytest.importorskip("openxml_audit", reason="openxml-audit is part of the test extras (pip install -e .[test])")


def _errors(path_or_bytes, name: str) -> list[str]:
    validator = openxml_audit.OpenXmlValidator()
    if isinstance(path_or_bytes, bytes):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(path_or_bytes)
            result = validator.validate(str(path))
    else:
        result = validator.validate(str(path_or_bytes))
    return [str(e) for e in result.errors]


def _outputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".xlsx"))


def test_every_output_is_valid_open_xml(golden_outputs):
    outputs = _outputs(golden_outputs)
    assert len(outputs) >= 26
    problems = {p.name: _errors(p, p.name) for p in outputs}
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize("path", [TEMPLATE, EXAMPLE, ROOT / "input_templates" / "gaya_laporan.docx"], ids=lambda p: p.name)
def test_committed_templates_are_valid_open_xml(path):
    assert _errors(path, path.name) == []


def test_workbooks_inside_the_charts_are_valid_open_xml(golden_outputs):
    report = golden_outputs / f"{EXAMPLE.stem}_laporan.docx"
    with zipfile.ZipFile(report) as zf:
        embedded = [n for n in zf.namelist() if n.startswith("word/embeddings/") and n.endswith(".xlsx")]
        assert embedded
        problems = {n: _errors(zf.read(n), Path(n).name) for n in embedded}
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_validator_finds_a_broken_part(golden_outputs, tmp_path):
    """The check can fail: an element Word does not know, in the body of the example's report."""
    report = golden_outputs / f"{EXAMPLE.stem}_laporan.docx"
    broken = io.BytesIO()
    with zipfile.ZipFile(report) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><w:bukanElemen/>", 1)
            dst.writestr(info, data)
    assert any("bukanElemen" in e for e in _errors(broken.getvalue(), "rusak.docx"))


def test_quarterly_outputs_are_valid_open_xml(tmp_path):
    """The quarterly report and workbook, the quarterly recap, and an LKjIP with its quarters' tables."""
    from lkj_excel.pipeline import konversi
    from lkj_excel.rekap_triwulan import tulis_rekap_triwulan
    from triwulan_contoh import tulis

    tw2 = konversi(tulis(tmp_path / "tw2.xlsx", sampai=2, tanpa_tahunan=True), tmp_path / "out", daftar_isi=False)
    penuh = konversi(tulis(tmp_path / "penuh.xlsx"), tmp_path / "out", daftar_isi=False)
    rekap = tulis_rekap_triwulan([tw2.rekap, tw2.rekap], tmp_path / "out" / "rekap_triwulan2_2023.xlsx")
    paths = [*tw2.berkas, *penuh.berkas, rekap]
    assert len(paths) == 5
    problems = {p.name: _errors(p, p.name) for p in paths}
    assert {k: v for k, v in problems.items() if v} == {}
