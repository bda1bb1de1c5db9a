"""Scales as real reports state them: bands with explicit bounds, and the scale of each kind of capaian.

A scale is a list of ``model.Pita``. The lookup (``expr.label_skala`` and its Excel twin) uses the
lower bounds only: a value gets the label of the highest band whose lower bound it reaches
(``>=`` where the bound is inclusive, ``>`` where it is not). Lower bounds with their flags already
describe every partition of the number line, a band for exactly one value included::

    Tidak Tercapai  from 0 (inclusive)     capaian < 100
    Tercapai        from 100 (inclusive)   capaian = 100
    Terlampaui      from 100 (exclusive)   capaian > 100

Reports print bands as ranges ("91 sampai dengan 100"), so the Skala sheet also takes an optional
upper bound per band. It does not move any band: it is checked against the next band's lower bound
(``sambungan_pita``), and a gap or an overlap is a warning naming both cells, saying where the
values in between go. This module also says which scale categorises each kind of capaian
(RULES.md §3 and §9): the Renstra-end and national-standard comparisons have scales of their own
where the Skala sheet gives them, else the scale of the capaian itself.
"""

from __future__ import annotations

from .angka import fmt_angka_ringkas
from .expr import urut_pita
from .katalog_temuan import Pembacaan as P
from .model import Pengaturan, Pita
from .problems import DaftarTemuan

__all__ = ["SKALA_KATEGORI", "skala_kategori", "tampil_kategori", "sambungan_pita", "baca_pita", "uraian_pita"]

SKALA_KATEGORI = {"capaian": "kategori", "renstra": "kategori_renstra", "standar": "kategori_standar"}
"""The scale of each kind of capaian the report categorises, before the fallback of ``skala_kategori``."""


def skala_kategori(pengaturan: Pengaturan, jenis: str) -> str:
    """The name of the scale that categorises one kind of capaian (``"capaian"``, ``"renstra"``,
    ``"standar"``): its own where the Skala sheet gives it, else Kategori Capaian."""
    nama = SKALA_KATEGORI[jenis]
    return nama if pengaturan.skala.get(nama) else SKALA_KATEGORI["capaian"]


def tampil_kategori(pengaturan: Pengaturan, jenis: str) -> bool:
    """Whether the report prints the category of a comparison (``"renstra"`` or ``"standar"``): the
    setting says so, or the Skala sheet gives that comparison a scale of its own."""
    return pengaturan.kategori_perbandingan or bool(pengaturan.skala.get(SKALA_KATEGORI[jenis]))


def sambungan_pita(pita: list[Pita]) -> list[tuple[str, Pita, Pita]]:
    """Where a band's stated upper bound does not meet the next band's lower bound.

    Returns ``(jenis, band, next band)`` in ascending order, ``jenis`` being ``"celah"`` (values
    between the two bounds exist; the lookup gives them the lower band), ``"tumpang"`` (values
    belong to both as stated; the lookup gives them the upper band) or ``"terbalik"`` (the band's
    upper bound lies below its own lower bound; ``next band`` is the band itself).
    """
    bands = urut_pita(pita)
    out: list[tuple[str, Pita, Pita]] = []
    for i, p in enumerate(bands):
        if p.atas is None:
            continue
        if p.atas < p.batas or (p.atas == p.batas and not (p.inklusif and p.atas_inklusif)):
            out.append(("terbalik", p, p))
            continue
        if i + 1 == len(bands):
            continue  # the top band also takes every value above it (RULES.md §3)
        q = bands[i + 1]
        if p.atas < q.batas or (p.atas == q.batas and not p.atas_inklusif and not q.inklusif):
            out.append(("celah", p, q))
        elif p.atas > q.batas or (p.atas == q.batas and p.atas_inklusif and q.inklusif):
            out.append(("tumpang", p, q))
    return out


def _sampai(p: Pita) -> str:
    return f"{'sampai dengan' if p.atas_inklusif else 'sampai sebelum'} {fmt_angka_ringkas(p.atas, 6)}"


def _mulai(p: Pita) -> str:
    return f"{'mulai dari' if p.inklusif else 'mulai di atas'} {fmt_angka_ringkas(p.batas, 6)}"


def baca_pita(records, nama_skala: dict[str, str], temuan: DaftarTemuan) -> dict[str, list[Pita]]:
    """The bands of sheet Skala by scale code, each with its cells; warns of bounds that do not meet.

    Args:
        records: the sheet's rows as the reader gives them (``values`` and ``cells`` by column key).
        nama_skala: scale code -> its name on the sheet, for the messages.
        temuan: where problems are recorded.
    """
    bands: dict[str, list[Pita]] = {}
    for r in records:
        name, batas, label = r.values.get("skala"), r.values.get("batas"), r.values.get("label")
        if name is None or batas is None or label is None:
            continue
        atas_inklusif = r.values.get("inklusif_atas")
        if atas_inklusif is not None and r.values.get("batas_atas") is None:
            temuan.catat(P.INKLUSIF_ATAS_TANPA_BATAS, r.cells.get("inklusif_atas"), skala=nama_skala.get(name, name),
                         label=str(label), isi="Ya" if atas_inklusif else "Tidak")
        bands.setdefault(name, []).append(Pita(
            batas=batas, label=str(label), inklusif=bool(r.values.get("inklusif", True)),
            atas=r.values.get("batas_atas"), atas_inklusif=True if atas_inklusif is None else bool(atas_inklusif),
            cells=dict(r.cells)))
    for name, items in bands.items():
        items.sort(key=lambda p: p.batas)
        labels = [p.label for p in items]
        if len(set(labels)) != len(labels):
            temuan.catat(P.SKALA_GANDA, "Skala!D:D", skala=name)
        for jenis, p, q in sambungan_pita(items):
            skala = nama_skala.get(name, name)
            if jenis == "terbalik":
                temuan.catat(P.PITA_TERBALIK, p.cells.get("batas_atas"), p.cells.get("batas"), skala=skala, label=p.label,
                             sampai=_sampai(p), mulai=_mulai(p))
            else:
                temuan.catat(P.PITA_TIDAK_BERSAMBUNG, p.cells.get("batas_atas"), q.cells.get("batas"), varian=jenis,
                             skala=skala, label=p.label, sampai=_sampai(p), label_berikut=q.label, mulai=_mulai(q))
    return bands


def uraian_pita(pita: list[Pita], satuan: str = "") -> tuple[list[str], str]:
    """The bands of a scale for a sentence, from the top: (``["> 100% Terlampaui", "= 100% Tercapai"]``,
    the label of the lowest band, which takes every value below the next one).

    A band that holds exactly one value (inclusive from a bound the next band leaves exclusively) reads
    ``= x``; the others ``≥ x`` or ``> x``.
    """
    bands = urut_pita(pita)
    if not bands:
        return [], ""
    teks = []
    for i, p in enumerate(bands[1:], 1):
        q = bands[i + 1] if i + 1 < len(bands) else None
        tepat = p.inklusif and q is not None and q.batas == p.batas and not q.inklusif
        tanda = "=" if tepat else "≥" if p.inklusif else ">"
        teks.append(f"{tanda} {fmt_angka_ringkas(p.batas)}{satuan} {p.label}")
    return list(reversed(teks)), bands[0].label
