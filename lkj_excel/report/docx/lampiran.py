"""Lampiran: the Perjanjian Kinerja, its indicators and budget, signed by both parties; then the
indicators' definitions (Tabel L.1, LKE 2.a.2) where the PK sheet gives them.

A Pemerintah Daerah whose workbook names no second party gets the Kepala Daerah's own statement,
signed by the Kepala Daerah alone (``Konteks.sebutan.pihak_kedua`` is None).
"""

from __future__ import annotations

from docx.shared import Cm

from ..definisi import baris_definisi, tahun_riwayat
from ..katalog import LAMPIRAN, Entri, Jenis
from .dokumen import TITIK
from .konteks import Konteks
from .tabel import tabel_anggaran_program, tabel_perjanjian_kinerja


def render_lampiran(k: Konteks) -> None:
    """Lampiran: the Perjanjian Kinerja, signed by both parties (or by the Kepala Daerah alone)."""
    d = k.doc
    s = k.sebutan
    d.judul_bab("LAMPIRAN", nomor=LAMPIRAN)
    d.judul_sampul([f"PERJANJIAN KINERJA TAHUN {k.tahun}", k.instansi_lengkap.upper()], "Subtitle")
    dua_pihak = s.pihak_kedua is not None
    d.paragraf("Dalam rangka mewujudkan tata kelola pemerintahan yang efektif, transparan, akuntabel dan "
               f"berorientasi pada hasil, {'kami' if dua_pihak else 'saya'} yang bertanda tangan di bawah ini:")
    d.isian([("Nama", k.identitas.kepala_nama), ("Jabatan", k.identitas.kepala_jabatan)])
    if dua_pihak:
        d.paragraf("selanjutnya disebut PIHAK PERTAMA,")
        d.isian([("Nama", k.identitas.pemberi_amanah_nama or TITIK), ("Jabatan", s.pihak_kedua)])
        d.paragraf("selanjutnya disebut PIHAK KEDUA." if s.pemda
                   else "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.")
        d.paragraf(
            "PIHAK PERTAMA berjanji mewujudkan target kinerja tahunan sebagaimana tercantum dalam perjanjian ini, "
            "sesuai dengan dokumen perencanaan, untuk mencapai sasaran yang telah ditetapkan. Keberhasilan dan "
            "kegagalan pencapaian target tersebut menjadi tanggung jawab PIHAK PERTAMA.")
        d.paragraf(
            "PIHAK KEDUA akan memberikan arahan yang diperlukan dan mengevaluasi capaian kinerja atas perjanjian "
            "ini, serta mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.")
    else:
        d.paragraf(
            "berjanji akan mewujudkan target kinerja tahunan sebagaimana tercantum dalam perjanjian ini, sesuai dengan "
            f"{s.rencana_panjang}, untuk mencapai sasaran yang telah ditetapkan. Keberhasilan dan kegagalan "
            "pencapaian target tersebut menjadi tanggung jawab saya.")
    d.paragraf("Sasaran strategis, indikator kinerja dan targetnya adalah sebagai berikut:", ikat=True)
    ada_anggaran = bool(k.hasil.program)
    tabel_perjanjian_kinerja(k, None, ikat_akhir=not ada_anggaran)
    if ada_anggaran:
        d.paragraf("Program dan anggaran yang mendukung pencapaian sasaran tersebut:", ikat=True)
        tabel_anggaran_program(k, None, realisasi=False, ikat_akhir=True)
    if dua_pihak:
        d.tanda_tangan_dua_pihak(k.tanda_tangan_pemberi_amanah(), k.tanda_tangan_kepala(pk=True))
    else:
        d.tanda_tangan(k.tanda_tangan_kepala(pk=True), kiri=Cm(7.5))
    riwayat = k.katalog.semua(Jenis.RIWAYAT_INDIKATOR)
    if riwayat:
        d.bagian_tegak()  # a new page after the signatures
        d.judul_sampul(["TARGET DAN REALISASI INDIKATOR KINERJA", f"PERIODE {k.sebutan.rencana.upper()} {k.renstra}"],
                       "Subtitle")
        for e in riwayat:
            k.tulis(e)
    definisi = k.katalog.cari(Jenis.DEFINISI_INDIKATOR)
    if definisi is not None:
        d.bagian_lanskap()  # seven columns of text: a landscape page of its own, after the signatures
        k.tulis(definisi)


def tulis_definisi(k: Konteks, e: Entri) -> None:
    """Tabel L.1: every PK indicator's operational definition, formula, data source and frequency of measurement."""
    d = k.doc
    d.judul_sampul(["DEFINISI OPERASIONAL INDIKATOR KINERJA", f"TAHUN {k.tahun}"], "Subtitle")
    d.paragraf("Definisi operasional, cara pengukuran, sumber data dan frekuensi pengukuran setiap indikator kinerja "
               f"Perjanjian Kinerja Tahun {k.tahun} disajikan pada {e.rujukan}.", ikat=True)
    baris = []
    for n, b in enumerate(baris_definisi(k.lkjip), 1):
        i = b.indikator
        baris.append([str(n), i.nama, i.satuan, i.definisi_operasional or "-", b.cara or "-", i.sumber_data or "-",
                      i.frekuensi_pengukuran or "-"])
    d.tabel(e, [["No", "Indikator Kinerja", "Satuan", "Definisi Operasional", "Formula / Cara Pengukuran", "Sumber Data",
                 "Frekuensi Pengukuran"]], baris, rata="clclllc", penuh=True)


def tulis_riwayat(k: Konteks, e: Entri) -> None:
    """Tabel L.n: one indicator's target, realisasi and capaian in every year given, beside the Renstra's target per year."""
    ind = k.lkjip.indikator_by_kode(e.kode_indikator)
    hi = k.hasil.indikator_by_kode(ind.kode)
    renstra = k.lkjip.renstra_by_kode(ind.kode_renstra)
    beserta = f", beserta target {k.sebutan.rencana} setiap tahun," if renstra is not None else ""
    k.doc.paragraf(f"Target, realisasi dan capaian indikator {ind.nama}{beserta} disajikan pada {e.rujukan}.", ikat=True)
    kepala = ["Tahun", f"Target ({ind.satuan})", f"Realisasi ({ind.satuan})", "Capaian (%)"]
    if renstra is not None:
        kepala.append(f"Target {k.sebutan.rencana}: {renstra.nama} ({renstra.satuan})")
    baris = []
    for y in tahun_riwayat(k.lkjip, hi):
        ht = hi.tahun(y)
        row = [str(y), *(("-", "-", "-") if ht is None else
                         (k.nilai(ht.target, None), k.nilai(ht.realisasi, None), k.persen(ht.capaian)))]
        if renstra is not None:
            row.append(k.nilai(renstra.target_tahunan.get(y), None))
        baris.append(row)
    k.doc.tabel(e, [kepala], baris, rata="c" * len(kepala), penuh=True)
