"""The tables of the Lampiran in the output workbook: the indicators' definitions (Tabel L.1)."""

from __future__ import annotations

from ..definisi import baris_definisi
from ..katalog import Entri
from .konteks import Konteks
from .lembar import Lembar, Teks


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
