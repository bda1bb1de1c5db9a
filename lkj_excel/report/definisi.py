"""The rows of the Lampiran table of indicator definitions (LKE 2.a.2), for Word and Excel alike.

One row per PK indicator: its unit, operational definition, formula or way of measuring (the PK
sheet's text, or for a formula indicator its pembilang ÷ penyebut × faktor), data source and
frequency of measurement, as typed in sheet PK (nothing typed: ``None``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..angka import fmt_angka_ringkas
from ..model import IndikatorKinerja, LKjIP

KOLOM_DEFINISI = ("definisi_operasional", "cara_pengukuran", "sumber_data", "frekuensi_pengukuran")
"""The PK columns of an indicator's definition, in the table's order."""


@dataclass(frozen=True)
class BarisDefinisi:
    """One indicator's row of the definitions table."""

    indikator: IndikatorKinerja
    cara: str | None
    """The way of measuring: the typed text, else the formula of a formula indicator."""
    cara_dari_rumus: bool


def rumus(ind: IndikatorKinerja) -> str | None:
    """A formula indicator's formula in words: ``Jumlah PPKS Mandiri ÷ Jumlah Fakir Miskin × 100``."""
    f = ind.formula
    if f is None:
        return None
    return f"{f.label_pembilang} ÷ {f.label_penyebut} × {fmt_angka_ringkas(f.faktor)}"


def ada_definisi(lkjip: LKjIP) -> bool:
    """Some PK indicator has a definition typed (the Lampiran then has the table)."""
    return any(getattr(i, k) for i in lkjip.indikator for k in KOLOM_DEFINISI)


def baris_definisi(lkjip: LKjIP) -> list[BarisDefinisi]:
    """The rows of the definitions table, in the PK's order."""
    return [BarisDefinisi(i, i.cara_pengukuran or rumus(i), not i.cara_pengukuran and i.formula is not None)
            for i in lkjip.indikator]
