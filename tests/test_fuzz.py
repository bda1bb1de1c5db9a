"""Mutation fuzzing: random edits of the example's cells and structure never crash the converter.

Each example edits a copy of the bundled example with openpyxl (cells, rows,
columns, sheets) and converts it end to end (the LibreOffice pass is left out
to keep CI fast). The converter must either convert or report problems: never
an unhandled exception, never an internal error, never a partial output.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from conftest import EXAMPLE
from lkj_excel.pipeline import konversi

SHEETS = ("Identitas", "TugasFungsi", "Organisasi", "Renstra", "IndikatorRenstra", "PK", "Anggaran", "Realisasi",
          "Operasional", "Data_PSKS", "AKIP", "AngkaTertulis", "Narasi", "Pengaturan", "Skala")

values = st.one_of(
    st.none(),
    st.integers(min_value=-10**12, max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.sampled_from(["", " ", "-", "n/a", "BB", "AA", "D", "positif", "negatif", "predikat", "Ya", "Tidak", "S1", "S9", "I1", "I2", "R1",
                     "3,25%", "1.234,5.6", "Rp 5.287.178.900", "16.013", "=1/0", "+1+1", "@SUM(A1)", "Jumlah", "Total", "Predikat",
                     "\u00a0", "🙂 teks", "x" * 300]),
    st.text(max_size=20),
    st.just(datetime(2024, 1, 31)),
    st.booleans(),
)
cell_edit = st.tuples(st.just("cell"), st.sampled_from(SHEETS), st.integers(1, 14), st.integers(1, 12), values)
row_edit = st.tuples(st.sampled_from(["delete_row", "insert_row"]), st.sampled_from(SHEETS), st.integers(1, 12), st.just(0), st.none())
col_edit = st.tuples(st.sampled_from(["delete_col", "insert_col"]), st.sampled_from(SHEETS), st.integers(1, 10), st.just(0), st.none())
sheet_edit = st.tuples(st.sampled_from(["delete_sheet", "rename_sheet"]), st.sampled_from(SHEETS), st.just(0), st.just(0), st.none())
edits = st.lists(st.one_of(cell_edit, cell_edit, cell_edit, row_edit, col_edit, sheet_edit), min_size=1, max_size=6)


def _apply(wb, edit) -> None:
    kind, sheet, a, b, value = edit
    if sheet not in wb.sheetnames:
        return
    ws = wb[sheet]
    if kind == "cell":
        cell = ws.cell(a, b)
        if type(cell).__name__ == "MergedCell":
            return
        try:
            cell.value = value
        except IllegalCharacterError:  # a character no worksheet may hold (openpyxl refuses to write it)
            return
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s" if a % 2 else "f"  # as text, or as a formula saved without a result
    elif kind == "delete_row":
        ws.delete_rows(a)
    elif kind == "insert_row":
        ws.insert_rows(a)
    elif kind == "delete_col":
        ws.delete_cols(a)
    elif kind == "insert_col":
        ws.insert_cols(a)
    elif kind == "delete_sheet" and len(wb.sheetnames) > 1:
        wb.remove(ws)
    elif kind == "rename_sheet":
        ws.title = sheet[:3] + "_x"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_random_edits_convert_or_report(edit_list):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "acak.xlsx"
        shutil.copyfile(EXAMPLE, src)
        wb = load_workbook(src)
        for edit in edit_list:
            _apply(wb, edit)
        wb.save(src)
        before = src.read_bytes()
        out = tmp / "out"
        result = konversi(src, out, daftar_isi=False)
        codes = [t.kode for t in result.temuan]
        assert "galat-internal" not in codes, [t.teks() for t in result.temuan if t.kode == "galat-internal"]
        assert all(t.pesan for t in result.temuan)
        written = sorted(p.name for p in out.iterdir()) if out.exists() else []
        assert not [n for n in written if n.startswith((".tmp_", ".lkj_sementara_"))], written
        if result.berhasil:
            assert written == ["acak_laporan.docx", "acak_laporan.xlsx"], written
        else:
            assert written == ["acak_kesalahan.xlsx"], written
        assert src.read_bytes() == before
