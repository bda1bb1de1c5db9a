"""The benchmark table of a sasaran (sheet Pembanding; 53/2014 point 4, LKE 3.b.6).

Per benchmark: the report year's realisasi (a reference to its home), the benchmark copied from
sheet Pembanding, and as formulas the realisasi as a share of the benchmark and the difference.
"""

from __future__ import annotations

from ..katalog import Entri
from .konteks import Konteks
from .lembar import Lembar, Nama, Teks


def pembanding(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """The benchmarks of one sasaran's indicators."""
    s = next(x for x in kt.l.sasaran if x.kode == t.kode_sasaran)
    kolom = [("No", None), ("Indikator Kinerja", None), ("Satuan", None), (f"Realisasi {kt.tahun}", None),
             ("Pembanding", None), ("Tahun", None), ("Nilai Pembanding", None),
             ("Realisasi terhadap Pembanding (%)", None), ("Selisih", None), ("Sumber", None)]
    lb.lebar_kolom(5, 34, 9, 12, 26, 7, 12, 14, 11, 36)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    n = 0
    for ind in s.indikator:
        hi = kt.h.indikator_by_kode(ind.kode)
        for hp in kt.h.pembanding_of(ind.kode):
            n += 1
            p = hp.pembanding
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(ind.nama))
            lb.tulis(r, 2, Teks(ind.satuan), "tengah")
            real = hi.ini.env_name("realisasi")
            lb.tulis(r, 3, Nama(real), *kt.nama_gaya(real, ind.satuan))
            lb.tulis(r, 4, kt.salin(p, "pembanding"))
            lb.tulis(r, 5, kt.salin(p, "tahun"), "tengah")
            lb.tulis(r, 6, Nama(hp.nama_nilai), *kt.nama_gaya(hp.nama_nilai, ind.satuan))
            lb.tulis(r, 7, Nama(hp.env_name("persen")), "persen")
            if hp.selisih is not None:
                lb.tulis(r, 8, Nama(hp.env_name("selisih")), "poin")
            else:
                lb.tulis(r, 8, Teks("-"), "tengah")
            lb.tulis(r, 9, kt.salin(p, "sumber"))
            r += 1
