"""The catalogue of the report's tables and figures: one list for Word and Excel.

``katalog(lkjip, hasil)`` decides, once, which tables and figures a workbook's report has,
in which order, with which number and caption. The Word report writes them in this order
and takes every caption and every "Tabel 3.4" of its prose from here; the output workbook
has one sheet per table, named and titled from here. So "Tabel 3.9" is the same table in
both, and the rules for when a table appears are written in one place.

Order (PermenPAN-RB 53/2014, RULES.md §1):

* Bab I: the organisation chart (Gambar 1.1) where the workbook has units or a chart picture.
* Bab II: the Renstra (Tabel 2.1), its indicators (2.2), the Perjanjian Kinerja (2.3), the
  budget per program (2.4; per kegiatan and sub kegiatan too where the workbook has them).
* Bab III: the measurement (3.1); then per sasaran, in the workbook's order: the AKIP table
  where the sasaran holds the AKIP indicator (setting ``kode_indikator_akip``), its capaian
  table (where it has indicators), the explanation of its formula indicators, its charts (one per indicator, or one for
  the sasaran when it has many), its benchmarks (sheet Pembanding), its
  indicators' quarters (where sheet Triwulan has them), its operational objectives, its supporting tables; then the
  operational objectives and supporting tables of no known sasaran; the AKIP table where no
  sasaran holds it; capaian and budget per sasaran; the efficiency analysis.
* Lampiran (numbered L.1, ...): per indicator with an earlier year or Renstra targets per year, its
  targets and realisasi over the Renstra period; the indicators' definitions where the PK sheet gives some.

Tables without rows are left out, and the AKIP table where no year has a score. A sasaran is
named by its position in the workbook's order ("Sasaran 2" is the second sasaran of the PK sheet,
whatever its code).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from ..expr import is_number
from ..instansi import sebutan
from ..model import IndikatorKinerja, LKjIP, Polaritas
from ..rules import Hasil, HasilIndikator
from ..schema import ESELON
from .definisi import ada_definisi, ada_riwayat

__all__ = ["Jenis", "Entri", "Katalog", "katalog", "MAKS_GRAFIK_INDIKATOR", "TAHUN_GRAFIK_SASARAN", "nama_tingkat"]

MAKS_GRAFIK_INDIKATOR = 2
"""A sasaran with more indicators gets one chart of their capaian instead of a chart each."""

TAHUN_GRAFIK_SASARAN = 3
"""The latest years shown in the capaian chart of a sasaran."""

TABEL, GAMBAR = "Tabel", "Gambar"
LAMPIRAN = "L"
"""The "chapter" of the Lampiran's tables: Tabel L.1."""


class Jenis(str, Enum):
    """The kinds of table and figure of the report; each has one Word and one Excel builder."""

    BAGAN_ORGANISASI = "bagan_organisasi"
    RENSTRA = "renstra"
    INDIKATOR_RENSTRA = "indikator_renstra"
    PK = "pk"
    ANGGARAN = "anggaran"
    PENGUKURAN = "pengukuran"
    AKIP = "akip"
    CAPAIAN_SASARAN = "capaian_sasaran"
    PENJELASAN_SASARAN = "penjelasan_sasaran"
    GRAFIK_INDIKATOR = "grafik_indikator"
    GRAFIK_SASARAN = "grafik_sasaran"
    OPERASIONAL = "operasional"
    PENDUKUNG = "pendukung"
    ANGGARAN_SASARAN = "anggaran_sasaran"
    EFISIENSI = "efisiensi"
    TRIWULAN = "triwulan"
    GRAFIK_TRIWULAN = "grafik_triwulan"
    """Target against realisasi per quarter of one indicator: a figure of the quarterly report."""
    RIWAYAT_INDIKATOR = "riwayat_indikator"
    PEMBANDING = "pembanding"
    DEFINISI_INDIKATOR = "definisi_indikator"


_GAMBAR = {Jenis.BAGAN_ORGANISASI, Jenis.GRAFIK_INDIKATOR, Jenis.GRAFIK_SASARAN, Jenis.GRAFIK_TRIWULAN}


@dataclass(frozen=True)
class Entri:
    """One table or figure of the report.

    Attributes:
        jenis: what it shows.
        bab: the chapter (1, 2, 3), or ``"L"`` for the Lampiran.
        urut: its position among the tables (or the figures) of the chapter, from 1.
        judul: the caption without "Tabel 3.2".
        kode_sasaran: the sasaran it belongs to, if any.
        kode_indikator: the indicator a chart shows, if one.
        indeks: positions in ``lkjip.operasional`` or ``lkjip.pendukung`` that the table shows.
    """

    jenis: Jenis
    bab: int | str
    urut: int
    judul: str
    kode_sasaran: str | None = None
    kode_indikator: str | None = None
    indeks: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        """``"Tabel"`` or ``"Gambar"``."""
        return GAMBAR if self.jenis in _GAMBAR else TABEL

    @property
    def nomor(self) -> str:
        """The number as printed: ``"3.2"``."""
        return f"{self.bab}.{self.urut}"

    @property
    def rujukan(self) -> str:
        """How prose refers to it: ``"Tabel 3.2"``."""
        return f"{self.label} {self.nomor}"

    @property
    def caption(self) -> str:
        """The caption as printed: ``"Tabel 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan"``."""
        return f"{self.rujukan} {self.judul}"

    @property
    def lembar(self) -> str:
        """The sheet name of a table in the output workbook: ``"Tabel 2.1"``."""
        return self.rujukan


@dataclass
class Katalog:
    """The report's tables and figures, in the order they are printed."""

    entri: list[Entri] = field(default_factory=list)

    @property
    def tabel(self) -> list[Entri]:
        return [e for e in self.entri if e.label == TABEL]

    @property
    def gambar(self) -> list[Entri]:
        return [e for e in self.entri if e.label == GAMBAR]

    def __iter__(self) -> Iterator[Entri]:
        return iter(self.entri)

    def semua(self, jenis: Jenis | None = None, kode_sasaran: str | None = None) -> list[Entri]:
        """Every entry of a kind (any kind where None), of one sasaran where given, in order."""
        return [e for e in self.entri if (jenis is None or e.jenis is jenis)
                and (kode_sasaran is None or e.kode_sasaran == kode_sasaran)]

    def cari(self, jenis: Jenis, *, kode_sasaran: str | None = None, kode_indikator: str | None = None,
             indeks: int | None = None) -> Entri | None:
        """The entry of a kind for one sasaran / indicator / operational or supporting row, or None.

        ``kode_sasaran=None`` matches only entries of no sasaran, except where ``kode_indikator``
        or ``indeks`` already pins the entry down.
        """
        for e in self.entri:
            if e.jenis is not jenis:
                continue
            if kode_indikator is not None:
                if e.kode_indikator == kode_indikator:
                    return e
            elif indeks is not None:
                if indeks in e.indeks:
                    return e
            elif e.kode_sasaran == kode_sasaran:
                return e
        return None


# --------------------------------------------------------------------------- when a table appears


def pakai_rumus(lkjip: LKjIP, ind: IndikatorKinerja) -> bool:
    """The indicator's figures come from a numerator and a denominator (in some year)."""
    if ind.formula is not None or (ind.target_pembilang is not None and ind.target_penyebut is not None):
        return True
    return any(
        (r.realisasi_pembilang is not None and r.realisasi_penyebut is not None)
        or (r.target_pembilang is not None and r.target_penyebut is not None)
        for r in lkjip.realisasi if r.kode_indikator == ind.kode
    )


def perjanjian_eselon(lkjip: LKjIP, indeks: tuple[int, ...]) -> str:
    """The agreements operational rows come from: ``"Perjanjian Kinerja Eselon III"`` (or ``IV``, or ``III dan IV``)."""
    tingkat = sorted({lkjip.operasional[i].eselon for i in indeks},
                     key=lambda e: (ESELON.index(e) if e in ESELON else len(ESELON), e)) or ["III"]
    return "Perjanjian Kinerja Eselon " + " dan ".join(tingkat)


def sasaran_akip(lkjip: LKjIP) -> str | None:
    """The code of the sasaran whose indicator is the AKIP predikat (setting ``kode_indikator_akip``)."""
    kode = lkjip.pengaturan.kode_indikator_akip
    if not kode:
        return None
    return next((s.kode for s in lkjip.sasaran if any(i.kode == kode for i in s.indikator)), None)


def grafik_indikator_ada(hi: HasilIndikator) -> bool:
    """An indicator's target/realisasi chart can be drawn: some figure, all numbers or all predikat."""
    if all(t.target is None and t.realisasi is None for t in hi.riwayat):
        return False
    if hi.polaritas is Polaritas.PREDIKAT:
        return True
    return all(v is None or is_number(v) for t in hi.riwayat for v in (t.target, t.realisasi))


def tahun_grafik_sasaran(indikator: list[HasilIndikator]) -> list[int]:
    """The years of a sasaran's capaian chart: the latest few in which its indicators have a year."""
    return sorted({t.tahun for hi in indikator for t in hi.riwayat})[-TAHUN_GRAFIK_SASARAN:]


def grafik_sasaran_ada(indikator: list[HasilIndikator]) -> bool:
    years = tahun_grafik_sasaran(indikator)
    return any(hi.tahun(y) is not None and hi.tahun(y).capaian is not None for hi in indikator for y in years)


def nama_tingkat(lkjip: LKjIP, pemisah: str | None = None) -> str:
    """The levels of the budget lines in a caption ("Program, Kegiatan dan Sub Kegiatan") or, with
    ``pemisah``, in a header ("Program / Kegiatan / Sub Kegiatan")."""
    labels = [t.label for t in lkjip.tingkat_anggaran()] or ["Program"]
    if pemisah is not None:
        return f" {pemisah} ".join(labels)
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " dan " + labels[-1]


def rentang(years: list[int]) -> str:
    """``2021–2023``, or the one year, or nothing."""
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _dengan_tahun(judul: str, years: list[int]) -> str:
    teks = rentang(years)
    return f"{judul} Tahun {teks}" if teks else judul


# --------------------------------------------------------------------------- the catalogue


class _Bab:
    """Numbers the tables and the figures of one chapter, each from 1."""

    def __init__(self, bab: int | str, out: list[Entri]):
        self.bab, self.out, self.n = bab, out, {TABEL: 0, GAMBAR: 0}

    def __call__(self, jenis: Jenis, judul: str, **kw) -> None:
        label = GAMBAR if jenis in _GAMBAR else TABEL
        self.n[label] += 1
        self.out.append(Entri(jenis, self.bab, self.n[label], judul, **kw))


def katalog(lkjip: LKjIP, hasil: Hasil, *, ada_bagan: bool | None = None) -> Katalog:
    """The tables and figures of the report of one workbook, numbered per chapter.

    Args:
        lkjip: the workbook as read.
        hasil: the rules' results (which charts have something to draw).
        ada_bagan: whether the report has an organisation chart; by default, where the
            Organisasi sheet has units (a picture named in the Identitas sheet counts too,
            but only the renderer can tell whether it can be read: it passes the answer).
    """
    out: list[Entri] = []
    tahun = lkjip.identitas.tahun
    instansi = sebutan(lkjip.identitas).nama_lengkap

    bab1 = _Bab(1, out)
    if ada_bagan if ada_bagan is not None else bool(lkjip.organisasi):
        bab1(Jenis.BAGAN_ORGANISASI, f"Struktur Organisasi {instansi}")

    bab2 = _Bab(2, out)
    if lkjip.renstra:
        bab2(Jenis.RENSTRA, "Tujuan, Sasaran, Strategi dan Arah Kebijakan")
    if lkjip.indikator_renstra:
        bab2(Jenis.INDIKATOR_RENSTRA, "Tujuan, Sasaran, Indikator dan Target Kinerja")
    bab2(Jenis.PK, f"Perjanjian Kinerja Tahun {tahun}")
    if lkjip.program:
        bab2(Jenis.ANGGARAN, f"Realisasi Anggaran per {nama_tingkat(lkjip)} Tahun {tahun}")

    bab3 = _Bab(3, out)
    bab3(Jenis.PENGUKURAN, f"Pengukuran Kinerja Tahun {tahun}")
    kodes = {s.kode for s in lkjip.sasaran}
    op: dict[str | None, list[int]] = defaultdict(list)
    for i, o in enumerate(lkjip.operasional):
        op[o.kode_sasaran if o.kode_sasaran in kodes else None].append(i)
    banyak_op = len(op) > 1
    akip_tahun = [a.tahun for a in hasil.akip]
    akip_judul = _dengan_tahun("Nilai dan Predikat Evaluasi AKIP", akip_tahun)
    ada_akip = bool(lkjip.akip.komponen) and bool(akip_tahun)  # components without a score: nothing to show
    akip_di = sasaran_akip(lkjip) if ada_akip else None
    for n, s in enumerate(lkjip.sasaran, 1):
        if akip_di == s.kode:
            bab3(Jenis.AKIP, akip_judul, kode_sasaran=s.kode)
        if s.indikator:
            bab3(Jenis.CAPAIAN_SASARAN, f"Capaian Kinerja Sasaran {n}", kode_sasaran=s.kode)
        if any(pakai_rumus(lkjip, i) for i in s.indikator):
            bab3(Jenis.PENJELASAN_SASARAN, f"Penjelasan Capaian Sasaran {n}", kode_sasaran=s.kode)
        indikator = [hasil.indikator_by_kode(i.kode) for i in s.indikator]
        if len(indikator) <= MAKS_GRAFIK_INDIKATOR:
            for hi in indikator:
                if grafik_indikator_ada(hi):
                    years = [t.tahun for t in hi.riwayat]
                    bab3(Jenis.GRAFIK_INDIKATOR, _dengan_tahun(f"Target dan Realisasi {hi.nama}", years),
                         kode_sasaran=s.kode, kode_indikator=hi.kode)
        elif grafik_sasaran_ada(indikator):
            bab3(Jenis.GRAFIK_SASARAN, _dengan_tahun(f"Capaian Indikator {s.nama}", tahun_grafik_sasaran(indikator)),
                 kode_sasaran=s.kode)
        if any(hasil.pembanding_of(i.kode) for i in s.indikator):
            bab3(Jenis.PEMBANDING, f"Perbandingan Capaian Sasaran {n} dengan Pembanding", kode_sasaran=s.kode)
        if hasil.triwulan is not None and hasil.triwulan.indikator_sasaran(s.kode):
            bab3(Jenis.TRIWULAN, f"Capaian per Triwulan Sasaran {n} Tahun {tahun}", kode_sasaran=s.kode)
        if s.kode in op:
            bab3(Jenis.OPERASIONAL, perjanjian_eselon(lkjip, tuple(op[s.kode])) + (f" Sasaran {n}" if banyak_op else ""),
                 kode_sasaran=s.kode, indeks=tuple(op[s.kode]))
        for j, t in enumerate(lkjip.pendukung):
            if t.kode_sasaran == s.kode:
                bab3(Jenis.PENDUKUNG, t.judul, kode_sasaran=s.kode, indeks=(j,))
    if None in op:
        bab3(Jenis.OPERASIONAL, perjanjian_eselon(lkjip, tuple(op[None])) + (" Lainnya" if banyak_op else ""),
             indeks=tuple(op[None]))
    for j, t in enumerate(lkjip.pendukung):
        if t.kode_sasaran not in kodes:
            bab3(Jenis.PENDUKUNG, t.judul, indeks=(j,))
    if ada_akip and akip_di is None:
        bab3(Jenis.AKIP, akip_judul)
    bab3(Jenis.ANGGARAN_SASARAN, f"Capaian Kinerja dan Anggaran Tahun {tahun}")
    bab3(Jenis.EFISIENSI, "Analisis Efisiensi Kinerja")

    lampiran = _Bab(LAMPIRAN, out)
    i = lkjip.identitas
    for s in lkjip.sasaran:
        for ind in s.indikator:
            hi = hasil.indikator_by_kode(ind.kode)
            if ada_riwayat(lkjip, ind, hi):
                lampiran(Jenis.RIWAYAT_INDIKATOR, f"Target dan Realisasi {hi.nama} Periode "
                         f"{sebutan(i).rencana} {i.renstra_awal}–{i.renstra_akhir}", kode_sasaran=s.kode, kode_indikator=ind.kode)
    if ada_definisi(lkjip):
        lampiran(Jenis.DEFINISI_INDIKATOR, "Definisi Operasional Indikator Kinerja")
    return Katalog(out)
