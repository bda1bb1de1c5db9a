"""BAB IV PENUTUP: Kesimpulan and Langkah Selanjutnya (the agency's, or one per indicator below target)."""

from __future__ import annotations

from ...angka import bulat
from .kalimat import kalimat_capaian_sasaran, kalimat_jumlah_pk, kalimat_ketercapaian
from .konteks import Konteks


def render_bab_iv(k: Konteks) -> None:
    """BAB IV PENUTUP: Kesimpulan and Langkah Selanjutnya."""
    d = k.doc
    d.judul_bab("BAB IV", "PENUTUP", nomor=4)
    d.subjudul("4.1 Kesimpulan")
    d.paragraf(" ".join(filter(None, (
        f"LKjIP {k.instansi_lengkap} Tahun {k.tahun} mengukur {kalimat_jumlah_pk(k)}.",
        kalimat_ketercapaian(k), kalimat_capaian_sasaran(k), _kalimat_anggaran(k)))))
    for paragraf in k.lkjip.narasi_of("Kesimpulan"):
        d.paragraf(paragraf)
    d.subjudul("4.2 Langkah Selanjutnya")
    langkah = k.lkjip.narasi_of("Langkah Selanjutnya") or _langkah_bawaan(k)
    d.paragraf(f"Untuk meningkatkan kinerja pada tahun {k.tahun + 1} dan tahun-tahun berikutnya, "
               f"{k.instansi} akan menempuh {'langkah-langkah' if len(langkah) > 1 else 'langkah'} berikut:", ikat=True)
    d.daftar_bernomor(langkah, "1")
    d.paragraf(
        f"Demikian {'Laporan Kinerja' if k.sebutan.pemda else 'Laporan Kinerja Instansi Pemerintah'} "
        f"{k.instansi_lengkap} Tahun {k.tahun} ini disusun. "
        "Semoga laporan ini bermanfaat bagi semua pihak yang berkepentingan dan menjadi pijakan perbaikan "
        "kinerja pada masa mendatang.")


def _kalimat_anggaran(k: Konteks) -> str:
    """The budget in the conclusion: "" where the workbook has none."""
    a = k.hasil.anggaran
    if not k.ada_anggaran:
        return ""
    if not k.ada_realisasi_anggaran:
        return f"Pagu anggaran sebesar {k.rp(a.anggaran)}; realisasinya belum dilaporkan."
    return f"Realisasi anggaran mencapai {k.persen(a.penyerapan)} dari pagu {k.rp(a.anggaran)}."


def _langkah_bawaan(k: Konteks) -> list[str]:
    """Next steps when the agency wrote none: one per indicator below target, and monitoring."""
    langkah = [f"Meningkatkan capaian indikator {hi.nama} yang belum mencapai target."
               for hi in k.hasil.indikator if hi.capaian is not None and bulat(hi.capaian, k.nd) < 100]
    return langkah + ["Memantau dan mengevaluasi capaian kinerja secara berkala agar kendala dapat segera "
                      "ditangani.", "Meningkatkan kualitas data kinerja sebagai dasar perencanaan."]
