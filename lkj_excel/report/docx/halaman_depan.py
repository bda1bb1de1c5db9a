"""The front matter of the LKjIP: the cover, Kata Pengantar, Ringkasan Eksekutif and the indexes.

The Kata Pengantar is signed by the head of the agency; the Ringkasan Eksekutif
summarises the goals, how far they were reached, the budget, the AKIP evaluation, the
main causes and the next steps; Daftar Isi, Daftar Tabel and Daftar Gambar are fields
(filled with their pages by LibreOffice where installed, by Word on opening).
"""

from __future__ import annotations

from docx.shared import Cm

from ...angka import fmt_angka
from .kalimat import kalimat_capaian_sasaran, kalimat_jumlah_pk, kalimat_ketercapaian, pengantar_daftar, rangkai_butir
from .konteks import Konteks


def render_sampul(k: Konteks) -> None:
    """The cover: title, year, the regional logo, the agency."""
    d = k.doc
    d.judul_sampul(["LAPORAN KINERJA", "INSTANSI PEMERINTAH"], "Title", space_before=Cm(1.5))
    d.judul_sampul(["(LKjIP)", f"TAHUN {k.tahun}"], "Subtitle")
    render_logo_instansi(k)


def render_logo_instansi(k: Konteks) -> None:
    """The lower half of a cover: the regional logo (where the workbook names one that can be read) and the agency."""
    d = k.doc
    logo = k.berkas_gambar(k.identitas.berkas_logo)
    if logo is not None and d.gambar_tengah(logo, tinggi=Cm(5.5), alt=f"Logo {k.identitas.pemerintah_daerah.strip()}",
                                            space_before=Cm(3)):
        space = Cm(4.5)
    else:
        space = Cm(13)
    d.judul_sampul(list(k.sebutan.sampul), "Subtitle", space_before=space)


def render_kata_pengantar(k: Konteks) -> None:
    """Kata Pengantar, signed by the head of the agency."""
    d = k.doc
    d.judul_bab("KATA PENGANTAR")
    teks = k.lkjip.narasi_of("Kata Pengantar") or [
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Laporan Kinerja Instansi "
        f"Pemerintah (LKjIP) {k.instansi_lengkap} Tahun {k.tahun} dapat diselesaikan. Laporan ini "
        f"merupakan pertanggungjawaban {k.instansi} atas "
        f"{'penyelenggaraan pemerintahan daerah' if k.sebutan.pemda else 'pelaksanaan tugas dan fungsi'} serta pencapaian "
        f"sasaran yang diperjanjikan dalam Perjanjian Kinerja Tahun {k.tahun}, sebagaimana diamanatkan "
        f"Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
        "Kami berharap laporan ini memberikan gambaran yang jujur tentang hasil yang telah dicapai maupun yang "
        "belum, serta menjadi bahan perbaikan perencanaan dan pelaksanaan program pada tahun-tahun berikutnya.",
    ]
    for paragraf in teks:
        d.paragraf(paragraf)
    d.tanda_tangan(k.tanda_tangan_kepala(), kiri=Cm(7.5))


def render_ringkasan_eksekutif(k: Konteks) -> None:
    """Ringkasan Eksekutif: the goals, how far they were reached, the causes, the next steps."""
    d = k.doc
    d.judul_bab("RINGKASAN EKSEKUTIF")
    for paragraf in k.lkjip.narasi_of("Ringkasan Eksekutif"):
        d.paragraf(paragraf)
    d.paragraf(
        f"LKjIP {k.instansi_lengkap} Tahun {k.tahun} menyajikan pencapaian Perjanjian Kinerja "
        f"Tahun {k.tahun}, yang menjabarkan {k.sebutan.rencana_panjang} Tahun {k.renstra} ke dalam "
        f"{kalimat_jumlah_pk(k)}.")
    d.paragraf(" ".join(filter(None, (kalimat_ketercapaian(k), kalimat_capaian_sasaran(k)))))
    anggaran = _kalimat_anggaran(k)
    if anggaran:
        d.paragraf(anggaran)
    if k.hasil.akip and k.hasil.akip[-1].jumlah is not None:
        akhir = k.hasil.akip[-1]
        predikat = f" dengan predikat {akhir.predikat}" if akhir.predikat else ""
        d.paragraf(
            f"Hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) terakhir, yaitu evaluasi tahun "
            f"{akhir.tahun}, memberikan nilai {fmt_angka(akhir.jumlah, 2)}{predikat}.")
    keberhasilan = _narasi_utama(k, "Faktor Keberhasilan")
    if keberhasilan:
        d.paragraf(pengantar_daftar("Faktor utama yang mendukung pencapaian kinerja", len(keberhasilan)), ikat=True)
        d.butir(keberhasilan)
    penghambat = _narasi_utama(k, "Faktor Penghambat")
    if penghambat:
        d.paragraf(pengantar_daftar("Kendala utama yang dihadapi", len(penghambat)), ikat=True)
        d.butir(penghambat)
    upaya = _narasi_utama(k, "Upaya Perbaikan")
    if upaya:
        d.paragraf(f"Upaya perbaikan yang telah ditempuh {'antara lain' if len(upaya) > 1 else 'adalah'} "
                   f"{rangkai_butir(upaya)}.")
    langkah = k.lkjip.narasi_of("Langkah Selanjutnya")
    if langkah:
        d.paragraf(f"Untuk tahun {k.tahun + 1}, langkah yang direncanakan meliputi {rangkai_butir(langkah)}.")


def _kalimat_anggaran(k: Konteks) -> str:
    """The budget in one sentence of the summary: "" where the workbook has none."""
    if not k.ada_anggaran:
        return ""
    a = k.hasil.anggaran
    kalimat = f"Untuk mencapai sasaran tersebut, {k.instansi} mengelola anggaran sebesar {k.rp(a.anggaran)}"
    if not k.ada_realisasi_anggaran:
        return kalimat + "; realisasinya belum dilaporkan."
    return kalimat + f" dengan realisasi {k.rp(a.realisasi)} atau {k.persen(a.penyerapan)} dari pagu."


def render_daftar_isi(k: Konteks) -> None:
    """Daftar Isi, Daftar Tabel and Daftar Gambar, as fields."""
    k.doc.daftar_isi()
    k.doc.daftar_keterangan("DAFTAR TABEL", "Tabel")
    k.doc.daftar_keterangan("DAFTAR GAMBAR", "Gambar")


def _narasi_utama(k: Konteks, bagian: str, per_sasaran: int = 2) -> list[str]:
    """The first items of one narrative part for every sasaran (for the executive summary)."""
    items = []
    for s in k.lkjip.sasaran:
        items += k.lkjip.narasi_of(bagian, s.kode)[:per_sasaran]
    return items + [n.teks for n in k.lkjip.narasi if n.bagian == bagian and not n.kode_sasaran][:per_sasaran]
