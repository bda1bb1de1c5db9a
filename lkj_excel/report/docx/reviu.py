"""The APIP reviewer's statement, "Pernyataan Telah Direviu" (PermenPAN-RB 53/2014; LKE 3.a.4).

Written where the Identitas sheet names the reviewer (office and name): a page after the Kata
Pengantar with the statement and the reviewer's signature block, ready for the Inspektorat to sign.
"""

from __future__ import annotations

from docx.shared import Cm

from ...angka import fmt_tanggal
from .dokumen import TandaTangan
from .konteks import Konteks, jabatan_baris

_TITIK_PENDEK = "……………"


def render_pernyataan_reviu(k: Konteks) -> None:
    """The page "Pernyataan Telah Direviu", where the workbook names the reviewer (nothing otherwise)."""
    i = k.identitas
    if not i.ada_pereviu:
        return
    d = k.doc
    d.judul_bab("PERNYATAAN TELAH DIREVIU")
    d.judul_sampul([f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {k.tahun}", k.instansi_lengkap.upper()], "Subtitle")
    d.paragraf(
        f"Kami telah mereviu Laporan Kinerja Instansi Pemerintah {k.instansi_lengkap} Tahun {k.tahun} berdasarkan "
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk "
        "Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah. "
        f"Kebenaran isi informasi dalam laporan kinerja ini menjadi tanggung jawab {k.instansi}.")
    d.paragraf(
        "Reviu dimaksudkan untuk memberikan keyakinan terbatas bahwa informasi kinerja dalam laporan ini telah "
        "disajikan secara akurat, andal dan valid.")
    d.paragraf(
        "Berdasarkan reviu tersebut, tidak terdapat keadaan atau hal yang kami temukan yang menimbulkan keraguan atas "
        "keandalan informasi yang disajikan dalam laporan kinerja ini.")
    tanggal = fmt_tanggal(i.tanggal_reviu) or f"{_TITIK_PENDEK} {k.tahun + 1}"
    d.tanda_tangan(TandaTangan(tempat=f"{i.tempat_reviu or i.tempat_ttd}, {tanggal}", sebutan="",
                               jabatan=jabatan_baris(i.pereviu_jabatan, k.sebutan.daerah), nama=i.pereviu_nama,
                               pangkat=i.pereviu_pangkat or "", nip=i.pereviu_nip or ""), kiri=Cm(7.5))
