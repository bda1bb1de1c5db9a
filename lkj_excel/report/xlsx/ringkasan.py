"""The Ringkasan sheet, the first of the output workbook.

The agency and year; capaian, budget and efficiency per sasaran; the latest AKIP predikat; the
count of findings; two native charts (capaian per indicator, budget per program).
"""

from __future__ import annotations

from ... import schema as sc
from ...instansi import sebutan
from ...problems import Tingkat
from ...rules import SKALA_EFISIENSI
from .bab3 import baris_sasaran
from .konteks import Konteks
from .lembar import Angka, Lembar, Nama, Tautan, Teks
from .temuan import LembarTemuan


def lembar_ringkasan(kt: Konteks) -> Lembar:
    """The Ringkasan sheet; its findings rows are filled in once the findings are laid out."""
    i = kt.l.identitas
    nama = sebutan(i)
    lb = Lembar("Ringkasan", f"Ringkasan Laporan Kinerja {nama.nama_lengkap} Tahun {i.tahun}")
    lb.lebar_kolom(5, 42, 12, 15, 19, 19, 12, 12, 16)
    n_kol = 9
    lb.gabung_sel(0, 0, 0, n_kol - 1, Teks(lb.judul), "judul")
    r = 2
    jenis = sc.IDENTITAS.kolom_by_key("jenis_instansi")
    for label, key, nilai in (("Jenis Instansi", "jenis_instansi", jenis.label_dari(i.jenis_instansi.value)),
                              ("Instansi", "nama_instansi", nama.nama)):
        lb.tulis(r, 1, Teks(label), "isian_label")
        lb.gabung_sel(r, 2, r, n_kol - 1, kt.salin(i, key, nilai), "isian")
        r += 1
    for label, key in (("Pemerintah Daerah", "pemerintah_daerah"), ("Provinsi", "provinsi"), ("Tahun Laporan", "tahun")):
        lb.tulis(r, 1, Teks(label), "isian_label")
        lb.gabung_sel(r, 2, r, n_kol - 1, kt.salin(i, key), "tahun" if key == "tahun" else "isian")
        r += 1
    lb.tulis(r, 1, Teks(f"Periode {nama.rencana}"), "isian_label")
    lb.gabung_sel(r, 2, r, n_kol - 1, Teks(f"{i.renstra_awal}–{i.renstra_akhir}"), "isian")
    r += 1
    lb.tulis(r, 1, Teks(nama.penandatangan), "isian_label")
    lb.gabung_sel(r, 2, r, n_kol - 1, kt.salin(i, "kepala_nama"), "isian")
    r += 1
    lb.tulis(r, 1, Teks("Jabatan Penandatangan"), "isian_label")
    lb.gabung_sel(r, 2, r, n_kol - 1, kt.salin(i, "kepala_jabatan"), "isian")
    r += 1
    if i.kepala_nip:
        lb.tulis(r, 1, Teks("NIP"), "isian_label")
        lb.gabung_sel(r, 2, r, n_kol - 1, kt.salin(i, "kepala_nip"), "isian")
        r += 1
    lb.tulis(r, 1, Teks("Pihak Kedua Perjanjian Kinerja"), "isian_label")
    lb.gabung_sel(r, 2, r, n_kol - 1, kt.salin(i, "pemberi_amanah_jabatan", nama.pihak_kedua or "Tidak ada (pernyataan kepala daerah)"),
                  "isian")
    r += 2

    metode = kt.h.metode_efisiensi
    lb.gabung_sel(r, 0, r, n_kol - 1, Teks("Capaian kinerja, anggaran dan efisiensi per sasaran strategis"), "bagian")
    r += 1
    r = kt.kepala(lb, r, [("No", None), ("Sasaran Strategis", None), ("Capaian (%)", None), ("Kategori", None),
                            ("Anggaran", None), ("Realisasi Anggaran", None), ("Penyerapan (%)", None),
                            ("Nilai Efisiensi", None), ("Tingkat Efisiensi", None)], utama=False)
    for n, (s, hs) in enumerate(zip(kt.l.sasaran, kt.h.sasaran), 1):
        baris_sasaran(lb, r, n, s, hs)
        lb.tulis(r, 7, Nama(hs.env_name(f"efisiensi_{metode}")), "poin" if metode == "selisih" else "skor")
        lb.tulis(r, 8, Nama(hs.env_name(f"label_efisiensi_{metode}")), "label")
        lb.warna.append((r, 8, SKALA_EFISIENSI[metode]))
        r += 1
    ha = kt.h.anggaran
    lb.gabung_sel(r, 0, r, 3, Teks(f"Jumlah anggaran {nama.unit}"), "teks", tebal=True)
    lb.tulis(r, 4, Nama(ha.env_name("anggaran")), "rupiah", tebal=True)
    lb.tulis(r, 5, Nama(ha.env_name("realisasi")), "rupiah", tebal=True)
    lb.tulis(r, 6, Nama(ha.env_name("penyerapan")), "persen", tebal=True)
    lb.gabung_sel(r, 7, r, 8, Teks(""), "teks", tebal=True)
    r += 2
    if kt.program_baris:
        r = _anggaran_per_program(kt, lb, r, n_kol)

    if kt.h.akip:
        ak = kt.h.akip[-1]
        lb.tulis(r, 1, Teks(f"Predikat AKIP (evaluasi tahun {ak.tahun})"), "isian_label")
        lb.tulis(r, 2, Nama(ak.env_name("predikat")), "label")
        lb.tulis(r, 3, Teks("Jumlah nilai"), "isian_label")
        lb.tulis(r, 4, Nama(ak.env_name("jumlah")), "skor")
        r += 2

    lb.gabung_sel(r, 0, r, n_kol - 1, Teks("Temuan pemeriksaan dan peringatan pembacaan"), "bagian")
    r += 1
    kt.baris_temuan = r
    r += 5

    lb.gabung_sel(r, 0, r, n_kol - 1, Teks(f"Capaian indikator kinerja tahun {kt.tahun}"), "bagian")
    r += 1
    r = kt.kepala(lb, r, [("No", None), ("Indikator Kinerja", None), ("Capaian (%)", None), ("Garis 100%", None),
                            ("Kategori", None)], utama=False)
    r0 = r
    for n, hi in enumerate(kt.h.indikator, 1):
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.tulis(r, 1, Teks(hi.nama))
        lb.tulis(r, 2, Nama(hi.ini.env_name("capaian")), "persen")
        lb.tulis(r, 3, Angka(100.0), "persen")
        lb.tulis(r, 4, Nama(hi.env_name("kategori")), "label")
        lb.warna.append((r, 4, "kategori"))
        r += 1
    r += 1
    if kt.h.indikator:
        lb.grafik.append({"jenis": "capaian", "r": r, "c": 1, "baris": (r0, r - 2)})
    if kt.program_di is not None:
        lb.grafik.append({"jenis": "anggaran", "r": r, "c": 1, "x": 560})
    return lb


def _anggaran_per_program(kt: Konteks, lb: Lembar, r: int, n_kol: int) -> int:
    """Budget per program, where Tabel 2.4 has kegiatan and sub kegiatan between its programs: the rows
    the chart of budget per program reads (each a reference to its program's subtotal). Returns the next row."""
    lb.gabung_sel(r, 0, r, n_kol - 1, Teks("Anggaran dan realisasi per program"), "bagian")
    r = kt.kepala(lb, r + 1, [("No", None), ("Program", None), ("", None), ("", None), ("Anggaran", None),
                              ("Realisasi Anggaran", None), ("Penyerapan (%)", None)], utama=False)
    lb.gabung_sel(r - 1, 1, r - 1, 3, Teks("Program"), "kepala")
    r0 = r
    for n, i in enumerate(kt.program_baris, 1):
        hp = kt.h.program[i]
        lb.tulis(r, 0, Teks(str(n)), "tengah")
        lb.gabung_sel(r, 1, r, 3, Teks(hp.nama))
        lb.tulis(r, 4, Nama(hp.env_nilai("anggaran")), "rupiah")
        lb.tulis(r, 5, Nama(hp.env_nilai("realisasi")), "rupiah")
        lb.tulis(r, 6, Nama(hp.env_name("penyerapan")), "persen")
        r += 1
    kt.program_di = (lb.nama, r0, r - 1, 1, 4, 5)
    return r + 1


def temuan_ringkasan(kt: Konteks, lb: Lembar, temuan: LembarTemuan) -> None:
    """The counts of findings on Ringkasan, with a link to the Temuan sheet."""
    r = kt.baris_temuan
    counts = temuan.hitung()
    for k, tingkat in enumerate((Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.INFO)):
        lb.tulis(r + k, 1, Teks(tingkat.label), "teks")
        lb.tulis(r + k, 2, Angka(counts[tingkat]), "angka")
    lb.tulis(r + 3, 1, Tautan("Lihat daftar temuan (lembar Temuan)", "internal:'Temuan'!A1"), "tautan")


def grafik_ringkasan(wb, ws, lb: Lembar, kt: Konteks) -> None:
    """The native charts of Ringkasan."""
    tahun = kt.tahun
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
        elif g["jenis"] == "anggaran" and kt.program_di is not None:
            sheet, r0, r1, c_nama, c_ang, c_real = kt.program_di
            chart = wb.add_chart({"type": "bar"})
            for name, col, color in (("Anggaran", c_ang, "#A5A5A5"), ("Realisasi", c_real, "#70AD47")):
                chart.add_series({"name": name, "categories": [sheet, r0, c_nama, r1, c_nama],
                                  "values": [sheet, r0, col, r1, col], "fill": {"color": color}})
            chart.set_title({"name": f"Anggaran dan Realisasi per Program Tahun {tahun}", "name_font": {"size": 11}})
            # a small budget (a Kecamatan's, one program) needs a decimal of a miliar; the axis starts at 0
            terbesar = max((hp.anggaran or 0 for hp in kt.h.program if hp.induk is None), default=0)
            num = '#,##0.0,,," M"' if terbesar < 10e9 else '#,##0,,," M"'
            chart.set_x_axis({"num_format": num, "name": "Rupiah (miliar)", "name_font": {"size": 8}, "min": 0,
                              "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
            chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
            chart.set_legend({"position": "bottom"})
            chart.set_size({"width": 600, "height": 330})
            ws.insert_chart(g["r"], g["c"], chart, {"x_offset": g.get("x", 0), "y_offset": 5})
