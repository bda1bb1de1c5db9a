"""The audit: where the workbook's own figures disagree with each other or with the rules.

``audit(lkjip, hasil) -> DaftarTemuan`` runs every check of ``PEMERIKSAAN`` and returns
all their findings (``Temuan`` with ``sumber="audit"``): a stable code, a severity, the
cells involved (the stated figure's cell first), the stated and the derived value as
text, and a formal Indonesian message. The audit never changes a number: the outputs
show the derived values, the findings say where the agency's own figures differ.

Severity: ``GALAT`` only where RULES.md calls a condition an error (an AKIP component
score above its weight, a program supporting no known sasaran); everything else is a
``PERINGATAN`` (or ``INFO``) and does not stop the conversion.

A stated figure is compared with the derived one at the precision it was written with
(at most ``pengaturan.desimal_persen`` decimals for percentages, whole Rupiah for money):
a capaian typed as ``112`` agrees with 111,64, one typed as ``94,05`` does not.

Each check is a small function ``(lkjip, hasil, catat) -> None``; one that fails with an
exception is reported as ``pemeriksaan-gagal`` and the others still run (``ketat=True``
re-raises instead, for tests).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable

from .audit_tertulis import cek_nilai_tertulis, cek_sumber
from .kewajaran import cek_capaian_negatif, cek_polaritas, cek_satuan_realisasi, cek_teks_kolom_angka
from .angka import bulat, fmt_angka, fmt_angka_ringkas, fmt_nilai, fmt_persen, fmt_rupiah
from .expr import is_number
from .katalog_temuan import AUDIT
from .katalog_temuan import Audit as A
from .model import Indikator, IndikatorOperasional, LKjIP, Polaritas, Program, Realisasi, TingkatAnggaran
from .problems import DaftarTemuan, Jenis, Temuan
from .rules import BOBOT_AKIP, Hasil, HasilIndikator, expr_rumus, sama_satuan, sel_tahun, faktor_pengali
from .schema import normal

__all__ = ["audit", "PEMERIKSAAN"]


class _Catat:
    """Records findings of one audit run (``sumber="audit"``) and formats figures for them."""

    def __init__(self, lkjip: LKjIP, daftar: DaftarTemuan):
        self.daftar = daftar
        self.p = lkjip.pengaturan
        self.nd = lkjip.pengaturan.desimal_persen

    def __call__(self, jenis: Jenis, *sel: str | None, **kw) -> Temuan:
        """Record a finding of an ``Audit`` kind (see ``DaftarTemuan.catat``)."""
        if jenis.sumber != AUDIT:
            raise TypeError(f"the audit records only Audit kinds, not {jenis!r}")
        return self.daftar.catat(jenis, *sel, **kw)

    # figures as the report writes them
    def rp(self, x: float | None) -> str:
        return fmt_rupiah(x, self.p.format_rupiah)

    def persen(self, x: float | None, desimal: int | None = None) -> str:
        return fmt_persen(x, self.nd if desimal is None else desimal)

    def nilai(self, x: object, satuan: str | None = None) -> str:
        """A target or realisasi with its unit, as the report prints it: ``3,25%``, ``521 KK``, ``BB``."""
        return fmt_nilai(x, satuan, self.nd)


# --------------------------------------------------------------------------- comparisons


def _desimal(x: float) -> int:
    """How many decimals a typed number has (``94.05`` -> 2, ``108.0`` -> 0)."""
    exp = Decimal(repr(float(x))).normalize().as_tuple().exponent
    return max(0, -exp)


def _beda(tertulis: object, dihitung: object, nd_maks: int) -> bool:
    """A stated figure differs from the derived one at the stated figure's precision.

    Labels compare without case; a missing derived value never differs (other checks say why).
    """
    if tertulis is None or dihitung is None:
        return False
    if isinstance(tertulis, str) or isinstance(dihitung, str):
        return normal(str(tertulis)) != normal(str(dihitung))
    nd = min(nd_maks, _desimal(tertulis))
    return bulat(tertulis, nd) != bulat(dihitung, nd)


def _beda_nilai(a: object, b: object, nd: int) -> bool:
    """Two stated figures (a target here, a target there) differ at display precision."""
    if a is None or b is None:
        return False
    if isinstance(a, str) or isinstance(b, str):
        return normal(str(a)) != normal(str(b))
    return bulat(a, nd) != bulat(b, nd)


def _indikator_teks(ind: Indikator) -> str:
    """How a message names an indicator: ``indikator I1 "..."``, ``indikator operasional Eselon III "..."``."""
    if isinstance(ind, IndikatorOperasional):
        kode = f"{ind.kode} " if ind.kode else ""
        return f'indikator operasional Eselon {ind.eselon} {kode}"{ind.nama}"'
    return f'indikator {ind.kode} "{ind.nama}"'


Diukur = tuple[Indikator, HasilIndikator, dict[int, Realisasi]]


def _semua_indikator(lkjip: LKjIP, hasil: Hasil) -> list[Diukur]:
    """Every measured indicator with its result and its rows per year: the PK's, then the operational ones."""
    out: list[Diukur] = []
    for ind, hi in zip(lkjip.indikator, hasil.indikator):
        rows: dict[int, Realisasi] = {}
        for row in lkjip.realisasi:
            if row.kode_indikator == ind.kode:
                rows.setdefault(row.tahun, row)
        out.append((ind, hi, rows))
    for o, ho in zip(lkjip.operasional, hasil.operasional):
        out.append((o, ho, {row.tahun: row for row in o.baris_realisasi(hasil.tahun)}))
    return out


def _semua_baris(lkjip: LKjIP, hasil: Hasil) -> list[tuple[Indikator, HasilIndikator, Realisasi]]:
    """Every stated year of every indicator: the rows of sheet Realisasi in their order, then the operational ones."""
    out = []
    for row in lkjip.realisasi:
        ind = lkjip.indikator_by_kode(row.kode_indikator)
        if ind is not None:
            out.append((ind, hasil.indikator_by_kode(ind.kode), row))
    for o, ho in zip(lkjip.operasional, hasil.operasional):
        out += [(o, ho, row) for row in o.baris_realisasi(hasil.tahun)]
    return out


def _faktor(ind: Indikator) -> float:
    return faktor_pengali(ind.satuan, ind.formula.faktor if ind.formula else None)


def _sel_realisasi(row: Realisasi | None) -> str | None:
    """The cell a year's realisasi comes from: its pembilang where it is computed, else the value."""
    if row is None:
        return None
    if row.realisasi_pembilang is not None and row.realisasi_penyebut is not None:
        return row.cells.get("realisasi_pembilang")
    return row.cells.get("realisasi")


# --------------------------------------------------------------------------- checks: totals


def cek_jumlah_anggaran(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """The typed Jumlah row of the budget against the sum of the programs (§4)."""
    jt = lkjip.jumlah_anggaran_tertulis
    if jt is None:
        return
    for key, tertulis in jt.nilai.items():
        k = normal(key)
        if k in ("anggaran", "pagu", "pagu anggaran"):
            dihitung, field, label = hasil.anggaran.anggaran, "anggaran", "anggaran"
        elif k in ("realisasi", "realisasi anggaran"):
            dihitung, field, label = hasil.anggaran.realisasi, "realisasi", "realisasi anggaran"
        elif k in ("penyerapan", "persentase", "%"):
            if _beda(tertulis, hasil.anggaran.penyerapan, catat.nd):
                t, d = catat.persen(tertulis), catat.persen(hasil.anggaran.penyerapan)
                catat(A.JUMLAH_ANGGARAN_BERBEDA, jt.cells.get(key), varian="penyerapan", tertulis=t, dihitung=d,
                      ditemukan=t, diharapkan=d)
            continue
        else:
            continue
        if _beda(tertulis, dihitung, 0):
            t, d = catat.rp(tertulis), catat.rp(dihitung)
            catat(A.JUMLAH_ANGGARAN_BERBEDA, jt.cells.get(key), *[p.cells.get(field) for p in _terbawah(lkjip, hasil)],
                  varian="jumlah", apa=label, tertulis=t, dihitung=d, ditemukan=t, diharapkan=d)


def _terbawah(lkjip: LKjIP, hasil: Hasil, di_bawah: int | None = None) -> list[Program]:
    """The lowest budget lines (those whose figures are inputs), all or those under line ``di_bawah``."""
    return [p for i, (p, hp) in enumerate(zip(lkjip.program, hasil.program))
            if hp.terbawah and (di_bawah is None or di_bawah in lkjip.rantai(i)[1:])]


def _sebutan_rincian(lkjip: LKjIP, i: int) -> str:
    """What the lines under budget line ``i`` are, in a sentence: "kegiatan", "sub kegiatan", "kegiatan dan sub kegiatan"."""
    return TingkatAnggaran.rangkai(lkjip.program[j].tingkat for j in range(len(lkjip.program)) if i in lkjip.rantai(j)[1:])


def cek_subtotal_anggaran(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """The anggaran and realisasi typed on a program or kegiatan with lines under it, against the sum of its lines (§8)."""
    for i, (p, hp) in enumerate(zip(lkjip.program, hasil.program)):
        if hp.terbawah:
            continue
        for field, tertulis, dihitung, apa in (("anggaran", p.anggaran_tertulis, hp.anggaran, "Anggaran"),
                                               ("realisasi", p.realisasi_tertulis, hp.realisasi, "Realisasi anggaran")):
            if not _beda(tertulis, dihitung, 0):
                continue
            t, d = catat.rp(tertulis), catat.rp(dihitung)
            catat(A.SUBTOTAL_ANGGARAN_BERBEDA, p.cells.get(field), *[q.cells.get(field) for q in _terbawah(lkjip, hasil, i)],
                  apa=apa, baris=p.sebutan(), rincian=_sebutan_rincian(lkjip, i), tertulis=t, dihitung=d,
                  ditemukan=t, diharapkan=d)


def cek_jumlah_pendukung(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """The typed total row of each supporting table against the sum of its rows."""
    for tabel, hp in zip(lkjip.pendukung, hasil.pendukung):
        jt = tabel.jumlah_tertulis
        if jt is None:
            continue
        for key, tertulis in jt.nilai.items():
            j, kolom = next(((j, k) for j, k in enumerate(tabel.kolom)
                             if k.huruf.upper() == str(key).upper() or normal(k.judul) == normal(key)), (None, None))
            if kolom is None or not kolom.numerik:
                continue
            dihitung = hp.jumlah.get(kolom.huruf)
            if _beda(tertulis, dihitung, catat.nd):
                t, d = fmt_angka_ringkas(tertulis), fmt_angka_ringkas(dihitung)
                catat(A.JUMLAH_TABEL_BERBEDA, jt.cells.get(key), *[row[j] for row in tabel.sel if j < len(row)],
                      tabel=tabel.judul, kolom=kolom.judul, tertulis=t, dihitung=d, ditemukan=t, diharapkan=d)


# the typed AKIP total and predikat rows (the reader names them jumlah_<year>, predikat_<year>)
_JUMLAH, _PREDIKAT = ("jumlah", "jumlah_tertulis"), ("predikat", "predikat_tertulis")


def cek_akip(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """AKIP (§6): typed totals and predikat, component scores within their weights, the scheme's weights."""
    ev = lkjip.akip
    for ha in hasil.akip:
        cells = [sel_tahun(k.cells, "nilai", ha.tahun) for k in ev.komponen]
        tertulis = ev.jumlah_tertulis.get(ha.tahun)
        if _beda(tertulis, ha.jumlah, 2):
            t, d = fmt_angka(tertulis, 2), fmt_angka(ha.jumlah, 2)
            catat(A.JUMLAH_AKIP_BERBEDA, sel_tahun(ev.cells, _JUMLAH, ha.tahun), *cells,
                  tahun=ha.tahun, tertulis=t, dihitung=d, ditemukan=t, diharapkan=d)
        pred = ev.predikat_tertulis.get(ha.tahun)
        if _beda(pred, ha.predikat, 0):
            catat(A.PREDIKAT_AKIP_BERBEDA, sel_tahun(ev.cells, _PREDIKAT, ha.tahun), *cells, tahun=ha.tahun,
                  tertulis=pred, nilai=fmt_angka(ha.jumlah, 2), predikat=ha.predikat, ditemukan=pred, diharapkan=ha.predikat)
    for k in ev.komponen:
        for tahun, nilai in sorted(k.nilai.items()):
            if nilai is not None and k.bobot is not None and nilai > k.bobot:
                n, b = fmt_angka(nilai, 2), fmt_angka_ringkas(k.bobot)
                catat(A.NILAI_AKIP_MELEBIHI_BOBOT, sel_tahun(k.cells, "nilai", tahun), k.cells.get("bobot"),
                      komponen=k.nama, tahun=tahun, nilai=n, bobot=b, ditemukan=n, diharapkan=f"paling tinggi {b}")
    skema = BOBOT_AKIP.get(lkjip.pengaturan.skema_akip, {})
    for k in ev.komponen:
        words = normal(k.nama).split()
        baku = skema.get(words[0]) if words else None
        if baku is not None and k.bobot is not None and k.bobot != baku:
            b, d = fmt_angka_ringkas(k.bobot), fmt_angka_ringkas(baku)
            catat(A.BOBOT_AKIP_BERBEDA, k.cells.get("bobot"), komponen=k.nama, bobot=b, skema=lkjip.pengaturan.skema_akip,
                  baku=d, ditemukan=b, diharapkan=d)


# --------------------------------------------------------------------------- checks: targets


def _nilai_renstra(ind: Indikator, satuan_renstra: str, target, pembilang) -> tuple[object, str | None]:
    """The figure of a PK/Realisasi target to compare with a Renstra target, and its field."""
    if sama_satuan(ind.satuan, satuan_renstra) or ind.polaritas is Polaritas.PREDIKAT:
        return target, "target"
    if ind.formula and sama_satuan(ind.formula.satuan_pembilang, satuan_renstra):
        return pembilang, "target_pembilang"
    return None, None


def cek_target_renstra(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Signed targets (PK and operational) against the Renstra target of the report year for the linked indicator."""
    tahun = hasil.tahun
    for ind, _, _ in _semua_indikator(lkjip, hasil):
        if not ind.kode_renstra:
            continue
        rs = lkjip.renstra_by_kode(ind.kode_renstra)
        if rs is None:
            catat(A.KODE_RENSTRA_TIDAK_DIKENAL, ind.cells.get("kode_renstra"), kode=ind.kode_renstra,
                  indikator=_indikator_teks(ind))
            continue
        nilai, field = _nilai_renstra(ind, rs.satuan, ind.target, ind.target_pembilang)
        if field is None:
            catat(A.SATUAN_RENSTRA_BERBEDA, ind.cells.get("satuan"), rs.cells.get("satuan"), indikator=_indikator_teks(ind),
                  satuan=ind.satuan, renstra=rs.nama, satuan_renstra=rs.satuan)
            continue
        renstra = rs.target_tahunan.get(tahun)
        if _beda_nilai(nilai, renstra, catat.nd):
            ket = "target pembilang " if field == "target_pembilang" else ""
            t, d = catat.nilai(nilai, rs.satuan), catat.nilai(renstra, rs.satuan)
            catat(A.TARGET_PK_BERBEDA_RENSTRA, ind.cells.get(field), sel_tahun(rs.cells, "target_tahunan", tahun),
                  tahun=tahun, indikator=_indikator_teks(ind), bagian=ket, target=t, renstra=rs.nama, target_renstra=d,
                  ditemukan=t, diharapkan=d)


def cek_target_realisasi(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Targets stated on the Realisasi sheet: against the PK (report year) and the Renstra (earlier years)."""
    for row in lkjip.realisasi:
        ind = lkjip.indikator_by_kode(row.kode_indikator)
        if ind is None:
            catat(A.INDIKATOR_TIDAK_DIKENAL, row.cells.get("kode_indikator"), varian="realisasi", kode=row.kode_indikator,
                  tahun=row.tahun)
            continue
        if row.tahun == hasil.tahun:
            if _beda_nilai(row.target, ind.target, catat.nd):
                t, d = catat.nilai(row.target, ind.satuan), catat.nilai(ind.target, ind.satuan)
                catat(A.TARGET_BERBEDA_PK, row.cells.get("target"), ind.cells.get("target"), tahun=row.tahun,
                      indikator=_indikator_teks(ind), target=t, target_pk=d, ditemukan=t, diharapkan=d)
            continue
        rs = lkjip.renstra_by_kode(ind.kode_renstra)
        if rs is None or row.tahun not in rs.target_tahunan:
            continue
        nilai, field = _nilai_renstra(ind, rs.satuan, row.target, row.target_pembilang)
        renstra = rs.target_tahunan[row.tahun]
        if field is not None and _beda_nilai(nilai, renstra, catat.nd):
            t, d = catat.nilai(nilai, rs.satuan), catat.nilai(renstra, rs.satuan)
            catat(A.TARGET_BERBEDA_RENSTRA, row.cells.get(field), sel_tahun(rs.cells, "target_tahunan", row.tahun),
                  tahun=row.tahun, indikator=_indikator_teks(ind), target=t, renstra=rs.nama, target_renstra=d,
                  ditemukan=t, diharapkan=d)


def cek_pecahan(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """A target or realisasi (PK, Realisasi, operational) stated beside its pembilang/penyebut agrees with them at
    display precision (§2)."""
    def periksa(jenis, apa, tertulis, pembilang, penyebut, faktor, satuan, cells, field, f_pembilang, f_penyebut):
        if tertulis is None or pembilang is None or penyebut is None or not is_number(tertulis):
            return
        dihitung = expr_rumus(pembilang, penyebut, faktor).value(hasil.env)
        if _beda(tertulis, dihitung, catat.nd):
            t, d = catat.nilai(tertulis, satuan), catat.nilai(dihitung, satuan)
            catat(jenis, cells.get(field), cells.get(f_pembilang), cells.get(f_penyebut),
                  apa=apa, tertulis=t, pembilang=fmt_angka_ringkas(pembilang), penyebut=fmt_angka_ringkas(penyebut),
                  faktor=fmt_angka_ringkas(faktor), dihitung=d, ditemukan=t, diharapkan=d)

    for ind, _, _ in _semua_indikator(lkjip, hasil):
        periksa(A.TARGET_PECAHAN_BERBEDA, f"Target Perjanjian Kinerja {_indikator_teks(ind)}", ind.target,
                ind.target_pembilang, ind.target_penyebut, _faktor(ind), ind.satuan, ind.cells,
                "target", "target_pembilang", "target_penyebut")
    for ind, _, row in _semua_baris(lkjip, hasil):
        periksa(A.TARGET_PECAHAN_BERBEDA, f"Target {row.tahun} {_indikator_teks(ind)}", row.target,
                row.target_pembilang, row.target_penyebut, _faktor(ind), ind.satuan, row.cells,
                "target", "target_pembilang", "target_penyebut")
        periksa(A.REALISASI_PECAHAN_BERBEDA, f"Realisasi {row.tahun} {_indikator_teks(ind)}", row.realisasi,
                row.realisasi_pembilang, row.realisasi_penyebut, _faktor(ind), ind.satuan, row.cells,
                "realisasi", "realisasi_pembilang", "realisasi_penyebut")


# --------------------------------------------------------------------------- checks: stated figures


def cek_angka_tertulis(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Figures stated per sasaran (Tabel 3.11/3.12) against the derived ones."""
    for at in lkjip.angka_tertulis:
        hs = hasil.sasaran_by_kode(at.kode_sasaran)
        if hs is None:
            catat(A.SASARAN_TIDAK_DIKENAL, at.cells.get("kode_sasaran"), kode=at.kode_sasaran)
            continue
        nama = f'sasaran {hs.kode} "{hs.nama}"'
        programs = [p for p, hp in zip(lkjip.program, hasil.program) if hp.terbawah and hp.kode_sasaran == hs.kode]
        pendukung = TingkatAnggaran.rangkai((hp.tingkat for hp in hasil.program if hp.tautan and hp.kode_sasaran == hs.kode),
                                            bawaan="program")
        ind_cells = [r.cells.get("realisasi_pembilang") or r.cells.get("realisasi") for r in lkjip.realisasi
                     if r.kode_indikator in hs.kode_indikator and r.tahun == hasil.tahun]
        checks = (
            ("capaian", at.capaian, hs.capaian, catat.nd, catat.persen, f"Capaian {nama}",
             "hasil perhitungan dari capaian indikatornya", ind_cells),
            ("anggaran", at.anggaran, hs.anggaran, 0, catat.rp, f"Anggaran {nama}",
             f"jumlah anggaran {pendukung} pendukungnya", [p.cells.get("anggaran") for p in programs]),
            ("realisasi_anggaran", at.realisasi_anggaran, hs.realisasi_anggaran, 0, catat.rp,
             f"Realisasi anggaran {nama}", f"jumlah realisasi {pendukung} pendukungnya",
             [p.cells.get("realisasi") for p in programs]),
            ("penyerapan", at.penyerapan, hs.penyerapan, catat.nd, catat.persen, f"Penyerapan anggaran {nama}",
             f"hasil perhitungan dari realisasi dan anggaran {pendukung} pendukungnya", []),
            ("efisiensi", at.efisiensi, hs.tingkat_efisiensi, 0, str, f"Tingkat efisiensi {nama}",
             "hasil analisis efisiensi", []),
        )
        for field, tertulis, dihitung, nd, fmt, apa, asal, cells in checks:
            if _beda(tertulis, dihitung, nd):
                t, d = fmt(tertulis), fmt(dihitung)
                catat(A.ANGKA_TERTULIS_BERBEDA, at.cells.get(field), *cells, apa=apa, tertulis=t, asal=asal, dihitung=d,
                      ditemukan=t, diharapkan=d)


def cek_capaian_tertulis(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Capaian stated on the Realisasi and Operasional sheets against the derived capaian."""
    for ind, hi, row in _semua_baris(lkjip, hasil):
        ht = hi.tahun(row.tahun) if hi else None
        if ht is None or not _beda(row.capaian_tertulis, ht.capaian, catat.nd):
            continue
        t, d = catat.persen(row.capaian_tertulis), catat.persen(ht.capaian)
        catat(A.CAPAIAN_TERTULIS_BERBEDA, row.cells.get("capaian_tertulis"), row.cells.get("realisasi"),
              row.cells.get("realisasi_pembilang"), apa=f"{row.tahun} {_indikator_teks(ind)}", tertulis=t,
              dihitung=d, ditemukan=t, diharapkan=d)


def cek_program(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Every budget line supports one known sasaran (§4); every sasaran has a program; realisasi within anggaran."""
    kode = {s.kode for s in lkjip.sasaran}
    for p, hp in zip(lkjip.program, hasil.program):
        if p.kode_sasaran is not None and p.kode_sasaran not in kode:
            catat(A.PROGRAM_TANPA_SASARAN, p.cells.get("kode_sasaran"), baris=p.sebutan(awal=True), kode=p.kode_sasaran)
        if not hp.terbawah:
            continue  # its figures are sums: each of its lines is checked itself
        if p.realisasi is None:
            catat(A.REALISASI_ANGGARAN_KOSONG, p.cells.get("realisasi"), baris=p.sebutan())
        elif p.anggaran is not None and p.realisasi > p.anggaran:
            realisasi, anggaran = catat.rp(p.realisasi), catat.rp(p.anggaran)
            catat(A.REALISASI_MELEBIHI_ANGGARAN, p.cells.get("realisasi"), p.cells.get("anggaran"), baris=p.sebutan(),
                  realisasi=realisasi, anggaran=anggaran, ditemukan=realisasi, diharapkan=f"paling tinggi {anggaran}")
    didukung = {hp.kode_sasaran for hp in hasil.program if hp.tautan}
    for s in lkjip.sasaran:
        if s.kode not in didukung:
            catat(A.SASARAN_TANPA_PROGRAM, s.cells.get("kode"), kode=s.kode, nama=s.nama)


# --------------------------------------------------------------------------- checks: capaian


def cek_realisasi_kosong(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Every indicator (PK and operational) has a realisasi for the report year."""
    for ind, hi, rows in _semua_indikator(lkjip, hasil):
        if hi.realisasi is None:
            row = rows.get(hasil.tahun)
            cell = (row.cells.get("realisasi") if row else None) or ind.cells.get("kode")
            lembar = "Operasional" if isinstance(ind, IndikatorOperasional) else "Realisasi"
            catat(A.REALISASI_KOSONG, cell, tahun=hasil.tahun, indikator=_indikator_teks(ind), lembar=lembar)


def _sebab_tak_terdefinisi(polaritas: Polaritas, target, realisasi, hasil: Hasil) -> tuple[Jenis, dict] | None:
    """Why a capaian with both figures given is undefined, if it is: the kind, and the values (and variant) of its
    message but ``apa`` (what the capaian is of), which the caller adds."""
    if polaritas is Polaritas.PREDIKAT:
        skala = hasil.skala.get("peringkat_predikat", [])
        known = {normal(p.label) for p in skala}
        bad = [v for v in (target, realisasi) if isinstance(v, str) and normal(v) not in known]
        if bad:
            return A.PREDIKAT_TIDAK_DIKENAL, {"predikat": bad[0]}
        return None
    if isinstance(target, str) or isinstance(realisasi, str):
        return A.NILAI_BUKAN_ANGKA, {}
    if polaritas is Polaritas.POSITIF and target == 0:
        return A.TARGET_NOL, {"varian": "tak_terdefinisi"}
    return None


def cek_capaian_tak_terdefinisi(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Capaian that cannot be computed though target and realisasi are given (§2: T = 0, labels)."""
    for ind, hi, rows in _semua_indikator(lkjip, hasil):
        for ht in hi.riwayat:
            row = rows.get(ht.tahun)
            cell = ind.cells.get("target") if ht.tahun == hasil.tahun else (row.cells.get("target") if row else None)
            if ht.target is None or ht.realisasi is None:
                continue
            if ind.polaritas is Polaritas.NEGATIF and ht.target == 0:
                catat(A.TARGET_NOL, cell, varian="negatif", tahun=ht.tahun, indikator=_indikator_teks(ind), ditemukan="0")
                continue
            if ht.capaian is not None:
                continue
            sebab = _sebab_tak_terdefinisi(ind.polaritas, ht.target, ht.realisasi, hasil)
            if sebab:
                jenis, isian = sebab
                catat(jenis, cell, apa=f"{ht.tahun} {_indikator_teks(ind)}", **isian)


def cek_kewajaran(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """A capaian beyond ``batas_kewajaran`` (or below 0) suggests a wrong target or unit."""
    batas = lkjip.pengaturan.batas_kewajaran
    for ind, hi, _ in _semua_indikator(lkjip, hasil):
        cap = hi.capaian
        if cap is not None and (cap > batas or cap < 0):
            catat(A.CAPAIAN_TIDAK_WAJAR, ind.cells.get("target"), apa=f"{hasil.tahun} {_indikator_teks(ind)}",
                  capaian=catat.persen(cap), batas=fmt_angka_ringkas(batas), ditemukan=catat.persen(cap))


def cek_bobot(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Weights are given for every indicator where the sasaran mean is weighted (§3)."""
    if not lkjip.pengaturan.pakai_bobot:
        return
    for ind in lkjip.indikator:
        if ind.bobot is None:
            catat(A.BOBOT_KOSONG, ind.cells.get("bobot"), indikator=_indikator_teks(ind))


# --------------------------------------------------------------------------- checks: across tables


def cek_predikat_akip(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """The AKIP indicator's realisasi per year against the AKIP sheet's predikat of that year."""
    kode = lkjip.pengaturan.kode_indikator_akip
    if not kode:
        return
    ind, hi = lkjip.indikator_by_kode(kode), hasil.indikator_by_kode(kode)
    if ind is None or hi is None:
        catat(A.INDIKATOR_TIDAK_DIKENAL, lkjip.pengaturan.cells.get("kode_indikator_akip"), varian="akip", kode=kode)
        return
    for ht in hi.riwayat:
        ha = hasil.akip_tahun(ht.tahun)
        if ha is None or ht.realisasi is None:
            continue
        row = lkjip.realisasi_of(kode, ht.tahun)
        akip_cells = [sel_tahun(lkjip.akip.cells, _PREDIKAT, ht.tahun)] + [
            sel_tahun(k.cells, "nilai", ht.tahun) for k in lkjip.akip.komponen]
        if is_number(ht.realisasi):  # a numeric score
            beda, tertulis, dihitung = _beda(ht.realisasi, ha.jumlah, 2), fmt_angka(ht.realisasi, 2), fmt_angka(ha.jumlah, 2)
        else:
            beda, tertulis, dihitung = _beda(ht.realisasi, ha.predikat, 0), str(ht.realisasi), ha.predikat
        if beda:
            catat(A.PREDIKAT_BERBEDA_AKIP, row.cells.get("realisasi") if row else None, *akip_cells, tahun=ht.tahun,
                  indikator=_indikator_teks(ind), tertulis=tertulis, nilai=fmt_angka(ha.jumlah, 2), predikat=ha.predikat,
                  ditemukan=tertulis, diharapkan=dihitung)


def cek_operasional_lintas(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """An operational indicator's realisasi of each year against a PK indicator of the same name."""
    by_name = {normal(ind.nama): ind for ind in lkjip.indikator}
    for o, ho in zip(lkjip.operasional, hasil.operasional):
        ind = by_name.get(normal(o.nama))
        hi = hasil.indikator_by_kode(ind.kode) if ind else None
        if hi is None:
            continue
        rows = {row.tahun: row for row in o.baris_realisasi(hasil.tahun)}
        for ho_tahun in ho.riwayat:
            tahun = ho_tahun.tahun
            ht = hi.tahun(tahun)
            if ht is None or not _beda_nilai(ho_tahun.realisasi, ht.realisasi, catat.nd):
                continue
            t, d = catat.nilai(ho_tahun.realisasi, o.satuan), catat.nilai(ht.realisasi, ind.satuan)
            catat(A.REALISASI_LINTAS_TABEL_BERBEDA, _sel_realisasi(rows.get(tahun)),
                  _sel_realisasi(lkjip.realisasi_of(ind.kode, tahun)),
                  tahun=tahun, nama=o.nama, realisasi=t, indikator=_indikator_teks(ind), realisasi_pk=d,
                  ditemukan=t, diharapkan=d)


def cek_renstra_pembanding(lkjip: LKjIP, hasil: Hasil, catat: _Catat) -> None:
    """Where the realisasi cannot be set against the Renstra end target (units differ), say so."""
    for ind, hi, _ in _semua_indikator(lkjip, hasil):
        br = hi.renstra
        if br is not None and br.basis is None:
            rs = lkjip.renstra_by_kode(br.kode_renstra)
            catat(A.RENSTRA_TIDAK_TERBANDINGKAN, ind.cells.get("satuan"), rs.cells.get("satuan") if rs else None,
                  indikator=_indikator_teks(ind), satuan=ind.satuan, renstra=br.nama, satuan_renstra=br.satuan)


Pemeriksaan = Callable[[LKjIP, Hasil, _Catat], None]

from .audit_triwulan import cek_anggaran_triwulan, cek_triwulan, cek_triwulan_kosong  # noqa: E402

PEMERIKSAAN: tuple[Pemeriksaan, ...] = (
    cek_jumlah_anggaran,
    cek_subtotal_anggaran,
    cek_jumlah_pendukung,
    cek_teks_kolom_angka,
    cek_akip,
    cek_target_renstra,
    cek_target_realisasi,
    cek_pecahan,
    cek_angka_tertulis,
    cek_capaian_tertulis,
    cek_nilai_tertulis,
    cek_program,
    cek_realisasi_kosong,
    cek_capaian_tak_terdefinisi,
    cek_kewajaran,
    cek_capaian_negatif,
    cek_polaritas,
    cek_satuan_realisasi,
    cek_bobot,
    cek_predikat_akip,
    cek_operasional_lintas,
    cek_sumber,
    cek_renstra_pembanding,
    cek_triwulan,
    cek_triwulan_kosong,
    cek_anggaran_triwulan,
)
"""Every check, in the order of the report."""


def audit(lkjip: LKjIP, hasil: Hasil, *, ketat: bool = False,
          pemeriksaan: tuple[Pemeriksaan, ...] = PEMERIKSAAN) -> DaftarTemuan:
    """Run every check and return all findings (``berkas`` = the workbook's file name).

    Args:
        lkjip: the workbook as read.
        hasil: ``rules.hitung(lkjip)``.
        ketat: re-raise a check's exception instead of reporting it (for tests).
        pemeriksaan: the checks to run (default: all).

    Returns:
        The findings, in check order. A check that raised is reported as
        ``pemeriksaan-gagal`` (a warning) and the remaining checks still run.
    """
    daftar = DaftarTemuan(berkas=lkjip.berkas)
    catat = _Catat(lkjip, daftar)
    for cek in pemeriksaan:
        try:
            cek(lkjip, hasil, catat)
        except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
            if ketat:
                raise
            catat(A.PEMERIKSAAN_GAGAL, pemeriksaan=cek.__name__, galat=repr(exc))
    return daftar
