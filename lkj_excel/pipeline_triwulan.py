"""The quarterly report of one workbook, inside ``pipeline.konversi``: which quarter, and its outputs.

``pilih_triwulan`` decides the quarter (the one asked for with ``--triwulan N``, or the last filled one
of a workbook that has no yearly realisasi yet); ``tulis_laporan_triwulan`` writes
``<nama>_triwulan<N>.docx`` and ``.xlsx`` through the same temporary folder as the LKjIP
(``sementara.Kiriman``), so they are placed together or not at all, and leaves the agency's line of
the quarterly recap in the result.
"""

from __future__ import annotations

from pathlib import Path

from .katalog_temuan import Audit as A
from .sementara import Kiriman

__all__ = ["pilih_triwulan", "tulis_laporan_triwulan"]

_TAHUNAN = {A.REALISASI_KOSONG.kode, A.REALISASI_ANGGARAN_KOSONG.kode}
"""Findings of a year not yet over: in a quarterly report, a yearly realisasi is expected to be empty."""


def _ada_realisasi_tahunan(hasil) -> bool:
    return (any(hi.realisasi is not None for hi in hasil.indikator)
            or any(ho.realisasi is not None for ho in hasil.operasional)
            or any(p.realisasi is not None for p in hasil.program if p.terbawah))


def pilih_triwulan(result, triwulan: int | None) -> int | None:
    """The quarter to report on, or None for the LKjIP; an automatic choice is said in ``result.catatan``."""
    from .triwulan import ROMAWI, triwulan_terisi

    lkjip, hasil = result.lkjip, result.hasil
    if triwulan:
        if not lkjip.triwulan:
            result.catatan.append(f"Workbook ini tidak memuat target dan realisasi per triwulan (lembar Triwulan); laporan "
                                  f"triwulan {ROMAWI[triwulan - 1]} disusun tanpa capaian indikator.")
        return triwulan
    terisi = triwulan_terisi(lkjip)
    if 1 <= terisi <= 3 and not _ada_realisasi_tahunan(hasil):
        result.catatan.append(f"Realisasi per triwulan terisi sampai dengan triwulan {ROMAWI[terisi - 1]} dan realisasi "
                              f"tahunan belum diisi; disusun laporan triwulan {ROMAWI[terisi - 1]} (bukan LKjIP).")
        return terisi
    return None


def tulis_laporan_triwulan(result, out: Path, stem: str, n: int, *, pdf: bool = False) -> None:
    """Write the quarterly Word report and its workbook (and the PDF), placed together; the recap line in ``result.rekap``."""
    from .pipeline import _pasang, _pdf
    from .report.docx.triwulan import render_laporan_triwulan
    from .report.xlsx.triwulan import render_workbook_triwulan
    from .rekap_triwulan import dari_hasil_triwulan
    from .triwulan import hitung_triwulan

    lkjip, hasil, temuan = result.lkjip, result.hasil, result.temuan
    temuan.items[:] = [t for t in temuan.items if not (t.sumber == "audit" and t.kode in _TAHUNAN)]
    ht = hitung_triwulan(lkjip, n, hasil)
    if pdf:
        from .report.libreoffice import start_session

        start_session()
    with Kiriman(out) as kiriman:
        kiriman.tulis(out / f"{stem}_triwulan{n}.xlsx", lambda tmp: render_workbook_triwulan(lkjip, hasil, ht, list(temuan), tmp))
        docx = kiriman.tulis(out / f"{stem}_triwulan{n}.docx",
                             lambda tmp: render_laporan_triwulan(lkjip, hasil, ht, list(temuan), tmp, sumber=result.sumber))
        if pdf:
            _pdf(result, kiriman, docx, out)
        _pasang(result, kiriman)
    result.rekap = dari_hasil_triwulan(lkjip, ht, temuan)
