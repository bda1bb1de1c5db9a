"""BAB IV PENUTUP: Kesimpulan and Langkah Selanjutnya (the agency's, or one per indicator below target)."""

from __future__ import annotations

from ...angka import bulat, dengan_kata
from .kalimat import kalimat_capaian_sasaran, kalimat_ketercapaian
from .konteks import Konteks


def render_bab_iv(k: Konteks) -> None:
    """BAB IV PENUTUP: Kesimpulan and Langkah Selanjutnya."""
    d = k.doc
    d.judul_bab("BAB IV", "PENUTUP", nomor=4)
    d.subjudul("4.1 Kesimpulan")
    a = k.hasil.anggaran
    d.paragraf(
        f"LKjIP {k.instansi_lengkap} Tahun {k.tahun} mengukur "
        f"{dengan_kata(len(k.lkjip.sasaran), 'sasaran strategis')} dengan "
        f"{dengan_kata(len(k.lkjip.indikator), 'indikator kinerja')}. {kalimat_ketercapaian(k)} "
        f"{kalimat_capaian_sasaran(k)} Realisasi anggaran mencapai {k.persen(a.penyerapan)} dari pagu "
        f"{k.rp(a.anggaran)}.")
    for paragraf in k.lkjip.narasi_of("Kesimpulan"):
        d.paragraf(paragraf)
    d.subjudul("4.2 Langkah Selanjutnya")
    langkah = k.lkjip.narasi_of("Langkah Selanjutnya") or _langkah_bawaan(k)
    d.paragraf(f"Untuk meningkatkan kinerja pada tahun {k.tahun + 1} dan tahun-tahun berikutnya, "
               f"{k.instansi} akan menempuh langkah-langkah berikut:", ikat=True)
    d.daftar_bernomor(langkah, "1")
    d.paragraf(
        f"Demikian {'Laporan Kinerja' if k.sebutan.pemda else 'Laporan Kinerja Instansi Pemerintah'} "
        f"{k.instansi_lengkap} Tahun {k.tahun} ini disusun. "
        "Semoga laporan ini bermanfaat bagi semua pihak yang berkepentingan dan menjadi pijakan perbaikan "
        "kinerja pada masa mendatang.")


def _langkah_bawaan(k: Konteks) -> list[str]:
    """Next steps when the agency wrote none: one per indicator below target, and monitoring."""
    langkah = [f"Meningkatkan capaian indikator {hi.nama} yang belum mencapai target."
               for hi in k.hasil.indikator if hi.capaian is not None and bulat(hi.capaian, k.nd) < 100]
    return langkah + ["Memantau dan mengevaluasi capaian kinerja secara berkala agar kendala dapat segera "
                      "ditangani.", "Meningkatkan kualitas data kinerja sebagai dasar perencanaan."]
