"""The audit of stated figures: every figure the agency states beside one the tool derives (``tertulis.padanan``).

Each stated figure is compared with the derived one at the precision the report prints it with
(``audit._beda``: percentages and other numbers at most ``Pengaturan.desimal_persen`` decimals, and no
more than the stated figure was written with; Rupiah whole; categories and names without case).
Equal: silent. Different: a finding naming the typed cell first, then the cells the derived value
comes from, with both values; the output workbook links it to the cell that shows the derived value.

Sources across tables (``sumber``): an indicator's pembilang or penyebut that names its source in a
supporting table is compared with that table's figure, the finding naming both cells.
"""

from __future__ import annotations

from .angka import fmt_angka, fmt_angka_ringkas, fmt_selisih
from .katalog_temuan import Audit as A
from .model import LKjIP
from .rules import Hasil
from .sumber import Gagal, nilai_sumber, urai
from .tertulis import ANGKA, LABEL, NILAI, PERSEN, RUPIAH, SELISIH, TEKS, Padanan, padanan

__all__ = ["cek_nilai_tertulis", "cek_sumber", "tulis_angka"]


def tulis_angka(catat, pd: Padanan, x: object) -> str:
    """A stated or derived figure as the report prints it (``catat``: the audit's ``_Catat``)."""
    if isinstance(x, str) or pd.cetak in (LABEL, TEKS):
        return f'"{x}"' if pd.cetak == TEKS else str(x)
    if pd.cetak == PERSEN:
        return catat.persen(x)
    if pd.cetak == RUPIAH:
        return catat.rp(x)
    if pd.cetak == NILAI:
        return catat.nilai(x, pd.satuan)
    if pd.cetak == SELISIH:
        return fmt_selisih(x, pd.satuan, catat.nd)
    assert pd.cetak == ANGKA, pd.cetak
    return fmt_angka(x, catat.nd)


def _presisi(pd: Padanan, nd: int) -> int:
    return 0 if pd.cetak == RUPIAH else nd


def cek_nilai_tertulis(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """Stated figures (tool-filled columns, Kategori Tertulis, sheet AngkaTertulis) against the derived ones."""
    from .audit import _beda

    for pd in padanan(lkjip, hasil):
        t = tulis_angka(catat, pd, pd.tertulis)
        if pd.dihitung is None:
            if pd.sebab:
                catat(A.ANGKA_TERTULIS_TANPA_PADANAN, pd.sel, apa=pd.apa, tertulis=t, sebab=pd.sebab, ditemukan=t)
            continue
        if not _beda(pd.tertulis, pd.dihitung, _presisi(pd, catat.nd)):
            continue
        d = tulis_angka(catat, pd, pd.dihitung)
        if pd.kolom:
            catat(A.NILAI_TERTULIS_BERBEDA, pd.sel, *pd.terkait, varian="kolom_otomatis", apa=pd.apa, tertulis=t,
                  kolom=pd.kolom, dihitung=d, ditemukan=t, diharapkan=d)
        else:
            catat(A.NILAI_TERTULIS_BERBEDA, pd.sel, *pd.terkait, varian="tertulis", apa=pd.apa, tertulis=t, dihitung=d,
                  ditemukan=t, diharapkan=d)


def _baris_ini(lkjip: LKjIP, hasil: Hasil):
    """Every indicator (PK, operational) with its row of the report year (sheet Realisasi, or its Operasional row)."""
    for ind in lkjip.indikator:
        yield ind, lkjip.realisasi_of(ind.kode, hasil.tahun)
    for o in lkjip.operasional:
        yield o, next((r for r in o.baris_realisasi(hasil.tahun) if r.tahun == hasil.tahun), None)


def cek_sumber(lkjip: LKjIP, hasil: Hasil, catat) -> None:
    """An indicator's pembilang and penyebut against the supporting-table figure named as their source."""
    from .audit import _beda, _indikator_teks

    for ind, row in _baris_ini(lkjip, hasil):
        for bagian in ("pembilang", "penyebut"):
            teks = getattr(ind, f"sumber_{bagian}")
            if not teks:
                continue
            sel_sumber = ind.cells.get(f"sumber_{bagian}")
            src = urai(teks, lkjip.pendukung)
            if isinstance(src, Gagal):
                catat(A.SUMBER_TIDAK_DIKENAL, sel_sumber, varian=src.varian, bagian=bagian, indikator=_indikator_teks(ind),
                      sumber=teks, ditemukan=teks, **src.isian)
                continue
            tertulis = getattr(row, f"realisasi_{bagian}") if row is not None else None
            nilai = nilai_sumber(src, hasil)
            if tertulis is None or nilai is None or not _beda(tertulis, nilai, catat.nd):
                continue
            t, d = fmt_angka_ringkas(tertulis, catat.nd), fmt_angka_ringkas(nilai, catat.nd)
            catat(A.SUMBER_BERBEDA, row.cells.get(f"realisasi_{bagian}"), *src.sel, sel_sumber,
                  apa=f"Realisasi {bagian} {hasil.tahun} {_indikator_teks(ind)}", tertulis=t, sumber=src.teks,
                  nilai_sumber=d, ditemukan=t, diharapkan=d)
