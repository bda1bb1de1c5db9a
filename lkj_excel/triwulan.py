"""Quarterly monitoring (Rencana Aksi): every derived number of the quarters, pure like ``rules``.

The quarters of an indicator (sheet Triwulan) make its figure to date, and its year, by its
``cara`` (how the quarters make the year):

* ``kumulatif``: each quarter holds that quarter's own amount; to date is the sum of the quarters
  filled so far (a formula indicator sums its pembilang and its penyebut, then divides);
* ``posisi_akhir``: each quarter holds the position at its end; to date is the last quarter
  filled so far;
* ``rata_rata``: to date is the mean of the quarters filled so far;
* ``tidak_ditetapkan``: the quarters stand alone; nothing to date, no year.

A predikat indicator always takes the last quarter filled. The targets to date follow the same
rule over the quarterly targets. Capaian (per quarter, to date against the target to date, and
to date against the year's target) use ``rules.expr_capaian`` with the workbook's settings:
the same polarity, predikat and cap rules as the year.

API
===
``hitung_triwulan(lkjip, n) -> HasilTriwulan``: everything of the quarterly report up to quarter
``n`` (1..4), each figure with its ``expr`` (for the output workbook's formulas) in ``env``.
``realisasi_tahunan(tw, ind, pengaturan) -> TahunDariTriwulan | None``: the year the quarters make
(only when the fourth quarter is filled and the indicator's ``cara`` is defined).
``triwulan_terisi(lkjip) -> int``: the last quarter with any realisasi (0: none).
``ada_pengukuran_berkala(lkjip) -> bool`` and ``bukti_pengukuran_berkala(lkjip) -> str``: for the
LKE self-assessment, whether the workbook measures its indicators quarterly, and the evidence.
``gabung``/``expr_gabung``: the rule that makes a figure to date from quarterly figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .expr import Const, Env, Expr, Mean, Ref, Round, Sum, Value, lift
from .model import Indikator, IndikatorOperasional, LKjIP, Pengaturan, Polaritas, TriwulanIndikator
from .rules import _Turunan, expr_capaian, expr_penyerapan, expr_rumus, faktor_pengali, skala_efektif
from .schema_triwulan import TRIWULAN_ROMAWI

__all__ = [
    "CARA", "ROMAWI", "cara_efektif", "gabung", "expr_gabung", "realisasi_tahunan", "TahunDariTriwulan",
    "hitung_triwulan", "HasilTriwulan", "HasilTriwulanIndikator", "HasilKuartal", "HasilAnggaranTriwulan",
    "triwulan_terisi", "ada_pengukuran_berkala", "bukti_pengukuran_berkala", "nama_cara",
]

CARA = ("kumulatif", "posisi_akhir", "rata_rata", "tidak_ditetapkan")
ROMAWI = TRIWULAN_ROMAWI
_NAMA_CARA = {"kumulatif": "kumulatif", "posisi_akhir": "posisi akhir", "rata_rata": "rata-rata",
              "tidak_ditetapkan": "tidak ditetapkan"}


def nama_cara(cara: str) -> str:
    """How a sentence names a ``cara``: "posisi akhir"."""
    return _NAMA_CARA.get(cara, cara)


def cara_efektif(cara: str | None, polaritas: Polaritas) -> str:
    """The rule in force: a predikat indicator takes its last quarter; an unknown or empty ``cara`` is none."""
    if polaritas is Polaritas.PREDIKAT:
        return "posisi_akhir"
    return cara if cara in CARA else "tidak_ditetapkan"


def expr_gabung(cara: str, nilai: list[Expr | Value], terisi: list[bool]) -> Expr:
    """The figure to date of quarters 1..len(nilai) by ``cara`` (``terisi``: which quarters are filled).

    kumulatif: the sum of the filled quarters; rata_rata: their mean; posisi_akhir: the last filled
    one; tidak_ditetapkan, or nothing filled: undefined.
    """
    isi = [lift(x) for x, t in zip(nilai, terisi) if t]
    if not isi or cara == "tidak_ditetapkan":
        return Const(None)
    if cara == "kumulatif":
        return Sum(*isi)
    if cara == "rata_rata":
        return Mean(*isi)
    if cara == "posisi_akhir":
        return isi[-1]
    raise ValueError(f"Cara perhitungan tahunan tidak dikenal: {cara!r}.")


def gabung(cara: str, nilai: dict[int, Value], n: int = 4) -> Value:
    """``expr_gabung`` of plain values: quarters 1..``n`` of ``nilai`` (quarter -> value), the empty ones skipped."""
    values = [nilai.get(q) for q in range(1, n + 1)]
    return expr_gabung(cara, values, [v is not None for v in values]).value(Env())


def _opsi(p: Pengaturan) -> dict:
    return {"metode_negatif": p.metode_negatif, "predikat_numerik": p.predikat_numerik, "batas": p.batas_capaian}


def _faktor(ind: Indikator) -> float:
    return faktor_pengali(ind.satuan, ind.formula.faktor if ind.formula else None)


def _pecahan(tw: TriwulanIndikator, q: int) -> bool:
    return tw.realisasi_pembilang.get(q) is not None and tw.realisasi_penyebut.get(q) is not None


def _terisi(tw: TriwulanIndikator, q: int) -> bool:
    """Quarter ``q`` has a realisasi: stated, or its pembilang and penyebut."""
    return tw.realisasi.get(q) is not None or _pecahan(tw, q)


def triwulan_terisi(lkjip: LKjIP) -> int:
    """The last quarter for which any indicator has a realisasi (0 where none has)."""
    return max((q for tw in lkjip.triwulan for q in range(1, 5) if _terisi(tw, q)), default=0)


# --------------------------------------------------------------------------- the year from its quarters


@dataclass
class TahunDariTriwulan:
    """The year's realisasi as the quarters make it: the value, and for a formula indicator its pembilang and
    penyebut where the rule keeps them (kumulatif: their sums; posisi akhir: the last quarter's); ``sel``: the
    cells of the quarters used."""

    cara: str
    realisasi: Value
    pembilang: float | None = None
    penyebut: float | None = None
    sel: list[str] = field(default_factory=list)
    kuartal: list[int] = field(default_factory=list)
    """The quarters used (all filled ones; the last one for posisi akhir)."""


def realisasi_tahunan(tw: TriwulanIndikator, ind: Indikator, pengaturan: Pengaturan | None = None) -> TahunDariTriwulan | None:
    """The year the four quarters make, or None: no rule (``tidak_ditetapkan``) or the fourth quarter is empty."""
    cara = cara_efektif(tw.cara, ind.polaritas)
    if cara == "tidak_ditetapkan" or not _terisi(tw, 4):
        return None
    h = _Hitung(tw_list=[], pengaturan=pengaturan or Pengaturan())
    hi = h.indikator(tw, ind, 4, nama_sasaran="")
    quarters = [q for q in range(1, 5) if _terisi(tw, q)]
    used = quarters[-1:] if cara == "posisi_akhir" else quarters
    sel = [c for q in used for key in ("realisasi_pembilang", "realisasi_penyebut", "realisasi")
           if (c := tw.cells.get(f"{key}_{q}")) and (getattr(tw, key).get(q) is not None)]
    out = TahunDariTriwulan(cara=cara, realisasi=hi.realisasi_sd, sel=sel, kuartal=used)
    if hi.pembilang_sd is not None and cara in ("kumulatif", "posisi_akhir"):
        out.pembilang, out.penyebut = hi.pembilang_sd, hi.penyebut_sd
    return out


# --------------------------------------------------------------------------- results


@dataclass
class HasilKuartal(_Turunan):
    """One quarter of one indicator: its target, realisasi and capaian against its target (kunci ``triwulan:<kode>:<q>``)."""

    triwulan: int
    target: Value = None
    realisasi: Value = None
    capaian: float | None = None


@dataclass
class HasilTriwulanIndikator(_Turunan):
    """One indicator in the quarterly report (kunci ``triwulan:<no>``, no from 1).

    ``kuartal``: quarters 1..4 (all four, the later ones without realisasi in a report up to ``n``);
    ``*_sd``: to date (up to quarter ``n``); ``capaian_sd`` against the target to date,
    ``capaian_tahun`` against the year's target; ``tertinggal``: the capaian to date is below 100%
    (None where it cannot be said).
    """

    kode: str
    nama: str
    satuan: str
    polaritas: Polaritas
    kode_sasaran: str | None
    sasaran: str
    cara: str
    operasional: bool
    kuartal: list[HasilKuartal] = field(default_factory=list)
    target_tahun: Value = None
    target_sd: Value = None
    realisasi_sd: Value = None
    pembilang_sd: float | None = None
    penyebut_sd: float | None = None
    capaian_sd: float | None = None
    capaian_tahun: float | None = None
    tertinggal: bool | None = None


@dataclass
class HasilAnggaranTriwulan(_Turunan):
    """One lowest budget line to date (kunci ``anggaran_tw:<no>``, no its line number from 1); the total has no ``baris``."""

    baris: int | None
    nama: str
    kode: str | None
    kode_sasaran: str | None
    anggaran: float | None = None
    realisasi: dict[int, float | None] = field(default_factory=dict)
    realisasi_sd: float | None = None
    penyerapan_sd: float | None = None


@dataclass
class HasilTriwulan:
    """Everything of the quarterly report up to quarter ``n``."""

    tahun: int
    n: int
    indikator: list[HasilTriwulanIndikator]
    anggaran: list[HasilAnggaranTriwulan]
    jumlah_anggaran: HasilAnggaranTriwulan
    capaian_rata: float | None
    """The mean of the indicators' capaian to date (against the targets to date), those undefined left out."""
    nama_rata: str
    env: Env = field(repr=False)

    def indikator_sasaran(self, kode_sasaran: str | None) -> list[HasilTriwulanIndikator]:
        """The indicators of one sasaran (PK first, then operational), in order."""
        return [i for i in self.indikator if i.kode_sasaran == kode_sasaran]

    @property
    def tertinggal(self) -> list[HasilTriwulanIndikator]:
        """The indicators behind schedule (capaian to date below 100%)."""
        return [i for i in self.indikator if i.tertinggal]


# --------------------------------------------------------------------------- computation


class _Hitung:
    """Builds the quarterly figures into an environment: its own, or the rules' (``hasil``), where the year's
    target and each budget line's anggaran are then the rules' own names."""

    def __init__(self, tw_list: list[TriwulanIndikator], pengaturan: Pengaturan, hasil=None, n: int = 4):
        self.p = pengaturan
        self.nd = pengaturan.desimal_persen
        self.hasil = hasil
        self.env = hasil.env if hasil is not None else Env(skala_efektif(pengaturan))
        self.tw_list = tw_list
        self.awalan = f"tw{n}"
        self.no = 0

    def masuk(self, name: str, value: Value, cell: str | None, teks: bool | None = None) -> Ref:
        if name not in self.env:
            self.env.input(name, value, cell, teks)
        return Ref(name)

    def tetap(self, hasil: _Turunan, nama: str, expr: Expr, teks: bool | None = None) -> Value:
        hasil.expr[nama] = expr
        return self.env.define(hasil.env_name(nama), expr, teks)

    def indikator(self, tw: TriwulanIndikator, ind: Indikator, n: int, nama_sasaran: str,
                  tahunan=None) -> HasilTriwulanIndikator:
        """One indicator up to quarter ``n`` (``tahunan``: its result in the rules' ``hasil``, when sharing it)."""
        self.no += 1
        pred = ind.polaritas is Polaritas.PREDIKAT
        cara = cara_efektif(tw.cara, ind.polaritas)
        hi = HasilTriwulanIndikator(
            kode=tw.kode, nama=ind.nama, satuan=ind.satuan, polaritas=ind.polaritas, kode_sasaran=ind.kode_sasaran,
            sasaran=nama_sasaran, cara=cara, operasional=isinstance(ind, IndikatorOperasional),
            kunci=f"{self.awalan}:{self.no}")
        kunci_in = f"TW:{tw.kode}"
        faktor = _faktor(ind)
        opsi = _opsi(self.p)

        def masuk_tw(key: str, q: int) -> Ref:
            return self.masuk(f"{kunci_in}.{key}_{q}", getattr(tw, key).get(q), tw.cells.get(f"{key}_{q}"),
                              teks=pred if key in ("target", "realisasi") else None)

        atas = None
        if tahunan is not None:  # the rules' own names for the signed target (and a range's upper bound)
            target_tahun: Expr = Ref(tahunan.ini.env_name("target"))
            if ind.target_atas is not None:
                atas = next((Ref(name) for name in self.env.names(derived=False)
                             if name.endswith(".target_atas") and self.env.source(name) == ind.cells.get("target_atas")), None)
        else:
            target_tahun = self.masuk(f"{kunci_in}.target_tahun", ind.target, ind.cells.get("target"), teks=pred)
            if ind.target_atas is not None:
                atas = self.masuk(f"{kunci_in}.target_atas", ind.target_atas, ind.cells.get("target_atas"))
        hi.target_tahun = self.tetap(hi, "target_tahun", target_tahun, teks=pred)
        for q in range(1, 5):
            hk = HasilKuartal(triwulan=q, kunci=f"{hi.kunci}:{q}")
            hk.target = self.tetap(hk, "target", masuk_tw("target", q), teks=pred)
            if q > n:  # after the quarter reported on: nothing is known yet
                real: Expr = Const(None)
            elif _pecahan(tw, q):
                real = expr_rumus(masuk_tw("realisasi_pembilang", q), masuk_tw("realisasi_penyebut", q), faktor)
            else:
                real = masuk_tw("realisasi", q)
            hk.realisasi = self.tetap(hk, "realisasi", real, teks=pred)
            hk.capaian = self.tetap(hk, "capaian", expr_capaian(self.angka(hk, "realisasi", pred), self.angka(hk, "target", pred),
                                                                 ind.polaritas, **opsi))
            hi.kuartal.append(hk)
        upto = hi.kuartal[:n]
        t_isi = [k.target is not None for k in upto]
        r_isi = [_terisi(tw, k.triwulan) for k in upto]
        hi.target_sd = self.tetap(hi, "target_sd", expr_gabung(cara, [Ref(k.env_name("target")) for k in upto], t_isi), teks=pred)
        filled = [k.triwulan for k in upto if _terisi(tw, k.triwulan)]
        if cara == "kumulatif" and filled and all(_pecahan(tw, q) for q in filled):
            pemb = Sum(*[Ref(f"{kunci_in}.realisasi_pembilang_{q}") for q in filled])
            peny = Sum(*[Ref(f"{kunci_in}.realisasi_penyebut_{q}") for q in filled])
            hi.pembilang_sd = self.tetap(hi, "pembilang_sd", pemb)
            hi.penyebut_sd = self.tetap(hi, "penyebut_sd", peny)
            real_sd: Expr = expr_rumus(Ref(hi.env_name("pembilang_sd")), Ref(hi.env_name("penyebut_sd")), faktor)
        else:
            if cara == "posisi_akhir" and filled and _pecahan(tw, filled[-1]):
                q = filled[-1]
                hi.pembilang_sd = self.tetap(hi, "pembilang_sd", Ref(f"{kunci_in}.realisasi_pembilang_{q}"))
                hi.penyebut_sd = self.tetap(hi, "penyebut_sd", Ref(f"{kunci_in}.realisasi_penyebut_{q}"))
            real_sd = expr_gabung(cara, [Ref(k.env_name("realisasi")) for k in upto], r_isi)
        hi.realisasi_sd = self.tetap(hi, "realisasi_sd", real_sd, teks=pred)
        r = self.angka(hi, "realisasi_sd", pred)
        hi.capaian_sd = self.tetap(hi, "capaian_sd", expr_capaian(r, self.angka(hi, "target_sd", pred), ind.polaritas, **opsi))
        hi.capaian_tahun = self.tetap(hi, "capaian_tahun", expr_capaian(r, self.angka(hi, "target_tahun", pred), ind.polaritas,
                                                                         target_atas=atas, **opsi))
        if hi.capaian_sd is not None:
            hi.tertinggal = Round(hi.capaian_sd, self.nd).value(self.env) < 100
        return hi

    def angka(self, hasil: _Turunan, nama: str, pred: bool) -> Expr:
        """A derived figure used in a capaian: rounded first where presisi="tercetak" (as ``rules`` does)."""
        ref = Ref(hasil.env_name(nama))
        return Round(ref, self.nd) if self.p.presisi == "tercetak" and not pred else ref

    def anggaran(self, lkjip: LKjIP, n: int) -> tuple[list[HasilAnggaranTriwulan], HasilAnggaranTriwulan]:
        """Every lowest budget line: its anggaran, its realisasi per quarter and to date, its penyerapan to date."""
        per_baris = {a.baris: a for a in lkjip.anggaran_triwulan}
        out = []
        for i, prog in enumerate(lkjip.program):
            if not lkjip.terbawah(i):
                continue
            at = per_baris.get(i)
            ha = HasilAnggaranTriwulan(baris=i, nama=prog.nama, kode=prog.kode, kode_sasaran=lkjip.sasaran_baris(i),
                                       kunci=f"{self.awalan}:anggaran:{i + 1}")
            if self.hasil is not None:
                ang: Expr = Ref(self.hasil.program[i].env_nilai("anggaran"))
            else:
                ang = self.masuk(f"TWA:{i + 1}.anggaran", prog.anggaran, prog.cells.get("anggaran"))
            ha.anggaran = self.tetap(ha, "anggaran", ang)
            refs = []
            for q in range(1, 5):
                value = at.realisasi.get(q) if at else None
                ref = self.masuk(f"TWA:{i + 1}.realisasi_{q}", value, at.cells.get(f"realisasi_{q}") if at else None)
                ha.realisasi[q] = self.tetap(ha, f"realisasi_{q}", ref)
                if q <= n and value is not None:
                    refs.append(Ref(ha.env_name(f"realisasi_{q}")))
            ha.realisasi_sd = self.tetap(ha, "realisasi_sd", Sum(*refs) if refs else Const(None))
            ha.penyerapan_sd = self.tetap(ha, "penyerapan_sd", expr_penyerapan(Ref(ha.env_name("realisasi_sd")),
                                                                                Ref(ha.env_name("anggaran"))))
            out.append(ha)
        total = HasilAnggaranTriwulan(baris=None, nama="Jumlah", kode=None, kode_sasaran=None, kunci=f"{self.awalan}:anggaran")
        total.anggaran = self.tetap(total, "anggaran", Sum(*[Ref(a.env_name("anggaran")) for a in out]))
        with_real = [a for a in out if a.realisasi_sd is not None]
        total.realisasi_sd = self.tetap(total, "realisasi_sd", Sum(*[Ref(a.env_name("realisasi_sd")) for a in with_real])
                                        if with_real else Const(None))
        total.penyerapan_sd = self.tetap(total, "penyerapan_sd", expr_penyerapan(Ref(total.env_name("realisasi_sd")),
                                                                                  Ref(total.env_name("anggaran"))))
        return out, total


def _indikator_dengan_triwulan(lkjip: LKjIP) -> list[tuple[TriwulanIndikator, Indikator, str]]:
    """The indicators that have quarters, PK first then the operational ones, with their sasaran's name."""
    nama_sasaran = {s.kode: s.nama for s in lkjip.sasaran}
    out = []
    for ind in [*lkjip.indikator, *lkjip.operasional]:
        tw = lkjip.triwulan_of(ind.kode)
        if tw is not None:
            out.append((tw, ind, nama_sasaran.get(ind.kode_sasaran or "", "")))
    return out


def hitung_triwulan(lkjip: LKjIP, n: int, hasil=None) -> HasilTriwulan:
    """Everything of the quarterly report up to quarter ``n`` (1..4).

    Args:
        lkjip: the workbook as read.
        n: the last quarter reported on.
        hasil: the rules' results (``rules.hitung``): the quarterly figures are then defined in its
            environment (names ``tw<n>:...``; inputs ``TW:<kode>.<field>_<q>``), beside the year's, so
            that one output workbook holds both; without it, in an environment of their own.

    Raises:
        ValueError: ``n`` is not 1..4.
    """
    if n not in (1, 2, 3, 4):
        raise ValueError(f"Triwulan harus 1 sampai 4, bukan {n!r}.")
    h = _Hitung(lkjip.triwulan, lkjip.pengaturan, hasil, n)
    tahunan = {}
    if hasil is not None:
        tahunan = {id(ind): hi for ind, hi in zip(lkjip.indikator, hasil.indikator)}
        tahunan.update({id(o): ho for o, ho in zip(lkjip.operasional, hasil.operasional)})
    indikator = [h.indikator(tw, ind, n, nama, tahunan.get(id(ind))) for tw, ind, nama in _indikator_dengan_triwulan(lkjip)]
    anggaran, jumlah = h.anggaran(lkjip, n)
    nama_rata = f"{h.awalan}:ringkasan.capaian_rata"
    rata = h.env.define(nama_rata, Mean(*[Ref(i.env_name("capaian_sd")) for i in indikator]))
    return HasilTriwulan(tahun=lkjip.identitas.tahun, n=n, indikator=indikator, anggaran=anggaran, jumlah_anggaran=jumlah,
                         capaian_rata=rata, nama_rata=nama_rata, env=h.env)


# --------------------------------------------------------------------------- evidence for the LKE self-assessment


def ada_pengukuran_berkala(lkjip: LKjIP) -> bool:
    """The workbook measures its indicators quarterly: some indicator has a target and a realisasi for a quarter."""
    return any(tw.target.get(q) is not None and _terisi(tw, q) for tw in lkjip.triwulan for q in range(1, 5))


def bukti_pengukuran_berkala(lkjip: LKjIP) -> str:
    """One sentence of evidence for the LKE criterion on periodic measurement (empty where there is none)."""
    if not ada_pengukuran_berkala(lkjip):
        return ""
    kode = {i.kode for i in [*lkjip.indikator, *lkjip.operasional] if i.kode}
    diukur = [tw for tw in lkjip.triwulan if tw.kode in kode and any(_terisi(tw, q) for q in range(1, 5))]
    n = triwulan_terisi(lkjip)
    sampai = f"triwulan {ROMAWI[0]}" if n == 1 else f"triwulan {ROMAWI[0]} sampai dengan {ROMAWI[n - 1]}"
    return (f"Capaian {len(diukur)} indikator diukur secara berkala setiap triwulan terhadap target Rencana Aksi "
            f"({sampai}), sebagaimana tercatat pada lembar Triwulan.")
