"""BAB III AKUNTABILITAS KINERJA.

3.1 Pengukuran Kinerja (Tabel 3.1), 3.2 Analisis Kinerja, one part per sasaran
(:mod:`.analisis_sasaran`), 3.3 Realisasi Anggaran (Tabel 3.11) and 3.4 Analisis
Efisiensi (Tabel 3.12).
"""

from __future__ import annotations

from ...angka import dengan_kata
from ..katalog import Entri, Jenis
from .analisis_sasaran import render_sasaran
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
    k.doc.subjudul("3.1 Pengukuran Kinerja")
    k.tulis(k.katalog.cari(Jenis.PENGUKURAN))


def tulis_pengukuran(k: Konteks, e: Entri) -> None:
    """Tabel 3.1 between the method of measurement and how many indicators met their target."""
    d = k.doc
    d.paragraf(kalimat_metode_capaian(k))
    d.paragraf(f"Hasil pengukuran kinerja Tahun {k.tahun} disajikan pada {e.rujukan}.", ikat=True)
    tabel_pengukuran(k, e)
    d.paragraf(kalimat_ketercapaian(k))


def render_analisis_kinerja(k: Konteks) -> None:
    """3.2 Analisis Kinerja: one part per sasaran; what belongs to no sasaran; the AKIP evaluation where it belongs."""
    d = k.doc
    d.subjudul("3.2 Analisis Kinerja")
    d.paragraf(
        f"Analisis berikut disusun untuk {'setiap sasaran strategis' if len(k.lkjip.sasaran) > 1 else 'sasaran strategis'}: "
        "capaian tahun ini terhadap target, perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir "
        f"{k.sebutan.rencana}, faktor penyebab keberhasilan atau kegagalan beserta upaya perbaikannya"
        + (", efisiensi penggunaan anggaran, serta program yang mendukung pencapaiannya." if k.ada_anggaran else "."))
    for nomor, sasaran in enumerate(k.lkjip.sasaran, 1):
        render_sasaran(k, nomor, sasaran)
    lain = [e for e in k.katalog if e.bab == 3 and e.kode_sasaran is None and e.jenis in (Jenis.OPERASIONAL, Jenis.PENDUKUNG)]
    if lain:
        d.subjudul("Kinerja Unit Kerja dan Data Pendukung Lainnya", tingkat=3)
        for e in lain:
            k.tulis(e)
    akip = k.katalog.cari(Jenis.AKIP)
    if akip is not None:
        d.subjudul("Hasil Evaluasi Akuntabilitas Kinerja", tingkat=3)
        k.tulis(akip)


def render_realisasi_anggaran(k: Konteks) -> None:
    """3.3 Realisasi Anggaran: Tabel 3.11, capaian and budget per sasaran."""
    k.doc.subjudul("3.3 Realisasi Anggaran")
    k.tulis(k.katalog.cari(Jenis.ANGGARAN_SASARAN))


def tulis_anggaran_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 3.11 with the total budget in a sentence (or that there is no budget, or no realisasi yet)."""
    a = k.hasil.anggaran
    if not k.ada_anggaran:
        kalimat = (f"Data anggaran {k.instansi} Tahun Anggaran {k.tahun} belum tersedia, sehingga realisasi dan "
                   f"penyerapan anggaran belum dapat disajikan. Capaian kinerja per sasaran strategis disajikan pada "
                   f"{e.rujukan}.")
    elif not k.ada_realisasi_anggaran:
        kalimat = (f"Pada Tahun Anggaran {k.tahun}, pagu anggaran {k.instansi} sebesar {k.rp(a.anggaran)}; "
                   f"realisasinya belum dilaporkan, sehingga penyerapan anggaran belum dapat dihitung. Capaian kinerja "
                   f"dan pagu anggaran per sasaran strategis disajikan pada {e.rujukan}.")
    else:
        kalimat = (f"Pada Tahun Anggaran {k.tahun}, realisasi anggaran {k.instansi} mencapai {k.rp(a.realisasi)} "
                   f"atau {k.persen(a.penyerapan)} dari pagu sebesar {k.rp(a.anggaran)}. Rincian capaian kinerja dan "
                   f"penyerapan anggaran per sasaran strategis disajikan pada {e.rujukan}.")
    k.doc.paragraf(kalimat, ikat=True)
    tabel_anggaran_sasaran(k, e)


def render_analisis_efisiensi(k: Konteks) -> None:
    """3.4 Analisis Efisiensi: Tabel 3.12 and the sentence on the method."""
    k.doc.subjudul("3.4 Analisis Efisiensi")
    k.tulis(k.katalog.cari(Jenis.EFISIENSI))


def tulis_efisiensi(k: Konteks, e: Entri) -> None:
    """Tabel 3.12, the method in one sentence under it, and how the sasaran fall into its labels."""
    d = k.doc
    kalimat = ("Analisis efisiensi membandingkan capaian kinerja setiap sasaran strategis dengan penyerapan anggaran "
               f"yang digunakan untuk mencapainya, sebagaimana {e.rujukan}.")
    if not k.ada_anggaran:
        kalimat += (" Karena data anggaran belum tersedia, penyerapan anggaran dan efisiensinya belum dapat dihitung "
                    "dan ditandai dengan tanda hubung (-).")
    elif not k.ada_realisasi_anggaran:
        kalimat += (" Karena realisasi anggaran belum dilaporkan, penyerapan anggaran dan efisiensinya belum dapat "
                    "dihitung dan ditandai dengan tanda hubung (-).")
    d.paragraf(kalimat, ikat=True)
    tabel_efisiensi(k, e)
    d.catatan(f"Keterangan: {k.hasil.keterangan_efisiensi}", ikat=True)
    kelompok: dict[str, list[str]] = {}
    for hs in k.hasil.sasaran:
        if hs.tingkat_efisiensi:
            kelompok.setdefault(hs.tingkat_efisiensi, []).append(k.sasaran_ke(hs.kode))
    if kelompok:
        banyak = len(k.hasil.sasaran) > 3  # name a few sasaran by their numbers, count many
        d.paragraf("Berdasarkan hasil tersebut, " + "; ".join(
            f"{dengan_kata(len(nama), 'sasaran') if banyak else rangkai(nama)} tergolong {label}"
            for label, nama in kelompok.items()) + ".")
