"""The context the builders of the output workbook's sheets share (``Konteks``) and their helpers.

The helpers are what every table does alike: the title and subtitle (``kop``), header rows
of one or two levels (``kepala``), the style of a target or realisasi (``gaya_nilai``) and the
copy of an input field with its cell (``salin``).
"""

from __future__ import annotations

from typing import Iterable

from ...expr import ScaleRanges
from ...instansi import sebutan
from ...model import LKjIP
from ...angka import format_excel_nilai, sama_satuan
from ...rules import Hasil
from .lembar import Lembar, Salin, Teks, hari
from ..katalog import Katalog, katalog


class Konteks:
    """What the builders of the sheets share: the data, and what one sheet leaves for another.

    The builders (``bab2``, ``bab3``, ``skala``, ``ringkasan``) take it as ``kt``: ``kt.l`` is
    the workbook as read, ``kt.h`` everything derived from it. Some builders leave notes here
    for later ones: where the budget per program sits (for the Ringkasan chart), the cell
    ranges of the scales (for the label formulas), and which sheet shows what (for the links
    of the Temuan sheet).
    """

    def __init__(self, lkjip: LKjIP, hasil: Hasil, kat: Katalog | None = None):
        self.l, self.h = lkjip, hasil
        self.env = hasil.env
        self.nd = lkjip.pengaturan.desimal_persen
        self.tahun = hasil.tahun
        self.katalog = kat or katalog(lkjip, hasil)
        self.tabel = self.katalog.tabel  # the report's tables, numbered as in Word
        self.rentang_skala: dict[str, ScaleRanges] = {}
        self.program_di: tuple[str, int, int, int, int, int] | None = None  # sheet, rows, columns of Tabel 2.4
        self.program_baris: list[int] = []  # budget with levels: the programs (in Hasil.program), Ringkasan lists them
        self.lembar_sasaran: dict[str, str] = {}  # kode sasaran -> its capaian sheet
        self.lembar_jenis: dict[str, str] = {}  # jenis -> first sheet of that kind
        self.lembar_pendukung: dict[str, str] = {}  # Data sheet of the input -> sheet here
        self.baris_temuan: int | None = None  # first row of the findings counts on Ringkasan
        i = self.l.identitas
        self.subjudul = f"{sebutan(i).nama_lengkap} — Tahun {i.tahun}"

    def nilai(self, nama: str) -> object:
        """The value of a name of the rules' environment."""
        return self.env.value(nama)

    def kop(self, lb: Lembar, n_kolom: int) -> int:
        """Title (the caption) and subtitle; returns the first free row."""
        lb.gabung_sel(0, 0, 0, max(n_kolom - 1, 0), Teks(lb.judul), "judul")
        lb.gabung_sel(1, 0, 1, max(n_kolom - 1, 0), Teks(self.subjudul), "subjudul")
        return 3

    @staticmethod
    def kepala(lb: Lembar, r: int, kolom: list[tuple[str, str | None]], utama: bool = True) -> int:
        """Header rows: ``(top, bottom)`` per column; a shared top spans its columns.

        Returns the first row below the header.
        """
        dua = any(b is not None for _, b in kolom)
        if not dua:
            for c, (t, _) in enumerate(kolom):
                lb.tulis(r, c, Teks(t), "kepala")
            if utama:
                lb.kepala = (r, r)
            return r + 1
        c = 0
        while c < len(kolom):
            top, bottom = kolom[c]
            if bottom is None:
                lb.gabung_sel(r, c, r + 1, c, Teks(top), "kepala")
                c += 1
                continue
            c2 = c
            while c2 + 1 < len(kolom) and kolom[c2 + 1][0] == top and kolom[c2 + 1][1] is not None:
                c2 += 1
            lb.gabung_sel(r, c, r, c2, Teks(top), "kepala")
            for k in range(c, c2 + 1):
                lb.tulis(r + 1, k, Teks(kolom[k][1]), "kepala")
            c = c2 + 1
        if utama:
            lb.kepala = (r, r + 1)
        return r + 2

    def gaya_nilai(self, satuan: str | None, nilai: object, turunan: bool = False) -> tuple[str, str | None]:
        """Style and number format of a target or realisasi: a percentage, a count, or a label.

        The decimals are the Word report's (``angka.format_excel_nilai``): none for a whole number,
        else the setting's; a percentage carries its "%", other units stand in their own column.
        ``turunan``: a derived value (a formula), for which the style alone is enough to choose.
        """
        if isinstance(nilai, str):
            return "label", None
        persen = sama_satuan(satuan, "%")
        return ("persen" if persen else "angka"), format_excel_nilai(nilai, "%" if persen else None, self.nd)

    def nama_gaya(self, nama: str, satuan: str | None) -> tuple[str, str | None]:
        """Style of a derived target or realisasi, by its value."""
        return self.gaya_nilai(satuan, self.nilai(nama), turunan=True)

    def salin(self, obj, key: str, nilai: object = None, alias: Iterable[str] = ()) -> Salin:
        """The copy of one input field of a model object (value and its cell)."""
        value = getattr(obj, key) if nilai is None else nilai
        return Salin(hari(value), obj.cells.get(key), tuple(a for a in alias if a))

    def daftar(self, jenis: str, lb: Lembar) -> None:
        """Remember the first sheet of each kind of table (links of findings without a copied cell)."""
        self.lembar_jenis.setdefault(jenis, lb.nama)
