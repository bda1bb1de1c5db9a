"""Lampiran: the Perjanjian Kinerja, its indicators and budget, signed by both parties."""

from __future__ import annotations

from .dokumen import TITIK
from .konteks import Konteks
from .tabel import tabel_anggaran_program, tabel_perjanjian_kinerja


def render_lampiran(k: Konteks) -> None:
    """Lampiran: the Perjanjian Kinerja, signed by both parties."""
    d = k.doc
    d.judul_bab("LAMPIRAN")
    d.judul_sampul([f"PERJANJIAN KINERJA TAHUN {k.tahun}", k.instansi_lengkap.upper()], "Subtitle")
    d.paragraf("Dalam rangka mewujudkan tata kelola pemerintahan yang efektif, transparan, akuntabel dan "
               "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
    d.isian([("Nama", k.identitas.kepala_nama), ("Jabatan", k.identitas.kepala_jabatan)])
    d.paragraf("selanjutnya disebut PIHAK PERTAMA,")
    d.isian([("Nama", k.identitas.pemberi_amanah_nama or TITIK), ("Jabatan", k.identitas.pemberi_amanah_jabatan or TITIK)])
    d.paragraf("selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.")
    d.paragraf(
        "PIHAK PERTAMA berjanji mewujudkan target kinerja tahunan sebagaimana tercantum dalam perjanjian ini, "
        "sesuai dengan dokumen perencanaan, untuk mencapai sasaran yang telah ditetapkan. Keberhasilan dan "
        "kegagalan pencapaian target tersebut menjadi tanggung jawab PIHAK PERTAMA.")
    d.paragraf(
        "PIHAK KEDUA akan memberikan arahan yang diperlukan dan mengevaluasi capaian kinerja atas perjanjian "
        "ini, serta mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.")
    d.paragraf("Sasaran strategis, indikator kinerja dan targetnya adalah sebagai berikut:", ikat=True)
    tabel_perjanjian_kinerja(k, None)
    d.paragraf("Program dan anggaran yang mendukung pencapaian sasaran tersebut:", ikat=True)
    tabel_anggaran_program(k, None, realisasi=False, ikat_akhir=True)
    d.tanda_tangan_dua_pihak(k.tanda_tangan_pemberi_amanah(), k.tanda_tangan_kepala(pk=True))
