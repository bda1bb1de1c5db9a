"""The Skala sheet: the scales in force (categories, efficiency, AKIP predikat, ranks) and the settings used.

Every label of the workbook (kategori, tingkat efisiensi, predikat) is a formula that looks up
these tables, so a reviewer who edits a threshold here sees every table follow; the ranges of
each scale are left in ``kt.rentang_skala`` for those formulas.
"""

from __future__ import annotations

from ...angka import fmt_angka_ringkas
from ...expr import ScaleRanges, urut_pita
from ...schema import PENGATURAN, SKALA_NAMA
from .konteks import Konteks
from .lembar import Angka, Lembar, Salin, Teks, a1_mutlak


def lembar_skala(kt: Konteks) -> Lembar:
    """The Skala sheet; records the cell ranges of each scale in ``kt.rentang_skala``."""
    lb = Lembar("Skala", "Skala Kategori, Efisiensi dan Predikat yang Berlaku")
    lb.lebar_kolom(5, 14, 14, 34, *((14, 14) if any(p.atas is not None for v in kt.h.skala.values() for p in v) else ()))
    lb.gabung_sel(0, 0, 0, 3, Teks(lb.judul), "judul")
    lb.gabung_sel(1, 0, 1, 3, Teks(
        "Setiap pita berlaku mulai dari Batas Bawah (termasuk batas itu bila Termasuk Batas = TRUE) sampai pita berikutnya; "
        "pita terendah juga berlaku untuk nilai di bawahnya. Kategori, tingkat efisiensi dan predikat pada workbook ini "
        "dihitung dengan rumus dari tabel ini: ubah batas atau label di sini dan semua tabel mengikuti. Urutan baris "
        "harus tetap dari batas terkecil." + (
            " Batas Atas (tertulis) hanya menyalin isian workbook: rumus memakai Batas Bawah, dan batas atas yang tidak "
            "bertemu dengan Batas Bawah pita berikutnya dicatat pada lembar Temuan."
            if any(p.atas is not None for v in kt.h.skala.values() for p in v) else "")), "catatan")
    nama_skala = {code: label for label, code in SKALA_NAMA}
    nama_skala.update({"efisiensi": "Efisiensi (metode rasio)", "efisiensi_selisih": "Efisiensi (metode selisih)",
                       "efisiensi_pmk249": "Efisiensi (metode PMK 249/2011)",
                       "efisiensi_penghematan": "Efisiensi (metode penghematan)",
                       "efisiensi_indeks": "Efisiensi (metode indeks rasio)",
                       "kategori_renstra": "Kategori capaian terhadap target akhir Renstra",
                       "kategori_standar": "Kategori capaian terhadap standar nasional"})
    r = 3
    for code, pita in kt.h.skala.items():
        bands = urut_pita(pita)
        if not bands:
            continue
        lb.gabung_sel(r, 0, r, 3, Teks(nama_skala.get(code, code.replace("_", " ").capitalize())), "bagian")
        r += 1
        # the upper bounds as the workbook states them (information: the lookup uses the lower bounds)
        atas = any(p.atas is not None for p in bands)
        for c, text in enumerate(("No", "Batas Bawah", "Termasuk Batas", "Label",
                                  *(("Batas Atas (tertulis)", "Termasuk Batas Atas") if atas else ()))):
            lb.tulis(r, c, Teks(text), "kepala")
        r += 1
        r0 = r
        for i, p in enumerate(bands, 1):
            lb.tulis(r, 0, Teks(str(i)), "tengah")
            lb.tulis(r, 1, Angka(p.batas), "angka2" if not float(p.batas).is_integer() else "angka")
            lb.tulis(r, 2, Angka(bool(p.inklusif)), "bool")
            lb.tulis(r, 3, Teks(p.label), "label")
            if atas:
                if p.atas is None:
                    lb.tulis(r, 4, Teks(""), "tengah")
                    lb.tulis(r, 5, Teks(""), "tengah")
                else:
                    lb.tulis(r, 4, Angka(p.atas), "angka2" if not float(p.atas).is_integer() else "angka")
                    lb.tulis(r, 5, Angka(bool(p.atas_inklusif)), "bool")
            r += 1
        kt.rentang_skala[code] = ScaleRanges(*(f"Skala!{a1_mutlak(r0, c)}:{a1_mutlak(r - 1, c)}" for c in (1, 2, 3)))
        r += 1
    # the settings used (information only: they shape the formulas themselves)
    p = kt.l.pengaturan
    lb.gabung_sel(r, 0, r, 3, Teks("Pengaturan perhitungan yang dipakai"), "bagian")
    r += 1
    lb.gabung_sel(r, 0, r, 3, Teks("Metode di bawah ini menentukan bentuk rumus; untuk mengubahnya, ubah lembar Pengaturan "
                                    "pada workbook isian lalu konversi ulang."), "catatan")
    r += 1
    for kol in PENGATURAN.kolom:
        v = getattr(p, kol.key, None)
        if isinstance(v, bool):
            text = "Ya" if v else "Tidak"
        elif v is None:
            text = "Tanpa batas" if kol.key == "batas_capaian" else "-"
        elif isinstance(v, float):
            text = fmt_angka_ringkas(v)
        else:
            text = kol.label_dari(str(v))
        lb.gabung_sel(r, 0, r, 2, Teks(kol.header), "teks")
        lb.tulis(r, 3, Salin(text, p.cells.get(kol.key)), "teks")
        r += 1
    return lb
