"""The tables of Bab II (Perencanaan Kinerja): the Renstra, its indicators, the Perjanjian Kinerja, the budget.

Each builder lays out one table into its sheet (``Lembar``) from the context ``kt``; which
builder serves which kind of table is said once, in ``buku.PENYUSUN``.
"""

from __future__ import annotations

from ...angka import fmt_angka_ringkas
from ...schema import normal
from .konteks import Konteks
from .lembar import Lembar, Nama, Salin, Teks
from ..katalog import Entri, nama_tingkat


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
    """Tabel 2.4: budget and realisation per program, the computed total and the total typed in the input.

    Where the workbook has kegiatan and sub kegiatan (or codes), every level: see ``anggaran_bertingkat``.
    """
    if len(kt.l.tingkat_anggaran()) > 1 or any(p.kode for p in kt.l.program):
        anggaran_bertingkat(kt, lb, t)
        return
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
    r = _jumlah_anggaran(kt, lb, r, 3, len(kolom))
    if kt.l.jumlah_anggaran_tertulis is not None:
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Baris Jumlah dihitung dari program-program di atas; baris tertulis "
                                                      "adalah angka yang diketik pada workbook isian, untuk dibandingkan."),
                      "catatan")


def anggaran_bertingkat(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel 2.4 with every level: kegiatan and sub kegiatan indented under their program, each line
    with its code and level; a program or kegiatan with lines under it is the SUM of those lines (programs
    in bold), with the subtotal the agency typed beside it where it typed one."""
    progs, hasil = kt.l.program, kt.h.program
    ket = any(p.keterangan for p in progs)
    tertulis = any(p.anggaran_tertulis is not None or p.realisasi_tertulis is not None for p in progs)
    kolom = [("Kode", None), (nama_tingkat(kt.l, "/"), None), ("Tingkat", None), ("Sasaran", None), ("Anggaran", None),
             ("Realisasi", None), ("Penyerapan (%)", None), ("Sumber Dana", None)]
    lebar = [19, 50, 12, 9, 20, 20, 12, 11]
    if ket:
        kolom.append(("Keterangan", None))
        lebar.append(22)
    if tertulis:
        kolom += [("Anggaran Tertulis", None), ("Realisasi Tertulis", None)]
        lebar += [20, 20]
    lb.lebar_kolom(*lebar)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    lb.saring = (r - 1, 0, r - 1 + len(progs), len(kolom) - 1)
    for i, (p, hp) in enumerate(zip(progs, hasil)):
        tebal = hp.induk is None
        lb.tulis(r, 0, kt.salin(p, "kode") if p.kode else Teks(""), tebal=tebal)
        lb.tulis(r, 1, kt.salin(p, "nama"), tebal=tebal, inden=len(kt.l.rantai(i)) - 1)
        lb.tulis(r, 2, Teks(p.tingkat.label), "tengah", tebal=tebal)
        lb.tulis(r, 3, kt.salin(p, "kode_sasaran") if p.kode_sasaran else Teks(""), "tengah", tebal=tebal)
        if hp.terbawah:
            lb.tulis(r, 4, kt.salin(p, "anggaran"), "rupiah", tebal=tebal)
            lb.tulis(r, 5, kt.salin(p, "realisasi"), "rupiah", tebal=tebal)
        else:
            lb.tulis(r, 4, Nama(hp.env_name("anggaran")), "rupiah", tebal=tebal)
            lb.tulis(r, 5, Nama(hp.env_name("realisasi")), "rupiah", tebal=tebal)
        lb.tulis(r, 6, Nama(hp.env_name("penyerapan")), "persen", tebal=tebal)
        lb.tulis(r, 7, kt.salin(p, "sumber_dana") if p.sumber_dana else Teks(""), "tengah", tebal=tebal)
        c = 8
        if ket:
            lb.tulis(r, c, kt.salin(p, "keterangan") if p.keterangan else Teks(""), tebal=tebal)
            c += 1
        if tertulis:
            for k, key in enumerate(("anggaran", "realisasi")):
                typed = getattr(p, f"{key}_tertulis")
                lb.tulis(r, c + k, Salin(typed, p.cells.get(key)) if typed is not None else Teks(""), "rupiah", tebal=tebal)
        r += 1
    kt.program_baris = [i for i, hp in enumerate(hasil) if hp.induk is None]
    r = _jumlah_anggaran(kt, lb, r, 4, len(kolom))
    catatan = ("Baris program dan kegiatan yang memiliki rincian adalah jumlah baris-baris di bawahnya; baris Jumlah adalah "
               "jumlah seluruh program.")
    if tertulis or kt.l.jumlah_anggaran_tertulis is not None:
        catatan += " Angka tertulis adalah angka yang diketik pada workbook isian, untuk dibandingkan."
    lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(catatan), "catatan")


def _jumlah_anggaran(kt: Konteks, lb: Lembar, r: int, c: int, n_kolom: int) -> int:
    """The total row of Tabel 2.4 in row ``r`` (anggaran in column ``c``, then realisasi and penyerapan), and the
    typed total row below it where the input has one; returns the next free row."""
    ha = kt.h.anggaran
    lb.gabung_sel(r, 0, r, c - 1, Teks("Jumlah"), "teks", tebal=True)
    lb.tulis(r, c, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
    lb.tulis(r, c + 1, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
    lb.tulis(r, c + 2, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
    lb.gabung_sel(r, c + 3, r, n_kolom - 1, Teks(""), "teks", tebal=True)
    jt = kt.l.jumlah_anggaran_tertulis
    r += 1
    if jt is None:
        return r
    lb.gabung_sel(r, 0, r, c - 1, Teks(f"{jt.label} (tertulis)"), "teks")
    kolom_jt = {"anggaran": c, "pagu": c, "pagu anggaran": c, "realisasi": c + 1, "realisasi anggaran": c + 1,
                "penyerapan": c + 2, "persentase": c + 2, "%": c + 2}
    for k in (c, c + 1, c + 2):
        lb.tulis(r, k, Teks(""), "teks")
    for key, v in jt.nilai.items():
        k = kolom_jt.get(normal(key))
        if k is not None:
            lb.tulis(r, k, Salin(v, jt.cells.get(key)), "persen" if k == c + 2 else "rupiah")
    lb.gabung_sel(r, c + 3, r, n_kolom - 1, Teks(""), "teks")
    return r + 1
