"""The report's tables in order, with their numbers and captions (``daftar_tabel``).

Kept apart from the sheets that show them: the list decides which tables the report has and
in which order; the renderers decide how each kind of table (``InfoTabel.jenis``) is laid out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ...model import IndikatorKinerja, LKjIP, Polaritas

__all__ = ["InfoTabel", "daftar_tabel", "pakai_rumus"]


@dataclass(frozen=True)
class InfoTabel:
    """One table of the report: its number, caption and what it shows.

    Attributes:
        nomor: the number, ``"3.2"``.
        judul: the caption without the number.
        jenis: the kind of table (``"renstra"``, ``"pk"``, ``"capaian_sasaran"``, ...).
        kode_sasaran: the sasaran a Bab III table belongs to, if any.
        indeks: positions in ``lkjip.operasional`` or ``lkjip.pendukung`` shown by the table.
    """

    nomor: str
    judul: str
    jenis: str
    kode_sasaran: str | None = None
    indeks: tuple[int, ...] = ()

    @property
    def caption(self) -> str:
        """The caption as printed: ``"Tabel 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan"``."""
        return f"Tabel {self.nomor} {self.judul}"

    @property
    def lembar(self) -> str:
        """The sheet name of the table in the output workbook: ``"Tabel 2.1"``."""
        return f"Tabel {self.nomor}"


def pakai_rumus(lkjip: LKjIP, ind: IndikatorKinerja) -> bool:
    """The indicator's figures come from a numerator and a denominator (in some year)."""
    if ind.formula is not None or (ind.target_pembilang is not None and ind.target_penyebut is not None):
        return True
    return any(
        (r.realisasi_pembilang is not None and r.realisasi_penyebut is not None)
        or (r.target_pembilang is not None and r.target_penyebut is not None)
        for r in lkjip.realisasi if r.kode_indikator == ind.kode
    )


def _sasaran_akip(lkjip: LKjIP) -> str | None:
    """The sasaran whose discussion holds the AKIP table: the one of the AKIP indicator."""
    kode = lkjip.pengaturan.kode_indikator_akip
    for s in lkjip.sasaran:
        if any(i.kode == kode for i in s.indikator):
            return s.kode
    for s in lkjip.sasaran:
        if any(i.polaritas is Polaritas.PREDIKAT for i in s.indikator):
            return s.kode
    return None


def daftar_tabel(lkjip: LKjIP) -> list[InfoTabel]:
    """The report's tables in order (RULES.md §1), numbered per chapter.

    Bab II: the Renstra (2.1), its indicators (2.2), the Perjanjian Kinerja (2.3), the budget
    per program (2.4). Bab III: the measurement (3.1); then per sasaran: the AKIP table where the
    sasaran holds the AKIP indicator, its capaian table, the explanation of formula indicators,
    its operational objectives and its supporting tables; then tables of no known sasaran; then
    capaian and budget per sasaran and the efficiency analysis. Tables without rows are left out.
    """
    tahun = lkjip.identitas.tahun
    bab2: list[tuple] = []
    if lkjip.renstra:
        bab2.append(("Tujuan, Sasaran, Strategi dan Arah Kebijakan", "renstra", None, ()))
    if lkjip.indikator_renstra:
        bab2.append(("Tujuan, Sasaran, Indikator dan Target Kinerja", "indikator_renstra", None, ()))
    bab2.append((f"Perjanjian Kinerja Tahun {tahun}", "pk", None, ()))
    if lkjip.program:
        bab2.append((f"Realisasi Anggaran per Program Tahun {tahun}", "anggaran", None, ()))

    kodes = {s.kode for s in lkjip.sasaran}
    op: dict[str | None, list[int]] = defaultdict(list)
    for i, o in enumerate(lkjip.operasional):
        op[o.kode_sasaran if o.kode_sasaran in kodes else None].append(i)
    banyak_op = len(op) > 1
    akip_di = _sasaran_akip(lkjip) if lkjip.akip.komponen else None
    akip = ("Nilai dan Predikat Evaluasi AKIP", "akip", None, ())
    bab3: list[tuple] = [(f"Pengukuran Kinerja Tahun {tahun}", "pengukuran", None, ())]
    for n, s in enumerate(lkjip.sasaran, 1):
        if akip_di == s.kode:
            bab3.append(akip[:2] + (s.kode, ()))
        predikat = bool(s.indikator) and all(i.polaritas is Polaritas.PREDIKAT for i in s.indikator)
        bab3.append((f"Capaian Kinerja Sasaran {n}" if predikat else f"Capaian Sasaran {n}", "capaian_sasaran", s.kode, ()))
        if any(pakai_rumus(lkjip, i) for i in s.indikator):
            bab3.append((f"Penjelasan Capaian Sasaran {n}", "penjelasan_sasaran", s.kode, ()))
        if s.kode in op:
            judul = "Perjanjian Kinerja Eselon III" + (f" Sasaran {n}" if banyak_op else "")
            bab3.append((judul, "operasional", s.kode, tuple(op[s.kode])))
        for j, t in enumerate(lkjip.pendukung):
            if t.kode_sasaran == s.kode:
                bab3.append((t.judul, "pendukung", s.kode, (j,)))
    if None in op:
        bab3.append(("Perjanjian Kinerja Eselon III" + (" Lainnya" if banyak_op else ""), "operasional", None, tuple(op[None])))
    for j, t in enumerate(lkjip.pendukung):
        if t.kode_sasaran not in kodes:
            bab3.append((t.judul, "pendukung", None, (j,)))
    if lkjip.akip.komponen and akip_di is None:
        bab3.append(akip)
    bab3.append((f"Capaian Kinerja dan Anggaran Tahun {tahun}", "anggaran_sasaran", None, ()))
    bab3.append(("Analisis Efisiensi Kinerja", "efisiensi", None, ()))
    out = [InfoTabel(f"2.{i}", j, k, s, ix) for i, (j, k, s, ix) in enumerate(bab2, 1)]
    out += [InfoTabel(f"3.{i}", j, k, s, ix) for i, (j, k, s, ix) in enumerate(bab3, 1)]
    return out
