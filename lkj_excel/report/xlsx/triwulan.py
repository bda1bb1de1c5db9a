"""The quarters in the output workbooks: the quarterly table of a sasaran in the LKjIP's Bab III, and the
workbook of the quarterly report (``render_workbook_triwulan``: capaian to date, budget to date, the agency's
notes, the findings), each derived cell the formula of its rule (``triwulan.py``) with its value.
"""

from __future__ import annotations

import os

from ...instansi import sebutan
from ...model import LKjIP
from ...problems import Temuan
from ...rules import Hasil
from ...triwulan import ROMAWI, HasilTriwulan, HasilTriwulanIndikator, nama_cara
from ..katalog import Entri
from .gaya import Format
from .konteks import Konteks
from .lembar import Lembar, Nama, Teks
from .rumah import Rumah
from .temuan import LembarTemuan
from .tulis import Tulis, footer, lembar_cepat

__all__ = ["triwulan", "tabel_capaian_triwulan", "render_workbook_triwulan"]


def triwulan(kt: Konteks, lb: Lembar, t: Entri) -> None:
    """Bab III: the quarters of one sasaran's indicators over the whole year (``Hasil.triwulan``)."""
    ht: HasilTriwulan = kt.h.triwulan
    s = next(x for x in kt.l.sasaran if x.kode == t.kode_sasaran)
    r = kt.kop(lb, 10)
    lb.gabung_sel(r - 1, 0, r - 1, 9, Teks(f"Sasaran: {s.nama}"), "bagian")
    his = ht.indikator_sasaran(s.kode)
    r = tabel_capaian_triwulan(kt, lb, r, his, ht.n)
    tabel_pecahan_triwulan(kt, lb, r, his, ht.n)


def _kolom(n: int) -> list[tuple[str, str | None]]:
    kolom: list[tuple[str, str | None]] = [("No", None), ("Indikator", None), ("Satuan", None), ("Cara Perhitungan", None)]
    for q in range(1, 5):
        kolom += [(f"TW {ROMAWI[q - 1]}", "Target"), (f"TW {ROMAWI[q - 1]}", "Realisasi"), (f"TW {ROMAWI[q - 1]}", "Capaian (%)")]
    sd = f"s.d. TW {ROMAWI[n - 1]}"
    kolom += [(sd, "Target"), (sd, "Realisasi"), (sd, "Capaian (%)"), ("Tahun", "Target"), ("Tahun", "Capaian (%)")]
    return kolom


def tabel_capaian_triwulan(kt: Konteks, lb: Lembar, r: int, indikator: list[HasilTriwulanIndikator], n: int,
                           sasaran: dict[str | None, str] | None = None) -> int:
    """The quarterly table of some indicators from row ``r``: each quarter's target, realisasi and capaian, the
    figures to date and against the year's target; formula indicators' pembilang and penyebut below it.
    ``sasaran``: group the rows under their sasaran's name (code -> name). Returns the next free row.
    The pembilang and penyebut of formula indicators are ``tabel_pecahan_triwulan``'s."""
    kolom = _kolom(n)
    lb.lebar_kolom(5, 34, 9, 12, *([10] * (len(kolom) - 4)))
    r = kt.kepala(lb, r, kolom)
    groups: list[tuple[str | None, list[HasilTriwulanIndikator]]] = []
    for hi in indikator:
        key = hi.kode_sasaran if sasaran is not None else None
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(hi)
    no = 0
    for key, his in groups:
        if sasaran is not None:
            lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks(f"Sasaran: {sasaran.get(key) or 'tanpa sasaran'}"), "teks", tebal=True)
            r += 1
        for hi in his:
            no += 1
            lb.tulis(r, 0, Teks(str(no)), "tengah")
            lb.tulis(r, 1, Teks(hi.nama + (" (indikator operasional)" if hi.operasional else "")))
            lb.tulis(r, 2, Teks(hi.satuan), "tengah")
            lb.tulis(r, 3, Teks(nama_cara(hi.cara)), "tengah")
            c = 4
            for hk in hi.kuartal:
                for f in ("target", "realisasi"):
                    lb.tulis(r, c, Nama(hk.env_name(f)), *kt.nama_gaya(hk.env_name(f), hi.satuan))
                    c += 1
                lb.tulis(r, c, Nama(hk.env_name("capaian")), "persen")
                c += 1
            for f in ("target_sd", "realisasi_sd"):
                lb.tulis(r, c, Nama(hi.env_name(f)), *kt.nama_gaya(hi.env_name(f), hi.satuan))
                c += 1
            lb.tulis(r, c, Nama(hi.env_name("capaian_sd")), "persen")
            lb.tulis(r, c + 1, Nama(hi.env_name("target_tahun")), *kt.nama_gaya(hi.env_name("target_tahun"), hi.satuan))
            lb.tulis(r, c + 2, Nama(hi.env_name("capaian_tahun")), "persen")
            r += 1
    return r


KOLOM_CAPAIAN_SD = 4 + 3 * 4 + 2
"""The column of the capaian to date in ``tabel_capaian_triwulan``."""


def tabel_pecahan_triwulan(kt: Konteks, lb: Lembar, r: int, indikator: list[HasilTriwulanIndikator], n: int) -> int:
    """The pembilang and penyebut of each quarter of the formula indicators among ``indikator``, from row ``r``
    (nothing where none has them). Returns the next free row."""
    rumus = [hi for hi in indikator if any(f"TW:{hi.kode}.realisasi_pembilang_{q}" in kt.env
                                           and kt.nilai(f"TW:{hi.kode}.realisasi_pembilang_{q}") is not None for q in range(1, n + 1))]
    if rumus:
        r += 1
        lb.gabung_sel(r, 0, r, 11, Teks("Pembilang dan penyebut realisasi per triwulan (indikator rumus)"), "bagian")
        r += 1
        sub = [("No", None), ("Indikator", None)]
        for q in range(1, n + 1):
            sub += [(f"TW {ROMAWI[q - 1]}", "Pembilang"), (f"TW {ROMAWI[q - 1]}", "Penyebut")]
        r = kt.kepala(lb, r, sub, utama=False)
        for i, hi in enumerate(rumus, 1):
            lb.tulis(r, 0, Teks(str(i)), "tengah")
            lb.tulis(r, 1, Teks(hi.nama))
            for q in range(1, n + 1):
                for j, f in enumerate(("realisasi_pembilang", "realisasi_penyebut")):
                    lb.tulis(r, 2 + 2 * (q - 1) + j, Nama(f"TW:{hi.kode}.{f}_{q}"), "angka")
            r += 1
    return r


def _lembar_capaian(kt: Konteks, ht: HasilTriwulan) -> Lembar:
    romawi = ROMAWI[ht.n - 1]
    lb = Lembar(f"Capaian TW {romawi}", f"Capaian Kinerja sampai dengan Triwulan {romawi} Tahun {ht.tahun}")
    r = kt.kop(lb, 10)
    sasaran = {s.kode: s.nama for s in kt.l.sasaran}
    urut = [hi for s in kt.l.sasaran for hi in ht.indikator_sasaran(s.kode)]
    urut += [hi for hi in ht.indikator if hi.kode_sasaran not in sasaran]
    r = tabel_capaian_triwulan(kt, lb, r, urut, ht.n, sasaran)
    lb.gabung_sel(r, 0, r, KOLOM_CAPAIAN_SD - 1, Teks(f"Rata-rata capaian indikator terhadap target s.d. triwulan {romawi}"),
                  "teks", tebal=True)
    lb.tulis(r, KOLOM_CAPAIAN_SD, Nama(ht.nama_rata), "persen", tebal=True)
    tabel_pecahan_triwulan(kt, lb, r + 1, urut, ht.n)
    return lb


def _lembar_anggaran(kt: Konteks, ht: HasilTriwulan) -> Lembar:
    romawi = ROMAWI[ht.n - 1]
    lb = Lembar(f"Anggaran TW {romawi}", f"Realisasi Anggaran sampai dengan Triwulan {romawi} Tahun {ht.tahun}")
    kode = any(ha.kode for ha in ht.anggaran)  # a Kode column only where the budget lines have codes
    kolom = [("No", None), *([("Kode", None)] if kode else []), ("Program / Kegiatan / Sub Kegiatan", None), ("Anggaran", None)]
    kolom += [(f"Realisasi TW {ROMAWI[q - 1]}", None) for q in range(1, ht.n + 1)]
    kolom += [(f"Realisasi s.d. TW {romawi}", None), (f"Penyerapan s.d. TW {romawi} (%)", None)]
    lb.lebar_kolom(5, *([18] if kode else []), 44, 18, *([18] * ht.n), 18, 13)
    r = kt.kepala(lb, kt.kop(lb, len(kolom)), kolom)
    c0 = 2 if kode else 1  # the column of the name
    for no, ha in enumerate(ht.anggaran, 1):
        lb.tulis(r, 0, Teks(str(no)), "tengah")
        if kode:
            lb.tulis(r, 1, Teks(ha.kode or ""), "tengah")
        lb.tulis(r, c0, Teks(ha.nama))
        lb.tulis(r, c0 + 1, Nama(ha.env_name("anggaran")), "rupiah")
        for q in range(1, ht.n + 1):
            lb.tulis(r, c0 + 1 + q, Nama(ha.env_name(f"realisasi_{q}")), "rupiah")
        lb.tulis(r, c0 + 2 + ht.n, Nama(ha.env_name("realisasi_sd")), "rupiah")
        lb.tulis(r, c0 + 3 + ht.n, Nama(ha.env_name("penyerapan_sd")), "persen")
        r += 1
    j = ht.jumlah_anggaran
    lb.gabung_sel(r, 0, r, c0, Teks("Jumlah"), "teks", tebal=True)
    lb.tulis(r, c0 + 1, Nama(j.env_name("anggaran")), "rupiah", tebal=True)
    lb.tulis(r, c0 + 2 + ht.n, Nama(j.env_name("realisasi_sd")), "rupiah", tebal=True)
    lb.tulis(r, c0 + 3 + ht.n, Nama(j.env_name("penyerapan_sd")), "persen", tebal=True)
    return lb


def _lembar_catatan(kt: Konteks, ht: HasilTriwulan) -> Lembar:
    romawi = ROMAWI[ht.n - 1]
    lb = Lembar(f"Catatan TW {romawi}", f"Kendala dan Tindak Lanjut sampai dengan Triwulan {romawi} Tahun {ht.tahun}")
    lb.lebar_kolom(5, 36, 10, 50, 50)
    r = kt.kepala(lb, kt.kop(lb, 5), [("No", None), ("Indikator", None), ("Triwulan", None), ("Kendala", None),
                                      ("Tindak Lanjut", None)])
    nama = {hi.kode: hi.nama for hi in ht.indikator}
    catatan = sorted((c for c in kt.l.catatan_triwulan if c.triwulan <= ht.n), key=lambda c: (list(nama).index(c.kode)
                     if c.kode in nama else len(nama), c.triwulan))
    for no, c in enumerate(catatan, 1):
        lb.tulis(r, 0, Teks(str(no)), "tengah")
        lb.tulis(r, 1, Teks(nama.get(c.kode, c.kode)))
        lb.tulis(r, 2, Teks(ROMAWI[c.triwulan - 1]), "tengah")
        lb.tulis(r, 3, Teks(c.kendala or "-"))
        lb.tulis(r, 4, Teks(c.tindak_lanjut or "-"))
        r += 1
    if not catatan:
        lb.gabung_sel(r, 0, r, 4, Teks("Tidak ada kendala yang dicatat pada lembar CatatanTriwulan."), "catatan")
    return lb


def render_workbook_triwulan(lkjip: LKjIP, hasil: Hasil, ht: HasilTriwulan, temuan: list[Temuan],
                             path: str | os.PathLike) -> None:
    """Write the workbook of the quarterly report up to quarter ``ht.n``.

    Args:
        lkjip: the workbook as read.
        hasil: the rules' results, whose environment holds the quarterly figures
            (``triwulan.hitung_triwulan(lkjip, n, hasil)``).
        ht: the quarterly figures.
        temuan: the findings, listed on the sheet Temuan with links to their cells.
        path: the .xlsx to write (overwritten).
    """
    import xlsxwriter

    kt = Konteks(lkjip, hasil)
    sheets = [_lembar_capaian(kt, ht), _lembar_anggaran(kt, ht), _lembar_catatan(kt, ht)]
    rumah = Rumah(hasil, sheets)
    temuan_lb = LembarTemuan(kt, rumah, list(temuan))
    lembar_temuan = temuan_lb.lembar()
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                         "strings_to_urls": False, "in_memory": True})
    i = lkjip.identitas
    nama = sebutan(i).nama_lengkap
    judul = f"Laporan Capaian Kinerja Triwulan {ROMAWI[ht.n - 1]} {nama} Tahun {i.tahun}"
    wb.set_properties({"title": judul, "subject": "Laporan capaian kinerja triwulanan", "author": "lkj_excel", "company": nama})
    wb.set_calc_mode("auto")
    fmt = Format(wb, lkjip.pengaturan.desimal_persen, lkjip.pengaturan.format_rupiah)
    tulis = Tulis(wb, fmt, rumah, footer(judul))
    order = [*sheets, lembar_temuan]
    kelas = lembar_cepat()
    ws = {lb.nama: wb.add_worksheet(lb.nama, worksheet_class=kelas) for lb in order}
    for lb in order:
        tulis.lembar(ws[lb.nama], lb, temuan_lb.sorot, temuan_lb.komentar)
    ws[sheets[0].nama].activate()
    wb.close()
