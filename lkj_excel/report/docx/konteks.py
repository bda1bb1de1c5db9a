"""The context every part of the Word report is written from, and how it writes its numbers.

:class:`Konteks` holds one LKjIP being written: the workbook as read (``lkjip``), what
the rules derived from it (``hasil``), the findings (``temuan``), the document
(``doc``) and the workbook's folder; the names every chapter uses (``sebutan``, from the kind of
reporting unit: :mod:`lkj_excel.instansi`; ``instansi``, ``instansi_lengkap``, ``tahun``,
``renstra``, ``judul_singkat``, ``pemberi_amanah``);
and the number writers (``nilai``, ``persen``, ``rp``, ``rp_tabel``, ``selisih``,
``nilai_efisiensi``, and :func:`angka` for counts), so that a figure reads the same
in every sentence and table. The digits themselves are written by
:mod:`lkj_excel.angka`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...angka import fmt_angka, fmt_bilangan, fmt_nilai, fmt_persen, fmt_rupiah, fmt_selisih, fmt_tanggal
from ...instansi import Sebutan, sebutan
from ...model import Identitas, LKjIP
from ...problems import Temuan
from ...rules import DESIMAL_INDEKS, Hasil, HasilSasaran
from ...safety import baca_gambar
from ..katalog import Entri, Jenis, Katalog, katalog, rentang  # noqa: F401 - rentang: the chapters' span of years
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
    penulis: Mapping[Jenis, Callable[["Konteks", Entri], None]] = field(default_factory=dict)
    """The Word builder of each kind of table and figure (``report.docx.PENULIS``)."""
    katalog: Katalog = field(init=False)
    """The report's tables and figures, their numbers and captions (shared with the output workbook)."""
    bagan: bytes | None = field(init=False)
    """The organisation chart picture: the agency's own, else None (drawn from the Organisasi sheet)."""
    identitas: Identitas = field(init=False)
    sebutan: Sebutan = field(init=False)
    """Every name of the reporting unit and its signatories, by its kind (:func:`lkj_excel.instansi.sebutan`)."""
    tahun: int = field(init=False)
    nd: int = field(init=False)
    """Decimals of a percentage (setting ``desimal_persen``)."""
    instansi: str = field(init=False)
    """The agency in a sentence, "Dinas Sosial" (``sebutan.nama``)."""
    instansi_lengkap: str = field(init=False)
    """The agency and its region, "Dinas Sosial Kabupaten Bengkalis" (``sebutan.nama_lengkap``)."""
    renstra: str = field(init=False)
    """The Renstra period, "2021–2026"."""
    judul_singkat: str = field(init=False)
    """The report's short title, in the running header of the chapters."""
    pemberi_amanah: str = field(init=False)
    """To whom the report is accounted for: the PK's second party (the head of the region, by default),
    or for a Pemerintah Daerah the Minister (``sebutan.penerima_laporan``)."""

    def __post_init__(self) -> None:
        self.identitas = self.lkjip.identitas
        self.tahun = self.identitas.tahun
        self.nd = self.lkjip.pengaturan.desimal_persen
        self.sebutan = sebutan(self.identitas)
        self.instansi = self.sebutan.nama
        self.instansi_lengkap = self.sebutan.nama_lengkap
        self.renstra = f"{self.identitas.renstra_awal}–{self.identitas.renstra_akhir}"
        self.judul_singkat = (self.identitas.judul_singkat or f"LKjIP {self.instansi_lengkap} Tahun {self.tahun}").strip()
        self.pemberi_amanah = self.sebutan.penerima_laporan
        self.bagan = self.berkas_gambar(self.identitas.berkas_bagan)
        self.katalog = katalog(self.lkjip, self.hasil, ada_bagan=self.bagan is not None or bool(self.lkjip.organisasi))

    def tulis(self, entri: Entri | None) -> None:
        """Write one table or figure of the catalogue, with the sentences that introduce it (nothing for None)."""
        if entri is not None:
            self.penulis[entri.jenis](self, entri)

    # what the workbook holds (the sentences have a form for each absent piece)

    @property
    def ada_anggaran(self) -> bool:
        """The workbook gives a budget: some program with a pagu above zero."""
        return bool(self.hasil.program) and bool(self.hasil.anggaran.anggaran)

    @property
    def ada_realisasi_anggaran(self) -> bool:
        """Some program's realisasi is reported (where none is, the rules' total of zero means "not reported")."""
        return any(p.realisasi is not None for p in self.hasil.program)

    def realisasi_sasaran_dilaporkan(self, kode_sasaran: str) -> bool:
        """Some program of one sasaran has its realisasi reported."""
        return any(p.realisasi is not None for p in self.hasil.program if p.kode_sasaran == kode_sasaran)

    def nomor_sasaran(self, kode: str) -> int:
        """A sasaran's number in the report: its position in the PK sheet, whatever its code."""
        return next(n for n, s in enumerate(self.lkjip.sasaran, 1) if s.kode == kode)

    def sasaran_ke(self, kode: str) -> str:
        """How prose names a sasaran: "Sasaran 2" (as its heading and its tables' captions do)."""
        return f"Sasaran {self.nomor_sasaran(kode)}"

    # numbers as printed

    def nilai(self, x: object, satuan: str | None) -> str:
        """A target or realisasi as printed: ``3,63%``, ``581 KK``, ``BB``, ``-``."""
        return fmt_nilai(x, satuan, self.nd)

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
        return fmt_selisih(x, satuan, self.nd)

    def nilai_efisiensi(self, hs: HasilSasaran) -> str:
        """A sasaran's efficiency value as printed: a percentage for the penghematan method, a ratio with
        ``DESIMAL_INDEKS`` decimals for the ratio index (1,083), else a number."""
        v = hs.nilai_efisiensi
        if v is None:
            return "-"
        if hs.metode_efisiensi == "indeks":
            return fmt_angka(v, DESIMAL_INDEKS)
        return fmt_persen(v, self.nd) if hs.metode_efisiensi == "penghematan" else fmt_angka(v, self.nd)

    def te_indeks(self, hs: HasilSasaran) -> str:
        """TE = IE − 1 of the ratio index as printed, signed: ``0,08``, ``-0,15``."""
        return fmt_angka(hs.te_indeks, DESIMAL_INDEKS) if hs.te_indeks is not None else "-"

    # signatures and pictures

    def tanda_tangan_kepala(self, pk: bool = False) -> TandaTangan:
        """The signature block of the head of the agency.

        Dated under the Kata Pengantar; under the Perjanjian Kinerja (``pk``) with the day left
        blank, as PIHAK PERTAMA where the PK has a second party. The rank and the NIP are
        printed where typed (a Kepala Daerah has neither).
        """
        if pk:
            tempat = f"{self.identitas.tempat_ttd}, {_TITIK_PENDEK} {self.tahun}"
        else:
            tanggal = fmt_tanggal(self.identitas.tanggal_ttd) or f"{_TITIK_PENDEK} {self.tahun + 1}"
            tempat = f"{self.identitas.tempat_ttd}, {tanggal}"
        return TandaTangan(
            tempat=tempat, sebutan="PIHAK PERTAMA," if pk and self.sebutan.pihak_kedua else "",
            jabatan=jabatan_baris(self.identitas.kepala_jabatan, self.sebutan.daerah),
            nama=self.identitas.kepala_nama, pangkat=self.identitas.kepala_pangkat or "",
            nip=self.identitas.kepala_nip or "")

    def tanda_tangan_pemberi_amanah(self) -> TandaTangan:
        """The signature block of the one who gives the mandate: PIHAK KEDUA of the Perjanjian Kinerja."""
        return TandaTangan(
            tempat="", sebutan="PIHAK KEDUA,",
            jabatan=jabatan_baris(self.sebutan.pihak_kedua or TITIK, self.sebutan.daerah),
            nama=self.identitas.pemberi_amanah_nama or "", pangkat=self.identitas.pemberi_amanah_pangkat or "",
            nip=self.identitas.pemberi_amanah_nip or "")

    def berkas_gambar(self, nama: str | None) -> bytes | None:
        """The bytes of a picture named in the workbook, from its folder or below it only (``safety.baca_gambar``), or None."""
        blob, _ = baca_gambar(self.folder, nama)  # the reader warned of a refused one
        return blob


def angka(x: object, desimal: int = 2) -> str:
    """A count or measure: whole numbers without decimals (``16.013``), others with ``desimal``."""
    return fmt_bilangan(x, desimal)


def jabatan_baris(jabatan: str, pemerintah_daerah: str) -> list[str]:
    """An office in capitals on one or two lines, the region on the second: KEPALA DINAS SOSIAL / KABUPATEN BENGKALIS."""
    jabatan = " ".join(jabatan.split()).upper()
    daerah = " ".join(pemerintah_daerah.split()).upper()
    if daerah and jabatan.endswith(" " + daerah) and len(jabatan) > 28:
        return [jabatan[: -len(daerah)].strip(), daerah]
    return [jabatan]
