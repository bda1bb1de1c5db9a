"""The organisation chart picture (lkj_excel.report.docx.bagan): its layout on odd inputs."""

from __future__ import annotations

import pytest

from lkj_excel.model import UnitOrganisasi
from lkj_excel.report.docx import bagan


def test_organisation_chart_type_size_follows_the_widest_word_not_the_longest():
    """Words of equal length differ in width; the choice must not depend on a set's order (hash seed)."""
    def size(*names: str) -> float:
        row = [bagan._Kotak(UnitOrganisasi(f"U{i}", name, "K")) for i, name in enumerate(names)]
        return bagan._ukuran_huruf([row * 7], 1.9)

    wide, narrow = "WWWWWWWWWWWW", "iiiiiiiiiiii"
    assert size(wide) < size(narrow)
    assert size(f"{narrow} {wide}") == size(f"{wide} {narrow}") == size(wide)


def test_organisation_chart_handles_orphans_and_loops():
    units = [UnitOrganisasi("K", "Kepala Badan"), UnitOrganisasi("A", "Sekretariat", "K"),
             UnitOrganisasi("B", "Bidang dengan Nama yang Sangat Panjang Sekali", "X"),  # unknown parent
             UnitOrganisasi("C", "Subbagian C", "D"), UnitOrganisasi("D", "Subbagian D", "C")]  # a loop
    png = bagan.bagan_organisasi(units + [UnitOrganisasi(f"U{i}", f"Unit Pelaksana Teknis {i}", "K")
                                           for i in range(14)])
    assert png.startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        bagan.bagan_organisasi([])
