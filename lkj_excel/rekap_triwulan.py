"""The quarterly recap across agencies (``rekap_triwulan<N>_<tahun>.xlsx``), for Bappeda and the Inspektorat.

Each quarterly report contributes a ``RekapTriwulan`` (plain data, small enough to come back from a worker
process); ``tulis_rekap_triwulan`` writes the ranking of the agencies by their mean capaian to date (with a
chart), their budget absorbed to date, and every indicator behind schedule. Every figure is taken from
``triwulan.py``'s results; the ranking and the absorption are formulas over the figures of the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .instansi import sebutan
from .triwulan import ROMAWI

__all__ = ["RekapTriwulan", "BarisTertinggal", "dari_hasil_triwulan", "tulis_rekap_triwulan"]


@dataclass
class BarisTertinggal:
    """An indicator behind schedule: its capaian to date is below 100% of the target to date."""

    sasaran: str
    indikator: str
    satuan: str
    target_sd: object
    realisasi_sd: object
    capaian_sd: float | None


@dataclass
class RekapTriwulan:
    """What one agency's quarterly report contributes to the recap."""

    berkas: str
    instansi: str
    daerah: str
    tahun: int
    n: int
    jumlah_indikator: int
    capaian_rata: float | None
    anggaran: float | None
    realisasi_sd: float | None
    tertinggal: list[BarisTertinggal] = field(default_factory=list)
    n_temuan_audit: int = 0


def dari_hasil_triwulan(lkjip, ht, temuan) -> RekapTriwulan:
    """The recap line of one quarterly report."""
    nama = sebutan(lkjip.identitas)
    return RekapTriwulan(
        berkas=lkjip.berkas, instansi=nama.nama, daerah=nama.daerah, tahun=ht.tahun, n=ht.n,
        jumlah_indikator=len(ht.indikator), capaian_rata=ht.capaian_rata, anggaran=ht.jumlah_anggaran.anggaran,
        realisasi_sd=ht.jumlah_anggaran.realisasi_sd,
        tertinggal=[BarisTertinggal(hi.sasaran, hi.nama, hi.satuan, hi.target_sd, hi.realisasi_sd, hi.capaian_sd)
                    for hi in ht.tertinggal],
        n_temuan_audit=sum(1 for t in temuan if t.sumber == "audit"))


def tulis_rekap_triwulan(items: list[RekapTriwulan], path: Path) -> Path:
    """Write the quarterly recap workbook (``path`` as given: the caller writes atomically). Returns ``path``."""
    from .angka import fmt_nilai
    from .rekap import buka_rekap

    n = max(i.n for i in items)
    romawi = ROMAWI[n - 1]
    tahun = ", ".join(str(t) for t in sorted({i.tahun for i in items}))
    wb, f = buka_rekap(path, f"Rekapitulasi Capaian Kinerja Triwulan {romawi}", '#,##0.00"%";-#,##0.00"%";0.00"%";"-"', "#,##0")
    f_head, f_text, f_pct, f_rp, f_num, f_title = f["kepala"], f["teks"], f["persen"], f["rupiah"], f["angka"], f["judul"]

    def kepala(ws, title: str, headers: list[tuple[str, float]]) -> None:
        ws.write_string(0, 0, f"{title} — Triwulan {romawi} Tahun {tahun}", f_title)
        for c, (h, w) in enumerate(headers):
            ws.write_string(2, c, h, f_head)
            ws.set_column(c, c, w)
        ws.set_row(2, 42)  # three lines of a wrapped header
        ws.freeze_panes(3, 0)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(2)

    def angka(ws, r: int, c: int, v, fmt) -> None:
        if v is None:
            ws.write_blank(r, c, None, fmt)
        else:
            ws.write_number(r, c, v, fmt)

    ranked = sorted(items, key=lambda i: (i.capaian_rata is None, -(i.capaian_rata or 0), i.instansi))
    ws = wb.add_worksheet("Peringkat")
    kepala(ws, "Peringkat Capaian Kinerja per Perangkat Daerah", [
        ("Peringkat", 9), ("Perangkat Daerah", 34), ("Pemerintah Daerah", 22), ("Jumlah Indikator", 10),
        (f"Rata-rata Capaian s.d. TW {romawi}", 14), ("Indikator di Bawah Target", 11), ("Anggaran", 20),
        (f"Realisasi s.d. TW {romawi}", 20), (f"Penyerapan s.d. TW {romawi}", 12), ("Temuan Audit", 9)])
    last = 3 + len(ranked)
    ranks = _peringkat([i.capaian_rata for i in ranked])
    for r, (i, rank) in enumerate(zip(ranked, ranks), start=3):
        row = r + 1
        if i.capaian_rata is None:
            ws.write_blank(r, 0, None, f_num)
        else:
            ws.write_formula(r, 0, f'=IF(ISNUMBER(E{row}),RANK(E{row},$E$4:$E${last}),"")', f_num, rank)
        ws.write_string(r, 1, i.instansi, f_text)
        ws.write_string(r, 2, i.daerah, f_text)
        ws.write_number(r, 3, i.jumlah_indikator, f_num)
        angka(ws, r, 4, i.capaian_rata, f_pct)
        ws.write_number(r, 5, len(i.tertinggal), f_num)
        angka(ws, r, 6, i.anggaran, f_rp)
        angka(ws, r, 7, i.realisasi_sd, f_rp)
        penyerapan = i.realisasi_sd / i.anggaran * 100 if i.realisasi_sd is not None and i.anggaran else None
        ws.write_formula(r, 8, f'=IF(AND(ISNUMBER(H{row}),N(G{row})>0),H{row}/G{row}*100,"")', f_pct,
                         penyerapan if penyerapan is not None else "")
        ws.write_number(r, 9, i.n_temuan_audit, f_num)
    ws.autofilter(2, 0, max(3, 2 + len(ranked)), 9)
    if ranked:
        chart = wb.add_chart({"type": "bar"})
        chart.add_series({"name": f"Rata-rata capaian s.d. TW {romawi} (%)", "categories": ["Peringkat", 3, 1, 2 + len(ranked), 1],
                          "values": ["Peringkat", 3, 4, 2 + len(ranked), 4], "data_labels": {"value": True, "num_format": "0.00"},
                          "fill": {"color": "#548235"}})
        chart.set_title({"name": f"Peringkat capaian kinerja triwulan {romawi}"})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        chart.set_size({"width": 720, "height": max(240, 28 * len(ranked) + 80)})
        ws.insert_chart(4 + len(ranked), 1, chart)

    ws = wb.add_worksheet("Di Bawah Target")
    kepala(ws, "Indikator di Bawah Target", [("Perangkat Daerah", 28), ("Sasaran", 34), ("Indikator", 36), ("Satuan", 9),
                                             (f"Target s.d. TW {romawi}", 11), (f"Realisasi s.d. TW {romawi}", 11),
                                             (f"Capaian s.d. TW {romawi}", 11)])
    r = 3
    for i in ranked:
        for b in sorted(i.tertinggal, key=lambda b: b.capaian_sd if b.capaian_sd is not None else 0):
            ws.write_string(r, 0, i.instansi, f_text)
            ws.write_string(r, 1, b.sasaran, f_text)
            ws.write_string(r, 2, b.indikator, f_text)
            ws.write_string(r, 3, b.satuan, f_text)
            for c, v in ((4, b.target_sd), (5, b.realisasi_sd)):
                ws.write_string(r, c, fmt_nilai(v, None, 2), f_text)
            angka(ws, r, 6, b.capaian_sd, f_pct)
            r += 1
    if r == 3:
        ws.write_string(3, 0, f"Seluruh indikator telah mencapai target sampai dengan triwulan {romawi}.", f_text)
    wb.close()
    return path


def _peringkat(nilai: list[float | None]) -> list[int | None]:
    """Excel's RANK (descending; ties share the better rank) of each value among the defined ones."""
    angka = [v for v in nilai if v is not None]
    return [None if v is None else 1 + sum(1 for x in angka if x > v) for v in nilai]
