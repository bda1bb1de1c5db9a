"""The tables of Bab II (Perencanaan Kinerja): the Renstra, its indicators, the Perjanjian Kinerja, the budget.

Each builder lays out one table into its sheet (``Lembar``) from the context ``kt``; which
builder serves which kind of table is said once, in ``buku.PENYUSUN``.
"""

from __future__ import annotations

from ...angka import fmt_angka_ringkas
from ...schema import normal
from .konteks import Konteks
from .lembar import Lembar, Nama, Salin, Teks
from ..katalog import Entri


def renstra(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel 2.1: tujuan, sasaran, strategi and arah kebijakan of the Renstra, repeated levels merged."""
    lb.lebar_kolom(26, 28, 30, 62)
    r = kt.kepala(lb, kt.kop(lb, 4), [("Tujuan", None), ("Sasaran", None), ("Strategi", None), ("Arah Kebijakan", None)])
    rows = kt.l.renstra
    keys = ("tujuan", "sasaran", "strategi")
    for level, key in enumerate(keys):
        i = 0
        while i < len(rows):
            j = i
            sig = tuple(normal(getattr(rows[i], k)) for k in keys[: level + 1])
            while j + 1 < len(rows) and tuple(normal(getattr(rows[j + 1], k)) for k in keys[: level + 1]) == sig:
                j += 1
            alias = [rows[k].cells.get(key) for k in range(i + 1, j + 1)]
            lb.gabung_sel(r + i, level, r + j, level, kt.salin(rows[i], key, alias=alias))
            i = j + 1
    for i, row in enumerate(rows):
        lb.tulis(r + i, 3, kt.salin(row, "arah_kebijakan"))


def indikator_renstra(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel 2.2: the Renstra's indicators, their initial condition, yearly targets and final target."""
    rows = kt.l.indikator_renstra
    years = sorted({y for x in rows for y in x.target_tahunan})
    awal = kt.l.identitas.renstra_awal
    akhir = kt.l.identitas.renstra_akhir
    kolom = [("Tujuan", None), ("Sasaran", None), ("Indikator", None), ("Satuan", None),
             (f"Kondisi Awal ({awal - 1})", None)]
    kolom += [("Target Tiap Tahun", str(y)) for y in years]
    kolom += [(f"Kondisi Akhir Periode ({akhir})", None)]
    lb.lebar_kolom(22, 24, 32, 9, 10, *([9] * len(years)), 11)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for level, keys in enumerate((("tujuan",), ("tujuan", "sasaran"))):
        i = 0
        while i < len(rows):
            j = i
            sig = tuple(normal(getattr(rows[i], k) or "") for k in keys)
            while j + 1 < len(rows) and tuple(normal(getattr(rows[j + 1], k) or "") for k in keys) == sig:
                j += 1
            key = keys[-1]
            alias = [rows[k].cells.get(key) for k in range(i + 1, j + 1)]
            lb.gabung_sel(r + i, level, r + j, level, kt.salin(rows[i], key, alias=alias))
            i = j + 1
    for i, x in enumerate(rows):
        rr = r + i
        lb.tulis(rr, 2, kt.salin(x, "nama"))
        lb.tulis(rr, 3, kt.salin(x, "satuan"), "tengah")
        lb.tulis(rr, 4, kt.salin(x, "kondisi_awal"), *kt.gaya_nilai(x.satuan, x.kondisi_awal))
        for k, y in enumerate(years):
            v = x.target_tahunan.get(y)
            lb.tulis(rr, 5 + k, Salin(v, x.cells.get(f"target_tahunan_{y}")), *kt.gaya_nilai(x.satuan, v))
        lb.tulis(rr, 5 + len(years), kt.salin(x, "target_akhir"), *kt.gaya_nilai(x.satuan, x.target_akhir))


def pk(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel 2.3: the Perjanjian Kinerja, per sasaran its indicators and targets (range, weight, formula where used)."""
    inds = kt.l.indikator
    rentang = any(i.target_atas is not None for i in inds)
    bobot = kt.l.pengaturan.pakai_bobot
    rumus = any(i.formula is not None for i in inds)
    kolom = [("No", None), ("Sasaran Strategis", None), ("Indikator Kinerja", None), ("Satuan", None), ("Target", None)]
    lebar = [5, 34, 36, 10, 11]
    if rentang:
        kolom.append(("Batas Atas Target", None))
        lebar.append(11)
    if bobot:
        kolom.append(("Bobot", None))
        lebar.append(8)
    if rumus:
        kolom.append(("Rumus Indikator", None))
        lebar.append(34)
    lb.lebar_kolom(*lebar)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, s in enumerate(kt.l.sasaran, 1):
        k = max(len(s.indikator), 1)
        lb.gabung_sel(r, 0, r + k - 1, 0, Teks(str(n)), "tengah")
        lb.gabung_sel(r, 1, r + k - 1, 1, kt.salin(s, "nama"))
        for i, ind in enumerate(s.indikator):
            rr = r + i
            hi = kt.h.indikator_by_kode(ind.kode)
            lb.tulis(rr, 2, kt.salin(ind, "nama"))
            lb.tulis(rr, 3, kt.salin(ind, "satuan"), "tengah")
            if ind.target is None and hi is not None:
                name = hi.ini.env_name("target")
                lb.tulis(rr, 4, Nama(name), *kt.nama_gaya(name, ind.satuan))
            else:
                lb.tulis(rr, 4, kt.salin(ind, "target"), *kt.gaya_nilai(ind.satuan, ind.target))
            c = 5
            if rentang:
                lb.tulis(rr, c, kt.salin(ind, "target_atas"), *kt.gaya_nilai(ind.satuan, ind.target_atas))
                c += 1
            if bobot:
                lb.tulis(rr, c, kt.salin(ind, "bobot"), "angka2" if ind.bobot and not float(ind.bobot).is_integer() else "angka")
                c += 1
            if rumus:
                f = ind.formula
                text = (f"{f.label_pembilang} ({f.satuan_pembilang}) ÷ {f.label_penyebut} ({f.satuan_penyebut}) × "
                        f"{fmt_angka_ringkas(f.faktor)}") if f else "-"
                lb.tulis(rr, c, Teks(text))
        r += k


def anggaran(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel 2.4: budget and realisation per program, the computed total and the total typed in the input."""
    progs = kt.l.program
    ket = any(p.keterangan for p in progs)
    kolom = [("No", None), ("Program", None), ("Sasaran", None), ("Anggaran", None), ("Realisasi", None),
             ("Penyerapan (%)", None), ("Sumber Dana", None)]
    lebar = [5, 46, 9, 20, 20, 12, 11]
    if ket:
        kolom.append(("Keterangan", None))
        lebar.append(22)
    lb.lebar_kolom(*lebar)
    r0 = r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, (p, hp) in enumerate(zip(progs, kt.h.program), 1):
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, kt.salin(p, "nama"))
        lb.tulis(r, 2, kt.salin(p, "kode_sasaran"), "tengah")
        lb.tulis(r, 3, kt.salin(p, "anggaran"), "rupiah")
        lb.tulis(r, 4, kt.salin(p, "realisasi"), "rupiah")
        lb.tulis(r, 5, Nama(hp.env_name("penyerapan")), "persen")
        lb.tulis(r, 6, kt.salin(p, "sumber_dana"), "tengah")
        if ket:
            lb.tulis(r, 7, kt.salin(p, "keterangan"))
        r += 1
    kt.program_di = (lb.nama, r0, r - 1, 1, 3, 4)
    ha = kt.h.anggaran
    lb.gabung_sel(r, 0, r, 2, Teks("Jumlah"), "teks", tebal=True)
    lb.tulis(r, 3, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
    lb.tulis(r, 4, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
    lb.tulis(r, 5, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
    lb.gabung_sel(r, 6, r, len(kolom) - 1, Teks(""), "teks", tebal=True)
    jt = kt.l.jumlah_anggaran_tertulis
    if jt is not None:
        r += 1
        lb.gabung_sel(r, 0, r, 2, Teks(f"{jt.label} (tertulis)"), "teks")
        kolom_jt = {"anggaran": 3, "pagu": 3, "pagu anggaran": 3, "realisasi": 4, "realisasi anggaran": 4,
                    "penyerapan": 5, "persentase": 5, "%": 5}
        for c in (3, 4, 5):
            lb.tulis(r, c, Teks(""), "teks")
        for key, v in jt.nilai.items():
            c = kolom_jt.get(normal(key))
            if c is not None:
                lb.tulis(r, c, Salin(v, jt.cells.get(key)), "persen" if c == 5 else "rupiah")
        lb.gabung_sel(r, 6, r, len(kolom) - 1, Teks(""), "teks")
        r += 1
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Baris Jumlah dihitung dari program-program di atas; baris tertulis "
                                                      "adalah angka yang diketik pada workbook isian, untuk dibandingkan."),
                      "catatan")
