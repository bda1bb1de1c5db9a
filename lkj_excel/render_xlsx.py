"""The output workbook of one converted LKjIP, and the error report of one that was not.

``render_workbook(lkjip, hasil, temuan, path)`` writes, with xlsxwriter:

* **Ringkasan**: the agency, the year, per sasaran its capaian, kategori, budget, penyerapan and
  efficiency, the total budget, the latest AKIP predikat, the number of findings, and two native
  charts (capaian per indicator against a 100% line; anggaran and realisasi per program);
* one sheet per table of the report, in report order (``daftar_tabel``), titled with its caption;
* **Temuan**: every reader warning and audit finding, each linked to its cell in this workbook;
* **Skala**: the scales in force (categories, efficiency, AKIP predikat, predikat ranks) and the
  settings used.

How a figure reaches a cell
    Every input figure is copied once, as a value, into the table where the report shows it: its
    *home*. Every derived figure is an Excel formula made by its rule's ``expr`` (``rules.py``)
    over the homes of its inputs, written together with its Python value (xlsxwriter's
    ``value=``), so viewers that do not recalculate show the right number. A figure shown again
    elsewhere is a reference formula to its home (``Ref(name)``), so a reviewer who edits an input
    sees every table follow. Labels (kategori, efisiensi, predikat) look up the Skala sheet, so an
    edited threshold takes effect too. No formula is written by hand.

    The layout is built first (``Lembar``: what goes into which cell), then every figure gets its
    home, the rules' environment is moved onto those homes (``Env.relocate`` / ``Env.place``), and
    only then are formulas generated and the file written.

``render_kesalahan(temuan, sumber, path)`` writes the error report of a workbook that could not be
converted: every problem with its cell, each cell a link into the input workbook.

``daftar_tabel(lkjip)`` gives the report's tables in order with their numbers and captions.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from .angka import fmt_angka_ringkas
from .expr import ScaleRanges, urut_pita
from .model import LKjIP, Polaritas
from .problems import Temuan, Tingkat
from .report.xlsx.gaya import Format, num_angka, num_persen, num_satuan
from .report.xlsx.lembar import Angka, Lembar, Nama, Salin, Sel, Tautan, Teks, a1, a1_mutlak, desimal, hari, kutip_lembar
from .report.xlsx.rumah import Rumah
from .report.xlsx.tulis import Tulis, footer, lembar_cepat
from .report.xlsx.tabel import InfoTabel, daftar_tabel, pakai_rumus
from .rules import SKALA_EFISIENSI, Hasil, sama_satuan, sel_tahun
from .schema import PENGATURAN, SKALA_NAMA, normal

__all__ = ["InfoTabel", "daftar_tabel", "render_workbook", "render_kesalahan"]

# --------------------------------------------------------------------------- layout


class _Susun:
    """Lays out every sheet of the output workbook (what goes into which cell)."""

    def __init__(self, lkjip: LKjIP, hasil: Hasil):
        self.l, self.h = lkjip, hasil
        self.env = hasil.env
        self.nd = lkjip.pengaturan.desimal_persen
        self.tahun = hasil.tahun
        self.tabel = daftar_tabel(lkjip)
        self.rentang_skala: dict[str, ScaleRanges] = {}
        self.program_di: tuple[str, int, int, int, int, int] | None = None  # sheet, rows, columns of Tabel 2.4
        self.lembar_sasaran: dict[str, str] = {}  # kode sasaran -> its capaian sheet
        self.lembar_jenis: dict[str, str] = {}  # jenis -> first sheet of that kind
        self.lembar_pendukung: dict[str, str] = {}  # Data sheet of the input -> sheet here
        i = self.l.identitas
        self.subjudul = f"{i.nama_instansi} {i.pemerintah_daerah} — Tahun {i.tahun}"

    # ---- helpers
    def nilai(self, nama: str) -> object:
        """The value of a name of the rules' environment."""
        return self.env.value(nama)

    def kop(self, lb: Lembar, n_kolom: int) -> int:
        """Title (the caption) and subtitle; returns the first free row."""
        lb.gabung_sel(0, 0, 0, max(n_kolom - 1, 0), Teks(lb.judul), "judul")
        lb.gabung_sel(1, 0, 1, max(n_kolom - 1, 0), Teks(self.subjudul), "subjudul")
        return 3

    @staticmethod
    def kepala(lb: Lembar, r: int, kolom: list[tuple[str, str | None]], utama: bool = True) -> int:
        """Header rows: ``(top, bottom)`` per column; a shared top spans its columns.

        Returns the first row below the header.
        """
        dua = any(b is not None for _, b in kolom)
        if not dua:
            for c, (t, _) in enumerate(kolom):
                lb.tulis(r, c, Teks(t), "kepala")
            if utama:
                lb.kepala = (r, r)
            return r + 1
        c = 0
        while c < len(kolom):
            top, bottom = kolom[c]
            if bottom is None:
                lb.gabung_sel(r, c, r + 1, c, Teks(top), "kepala")
                c += 1
                continue
            c2 = c
            while c2 + 1 < len(kolom) and kolom[c2 + 1][0] == top and kolom[c2 + 1][1] is not None:
                c2 += 1
            lb.gabung_sel(r, c, r, c2, Teks(top), "kepala")
            for k in range(c, c2 + 1):
                lb.tulis(r + 1, k, Teks(kolom[k][1]), "kepala")
            c = c2 + 1
        if utama:
            lb.kepala = (r, r + 1)
        return r + 2

    def gaya_nilai(self, satuan: str | None, nilai: object, turunan: bool = False) -> tuple[str, str | None]:
        """Style of a target or realisasi: a percentage, a count, or a label.

        Copied inputs show the decimals they need (``56%``, ``76,92%``); derived numbers the
        setting's decimals.
        """
        if isinstance(nilai, str):
            return "label", None
        if sama_satuan(satuan, "%"):
            return ("persen", None) if turunan else ("persen", num_persen(desimal(nilai, self.nd)))
        if turunan:
            return ("angka" if isinstance(nilai, (int, float)) and float(nilai).is_integer() else "angka2"), None
        return "angka", num_angka(desimal(nilai, 2))

    def nama_gaya(self, nama: str, satuan: str | None) -> tuple[str, str | None]:
        """Style of a derived target or realisasi, by its value."""
        return self.gaya_nilai(satuan, self.nilai(nama), turunan=True)

    def salin(self, obj, key: str, nilai: object = None, alias: Iterable[str] = ()) -> Salin:
        """The copy of one input field of a model object (value and its cell)."""
        value = getattr(obj, key) if nilai is None else nilai
        return Salin(hari(value), obj.cells.get(key), tuple(a for a in alias if a))

    def daftar(self, jenis: str, lb: Lembar) -> None:
        """Remember the first sheet of each kind of table (links of findings without a copied cell)."""
        self.lembar_jenis.setdefault(jenis, lb.nama)

    # ---- the whole workbook
    def semua(self) -> list[Lembar]:
        """Every sheet in workbook order (Temuan is added by the writer)."""
        tables = []
        for t in self.tabel:
            lb = Lembar(t.lembar, t.caption)
            getattr(self, "t_" + t.jenis)(lb, t)
            self.daftar(t.jenis, lb)
            tables.append(lb)
        skala = self.t_skala()
        ringkasan = self.t_ringkasan()
        return [ringkasan, *tables, skala]

    # ---- Bab II
    def t_renstra(self, lb: Lembar, t: InfoTabel) -> None:
        lb.lebar_kolom(26, 28, 30, 62)
        r = self.kepala(lb, self.kop(lb, 4), [("Tujuan", None), ("Sasaran", None), ("Strategi", None), ("Arah Kebijakan", None)])
        rows = self.l.renstra
        keys = ("tujuan", "sasaran", "strategi")
        for level, key in enumerate(keys):
            i = 0
            while i < len(rows):
                j = i
                sig = tuple(normal(getattr(rows[i], k)) for k in keys[: level + 1])
                while j + 1 < len(rows) and tuple(normal(getattr(rows[j + 1], k)) for k in keys[: level + 1]) == sig:
                    j += 1
                alias = [rows[k].cells.get(key) for k in range(i + 1, j + 1)]
                lb.gabung_sel(r + i, level, r + j, level, self.salin(rows[i], key, alias=alias))
                i = j + 1
        for i, row in enumerate(rows):
            lb.tulis(r + i, 3, self.salin(row, "arah_kebijakan"))

    def t_indikator_renstra(self, lb: Lembar, t: InfoTabel) -> None:
        rows = self.l.indikator_renstra
        years = sorted({y for x in rows for y in x.target_tahunan})
        awal = self.l.identitas.renstra_awal
        akhir = self.l.identitas.renstra_akhir
        kolom = [("Tujuan", None), ("Sasaran", None), ("Indikator", None), ("Satuan", None),
                 (f"Kondisi Awal ({awal - 1})", None)]
        kolom += [("Target Tiap Tahun", str(y)) for y in years]
        kolom += [(f"Kondisi Akhir Periode ({akhir})", None)]
        lb.lebar_kolom(22, 24, 32, 9, 10, *([9] * len(years)), 11)
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for level, keys in enumerate((("tujuan",), ("tujuan", "sasaran"))):
            i = 0
            while i < len(rows):
                j = i
                sig = tuple(normal(getattr(rows[i], k) or "") for k in keys)
                while j + 1 < len(rows) and tuple(normal(getattr(rows[j + 1], k) or "") for k in keys) == sig:
                    j += 1
                key = keys[-1]
                alias = [rows[k].cells.get(key) for k in range(i + 1, j + 1)]
                lb.gabung_sel(r + i, level, r + j, level, self.salin(rows[i], key, alias=alias))
                i = j + 1
        for i, x in enumerate(rows):
            rr = r + i
            lb.tulis(rr, 2, self.salin(x, "nama"))
            lb.tulis(rr, 3, self.salin(x, "satuan"), "tengah")
            lb.tulis(rr, 4, self.salin(x, "kondisi_awal"), *self.gaya_nilai(x.satuan, x.kondisi_awal))
            for k, y in enumerate(years):
                v = x.target_tahunan.get(y)
                lb.tulis(rr, 5 + k, Salin(v, x.cells.get(f"target_tahunan_{y}")), *self.gaya_nilai(x.satuan, v))
            lb.tulis(rr, 5 + len(years), self.salin(x, "target_akhir"), *self.gaya_nilai(x.satuan, x.target_akhir))

    def t_pk(self, lb: Lembar, t: InfoTabel) -> None:
        inds = self.l.indikator
        rentang = any(i.target_atas is not None for i in inds)
        bobot = self.l.pengaturan.pakai_bobot
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
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for n, s in enumerate(self.l.sasaran, 1):
            k = max(len(s.indikator), 1)
            lb.gabung_sel(r, 0, r + k - 1, 0, Teks(str(n)), "tengah")
            lb.gabung_sel(r, 1, r + k - 1, 1, self.salin(s, "nama"))
            for i, ind in enumerate(s.indikator):
                rr = r + i
                hi = self.h.indikator_by_kode(ind.kode)
                lb.tulis(rr, 2, self.salin(ind, "nama"))
                lb.tulis(rr, 3, self.salin(ind, "satuan"), "tengah")
                if ind.target is None and hi is not None:
                    name = hi.ini.env_name("target")
                    lb.tulis(rr, 4, Nama(name), *self.nama_gaya(name, ind.satuan))
                else:
                    lb.tulis(rr, 4, self.salin(ind, "target"), *self.gaya_nilai(ind.satuan, ind.target))
                c = 5
                if rentang:
                    lb.tulis(rr, c, self.salin(ind, "target_atas"), *self.gaya_nilai(ind.satuan, ind.target_atas))
                    c += 1
                if bobot:
                    lb.tulis(rr, c, self.salin(ind, "bobot"), "angka2" if ind.bobot and not float(ind.bobot).is_integer() else "angka")
                    c += 1
                if rumus:
                    f = ind.formula
                    text = (f"{f.label_pembilang} ({f.satuan_pembilang}) ÷ {f.label_penyebut} ({f.satuan_penyebut}) × "
                            f"{fmt_angka_ringkas(f.faktor)}") if f else "-"
                    lb.tulis(rr, c, Teks(text))
            r += k

    def t_anggaran(self, lb: Lembar, t: InfoTabel) -> None:
        progs = self.l.program
        ket = any(p.keterangan for p in progs)
        kolom = [("No", None), ("Program", None), ("Sasaran", None), ("Anggaran", None), ("Realisasi", None),
                 ("Penyerapan (%)", None), ("Sumber Dana", None)]
        lebar = [5, 46, 9, 20, 20, 12, 11]
        if ket:
            kolom.append(("Keterangan", None))
            lebar.append(22)
        lb.lebar_kolom(*lebar)
        r0 = r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for n, (p, hp) in enumerate(zip(progs, self.h.program), 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, self.salin(p, "nama"))
            lb.tulis(r, 2, self.salin(p, "kode_sasaran"), "tengah")
            lb.tulis(r, 3, self.salin(p, "anggaran"), "rupiah")
            lb.tulis(r, 4, self.salin(p, "realisasi"), "rupiah")
            lb.tulis(r, 5, Nama(hp.env_name("penyerapan")), "persen")
            lb.tulis(r, 6, self.salin(p, "sumber_dana"), "tengah")
            if ket:
                lb.tulis(r, 7, self.salin(p, "keterangan"))
            r += 1
        self.program_di = (lb.nama, r0, r - 1, 1, 3, 4)
        ha = self.h.anggaran
        lb.gabung_sel(r, 0, r, 2, Teks("Jumlah"), "teks", tebal=True)
        lb.tulis(r, 3, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
        lb.tulis(r, 4, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
        lb.tulis(r, 5, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
        lb.gabung_sel(r, 6, r, len(kolom) - 1, Teks(""), "teks", tebal=True)
        jt = self.l.jumlah_anggaran_tertulis
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

    # ---- Bab III
    def t_pengukuran(self, lb: Lembar, t: InfoTabel) -> None:
        kolom = [("No", None), ("Sasaran Strategis", None), ("Indikator Kinerja", None), ("Satuan", None),
                 ("Target", None), ("Realisasi", None), ("Capaian (%)", None), ("Kategori", None)]
        lb.lebar_kolom(5, 32, 36, 10, 11, 11, 11, 14)
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for n, s in enumerate(self.l.sasaran, 1):
            k = max(len(s.indikator), 1)
            lb.gabung_sel(r, 0, r + k - 1, 0, Teks(str(n)), "tengah")
            lb.gabung_sel(r, 1, r + k - 1, 1, Teks(s.nama))
            for i, ind in enumerate(s.indikator):
                hi = self.h.indikator_by_kode(ind.kode)
                rr = r + i
                lb.tulis(rr, 2, Teks(ind.nama))
                lb.tulis(rr, 3, Teks(ind.satuan), "tengah")
                for c, f in ((4, "target"), (5, "realisasi")):
                    name = hi.ini.env_name(f)
                    lb.tulis(rr, c, Nama(name), *self.nama_gaya(name, ind.satuan))
                lb.tulis(rr, 6, Nama(hi.ini.env_name("capaian")), "persen")
                lb.tulis(rr, 7, Nama(hi.env_name("kategori")), "label")
                lb.warna.append((rr, 7, "kategori"))
            r += k

    def t_capaian_sasaran(self, lb: Lembar, t: InfoTabel) -> None:
        s = next(x for x in self.l.sasaran if x.kode == t.kode_sasaran)
        hs = self.h.sasaran_by_kode(s.kode)
        self.lembar_sasaran[s.kode] = lb.nama
        his = [self.h.indikator_by_kode(i.kode) for i in s.indikator]
        years = sorted({ht.tahun for hi in his for ht in hi.riwayat})
        tahun = self.tahun
        kolom = [("No", None), ("Indikator", None), ("Satuan", None)]
        for y in years:
            kolom += [(str(y), "Target"), (str(y), "Realisasi"), (str(y), "Capaian (%)")]
        kolom.append((f"Kategori {tahun}", None))
        lb.lebar_kolom(5, 36, 10, *([11] * (3 * len(years))), 14)
        r = self.kop(lb, len(kolom))
        lb.gabung_sel(r - 1, 0, r - 1, len(kolom) - 1, Teks(f"Sasaran: {s.nama}"), "bagian")
        r = self.kepala(lb, r, kolom)
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
                row = self.l.realisasi_of(ind.kode, y)
                # an earlier year's stated target is an input kept here; the report year's is the PK's
                if y != tahun and row is not None and row.target is not None:
                    lb.tulis(r, c, self.salin(row, "target"), *self.gaya_nilai(ind.satuan, row.target, turunan=True))
                else:
                    lb.tulis(r, c, Nama(ht.env_name("target")), *self.nama_gaya(ht.env_name("target"), ind.satuan))
                if row is not None and not (row.realisasi_pembilang is not None and row.realisasi_penyebut is not None):
                    lb.tulis(r, c + 1, self.salin(row, "realisasi"), *self.gaya_nilai(ind.satuan, row.realisasi, turunan=True))
                else:
                    lb.tulis(r, c + 1, Nama(ht.env_name("realisasi")), *self.nama_gaya(ht.env_name("realisasi"), ind.satuan))
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
            r = self.kepala(lb, r, [("No", None), ("Indikator", None), ("Tahun Pembanding", None),
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
                    lb.tulis(r, c, Nama(name), *self.nama_gaya(name, ind.satuan))
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
            awal, akhir = self.l.identitas.renstra_awal, self.l.identitas.renstra_akhir
            lb.gabung_sel(r, 0, r, 10, Teks(f"Perbandingan realisasi {tahun} dengan target akhir Renstra {awal}–{akhir}"), "bagian")
            r += 1
            r = self.kepala(lb, r, [("No", None), ("Indikator Renstra", None), ("Satuan", None), ("Target Akhir", None),
                                    (f"Realisasi {tahun}", None), ("Capaian terhadap Target Akhir (%)", None),
                                    ("Sisa menuju Target Akhir", None)], utama=False)
            for n, (ind, hi, br) in enumerate(renstra, 1):
                lb.tulis(r, 0, Teks(str(n)), "tengah")
                lb.tulis(r, 1, Teks(f"{br.nama} (untuk indikator {ind.nama})"))
                lb.tulis(r, 2, Teks(br.satuan), "tengah")
                rs = self.l.renstra_by_kode(br.kode_renstra)
                if br.basis is None:
                    lb.tulis(r, 3, Salin(br.target_akhir, rs.cells.get("target_akhir") if rs else None),
                             *self.gaya_nilai(br.satuan, br.target_akhir))
                    lb.gabung_sel(r, 4, r, 6, Teks("Tidak dibandingkan: satuan indikator berbeda dengan satuan Renstra."), "catatan")
                else:
                    lb.tulis(r, 3, Salin(br.target_akhir, rs.cells.get("target_akhir") if rs else None),
                             *self.gaya_nilai(br.satuan, br.target_akhir))
                    lb.tulis(r, 4, Nama(br.env_name("nilai")), *self.nama_gaya(br.env_name("nilai"), br.satuan))
                    lb.tulis(r, 5, Nama(br.env_name("persen")), "persen")
                    lb.tulis(r, 6, Nama(br.env_name("sisa")), *self.nama_gaya(br.env_name("sisa"), br.satuan))
                r += 1

        standar = [(ind, hi, hi.standar) for ind, hi in zip(s.indikator, his) if hi.standar is not None]
        if standar:
            r += 1
            lb.gabung_sel(r, 0, r, 10, Teks(f"Perbandingan realisasi {tahun} dengan standar nasional"), "bagian")
            r += 1
            r = self.kepala(lb, r, [("No", None), ("Indikator", None), ("Satuan", None), ("Standar Nasional", None),
                                    (f"Realisasi {tahun}", None), ("Capaian terhadap Standar (%)", None),
                                    ("Selisih terhadap Standar", None)], utama=False)
            for n, (ind, hi, bs) in enumerate(standar, 1):
                lb.tulis(r, 0, Teks(str(n)), "tengah")
                lb.tulis(r, 1, Teks(ind.nama))
                lb.tulis(r, 2, Teks(ind.satuan), "tengah")
                lb.tulis(r, 3, self.salin(ind, "standar_nasional"), *self.gaya_nilai(ind.satuan, ind.standar_nasional))
                name = hi.ini.env_name("realisasi")
                lb.tulis(r, 4, Nama(name), *self.nama_gaya(name, ind.satuan))
                lb.tulis(r, 5, Nama(bs.env_name("persen")), "persen")
                lb.tulis(r, 6, Nama(bs.env_name("selisih")), "poin")
                r += 1

    def t_penjelasan_sasaran(self, lb: Lembar, t: InfoTabel) -> None:
        s = next(x for x in self.l.sasaran if x.kode == t.kode_sasaran)
        inds = [i for i in s.indikator if pakai_rumus(self.l, i)]
        his = [self.h.indikator_by_kode(i.kode) for i in inds]
        years = sorted({ht.tahun for hi in his for ht in hi.riwayat})
        kolom = [("No", None), ("Indikator", None), ("Komponen", None), ("Satuan", None)]
        for y in years:
            kolom += [(str(y), "Target"), (str(y), "Realisasi")]
        lb.lebar_kolom(5, 30, 34, 9, *([12] * (2 * len(years))))
        r = self.kop(lb, len(kolom))
        lb.gabung_sel(r - 1, 0, r - 1, len(kolom) - 1, Teks(f"Sasaran: {s.nama}"), "bagian")
        r = self.kepala(lb, r, kolom)
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
                row = self.l.realisasi_of(ind.kode, y)
                src = ind if y == self.tahun else row
                for dr, key in ((0, "target_pembilang"), (1, "target_penyebut")):
                    v = getattr(src, key) if src is not None else None
                    lb.tulis(r + dr, c, Salin(v, src.cells.get(key) if src is not None else None), *self.gaya_nilai(None, v))
                for dr, key in ((0, "realisasi_pembilang"), (1, "realisasi_penyebut")):
                    v = getattr(row, key) if row is not None else None
                    lb.tulis(r + dr, c + 1, Salin(v, row.cells.get(key) if row is not None else None), *self.gaya_nilai(None, v))
                ht = hi.tahun(y)
                for dc, key in ((0, "target"), (1, "realisasi")):
                    if ht is None:
                        lb.tulis(r + 2, c + dc, Teks("-"), "tengah", tebal=True)
                    else:
                        name = ht.env_name(key)
                        lb.tulis(r + 2, c + dc, Nama(name), *self.nama_gaya(name, ind.satuan), tebal=True)
            r += 3

    def t_operasional(self, lb: Lembar, t: InfoTabel) -> None:
        ops = [(self.l.operasional[i], self.h.operasional[i]) for i in t.indeks]
        tahun = self.tahun
        pecahan = any(o.realisasi_pembilang is not None or o.realisasi_penyebut is not None for o, _ in ops)
        unit = any(o.unit for o, _ in ops)
        tertulis = any(o.capaian_tertulis is not None for o, _ in ops)
        kolom = [("No", None), ("Sasaran Operasional", None)]
        lebar = [5, 28]
        if unit:
            kolom.append(("Bidang", None))
            lebar.append(16)
        kolom += [("Indikator Sasaran Operasional", None), ("Satuan", None), (str(tahun - 1), "Realisasi"), (str(tahun), "Target")]
        lebar += [30, 8, 10, 10]
        if pecahan:
            kolom += [(str(tahun), "Pembilang"), (str(tahun), "Penyebut")]
            lebar += [12, 12]
        kolom += [(str(tahun), "Realisasi"), (str(tahun), "Capaian (%)"), ("Kategori", None)]
        lebar += [10, 10, 13]
        if tertulis:
            kolom.append(("Capaian Tertulis (%)", None))
            lebar.append(10)
        lb.lebar_kolom(*lebar)
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        i, n = 0, 0
        while i < len(ops):
            j = i
            sig = (normal(ops[i][0].sasaran_operasional), normal(ops[i][0].unit or ""))
            while j + 1 < len(ops) and (normal(ops[j + 1][0].sasaran_operasional), normal(ops[j + 1][0].unit or "")) == sig:
                j += 1
            n += 1
            first = ops[i][0]
            lb.gabung_sel(r + i, 0, r + j, 0, Teks(str(n)), "tengah")
            lb.gabung_sel(r + i, 1, r + j, 1, self.salin(first, "sasaran_operasional",
                                                          alias=[ops[k][0].cells.get("sasaran_operasional") for k in range(i + 1, j + 1)]))
            if unit:
                lb.gabung_sel(r + i, 2, r + j, 2, self.salin(first, "unit", alias=[ops[k][0].cells.get("unit") for k in range(i + 1, j + 1)]))
            i = j + 1
        for k, (o, ho) in enumerate(ops):
            rr = r + k
            c = 3 if unit else 2
            lb.tulis(rr, c, self.salin(o, "nama"))
            lb.tulis(rr, c + 1, self.salin(o, "satuan"), "tengah")
            lb.tulis(rr, c + 2, self.salin(o, "realisasi_lalu"), *self.gaya_nilai(o.satuan, o.realisasi_lalu, turunan=True))
            lb.tulis(rr, c + 3, self.salin(o, "target"), *self.gaya_nilai(o.satuan, o.target))
            c += 4
            dipecah = o.realisasi_pembilang is not None and o.realisasi_penyebut is not None
            if pecahan:
                for key in ("realisasi_pembilang", "realisasi_penyebut"):
                    v = getattr(o, key)
                    num = num_satuan(0 if v is None or float(v).is_integer() else 2, o.satuan_pembilang) if o.satuan_pembilang else None
                    lb.tulis(rr, c, self.salin(o, key), self.gaya_nilai(None, v)[0], num=num)
                    c += 1
            if dipecah:
                name = ho.env_name("realisasi")
                lb.tulis(rr, c, Nama(name), *self.nama_gaya(name, o.satuan))
            else:
                lb.tulis(rr, c, self.salin(o, "realisasi"), *self.gaya_nilai(o.satuan, o.realisasi, turunan=True))
            lb.tulis(rr, c + 1, Nama(ho.env_name("capaian")), "persen")
            lb.tulis(rr, c + 2, Nama(ho.env_name("kategori")), "label")
            lb.warna.append((rr, c + 2, "kategori"))
            if tertulis:
                lb.tulis(rr, c + 3, self.salin(o, "capaian_tertulis"), "persen")

    def t_pendukung(self, lb: Lembar, t: InfoTabel) -> None:
        tabel = self.l.pendukung[t.indeks[0]]
        hp = next((x for x in self.h.pendukung if x.lembar == tabel.lembar), None)
        self.lembar_pendukung[tabel.lembar] = lb.nama
        kolom = tabel.kolom
        if not kolom:
            lb.lebar_kolom(60)
            self.kop(lb, 1)
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
        r = self.kop(lb, len(kolom))
        if tabel.pengantar:
            lb.gabung_sel(2, 0, 2, len(kolom) - 1, self.salin(tabel, "pengantar"), "catatan")
            r = 4
        r = self.kepala(lb, r, [(k.judul, None) for k in kolom])
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
                    v = self.nilai(name)
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

    def t_akip(self, lb: Lembar, t: InfoTabel) -> None:
        ev = self.l.akip
        years = ev.tahun
        kolom = [("No", None), ("Komponen Manajemen Kinerja", None), ("Bobot Maksimum", None)]
        kolom += [("Tahun Evaluasi", str(y)) for y in years]
        lb.lebar_kolom(5, 42, 10, *([11] * len(years)))
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for n, k in enumerate(ev.komponen, 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, self.salin(k, "nama"))
            lb.tulis(r, 2, self.salin(k, "bobot"), "angka2" if k.bobot is not None and not float(k.bobot).is_integer() else "angka")
            for j, y in enumerate(years):
                lb.tulis(r, 3 + j, Salin(k.nilai.get(y), sel_tahun(k.cells, "nilai", y)), "skor")
            r += 1
        for label, field_, gaya in (("Jumlah Nilai", "jumlah", "skor"), ("Predikat", "predikat", "label")):
            lb.gabung_sel(r, 0, r, 2, Teks(label), "teks", tebal=True)
            for j, y in enumerate(years):
                ha = self.h.akip_tahun(y)
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

    def t_anggaran_sasaran(self, lb: Lembar, t: InfoTabel) -> None:
        kolom = [("No", None), ("Sasaran Strategis", None), ("Rata-rata Capaian (%)", None), ("Kategori", None),
                 ("Anggaran", "Pagu"), ("Anggaran", "Realisasi"), ("Anggaran", "Penyerapan (%)")]
        lb.lebar_kolom(5, 36, 11, 14, 19, 19, 11)
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for n, (s, hs) in enumerate(zip(self.l.sasaran, self.h.sasaran), 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(s.nama))
            lb.tulis(r, 2, Nama(hs.env_name("capaian")), "persen")
            lb.tulis(r, 3, Nama(hs.env_name("kategori")), "label")
            lb.warna.append((r, 3, "kategori"))
            lb.tulis(r, 4, Nama(hs.env_name("anggaran")), "rupiah")
            lb.tulis(r, 5, Nama(hs.env_name("realisasi_anggaran")), "rupiah")
            lb.tulis(r, 6, Nama(hs.env_name("penyerapan")), "persen")
            r += 1
        ha = self.h.anggaran
        lb.gabung_sel(r, 0, r, 3, Teks("Jumlah seluruh program"), "teks", tebal=True)
        lb.tulis(r, 4, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
        lb.tulis(r, 5, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
        lb.tulis(r, 6, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
        r += 1
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(
            "Capaian sasaran adalah rata-rata capaian indikatornya; anggaran sasaran adalah jumlah anggaran program yang "
            "mendukungnya (tabel realisasi anggaran per program)."), "catatan")
        tertulis = {a.kode_sasaran: a for a in self.l.angka_tertulis}
        if not tertulis:
            return
        r += 2
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Angka per sasaran yang tertulis pada workbook isian (pembanding)"), "bagian")
        r = self.kepala(lb, r + 1, [("No", None), ("Sasaran Strategis", None), ("Capaian Tertulis (%)", None),
                                    ("Tingkat Efisiensi Tertulis", None), ("Anggaran Tertulis", None),
                                    ("Realisasi Tertulis", None), ("Penyerapan Tertulis (%)", None)], utama=False)
        for n, s in enumerate(self.l.sasaran, 1):
            a = tertulis.get(s.kode)
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(s.nama))
            for c, key, gaya in ((2, "capaian", "persen"), (3, "efisiensi", "label"), (4, "anggaran", "rupiah"),
                                 (5, "realisasi_anggaran", "rupiah"), (6, "penyerapan", "persen")):
                lb.tulis(r, c, self.salin(a, key) if a is not None else Teks(""), gaya)
            r += 1
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(
            "Angka tertulis tidak dipakai dalam perhitungan; perbedaannya dengan hasil perhitungan dicatat pada lembar Temuan."),
            "catatan")

    def t_efisiensi(self, lb: Lembar, t: InfoTabel) -> None:
        metode = self.h.metode_efisiensi
        skala = SKALA_EFISIENSI[metode]
        judul_nilai = {"rasio": "Indeks Efisiensi", "selisih": "Selisih Capaian dan Penyerapan (poin)",
                       "pmk249": "Nilai Efisiensi (PMK 249/2011)", "penghematan": "Penghematan Anggaran (%)"}[metode]
        tertulis = {a.kode_sasaran: a for a in self.l.angka_tertulis if a.efisiensi}
        kolom = [("No", None), ("Sasaran Strategis", None), ("Capaian Kinerja (%)", None), ("Penyerapan Anggaran (%)", None),
                 (judul_nilai, None), ("Tingkat Efisiensi", None)]
        lebar = [5, 40, 12, 12, 13, 16]
        if tertulis:
            kolom.append(("Tingkat Efisiensi Tertulis", None))
            lebar.append(16)
        lb.lebar_kolom(*lebar)
        r = self.kepala(lb, self.kop(lb, len(kolom)), kolom)
        for n, (s, hs) in enumerate(zip(self.l.sasaran, self.h.sasaran), 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(s.nama))
            lb.tulis(r, 2, Nama(hs.env_name("capaian")), "persen")
            lb.tulis(r, 3, Nama(hs.env_name("penyerapan")), "persen")
            lb.tulis(r, 4, Nama(hs.env_name(f"efisiensi_{metode}")), "poin" if metode == "selisih" else "skor")
            lb.tulis(r, 5, Nama(hs.env_name(f"label_efisiensi_{metode}")), "label")
            lb.warna.append((r, 5, skala))
            if tertulis:
                a = tertulis.get(s.kode)
                lb.tulis(r, 6, self.salin(a, "efisiensi") if a is not None else Teks(""), "label")
            r += 1
        r += 1
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(self.h.keterangan_efisiensi), "catatan")

    # ---- Skala and Ringkasan
    def t_skala(self) -> Lembar:
        lb = Lembar("Skala", "Skala Kategori, Efisiensi dan Predikat yang Berlaku")
        lb.lebar_kolom(5, 14, 14, 34)
        lb.gabung_sel(0, 0, 0, 3, Teks(lb.judul), "judul")
        lb.gabung_sel(1, 0, 1, 3, Teks(
            "Setiap pita berlaku mulai dari Batas Bawah (termasuk batas itu bila Termasuk Batas = TRUE) sampai pita berikutnya; "
            "pita terendah juga berlaku untuk nilai di bawahnya. Kategori, tingkat efisiensi dan predikat pada workbook ini "
            "dihitung dengan rumus dari tabel ini: ubah batas atau label di sini dan semua tabel mengikuti. Urutan baris "
            "harus tetap dari batas terkecil."), "catatan")
        nama_skala = {code: label for label, code in SKALA_NAMA}
        nama_skala.update({"efisiensi": "Efisiensi (metode rasio)", "efisiensi_selisih": "Efisiensi (metode selisih)",
                           "efisiensi_pmk249": "Efisiensi (metode PMK 249/2011)",
                           "efisiensi_penghematan": "Efisiensi (metode penghematan)"})
        r = 3
        for code, pita in self.h.skala.items():
            bands = urut_pita(pita)
            if not bands:
                continue
            lb.gabung_sel(r, 0, r, 3, Teks(nama_skala.get(code, code.replace("_", " ").capitalize())), "bagian")
            r += 1
            for c, text in enumerate(("No", "Batas Bawah", "Termasuk Batas", "Label")):
                lb.tulis(r, c, Teks(text), "kepala")
            r += 1
            r0 = r
            for i, p in enumerate(bands, 1):
                lb.tulis(r, 0, Teks(str(i)), "tengah")
                lb.tulis(r, 1, Angka(p.batas), "angka2" if not float(p.batas).is_integer() else "angka")
                lb.tulis(r, 2, Angka(bool(p.inklusif)), "bool")
                lb.tulis(r, 3, Teks(p.label), "label")
                r += 1
            self.rentang_skala[code] = ScaleRanges(*(f"Skala!{a1_mutlak(r0, c)}:{a1_mutlak(r - 1, c)}" for c in (1, 2, 3)))
            r += 1
        # the settings used (information only: they shape the formulas themselves)
        p = self.l.pengaturan
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

    def t_ringkasan(self) -> Lembar:
        i = self.l.identitas
        lb = Lembar("Ringkasan", f"Ringkasan Laporan Kinerja {i.nama_instansi} {i.pemerintah_daerah} Tahun {i.tahun}")
        lb.lebar_kolom(5, 42, 12, 15, 19, 19, 12, 12, 16)
        n_kol = 9
        lb.gabung_sel(0, 0, 0, n_kol - 1, Teks(lb.judul), "judul")
        r = 2
        for label, key in (("Perangkat Daerah", "nama_instansi"), ("Pemerintah Daerah", "pemerintah_daerah"),
                           ("Provinsi", "provinsi"), ("Tahun Laporan", "tahun")):
            lb.tulis(r, 1, Teks(label), "isian_label")
            lb.gabung_sel(r, 2, r, n_kol - 1, self.salin(i, key), "tahun" if key == "tahun" else "isian")
            r += 1
        lb.tulis(r, 1, Teks("Periode Renstra"), "isian_label")
        lb.gabung_sel(r, 2, r, n_kol - 1, Teks(f"{i.renstra_awal}–{i.renstra_akhir}"), "isian")
        r += 1
        lb.tulis(r, 1, Teks("Kepala Perangkat Daerah"), "isian_label")
        lb.gabung_sel(r, 2, r, n_kol - 1, self.salin(i, "kepala_nama"), "isian")
        r += 2

        metode = self.h.metode_efisiensi
        lb.gabung_sel(r, 0, r, n_kol - 1, Teks("Capaian kinerja, anggaran dan efisiensi per sasaran strategis"), "bagian")
        r += 1
        r = self.kepala(lb, r, [("No", None), ("Sasaran Strategis", None), ("Capaian (%)", None), ("Kategori", None),
                                ("Anggaran", None), ("Realisasi Anggaran", None), ("Penyerapan (%)", None),
                                ("Nilai Efisiensi", None), ("Tingkat Efisiensi", None)], utama=False)
        for n, (s, hs) in enumerate(zip(self.l.sasaran, self.h.sasaran), 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(s.nama))
            lb.tulis(r, 2, Nama(hs.env_name("capaian")), "persen")
            lb.tulis(r, 3, Nama(hs.env_name("kategori")), "label")
            lb.warna.append((r, 3, "kategori"))
            lb.tulis(r, 4, Nama(hs.env_name("anggaran")), "rupiah")
            lb.tulis(r, 5, Nama(hs.env_name("realisasi_anggaran")), "rupiah")
            lb.tulis(r, 6, Nama(hs.env_name("penyerapan")), "persen")
            lb.tulis(r, 7, Nama(hs.env_name(f"efisiensi_{metode}")), "poin" if metode == "selisih" else "skor")
            lb.tulis(r, 8, Nama(hs.env_name(f"label_efisiensi_{metode}")), "label")
            lb.warna.append((r, 8, SKALA_EFISIENSI[metode]))
            r += 1
        ha = self.h.anggaran
        lb.gabung_sel(r, 0, r, 3, Teks("Jumlah anggaran perangkat daerah"), "teks", tebal=True)
        lb.tulis(r, 4, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
        lb.tulis(r, 5, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
        lb.tulis(r, 6, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
        lb.gabung_sel(r, 7, r, 8, Teks(""), "teks", tebal=True)
        r += 2

        if self.h.akip:
            ak = self.h.akip[-1]
            lb.tulis(r, 1, Teks(f"Predikat AKIP (evaluasi tahun {ak.tahun})"), "isian_label")
            lb.tulis(r, 2, Nama(ak.env_name("predikat")), "label")
            lb.tulis(r, 3, Teks("Jumlah nilai"), "isian_label")
            lb.tulis(r, 4, Nama(ak.env_name("jumlah")), "skor")
            r += 2

        lb.gabung_sel(r, 0, r, n_kol - 1, Teks("Temuan pemeriksaan dan peringatan pembacaan"), "bagian")
        r += 1
        self.baris_temuan = r
        r += 5

        lb.gabung_sel(r, 0, r, n_kol - 1, Teks(f"Capaian indikator kinerja tahun {self.tahun}"), "bagian")
        r += 1
        r = self.kepala(lb, r, [("No", None), ("Indikator Kinerja", None), ("Capaian (%)", None), ("Garis 100%", None),
                                ("Kategori", None)], utama=False)
        r0 = r
        for n, hi in enumerate(self.h.indikator, 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(hi.nama))
            lb.tulis(r, 2, Nama(hi.ini.env_name("capaian")), "persen")
            lb.tulis(r, 3, Angka(100.0), "persen")
            lb.tulis(r, 4, Nama(hi.env_name("kategori")), "label")
            lb.warna.append((r, 4, "kategori"))
            r += 1
        r += 1
        if self.h.indikator:
            lb.grafik.append({"jenis": "capaian", "r": r, "c": 1, "baris": (r0, r - 2)})
        if self.program_di is not None:
            lb.grafik.append({"jenis": "anggaran", "r": r, "c": 1, "x": 560})
        return lb


# --------------------------------------------------------------------------- findings


_URUT_TINGKAT = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.INFO: 2}


def _sheet_of(sel: str) -> str:
    """The sheet of a cell reference (``"PK!G4"``, ``"'Data X'!B6"``; a bare name is a sheet)."""
    sheet = sel.rpartition("!")[0] if "!" in sel else sel
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet


def _rincian(t: Temuan) -> str:
    text = f"[{t.tingkat.label}] {t.pesan}"
    if t.ditemukan is not None and t.ditemukan not in t.pesan:
        text += f" Ditemukan: {t.ditemukan}."
    if t.diharapkan is not None and t.diharapkan not in t.pesan:
        text += f" Seharusnya: {t.diharapkan}."
    return text


class _Temuan:
    """Lays out the Temuan sheet and says which cells to highlight."""

    def __init__(self, susun: _Susun, rumah: Rumah, temuan: list[Temuan]):
        self.s, self.rumah = susun, rumah
        self.temuan = sorted(temuan, key=lambda t: _URUT_TINGKAT.get(t.tingkat, 3))
        self.sorot: dict[tuple[str, int, int], str] = {}
        self.komentar: dict[tuple[str, int, int], list[str]] = defaultdict(list)
        self.cadangan = self._cadangan()

    def _cadangan(self) -> dict[str, str]:
        """Input sheet -> the sheet here that shows its table (for cells not copied)."""
        s, j = self.s, self.s.lembar_jenis
        out = {"Identitas": "Ringkasan", "Pengaturan": "Skala", "Skala": "Skala"}
        for src, jenis in (("Renstra", "renstra"), ("IndikatorRenstra", "indikator_renstra"), ("PK", "pk"),
                           ("Anggaran", "anggaran"), ("Operasional", "operasional"), ("AKIP", "akip"),
                           ("AngkaTertulis", "anggaran_sasaran"), ("Realisasi", "pengukuran")):
            if jenis in j:
                out[src] = j[jenis]
        out.update(s.lembar_pendukung)
        return out

    def _sasaran_realisasi(self, sel: str) -> str | None:
        """The capaian sheet of the indicator of a Realisasi row."""
        m = re.search(r"(\d+)$", sel)
        if not m:
            return None
        for row in self.s.l.realisasi:
            where = row.cells.get("kode_indikator", "")
            if re.search(r"(\d+)$", where) and re.search(r"(\d+)$", where).group(1) == m.group(1):
                ind = self.s.l.indikator_by_kode(row.kode_indikator)
                return self.s.lembar_sasaran.get(ind.kode_sasaran) if ind else None
        return None

    def tujuan(self, t: Temuan) -> tuple[str, str] | None:
        """Where a finding's link goes: (text, url)."""
        for sel in t.sel:
            loc = self.rumah.lokasi(sel)
            if loc is not None:
                sheet, r, c = loc
                return f"{sheet}!{a1(r, c)}", f"internal:{kutip_lembar(sheet)}!{a1(r, c)}"
        for sel in t.sel:
            sheet = _sheet_of(sel)
            target = (self._sasaran_realisasi(sel) if sheet == "Realisasi" else None) or self.cadangan.get(sheet)
            if target:
                return f"Lembar {target}", f"internal:{kutip_lembar(target)}!A1"
        return None

    def lembar(self) -> Lembar:
        lb = Lembar("Temuan", "Temuan Pemeriksaan dan Peringatan Pembacaan")
        kolom = ["No", "Tingkat", "Uraian", "Lokasi pada Workbook Ini", "Sel pada Workbook Isian", "Ditemukan", "Seharusnya", "Kode"]
        lb.lebar_kolom(5, 11, 54, 16, 22, 16, 16, 19)
        lb.gabung_sel(0, 0, 0, len(kolom) - 1, Teks(lb.judul), "judul")
        lb.gabung_sel(1, 0, 1, len(kolom) - 1, Teks(
            "Daftar ini memuat setiap peringatan saat membaca workbook isian dan setiap temuan pemeriksaan konsistensi angka. "
            "Angka pada tabel-tabel workbook ini adalah hasil perhitungan; temuan menunjukkan angka tertulis instansi yang "
            "berbeda atau data yang perlu diperiksa. Klik lokasi untuk membuka selnya: sel itu diberi warna dan komentar. "
            "Perbaiki angka pada workbook isian (kolom Sel pada Workbook Isian), lalu konversi ulang."), "catatan")
        r = 3
        for c, text in enumerate(kolom):
            lb.tulis(r, c, Teks(text), "kepala")
        lb.kepala = (r, r)
        r += 1
        if not self.temuan:
            lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Tidak ada temuan."), "teks")
            return lb
        first = r
        for n, t in enumerate(self.temuan, 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(t.tingkat.label), "tengah")
            lb.tulis(r, 2, Teks(t.pesan))
            target = self.tujuan(t)
            lb.tulis(r, 3, Tautan(*target) if target else Teks("-"), "tautan" if target else "tengah")
            lb.tulis(r, 4, Teks(t.lokasi or "-"))
            lb.tulis(r, 5, Teks(t.ditemukan if t.ditemukan is not None else "-"))
            lb.tulis(r, 6, Teks(t.diharapkan if t.diharapkan is not None else "-"))
            lb.tulis(r, 7, Teks(t.kode))
            self._tandai(t, n)
            r += 1
        lb.saring = (first - 1, 0, r - 1, len(kolom) - 1)
        return lb

    def _tandai(self, t: Temuan, n: int) -> None:
        level = t.tingkat.value
        utama = True
        for sel in t.sel:
            loc = self.rumah.lokasi(sel)
            if loc is None:
                continue
            if utama:
                old = self.sorot.get(loc)
                if old is None or old == "terkait" or (_rank(level) < _rank(old)):
                    self.sorot[loc] = level
                self.komentar[loc].append(f"Temuan no. {n}. {_rincian(t)}")
                utama = False
            elif loc not in self.sorot:
                self.sorot[loc] = "terkait"

    def hitung(self) -> dict[Tingkat, int]:
        counts = {k: 0 for k in Tingkat}
        for t in self.temuan:
            counts[t.tingkat] += 1
        return counts


def _rank(level: str) -> int:
    return {"galat": 0, "peringatan": 1, "info": 2}.get(level, 3)




# --------------------------------------------------------------------------- public API


def render_workbook(lkjip: LKjIP, hasil: Hasil, temuan: list[Temuan], path: str | os.PathLike) -> None:
    """Write the output workbook of one converted LKjIP.

    Args:
        lkjip: the workbook as read (``reader.read_workbook``).
        hasil: everything derived from it (``rules.hitung``).
        temuan: the reader's warnings and the audit's findings, in any order.
        path: the .xlsx file to write (overwritten).

    The sheets: Ringkasan, one per table of the report (``daftar_tabel``), Temuan, Skala.
    Inputs are copied as values; every derived cell is the formula of its rule over those
    cells, stored with its computed value. Texts from the input are always written as texts.
    """
    import xlsxwriter

    susun = _Susun(lkjip, hasil)
    sheets = susun.semua()
    ringkasan, *tables, skala = sheets
    # homes: inputs in their tables first, then derived figures in report order, Ringkasan last
    rumah = Rumah(hasil, [*tables, skala, ringkasan])
    for code, rg in susun.rentang_skala.items():
        rumah.env.set_scale_ranges(code, rg)
    temuan_lb = _Temuan(susun, rumah, list(temuan))
    lembar_temuan = temuan_lb.lembar()
    _ringkasan_temuan(susun, ringkasan, temuan_lb)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                         "strings_to_urls": False, "in_memory": True})
    i = lkjip.identitas
    wb.set_properties({"title": ringkasan.judul, "subject": "Laporan Kinerja Instansi Pemerintah", "author": "lkj_excel",
                       "company": f"{i.nama_instansi} {i.pemerintah_daerah}"})
    wb.set_calc_mode("auto")
    fmt = Format(wb, lkjip.pengaturan.desimal_persen, lkjip.pengaturan.format_rupiah)
    tulis = Tulis(wb, fmt, rumah, footer(i.judul_singkat or f"LKjIP {i.nama_instansi} {i.pemerintah_daerah} Tahun {i.tahun}"))
    order = [ringkasan, *tables, lembar_temuan, skala]
    lembar = lembar_cepat()
    ws = {lb.nama: wb.add_worksheet(lb.nama, worksheet_class=lembar) for lb in order}
    for lb in order:
        tulis.lembar(ws[lb.nama], lb, temuan_lb.sorot, temuan_lb.komentar)
    _grafik(wb, ws["Ringkasan"], ringkasan, susun)
    ws["Ringkasan"].activate()
    wb.close()


def _ringkasan_temuan(susun: _Susun, lb: Lembar, temuan: _Temuan) -> None:
    """The counts of findings on Ringkasan, with a link to the Temuan sheet."""
    r = susun.baris_temuan
    counts = temuan.hitung()
    for k, tingkat in enumerate((Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.INFO)):
        lb.tulis(r + k, 1, Teks(tingkat.label), "teks")
        lb.tulis(r + k, 2, Angka(counts[tingkat]), "angka")
    lb.tulis(r + 3, 1, Tautan("Lihat daftar temuan (lembar Temuan)", "internal:'Temuan'!A1"), "tautan")


def _grafik(wb, ws, lb: Lembar, susun: _Susun) -> None:
    """The native charts of Ringkasan."""
    tahun = susun.tahun
    for g in lb.grafik:
        if g["jenis"] == "capaian":
            r0, r1 = g["baris"]
            chart = wb.add_chart({"type": "column"})
            chart.add_series({
                "name": f"Capaian {tahun}",
                "categories": ["Ringkasan", r0, 1, r1, 1],
                "values": ["Ringkasan", r0, 2, r1, 2],
                "fill": {"color": "#4472C4"},
                "data_labels": {"value": True, "num_format": '#,##0.00"%"'},
            })
            line = wb.add_chart({"type": "line"})
            line.add_series({
                "name": "Target 100%",
                "categories": ["Ringkasan", r0, 1, r1, 1],
                "values": ["Ringkasan", r0, 3, r1, 3],
                "line": {"color": "#C00000", "width": 2, "dash_type": "dash"},
                "marker": {"type": "none"},
            })
            chart.combine(line)
            chart.set_title({"name": f"Capaian Indikator Kinerja Tahun {tahun}", "name_font": {"size": 11}})
            chart.set_y_axis({"num_format": '0"%"', "min": 0, "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
            chart.set_x_axis({"num_font": {"size": 8}})
            chart.set_legend({"position": "bottom"})
            chart.set_size({"width": 540, "height": 330})
            ws.insert_chart(g["r"], g["c"], chart, {"x_offset": 0, "y_offset": 5})
        elif g["jenis"] == "anggaran" and susun.program_di is not None:
            sheet, r0, r1, c_nama, c_ang, c_real = susun.program_di
            chart = wb.add_chart({"type": "bar"})
            for name, col, color in (("Anggaran", c_ang, "#A5A5A5"), ("Realisasi", c_real, "#70AD47")):
                chart.add_series({"name": name, "categories": [sheet, r0, c_nama, r1, c_nama],
                                  "values": [sheet, r0, col, r1, col], "fill": {"color": color}})
            chart.set_title({"name": f"Anggaran dan Realisasi per Program Tahun {tahun}", "name_font": {"size": 11}})
            chart.set_x_axis({"num_format": '#,##0,,," M"', "name": "Rupiah (miliar)", "name_font": {"size": 8},
                              "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
            chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
            chart.set_legend({"position": "bottom"})
            chart.set_size({"width": 600, "height": 330})
            ws.insert_chart(g["r"], g["c"], chart, {"x_offset": g.get("x", 0), "y_offset": 5})


def render_kesalahan(temuan: list[Temuan], sumber: str | os.PathLike, path: str | os.PathLike) -> None:
    """Write the error report ``<name>_kesalahan.xlsx`` of a workbook that could not be converted.

    Args:
        temuan: every problem found while reading (errors and warnings).
        sumber: the input workbook; each cell reference links into it.
        path: the .xlsx file to write.

    The links are relative to the report's folder where possible (``external:`` links with a
    ``#'Sheet'!A1`` anchor), so they keep working when both folders are moved together.
    """
    import xlsxwriter

    sumber, path = Path(sumber), Path(path)
    try:
        link = os.path.relpath(sumber.resolve(), path.resolve().parent)
    except ValueError:  # another drive (Windows)
        link = str(sumber.resolve())
    items = sorted(temuan, key=lambda t: _URUT_TINGKAT.get(t.tingkat, 3))
    n_galat = sum(t.tingkat is Tingkat.GALAT for t in items)
    n_peringatan = sum(t.tingkat is Tingkat.PERINGATAN for t in items)

    lb = Lembar("Kesalahan", f"Daftar Kesalahan Workbook {sumber.name}")
    kolom = ["No", "Tingkat", "Lembar", "Sel", "Uraian", "Ditemukan", "Seharusnya", "Kode"]
    lb.lebar_kolom(5, 11, 18, 12, 62, 18, 20, 22)
    lb.gabung_sel(0, 0, 0, len(kolom) - 1, Teks(lb.judul), "judul")
    pengantar = (f"Workbook ini belum dapat dikonversi menjadi laporan karena memuat {n_galat} galat. Perbaiki setiap galat "
                 "pada sel yang disebut di bawah (klik alamat sel untuk membuka workbook isian pada sel itu), simpan workbook, "
                 "lalu jalankan konversi kembali.")
    if n_peringatan:
        pengantar += (f" Terdapat pula {n_peringatan} peringatan: peringatan tidak menghentikan konversi, tetapi sebaiknya "
                      "diperiksa juga.")
    lb.gabung_sel(1, 0, 1, len(kolom) - 1, Teks(pengantar), "catatan")
    lb.gabung_sel(2, 0, 2, len(kolom) - 1, Teks(f"Berkas isian: {sumber.name}"), "subjudul")
    r = 4
    for c, text in enumerate(kolom):
        lb.tulis(r, c, Teks(text), "kepala")
    lb.kepala = (r, r)
    r += 1
    first = r
    for n, t in enumerate(items, 1):
        cells = list(t.sel) or [None]
        for k, sel in enumerate(cells):
            lb.tulis(r, 0, Teks(str(n) if k == 0 else ""), "tengah")
            lb.tulis(r, 1, Teks(t.tingkat.label if k == 0 else ""), "tengah")
            if sel:
                sheet_name = _sheet_of(sel)
                ref = sel.rpartition("!")[2] if "!" in sel else "A1"
                anchor = f"{kutip_lembar(sheet_name)}!{ref}" if sheet_name else ref
                lb.tulis(r, 2, Teks(sheet_name or "-"), "teks")
                lb.tulis(r, 3, Tautan(ref, f"external:{link}#{anchor}"), "tautan")
            else:
                lb.tulis(r, 2, Teks("-"), "tengah")
                lb.tulis(r, 3, Teks("-"), "tengah")
            lb.tulis(r, 4, Teks(t.pesan if k == 0 else "Sel terkait dengan masalah di atas."), "teks" if k == 0 else "catatan")
            lb.tulis(r, 5, Teks((t.ditemukan or "-") if k == 0 else ""))
            lb.tulis(r, 6, Teks((t.diharapkan or "-") if k == 0 else ""))
            lb.tulis(r, 7, Teks(t.kode if k == 0 else ""))
            r += 1
    if not items:
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Tidak ada masalah yang tercatat."), "teks")
    else:
        lb.saring = (first - 1, 0, r - 1, len(kolom) - 1)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                                         "in_memory": True})
    wb.set_properties({"title": lb.judul, "author": "lkj_excel"})
    fmt = Format(wb, 2, "spasi")
    ws = wb.add_worksheet(lb.nama)
    Tulis(wb, fmt, None, footer(lb.judul)).lembar(ws, lb)
    wb.close()
