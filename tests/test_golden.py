"""The outputs of a fixed set of workbooks are byte for byte those of the committed manifest.

A refactoring must leave ``tests/golden/manifest.txt`` unchanged; a change of output is
made on purpose and reviewed as a diff of it (``--perbarui-golden`` rewrites it).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import golden


@pytest.fixture(scope="module")
def current(golden_outputs):
    return golden.manifest(golden_outputs)


def _comparable(lines: list[str], exact_png: bool) -> list[str]:
    """PNG parts are compared by size only when the manifest was made with another matplotlib."""
    if exact_png:
        return lines
    return [f"{line.split(' ')[0]} {' '.join(line.split(' ')[2:])}" if ".png " in line else line for line in lines]


def test_outputs_match_the_golden_manifest(current, request):
    if request.config.getoption("--perbarui-golden"):
        golden.write_manifest(current)
        pytest.skip(f"manifest ditulis ulang: {golden.MANIFEST}")
    assert golden.MANIFEST.exists(), "tidak ada manifest; buat dengan --perbarui-golden"
    recorded_versions, recorded = golden.read_manifest()
    installed = golden.versions()
    exact_png = recorded_versions.get("matplotlib") == installed["matplotlib"]
    want, got = _comparable(recorded, exact_png), _comparable(current, exact_png)
    if want != got:
        changed = sorted(set(want) ^ set(got))
        names = sorted({line.split(" ")[0] for line in changed})
        pytest.fail(f"{len(names)} part(s) differ from the golden manifest (versions then {recorded_versions}, now {installed}):\n"
                    + "\n".join(names[:40]) + "\nIf the change is intended: python run_tests.py tests/test_golden.py --perbarui-golden")


def test_manifest_covers_every_kind_of_output(current):
    files = {line.split(":")[0] for line in current}
    assert sum(f.endswith("_laporan.docx") for f in files) == 12
    assert sum(f.endswith("_laporan.xlsx") for f in files) == 12
    assert sum(f.endswith("_kesalahan.xlsx") for f in files) == 3
    assert "rekap.xlsx" in files
    assert any("word/embeddings/" in line and ".xlsx:xl/worksheets/" in line for line in current), "chart workbooks are hashed inside"
    assert not any(line.split(" ")[0].endswith("docProps/core.xml") for line in current)


@pytest.mark.slow
def test_outputs_do_not_depend_on_the_hash_seed(current, tmp_path):
    """Set iteration order must never reach the output: regenerate under another PYTHONHASHSEED."""
    code = ("import sys, pathlib; sys.path[:0] = [sys.argv[1], sys.argv[2]]; import golden; "
            "print('\\n'.join(golden.manifest(golden.build_outputs(pathlib.Path(sys.argv[3])))))")
    tests = os.path.dirname(golden.__file__)
    env = dict(os.environ, PYTHONHASHSEED="12345")
    done = subprocess.run([sys.executable, "-c", code, tests, os.path.dirname(tests), str(tmp_path)], env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == current
