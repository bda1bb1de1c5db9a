"""Self-assessment of the report against the AKIP evaluation's criteria (PermenPAN-RB 88/2021, LKE).

``nilai_mandiri(lkjip, hasil, kat)`` answers, for every criterion of ``KRITERIA``, whether the report
made from this workbook shows it, where (the chapter, table and figure numbers of the Word report,
from the catalogue ``report.katalog``), and, where it does not, what to fill in and where (sheet
and column). Pure: data in, a list of results out.

The criteria are data: each has its code, its component, its weight when met (the 88/2021 defaults;
a region's rubric overrides them through sheet RubrikLKE) and a tuple of evidence checks. A criterion
is met when any of its checks is met (the checks are alternative evidence). A criterion without
checks can only be shown by evidence outside the document (publication, timeliness, use by
leadership): it is listed as such and never scored as met. Another kind of evidence (e.g. quarterly
measurement for 2.b.4, from sheet Triwulan) is one more check function in its criterion's tuple.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .angka import bulat
from .model import IndikatorKinerja, LKjIP
from .report.katalog import Jenis, Katalog
from .rules import Hasil

__all__ = ["Bahan", "Bukti", "Isian", "Kriteria", "HasilKriteria", "PenilaianMandiri", "KRITERIA", "KODE_KRITERIA",
           "TERPENUHI", "BELUM", "LUAR_DOKUMEN", "nilai_mandiri", "belum_rekomendasi"]

TERPENUHI, BELUM, LUAR_DOKUMEN = "terpenuhi", "belum", "di luar dokumen"
"""The answers: shown by the report; not (yet) shown; only evidence outside the document can show it."""

PELAPORAN, PENGUKURAN = "Pelaporan Kinerja", "Pengukuran Kinerja"

# The chapters as the Word report numbers them (report/docx/bab_iii.py and its neighbours).
BAB_I_IV = "Bab I–IV"
SUBBAB_ANALISIS = "Subbab 3.2 Analisis Kinerja"
SUBBAB_EFISIENSI = "Subbab 3.4 Analisis Efisiensi"
BAB_PENUTUP = "Bab IV Penutup"
HALAMAN_REVIU = "halaman Pernyataan Telah Direviu"
HALAMAN_TTD = "Kata Pengantar (tanda tangan) dan Lampiran Perjanjian Kinerja"


@dataclass(frozen=True)
class Bahan:
    """What the checks look at: the workbook, the rules' results and the report's catalogue."""

    lkjip: LKjIP
    hasil: Hasil
    kat: Katalog

    def rujukan(self, jenis: Jenis, **kw) -> list[str]:
        """The printed numbers ("Tabel 3.2") of the catalogue's entries of one kind (of one sasaran with ``kode_sasaran``)."""
        return [e.rujukan for e in self.kat.semua(jenis, **kw)]


@dataclass(frozen=True)
class Isian:
    """What to fill in so that a criterion is met: the sheet, the column (or field) and for what."""

    lembar: str
    kolom: str
    untuk: str = ""

    def teks(self) -> str:
        """``PK, kolom Definisi Operasional (indikator I1, I2)``; a field of a form sheet: ``Identitas, isian ...``."""
        from .schema import LEMBAR_BY_NAMA

        sheet = LEMBAR_BY_NAMA.get(self.lembar)
        apa = "isian" if sheet is not None and sheet.bentuk == "isian" else "kolom"
        return f"{self.lembar}, {apa} {self.kolom}" + (f" ({self.untuk})" if self.untuk else "")


@dataclass
class Bukti:
    """The answer of one check: met or not, where the report shows it, what is missing."""

    terpenuhi: bool
    bukti: list[str] = field(default_factory=list)
    isian: list[Isian] = field(default_factory=list)
    catatan: str = ""


Periksa = Callable[[Bahan], Bukti]
"""An evidence check of a criterion over the report."""


@dataclass(frozen=True)
class Kriteria:
    """One criterion of the LKE.

    Attributes:
        kode: its code in the LKE (``"3.b.6"``).
        komponen: the component it scores in (Pelaporan Kinerja, Pengukuran Kinerja).
        subkomponen: Keberadaan, Kualitas or Pemanfaatan.
        uraian: the criterion, shortly, in Indonesian.
        bobot: the points it earns when met (88/2021); None where the region's rubric must say.
        periksa: the evidence checks over the report; none: only outside evidence shows it.
        bukti_luar: for a criterion without checks, what outside the document shows it.
    """

    kode: str
    komponen: str
    subkomponen: str
    uraian: str
    bobot: float | None
    periksa: tuple[Periksa, ...] = ()
    bukti_luar: str = ""

    @property
    def di_dokumen(self) -> bool:
        """The report itself can show it."""
        return bool(self.periksa)


@dataclass
class HasilKriteria:
    """A criterion's answer for one report."""

    kriteria: Kriteria
    status: str
    bobot: float | None
    bukti: list[str] = field(default_factory=list)
    isian: list[Isian] = field(default_factory=list)
    catatan: str = ""
    sel_bobot: str | None = None
    """The cell of sheet RubrikLKE that gave the weight (None: the default)."""

    @property
    def kode(self) -> str:
        return self.kriteria.kode

    @property
    def poin(self) -> float | None:
        """The estimated points: the weight when met, 0 when not, None where the criterion has no weight."""
        if self.bobot is None or self.status == LUAR_DOKUMEN:
            return None
        return self.bobot if self.status == TERPENUHI else 0.0


@dataclass
class PenilaianMandiri:
    """The self-assessment of one report."""

    hasil: list[HasilKriteria]

    def by_kode(self, kode: str) -> HasilKriteria:
        return next(h for h in self.hasil if h.kode == kode)

    def komponen(self, nama: str) -> list[HasilKriteria]:
        return [h for h in self.hasil if h.kriteria.komponen == nama]

    def poin(self, nama: str = PELAPORAN) -> float:
        """The estimated points of a component from its criteria met in the document."""
        return sum(h.poin or 0.0 for h in self.komponen(nama))

    def maksimum(self, nama: str = PELAPORAN, di_dokumen: bool | None = None) -> float:
        """The points of a component's weighted criteria (only those the document can show, or only the others)."""
        return sum(h.bobot or 0.0 for h in self.komponen(nama)
                   if di_dokumen is None or h.kriteria.di_dokumen == di_dokumen)

    def ringkasan(self) -> list[str]:
        """The console and log lines: the count and the estimated points, then each criterion not yet met."""
        dokumen = [h for h in self.hasil if h.kriteria.di_dokumen]
        met = sum(1 for h in dokumen if h.status == TERPENUHI)
        lines = [f"Penilaian mandiri LKE: {met} dari {len(dokumen)} kriteria yang dapat ditunjukkan dokumen terpenuhi; "
                 f"perkiraan nilai {PELAPORAN} {_angka(self.poin())} dari {_angka(self.maksimum(di_dokumen=True))} "
                 f"(bobot komponen {_angka(self.maksimum())}; kriteria di luar dokumen tidak dihitung). "
                 "Rincian pada lembar Penilaian Mandiri."]
        for h in self.belum:
            isi = "; ".join(i.teks() for i in h.isian)
            lines.append(f"[LKE {h.kode} belum] {h.kriteria.uraian}." + (f" Lengkapi: {isi}." if isi else "")
                         + (f" {h.catatan}" if h.catatan else ""))
        return lines

    @property
    def belum(self) -> list[HasilKriteria]:
        """The document-side criteria the report does not meet yet."""
        return [h for h in self.hasil if h.status == BELUM]


# --------------------------------------------------------------------------- helpers of the checks


def _kode(items: list[IndikatorKinerja]) -> str:
    return "indikator " + ", ".join(i.kode for i in items)


def _semua_indikator(b: Bahan, cukup: Callable[[IndikatorKinerja], bool], bukti: list[str],
                     isian: Callable[[list[IndikatorKinerja]], list[Isian]]) -> Bukti:
    """Met where every PK indicator passes ``cukup``; else what to fill, for the indicators that do not."""
    kurang = [i for i in b.lkjip.indikator if not cukup(i)]
    if not b.lkjip.indikator:
        return Bukti(False, [], [Isian("PK", "Indikator Kinerja")])
    if kurang:
        return Bukti(False, bukti, isian(kurang))
    return Bukti(True, bukti)


def _tercapai(b: Bahan, ind: IndikatorKinerja) -> bool | None:
    """The indicator met its target this year (capaian of at least 100% at display precision); None where unknown."""
    hi = b.hasil.indikator_by_kode(ind.kode)
    if hi is None or hi.capaian is None:
        return None
    return bulat(hi.capaian, b.lkjip.pengaturan.desimal_persen) >= 100


def belum_rekomendasi(lkjip: LKjIP, hasil: Hasil) -> list[IndikatorKinerja]:
    """The PK indicators that did not meet their target and whose sasaran has no Rekomendasi in sheet Narasi."""
    b = Bahan(lkjip, hasil, Katalog())
    return [i for i in lkjip.indikator
            if _tercapai(b, i) is False and not lkjip.narasi_of("Rekomendasi", i.kode_sasaran)]


# --------------------------------------------------------------------------- the checks


def _formal(b: Bahan) -> Bukti:
    """3.a.3: signed and dated by the head of the agency."""
    i = b.lkjip.identitas
    isian = []
    if not i.tanggal_ttd:
        isian.append(Isian("Identitas", "Tanggal Penandatanganan"))
    if i.jenis_instansi.value in ("perangkat_daerah", "kecamatan") and not i.kepala_nip:
        isian.append(Isian("Identitas", "NIP"))
    return Bukti(not isian, [HALAMAN_TTD], isian)


def _direviu(b: Bahan) -> Bukti:
    """3.a.4: the APIP's Pernyataan Telah Direviu, signed."""
    i = b.lkjip.identitas
    if i.ada_pereviu:
        return Bukti(True, [HALAMAN_REVIU])
    return Bukti(False, [], [Isian("Identitas", k) for k, v in (("Jabatan Pereviu (APIP)", i.pereviu_jabatan),
                                                                ("Nama Pereviu", i.pereviu_nama)) if not v])


def _standar(b: Bahan) -> Bukti:
    """3.b.1: the 53/2014 outline, with the Renstra and the year's PK."""
    isian = []
    if not b.lkjip.renstra:
        isian.append(Isian("Renstra", "Tujuan, Sasaran, Strategi, Arah Kebijakan"))
    if not b.lkjip.indikator_renstra:
        isian.append(Isian("IndikatorRenstra", "Indikator dan Target"))
    bukti = [BAB_I_IV, *b.rujukan(Jenis.RENSTRA), *b.rujukan(Jenis.INDIKATOR_RENSTRA), *b.rujukan(Jenis.PK)]
    return Bukti(not isian, bukti, isian)


def _semua_capaian(b: Bahan) -> Bukti:
    """3.b.2: every PK indicator is reported with this year's realisasi."""
    return _semua_indikator(b, lambda i: b.hasil.indikator_by_kode(i.kode).realisasi is not None,
                            b.rujukan(Jenis.PENGUKURAN),
                            lambda kurang: [Isian("Realisasi", f"Realisasi tahun {b.lkjip.identitas.tahun}", _kode(kurang))])


def _target_tahunan(b: Bahan) -> Bukti:
    """3.b.3: target, realisasi and capaian of every indicator, in a table and in words."""
    return _semua_indikator(b, lambda i: b.hasil.indikator_by_kode(i.kode).capaian is not None,
                            [*b.rujukan(Jenis.PENGUKURAN), *b.rujukan(Jenis.CAPAIAN_SASARAN), SUBBAB_ANALISIS],
                            lambda kurang: [Isian("PK", "Target", _kode(kurang)),
                                            Isian("Realisasi", "Realisasi", _kode(kurang))])


def _jangka_menengah(b: Bahan) -> Bukti:
    """3.b.4: realisasi against the Renstra end target, with what remains."""
    def cukup(i: IndikatorKinerja) -> bool:
        br = b.hasil.indikator_by_kode(i.kode).renstra
        return br is not None and br.target_akhir is not None and br.persen is not None

    def isian(kurang):
        tanpa_kode = [i for i in kurang if not i.kode_renstra]
        out = [Isian("PK", "Kode Indikator Renstra", _kode(tanpa_kode))] if tanpa_kode else []
        lain = [i for i in kurang if i.kode_renstra]
        if lain:
            out.append(Isian("IndikatorRenstra", "Target Akhir (dalam satuan yang sama dengan indikator PK)",
                             "indikator Renstra " + ", ".join(i.kode_renstra for i in lain)))
        return out
    return _semua_indikator(b, cukup, [*b.rujukan(Jenis.CAPAIAN_SASARAN), SUBBAB_ANALISIS], isian)


def _tahun_lalu(b: Bahan) -> Bukti:
    """3.b.5: realisasi of earlier years beside this year's."""
    tahun = b.lkjip.identitas.tahun

    def cukup(i: IndikatorKinerja) -> bool:
        return any(t.tahun < tahun and t.realisasi is not None for t in b.hasil.indikator_by_kode(i.kode).riwayat)
    return _semua_indikator(b, cukup, [*b.rujukan(Jenis.CAPAIAN_SASARAN), *b.rujukan(Jenis.RIWAYAT_INDIKATOR),
                                       *b.rujukan(Jenis.GRAFIK_INDIKATOR), *b.rujukan(Jenis.GRAFIK_SASARAN)],
                            lambda kurang: [Isian("Realisasi", f"Tahun dan Realisasi (baris tahun {tahun - 1} dan "
                                                  "sebelumnya)", _kode(kurang))])


def _pembanding(b: Bahan) -> Bukti:
    """3.b.6: a national, provincial or other region's figure, with its source."""
    return _semua_indikator(b, lambda i: bool(b.lkjip.pembanding_of(i.kode)) or i.standar_nasional is not None,
                            b.rujukan(Jenis.PEMBANDING) or [SUBBAB_ANALISIS],
                            lambda kurang: [Isian("Pembanding", "Kode Indikator, Pembanding, Tahun, Nilai, Sumber",
                                                  _kode(kurang))])


def _kualitas(b: Bahan) -> Bukti:
    """3.b.7: per sasaran, the causes (of success, or the obstacles) and the efforts."""
    l = b.lkjip
    isian = []
    for s in l.sasaran:
        if not (l.narasi_of("Faktor Keberhasilan", s.kode) or l.narasi_of("Faktor Penghambat", s.kode)):
            isian.append(Isian("Narasi", "Bagian Faktor Keberhasilan atau Faktor Penghambat", f"Kode Sasaran {s.kode}"))
        if any(_tercapai(b, i) is False for i in s.indikator) and not l.narasi_of("Faktor Penghambat", s.kode):
            isian.append(Isian("Narasi", "Bagian Faktor Penghambat", f"Kode Sasaran {s.kode}"))
        if not l.narasi_of("Upaya Perbaikan", s.kode):
            isian.append(Isian("Narasi", "Bagian Upaya Perbaikan", f"Kode Sasaran {s.kode}"))
    return Bukti(not isian, [SUBBAB_ANALISIS], isian)


def _efisiensi(b: Bahan) -> Bukti:
    """3.b.8: the efficiency of the budget behind every sasaran."""
    kurang = [hs.kode for hs in b.hasil.sasaran if hs.nilai_efisiensi is None]
    bukti = [*b.rujukan(Jenis.ANGGARAN_SASARAN), *b.rujukan(Jenis.EFISIENSI), SUBBAB_EFISIENSI]
    if kurang:
        return Bukti(False, bukti, [Isian("Anggaran", "Kode Sasaran, Anggaran, Realisasi", "sasaran " + ", ".join(kurang))])
    return Bukti(True, bukti)


def _rekomendasi(b: Bahan) -> Bukti:
    """3.b.9: concrete steps for what was not met, and the next steps in Bab IV."""
    isian = [Isian("Narasi", "Bagian Rekomendasi", f"Kode Sasaran {i.kode_sasaran}, indikator {i.kode} yang belum tercapai")
             for i in belum_rekomendasi(b.lkjip, b.hasil)]
    if not b.lkjip.narasi_of("Langkah Selanjutnya"):
        isian.append(Isian("Narasi", "Bagian Langkah Selanjutnya"))
    return Bukti(not isian, [SUBBAB_ANALISIS, BAB_PENUTUP], isian)


def _definisi(b: Bahan) -> Bukti:
    """2.a.2: each indicator's operational definition, how it is measured and its data source."""
    def kurang_dari(i: IndikatorKinerja) -> list[str]:
        out = [] if i.definisi_operasional else ["Definisi Operasional"]
        if not i.cara_pengukuran and i.formula is None:
            out.append("Formula / Cara Pengukuran")
        if not i.sumber_data:
            out.append("Sumber Data")
        return out
    kolom: dict[str, list[IndikatorKinerja]] = {}
    for i in b.lkjip.indikator:
        for k in kurang_dari(i):
            kolom.setdefault(k, []).append(i)
    bukti = b.rujukan(Jenis.DEFINISI_INDIKATOR)
    return Bukti(not kolom and bool(b.lkjip.indikator), bukti, [Isian("PK", k, _kode(v)) for k, v in kolom.items()])


def _berkala(b: Bahan) -> Bukti:
    """2.b.4: the indicators are measured every quarter against the Rencana Aksi (sheet Triwulan)."""
    from .triwulan import ada_pengukuran_berkala, bukti_pengukuran_berkala

    if ada_pengukuran_berkala(b.lkjip):
        return Bukti(True, [*b.rujukan(Jenis.TRIWULAN), "lembar Triwulan"], catatan=bukti_pengukuran_berkala(b.lkjip))
    return Bukti(False, [], [Isian("Triwulan", "Kode Indikator, Target TW I–IV, Realisasi TW I–IV")],
                 catatan="Dokumen pengukuran triwulanan di luar laporan ini juga dapat menjadi bukti.")


def _efisiensi_anggaran(b: Bahan) -> Bukti:
    """2.c: budget left unspent counts only where the target was met (capaian at least 100%)."""
    nd = b.lkjip.pengaturan.desimal_persen
    tak = [hs for hs in b.hasil.sasaran
           if hs.penyerapan is None or hs.capaian is None
           or (bulat(hs.penyerapan, nd) < 100 and bulat(hs.capaian, nd) < 100)]
    bukti = [*b.rujukan(Jenis.EFISIENSI), SUBBAB_EFISIENSI]
    if not tak:
        return Bukti(True, bukti)
    tanpa = [hs.kode for hs in tak if hs.penyerapan is None or hs.capaian is None]
    isian = [Isian("Anggaran", "Anggaran, Realisasi", "sasaran " + ", ".join(tanpa))] if tanpa else []
    kurang = [hs.kode for hs in tak if hs.kode not in tanpa]
    catatan = (f"Sasaran {', '.join(kurang)} belum mencapai target sementara anggarannya tidak terserap penuh; sisa "
               "anggaran tidak dinilai sebagai efisiensi.") if kurang else ""
    return Bukti(False, bukti, isian, catatan)


# --------------------------------------------------------------------------- the criteria (88/2021 defaults)

_KEBERADAAN, _KUALITAS, _PEMANFAATAN = "Keberadaan", "Kualitas", "Pemanfaatan"

KRITERIA: tuple[Kriteria, ...] = (
    Kriteria("3.a.1", PELAPORAN, _KEBERADAAN, "Laporan kinerja telah disusun", 0.5,
             bukti_luar="LKjIP tahun sebelumnya yang telah disampaikan"),
    Kriteria("3.a.2", PELAPORAN, _KEBERADAAN, "Laporan kinerja disusun secara berkala", 0.5,
             bukti_luar="LKjIP tahun-tahun sebelumnya"),
    Kriteria("3.a.3", PELAPORAN, _KEBERADAAN, "Laporan kinerja diformalkan (ditandatangani kepala instansi)", 0.5, (_formal,)),
    Kriteria("3.a.4", PELAPORAN, _KEBERADAAN, "Laporan kinerja telah direviu APIP (Pernyataan Telah Direviu)", 0.5, (_direviu,)),
    Kriteria("3.a.5", PELAPORAN, _KEBERADAAN, "Laporan kinerja telah dipublikasikan", 0.5,
             bukti_luar="tautan publikasi pada laman resmi atau aplikasi SAKIP"),
    Kriteria("3.a.6", PELAPORAN, _KEBERADAAN, "Laporan kinerja disampaikan tepat waktu", 0.5,
             bukti_luar="tanda terima penyampaian sesuai batas waktu"),
    Kriteria("3.b.1", PELAPORAN, _KUALITAS, "Laporan disusun sesuai format baku 53/2014 dan selaras dengan Perjanjian Kinerja", 0.5, (_standar,)),
    Kriteria("3.b.2", PELAPORAN, _KUALITAS, "Laporan menyajikan informasi capaian seluruh indikator Perjanjian Kinerja", 0.5, (_semua_capaian,)),
    Kriteria("3.b.3", PELAPORAN, _KUALITAS, "Capaian dibandingkan dengan target tahunan, disertai narasi", 0.5, (_target_tahunan,)),
    Kriteria("3.b.4", PELAPORAN, _KUALITAS, "Capaian dibandingkan dengan target jangka menengah (akhir Renstra)", 0.5, (_jangka_menengah,)),
    Kriteria("3.b.5", PELAPORAN, _KUALITAS, "Capaian dibandingkan dengan realisasi tahun-tahun sebelumnya", 0.5, (_tahun_lalu,)),
    Kriteria("3.b.6", PELAPORAN, _KUALITAS, "Capaian dibandingkan dengan pembanding (nasional, provinsi, daerah lain)", 0.5, (_pembanding,)),
    Kriteria("3.b.7", PELAPORAN, _KUALITAS, "Kualitas capaian: penyebab, upaya dan kendala", 0.5, (_kualitas,)),
    Kriteria("3.b.8", PELAPORAN, _KUALITAS, "Efisiensi penggunaan sumber daya", 0.5, (_efisiensi,)),
    Kriteria("3.b.9", PELAPORAN, _KUALITAS, "Rekomendasi perbaikan kinerja ke depan", 0.5, (_rekomendasi,)),
    Kriteria("3.c", PELAPORAN, _PEMANFAATAN, "Pemanfaatan laporan kinerja oleh pimpinan dan untuk perbaikan (3.c.1–3.c.7)", 7.5,
             bukti_luar="notulen, disposisi pimpinan dan dokumen perencanaan yang memakai hasil laporan"),
    Kriteria("2.a.2", PENGUKURAN, _KEBERADAAN, "Definisi operasional dan cara pengukuran setiap indikator", None, (_definisi,)),
    Kriteria("2.b.4", PENGUKURAN, _KUALITAS, "Pengukuran kinerja dilakukan secara berkala", None, (_berkala,)),
    Kriteria("2.c", PENGUKURAN, _PEMANFAATAN, "Efisiensi anggaran: sisa anggaran hanya dihargai bila target tercapai", None,
             (_efisiensi_anggaran,)),
)
"""Every criterion, in the order of the self-assessment sheet. Pelaporan Kinerja scores 15 points:
3.a 3 points over six criteria, 3.b 4,5 over nine, 3.c 7,5. The Pengukuran items have no default
weight here: the region's rubric (sheet RubrikLKE) gives it."""

KODE_KRITERIA = frozenset(k.kode for k in KRITERIA)


def nilai_mandiri(lkjip: LKjIP, hasil: Hasil, kat: Katalog, kriteria: tuple[Kriteria, ...] = KRITERIA) -> PenilaianMandiri:
    """Answer every criterion for the report of one workbook.

    Args:
        lkjip: the workbook as read (its sheet RubrikLKE overrides the weights).
        hasil: the rules' results.
        kat: the report's catalogue (the evidence is its numbers).
        kriteria: the criteria (default ``KRITERIA``).

    Returns:
        One result per criterion, in order.
    """
    b = Bahan(lkjip, hasil, kat)
    out = []
    for k in kriteria:
        bobot = lkjip.rubrik_lke.get(k.kode, k.bobot)
        sel = lkjip.rubrik_lke_sel.get(k.kode)
        if not k.periksa:
            out.append(HasilKriteria(k, LUAR_DOKUMEN, bobot, catatan=k.bukti_luar, sel_bobot=sel))
            continue
        jawaban = [p(b) for p in k.periksa]
        met = [j for j in jawaban if j.terpenuhi]
        pakai = met or jawaban
        bukti = list(dict.fromkeys(x for j in met for x in j.bukti))
        isian = [] if met else list(dict.fromkeys(x for j in jawaban for x in j.isian))
        catatan = " ".join(j.catatan for j in pakai if j.catatan)
        out.append(HasilKriteria(k, TERPENUHI if met else BELUM, bobot, bukti, isian, catatan, sel))
    return PenilaianMandiri(out)


def _angka(x: float) -> str:
    """Points in a sentence, Indonesian style: ``4,5``."""
    return f"{round(x, 2):g}".replace(".", ",")
