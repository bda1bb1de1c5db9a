"""The sheets of the output workbook in order, and which builder lays out which table.

``PENYUSUN`` maps every kind of table (``InfoTabel.jenis``, from ``daftar_tabel``) to its
builder: adding a table to the report is one builder function and one entry here.
"""

from __future__ import annotations

from collections.abc import Callable

from . import bab2, bab3
from .konteks import Konteks
from .lembar import Lembar
from .ringkasan import lembar_ringkasan
from .skala import lembar_skala
from .tabel import InfoTabel

Penyusun = Callable[[Konteks, Lembar, InfoTabel], None]
"""A builder: lays out the table ``InfoTabel`` into the empty sheet ``Lembar``."""

PENYUSUN: dict[str, Penyusun] = {
    "renstra": bab2.renstra,
    "indikator_renstra": bab2.indikator_renstra,
    "pk": bab2.pk,
    "anggaran": bab2.anggaran,
    "pengukuran": bab3.pengukuran,
    "capaian_sasaran": bab3.capaian_sasaran,
    "penjelasan_sasaran": bab3.penjelasan_sasaran,
    "operasional": bab3.operasional,
    "pendukung": bab3.pendukung,
    "akip": bab3.akip,
    "anggaran_sasaran": bab3.anggaran_sasaran,
    "efisiensi": bab3.efisiensi,
}


def susun_lembar(kt: Konteks) -> list[Lembar]:
    """Every sheet in workbook order: Ringkasan, the report's tables, Skala (Temuan is added by the writer).

    The tables are laid out first and Ringkasan last, since Ringkasan shows what they left in ``kt``.
    """
    tables = []
    for t in kt.tabel:
        lb = Lembar(t.lembar, t.caption)
        PENYUSUN[t.jenis](kt, lb, t)
        kt.daftar(t.jenis, lb)
        tables.append(lb)
    skala = lembar_skala(kt)
    ringkasan = lembar_ringkasan(kt)
    return [ringkasan, *tables, skala]
