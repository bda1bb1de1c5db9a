"""The context every part of the Word report is written from, and how it writes its numbers.

:class:`Konteks` holds one LKjIP being written: the workbook as read (``lkjip``), what
the rules derived from it (``hasil``), the findings (``temuan``), the document
(``doc``) and the workbook's folder; the names every chapter uses (``instansi``,
``instansi_lengkap``, ``tahun``, ``renstra``, ``judul_singkat``, ``pemberi_amanah``);
and the number writers (``nilai``, ``persen``, ``rp``, ``rp_tabel``, ``selisih``,
``nilai_efisiensi``, and :func:`angka` for counts), so that a figure reads the same
in every sentence and table. The digits themselves are written by
:mod:`lkj_excel.angka`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...angka import fmt_angka, fmt_persen, fmt_rupiah, fmt_tanggal
from ...expr import is_number
from ...model import Identitas, LKjIP
from ...problems import Temuan
from ...rules import Hasil, HasilSasaran, sama_satuan
from ...safety import baca_gambar
from .dokumen import TITIK, Dokumen, TandaTangan

_TITIK_PENDEK = "." * 24


@dataclass
class Konteks:
    """One LKjIP being written: what every part of the report reads, and how it writes its numbers.

    Built from the workbook as read, what the rules derived from it, the findings, the
    document and the workbook's folder; the other fields are derived from the Identitas
    sheet and the settings once, here.
    """

    lkjip: LKjIP
    hasil: Hasil
    temuan: list[Temuan]
    doc: Dokumen
    folder: Path
    """Where a logo or an organisation chart named in the workbook is looked for."""
    identitas: Identitas = field(init=False)
    tahun: int = field(init=False)
    nd: int = field(init=False)
    """Decimals of a percentage (setting ``desimal_persen``)."""
    instansi: str = field(init=False)
    """The agency, "Dinas Sosial"."""
    instansi_lengkap: str = field(init=False)
    """The agency and its region, "Dinas Sosial Kabupaten Bengkalis"."""
    renstra: str = field(init=False)
    """The Renstra period, "2021–2026"."""
    judul_singkat: str = field(init=False)
    """The report's short title, in the running header of the chapters."""
    pemberi_amanah: str = field(init=False)
    """The office that gives the mandate (the head of the region, by default)."""

    def __post_init__(self) -> None:
        self.identitas = self.lkjip.identitas
        self.tahun = self.identitas.tahun
        self.nd = self.lkjip.pengaturan.desimal_persen
        self.instansi = self.identitas.nama_instansi.strip()
        self.instansi_lengkap = f"{self.instansi} {self.identitas.pemerintah_daerah.strip()}".strip()
        self.renstra = f"{self.identitas.renstra_awal}–{self.identitas.renstra_akhir}"
        self.judul_singkat = (self.identitas.judul_singkat or f"LKjIP {self.instansi_lengkap} Tahun {self.tahun}").strip()
        self.pemberi_amanah = (self.identitas.pemberi_amanah_jabatan or "kepala daerah").strip()

    # numbers as printed

    def nilai(self, x: object, satuan: str | None) -> str:
        """A target or realisasi as printed: ``3,63%``, ``581 KK``, ``BB``, ``-``."""
        if x is None:
            return "-"
        if not is_number(x):
            return str(x)
        teks = angka(x, self.nd)
        if not satuan or sama_satuan(satuan, "predikat"):
            return teks
        return f"{teks}%" if sama_satuan(satuan, "%") else f"{teks} {satuan.strip()}"

    def persen(self, x: float | None) -> str:
        """A percentage as printed, with the report's decimals: ``3,63%``."""
        return fmt_persen(x, self.nd)

    def rp(self, x: float | None) -> str:
        """Rupiah in a sentence: "Rp 57.367.577.759", never broken after "Rp"."""
        return self.rp_tabel(x).replace("Rp ", "Rp\u00a0")

    def rp_tabel(self, x: float | None) -> str:
        """Rupiah in a table, in the format of the settings: ``Rp 57.367.577.759``."""
        return fmt_rupiah(x, self.lkjip.pengaturan.format_rupiah)

    def selisih(self, x: float, satuan: str | None) -> str:
        """A difference: ``0,93 poin persen``, ``60 KK``."""
        teks = angka(x, self.nd)
        if sama_satuan(satuan, "%"):
            return f"{teks} poin persen"
        return f"{teks} {satuan}".strip() if satuan else teks

    def nilai_efisiensi(self, hs: HasilSasaran) -> str:
        """A sasaran's efficiency value as printed: a percentage for the penghematan method, else a number."""
        v = hs.nilai_efisiensi
        if v is None:
            return "-"
        return fmt_persen(v, self.nd) if hs.metode_efisiensi == "penghematan" else fmt_angka(v, self.nd)

    # signatures and pictures

    def tanda_tangan_kepala(self, pk: bool = False) -> TandaTangan:
        """The signature block of the head of the agency.

        Dated under the Kata Pengantar; as PIHAK PERTAMA, with the day left blank, under
        the Perjanjian Kinerja (``pk``).
        """
        if pk:
            tempat = f"{self.identitas.tempat_ttd}, {_TITIK_PENDEK} {self.tahun}"
        else:
            tanggal = fmt_tanggal(self.identitas.tanggal_ttd) or f"{_TITIK_PENDEK} {self.tahun + 1}"
            tempat = f"{self.identitas.tempat_ttd}, {tanggal}"
        return TandaTangan(
            tempat=tempat, sebutan="PIHAK PERTAMA," if pk else "",
            jabatan=_jabatan_baris(self.identitas.kepala_jabatan, self.identitas.pemerintah_daerah),
            nama=self.identitas.kepala_nama, pangkat=self.identitas.kepala_pangkat, nip=self.identitas.kepala_nip)

    def tanda_tangan_pemberi_amanah(self) -> TandaTangan:
        """The signature block of the one who gives the mandate: PIHAK KEDUA of the Perjanjian Kinerja."""
        return TandaTangan(
            tempat="", sebutan="PIHAK KEDUA,",
            jabatan=_jabatan_baris(self.identitas.pemberi_amanah_jabatan or TITIK, self.identitas.pemerintah_daerah),
            nama=self.identitas.pemberi_amanah_nama or "", pangkat=self.identitas.pemberi_amanah_pangkat or "",
            nip=self.identitas.pemberi_amanah_nip or "")

    def berkas_gambar(self, nama: str | None) -> bytes | None:
        """The bytes of a picture named in the workbook, from its folder or below it only (``safety.baca_gambar``), or None."""
        blob, _ = baca_gambar(self.folder, nama)  # the reader warned of a refused one
        return blob


def angka(x: object, desimal: int = 2) -> str:
    """A count or measure: whole numbers without decimals (``16.013``), others with ``desimal``."""
    if x is None:
        return "-"
    if not is_number(x):
        return str(x)
    if abs(x - round(x)) < 1e-9:
        return fmt_angka(x, 0)
    return fmt_angka(x, desimal)


def rentang(years: Sequence[int]) -> str:
    """A span of years as printed: ``2021–2023``, or one year."""
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _jabatan_baris(jabatan: str, pemerintah_daerah: str) -> list[str]:
    """An office in capitals on one or two lines, the region on the second: KEPALA DINAS SOSIAL / KABUPATEN BENGKALIS."""
    jabatan = " ".join(jabatan.split()).upper()
    daerah = " ".join(pemerintah_daerah.split()).upper()
    if daerah and jabatan.endswith(" " + daerah) and len(jabatan) > 28:
        return [jabatan[: -len(daerah)].strip(), daerah]
    return [jabatan]
