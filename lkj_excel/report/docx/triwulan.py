"""The quarters in Word: the quarterly table of a sasaran in the LKjIP's Bab III (``tulis_triwulan``), and the short
quarterly report (``render_laporan_triwulan``): cover, capaian per sasaran and indicator to date with a chart of target
against realisasi per quarter, the budget absorbed to date, the agency's notes per indicator, the signature.

Every figure comes from ``triwulan.py`` (``HasilTriwulan``); numbers are written by the context's writers.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from docx.shared import Cm

from ...expr import is_number
from ...model import LKjIP, Polaritas
from ...problems import Temuan
from ...rules import Hasil
from ...triwulan import ROMAWI, HasilTriwulan, HasilTriwulanIndikator, nama_cara
from ..katalog import Entri, Jenis
from .dokumen import Dokumen
from .gambar import seri_target_realisasi
from .grafik import Grafik
from .halaman_depan import render_logo_instansi
from .konteks import Konteks

__all__ = ["tulis_triwulan", "tabel_triwulan", "render_laporan_triwulan"]

_TITIK_PENDEK = "." * 24


def tulis_triwulan(k: Konteks, e: Entri) -> None:
    """Bab III: the quarters of one sasaran's indicators over the year, with the sentence that introduces them."""
    ht: HasilTriwulan = k.hasil.triwulan
    his = ht.indikator_sasaran(e.kode_sasaran)
    k.doc.paragraf(f"Pengukuran kinerja sasaran ini dilakukan setiap triwulan terhadap target Rencana Aksi; target, "
                   f"realisasi dan capaian per triwulan disajikan pada {e.rujukan}.", ikat=True)
    tabel_triwulan(k, e, his, ht.n)


def tabel_triwulan(k: Konteks, e: Entri, his: list[HasilTriwulanIndikator], n: int) -> None:
    """One row per quarter up to ``n`` for each indicator, then its figure to date and against the year's target."""
    sd = f"s.d. TW {ROMAWI[n - 1]}"
    kepala = [["No", "Indikator", "Satuan", "Triwulan", "Target", "Realisasi", "Capaian (%)"]]
    baris = []
    for no, hi in enumerate(his, 1):
        nama = hi.nama + (" (indikator operasional)" if hi.operasional else "")
        for hk in hi.kuartal[:n]:
            baris.append([str(no), nama, hi.satuan, f"TW {ROMAWI[hk.triwulan - 1]}", k.nilai(hk.target, hi.satuan),
                          k.nilai(hk.realisasi, hi.satuan), k.persen(hk.capaian)])
        cara = f" ({nama_cara(hi.cara)})" if hi.cara != "tidak_ditetapkan" else ""
        baris.append([str(no), nama, hi.satuan, sd + cara, k.nilai(hi.target_sd, hi.satuan), k.nilai(hi.realisasi_sd, hi.satuan),
                      k.persen(hi.capaian_sd)])
        baris.append([str(no), nama, hi.satuan, "Terhadap target tahunan", k.nilai(hi.target_tahun, hi.satuan),
                      k.nilai(hi.realisasi_sd, hi.satuan), k.persen(hi.capaian_tahun)])
    k.doc.tabel(e, kepala, baris, rata="clcccrr", gabung=(0, 1, 2))


def _grafik(k: Konteks, e: Entri, hi: HasilTriwulanIndikator) -> None:
    """Gambar: target against realisasi of one indicator per quarter (the realisasi as far as reported)."""
    seri, maks, judul_sumbu = seri_target_realisasi(k, hi.polaritas, hi.satuan, [hk.target for hk in hi.kuartal],
                                                    [hk.realisasi if is_number(hk.realisasi) or hi.polaritas is Polaritas.PREDIKAT
                                                     else None for hk in hi.kuartal])
    k.doc.grafik(Grafik([f"TW {r}" for r in ROMAWI], seri, maks=maks, judul_sumbu=judul_sumbu, tinggi_cm=6.5), e)


def _ada_grafik(hi: HasilTriwulanIndikator) -> bool:
    values = [v for hk in hi.kuartal for v in (hk.target, hk.realisasi) if v is not None]
    if not values:
        return False
    return hi.polaritas is Polaritas.PREDIKAT or all(is_number(v) for v in values)


class _Nomor:
    """Numbers the tables and figures of the quarterly report, per chapter, as the document checks them."""

    def __init__(self):
        self.bab, self.n = 0, {}

    def mulai(self, bab: int) -> None:
        self.bab, self.n = bab, {}

    def __call__(self, jenis: Jenis, judul: str) -> Entri:
        label = jenis in (Jenis.GRAFIK_TRIWULAN,)
        self.n[label] = self.n.get(label, 0) + 1
        return Entri(jenis, self.bab, self.n[label], judul)


def _kalimat_ringkas(k: Konteks, ht: HasilTriwulan) -> str:
    romawi = ROMAWI[ht.n - 1]
    n = len(ht.indikator)
    teks = (f"Sampai dengan triwulan {romawi} Tahun {ht.tahun}, {n} indikator kinerja diukur terhadap target Rencana Aksi. ")
    if ht.capaian_rata is not None:
        teks += f"Rata-rata capaiannya terhadap target sampai dengan triwulan {romawi} sebesar {k.persen(ht.capaian_rata)}. "
    tertinggal = ht.tertinggal
    if tertinggal:
        daftar = "; ".join(f"{hi.nama} ({k.persen(hi.capaian_sd)})" for hi in tertinggal)
        teks += f"Sebanyak {len(tertinggal)} indikator belum mencapai target sampai dengan triwulan ini, yaitu {daftar}."
    elif any(hi.capaian_sd is not None for hi in ht.indikator):
        teks += "Seluruh indikator yang dapat diukur telah mencapai target sampai dengan triwulan ini."
    return teks.strip()


def _kalimat_indikator(k: Konteks, hi: HasilTriwulanIndikator, n: int) -> str:
    romawi = ROMAWI[n - 1]
    if hi.cara == "tidak_ditetapkan":
        hk = next((x for x in reversed(hi.kuartal[:n]) if x.realisasi is not None), None)
        teks = f"Cara perhitungan tahunan indikator {hi.nama} tidak ditetapkan, sehingga capaiannya dinilai per triwulan"
        if hk is None:
            return teks + f"; realisasinya sampai dengan triwulan {romawi} belum dilaporkan."
        return (teks + f"; realisasi triwulan {ROMAWI[hk.triwulan - 1]} sebesar {k.nilai(hk.realisasi, hi.satuan)} dengan "
                f"capaian {k.persen(hk.capaian)} terhadap target triwulan itu.")
    if hi.realisasi_sd is None:
        return f"Realisasi indikator {hi.nama} sampai dengan triwulan {romawi} belum dilaporkan."
    teks = (f"Realisasi indikator {hi.nama} sampai dengan triwulan {romawi} ({nama_cara(hi.cara)}) sebesar "
            f"{k.nilai(hi.realisasi_sd, hi.satuan)}")
    if hi.target_sd is not None:
        teks += f" dari target {k.nilai(hi.target_sd, hi.satuan)}, dengan capaian {k.persen(hi.capaian_sd)}"
    if hi.capaian_tahun is not None:
        teks += (f"; terhadap target tahunan {k.nilai(hi.target_tahun, hi.satuan)} capaiannya "
                 f"{k.persen(hi.capaian_tahun)}")
    return teks + "."


def render_laporan_triwulan(lkjip: LKjIP, hasil: Hasil, ht: HasilTriwulan, temuan: list[Temuan], path: str | os.PathLike,
                            *, reference: str | os.PathLike | None = None, sumber: str | os.PathLike | None = None) -> None:
    """Write the quarterly report up to quarter ``ht.n`` (a short Word document, ready for signature).

    Args:
        lkjip: the workbook as read.
        hasil: the rules' results.
        ht: the quarterly figures (``triwulan.hitung_triwulan``).
        temuan: the findings (not printed; kept for the same signature as the LKjIP).
        path: the .docx to write (overwritten).
        reference: the reference styles document (default that of the LKjIP).
        sumber: the workbook's path (its folder holds the logo).
    """
    from . import REFERENCE_DOCX

    folder = Path(sumber).parent if sumber is not None else Path(lkjip.berkas).parent
    k = Konteks(lkjip, hasil, list(temuan), Dokumen(Path(reference or REFERENCE_DOCX)), folder)
    d = k.doc
    romawi = ROMAWI[ht.n - 1]
    d.judul_sampul(["LAPORAN CAPAIAN KINERJA", f"TRIWULAN {romawi}"], "Title", space_before=Cm(1.5))
    d.judul_sampul([f"TAHUN {k.tahun}"], "Subtitle")
    render_logo_instansi(k)
    judul = f"Laporan Capaian Kinerja Triwulan {romawi} {k.instansi_lengkap} Tahun {k.tahun}"
    d.mulai_batang_tubuh(judul)
    nomor = _Nomor()

    nomor.mulai(1)
    d.judul_bab("BAB I", "CAPAIAN KINERJA", nomor=1)
    d.paragraf(f"Laporan ini menyajikan capaian kinerja {k.instansi_lengkap} sampai dengan triwulan {romawi} "
               f"Tahun {k.tahun}, diukur terhadap target triwulanan Rencana Aksi dan target tahunan Perjanjian Kinerja "
               f"Tahun {k.tahun}.")
    d.paragraf(_kalimat_ringkas(k, ht))
    groups = [(s.kode, f"Sasaran {i}: {s.nama}") for i, s in enumerate(lkjip.sasaran, 1)]
    kode = {s.kode for s in lkjip.sasaran}
    if any(hi.kode_sasaran not in kode for hi in ht.indikator):
        groups.append((None, "Indikator lainnya"))
    for kode_sasaran, heading in groups:
        his = [hi for hi in ht.indikator if (hi.kode_sasaran == kode_sasaran if kode_sasaran else hi.kode_sasaran not in kode)]
        if not his:
            continue
        d.subjudul(heading, tingkat=2)
        e = nomor(Jenis.TRIWULAN, f"Capaian {heading.split(':')[0]} sampai dengan Triwulan {romawi}")
        d.paragraf(f"Target, realisasi dan capaian setiap triwulan disajikan pada {e.rujukan}.", ikat=True)
        tabel_triwulan(k, e, his, ht.n)
        for hi in his:
            d.paragraf(_kalimat_indikator(k, hi, ht.n))
            if _ada_grafik(hi):
                g = nomor(Jenis.GRAFIK_TRIWULAN, f"Target dan Realisasi per Triwulan {hi.nama}")
                d.paragraf(f"Target dan realisasi setiap triwulan indikator ini digambarkan pada {g.rujukan}.", ikat=True)
                _grafik(k, g, hi)
    if not ht.indikator:
        d.paragraf("Lembar Triwulan belum memuat target dan realisasi triwulan indikator mana pun.")

    nomor.mulai(2)
    d.judul_bab("BAB II", "REALISASI ANGGARAN", nomor=2)
    j = ht.jumlah_anggaran
    if j.realisasi_sd is None:
        d.paragraf(f"Realisasi anggaran per triwulan belum diisi pada lembar AnggaranTriwulan; penyerapan anggaran sampai "
                   f"dengan triwulan {romawi} belum dapat disajikan.")
    else:
        e = nomor(Jenis.TRIWULAN, f"Realisasi Anggaran sampai dengan Triwulan {romawi} Tahun {k.tahun}")
        d.paragraf(f"Sampai dengan triwulan {romawi}, anggaran yang terealisasi sebesar {k.rp(j.realisasi_sd)} dari pagu "
                   f"{k.rp(j.anggaran)}, atau penyerapan {k.persen(j.penyerapan_sd)}. Rinciannya disajikan pada {e.rujukan}.",
                   ikat=True)
        baris = [[str(no), ha.nama, k.rp_tabel(ha.anggaran), k.rp_tabel(ha.realisasi_sd), k.persen(ha.penyerapan_sd)]
                 for no, ha in enumerate(ht.anggaran, 1)]
        d.tabel(e, [["No", "Program / Kegiatan / Sub Kegiatan", "Anggaran", f"Realisasi s.d. TW {romawi}", "Penyerapan (%)"]],
                baris, rata="clrrr", jumlah=["", "Jumlah", k.rp_tabel(j.anggaran), k.rp_tabel(j.realisasi_sd),
                                             k.persen(j.penyerapan_sd)])

    nomor.mulai(3)
    d.judul_bab("BAB III", "KENDALA DAN TINDAK LANJUT", nomor=3)
    nama = {hi.kode: hi.nama for hi in ht.indikator}
    catatan = sorted((c for c in lkjip.catatan_triwulan if c.triwulan <= ht.n),
                     key=lambda c: (list(nama).index(c.kode) if c.kode in nama else len(nama), c.triwulan))
    if catatan:
        e = nomor(Jenis.TRIWULAN, f"Kendala dan Tindak Lanjut sampai dengan Triwulan {romawi}")
        d.paragraf(f"Kendala yang dihadapi dalam mencapai target setiap indikator dan tindak lanjutnya disajikan pada "
                   f"{e.rujukan}.", ikat=True)
        d.tabel(e, [["No", "Indikator", "Triwulan", "Kendala", "Tindak Lanjut"]],
                [[str(i), nama.get(c.kode, c.kode), ROMAWI[c.triwulan - 1], c.kendala or "-", c.tindak_lanjut or "-"]
                 for i, c in enumerate(catatan, 1)], rata="clcll", penuh=True)
    else:
        d.paragraf(f"Tidak ada kendala yang dicatat sampai dengan triwulan {romawi}.")
    d.paragraf(f"Demikian laporan capaian kinerja triwulan {romawi} ini disusun sebagai bahan pemantauan pelaksanaan "
               f"Perjanjian Kinerja Tahun {k.tahun} dan perbaikan pada triwulan berikutnya.")
    tt = k.tanda_tangan_kepala()
    d.tanda_tangan(replace(tt, tempat=f"{k.identitas.tempat_ttd}, {_TITIK_PENDEK} {k.tahun if ht.n < 4 else k.tahun + 1}"),
                   kiri=Cm(7.5))
    d.properti(judul=judul, subjek=f"Laporan capaian kinerja triwulan {romawi} Tahun {k.tahun}", penulis=k.instansi_lengkap,
               kata_kunci=", ".join(["SAKIP", "Rencana Aksi", f"triwulan {romawi}", str(k.tahun), k.instansi_lengkap]))
    d.simpan(Path(path))
