"""The domain objects of an LKjIP workbook, as the reader hands them on.

Plain dataclasses, no DataFrames. Every object keeps, in ``cells``, the cell
(``"PK!H7"``) each of its fields came from, so that later stages (rules, audit,
renderers) can name the cell of any figure they talk about.

A measured value (a target, a realisasi) is a ``float``, or a ``str`` for a
predikat indicator (``"BB"``), or ``None`` where nothing was given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Union

Nilai = Union[float, str, None]
"""A target or realisasi: a number, a predikat label (``"BB"``) or nothing."""


class Polaritas(str, Enum):
    """Direction of an indicator."""

    POSITIF = "positif"
    NEGATIF = "negatif"
    PREDIKAT = "predikat"


class JenisInstansi(str, Enum):
    """The kind of reporting unit (RULES.md §11): who writes the LKjIP and who signs it."""

    PERANGKAT_DAERAH = "perangkat_daerah"
    """A Dinas, Badan, Sekretariat, Inspektorat...: signed by its head, a civil servant with a NIP."""
    KECAMATAN = "kecamatan"
    """A Kecamatan: signed by the Camat, a civil servant with a NIP."""
    PROVINSI = "provinsi"
    """The Pemerintah Provinsi itself: signed by the Gubernur, who has no NIP."""
    KABUPATEN = "kabupaten"
    """The Pemerintah Kabupaten itself: signed by the Bupati, who has no NIP."""
    KOTA = "kota"
    """The Pemerintah Kota itself: signed by the Wali Kota, who has no NIP."""

    @property
    def pemda(self) -> bool:
        """The Pemerintah Daerah itself (its sasaran are the RPJMD's; its head is elected)."""
        return self in (JenisInstansi.PROVINSI, JenisInstansi.KABUPATEN, JenisInstansi.KOTA)


@dataclass
class Identitas:
    """Identity of the agency and the signatory (sheet Identitas).

    ``nama_instansi`` is empty for a Pemerintah Daerah's own LKjIP; ``kepala_pangkat`` and
    ``kepala_nip`` are None where the signatory has none (a Kepala Daerah). Every name the report
    prints is derived from these fields by :func:`lkj_excel.instansi.sebutan`.
    """

    nama_instansi: str
    pemerintah_daerah: str
    provinsi: str
    tahun: int
    renstra_awal: int
    renstra_akhir: int
    kepala_nama: str
    kepala_jabatan: str
    kepala_pangkat: str | None
    kepala_nip: str | None
    tempat_ttd: str
    tanggal_ttd: date | str | None = None
    sumber_anggaran: str = "APBD"
    pemberi_amanah_jabatan: str | None = None
    pemberi_amanah_nama: str | None = None
    pemberi_amanah_pangkat: str | None = None
    pemberi_amanah_nip: str | None = None
    nomor_lhe_akip: str | None = None
    judul_singkat: str | None = None
    berkas_logo: str | None = None
    berkas_bagan: str | None = None
    jenis_instansi: JenisInstansi = JenisInstansi.PERANGKAT_DAERAH
    pereviu_jabatan: str | None = None
    pereviu_nama: str | None = None
    pereviu_pangkat: str | None = None
    pereviu_nip: str | None = None
    tempat_reviu: str | None = None
    tanggal_reviu: date | str | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def ada_pereviu(self) -> bool:
        """The workbook names the APIP reviewer (the report gets its Pernyataan Telah Direviu)."""
        return bool(self.pereviu_nama and self.pereviu_jabatan)


@dataclass
class TugasFungsi:
    """The agency's task and its functions (sheet Tugas_Fungsi)."""

    tugas: list[str] = field(default_factory=list)
    fungsi: list[str] = field(default_factory=list)


@dataclass
class UnitOrganisasi:
    """One box of the organisation chart (sheet Organisasi)."""

    kode: str
    nama: str
    induk: str | None = None
    pejabat: str | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class ArahKebijakan:
    """One row of Tabel 2.1: tujuan, sasaran, strategi and one arah kebijakan."""

    tujuan: str
    sasaran: str
    strategi: str
    arah_kebijakan: str
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class IndikatorRenstra:
    """An indicator of the Renstra with its target per year (Tabel 2.2)."""

    kode: str
    tujuan: str
    sasaran: str | None
    nama: str
    satuan: str
    polaritas: Polaritas
    kondisi_awal: Nilai
    target_tahunan: dict[int, Nilai]
    target_akhir: Nilai
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class Formula:
    """How a formula indicator is computed: pembilang / penyebut x faktor."""

    label_pembilang: str
    satuan_pembilang: str
    label_penyebut: str
    satuan_penyebut: str
    faktor: float = 100.0


@dataclass
class Indikator:
    """What every measured indicator has, whichever agreement it belongs to (RULES.md §2).

    The indicators of the Perjanjian Kinerja (``IndikatorKinerja``) and of the operational
    objectives of the units below (``IndikatorOperasional``) are measured by the same rules
    and audited by the same checks: a unit, a polarity, the signed target (a range where
    ``target_atas`` is given), a formula with the target's pembilang and penyebut, and the
    link to a Renstra indicator.
    """

    kode: str | None
    kode_sasaran: str | None
    nama: str
    satuan: str
    polaritas: Polaritas
    target: Nilai
    target_atas: float | None = None
    formula: Formula | None = None
    target_pembilang: float | None = None
    target_penyebut: float | None = None
    kode_renstra: str | None = None
    sumber_pembilang: str | None = None
    """Where the realisasi's pembilang comes from: a supporting table's column, row or total (``sumber.Sumber``)."""
    sumber_penyebut: str | None = None
    """Where the realisasi's penyebut comes from (likewise)."""
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class IndikatorKinerja(Indikator):
    """An indicator of the Perjanjian Kinerja (Tabel 2.3)."""

    kode: str
    kode_sasaran: str
    standar_nasional: float | None = None
    bobot: float | None = None
    definisi_operasional: str | None = None
    cara_pengukuran: str | None = None
    sumber_data: str | None = None
    frekuensi_pengukuran: str | None = None


@dataclass
class Sasaran:
    """A sasaran strategis of the Perjanjian Kinerja with its indicators."""

    kode: str
    nama: str
    indikator: list[IndikatorKinerja] = field(default_factory=list)
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class Realisasi:
    """The figures of one indicator for one year (sheet Realisasi).

    For the report year the target is the one of the Perjanjian Kinerja; a
    target stated here is only compared with it. For earlier years the target
    is the stated one or, where absent, target_pembilang / target_penyebut.
    """

    kode_indikator: str
    tahun: int
    target: Nilai = None
    target_pembilang: float | None = None
    target_penyebut: float | None = None
    realisasi: Nilai = None
    realisasi_pembilang: float | None = None
    realisasi_penyebut: float | None = None
    capaian_tertulis: float | None = None
    keterangan: str | None = None
    kategori_tertulis: str | None = None
    """The category of the year's capaian as the agency states it (compared with the derived one)."""
    satuan_realisasi: str | None = None
    """The unit the realisasi is recorded in, where typed (compared with the indicator's)."""
    indikator_tertulis: object = None
    """What stands in the tool-filled column Indikator (its template formula gives the PK's name): the agency's stated name."""
    cells: dict[str, str] = field(default_factory=dict, repr=False)


class TingkatAnggaran(str, Enum):
    """The level of a budget line (Permendagri 90/2019): program, kegiatan, sub kegiatan."""

    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"

    @property
    def urut(self) -> int:
        """0 for a program, 1 for a kegiatan, 2 for a sub kegiatan."""
        return list(TingkatAnggaran).index(self)

    @property
    def label(self) -> str:
        """As the sheet and the tables write it: "Sub Kegiatan"."""
        return self.value.replace("_", " ").title()

    @property
    def sebutan(self) -> str:
        """As a sentence writes it: "sub kegiatan"."""
        return self.value.replace("_", " ")

    @staticmethod
    def rangkai(tingkat: Iterable["TingkatAnggaran"], sambung: str = " dan ", bawaan: str = "") -> str:
        """Some levels in a sentence, from program down: "kegiatan dan sub kegiatan" (``bawaan`` for none)."""
        return sambung.join(t.sebutan for t in sorted(set(tingkat), key=lambda t: t.urut)) or bawaan

    @classmethod
    def dari_kode(cls, kode: str | None) -> "TingkatAnggaran | None":
        """The level a code's pattern names: ``X.XX.XX`` program, ``X.XX.XX.X.XX`` kegiatan,
        ``X.XX.XX.X.XX.XXXX`` sub kegiatan (by its number of parts); None for another pattern."""
        parts = str(kode or "").strip().split(".")
        if not all(p.isalnum() for p in parts):
            return None
        return {3: cls.PROGRAM, 5: cls.KEGIATAN, 6: cls.SUB_KEGIATAN}.get(len(parts))


@dataclass
class Program:
    """A budget line of Tabel 2.4: a program, or a kegiatan or sub kegiatan under one.

    Lines come in the order of the DPA; ``induk`` is the index (in ``LKjIP.program``) of the
    line it belongs to (None for a program). ``anggaran`` and ``realisasi`` are the line's own
    figures, given on the lowest level only: a line with lines under it has None there, and
    the amounts typed on it (the agency's stated subtotal, audited) in ``anggaran_tertulis``
    and ``realisasi_tertulis``. ``kode_sasaran`` is the sasaran typed on this line (None where
    the link is set on a line above it: see ``LKjIP.tautan_sasaran``).
    """

    nama: str
    kode_sasaran: str | None
    anggaran: float | None
    realisasi: float | None
    sumber_dana: str | None = None
    keterangan: str | None = None
    tingkat: TingkatAnggaran = TingkatAnggaran.PROGRAM
    kode: str | None = None
    induk: int | None = None
    anggaran_tertulis: float | None = None
    realisasi_tertulis: float | None = None
    penyerapan_tertulis: object = None
    """What stands in the tool-filled column Penyerapan (a number, or text that is none): the agency's stated penyerapan."""
    cells: dict[str, str] = field(default_factory=dict, repr=False)

    def sebutan(self, kutip: str = '"', awal: bool = False) -> str:
        """The line in a sentence: ``program "Pemberdayaan Sosial"`` (``awal``: "Program ..." to open one)."""
        teks = f"{self.tingkat.sebutan} {kutip}{self.nama}{kutip}"
        return teks[:1].upper() + teks[1:] if awal else teks


@dataclass
class JumlahTertulis:
    """A total row typed by the user (Jumlah/Total), kept for the audit.

    ``nilai`` maps a column key to the typed total; ``cells`` to its cell.
    """

    label: str
    nilai: dict[str, float]
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class IndikatorOperasional(Indikator):
    """An indicator of an operational objective of a unit below the agency's head (Tabel 3.4).

    Measured like a PK indicator (same fields, same rules and checks). Its figures stand on
    one row of sheet Operasional: the target of the report year, and the realisasi of the
    report year and of the year before, each as a value or as pembilang and penyebut;
    :meth:`baris_realisasi` gives them in the form of rows of sheet Realisasi.
    """

    unit: str | None = None
    eselon: str = "III"  # schema.ESELON: III (kepala bidang, camat) or IV (kepala seksi, subbagian)
    sasaran_operasional: str = ""
    realisasi_lalu: Nilai = None
    realisasi_lalu_pembilang: float | None = None
    realisasi_lalu_penyebut: float | None = None
    realisasi: Nilai = None
    realisasi_pembilang: float | None = None
    realisasi_penyebut: float | None = None
    capaian_tertulis: float | None = None
    kategori_tertulis: str | None = None
    satuan_realisasi: str | None = None

    @property
    def satuan_pembilang(self) -> str | None:
        """The unit of the counts (``"orang"``), where the formula names one."""
        return (self.formula.satuan_pembilang or None) if self.formula else None

    def baris_realisasi(self, tahun: int) -> list[Realisasi]:
        """The realisasi of the year before ``tahun`` (where given) and of ``tahun``, as rows of
        sheet Realisasi whose cells are those of this row of sheet Operasional."""
        rows = []
        for year, fields in ((tahun - 1, _LALU), (tahun, _INI)):
            values = {key: getattr(self, own) for key, own in fields.items()}
            if year == tahun or any(v is not None for v in values.values()):
                rows.append(Realisasi(kode_indikator=self.kode or "", tahun=year, **values,
                                      cells={key: self.cells[own] for key, own in fields.items() if own in self.cells}))
        return rows


_LALU = {"realisasi": "realisasi_lalu", "realisasi_pembilang": "realisasi_lalu_pembilang",
         "realisasi_penyebut": "realisasi_lalu_penyebut"}
_INI = {"realisasi": "realisasi", "realisasi_pembilang": "realisasi_pembilang", "realisasi_penyebut": "realisasi_penyebut",
        "capaian_tertulis": "capaian_tertulis", "kategori_tertulis": "kategori_tertulis", "satuan_realisasi": "satuan_realisasi"}
"""Fields of a row of sheet Realisasi -> the fields of sheet Operasional that hold them, per year."""


@dataclass
class KolomPendukung:
    """A column of a supporting table."""

    judul: str
    numerik: bool
    huruf: str  # column letter in the sheet


@dataclass
class TabelPendukung:
    """A supporting data table (Tabel 3.5-3.8), one sheet ``Data_*`` each.

    ``baris`` holds the rows as lists of values (float for numeric columns,
    str or None otherwise); ``sel`` the matching cell names.
    """

    lembar: str
    judul: str
    kode_sasaran: str | None
    pengantar: str | None
    kolom: list[KolomPendukung]
    baris: list[list[float | str | None]]
    sel: list[list[str]]
    jumlah_tertulis: JumlahTertulis | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class KomponenAkip:
    """A component of the AKIP evaluation with its score per year (Tabel 3.9)."""

    nama: str
    bobot: float
    nilai: dict[int, float]
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class EvaluasiAkip:
    """The AKIP scores per year, plus the totals and predikat typed by the user."""

    komponen: list[KomponenAkip] = field(default_factory=list)
    jumlah_tertulis: dict[int, float] = field(default_factory=dict)
    predikat_tertulis: dict[int, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def tahun(self) -> list[int]:
        years: set[int] = set()
        for k in self.komponen:
            years.update(k.nilai)
        return sorted(years)


@dataclass
class Narasi:
    """A block of narrative text (sheet Narasi)."""

    bagian: str
    teks: str
    kode_sasaran: str | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class AngkaTertulis:
    """Figures per sasaran as stated elsewhere by the agency (e.g. Tabel 3.11/3.12).

    The tool derives all of them itself; the audit compares.
    """

    kode_sasaran: str
    capaian: float | None = None
    anggaran: float | None = None
    realisasi_anggaran: float | None = None
    penyerapan: float | None = None
    efisiensi: str | None = None
    kategori: str | None = None
    nilai_efisiensi: float | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class AngkaIndikatorTertulis:
    """One figure of one indicator as stated by the agency, on a row of sheet AngkaTertulis.

    ``besaran`` is the code of the figure (``schema.BESARAN_INDIKATOR``: its kategori, its capaian
    against the Renstra end target, its realisasi against an earlier year ...); ``tahun`` the year
    it refers to (the earlier year of a comparison), None for the report year.
    """

    kode_indikator: str
    besaran: str
    nilai: float | str | None
    tahun: int | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class Pembanding:
    """A benchmark of a PK indicator (sheet Pembanding): a national, provincial or other region's figure, with its source."""

    kode_indikator: str
    pembanding: str
    tahun: int
    nilai: Nilai
    sumber: str
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class Pita:
    """One band of a scale: values from ``batas`` (inclusive or not) get ``label``.

    ``atas`` (with ``atas_inklusif``) is the band's upper bound as the Skala sheet states it, or None.
    It does not take part in the lookup (a band ends where the next one begins); it is checked
    against the next band's lower bound (``skala.sambungan_pita``) and printed with the scale.
    ``cells``: the Skala cells of the band's fields, for findings.
    """

    batas: float
    label: str
    inklusif: bool = True
    atas: float | None = None
    atas_inklusif: bool = True
    cells: dict[str, str] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Pengaturan:
    """Methods and scales (sheets Pengaturan and Skala), defaults of RULES.md."""

    metode_negatif: str = "2T-R"  # or "T/R"
    predikat_numerik: bool = False
    batas_capaian: float | None = None
    pakai_bobot: bool = False
    metode_efisiensi: str = "rasio"  # rasio | selisih | pmk249 | penghematan | indeks
    pmk_batasi: bool = True
    pmk_batas: float = 20.0
    skema_akip: str = "88/2021"  # or "12/2015"
    presisi: str = "penuh"  # or "tercetak"
    desimal_persen: int = 2
    format_rupiah: str = "spasi"  # "Rp 1.000" or "puebi": "Rp1.000"
    batas_kewajaran: float = 200.0
    kode_indikator_akip: str | None = None
    kategori_dari: str = "terbatas"  # or "penuh": the category from the capaian before the cap
    kategori_perbandingan: bool = False  # categories of the Renstra and national-standard comparisons shown
    skala: dict[str, list[Pita]] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class TriwulanIndikator:
    """The quarters of one indicator (sheet Triwulan): targets of the Rencana Aksi and realisasi per quarter.

    Every dict maps a quarter (1..4) to its value, where given; ``cara`` is how the quarters make
    the year (a code of ``schema_triwulan.CARA_TAHUNAN``). ``cells`` names fields ``<field>_<quarter>``.
    """

    kode: str
    cara: str = "tidak_ditetapkan"
    target: dict[int, Nilai] = field(default_factory=dict)
    realisasi: dict[int, Nilai] = field(default_factory=dict)
    realisasi_pembilang: dict[int, float] = field(default_factory=dict)
    realisasi_penyebut: dict[int, float] = field(default_factory=dict)
    indikator_tertulis: object = None
    """What stands in the tool-filled column Indikator (the template's formula gives the indicator's name)."""
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class CatatanTriwulan:
    """The agency's obstacles and follow-up for one indicator in one quarter (sheet CatatanTriwulan)."""

    kode: str
    triwulan: int
    kendala: str | None = None
    tindak_lanjut: str | None = None
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class AnggaranTriwulan:
    """The realisasi of one lowest budget line per quarter (sheet AnggaranTriwulan); ``baris``: its index in ``LKjIP.program``."""

    baris: int
    realisasi: dict[int, float] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class LKjIP:
    """Everything a workbook holds, read and typed."""

    berkas: str
    identitas: Identitas
    tugas_fungsi: TugasFungsi
    organisasi: list[UnitOrganisasi]
    renstra: list[ArahKebijakan]
    indikator_renstra: list[IndikatorRenstra]
    sasaran: list[Sasaran]
    realisasi: list[Realisasi]
    program: list[Program]
    """The budget lines, in the order of the DPA: programs and, where given, their kegiatan and sub kegiatan."""
    jumlah_anggaran_tertulis: JumlahTertulis | None
    operasional: list[IndikatorOperasional]
    pendukung: list[TabelPendukung]
    akip: EvaluasiAkip
    narasi: list[Narasi]
    angka_tertulis: list[AngkaTertulis]
    pengaturan: Pengaturan
    versi_template: int = 1
    """The version of the standard workbook it was filled in with (``schema.VERSI_TEMPLATE``); 1 where none is stored."""
    angka_indikator_tertulis: list[AngkaIndikatorTertulis] = field(default_factory=list)
    """Figures per indicator stated on sheet AngkaTertulis (comparisons, kategori ...)."""
    triwulan: list[TriwulanIndikator] = field(default_factory=list)
    """The quarters of the indicators that have them (sheet Triwulan)."""
    catatan_triwulan: list[CatatanTriwulan] = field(default_factory=list)
    anggaran_triwulan: list[AnggaranTriwulan] = field(default_factory=list)
    dari_triwulan: dict[str, str] = field(default_factory=dict)
    """What the reader derived from the quarters because the year left it empty: ``"indikator:<kode>"``,
    ``"operasional:<no>"`` or ``"anggaran:<no>"`` (no from 1) -> the cells of the quarters it came from."""

    def triwulan_of(self, kode: str | None) -> TriwulanIndikator | None:
        """The quarters of the indicator with ``kode``, if the workbook has them."""
        return next((t for t in self.triwulan if t.kode == kode), None) if kode else None

    pembanding: list[Pembanding] = field(default_factory=list)
    """The benchmarks of the PK indicators (sheet Pembanding), in the sheet's order."""
    rubrik_lke: dict[str, float] = field(default_factory=dict)
    """The region's weights of LKE criteria (sheet RubrikLKE) by criterion code; the others keep their defaults."""
    rubrik_lke_sel: dict[str, str] = field(default_factory=dict, repr=False)
    """The cell of each weight of ``rubrik_lke``."""

    def pembanding_of(self, kode: str) -> list[Pembanding]:
        """The benchmarks of one PK indicator, in the sheet's order."""
        return [p for p in self.pembanding if p.kode_indikator == kode]

    @property
    def indikator(self) -> list[IndikatorKinerja]:
        """All indicators of the Perjanjian Kinerja, in order."""
        return [i for s in self.sasaran for i in s.indikator]

    def indikator_by_kode(self, kode: str) -> IndikatorKinerja | None:
        return next((i for i in self.indikator if i.kode == kode), None)

    def renstra_by_kode(self, kode: str | None) -> IndikatorRenstra | None:
        return next((r for r in self.indikator_renstra if r.kode == kode), None)

    def realisasi_of(self, kode: str, tahun: int) -> Realisasi | None:
        return next((r for r in self.realisasi if r.kode_indikator == kode and r.tahun == tahun), None)

    # the budget lines (Tabel 2.4)

    def terbawah(self, i: int) -> bool:
        """Budget line ``i`` has no line under it: its anggaran and realisasi are given, not summed."""
        return not any(p.induk == i for p in self.program)

    def rantai(self, i: int) -> list[int]:
        """Budget line ``i`` and the lines it belongs to, up to its program."""
        return rantai_anggaran(self.program, i)

    def tautan_sasaran(self, i: int) -> int | None:
        """The line whose Kode Sasaran links budget line ``i`` to its sasaran (see ``tautan_sasaran``)."""
        return tautan_sasaran(self.program, i)

    def sasaran_baris(self, i: int) -> str | None:
        """The sasaran budget line ``i`` supports (through itself or a line above it), if any."""
        j = self.tautan_sasaran(i)
        return self.program[j].kode_sasaran if j is not None else None

    def tingkat_anggaran(self) -> list[TingkatAnggaran]:
        """The levels the budget lines have, from program down."""
        return sorted({p.tingkat for p in self.program}, key=lambda t: t.urut)

    def program_utama(self) -> list[int]:
        """The programs: the lines that belong to no other line, in order."""
        return [i for i, p in enumerate(self.program) if p.induk is None]

    def narasi_of(self, bagian: str, kode_sasaran: str | None = None) -> list[str]:
        """The texts of one narrative part (optionally of one sasaran), in order."""
        return [n.teks for n in self.narasi if n.bagian == bagian and (kode_sasaran is None or n.kode_sasaran == kode_sasaran)]


def rantai_anggaran(program: list[Program], i: int) -> list[int]:
    """Budget line ``i`` of ``program`` and the lines it belongs to (by ``induk``), up to its program."""
    out = [i]
    while program[out[-1]].induk is not None and len(out) <= len(program):
        out.append(program[out[-1]].induk)
    return out


def tautan_sasaran(program: list[Program], i: int) -> int | None:
    """The line whose Kode Sasaran links budget line ``i`` to its sasaran: the highest line of its
    chain that has one (the codes of one chain agree, else the reader reports it), or None."""
    coded = [j for j in rantai_anggaran(program, i) if program[j].kode_sasaran]
    return coded[-1] if coded else None
