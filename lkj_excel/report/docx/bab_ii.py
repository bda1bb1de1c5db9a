"""BAB II PERENCANAAN KINERJA: the Renstra (Tabel 2.1, 2.2) and the Perjanjian Kinerja with its budget (Tabel 2.3, 2.4)."""

from __future__ import annotations

from ...angka import dengan_kata
from ...model import TingkatAnggaran
from ..katalog import Entri, Jenis
from .kalimat import kalimat_jumlah_pk
from .konteks import Konteks
from .tabel import tabel_anggaran_program, tabel_indikator_renstra, tabel_perjanjian_kinerja, tabel_tujuan_sasaran


def render_bab_ii(k: Konteks) -> None:
    """BAB II PERENCANAAN KINERJA."""
    d = k.doc
    d.judul_bab("BAB II", "PERENCANAAN KINERJA", nomor=2)
    for paragraf in k.lkjip.narasi_of("Perencanaan Kinerja") or [_perencanaan_bawaan(k)]:
        d.paragraf(paragraf)
    render_rencana_strategis(k)
    render_perjanjian_kinerja(k)


def _perencanaan_bawaan(k: Konteks) -> str:
    """The opening of Bab II where the agency wrote none: which plan the PK follows."""
    if k.sebutan.pemda:
        return (f"Perencanaan kinerja {k.instansi} mengacu pada {k.sebutan.rencana_panjang} Tahun {k.renstra}, "
                "yang menjabarkan visi dan misi kepala daerah ke dalam tujuan, sasaran, strategi dan arah kebijakan "
                f"pembangunan daerah. Sasaran dan target {k.sebutan.rencana} untuk tahun berjalan ditetapkan setiap "
                "tahun dalam Perjanjian Kinerja.")
    return (f"Perencanaan kinerja {k.instansi} mengacu pada {k.sebutan.rencana_panjang} Tahun {k.renstra}, "
            f"yang menjabarkan Rencana Pembangunan Jangka Menengah Daerah (RPJMD) {k.sebutan.daerah} "
            f"sesuai tugas dan fungsi {k.instansi}. Sasaran dan target {k.sebutan.rencana} untuk tahun berjalan "
            f"ditetapkan setiap tahun dalam Perjanjian Kinerja.")


def render_rencana_strategis(k: Konteks) -> None:
    """2.1 Rencana Strategis (RPJMD for a Pemerintah Daerah): Tabel 2.1 (tujuan to arah kebijakan) and Tabel 2.2 (indicators)."""
    judul = "Rencana Pembangunan Jangka Menengah Daerah" if k.sebutan.pemda else "Rencana Strategis"
    k.doc.subjudul(f"2.1 {judul} Tahun {k.renstra}")
    renstra, indikator = k.katalog.cari(Jenis.RENSTRA), k.katalog.cari(Jenis.INDIKATOR_RENSTRA)
    if renstra is None and indikator is None:
        k.doc.paragraf(f"Tujuan dan sasaran {k.sebutan.rencana_unit} Tahun {k.renstra} dijabarkan ke dalam "
                       f"Perjanjian Kinerja Tahun {k.tahun}, sebagaimana diuraikan pada subbab berikut.")
    k.tulis(renstra)
    k.tulis(indikator)


def tulis_renstra(k: Konteks, e: Entri) -> None:
    """Tabel 2.1 with the sentence that introduces it."""
    k.doc.paragraf(
        f"{k.sebutan.rencana_unit} Tahun {k.renstra} memuat tujuan dan sasaran strategis yang hendak "
        f"dicapai selama periode perencanaan, strategi untuk mencapainya, serta arah kebijakan yang menjadi "
        f"pedoman pelaksanaan strategi tersebut, sebagaimana disajikan pada {e.rujukan}.")
    tabel_tujuan_sasaran(k, e)


def tulis_indikator_renstra(k: Konteks, e: Entri) -> None:
    """Tabel 2.2 with the sentence that introduces it."""
    k.doc.paragraf(
        "Ketercapaian tujuan dan sasaran diukur melalui indikator kinerja yang targetnya ditetapkan untuk "
        f"setiap tahun hingga akhir periode {k.sebutan.rencana}, seperti tercantum pada {e.rujukan}.")
    tabel_indikator_renstra(k, e)


def render_perjanjian_kinerja(k: Konteks) -> None:
    """2.2 Perjanjian Kinerja: Tabel 2.3 (PK) and Tabel 2.4 (budget per program, kegiatan and sub kegiatan)."""
    k.doc.subjudul(f"2.2 Perjanjian Kinerja Tahun {k.tahun}")
    k.tulis(k.katalog.cari(Jenis.PK))
    k.tulis(k.katalog.cari(Jenis.ANGGARAN))


def tulis_pk(k: Konteks, e: Entri) -> None:
    """Tabel 2.3, the Perjanjian Kinerja, with what it is and what it holds."""
    pihak = (f"antara {k.identitas.kepala_jabatan} sebagai penerima amanah dan {k.sebutan.pihak_kedua} sebagai "
             "pemberi amanah" if k.sebutan.pihak_kedua else k.identitas.kepala_jabatan)
    k.doc.paragraf(
        f"Perjanjian Kinerja adalah pernyataan komitmen {pihak} untuk mewujudkan target kinerja "
        "tertentu dalam satu tahun, dengan memperhitungkan sumber daya yang tersedia. Perjanjian Kinerja "
        f"Tahun {k.tahun} memuat {kalimat_jumlah_pk(k)}, sebagaimana {e.rujukan}.")
    tabel_perjanjian_kinerja(k, e)


def jumlah_program(k: Konteks) -> str:
    """How many programs the budget has, and the kegiatan and sub kegiatan they consist of:
    "1 (satu) program yang terdiri atas 3 (tiga) kegiatan dan 7 (tujuh) sub kegiatan"."""
    teks = dengan_kata(len(k.lkjip.program_utama()), "program")
    rincian = [dengan_kata(n, t.sebutan) for t in (TingkatAnggaran.KEGIATAN, TingkatAnggaran.SUB_KEGIATAN)
               if (n := sum(p.tingkat is t for p in k.lkjip.program))]
    return f"{teks} yang terdiri atas {' dan '.join(rincian)}" if rincian else teks


def tulis_anggaran(k: Konteks, e: Entri) -> None:
    """Tabel 2.4, the budget per program (and its kegiatan and sub kegiatan), with its total in a sentence."""
    a = k.hasil.anggaran
    sumber = (k.identitas.sumber_anggaran or "APBD").strip()
    k.doc.paragraf(
        f"Untuk mencapai sasaran tersebut, pada Tahun Anggaran {k.tahun} {k.instansi} memperoleh alokasi "
        f"anggaran yang bersumber dari {sumber} sebesar {k.rp(a.anggaran)}, "
        f"yang dilaksanakan melalui {jumlah_program(k)}, dengan realisasi "
        f"{k.rp(a.realisasi)} atau {k.persen(a.penyerapan)}, sebagaimana {e.rujukan}.")
    tabel_anggaran_program(k, e)
