"""Shared fixtures: the bundled example, and edited copies of it built with openpyxl."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lkj_excel.template import EXAMPLE_NAME, TEMPLATE_NAME  # noqa: E402

EXAMPLE = ROOT / "input_templates" / EXAMPLE_NAME
TEMPLATE = ROOT / "input_templates" / TEMPLATE_NAME


@pytest.fixture
def example_path() -> Path:
    """The bundled example workbook (never modified: tests copy it first)."""
    return EXAMPLE


def edited_copy(target: Path, cells: dict[str, object] | None = None, drop_sheets=(), fn=None) -> Path:
    """Write a copy of the example to ``target`` with cells set, sheets dropped and ``fn(workbook)`` applied."""
    from openpyxl import load_workbook

    shutil.copyfile(EXAMPLE, target)
    wb = load_workbook(target)
    for ref, value in (cells or {}).items():
        sheet, cell = ref.split("!")
        wb[sheet][cell] = value
    for sheet in drop_sheets:
        del wb[sheet]
    if fn is not None:
        fn(wb)
    wb.save(target)
    return target


@pytest.fixture
def edit_example(tmp_path):
    """Return a function that writes an edited copy of the example and returns its path.

    ``edit(cells={"PK!G4": "abc"}, drop_sheets=["AKIP"], name="x.xlsx", fn=callable(workbook))``
    """
    def edit(cells: dict[str, object] | None = None, drop_sheets: list[str] = (), name: str = "ubah.xlsx", fn=None) -> Path:
        return edited_copy(tmp_path / name, cells, drop_sheets, fn)

    return edit


@pytest.fixture(scope="session")
def golden_outputs(tmp_path_factory) -> Path:
    """The outputs of the golden manifest's workbooks (tests/golden.py), converted once per run."""
    import golden

    return golden.build_outputs(tmp_path_factory.mktemp("golden"))


@pytest.fixture(scope="session")
def report_path(tmp_path_factory) -> Path:
    """The small report of tests/sample_report.py, written once (tests copy it before changing it)."""
    from sample_report import build_report

    return build_report(tmp_path_factory.mktemp("report") / "laporan.docx")


@pytest.fixture()
def report(report_path):
    """The small report of tests/sample_report.py, opened afresh for each test."""
    import docx

    return docx.Document(str(report_path))


def pytest_addoption(parser):
    parser.addoption("--perbarui-golden", action="store_true", default=False,
                     help="rewrite tests/golden/manifest.txt from the current outputs (a reviewed change of output)")
