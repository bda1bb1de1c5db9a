"""Plausibility: figures that can be computed but hardly mean what the agency intends, each a warning naming its cell.

* a negative capaian the report prints (an earlier year's, against the Renstra end target or the national
  standard, a sasaran's; the report year's of an indicator is ``audit.cek_kewajaran``'s), usually a far-off
  comparator or a wrong polarity;
* a capaian that contradicts the indicator's polarity against its comparator: above 100% although the
  realisasi is worse than the target (or the Renstra end target, the national standard), or below 100%
  although it is better; for a derived capaian (a negative target, for one) and for a stated one
  (Capaian Tertulis: the agency may have measured a negative indicator as a positive one);
* a realisasi recorded in another unit than the indicator's (column Satuan Realisasi, or a percent sign
  typed with the value, "65,58%");
* text typed into a column of a supporting table whose other cells are numbers ("abc" in a count
  column): the column is then read as text, and not added up.

Checks have the audit's form ``(lkjip, hasil, catat) -> None`` and are part of ``audit.PEMERIKSAAN``.
"""

from __future__ import annotations

from .angka import AngkaTidakTerbaca, baca_angka, bulat, dengan_kata, sama_satuan
from .katalog_temuan import Audit as A
from .model import LKjIP, Polaritas
from .rules import Hasil
from .schema import normal

__all__ = ["cek_capaian_negatif", "cek_polaritas", "cek_satuan_realisasi", "cek_teks_kolom_angka"]

MAKS_SEL_TEKS = 10
"""The most text cells of one column reported one by one (a column of text is not meant as numbers)."""


def _teks():
    from .audit import _indikator_teks, _semua_baris, _semua_indikator

    return _indikator_teks, _semua_baris, _semua_indikator


def _beda(a, b, nd):
    from .audit import _beda

    return _beda(a, b, nd)


def _sel_realisasi(row):
    from .audit import _sel_realisasi

    return _sel_realisasi(row)


def cek_capaian_negatif(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """Negative capaian of earlier years, against the Renstra end target and the national standard, of a sasaran."""
    nama_ind, _, semua = _teks()
    for ind, hi, rows in semua(lkjip, hasil):
        for ht in hi.riwayat[:-1]:
            if ht.capaian is not None and bulat(ht.capaian, catat.nd) < 0:
                row = rows.get(ht.tahun)
                catat(A.CAPAIAN_NEGATIF, _sel_realisasi(row), row.cells.get("target") if row else None,
                      apa=f"Capaian {ht.tahun} {nama_ind(ind)}", capaian=catat.persen(ht.capaian),
                      ditemukan=catat.persen(ht.capaian))
        br = hi.renstra
        if br is not None and br.persen is not None and bulat(br.persen, catat.nd) < 0:
            rs = lkjip.renstra_by_kode(br.kode_renstra)
            row = rows.get(hasil.tahun)
            catat(A.CAPAIAN_NEGATIF, rs.cells.get("target_akhir") if rs else None, _sel_realisasi(row),
                  apa=f"Capaian {nama_ind(ind)} terhadap target akhir Renstra", capaian=catat.persen(br.persen),
                  ditemukan=catat.persen(br.persen))
        bs = getattr(hi, "standar", None)
        if bs is not None and bs.persen is not None and bulat(bs.persen, catat.nd) < 0:
            catat(A.CAPAIAN_NEGATIF, ind.cells.get("standar_nasional"), apa=f"Capaian {nama_ind(ind)} terhadap standar nasional",
                  capaian=catat.persen(bs.persen), ditemukan=catat.persen(bs.persen))
    for s, hs in zip(lkjip.sasaran, hasil.sasaran):
        if hs.capaian is not None and bulat(hs.capaian, catat.nd) < 0:
            catat(A.CAPAIAN_NEGATIF, s.cells.get("kode"), apa=f'Capaian sasaran {s.kode} "{s.nama}"',
                  capaian=catat.persen(hs.capaian), ditemukan=catat.persen(hs.capaian))


def _arah(polaritas: Polaritas, realisasi: float, pembanding: float) -> int:
    """+1 where the realisasi is better than its comparator by the polarity, -1 where worse, 0 where equal."""
    beda = (realisasi > pembanding) - (realisasi < pembanding)
    return -beda if polaritas is Polaritas.NEGATIF else beda


def cek_polaritas(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """A capaian above 100% for a realisasi worse than its comparator (or below 100% for a better one)."""
    nama_ind, baris, semua = _teks()

    def periksa(ind, apa, realisasi, pembanding, satuan, capaian, *cells):
        if ind.polaritas is Polaritas.PREDIKAT or capaian is None:
            return
        if not all(isinstance(x, (int, float)) for x in (realisasi, pembanding)):
            return
        arah, cap = _arah(ind.polaritas, realisasi, pembanding), bulat(capaian, catat.nd)
        if (arah < 0 and cap > 100) or (arah > 0 and cap < 100):
            catat(A.CAPAIAN_BERLAWANAN_POLARITAS, *cells, apa=apa, capaian=catat.persen(capaian),
                  realisasi=catat.nilai(realisasi, satuan), arah="lebih rendah dari" if realisasi < pembanding else
                  "lebih tinggi dari", pembanding=catat.nilai(pembanding, satuan), polaritas=ind.polaritas.value,
                  ditemukan=catat.persen(capaian))

    for ind, hi, row in baris(lkjip, hasil):
        ht = hi.tahun(row.tahun) if hi else None
        if ht is None:
            continue
        sel_r = _sel_realisasi(row)
        sel_t = ind.cells.get("target") if row.tahun == hasil.tahun else row.cells.get("target")
        if row.capaian_tertulis is not None and _beda(row.capaian_tertulis, ht.capaian, catat.nd):  # else: as derived
            periksa(ind, f"Capaian tertulis {row.tahun} {nama_ind(ind)}", ht.realisasi, ht.target, ind.satuan,
                    row.capaian_tertulis, row.cells.get("capaian_tertulis"), sel_r, sel_t)
        periksa(ind, f"Capaian {row.tahun} {nama_ind(ind)}", ht.realisasi, ht.target, ind.satuan, ht.capaian, sel_t, sel_r)
    for ind, hi, rows in semua(lkjip, hasil):
        br = hi.renstra
        rs = lkjip.renstra_by_kode(br.kode_renstra) if br is not None else None
        if br is not None and br.basis is not None and rs is not None:
            periksa(rs, f"Capaian {nama_ind(ind)} terhadap target akhir Renstra", br.nilai, br.target_akhir, br.satuan,
                    br.persen, rs.cells.get("target_akhir"))
        bs = getattr(hi, "standar", None)
        if bs is not None:
            periksa(ind, f"Capaian {nama_ind(ind)} terhadap standar nasional", hi.realisasi, bs.standar, ind.satuan,
                    bs.persen, ind.cells.get("standar_nasional"))


def cek_satuan_realisasi(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """A realisasi recorded (column Satuan Realisasi) in another unit than the indicator's."""
    nama_ind, baris, _ = _teks()
    for ind, _, row in baris(lkjip, hasil):
        if row.satuan_realisasi and ind.satuan and not sama_satuan(row.satuan_realisasi, ind.satuan):
            catat(A.SATUAN_REALISASI_BERBEDA, row.cells.get("satuan_realisasi"), ind.cells.get("satuan"), tahun=row.tahun,
                  indikator=nama_ind(ind), satuan_realisasi=row.satuan_realisasi, satuan=ind.satuan,
                  ditemukan=row.satuan_realisasi, diharapkan=ind.satuan)


def _angka(v: object) -> bool | None:
    """True for a number (or a text that reads as one), False for other text, None for no data."""
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    try:
        return baca_angka(v) is not None or None
    except AngkaTidakTerbaca:
        return False


def cek_teks_kolom_angka(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """Text in a supporting table's column whose other cells are numbers: the column is read as text."""
    for tabel in lkjip.pendukung:
        for j, kolom in enumerate(tabel.kolom):
            if kolom.numerik or normal(kolom.judul) in ("no", "nomor"):
                continue
            kinds = [(_angka(row[j]) if j < len(row) else None, i) for i, row in enumerate(tabel.baris)]
            angka = sum(1 for k, _ in kinds if k)
            teks = [i for k, i in kinds if k is False]
            if angka < 2 or not teks or len(teks) >= angka:
                continue
            for i in teks[:MAKS_SEL_TEKS]:
                where = tabel.sel[i][j]
                isi = f'"{tabel.baris[i][j]}"'
                catat(A.TEKS_PADA_KOLOM_ANGKA, where, kolom=kolom.judul, tabel=tabel.judul, jumlah=dengan_kata(angka, "baris"),
                      sel=where, isi=isi, ditemukan=isi, diharapkan="angka")
