"""The recap across agencies (``rekap_<tahun>.xlsx``), for Bappeda and the Inspektorat.

Each converted workbook contributes a ``RekapInstansi`` (plain data, small, so
that parallel workers can hand it back); ``tulis_rekap`` writes one workbook
with a sheet per view: indicators of every agency, budget per agency,
efficiency per sasaran, AKIP predikat and findings, with charts ranking the
agencies. Every number is taken from the rules' results, none is derived here
except the ranking order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .instansi import sebutan


@dataclass
class BarisIndikator:
    sasaran: str
    indikator: str
    satuan: str
    target: object
    realisasi: object
    capaian: float | None
    kategori: str | None


@dataclass
class BarisSasaran:
    sasaran: str
    capaian: float | None
    kategori: str | None
    anggaran: float | None
    realisasi: float | None
    penyerapan: float | None
    efisiensi: float | None
    tingkat_efisiensi: str | None


@dataclass
class RekapInstansi:
    """What one agency contributes to the recap."""

    berkas: str
    instansi: str
    daerah: str
    tahun: int
    indikator: list[BarisIndikator] = field(default_factory=list)
    sasaran: list[BarisSasaran] = field(default_factory=list)
    anggaran: float | None = None
    realisasi: float | None = None
    penyerapan: float | None = None
    predikat: str | None = None
    tahun_predikat: int | None = None
    n_galat: int = 0
    n_peringatan: int = 0
    n_temuan_audit: int = 0


def dari_hasil(lkjip, hasil, temuan) -> RekapInstansi:
    """Take the recap figures of one converted workbook from its rules results."""
    ident = lkjip.identitas
    nama = sebutan(ident)
    nama_sasaran = {s.kode: s.nama for s in lkjip.sasaran}
    akip = [a for a in hasil.akip if a.predikat]
    rek = RekapInstansi(
        berkas=lkjip.berkas,
        instansi=nama.nama,
        daerah=nama.daerah,
        tahun=ident.tahun,
        anggaran=hasil.anggaran.anggaran,
        realisasi=hasil.anggaran.realisasi,
        penyerapan=hasil.anggaran.penyerapan,
        predikat=akip[-1].predikat if akip else None,
        tahun_predikat=akip[-1].tahun if akip else None,
        n_galat=len(temuan.errors),
        n_peringatan=len(temuan.warnings),
        n_temuan_audit=sum(1 for t in temuan if t.sumber == "audit"),
    )
    for h in hasil.indikator:
        rek.indikator.append(BarisIndikator(nama_sasaran.get(h.kode_sasaran, h.kode_sasaran), h.nama, h.satuan, h.target, h.realisasi, h.capaian, h.kategori))
    for s in hasil.sasaran:
        rek.sasaran.append(BarisSasaran(s.nama, s.capaian, s.kategori, s.anggaran, s.realisasi_anggaran, s.penyerapan, s.nilai_efisiensi, s.tingkat_efisiensi))
    return rek


def buka_rekap(path: Path, judul: str, num_persen: str, num_angka: str):
    """A recap workbook (of the year or of a quarter) with its title and the cell formats both recaps use.

    Returns:
        The xlsxwriter workbook, and its formats by name: kepala, teks, persen, rupiah, angka, judul.
    """
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": judul, "author": "lkj_excel"})
    base = {"font_name": "Calibri", "font_size": 10, "valign": "top", "border": 1, "border_color": "#BFBFBF"}
    f = {
        "kepala": wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "text_wrap": True, "align": "center", "valign": "vcenter"}),
        "teks": wb.add_format({**base, "text_wrap": True}),
        "persen": wb.add_format({**base, "num_format": num_persen}),
        "rupiah": wb.add_format({**base, "num_format": '"Rp "#,##0'}),
        "angka": wb.add_format({**base, "num_format": num_angka}),
        "judul": wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"}),
    }
    return wb, f


def tulis_rekap(items: list[RekapInstansi], path: Path) -> Path:
    """Write the recap workbook.

    Args:
        items: one entry per converted agency.
        path: the .xlsx to write (written as given: the caller writes atomically).

    Returns:
        ``path``.
    """
    wb, f = buka_rekap(path, "Rekapitulasi LKjIP", '0.00"%"', "#,##0.##")
    f_head, f_text, f_pct, f_rp, f_num, f_title = f["kepala"], f["teks"], f["persen"], f["rupiah"], f["angka"], f["judul"]
    tahun = sorted({i.tahun for i in items})
    label_tahun = ", ".join(map(str, tahun))

    def sheet(name: str, title: str, headers: list[tuple[str, float]], rows: list[list], fmts: list):
        ws = wb.add_worksheet(name)
        ws.write_string(0, 0, f"{title} — Tahun {label_tahun}", f_title)
        for c, (h, w) in enumerate(headers):
            ws.write_string(2, c, h, f_head)
            ws.set_column(c, c, w)
        ws.set_row(2, 30)
        for r, row in enumerate(rows, start=3):
            for c, (v, fmt) in enumerate(zip(row, fmts)):
                if v is None:
                    ws.write_blank(r, c, None, fmt)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    ws.write_number(r, c, v, fmt)
                else:
                    ws.write_string(r, c, str(v), f_text)
        ws.freeze_panes(3, 0)
        ws.autofilter(2, 0, max(2, 2 + len(rows)), len(headers) - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(2)
        return ws

    ranked = sorted(items, key=lambda i: (i.penyerapan is None, -(i.penyerapan or 0)))
    ws = sheet(
        "Anggaran", "Anggaran dan Penyerapan per Perangkat Daerah",
        [("Perangkat Daerah", 34), ("Pemerintah Daerah", 22), ("Tahun", 7), ("Anggaran", 20), ("Realisasi", 20), ("Penyerapan", 11), ("Predikat AKIP", 10), ("Tahun Evaluasi", 9), ("Temuan Audit", 9), ("Peringatan", 9)],
        [[i.instansi, i.daerah, i.tahun, i.anggaran, i.realisasi, i.penyerapan, i.predikat, i.tahun_predikat, i.n_temuan_audit, i.n_peringatan] for i in ranked],
        [f_text, f_text, f_num, f_rp, f_rp, f_pct, f_text, f_num, f_num, f_num],
    )
    _ranking_chart(wb, ws, "Anggaran", len(items), 0, 5, "Penyerapan anggaran (%)", "Peringkat penyerapan anggaran", "#2F5597")

    sheet(
        "Indikator", "Target, Realisasi dan Capaian Indikator Kinerja",
        [("Perangkat Daerah", 28), ("Sasaran", 34), ("Indikator", 36), ("Satuan", 9), ("Target", 10), ("Realisasi", 10), ("Capaian", 10), ("Kategori", 14)],
        [[i.instansi, b.sasaran, b.indikator, b.satuan, b.target, b.realisasi, b.capaian, b.kategori] for i in items for b in i.indikator],
        [f_text, f_text, f_text, f_text, f_num, f_num, f_pct, f_text],
    )
    sas_rows = [[i.instansi, s.sasaran, s.capaian, s.kategori, s.anggaran, s.realisasi, s.penyerapan, s.efisiensi, s.tingkat_efisiensi] for i in items for s in i.sasaran]
    ws = sheet(
        "Sasaran", "Capaian, Anggaran dan Efisiensi per Sasaran",
        [("Perangkat Daerah", 28), ("Sasaran", 36), ("Capaian", 10), ("Kategori", 14), ("Anggaran", 20), ("Realisasi", 20), ("Penyerapan", 11), ("Indeks Efisiensi", 11), ("Tingkat Efisiensi", 15)],
        sas_rows,
        [f_text, f_text, f_pct, f_text, f_rp, f_rp, f_pct, f_num, f_text],
    )
    cap = sorted(items, key=lambda i: -(_rata([s.capaian for s in i.sasaran]) or 0))
    ws = sheet(
        "Peringkat", "Peringkat Rata-rata Capaian Sasaran",
        [("Peringkat", 9), ("Perangkat Daerah", 34), ("Rata-rata Capaian Sasaran", 14), ("Jumlah Sasaran", 10), ("Penyerapan", 11)],
        [[n, i.instansi, _rata([s.capaian for s in i.sasaran]), len(i.sasaran), i.penyerapan] for n, i in enumerate(cap, start=1)],
        [f_num, f_text, f_pct, f_num, f_pct],
    )
    _ranking_chart(wb, ws, "Peringkat", len(items), 1, 2, "Rata-rata capaian sasaran (%)", "Peringkat capaian kinerja", "#548235")
    wb.close()
    return path


def _ranking_chart(wb, ws, sheet: str, n: int, label_col: int, value_col: int, series: str, title: str, color: str) -> None:
    """A horizontal bar chart of one column of the sheet's table (rows 4..), placed under it."""
    if not n:
        return
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({
        "name": series,
        "categories": [sheet, 3, label_col, 2 + n, label_col],
        "values": [sheet, 3, value_col, 2 + n, value_col],
        "data_labels": {"value": True, "num_format": "0.00"},
        "fill": {"color": color},
    })
    chart.set_title({"name": title})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})
    chart.set_size({"width": 720, "height": max(240, 28 * n + 80)})
    ws.insert_chart(4 + n, 0, chart)


def _rata(values: list[float | None]) -> float | None:
    """The plain mean used only to order the ranking sheet (shown as such in its header)."""
    nums = [v for v in values if v is not None]
    return sum(nums) / len(nums) if nums else None
