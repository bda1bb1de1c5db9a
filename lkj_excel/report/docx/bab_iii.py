"""BAB III AKUNTABILITAS KINERJA.

3.1 Pengukuran Kinerja (Tabel 3.1), 3.2 Analisis Kinerja, one part per sasaran
(:mod:`.analisis_sasaran`), 3.3 Realisasi Anggaran (Tabel 3.11) and 3.4 Analisis
Efisiensi (Tabel 3.12).
"""

from __future__ import annotations

from ...angka import dengan_kata
from .analisis_sasaran import render_evaluasi_akip, render_sasaran, sasaran_akip
from .kalimat import kalimat_ketercapaian, kalimat_metode_capaian, rangkai
from .konteks import Konteks
from .tabel import tabel_anggaran_sasaran, tabel_efisiensi, tabel_pengukuran


def render_bab_iii(k: Konteks) -> None:
    """BAB III AKUNTABILITAS KINERJA."""
    k.doc.judul_bab("BAB III", "AKUNTABILITAS KINERJA", nomor=3)
    k.doc.paragraf(
        f"Akuntabilitas kinerja adalah kewajiban {k.instansi} untuk mempertanggungjawabkan keberhasilan "
        "maupun kegagalan dalam mencapai sasaran yang telah diperjanjikan. Bab ini menyajikan pengukuran "
        f"capaian setiap indikator kinerja Tahun {k.tahun}, analisis capaian per sasaran strategis, "
        "realisasi anggaran, dan analisis efisiensi penggunaan sumber daya.")
    render_pengukuran_kinerja(k)
    render_analisis_kinerja(k)
    render_realisasi_anggaran(k)
    render_analisis_efisiensi(k)


def render_pengukuran_kinerja(k: Konteks) -> None:
    """3.1 Pengukuran Kinerja: Tabel 3.1."""
    d = k.doc
    d.subjudul("3.1 Pengukuran Kinerja")
    d.paragraf(kalimat_metode_capaian(k))
    d.paragraf(f"Hasil pengukuran kinerja Tahun {k.tahun} disajikan pada Tabel {d.nomor_berikut('Tabel')}.",
               ikat=True)
    tabel_pengukuran(k)
    d.paragraf(kalimat_ketercapaian(k))


def render_analisis_kinerja(k: Konteks) -> None:
    """3.2 Analisis Kinerja: one part per sasaran, the AKIP evaluation where it belongs."""
    d = k.doc
    d.subjudul("3.2 Analisis Kinerja")
    d.paragraf(
        "Analisis berikut disusun untuk setiap sasaran strategis: capaian tahun ini terhadap target, "
        "perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir Renstra, faktor penyebab "
        "keberhasilan atau kegagalan beserta upaya perbaikannya, efisiensi penggunaan anggaran, serta program "
        "yang mendukung pencapaiannya.")
    for nomor, sasaran in enumerate(k.lkjip.sasaran, 1):
        render_sasaran(k, nomor, sasaran)
    if k.lkjip.akip.komponen and sasaran_akip(k) is None:
        d.subjudul("Hasil Evaluasi Akuntabilitas Kinerja", tingkat=3)
        render_evaluasi_akip(k)


def render_realisasi_anggaran(k: Konteks) -> None:
    """3.3 Realisasi Anggaran: Tabel 3.11, capaian and budget per sasaran."""
    d = k.doc
    a = k.hasil.anggaran
    d.subjudul("3.3 Realisasi Anggaran")
    d.paragraf(
        f"Pada Tahun Anggaran {k.tahun}, realisasi anggaran {k.instansi} mencapai {k.rp(a.realisasi)} "
        f"atau {k.persen(a.penyerapan)} dari pagu sebesar {k.rp(a.anggaran)}. Rincian capaian kinerja dan "
        f"penyerapan anggaran per sasaran strategis disajikan pada Tabel {d.nomor_berikut('Tabel')}.", ikat=True)
    tabel_anggaran_sasaran(k, f"Capaian Kinerja dan Anggaran Tahun {k.tahun}")


def render_analisis_efisiensi(k: Konteks) -> None:
    """3.4 Analisis Efisiensi: Tabel 3.12 and the sentence on the method."""
    d = k.doc
    d.subjudul("3.4 Analisis Efisiensi")
    d.paragraf(
        "Analisis efisiensi membandingkan capaian kinerja setiap sasaran strategis dengan penyerapan anggaran "
        f"yang digunakan untuk mencapainya, sebagaimana Tabel {d.nomor_berikut('Tabel')}.", ikat=True)
    tabel_efisiensi(k, "Analisis Efisiensi Kinerja")
    d.catatan(f"Keterangan: {k.hasil.keterangan_efisiensi}", ikat=True)
    kelompok: dict[str, int] = {}
    for hs in k.hasil.sasaran:
        if hs.tingkat_efisiensi:
            kelompok[hs.tingkat_efisiensi] = kelompok.get(hs.tingkat_efisiensi, 0) + 1
    if kelompok:
        d.paragraf("Berdasarkan hasil tersebut, " + rangkai(
            [f"{dengan_kata(n, 'sasaran')} tergolong {label}" for label, n in kelompok.items()]) + ".")
