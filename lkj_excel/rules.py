"""The rules of an LKjIP: every derived number, computed from the workbook (RULES.md §2-6).

Pure: no I/O, no formatting. The only place a number is derived.

API
===
``hitung(lkjip) -> Hasil`` derives everything. Each result object carries, besides its
values, ``expr`` (field name -> ``Expr``: the definition of that value, which gives its
Excel formula) and ``kunci`` (its name prefix in the environment ``Hasil.env``), the way
model objects carry ``cells``. ``obj.env_name("capaian")`` is the environment name of a field.

A renderer writes a derived cell like this::

    env = hasil.env.copy()                     # inputs point at the input workbook's cells
    env.relocate({"PK!G5": "Pengukuran!D7"})   # where it copied inputs (by source cell)
    env.place(hi.ini.env_name("realisasi"), "Pengukuran!E7")   # where it put derived numbers
    env.set_scale_ranges("kategori", ScaleRanges("Skala!B2:B6", "Skala!C2:C6", "Skala!D2:D6"))
    ws.write_formula("F7", hi.ini.expr["capaian"].formula(env), value=hi.ini.capaian)

A name without a cell is inlined (an input as its constant, a derived number as its
expression); ``env.copy(cells=False)`` gives self-contained formulas. An undefined
value is ``None`` in Python and ``""`` in Excel (see ``expr``).

Result objects (values; ``expr`` keys are the value fields named here)
--------------------------------------------------------------------
``Hasil``: tahun, indikator [HasilIndikator], sasaran [HasilSasaran], program
[HasilProgram], anggaran (HasilAnggaran, the total), akip [HasilAkip], operasional
[HasilOperasional], pendukung [HasilPendukung], metode_efisiensi, keterangan_efisiensi
(one sentence for the report), skala (the scales in force), env.

* ``HasilIndikator`` (kunci ``indikator:<kode>``): kode, kode_sasaran, polaritas,
  ``riwayat`` [HasilTahun] ascending, ending with the report year ``ini``; shortcuts
  target / realisasi / capaian of ``ini``; kategori [expr]; ``banding`` [Banding] with
  each earlier year; ``renstra`` (BandingRenstra | None); ``standar`` (BandingStandar | None).
* ``HasilTahun`` (``indikator:<kode>:<tahun>``): tahun, target, realisasi, capaian [expr all]; the
  report year also capaian_penuh (before the cap) where the category is taken from it (setting
  ``kategori_dari="penuh"`` with a cap).
* ``Banding`` (``indikator:<kode>:banding:<tahun>``): tahun (the earlier year),
  realisasi_rasio, realisasi_selisih, capaian_rasio, capaian_selisih [expr all]
  (predikat: ranks are compared).
* ``BandingRenstra`` (``indikator:<kode>:renstra``): kode_renstra, nama, satuan, basis
  ("realisasi" | "pembilang" | None when the units cannot be compared), tahun_akhir,
  target_akhir, target_tahun (the Renstra target of the report year), nilai, persen
  (share of the end target reached), sisa (what remains, >= 0), kategori (of persen, on scale
  ``skala.skala_kategori(p, "renstra")``) [expr: nilai, persen, sisa, kategori].
* ``BandingStandar`` (``indikator:<kode>:standar``): standar, persen, selisih, kategori (scale
  ``skala_kategori(p, "standar")``) [expr].
* ``HasilSasaran`` (``sasaran:<kode>``): kode, nama, kode_indikator, program (the names of
  the budget lines linked to it, at the level the link is set), capaian, kategori, anggaran,
  realisasi_anggaran (sums of those lines), penyerapan, ``efisiensi`` and
  ``label_efisiensi`` (dicts by method) [expr keys ``efisiensi_<metode>``,
  ``label_efisiensi_<metode>``], te_indeks (TE = IE − 1 of the ratio index), capaian_penuh
  (the mean before the cap, where the category is taken from it); ``nilai_efisiensi`` /
  ``tingkat_efisiensi`` give the method in use.
* ``HasilProgram`` (``program:<no>``, no from 1): one budget line (a program, kegiatan or
  sub kegiatan, in the order of ``LKjIP.program``): nama, kode, tingkat, induk, terbawah,
  kode_sasaran (the sasaran its budget supports), tautan (its Kode Sasaran is the link of
  its lines), anggaran, realisasi, penyerapan [expr: penyerapan; a line with lines under it
  also anggaran and realisasi, the sums of its lines]. ``env_nilai("anggaran")`` names the
  figure a formula uses: the input of a lowest line, the sum of any other.
* ``HasilAnggaran`` (``anggaran``): anggaran, realisasi (the sums of the programs, hence of
  every lowest line once), penyerapan [expr all].
* ``HasilAkip`` (``akip:<tahun>``): tahun, jumlah, predikat [expr both].
* ``HasilOperasional`` (``operasional:<no>``, no from 1): a ``HasilIndikator`` (the same
  computation: the years, kategori, banding, renstra; no standar) of an operational
  indicator, whose kode and kode_sasaran may be None; eselon ("III" | "IV").
* ``HasilPendukung`` (``pendukung:<lembar>``): lembar, judul, ``jumlah`` (column letter
  -> total of a numeric column) [expr keys ``jumlah_<letter>``].

Input names: ``PK:<kode>.<field>``, ``Realisasi:<kode>:<tahun>.<field>``,
``Renstra:<kode>.<field>``, ``Anggaran:<no>.<field>`` (lowest budget lines), ``Operasional:<no>.<field>`` (the
target) and ``Operasional:<no>:<tahun>.<field>`` (the realisasi of a year, fields named as on
sheet Realisasi),
``AKIP:<no>:<tahun>.nilai``, ``Data:<lembar>:<row>:<col>`` (0-based), each with the
input workbook's cell as its source (``Env.relocate`` moves them all at once).

Rule functions (each builds the expression of one rule; plain numbers are accepted
wherever an expression is): ``expr_rumus``, ``expr_capaian``, ``expr_kategori``,
``expr_rata_capaian``, ``expr_penyerapan``, ``expr_efisiensi``, ``expr_label_efisiensi``,
``expr_te_indeks`` (the efficiency methods live in ``rules_efisiensi``, re-exported here),
``expr_predikat_akip``; for plain values ``capaian``, ``kategori``, ``penyerapan``,
``efisiensi``, ``predikat_akip`` (which evaluate the same expressions); and
``keterangan_efisiensi``, ``bulat`` (half up), ``faktor_pengali``, ``sama_satuan``,
``skala_efektif``, ``sel_tahun``. The scales: ``DEFAULT_SKALA`` (overridden per scale by
``Pengaturan.skala``), ``SKALA_EFISIENSI`` (the scale of each efficiency method).

Warnings about the data (a target of 0, a label off its scale, a missing realisasi...)
are not raised here: ``audit.audit`` reports them from the results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .angka import bulat, sama_satuan
from .expr import (
    Const, Env, Expr, If, IsNumber, Max, Mean, Min, Rank, Ref, Round, ScaleLookup, Sum,
    Value, WeightedMean, eq, gt, lift, lt,
)
from .model import (
    Indikator, IndikatorKinerja, IndikatorOperasional, LKjIP, Pengaturan, Pita, Polaritas, Realisasi, TingkatAnggaran,
)
from .rules_efisiensi import (
    DESIMAL_INDEKS, METODE_EFISIENSI, SKALA_EFISIENSI, STANDAR_EFISIENSI, expr_efisiensi, expr_label_efisiensi,
    expr_te_indeks, kalimat_efisiensi,
)
from .skala import skala_kategori

__all__ = [
    "DEFAULT_SKALA", "SKALA_ALTERNATIF", "SKALA_EFISIENSI", "METODE_EFISIENSI", "BOBOT_AKIP",
    "Hasil", "HasilIndikator", "HasilTahun", "Banding", "BandingRenstra", "BandingStandar",
    "HasilSasaran", "HasilProgram", "HasilAnggaran", "HasilAkip", "HasilOperasional",
    "HasilPendukung", "hitung", "skala_efektif", "bulat", "sama_satuan", "faktor_pengali",
    "expr_rumus", "expr_capaian", "expr_kategori", "expr_rata_capaian", "expr_penyerapan",
    "expr_efisiensi", "expr_label_efisiensi", "expr_te_indeks", "expr_predikat_akip", "DESIMAL_INDEKS", "STANDAR_EFISIENSI", "capaian", "kategori", "penyerapan", "efisiensi",
    "predikat_akip", "keterangan_efisiensi", "sel_tahun",
]

# --------------------------------------------------------------------------- scales


def _skala(*bands: tuple[float, str, bool]) -> list[Pita]:
    return [Pita(b, label, inklusif) for b, label, inklusif in bands]


DEFAULT_SKALA: dict[str, list[Pita]] = {
    # §3: lower bound inclusive, applied to the rounded capaian; the lowest band takes
    # everything below the next one (its own bound is only written for the table).
    "kategori": _skala((0, "Sangat Rendah", True), (51, "Rendah", True), (66, "Sedang", True),
                       (76, "Tinggi", True), (91, "Sangat Tinggi", True)),
    # §5 method 1 (rasio), banded like §3
    "efisiensi": _skala((0, "Tidak Efisien", True), (51, "Kurang Efisien", True),
                        (66, "Cukup Efisien", True), (76, "Efisien", True), (91, "Sangat Efisien", True)),
    # §5 method 2 (selisih): >= 0 efficient
    "efisiensi_selisih": _skala((-100, "Tidak Efisien", True), (0, "Efisien", True)),
    # §5 method 3 (PMK 249/2011): 50 = spent in exact proportion to the capaian
    "efisiensi_pmk249": _skala((0, "Tidak Efisien", True), (50, "Efisien", True)),
    # §5 method 4 (penghematan): a saving above 0 where the target is met
    "efisiensi_penghematan": _skala((0, "Tidak Efisien", True), (0, "Efisien", False)),
    # §6: strict lower bounds
    "predikat_akip": _skala((0, "D", True), (30, "C", False), (50, "CC", False), (60, "B", False),
                            (70, "BB", False), (80, "A", False), (90, "AA", False)),
    # §2: rank of each predikat, D = 1 ... AA = 7
    "peringkat_predikat": _skala((1, "D", True), (2, "C", True), (3, "CC", True), (4, "B", True),
                                 (5, "BB", True), (6, "A", True), (7, "AA", True)),
    # §9 method 5 (indeks, national units): IE >= 1 efficient, the usual reading of IE against SE = 1
    "efisiensi_indeks": _skala((0, "Tidak Efisien", True), (1, "Efisien", True)),
}
"""The default scales (RULES.md §3, §5, §6, §2); ``Pengaturan.skala`` overrides each."""

SKALA_ALTERNATIF: dict[str, list[Pita]] = {
    "kategori": _skala((0, "Sangat Kurang", True), (51, "Kurang", True), (66, "Cukup", True),
                       (76, "Baik", True), (91, "Sangat Baik", True)),
}
"""The alternative labels of RULES.md §3, for a template's Skala sheet."""


BOBOT_AKIP: dict[str, dict[str, float]] = {
    "88/2021": {"perencanaan": 30, "pengukuran": 30, "pelaporan": 15, "evaluasi": 25},
    "12/2015": {"perencanaan": 30, "pengukuran": 25, "pelaporan": 15, "evaluasi": 10, "capaian": 20},
}
"""Maximum weight of each AKIP component (by the first word of its name), per scheme (§6)."""


def skala_efektif(pengaturan: Pengaturan) -> dict[str, list[Pita]]:
    """The scales in force: the defaults, each replaced by the workbook's where given (§3, §5, §6)."""
    skala = {k: list(v) for k, v in DEFAULT_SKALA.items()}
    skala.update({k: list(v) for k, v in pengaturan.skala.items() if v})
    return skala


def _env(pengaturan: Pengaturan | None) -> Env:
    return Env(skala_efektif(pengaturan or Pengaturan()))


def faktor_pengali(satuan: str, formula_faktor: float | None = None) -> float:
    """§2 the factor of a formula: the formula's own, else 100 for a "%" unit and 1 for counts."""
    if formula_faktor is not None:
        return formula_faktor
    return 100.0 if sama_satuan(satuan, "%") else 1.0


# --------------------------------------------------------------------------- rule builders


def expr_rumus(pembilang: Expr | Value, penyebut: Expr | Value, faktor: float = 100.0) -> Expr:
    """§2 formula indicators: pembilang ÷ penyebut × faktor (None when the penyebut is 0)."""
    return lift(pembilang) / lift(penyebut) * faktor


def _polaritas(p: Polaritas | str) -> Polaritas:
    return p if isinstance(p, Polaritas) else Polaritas(str(p).strip().lower())


def expr_capaian(
    realisasi: Expr | Value,
    target: Expr | Value,
    polaritas: Polaritas | str,
    *,
    target_atas: Expr | Value = None,
    metode_negatif: str = "2T-R",
    predikat_numerik: bool = False,
    batas: float | None = None,
) -> Expr:
    """§2 capaian (%) of one indicator.

    positif: R / T × 100 (T = 0: undefined). negatif: (2T − R) / T × 100, or T / R × 100
    with ``metode_negatif="T/R"`` (T = 0: 100 if R = 0 else 0). predikat: rank(R) /
    rank(T) × 100 on scale ``peringkat_predikat``; with ``predikat_numerik`` a numeric
    realisasi (a score) is divided by the target's score (the lower bound of its band on
    scale ``predikat_akip``, or the target itself where it is a number). A range target
    (``target`` .. ``target_atas``): R above it is measured against the upper bound, below
    it against the lower bound, inside it gives 100. ``batas``: optional cap.
    """
    pol = _polaritas(polaritas)
    r, t = lift(realisasi), lift(target)
    if metode_negatif not in ("2T-R", "T/R"):
        raise ValueError(f"Metode capaian negatif tidak dikenal: {metode_negatif!r}.")
    if pol is Polaritas.PREDIKAT:
        by_rank = Rank(r, "peringkat_predikat") / Rank(t, "peringkat_predikat") * 100
        if predikat_numerik:
            by_score = r / Rank(t, "predikat_akip", numbers=True) * 100
            result: Expr = If(IsNumber(r), by_score, by_rank)
        else:
            result = by_rank
    else:
        def one(bound: Expr) -> Expr:
            if pol is Polaritas.POSITIF:
                return r / bound * 100
            formula = (2 * bound - r) / bound * 100 if metode_negatif == "2T-R" else bound / r * 100
            return If(eq(bound, 0), If(eq(r, 0), 100, 0), formula)

        if target_atas is None or (isinstance(target_atas, Const) and target_atas.v is None):
            result = one(t)
        else:
            upper = lift(target_atas)
            result = If(gt(r, upper), one(upper), If(lt(r, t), one(t), 100))
    return Min(result, batas) if batas is not None else result


def expr_kategori(capaian: Expr | Value, nd: int = 2, skala: str = "kategori") -> Expr:
    """§3 category of a capaian: the scale applied to the capaian rounded to ``nd`` decimals."""
    return ScaleLookup(Round(capaian, nd), skala)


def expr_rata_capaian(capaian: list[Expr | Value], bobot: list[Expr | Value] | None = None) -> Expr:
    """§3 capaian of a sasaran: the mean of its indicators' capaian (undefined ones left out).

    With ``bobot`` (one per indicator) the weighted mean; a missing weight counts as 0.
    """
    if bobot is None:
        return Mean(*capaian)
    return WeightedMean(list(zip(bobot, capaian)))


def expr_penyerapan(realisasi: Expr | Value, anggaran: Expr | Value) -> Expr:
    """§4 penyerapan (%) = realisasi ÷ anggaran × 100."""
    return lift(realisasi) / lift(anggaran) * 100



def expr_predikat_akip(jumlah: Expr | Value, nd: int = 2) -> Expr:
    """§6 predikat of an AKIP total (scale ``predikat_akip``: > 90 AA ... else D)."""
    return ScaleLookup(Round(jumlah, nd), "predikat_akip")


def _opsi(p: Pengaturan) -> dict:
    return {"metode_negatif": p.metode_negatif, "predikat_numerik": p.predikat_numerik, "batas": p.batas_capaian}


# plain-value forms (the same expressions, evaluated)


def capaian(realisasi: Value, target: Value, polaritas: Polaritas | str,
            pengaturan: Pengaturan | None = None, target_atas: float | None = None) -> float | None:
    """§2 capaian (%) of plain values, with the settings of ``pengaturan``."""
    p = pengaturan or Pengaturan()
    return expr_capaian(realisasi, target, polaritas, target_atas=target_atas, **_opsi(p)).value(_env(p))


def kategori(nilai_capaian: float | None, pengaturan: Pengaturan | None = None) -> str | None:
    """§3 category label of a capaian."""
    p = pengaturan or Pengaturan()
    return expr_kategori(nilai_capaian, p.desimal_persen).value(_env(p))


def penyerapan(realisasi: float | None, anggaran: float | None) -> float | None:
    """§4 penyerapan (%) of plain values."""
    return expr_penyerapan(realisasi, anggaran).value(Env())


def efisiensi(metode: str, nilai_capaian: float | None, nilai_penyerapan: float | None,
              anggaran: float | None = None, realisasi: float | None = None,
              pengaturan: Pengaturan | None = None) -> tuple[float | None, str | None]:
    """§5 efficiency (value, label) of plain values by one method."""
    p = pengaturan or Pengaturan()
    nilai, label = expr_efisiensi(metode, nilai_capaian, nilai_penyerapan, anggaran, realisasi,
                                  nd=p.desimal_persen, pmk_batasi=p.pmk_batasi, pmk_batas=p.pmk_batas)
    env = _env(p)
    return nilai.value(env), label.value(env)


def predikat_akip(jumlah: float | None, pengaturan: Pengaturan | None = None) -> str | None:
    """§6 predikat of an AKIP total."""
    return expr_predikat_akip(jumlah).value(_env(pengaturan))


def keterangan_efisiensi(metode: str, pengaturan: Pengaturan | None = None) -> str:
    """§5 the one sentence that tells the report's reader how efficiency was measured (``rules_efisiensi``)."""
    p = pengaturan or Pengaturan()
    return kalimat_efisiensi(metode, skala_efektif(p)[SKALA_EFISIENSI[metode]], p)


# --------------------------------------------------------------------------- results


@dataclass(kw_only=True)
class _Turunan:
    """Base of the result objects: the environment prefix and the expressions."""

    kunci: str = ""
    expr: dict[str, Expr] = field(default_factory=dict, repr=False)

    def env_name(self, field_name: str) -> str:
        """The environment name of one field: ``"sasaran:S1.capaian"``."""
        return f"{self.kunci}.{field_name}"


@dataclass
class HasilTahun(_Turunan):
    """One year of one indicator: target, realisasi, capaian (§2)."""

    tahun: int
    target: Value = None
    realisasi: Value = None
    capaian: float | None = None
    capaian_penuh: float | None = None
    """The report year's capaian before the cap, where the category is taken from it (else None)."""


@dataclass
class Banding(_Turunan):
    """The report year against an earlier year (53/2014: realisasi and capaian over time)."""

    tahun: int
    realisasi_rasio: float | None = None
    realisasi_selisih: float | None = None
    capaian_rasio: float | None = None
    capaian_selisih: float | None = None


@dataclass
class BandingRenstra(_Turunan):
    """The report year's realisasi against the Renstra end-period target, in the Renstra unit."""

    kode_renstra: str
    nama: str
    satuan: str
    basis: str | None
    tahun_akhir: int | None
    target_akhir: Value
    target_tahun: Value
    nilai: Value = None
    persen: float | None = None
    sisa: float | None = None
    kategori: str | None = None


@dataclass
class BandingStandar(_Turunan):
    """The report year's realisasi against a national standard."""

    standar: float
    persen: float | None = None
    selisih: float | None = None
    kategori: str | None = None


@dataclass
class HasilIndikator(_Turunan):
    """Everything derived for one indicator of the Perjanjian Kinerja."""

    kode: str
    kode_sasaran: str
    nama: str
    satuan: str
    polaritas: Polaritas
    riwayat: list[HasilTahun]
    kategori: str | None = None
    banding: list[Banding] = field(default_factory=list)
    renstra: BandingRenstra | None = None
    standar: BandingStandar | None = None

    @property
    def ini(self) -> HasilTahun:
        """The report year."""
        return self.riwayat[-1]

    @property
    def target(self) -> Value:
        """The report year's target (the one of the Perjanjian Kinerja)."""
        return self.ini.target

    @property
    def realisasi(self) -> Value:
        """The report year's realisasi."""
        return self.ini.realisasi

    @property
    def capaian(self) -> float | None:
        """The report year's capaian (%)."""
        return self.ini.capaian

    def tahun(self, tahun: int) -> HasilTahun | None:
        """The entry of one year, if any."""
        return next((t for t in self.riwayat if t.tahun == tahun), None)


@dataclass
class HasilSasaran(_Turunan):
    """A sasaran: capaian (§3), budget (§4), efficiency by every method (§5)."""

    kode: str
    nama: str
    kode_indikator: list[str]
    program: list[str]
    metode_efisiensi: str
    capaian: float | None = None
    kategori: str | None = None
    anggaran: float | None = None
    realisasi_anggaran: float | None = None
    penyerapan: float | None = None
    efisiensi: dict[str, float | None] = field(default_factory=dict)
    label_efisiensi: dict[str, str | None] = field(default_factory=dict)
    te_indeks: float | None = None
    """TE = IE − 1 of the ratio index (method ``indeks``, §9)."""
    capaian_penuh: float | None = None
    """The mean of the indicators' capaian before the cap, where the category is taken from it (else None)."""

    @property
    def nilai_efisiensi(self) -> float | None:
        """The efficiency value by the method in use."""
        return self.efisiensi.get(self.metode_efisiensi)

    @property
    def tingkat_efisiensi(self) -> str | None:
        """The efficiency label by the method in use (e.g. "Sangat Efisien")."""
        return self.label_efisiensi.get(self.metode_efisiensi)


@dataclass
class HasilProgram(_Turunan):
    """A budget line (a program, or a kegiatan or sub kegiatan under one) and its penyerapan (§4, §8).

    ``induk`` is the index in ``Hasil.program`` of the line it belongs to; ``terbawah`` says its
    figures are inputs (else the sums of its lines); ``kode_sasaran`` is the sasaran its budget
    supports (None for a line whose lines support different ones); ``tautan``: the line carries
    the Kode Sasaran that links it, as a whole, to that sasaran.
    """

    nama: str
    kode_sasaran: str | None
    anggaran: float | None
    realisasi: float | None
    penyerapan: float | None = None
    tingkat: TingkatAnggaran = TingkatAnggaran.PROGRAM
    kode: str | None = None
    induk: int | None = None
    terbawah: bool = True
    tautan: bool = True
    masukan: str = ""
    """The prefix of the line's input names (``Anggaran:<no>``)."""

    def env_nilai(self, nama: str) -> str:
        """The environment name of the line's ``anggaran`` or ``realisasi``: its input, or its sum."""
        return f"{self.masukan}.{nama}" if self.terbawah else self.env_name(nama)


@dataclass
class HasilAnggaran(_Turunan):
    """The agency's total budget (§4)."""

    anggaran: float | None = None
    realisasi: float | None = None
    penyerapan: float | None = None


@dataclass
class HasilAkip(_Turunan):
    """One year of the AKIP evaluation (§6)."""

    tahun: int
    jumlah: float | None = None
    predikat: str | None = None


@dataclass
class HasilOperasional(HasilIndikator):
    """An operational objective's indicator (Tabel 3.4), measured like a PK indicator (§2, §3).

    ``kode`` and ``kode_sasaran`` may be None (both are optional on sheet Operasional).
    """

    eselon: str = "III"


@dataclass
class HasilPendukung(_Turunan):
    """A supporting table's column totals (numeric columns, by column letter)."""

    lembar: str
    judul: str
    jumlah: dict[str, float] = field(default_factory=dict)


@dataclass
class Hasil:
    """Everything ``hitung`` derives from one workbook."""

    tahun: int
    indikator: list[HasilIndikator]
    sasaran: list[HasilSasaran]
    program: list[HasilProgram]
    anggaran: HasilAnggaran
    akip: list[HasilAkip]
    operasional: list[HasilOperasional]
    pendukung: list[HasilPendukung]
    metode_efisiensi: str
    keterangan_efisiensi: str
    skala: dict[str, list[Pita]]
    env: Env = field(repr=False)
    triwulan: object | None = None
    """The quarters of the whole year (``triwulan.HasilTriwulan`` up to TW IV, in ``env``), where the workbook has any."""

    pembanding: list = field(default_factory=list)
    """The benchmarks of sheet Pembanding against the realisasi (``rules_pembanding.HasilPembanding``)."""

    def pembanding_of(self, kode: str) -> list:
        """The benchmarks of one PK indicator, in the sheet's order."""
        return [p for p in self.pembanding if p.kode_indikator == kode]

    def indikator_by_kode(self, kode: str) -> HasilIndikator | None:
        """The result of one PK indicator."""
        return next((i for i in self.indikator if i.kode == kode), None)

    def sasaran_by_kode(self, kode: str) -> HasilSasaran | None:
        """The result of one sasaran."""
        return next((s for s in self.sasaran if s.kode == kode), None)

    def akip_tahun(self, tahun: int) -> HasilAkip | None:
        """The AKIP result of one year."""
        return next((a for a in self.akip if a.tahun == tahun), None)


# --------------------------------------------------------------------------- computation


def sel_tahun(cells: dict[str, str], nama: str | tuple[str, ...], tahun: int) -> str | None:
    """The cell of one year of a per-year field: ``nilai_2022`` as the reader names it
    (``nilai[2022]`` is accepted too); ``nama`` may list alternative field names."""
    for n in (nama,) if isinstance(nama, str) else nama:
        for key in (f"{n}_{tahun}", f"{n}[{tahun}]"):
            if key in cells:
                return cells[key]
    return None


def kategori_dari_penuh(p: Pengaturan) -> bool:
    """The category is taken from the capaian before the cap (a setting; it only differs where a cap is set)."""
    return p.batas_capaian is not None and p.kategori_dari == "penuh"


class _Hitung:
    """Builds the environment and the results of one workbook, rule by rule."""

    def __init__(self, lkjip: LKjIP):
        self.l = lkjip
        self.p = lkjip.pengaturan
        if self.p.metode_efisiensi not in METODE_EFISIENSI:
            raise ValueError(f"Metode efisiensi tidak dikenal: {self.p.metode_efisiensi!r}.")
        if self.p.presisi not in ("penuh", "tercetak"):
            raise ValueError(f"Presisi tidak dikenal: {self.p.presisi!r}.")
        self.tahun = lkjip.identitas.tahun
        self.nd = self.p.desimal_persen
        self.penuh = kategori_dari_penuh(self.p)
        self.env = Env(skala_efektif(self.p))
        self.hasil_program: list[HasilProgram] = []

    # environment helpers
    def masuk(self, kunci: str, obj, nama: str, teks: bool | None = None) -> Ref:
        """Register an input field of a model object (value and cell); returns its reference."""
        name = f"{kunci}.{nama}"
        if name not in self.env:
            # a label cell is checked as text; teks=True forces it for an empty predikat cell
            self.env.input(name, getattr(obj, nama), obj.cells.get(nama), teks or None)
        return Ref(name)

    def tetap(self, hasil: _Turunan, nama: str, expr: Expr, teks: bool | None = None) -> Value:
        """Define a derived field of a result object; returns its value."""
        hasil.expr[nama] = expr
        return self.env.define(hasil.env_name(nama), expr, teks or None)

    def pakai(self, ref: Expr) -> Expr:
        """A derived number used as a formula input: rounded first where presisi="tercetak" (§2)."""
        return Round(ref, self.nd) if self.p.presisi == "tercetak" else ref

    # §2 indicators: those of the Perjanjian Kinerja and those of the operational objectives, measured alike
    def indikator(self, ind: IndikatorKinerja) -> HasilIndikator:
        """A PK indicator: its targets and realisasi from sheets PK and Realisasi, and its national standard."""
        rows = {r.tahun: r for r in self.l.realisasi if r.kode_indikator == ind.kode and r.tahun <= self.tahun}
        hi = HasilIndikator(kode=ind.kode, kode_sasaran=ind.kode_sasaran, nama=ind.nama, satuan=ind.satuan,
                            polaritas=ind.polaritas, riwayat=[], kunci=f"indikator:{ind.kode}")
        self.ukur(hi, ind, f"PK:{ind.kode}", rows, lambda tahun: f"Realisasi:{ind.kode}:{tahun}")
        if ind.standar_nasional is not None and ind.polaritas is not Polaritas.PREDIKAT:
            hi.standar = self.banding_standar(ind, hi.ini)
        return hi

    def ukur(self, hi: HasilIndikator, ind: Indikator, kunci_ind: str, rows: dict[int, Realisasi],
             kunci_baris: Callable[[int], str]) -> None:
        """Everything of one indicator but the national standard, into ``hi``: each year (§2), the
        kategori (§3), the report year against earlier years and against the Renstra (53/2014).

        ``kunci_ind``: the input prefix of the indicator's own fields (its signed target);
        ``rows``: its figures per year, in the form of rows of sheet Realisasi; ``kunci_baris``:
        the input prefix of one year's row.
        """
        years = sorted(set(rows) | {self.tahun})
        hi.riwayat = [self.tahun_indikator(hi, ind, y, rows.get(y), kunci_ind, kunci_baris(y)) for y in years]
        sumber = "capaian_penuh" if self.penuh else "capaian"
        hi.kategori = self.tetap(hi, "kategori", expr_kategori(self.pakai(Ref(hi.ini.env_name(sumber))), self.nd))
        for lalu in hi.riwayat[:-1]:
            hi.banding.append(self.banding(hi, lalu))
        hi.renstra = self.banding_renstra(hi, ind, rows.get(self.tahun), kunci_baris(self.tahun))

    def tahun_indikator(self, hi: HasilIndikator, ind: Indikator, tahun: int, row: Realisasi | None, kunci_ind: str,
                        kunci_baris: str) -> HasilTahun:
        """§2 one year of one indicator: target (signed, stated, or from its pembilang and penyebut), realisasi
        (stated, or pembilang ÷ penyebut × faktor) and capaian by polarity."""
        pred = ind.polaritas is Polaritas.PREDIKAT
        faktor = faktor_pengali(ind.satuan, ind.formula.faktor if ind.formula else None)
        ht = HasilTahun(tahun=tahun, kunci=f"{hi.kunci}:{tahun}")
        atas: Expr | None = None
        if tahun == self.tahun:  # the target signed in the agreement
            obj, key = ind, kunci_ind
            if ind.target_atas is not None:
                atas = self.masuk(kunci_ind, ind, "target_atas")
        else:
            obj, key = row, kunci_baris
        if obj is not None and obj.target is not None:
            target: Expr = self.masuk(key, obj, "target", teks=pred)
        elif obj is not None and obj.target_pembilang is not None and obj.target_penyebut is not None:
            target = expr_rumus(self.masuk(key, obj, "target_pembilang"), self.masuk(key, obj, "target_penyebut"), faktor)
        else:
            target = Const(None)
        ht.target = self.tetap(ht, "target", target, teks=pred)
        if row is not None and row.realisasi_pembilang is not None and row.realisasi_penyebut is not None:
            realisasi: Expr = expr_rumus(self.masuk(kunci_baris, row, "realisasi_pembilang"),
                                         self.masuk(kunci_baris, row, "realisasi_penyebut"), faktor)
        elif row is not None:
            realisasi = self.masuk(kunci_baris, row, "realisasi", teks=pred)
        else:
            realisasi = Const(None)
        ht.realisasi = self.tetap(ht, "realisasi", realisasi, teks=pred)
        r, t = Ref(ht.env_name("realisasi")), Ref(ht.env_name("target"))
        if not pred:
            r, t = self.pakai(r), self.pakai(t)
        ht.capaian = self.tetap(ht, "capaian", expr_capaian(r, t, ind.polaritas, target_atas=atas, **_opsi(self.p)))
        if self.penuh and tahun == self.tahun:
            ht.capaian_penuh = self.tetap(ht, "capaian_penuh", expr_capaian(
                r, t, ind.polaritas, target_atas=atas, **{**_opsi(self.p), "batas": None}))
        return ht

    def skor(self, ind_polaritas: Polaritas, ref: Expr) -> Expr:
        """The number compared over time: ranks (or scores) for predikat, else the value."""
        if ind_polaritas is Polaritas.PREDIKAT:
            if self.p.predikat_numerik:
                return Rank(ref, "predikat_akip", numbers=True)
            return Rank(ref, "peringkat_predikat")
        return self.pakai(ref)

    def banding(self, hi: HasilIndikator, lalu: HasilTahun) -> Banding:
        """53/2014: realisasi and capaian of the report year against an earlier year."""
        b = Banding(tahun=lalu.tahun, kunci=f"{hi.kunci}:banding:{lalu.tahun}")
        ini = hi.ini
        rn, rl = self.skor(hi.polaritas, Ref(ini.env_name("realisasi"))), self.skor(hi.polaritas, Ref(lalu.env_name("realisasi")))
        cn, cl = self.pakai(Ref(ini.env_name("capaian"))), self.pakai(Ref(lalu.env_name("capaian")))
        b.realisasi_rasio = self.tetap(b, "realisasi_rasio", rn / rl * 100)
        b.realisasi_selisih = self.tetap(b, "realisasi_selisih", rn - rl)
        b.capaian_rasio = self.tetap(b, "capaian_rasio", cn / cl * 100)
        b.capaian_selisih = self.tetap(b, "capaian_selisih", cn - cl)
        return b

    def banding_renstra(self, hi: HasilIndikator, ind: Indikator, row: Realisasi | None,
                        kunci_baris: str) -> BandingRenstra | None:
        """53/2014: realisasi against the Renstra end-period target, in the Renstra unit."""
        ini = hi.ini
        rs = self.l.renstra_by_kode(ind.kode_renstra)
        if rs is None:
            return None
        pred = rs.polaritas is Polaritas.PREDIKAT
        kr = f"Renstra:{rs.kode}"
        br = BandingRenstra(
            kode_renstra=rs.kode, nama=rs.nama, satuan=rs.satuan, basis=None,
            tahun_akhir=self.l.identitas.renstra_akhir, target_akhir=rs.target_akhir, target_tahun=rs.target_tahunan.get(self.tahun),
            kunci=f"{hi.kunci}:renstra",
        )
        if sama_satuan(ind.satuan, rs.satuan) or (pred and ind.polaritas is Polaritas.PREDIKAT):
            br.basis, nilai = "realisasi", Ref(ini.env_name("realisasi"))
        elif ind.formula and sama_satuan(ind.formula.satuan_pembilang, rs.satuan) and row is not None:
            br.basis = "pembilang"
            nilai = self.masuk(kunci_baris, row, "realisasi_pembilang")
        else:
            return br
        target = self.masuk(kr, rs, "target_akhir", teks=pred)
        br.nilai = self.tetap(br, "nilai", nilai, teks=pred)
        v = Ref(br.env_name("nilai")) if pred else self.pakai(Ref(br.env_name("nilai")))
        br.persen = self.tetap(br, "persen", expr_capaian(
            v, target, rs.polaritas, metode_negatif=self.p.metode_negatif, predikat_numerik=self.p.predikat_numerik))
        if pred:
            gap = Rank(target, "peringkat_predikat") - Rank(v, "peringkat_predikat")
        elif rs.polaritas is Polaritas.NEGATIF:
            gap = v - target
        else:
            gap = target - v
        br.sisa = self.tetap(br, "sisa", Max(gap, 0))
        br.kategori = self.tetap(br, "kategori", expr_kategori(
            self.pakai(Ref(br.env_name("persen"))), self.nd, skala_kategori(self.p, "renstra")))
        return br

    def banding_standar(self, ind: IndikatorKinerja, ini: HasilTahun) -> BandingStandar:
        """53/2014: realisasi against a national standard."""
        bs = BandingStandar(standar=ind.standar_nasional, kunci=f"indikator:{ind.kode}:standar")
        std = self.masuk(f"PK:{ind.kode}", ind, "standar_nasional")
        r = self.pakai(Ref(ini.env_name("realisasi")))
        bs.persen = self.tetap(bs, "persen", expr_capaian(r, std, ind.polaritas, metode_negatif=self.p.metode_negatif))
        bs.selisih = self.tetap(bs, "selisih", r - std)
        bs.kategori = self.tetap(bs, "kategori", expr_kategori(
            self.pakai(Ref(bs.env_name("persen"))), self.nd, skala_kategori(self.p, "standar")))
        return bs

    # §4, §8 budget lines
    def program(self) -> list[HasilProgram]:
        """Every budget line: the lowest ones from their inputs, the others summed from their lines."""
        lines = self.l.program
        rincian: list[list[int]] = [[] for _ in lines]
        for i, prog in enumerate(lines):
            if prog.induk is not None:
                rincian[prog.induk].append(i)
        out = []
        for no, prog in enumerate(lines, 1):
            i = no - 1
            tautan = self.l.tautan_sasaran(i)
            hp = HasilProgram(nama=prog.nama, kode_sasaran=self.l.sasaran_baris(i), anggaran=prog.anggaran,
                              realisasi=prog.realisasi, kunci=f"program:{no}", tingkat=prog.tingkat, kode=prog.kode,
                              induk=prog.induk, terbawah=not rincian[i], tautan=tautan == i, masukan=f"Anggaran:{no}")
            if hp.terbawah:
                a = self.masuk(hp.masukan, prog, "anggaran")
                r = self.masuk(hp.masukan, prog, "realisasi")
                hp.penyerapan = self.tetap(hp, "penyerapan", expr_penyerapan(r, a))
            out.append(hp)
        for i in reversed(range(len(lines))):  # lines come after the line they belong to: sums bottom-up
            hp = out[i]
            if hp.terbawah:
                continue
            for nama in ("anggaran", "realisasi"):
                setattr(hp, nama, self.tetap(hp, nama, Sum(*[Ref(out[j].env_nilai(nama)) for j in rincian[i]])))
            hp.penyerapan = self.tetap(hp, "penyerapan", expr_penyerapan(Ref(hp.env_name("realisasi")),
                                                                         Ref(hp.env_name("anggaran"))))
            if hp.kode_sasaran is None:
                codes = {out[j].kode_sasaran for j in rincian[i]}
                hp.kode_sasaran = codes.pop() if len(codes) == 1 else None
        self.hasil_program = out
        return out

    def anggaran(self) -> HasilAnggaran:
        ha = HasilAnggaran(kunci="anggaran")
        utama = [hp for hp in self.hasil_program if hp.induk is None]
        ha.anggaran = self.tetap(ha, "anggaran", Sum(*[Ref(hp.env_nilai("anggaran")) for hp in utama]))
        ha.realisasi = self.tetap(ha, "realisasi", Sum(*[Ref(hp.env_nilai("realisasi")) for hp in utama]))
        ha.penyerapan = self.tetap(ha, "penyerapan", expr_penyerapan(Ref(ha.env_name("realisasi")), Ref(ha.env_name("anggaran"))))
        return ha

    # §3-§5 sasaran
    def sasaran(self, hasil_indikator: dict[str, HasilIndikator]) -> list[HasilSasaran]:
        out = []
        for s in self.l.sasaran:
            inds = [hasil_indikator[i.kode] for i in s.indikator]
            progs = [hp for hp in self.hasil_program if hp.tautan and hp.kode_sasaran == s.kode]
            hs = HasilSasaran(kode=s.kode, nama=s.nama, kode_indikator=[i.kode for i in inds],
                              program=[hp.nama for hp in progs], metode_efisiensi=self.p.metode_efisiensi,
                              kunci=f"sasaran:{s.kode}")
            caps = [self.pakai(Ref(hi.ini.env_name("capaian"))) for hi in inds]
            bobot = [self.masuk(f"PK:{i.kode}", i, "bobot") for i in s.indikator] if self.p.pakai_bobot else None
            hs.capaian = self.tetap(hs, "capaian", expr_rata_capaian(caps, bobot))
            cap = self.pakai(Ref(hs.env_name("capaian")))
            if self.penuh:
                penuh = [self.pakai(Ref(hi.ini.env_name("capaian_penuh"))) for hi in inds]
                hs.capaian_penuh = self.tetap(hs, "capaian_penuh", expr_rata_capaian(penuh, bobot))
                hs.kategori = self.tetap(hs, "kategori", expr_kategori(self.pakai(Ref(hs.env_name("capaian_penuh"))), self.nd))
            else:
                hs.kategori = self.tetap(hs, "kategori", expr_kategori(cap, self.nd))
            hs.anggaran = self.tetap(hs, "anggaran", Sum(*[Ref(hp.env_nilai("anggaran")) for hp in progs]))
            hs.realisasi_anggaran = self.tetap(hs, "realisasi_anggaran",
                                               Sum(*[Ref(hp.env_nilai("realisasi")) for hp in progs]))
            a, r = Ref(hs.env_name("anggaran")), Ref(hs.env_name("realisasi_anggaran"))
            hs.penyerapan = self.tetap(hs, "penyerapan", expr_penyerapan(r, a))
            pen = self.pakai(Ref(hs.env_name("penyerapan")))
            for metode in METODE_EFISIENSI:
                nilai, _ = expr_efisiensi(metode, cap, pen, a, r, nd=self.nd,
                                          pmk_batasi=self.p.pmk_batasi, pmk_batas=self.p.pmk_batas)
                hs.efisiensi[metode] = self.tetap(hs, f"efisiensi_{metode}", nilai)
                label = expr_label_efisiensi(metode, Ref(hs.env_name(f"efisiensi_{metode}")), self.nd)
                hs.label_efisiensi[metode] = self.tetap(hs, f"label_efisiensi_{metode}", label)
            hs.te_indeks = self.tetap(hs, "te_indeks", expr_te_indeks(Ref(hs.env_name("efisiensi_indeks"))))
            out.append(hs)
        return out

    # §6 AKIP
    def akip(self) -> list[HasilAkip]:
        out = []
        ev = self.l.akip
        for tahun in ev.tahun:
            ha = HasilAkip(tahun=tahun, kunci=f"akip:{tahun}")
            refs = []
            for no, k in enumerate(ev.komponen, 1):
                name = f"AKIP:{no}:{tahun}.nilai"
                self.env.input(name, k.nilai.get(tahun), sel_tahun(k.cells, "nilai", tahun))
                refs.append(Ref(name))
            ha.jumlah = self.tetap(ha, "jumlah", Sum(*refs))
            ha.predikat = self.tetap(ha, "predikat", expr_predikat_akip(Ref(ha.env_name("jumlah"))))
            out.append(ha)
        return out

    # Tabel 3.4
    def operasional(self) -> list[HasilOperasional]:
        out = []
        for no, o in enumerate(self.l.operasional, 1):
            out.append(self.satu_operasional(no, o))
        return out

    def satu_operasional(self, no: int, o: IndikatorOperasional) -> HasilOperasional:
        """An operational indicator: measured like a PK indicator, its figures from its row of sheet Operasional."""
        ho = HasilOperasional(kode=o.kode, kode_sasaran=o.kode_sasaran, nama=o.nama, satuan=o.satuan, polaritas=o.polaritas,
                              riwayat=[], eselon=o.eselon, kunci=f"operasional:{no}")
        rows = {r.tahun: r for r in o.baris_realisasi(self.tahun)}
        self.ukur(ho, o, f"Operasional:{no}", rows, lambda tahun: f"Operasional:{no}:{tahun}")
        return ho

    # supporting tables
    def pendukung(self) -> list[HasilPendukung]:
        out = []
        for tabel in self.l.pendukung:
            hp = HasilPendukung(lembar=tabel.lembar, judul=tabel.judul, kunci=f"pendukung:{tabel.lembar}")
            for j, kolom in enumerate(tabel.kolom):
                if not kolom.numerik:
                    continue
                refs = []
                for i, baris in enumerate(tabel.baris):
                    value = baris[j] if j < len(baris) else None
                    cell = tabel.sel[i][j] if i < len(tabel.sel) and j < len(tabel.sel[i]) else None
                    name = f"Data:{tabel.lembar}:{i}:{j}"
                    self.env.input(name, value, cell)
                    refs.append(Ref(name))
                hp.jumlah[kolom.huruf] = self.tetap(hp, f"jumlah_{kolom.huruf}", Sum(*refs))
            out.append(hp)
        return out


def hitung(lkjip: LKjIP) -> Hasil:
    """Derive every number of RULES.md §2-6 for one workbook (see the module docstring).

    Raises:
        ValueError: a setting names an unknown method (the reader offers only known ones).
    """
    from .rules_pembanding import banding_pembanding

    h = _Hitung(lkjip)
    indikator = [h.indikator(i) for i in lkjip.indikator]
    program = h.program()
    hasil = Hasil(
        pembanding=banding_pembanding(h, {i.kode: i for i in indikator}),
        tahun=h.tahun,
        indikator=indikator,
        program=program,
        anggaran=h.anggaran(),
        sasaran=h.sasaran({i.kode: i for i in indikator}),
        akip=h.akip(),
        operasional=h.operasional(),
        pendukung=h.pendukung(),
        metode_efisiensi=lkjip.pengaturan.metode_efisiensi,
        keterangan_efisiensi=keterangan_efisiensi(lkjip.pengaturan.metode_efisiensi, lkjip.pengaturan),
        skala=h.env.skala,
        env=h.env,
    )
    if lkjip.triwulan:
        from .triwulan import hitung_triwulan  # the quarters' rules build on these

        hasil.triwulan = hitung_triwulan(lkjip, 4, hasil)
    return hasil
