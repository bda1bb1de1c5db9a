"""The audit's checks of the quarters: a year typed beside its quarters, a quarter left empty between filled ones,
a budget line's yearly realisasi against its quarters. Part of ``audit.PEMERIKSAAN`` (same signature as every check).
"""

from __future__ import annotations

from .katalog_temuan import Audit as A
from .model import IndikatorOperasional, LKjIP
from .rules import Hasil
from .schema_triwulan import TRIWULAN_ROMAWI

__all__ = ["cek_triwulan", "cek_triwulan_kosong", "cek_anggaran_triwulan"]


def _diukur(lkjip: LKjIP, hasil: Hasil):
    """Every indicator with quarters: (its quarters, the indicator, its result, its key in ``LKjIP.dari_triwulan``)."""
    for ind, hi in zip(lkjip.indikator, hasil.indikator):
        tw = lkjip.triwulan_of(ind.kode)
        if tw is not None:
            yield tw, ind, hi, f"indikator:{ind.kode}"
    for no, (o, ho) in enumerate(zip(lkjip.operasional, hasil.operasional), start=1):
        tw = lkjip.triwulan_of(o.kode)
        if tw is not None:
            yield tw, o, ho, f"operasional:{no}"


def cek_triwulan(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """A yearly realisasi typed beside four quarters that make another one (both cells named)."""
    from .audit import _beda_nilai, _indikator_teks, _sel_realisasi
    from .triwulan import nama_cara, realisasi_tahunan

    for tw, ind, hi, kunci in _diukur(lkjip, hasil):
        if kunci in lkjip.dari_triwulan:
            continue  # the year is the quarters' own
        tahunan = realisasi_tahunan(tw, ind, lkjip.pengaturan)
        stated = hi.ini.realisasi
        if tahunan is None or tahunan.realisasi is None or stated is None:
            continue
        if not _beda_nilai(stated, tahunan.realisasi, catat.nd):
            continue
        if isinstance(ind, IndikatorOperasional):
            sel = ind.cells.get("realisasi_pembilang") if ind.realisasi is None else ind.cells.get("realisasi")
        else:
            sel = _sel_realisasi(lkjip.realisasi_of(ind.kode, hasil.tahun))
        catat(A.REALISASI_TRIWULAN_BERBEDA, sel, *tahunan.sel, tahun=hasil.tahun, indikator=_indikator_teks(ind),
              tertulis=catat.nilai(stated, ind.satuan), cara=nama_cara(tahunan.cara),
              dihitung=catat.nilai(tahunan.realisasi, ind.satuan),
              ditemukan=catat.nilai(stated, ind.satuan), diharapkan=catat.nilai(tahunan.realisasi, ind.satuan))


def cek_triwulan_kosong(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """A quarter without realisasi between quarters that have one."""
    from .audit import _indikator_teks

    for tw, ind, _hi, _kunci in _diukur(lkjip, hasil):
        isi = [q for q in range(1, 5) if tw.realisasi.get(q) is not None
               or (tw.realisasi_pembilang.get(q) is not None and tw.realisasi_penyebut.get(q) is not None)]
        if not isi:
            continue
        kosong = [q for q in range(1, isi[-1]) if q not in isi]
        if kosong:
            catat(A.TRIWULAN_KOSONG, *[tw.cells.get(f"realisasi_{q}") for q in kosong],
                  kosong=", ".join(TRIWULAN_ROMAWI[q - 1] for q in kosong), indikator=_indikator_teks(ind),
                  sesudah=TRIWULAN_ROMAWI[isi[-1] - 1])


def cek_anggaran_triwulan(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """A lowest budget line's typed realisasi against the sum of its four quarters (whole Rupiah)."""
    from .angka import bulat

    for at in lkjip.anggaran_triwulan:
        if f"anggaran:{at.baris + 1}" in lkjip.dari_triwulan or at.realisasi.get(4) is None:
            continue
        prog = lkjip.program[at.baris]
        if prog.realisasi is None:
            continue
        jumlah = float(sum(at.realisasi.values()))
        if bulat(jumlah, 0) != bulat(prog.realisasi, 0):
            catat(A.ANGGARAN_TRIWULAN_BERBEDA, prog.cells.get("realisasi"), *[at.cells[f"realisasi_{q}"] for q in sorted(at.realisasi)],
                  baris=prog.sebutan(), tertulis=catat.rp(prog.realisasi), dihitung=catat.rp(jumlah),
                  ditemukan=catat.rp(prog.realisasi), diharapkan=catat.rp(jumlah))
