"""The rows of the Lampiran's tables, for Word and Excel alike: each indicator's targets and
realisasi over the Renstra period (LKE 3.b.4, 3.b.5), and the indicator definitions (LKE 2.a.2).

The years of an indicator's multi-year table: every year of the Renstra period and every year the
workbook gives a figure for (``tahun_riwayat``); the table is there where the indicator has an
earlier year or a Renstra indicator with targets per year (``ada_riwayat``).

One row per PK indicator: its unit, operational definition, formula or way of measuring (the PK
sheet's text, or for a formula indicator its pembilang ÷ penyebut × faktor), data source and
frequency of measurement, as typed in sheet PK (nothing typed: ``None``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..angka import fmt_angka_ringkas
from ..model import IndikatorKinerja, LKjIP
from ..rules import HasilIndikator

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


def tahun_riwayat(lkjip: LKjIP, hi: HasilIndikator) -> list[int]:
    """The years of an indicator's multi-year table: the Renstra period and every year with a figure."""
    i = lkjip.identitas
    return sorted(set(range(i.renstra_awal, i.renstra_akhir + 1)) | {t.tahun for t in hi.riwayat})


def ada_riwayat(lkjip: LKjIP, ind: IndikatorKinerja, hi: HasilIndikator) -> bool:
    """The indicator has more than this year to show: an earlier year, or Renstra targets per year."""
    renstra = lkjip.renstra_by_kode(ind.kode_renstra)
    return len(hi.riwayat) > 1 or (renstra is not None and any(v is not None for v in renstra.target_tahunan.values()))
