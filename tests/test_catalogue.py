"""The catalogue of malformed and careless workbooks (tests/catalogue.py), converted end to end.

For each case: a clear Indonesian message (or a conversion, where the data is
valid), never a traceback or an internal error, never a partial output, and
the input left byte for byte as it was.
"""

from __future__ import annotations

import pytest

from catalogue import CASES
from lkj_excel.pipeline import konversi


def test_catalogue_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name, build, expect", CASES, ids=[c[0] for c in CASES])
def test_case(tmp_path, name, build, expect):
    src_dir = tmp_path / "masuk"
    src_dir.mkdir()
    path = build(src_dir)
    before = path.read_bytes()
    out = tmp_path / "keluar"
    result = konversi(path, out, word=False)
    outcome, code, cell = expect
    problems = list(result.temuan)
    assert all(t.kode != "galat-internal" for t in problems), [t.teks() for t in problems]
    assert all(t.pesan and t.pesan[0].isupper() for t in problems)
    written = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert not [n for n in written if n.startswith((".tmp_", ".lkj_sementara_"))]
    if outcome == "galat":
        assert not result.berhasil
        assert written == [f"{path.stem}_kesalahan.xlsx"], written
        errors = result.temuan.errors
        if code:
            assert any(t.kode == code for t in errors), [t.teks() for t in errors]
        if cell:
            assert any(cell in t.sel for t in errors), [t.teks() for t in errors]
    else:
        assert result.berhasil, [t.teks() for t in result.temuan.errors]
        assert written == [f"{path.stem}_laporan.xlsx"], written
        if code:
            assert any(t.kode == code and (cell is None or cell in t.sel) for t in problems), [t.teks() for t in problems]
        elif cell:
            assert any(cell in t.sel for t in problems), [t.teks() for t in problems]
    assert path.read_bytes() == before
