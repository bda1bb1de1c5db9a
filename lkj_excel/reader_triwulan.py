"""Read the optional quarterly sheets (Triwulan, CatatanTriwulan, AnggaranTriwulan) into the model.

Called by ``reader`` once the rest of the workbook is read. Besides the quarters themselves, it
fills a yearly realisasi the workbook left empty with the one its four quarters make (an
indicator's on sheet Realisasi or Operasional, a lowest budget line's on sheet Anggaran), says so
with an ``info`` naming the quarters' cells, and records it in ``LKjIP.dari_triwulan``. A value
the agency typed is never replaced: where both are given, the audit compares them.
"""

from __future__ import annotations

from typing import Callable

from . import model as m
from . import schema as sc
from .angka import fmt_nilai, fmt_rupiah
from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan
from .schema_triwulan import TRIWULAN_ROMAWI
from .tertulis import nilai_otomatis

__all__ = ["baca_triwulan"]


def baca_triwulan(lkjip: m.LKjIP, table: Callable[[sc.Lembar], object], temuan: DaftarTemuan) -> None:
    """Read the three quarterly sheets (``table``: the reader's sheet reader) into ``lkjip`` and fill empty years."""
    from .triwulan import realisasi_tahunan

    indikator: dict[str, m.Indikator] = {i.kode: i for i in [*lkjip.indikator, *lkjip.operasional] if i.kode}
    lkjip.triwulan = _indikator(table(sc.TRIWULAN), indikator, temuan)
    lkjip.catatan_triwulan = _catatan(table(sc.CATATAN_TRIWULAN), indikator, temuan)
    lkjip.anggaran_triwulan = _anggaran(table(sc.ANGGARAN_TRIWULAN), lkjip, temuan)
    tahun = lkjip.identitas.tahun
    nd = lkjip.pengaturan.desimal_persen
    for tw in lkjip.triwulan:
        ind = indikator[tw.kode]
        tahunan = realisasi_tahunan(tw, ind, lkjip.pengaturan)
        if tahunan is None or tahunan.realisasi is None:
            continue
        if isinstance(ind, m.IndikatorOperasional):
            obj, lembar, kunci = ind, "Operasional", f"operasional:{lkjip.operasional.index(ind) + 1}"
        else:
            obj = lkjip.realisasi_of(ind.kode, tahun)
            lembar, kunci = "Realisasi", f"indikator:{ind.kode}"
        if obj is not None and (obj.realisasi is not None or (obj.realisasi_pembilang is not None and obj.realisasi_penyebut is not None)):
            continue  # typed: the audit compares it with the quarters
        if obj is None:
            obj = m.Realisasi(kode_indikator=ind.kode, tahun=tahun)
            lkjip.realisasi.append(obj)
        rentang = _rentang(tahunan.sel)
        if tahunan.pembilang is not None and ind.formula is not None:
            # each part named by its own quarters' cells: a name shared by two inputs would give both one home
            obj.realisasi_pembilang, obj.realisasi_penyebut = tahunan.pembilang, tahunan.penyebut
            for key in ("realisasi_pembilang", "realisasi_penyebut"):
                obj.cells[key] = _rentang([tw.cells[f"{key}_{q}"] for q in tahunan.kuartal if f"{key}_{q}" in tw.cells])
        else:
            obj.realisasi = tahunan.realisasi
            obj.cells["realisasi"] = rentang
        lkjip.dari_triwulan[kunci] = rentang
        apa = (f'indikator operasional "{ind.nama}"' if isinstance(ind, m.IndikatorOperasional)
               else f'indikator {ind.kode} "{ind.nama}"')
        from .triwulan import nama_cara

        temuan.catat(P.REALISASI_DARI_TRIWULAN, *tahunan.sel, tahun=tahun, apa=apa, lembar=lembar, cara=nama_cara(tahunan.cara),
                     nilai=fmt_nilai(tahunan.realisasi, ind.satuan, nd))
    for at in lkjip.anggaran_triwulan:
        prog = lkjip.program[at.baris]
        if prog.realisasi is not None or at.realisasi.get(4) is None:
            continue
        prog.realisasi = float(sum(at.realisasi.values()))
        sel = [at.cells[f"realisasi_{q}"] for q in sorted(at.realisasi)]
        prog.cells["realisasi"] = _rentang(sel)
        lkjip.dari_triwulan[f"anggaran:{at.baris + 1}"] = prog.cells["realisasi"]
        temuan.catat(P.REALISASI_DARI_TRIWULAN, *sel, tahun=tahun, apa=f"anggaran {prog.sebutan()}", lembar="Anggaran",
                     cara="jumlah", nilai=fmt_rupiah(prog.realisasi, lkjip.pengaturan.format_rupiah))


def _rentang(sel: list[str]) -> str:
    """The cells of some quarters of one row as one name: ``Triwulan!L5:O5`` (or the one cell)."""
    if not sel:
        return ""
    if len(sel) == 1:
        return sel[0]
    sheet = sel[0].split("!")[0]
    return f"{sel[0]}:{sel[-1].split('!')[1]}" if all(s.startswith(sheet + "!") for s in sel) else sel[0]


def _indikator(tabel, indikator: dict[str, m.Indikator], temuan: DaftarTemuan) -> list[m.TriwulanIndikator]:
    out: list[m.TriwulanIndikator] = []
    seen: set[str] = set()
    for r in tabel.records:
        v, c = r.values, r.cells
        kode = v.get("kode")
        if not kode:
            continue
        if kode not in indikator:
            temuan.catat(P.TRIWULAN_KODE_TIDAK_DIKENAL, c["kode"], varian="indikator", kode=kode, lembar=sc.TRIWULAN.nama, ditemukan=kode)
            continue
        if kode in seen:
            temuan.catat(P.TRIWULAN_GANDA, c["kode"], apa=f"Indikator {kode}", lembar=sc.TRIWULAN.nama)
            continue
        seen.add(kode)
        _periksa_kuartal(v, c, indikator[kode], temuan)
        tw = m.TriwulanIndikator(kode=kode, cara=v.get("cara") or "tidak_ditetapkan", cells=dict(c),
                                 indikator_tertulis=nilai_otomatis(sc.TRIWULAN, r.otomatis, "indikator", temuan))
        for q in range(1, 5):
            for key in ("target", "realisasi", "realisasi_pembilang", "realisasi_penyebut"):
                value = v.get(f"{key}_{q}")
                if value is not None:
                    getattr(tw, key)[q] = value
        out.append(tw)
    return out


def _periksa_kuartal(v: dict, c: dict, ind: m.Indikator, temuan: DaftarTemuan) -> None:
    """A quarter's figures follow the year's rules: a predikat for a predikat indicator, else a number; no penyebut of 0;
    pembilang and penyebut both or neither (a wrong one is reported with its cell)."""
    from .reader import _periksa_nilai_tahun

    q = range(1, 5)
    _periksa_nilai_tahun(v, c, sc.TRIWULAN, tuple(f"{k}_{i}" for k in ("target", "realisasi") for i in q),
                         tuple(f"realisasi_penyebut_{i}" for i in q),
                         tuple((f"realisasi_pembilang_{i}", f"realisasi_penyebut_{i}") for i in q),
                         ind.kode or "", ind.polaritas, "", temuan)


def _catatan(tabel, indikator: dict[str, m.Indikator], temuan: DaftarTemuan) -> list[m.CatatanTriwulan]:
    out: list[m.CatatanTriwulan] = []
    seen: set[tuple[str, int]] = set()
    for r in tabel.records:
        v, c = r.values, r.cells
        kode, romawi = v.get("kode"), v.get("triwulan")
        if not kode or not romawi or not (v.get("kendala") or v.get("tindak_lanjut")):
            continue
        if kode not in indikator:
            temuan.catat(P.TRIWULAN_KODE_TIDAK_DIKENAL, c["kode"], varian="indikator", kode=kode, lembar=sc.CATATAN_TRIWULAN.nama,
                         ditemukan=kode)
            continue
        q = TRIWULAN_ROMAWI.index(romawi) + 1
        if (kode, q) in seen:
            temuan.catat(P.TRIWULAN_GANDA, c["kode"], apa=f"Catatan triwulan {romawi} indikator {kode}", lembar=sc.CATATAN_TRIWULAN.nama)
            continue
        seen.add((kode, q))
        out.append(m.CatatanTriwulan(kode=kode, triwulan=q, kendala=v.get("kendala"), tindak_lanjut=v.get("tindak_lanjut"), cells=dict(c)))
    return out


def _anggaran(tabel, lkjip: m.LKjIP, temuan: DaftarTemuan) -> list[m.AnggaranTriwulan]:
    terbawah = [i for i in range(len(lkjip.program)) if lkjip.terbawah(i)]
    by_kode = {lkjip.program[i].kode: i for i in terbawah if lkjip.program[i].kode}
    by_nama: dict[str, int] = {}
    for i in terbawah:
        by_nama.setdefault(sc.normal(lkjip.program[i].nama), i)
    out: list[m.AnggaranTriwulan] = []
    seen: set[int] = set()
    for r in tabel.records:
        v, c = r.values, r.cells
        kode, nama = v.get("kode"), v.get("nama")
        if not kode and not nama:
            continue
        baris = by_kode.get(kode) if kode else by_nama.get(sc.normal(nama))
        if baris is None:
            temuan.catat(P.TRIWULAN_KODE_TIDAK_DIKENAL, c["kode"] if kode else c["nama"], varian="anggaran", kode=kode or nama,
                         ditemukan=kode or nama)
            continue
        if baris in seen:
            temuan.catat(P.TRIWULAN_GANDA, c["kode"] if kode else c["nama"], apa=lkjip.program[baris].sebutan(awal=True),
                         lembar=sc.ANGGARAN_TRIWULAN.nama)
            continue
        seen.add(baris)
        realisasi = {q: v[f"realisasi_{q}"] for q in range(1, 5) if v.get(f"realisasi_{q}") is not None}
        out.append(m.AnggaranTriwulan(baris=baris, realisasi=realisasi, cells=dict(c)))
    return out
