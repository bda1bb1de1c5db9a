"""The output workbook of one converted LKjIP (``render_workbook``): its sheets in order, and which
builder lays out which table.

``PENYUSUN`` maps every kind of table of the report's catalogue (``report.katalog.Jenis``) to its
builder: adding a table to the report is one catalogue entry, one Word builder and one builder
function here with its entry.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ...instansi import sebutan
from ...model import LKjIP
from ...problems import Temuan
from ...rules import Hasil
from ...tertulis import padanan
from . import bab2, bab3, lampiran, pembanding
from .triwulan import triwulan as triwulan_sasaran
from .gaya import Format
from .konteks import Konteks
from .lembar import Lembar
from .penilaian import lembar_penilaian
from .ringkasan import grafik_ringkasan, lembar_ringkasan, temuan_ringkasan
from .rumah import Rumah
from .skala import lembar_skala
from ..katalog import Entri, Jenis, Katalog
from .temuan import LembarTemuan
from .tulis import Tulis, footer, lembar_cepat

Penyusun = Callable[[Konteks, Lembar, Entri], None]
"""A builder: lays out the table ``Entri`` of the catalogue into the empty sheet ``Lembar``."""

PENYUSUN: dict[Jenis, Penyusun] = {
    Jenis.RENSTRA: bab2.renstra,
    Jenis.INDIKATOR_RENSTRA: bab2.indikator_renstra,
    Jenis.PK: bab2.pk,
    Jenis.ANGGARAN: bab2.anggaran,
    Jenis.PENGUKURAN: bab3.pengukuran,
    Jenis.CAPAIAN_SASARAN: bab3.capaian_sasaran,
    Jenis.PENJELASAN_SASARAN: bab3.penjelasan_sasaran,
    Jenis.OPERASIONAL: bab3.operasional,
    Jenis.PENDUKUNG: bab3.pendukung,
    Jenis.AKIP: bab3.akip,
    Jenis.ANGGARAN_SASARAN: bab3.anggaran_sasaran,
    Jenis.EFISIENSI: bab3.efisiensi,
    Jenis.TRIWULAN: triwulan_sasaran,
    Jenis.PEMBANDING: pembanding.pembanding,
    Jenis.RIWAYAT_INDIKATOR: lampiran.riwayat,
    Jenis.DEFINISI_INDIKATOR: lampiran.definisi,
}


def susun_lembar(kt: Konteks) -> list[Lembar]:
    """The sheets Ringkasan, the report's tables, Penilaian Mandiri and Skala, in workbook order.

    The tables are laid out first and Ringkasan last, since Ringkasan shows what they left in
    ``kt``. Temuan comes later (``render_workbook``): its links need every figure's home.
    """
    tables = []
    for t in kt.tabel:
        lb = Lembar(t.lembar, t.caption)
        PENYUSUN[t.jenis](kt, lb, t)
        kt.daftar(t.jenis, lb)
        tables.append(lb)
    tables.append(lembar_penilaian(kt))
    skala = lembar_skala(kt)
    ringkasan = lembar_ringkasan(kt)
    return [ringkasan, *tables, skala]


def render_workbook(lkjip: LKjIP, hasil: Hasil, temuan: list[Temuan], path: str | os.PathLike, *,
                    kat: Katalog | None = None) -> None:
    """Write the output workbook of one converted LKjIP.

    Args:
        lkjip: the workbook as read (``reader.read_workbook``).
        hasil: everything derived from it (``rules.hitung``).
        temuan: the reader's warnings and the audit's findings, in any order.
        path: the .xlsx file to write (overwritten).
        kat: the report's catalogue of tables (made from ``lkjip`` and ``hasil`` when not given).

    The sheets: Ringkasan, one per table of the report's catalogue (``report.katalog``), Temuan, Skala.
    Inputs are copied as values; every derived cell is the formula of its rule over those
    cells, stored with its computed value. Texts from the input are always written as texts.
    """
    import xlsxwriter

    kt = Konteks(lkjip, hasil, kat)
    sheets = susun_lembar(kt)
    ringkasan, *tables, skala = sheets
    # homes: inputs in their tables first, then derived figures in report order, Ringkasan last
    rumah = Rumah(hasil, [*tables, skala, ringkasan])
    rumah.tautkan_tertulis(padanan(lkjip, hasil))
    for code, rg in kt.rentang_skala.items():
        rumah.env.set_scale_ranges(code, rg)
    temuan_lb = LembarTemuan(kt, rumah, list(temuan))
    lembar_temuan = temuan_lb.lembar()
    temuan_ringkasan(kt, ringkasan, temuan_lb)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                         "strings_to_urls": False, "in_memory": True})
    i = lkjip.identitas
    wb.set_properties({"title": ringkasan.judul, "subject": "Laporan Kinerja Instansi Pemerintah", "author": "lkj_excel",
                       "company": sebutan(i).nama_lengkap})
    wb.set_calc_mode("auto")
    fmt = Format(wb, lkjip.pengaturan.desimal_persen, lkjip.pengaturan.format_rupiah)
    tulis = Tulis(wb, fmt, rumah, footer(i.judul_singkat or f"LKjIP {sebutan(i).nama_lengkap} Tahun {i.tahun}"))
    order = [ringkasan, *tables, lembar_temuan, skala]
    lembar = lembar_cepat()
    ws = {lb.nama: wb.add_worksheet(lb.nama, worksheet_class=lembar) for lb in order}
    for lb in order:
        tulis.lembar(ws[lb.nama], lb, temuan_lb.sorot, temuan_lb.komentar)
    grafik_ringkasan(wb, ws["Ringkasan"], ringkasan, kt)
    ws["Ringkasan"].activate()
    wb.close()
