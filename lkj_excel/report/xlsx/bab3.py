"""The tables of Bab III (Akuntabilitas Kinerja).

The measurement; per sasaran its capaian, the explanation of formula indicators, its Eselon III
and supporting tables; the AKIP evaluation; capaian and budget per sasaran; the efficiency analysis.

Each builder lays out one table into its sheet (``Lembar``) from the context ``kt``; which
builder serves which kind of table is said once, in ``buku.PENYUSUN``.
"""

from __future__ import annotations

from ...angka import format_excel_nilai, fmt_angka_ringkas
from ...model import Polaritas, TingkatAnggaran
from ...rules import SKALA_EFISIENSI, sel_tahun
from ...schema import normal
from ...skala import skala_kategori, tampil_kategori
from .konteks import Konteks
from .lembar import Lembar, Nama, Salin, Teks
from ..katalog import Entri, nama_tingkat, pakai_rumus


def pengukuran(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Tabel 3.1: target, realisasi, capaian and kategori of every indicator in the report year."""
    kolom = [("No", None), ("Sasaran Strategis", None), ("Indikator Kinerja", None), ("Satuan", None),
             ("Target", None), ("Realisasi", None), ("Capaian (%)", None), ("Kategori", None)]
    lb.lebar_kolom(5, 32, 36, 10, 11, 11, 11, 14)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, s in enumerate(kt.l.sasaran, 1):
        k = max(len(s.indikator), 1)
        lb.gabung_sel(r, 0, r + k - 1, 0, Teks(str(n)), "tengah")
        lb.gabung_sel(r, 1, r + k - 1, 1, Teks(s.nama))
        for i, ind in enumerate(s.indikator):
            hi = kt.h.indikator_by_kode(ind.kode)
            rr = r + i
            lb.tulis(rr, 2, Teks(ind.nama))
            lb.tulis(rr, 3, Teks(ind.satuan), "tengah")
            for c, f in ((4, "target"), (5, "realisasi")):
                name = hi.ini.env_name(f)
                lb.tulis(rr, c, Nama(name), *kt.nama_gaya(name, ind.satuan))
            lb.tulis(rr, 6, Nama(hi.ini.env_name("capaian")), "persen")
            lb.tulis(rr, 7, Nama(hi.env_name("kategori")), "label")
            lb.warna.append((rr, 7, "kategori"))
        r += k


def capaian_sasaran(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """The capaian table of one sasaran: its indicators over the years and the sasaran's average.

    Below it, where the data has them: the comparison with earlier years, with the Renstra's
    final target and with the national standard.
    """
    s = next(x for x in kt.l.sasaran if x.kode == t.kode_sasaran)
    hs = kt.h.sasaran_by_kode(s.kode)
    kt.lembar_sasaran[s.kode] = lb.nama
    his = [kt.h.indikator_by_kode(i.kode) for i in s.indikator]
    years = sorted({ht.tahun for hi in his for ht in hi.riwayat})
    tahun = kt.tahun
    kolom = [("No", None), ("Indikator", None), ("Satuan", None)]
    for y in years:
        kolom += [(str(y), "Target"), (str(y), "Realisasi"), (str(y), "Capaian (%)")]
    kolom.append((f"Kategori {tahun}", None))
    lb.lebar_kolom(5, 36, 10, *([11] * (3 * len(years))), 14)
    r = kt.kop(lb, len(kolom))
    lb.gabung_sel(r - 1, 0, r - 1, len(kolom) - 1, Teks(f"Sasaran: {s.nama}"), "bagian")
    r = kt.kepala(lb, r, kolom)
    for n, (ind, hi) in enumerate(zip(s.indikator, his), 1):
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, Teks(ind.nama))
        lb.tulis(r, 2, Teks(ind.satuan), "tengah")
        for k, y in enumerate(years):
            c = 3 + 3 * k
            ht = hi.tahun(y)
            if ht is None:
                for j in range(3):
                    lb.tulis(r, c + j, Teks("-"), "tengah")
                continue
            row = kt.l.realisasi_of(ind.kode, y)
            # an earlier year's stated target is an input kept here; the report year's is the PK's
            if y != tahun and row is not None and row.target is not None:
                lb.tulis(r, c, kt.salin(row, "target"), *kt.gaya_nilai(ind.satuan, row.target, turunan=True))
            else:
                lb.tulis(r, c, Nama(ht.env_name("target")), *kt.nama_gaya(ht.env_name("target"), ind.satuan))
            if row is not None and not (row.realisasi_pembilang is not None and row.realisasi_penyebut is not None):
                lb.tulis(r, c + 1, kt.salin(row, "realisasi"), *kt.gaya_nilai(ind.satuan, row.realisasi, turunan=True))
            else:
                lb.tulis(r, c + 1, Nama(ht.env_name("realisasi")), *kt.nama_gaya(ht.env_name("realisasi"), ind.satuan))
            lb.tulis(r, c + 2, Nama(ht.env_name("capaian")), "persen")
        lb.tulis(r, 3 + 3 * len(years), Nama(hi.env_name("kategori")), "label")
        lb.warna.append((r, 3 + 3 * len(years), "kategori"))
        r += 1
    if len(his) > 1 and hs is not None:
        c_ini = 3 + 3 * (len(years) - 1) + 2
        lb.gabung_sel(r, 0, r, c_ini - 1, Teks("Capaian sasaran (rata-rata capaian indikator)"), "teks", tebal=True)
        lb.tulis(r, c_ini, Nama(hs.env_name("capaian")), "persen", tebal=True)
        lb.tulis(r, c_ini + 1, Nama(hs.env_name("kategori")), "label", tebal=True)
        lb.warna.append((r, c_ini + 1, "kategori"))
        r += 1

    banding = [(ind, hi, b) for ind, hi in zip(s.indikator, his) for b in hi.banding]
    if banding:
        r += 1
        lb.gabung_sel(r, 0, r, 10, Teks(f"Perbandingan realisasi dan capaian tahun {tahun} dengan tahun sebelumnya"), "bagian")
        r += 1
        r = kt.kepala(lb, r, [("No", None), ("Indikator", None), ("Tahun Pembanding", None),
                                ("Realisasi", "Tahun Pembanding"), ("Realisasi", str(tahun)), ("Realisasi", "Rasio (%)"),
                                ("Realisasi", "Selisih"), ("Capaian (%)", "Tahun Pembanding"), ("Capaian (%)", str(tahun)),
                                ("Capaian (%)", "Rasio (%)"), ("Capaian (%)", "Selisih (poin)")], utama=False)
        lb.lebar_kolom(*([11] * 8), mulai=3)
        for n, (ind, hi, b) in enumerate(banding, 1):
            lalu = hi.tahun(b.tahun)
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(ind.nama))
            lb.tulis(r, 2, Teks(str(b.tahun)), "tengah")
            for c, name in ((3, lalu.env_name("realisasi")), (4, hi.ini.env_name("realisasi"))):
                lb.tulis(r, c, Nama(name), *kt.nama_gaya(name, ind.satuan))
            lb.tulis(r, 5, Nama(b.env_name("realisasi_rasio")), "persen")
            lb.tulis(r, 6, Nama(b.env_name("realisasi_selisih")), "poin")
            lb.tulis(r, 7, Nama(lalu.env_name("capaian")), "persen")
            lb.tulis(r, 8, Nama(hi.ini.env_name("capaian")), "persen")
            lb.tulis(r, 9, Nama(b.env_name("capaian_rasio")), "persen")
            lb.tulis(r, 10, Nama(b.env_name("capaian_selisih")), "poin")
            r += 1
        catatan = (f"Rasio = nilai tahun {tahun} dibagi nilai tahun pembanding × 100; selisih = nilai tahun {tahun} "
                   "dikurangi nilai tahun pembanding.")
        if any(hi.polaritas is Polaritas.PREDIKAT for _, hi, _ in banding):
            catatan += (" Untuk indikator predikat, realisasi dibandingkan menurut peringkat predikat (D = 1 sampai "
                        "dengan AA = 7) pada lembar Skala.")
        lb.gabung_sel(r, 0, r, 10, Teks(catatan), "catatan")
        r += 1

    renstra = [(ind, hi, hi.renstra) for ind, hi in zip(s.indikator, his) if hi.renstra is not None]
    if renstra:
        r += 1
        awal, akhir = kt.l.identitas.renstra_awal, kt.l.identitas.renstra_akhir
        lb.gabung_sel(r, 0, r, 10, Teks(f"Perbandingan realisasi {tahun} dengan target akhir Renstra {awal}–{akhir}"), "bagian")
        r += 1
        kat = tampil_kategori(kt.l.pengaturan, "renstra")
        r = kt.kepala(lb, r, [("No", None), ("Indikator Renstra", None), ("Satuan", None), ("Target Akhir", None),
                                (f"Realisasi {tahun}", None), ("Capaian terhadap Target Akhir (%)", None),
                                ("Sisa menuju Target Akhir", None), *([("Kategori", None)] if kat else [])], utama=False)
        for n, (ind, hi, br) in enumerate(renstra, 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(f"{br.nama} (untuk indikator {ind.nama})"))
            lb.tulis(r, 2, Teks(br.satuan), "tengah")
            rs = kt.l.renstra_by_kode(br.kode_renstra)
            if br.basis is None:
                lb.tulis(r, 3, Salin(br.target_akhir, rs.cells.get("target_akhir") if rs else None),
                         *kt.gaya_nilai(br.satuan, br.target_akhir))
                lb.gabung_sel(r, 4, r, 6, Teks("Tidak dibandingkan: satuan indikator berbeda dengan satuan Renstra."), "catatan")
            else:
                lb.tulis(r, 3, Salin(br.target_akhir, rs.cells.get("target_akhir") if rs else None),
                         *kt.gaya_nilai(br.satuan, br.target_akhir))
                lb.tulis(r, 4, Nama(br.env_name("nilai")), *kt.nama_gaya(br.env_name("nilai"), br.satuan))
                lb.tulis(r, 5, Nama(br.env_name("persen")), "persen")
                lb.tulis(r, 6, Nama(br.env_name("sisa")), *kt.nama_gaya(br.env_name("sisa"), br.satuan))
                if kat:
                    lb.tulis(r, 7, Nama(br.env_name("kategori")), "label")
                    lb.warna.append((r, 7, skala_kategori(kt.l.pengaturan, "renstra")))
            r += 1

    standar = [(ind, hi, hi.standar) for ind, hi in zip(s.indikator, his) if hi.standar is not None]
    if standar:
        r += 1
        lb.gabung_sel(r, 0, r, 10, Teks(f"Perbandingan realisasi {tahun} dengan standar nasional"), "bagian")
        r += 1
        kat = tampil_kategori(kt.l.pengaturan, "standar")
        r = kt.kepala(lb, r, [("No", None), ("Indikator", None), ("Satuan", None), ("Standar Nasional", None),
                                (f"Realisasi {tahun}", None), ("Capaian terhadap Standar (%)", None),
                                ("Selisih terhadap Standar", None), *([("Kategori", None)] if kat else [])], utama=False)
        for n, (ind, hi, bs) in enumerate(standar, 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(ind.nama))
            lb.tulis(r, 2, Teks(ind.satuan), "tengah")
            lb.tulis(r, 3, kt.salin(ind, "standar_nasional"), *kt.gaya_nilai(ind.satuan, ind.standar_nasional))
            name = hi.ini.env_name("realisasi")
            lb.tulis(r, 4, Nama(name), *kt.nama_gaya(name, ind.satuan))
            lb.tulis(r, 5, Nama(bs.env_name("persen")), "persen")
            lb.tulis(r, 6, Nama(bs.env_name("selisih")), "poin")
            if kat:
                lb.tulis(r, 7, Nama(bs.env_name("kategori")), "label")
                lb.warna.append((r, 7, skala_kategori(kt.l.pengaturan, "standar")))
            r += 1


def penjelasan_sasaran(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """How the formula indicators of one sasaran are computed: numerator, denominator and result per year."""
    s = next(x for x in kt.l.sasaran if x.kode == t.kode_sasaran)
    inds = [i for i in s.indikator if pakai_rumus(kt.l, i)]
    his = [kt.h.indikator_by_kode(i.kode) for i in inds]
    years = sorted({ht.tahun for hi in his for ht in hi.riwayat})
    kolom = [("No", None), ("Indikator", None), ("Komponen", None), ("Satuan", None)]
    for y in years:
        kolom += [(str(y), "Target"), (str(y), "Realisasi")]
    lb.lebar_kolom(5, 30, 34, 9, *([12] * (2 * len(years))))
    r = kt.kop(lb, len(kolom))
    lb.gabung_sel(r - 1, 0, r - 1, len(kolom) - 1, Teks(f"Sasaran: {s.nama}"), "bagian")
    r = kt.kepala(lb, r, kolom)
    for n, (ind, hi) in enumerate(zip(inds, his), 1):
        f = ind.formula
        faktor = fmt_angka_ringkas(f.faktor if f else 100)
        lb.gabung_sel(r, 0, r + 2, 0, Teks(str(n)), "tengah")
        lb.gabung_sel(r, 1, r + 2, 1, Teks(ind.nama))
        lb.tulis(r, 2, Teks(f"Pembilang: {f.label_pembilang}" if f else "Pembilang"))
        lb.tulis(r + 1, 2, Teks(f"Penyebut: {f.label_penyebut}" if f else "Penyebut"))
        lb.tulis(r + 2, 2, Teks(f"{ind.nama} = pembilang ÷ penyebut × {faktor}"), "teks", tebal=True)
        lb.tulis(r, 3, Teks(f.satuan_pembilang if f else ""), "tengah")
        lb.tulis(r + 1, 3, Teks(f.satuan_penyebut if f else ""), "tengah")
        lb.tulis(r + 2, 3, Teks(ind.satuan), "tengah", tebal=True)
        for k, y in enumerate(years):
            c = 4 + 2 * k
            row = kt.l.realisasi_of(ind.kode, y)
            src = ind if y == kt.tahun else row
            for dr, key in ((0, "target_pembilang"), (1, "target_penyebut")):
                v = getattr(src, key) if src is not None else None
                lb.tulis(r + dr, c, Salin(v, src.cells.get(key) if src is not None else None), *kt.gaya_nilai(None, v))
            for dr, key in ((0, "realisasi_pembilang"), (1, "realisasi_penyebut")):
                v = getattr(row, key) if row is not None else None
                lb.tulis(r + dr, c + 1, Salin(v, row.cells.get(key) if row is not None else None), *kt.gaya_nilai(None, v))
            ht = hi.tahun(y)
            for dc, key in ((0, "target"), (1, "realisasi")):
                if ht is None:
                    lb.tulis(r + 2, c + dc, Teks("-"), "tengah", tebal=True)
                else:
                    name = ht.env_name(key)
                    lb.tulis(r + 2, c + dc, Nama(name), *kt.nama_gaya(name, ind.satuan), tebal=True)
        r += 3


def operasional(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """The Perjanjian Kinerja Eselon III/IV of one sasaran (or of none): operational objectives grouped as typed.

    Where an indicator has its counts, they are copied from the input workbook and its realisasi
    (of either year) is the formula over them; the target is the signed one, its counts beside it.
    """
    ops = [(kt.l.operasional[i], kt.h.operasional[i]) for i in t.indeks]
    tahun = kt.tahun

    def ada(*keys: str) -> bool:
        return any(getattr(o, k) is not None for o, _ in ops for k in keys)

    unit = any(o.unit for o, _ in ops)
    eselon = len({o.eselon for o, _ in ops}) > 1
    tertulis = ada("capaian_tertulis")
    bagian_lalu = [("realisasi_lalu_pembilang", "Pembilang"), ("realisasi_lalu_penyebut", "Penyebut")] if ada(
        "realisasi_lalu_pembilang", "realisasi_lalu_penyebut") else []
    bagian_target = [("target_pembilang", "Pembilang Target"), ("target_penyebut", "Penyebut Target")] if ada(
        "target_pembilang", "target_penyebut") else []
    bagian_ini = [("realisasi_pembilang", "Pembilang Realisasi"), ("realisasi_penyebut", "Penyebut Realisasi")] if ada(
        "realisasi_pembilang", "realisasi_penyebut") else []
    kolom = [("No", None), ("Sasaran Operasional", None)]
    lebar = [5, 28]
    if unit:
        kolom.append(("Unit Kerja", None))
        lebar.append(16)
    if eselon:
        kolom.append(("Eselon", None))
        lebar.append(7)
    kolom += [("Indikator Sasaran Operasional", None), ("Satuan", None)]
    lebar += [30, 8]
    kolom += [(str(tahun - 1), sub) for _, sub in bagian_lalu] + [(str(tahun - 1), "Realisasi"), (str(tahun), "Target")]
    kolom += [(str(tahun), sub) for _, sub in bagian_target + bagian_ini]
    lebar += [12] * len(bagian_lalu) + [10, 10] + [12] * len(bagian_target + bagian_ini)
    kolom += [(str(tahun), "Realisasi"), (str(tahun), "Capaian (%)"), ("Kategori", None)]
    lebar += [10, 10, 13]
    if tertulis:
        kolom.append(("Capaian Tertulis (%)", None))
        lebar.append(10)
    lb.lebar_kolom(*lebar)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    i, n = 0, 0
    while i < len(ops):
        j = i
        sig = (normal(ops[i][0].sasaran_operasional), normal(ops[i][0].unit or ""))
        while j + 1 < len(ops) and (normal(ops[j + 1][0].sasaran_operasional), normal(ops[j + 1][0].unit or "")) == sig:
            j += 1
        n += 1
        first = ops[i][0]
        lb.gabung_sel(r + i, 0, r + j, 0, Teks(str(n)), "tengah")
        lb.gabung_sel(r + i, 1, r + j, 1, kt.salin(first, "sasaran_operasional",
                                                      alias=[ops[k][0].cells.get("sasaran_operasional") for k in range(i + 1, j + 1)]))
        if unit:
            lb.gabung_sel(r + i, 2, r + j, 2, kt.salin(first, "unit", alias=[ops[k][0].cells.get("unit") for k in range(i + 1, j + 1)]))
        i = j + 1
    for k, (o, ho) in enumerate(ops):
        rr = r + k
        c = 2 + unit
        if eselon:
            lb.tulis(rr, c, kt.salin(o, "eselon"), "tengah")
            c += 1
        lb.tulis(rr, c, kt.salin(o, "nama"))
        lb.tulis(rr, c + 1, kt.salin(o, "satuan"), "tengah")
        c += 2
        c = _hitungan(kt, lb, rr, c, o, bagian_lalu)
        lalu = ho.tahun(tahun - 1)
        _realisasi_operasional(kt, lb, rr, c, o, lalu, "realisasi_lalu_pembilang", "realisasi_lalu_penyebut", "realisasi_lalu")
        lb.tulis(rr, c + 1, kt.salin(o, "target"), *kt.gaya_nilai(o.satuan, o.target))
        c = _hitungan(kt, lb, rr, c + 2, o, bagian_target + bagian_ini)
        _realisasi_operasional(kt, lb, rr, c, o, ho.ini, "realisasi_pembilang", "realisasi_penyebut", "realisasi")
        lb.tulis(rr, c + 1, Nama(ho.ini.env_name("capaian")), "persen")
        lb.tulis(rr, c + 2, Nama(ho.env_name("kategori")), "label")
        lb.warna.append((rr, c + 2, "kategori"))
        if tertulis:
            lb.tulis(rr, c + 3, kt.salin(o, "capaian_tertulis"), "persen")


def _hitungan(kt: Konteks, lb: Lembar, r: int, c: int, o, bagian: list[tuple[str, str]]) -> int:
    """Copies of an operational indicator's counts (``bagian``: their fields) from column ``c``; the next free column."""
    satuan = {"pembilang": o.formula.satuan_pembilang, "penyebut": o.formula.satuan_penyebut} if o.formula else {}
    for key, _ in bagian:
        v = getattr(o, key)
        unit = satuan.get(key.rsplit("_", 1)[-1])
        num = format_excel_nilai(v, unit, kt.nd) if unit and v is not None else None
        lb.tulis(r, c, kt.salin(o, key), kt.gaya_nilai(None, v)[0], num=num)
        c += 1
    return c


def _realisasi_operasional(kt: Konteks, lb: Lembar, r: int, c: int, o, ht, pembilang: str, penyebut: str, nilai: str) -> None:
    """One year's realisasi of an operational indicator: the formula over its counts where it has them, else the copy."""
    if ht is not None and getattr(o, pembilang) is not None and getattr(o, penyebut) is not None:
        name = ht.env_name("realisasi")
        lb.tulis(r, c, Nama(name), *kt.nama_gaya(name, o.satuan))
    else:
        lb.tulis(r, c, kt.salin(o, nilai), *kt.gaya_nilai(o.satuan, getattr(o, nilai), turunan=True))


def pendukung(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """A supporting table as typed on its Data sheet, with computed totals next to the typed ones."""
    tabel = kt.l.pendukung[t.indeks[0]]
    hp = next((x for x in kt.h.pendukung if x.lembar == tabel.lembar), None)
    kt.lembar_pendukung[tabel.lembar] = lb.nama
    kolom = tabel.kolom
    if not kolom:
        lb.lebar_kolom(60)
        kt.kop(lb, 1)
        lb.tulis(3, 0, Teks("Tabel ini tidak memiliki kolom pada workbook isian."), "catatan")
        return
    lebar = []
    for j, k in enumerate(kolom):
        if normal(k.judul) in ("no", "nomor"):
            lebar.append(5)
        elif k.numerik:
            lebar.append(max(12, min(18, len(k.judul) * 0.6 + 2)))
        else:
            longest = max([len(str(b[j])) for b in tabel.baris if j < len(b) and b[j] is not None] + [len(k.judul)])
            lebar.append(max(10, min(40, longest + 2)))
    lb.lebar_kolom(*lebar)
    r = kt.kop(lb, len(kolom))
    if tabel.pengantar:
        lb.gabung_sel(2, 0, 2, len(kolom) - 1, kt.salin(tabel, "pengantar"), "catatan")
        r = 4
    r = kt.kepala(lb, r, [(k.judul, None) for k in kolom])
    tengah = [normal(k.judul) in ("no", "nomor") or all(len(str(b[j])) <= 8 for b in tabel.baris if j < len(b) and b[j] is not None)
              for j, k in enumerate(kolom)]
    for i, baris in enumerate(tabel.baris):
        for j, k in enumerate(kolom):
            v = baris[j] if j < len(baris) else None
            sel = tabel.sel[i][j] if i < len(tabel.sel) and j < len(tabel.sel[i]) else None
            if isinstance(v, (int, float)):
                gaya = "angka" if float(v).is_integer() else "angka2"
            else:
                gaya = "tengah" if tengah[j] else "teks"
            lb.tulis(r, j, Salin(v, sel), gaya)
        r += 1
    lead = next((j for j, k in enumerate(kolom) if k.numerik), len(kolom))
    if hp is not None and hp.jumlah:
        if lead > 0:
            lb.gabung_sel(r, 0, r, lead - 1, Teks("Jumlah (hasil perhitungan)"), "teks", tebal=True)
        for j, k in enumerate(kolom[lead:], lead):
            if k.numerik and k.huruf in hp.jumlah:
                name = hp.env_name(f"jumlah_{k.huruf}")
                v = kt.nilai(name)
                lb.tulis(r, j, Nama(name), "angka" if v is None or float(v).is_integer() else "angka2", tebal=True)
            else:
                lb.tulis(r, j, Teks(""), "teks", tebal=True)
        r += 1
    jt = tabel.jumlah_tertulis
    if jt is not None:
        if lead > 0:
            lb.gabung_sel(r, 0, r, lead - 1, Teks(f"{jt.label} (tertulis)"), "teks")
        for j in range(lead, len(kolom)):
            lb.tulis(r, j, Teks(""), "teks")
        for key, v in jt.nilai.items():
            j = next((j for j, k in enumerate(kolom) if k.huruf.upper() == str(key).upper() or normal(k.judul) == normal(key)), None)
            if j is not None:
                lb.tulis(r, j, Salin(v, jt.cells.get(key)), "angka" if v is None or float(v).is_integer() else "angka2")
        r += 1
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Baris Jumlah dihitung dari baris-baris tabel; baris tertulis adalah "
                                                      "angka yang diketik pada workbook isian, untuk dibandingkan."), "catatan")


def akip(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """The AKIP evaluation: component scores per year, the computed total and predikat, and the typed ones."""
    ev = kt.l.akip
    years = ev.tahun
    kolom = [("No", None), ("Komponen Manajemen Kinerja", None), ("Bobot Maksimum", None)]
    kolom += [("Tahun Evaluasi", str(y)) for y in years]
    lb.lebar_kolom(5, 42, 10, *([11] * len(years)))
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, k in enumerate(ev.komponen, 1):
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, kt.salin(k, "nama"))
        lb.tulis(r, 2, kt.salin(k, "bobot"), "angka2" if k.bobot is not None and not float(k.bobot).is_integer() else "angka")
        for j, y in enumerate(years):
            lb.tulis(r, 3 + j, Salin(k.nilai.get(y), sel_tahun(k.cells, "nilai", y)), "skor")
        r += 1
    for label, field_, gaya in (("Jumlah Nilai", "jumlah", "skor"), ("Predikat", "predikat", "label")):
        lb.gabung_sel(r, 0, r, 2, Teks(label), "teks", tebal=True)
        for j, y in enumerate(years):
            ha = kt.h.akip_tahun(y)
            lb.tulis(r, 3 + j, Nama(ha.env_name(field_)), gaya, tebal=True)
        r += 1
    if ev.jumlah_tertulis or ev.predikat_tertulis:
        for label, values, keys, gaya in (("Jumlah Nilai (tertulis)", ev.jumlah_tertulis, ("jumlah", "jumlah_tertulis"), "skor"),
                                          ("Predikat (tertulis)", ev.predikat_tertulis, ("predikat", "predikat_tertulis"), "label")):
            lb.gabung_sel(r, 0, r, 2, Teks(label), "teks")
            for j, y in enumerate(years):
                lb.tulis(r, 3 + j, Salin(values.get(y), sel_tahun(ev.cells, keys, y)), gaya)
            r += 1
    lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Jumlah nilai dan predikat dihitung dari nilai komponen menurut skala "
                                                 "Predikat AKIP pada lembar Skala."), "catatan")


def baris_sasaran(lb: Lembar, r: int, n: int, s, hs) -> None:
    """Columns A-G of a sasaran's row: number, name, capaian, kategori, anggaran, realisasi, penyerapan."""
    lb.tulis(r, 0, Teks(str(n)), "tengah")
    lb.tulis(r, 1, Teks(s.nama))
    lb.tulis(r, 2, Nama(hs.env_name("capaian")), "persen")
    lb.tulis(r, 3, Nama(hs.env_name("kategori")), "label")
    lb.warna.append((r, 3, "kategori"))
    lb.tulis(r, 4, Nama(hs.env_name("anggaran")), "rupiah")
    lb.tulis(r, 5, Nama(hs.env_name("realisasi_anggaran")), "rupiah")
    lb.tulis(r, 6, Nama(hs.env_name("penyerapan")), "persen")


def anggaran_sasaran(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Capaian and budget per sasaran, and below them the figures per sasaran typed in the input."""
    kolom = [("No", None), ("Sasaran Strategis", None), ("Rata-rata Capaian (%)", None), ("Kategori", None),
             ("Anggaran", "Pagu"), ("Anggaran", "Realisasi"), ("Anggaran", "Penyerapan (%)")]
    lb.lebar_kolom(5, 36, 11, 14, 19, 19, 11)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, (s, hs) in enumerate(zip(kt.l.sasaran, kt.h.sasaran), 1):
        baris_sasaran(lb, r, n, s, hs)
        r += 1
    ha = kt.h.anggaran
    lb.gabung_sel(r, 0, r, 3, Teks("Jumlah seluruh program"), "teks", tebal=True)
    lb.tulis(r, 4, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
    lb.tulis(r, 5, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
    lb.tulis(r, 6, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
    r += 1
    pendukung = TingkatAnggaran.rangkai((hp.tingkat for hp in kt.h.program if hp.tautan), " atau ", "program")
    lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(
        f"Capaian sasaran adalah rata-rata capaian indikatornya; anggaran sasaran adalah jumlah anggaran {pendukung} yang "
        f"mendukungnya (tabel realisasi anggaran per {nama_tingkat(kt.l).lower()})."), "catatan")
    tertulis = {a.kode_sasaran: a for a in kt.l.angka_tertulis}
    if not tertulis:
        return
    r += 2
    lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Angka per sasaran yang tertulis pada workbook isian (pembanding)"), "bagian")
    r = kt.kepala(lb, r + 1, [("No", None), ("Sasaran Strategis", None), ("Capaian Tertulis (%)", None),
                                ("Tingkat Efisiensi Tertulis", None), ("Anggaran Tertulis", None),
                                ("Realisasi Tertulis", None), ("Penyerapan Tertulis (%)", None)], utama=False)
    for n, s in enumerate(kt.l.sasaran, 1):
        a = tertulis.get(s.kode)
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, Teks(s.nama))
        for c, key, gaya in ((2, "capaian", "persen"), (3, "efisiensi", "label"), (4, "anggaran", "rupiah"),
                             (5, "realisasi_anggaran", "rupiah"), (6, "penyerapan", "persen")):
            lb.tulis(r, c, kt.salin(a, key) if a is not None else Teks(""), gaya)
        r += 1
    lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(
        "Angka tertulis tidak dipakai dalam perhitungan; perbedaannya dengan hasil perhitungan dicatat pada lembar Temuan."),
        "catatan")


def efisiensi(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """The efficiency analysis per sasaran, by the method of the settings."""
    metode = kt.h.metode_efisiensi
    skala = SKALA_EFISIENSI[metode]
    judul_nilai = {"rasio": "Indeks Efisiensi", "selisih": "Selisih Capaian dan Penyerapan (poin)",
                   "pmk249": "Nilai Efisiensi (PMK 249/2011)", "penghematan": "Penghematan Anggaran (%)",
                   "indeks": "Indeks Efisiensi (IE)"}[metode]
    tertulis = {a.kode_sasaran: a for a in kt.l.angka_tertulis if a.efisiensi}
    indeks = metode == "indeks"  # the ratio index: TE = IE − 1 beside IE (§9)
    kolom = [("No", None), ("Sasaran Strategis", None), ("Capaian Kinerja (%)", None), ("Penyerapan Anggaran (%)", None),
             (judul_nilai, None), *([("TE = IE − 1", None)] if indeks else []), ("Tingkat Efisiensi", None)]
    lebar = [5, 40, 12, 12, 13, *([11] if indeks else []), 16]
    c_label = 6 if indeks else 5
    if tertulis:
        kolom.append(("Tingkat Efisiensi Tertulis", None))
        lebar.append(16)
    lb.lebar_kolom(*lebar)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    for n, (s, hs) in enumerate(zip(kt.l.sasaran, kt.h.sasaran), 1):
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, Teks(s.nama))
        lb.tulis(r, 2, Nama(hs.env_name("capaian")), "persen")
        lb.tulis(r, 3, Nama(hs.env_name("penyerapan")), "persen")
        lb.tulis(r, 4, Nama(hs.env_name(f"efisiensi_{metode}")), {"selisih": "poin", "indeks": "indeks"}.get(metode, "skor"))
        if indeks:
            lb.tulis(r, 5, Nama(hs.env_name("te_indeks")), "indeks")
        lb.tulis(r, c_label, Nama(hs.env_name(f"label_efisiensi_{metode}")), "label")
        lb.warna.append((r, c_label, skala))
        if tertulis:
            a = tertulis.get(s.kode)
            lb.tulis(r, c_label + 1, kt.salin(a, "efisiensi") if a is not None else Teks(""), "label")
        r += 1
    r += 1
    lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(kt.h.keterangan_efisiensi), "catatan")
