"""The tables of the Lampiran in the output workbook: each indicator over the Renstra period, and the
indicators' definitions."""

from __future__ import annotations

from ...instansi import sebutan
from ..definisi import baris_definisi, tahun_riwayat
from ..katalog import Entri
from .konteks import Konteks
from .lembar import Lembar, Nama, Salin, Teks


def definisi(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel L.1: per PK indicator its definition, formula, data source and frequency, copied from sheet PK."""
    kolom = [("No", None), ("Indikator Kinerja", None), ("Satuan", None), ("Definisi Operasional", None),
             ("Formula / Cara Pengukuran", None), ("Sumber Data", None), ("Frekuensi Pengukuran", None)]
    lb.lebar_kolom(5, 32, 9, 44, 34, 26, 14)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, b in enumerate(baris_definisi(kt.l), 1):
        i = b.indikator
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, Teks(i.nama))
        lb.tulis(r, 2, Teks(i.satuan), "tengah")
        for c, key in ((3, "definisi_operasional"), (5, "sumber_data"), (6, "frekuensi_pengukuran")):
            lb.tulis(r, c, kt.salin(i, key) if getattr(i, key) else Teks("-"))
        lb.tulis(r, 4, kt.salin(i, "cara_pengukuran") if i.cara_pengukuran else Teks(b.cara or "-"))
        r += 1


def riwayat(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel L.n: one indicator's target, realisasi and capaian per year (references to their homes and the
    capaian formulas), beside the Renstra's target per year (copied from sheet IndikatorRenstra)."""
    ind = kt.l.indikator_by_kode(t.kode_indikator)
    hi = kt.h.indikator_by_kode(ind.kode)
    renstra = kt.l.renstra_by_kode(ind.kode_renstra)
    kolom = [("Tahun", None), (f"Target ({ind.satuan})", None), (f"Realisasi ({ind.satuan})", None), ("Capaian (%)", None)]
    if renstra is not None:
        kolom.append((f"Target {sebutan(kt.l.identitas).rencana}: {renstra.nama} ({renstra.satuan})", None))
    lb.lebar_kolom(8, 14, 14, 12, 30)
    r = kt.kop(lb, len(kolom))
    lb.gabung_sel(r - 1, 0, r - 1, len(kolom) - 1, Teks(f"Indikator: {ind.nama}"), "bagian")
    r = kt.kepala(lb, r, kolom)
    for y in tahun_riwayat(kt.l, hi):
        lb.tulis(r, 0, Teks(str(y)), "tengah")
        ht = hi.tahun(y)
        if ht is None:
            for c in (1, 2, 3):
                lb.tulis(r, c, Teks("-"), "tengah")
        else:
            for c, f in ((1, "target"), (2, "realisasi")):
                name = ht.env_name(f)
                lb.tulis(r, c, Nama(name), *kt.nama_gaya(name, ind.satuan))
            lb.tulis(r, 3, Nama(ht.env_name("capaian")), "persen")
        if renstra is not None:
            nilai = renstra.target_tahunan.get(y)
            if nilai is None:
                lb.tulis(r, 4, Teks("-"), "tengah")
            else:
                lb.tulis(r, 4, Salin(nilai, renstra.cells.get(f"target_tahunan_{y}")), *kt.gaya_nilai(renstra.satuan, nilai))
        r += 1
