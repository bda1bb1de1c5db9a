"""LibreOffice for tests: recalculate workbooks and compare formulas with their cached values.

LibreOffice keeps the cached values of an .xlsx by default; a throwaway profile with
``OOXMLRecalcMode=0`` makes it recalculate every formula on load (as
``shared/tools/office-render`` does). Converting to .xlsx then stores the recalculated
values, which ``openpyxl`` reads with ``data_only=True``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

SOFFICE = shutil.which("soffice")
NO_SOFFICE = "LibreOffice (soffice) is not installed: recalculation of the formulas not checked"

_RECALC_PROFILE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
    "<value>0</value></prop></item>\n"
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">'
    "<value>0</value></prop></item>\n"
    "</oor:items>\n"
)


def recalculate(paths: list[Path], outdir: Path, timeout: float = 300) -> list[Path]:
    """Open workbooks in LibreOffice, recalculate every formula, save them as .xlsx in ``outdir``.

    All files go through one LibreOffice run. Returns the recalculated files, in order.

    Raises:
        RuntimeError: LibreOffice is missing or did not write every file.
    """
    if SOFFICE is None:
        raise RuntimeError(NO_SOFFICE)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(_RECALC_PROFILE, encoding="utf-8")
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore", "--nolockcheck",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(outdir), *map(str, paths)],
            check=True, capture_output=True, timeout=timeout,
        )
    out = [outdir / Path(p).name for p in paths]
    missing = [p for p in out if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return out


def _same(cached: object, recalculated: object, rel: float) -> bool:
    if cached in (None, "") or recalculated in (None, ""):
        return cached in (None, "") and recalculated in (None, "")
    if isinstance(cached, bool) or isinstance(recalculated, bool):
        return cached == recalculated
    if isinstance(cached, (int, float)) and isinstance(recalculated, (int, float)):
        return abs(cached - recalculated) <= rel * max(1.0, abs(cached))
    return cached == recalculated


def formula_mismatches(original: Path, recalculated: Path, rel: float = 1e-6) -> tuple[int, list[tuple]]:
    """Every formula cell of ``original`` whose cached value differs from LibreOffice's.

    Numbers must agree within ``rel`` (relative), labels exactly; an empty text and an
    empty cell count as the same.

    Returns:
        The number of formula cells, and the differing ones as
        ``(sheet, cell, cached, recalculated, formula)``.
    """
    from openpyxl import load_workbook

    formulas = load_workbook(original)
    cached = load_workbook(original, data_only=True)
    again = load_workbook(recalculated, data_only=True)
    n, wrong = 0, []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("=")):
                    n += 1
                    a = cached[ws.title][cell.coordinate].value
                    b = again[ws.title][cell.coordinate].value
                    if not _same(a, b, rel):
                        wrong.append((ws.title, cell.coordinate, a, b, str(cell.value)[:300]))
    return n, wrong
