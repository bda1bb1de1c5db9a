"""Sources across tables: where an indicator's pembilang or penyebut comes from in a supporting table.

A formula indicator (sheet PK or Operasional) may name, in its columns Sumber Pembilang and Sumber
Penyebut, the figure of a supporting table (a ``Data`` sheet) its count is taken from:

* ``Data_PSKS: Jumlah`` - the total of column "Jumlah" of the table on sheet Data_PSKS;
* ``Data_PSKS: Jumlah: Pekerja Sosial Masyarakat`` - that column on the row labelled so (a row label
  ``Jumlah`` or ``Total`` means the column's total);
* ``Data_PSKS!C7`` - one cell of the table.

The table is named by its sheet or its title, the column by its header or its letter, without case.
:func:`urai` resolves a text to a :class:`Sumber` (or says why it cannot); the audit compares the
figure with the count, and the Word report says where the number comes from. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import KolomPendukung, TabelPendukung
from .rules import Hasil
from .schema import normal

__all__ = ["Sumber", "Gagal", "urai", "nilai_sumber"]

_TOTAL = re.compile(r"^(jumlah|total)( .*)?$")


@dataclass(frozen=True)
class Sumber:
    """A figure of a supporting table: one row of a numeric column, or the column's total (``baris`` None)."""

    indeks_tabel: int
    """Its position in ``LKjIP.pendukung`` (and ``Hasil.pendukung``)."""
    tabel: TabelPendukung
    kolom: KolomPendukung
    j: int
    """The column's position in the table."""
    baris: int | None
    label_baris: str = ""

    @property
    def sel(self) -> tuple[str, ...]:
        """The cells of the figure: the row's cell, or every cell of the column for a total."""
        rows = [self.baris] if self.baris is not None else range(len(self.tabel.sel))
        return tuple(self.tabel.sel[i][self.j] for i in rows if self.j < len(self.tabel.sel[i]))

    @property
    def teks(self) -> str:
        """The figure in a sentence: ``kolom "Jumlah" tabel "Jenis dan Jumlah PSKS"`` (with its row, or "jumlah")."""
        where = f'baris "{self.label_baris}"' if self.baris is not None else "jumlah"
        return f'kolom "{self.kolom.judul}" ({where}) tabel "{self.tabel.judul}"'


@dataclass(frozen=True)
class Gagal:
    """Why a source cannot be resolved: the variant of ``Audit.SUMBER_TIDAK_DIKENAL`` and its values."""

    varian: str
    isian: dict


def _tabel(nama: str, pendukung: list[TabelPendukung]) -> int | None:
    key = nama.strip().strip("'").casefold()
    for i, t in enumerate(pendukung):
        if t.lembar.casefold() == key:
            return i
    return next((i for i, t in enumerate(pendukung) if normal(t.judul) == normal(nama)), None)


def _label(tabel: TabelPendukung, r: int) -> str:
    """A row's label: its first text outside a column of row numbers."""
    return next((str(v) for v, k in zip(tabel.baris[r], tabel.kolom)
                 if isinstance(v, str) and v.strip() and normal(k.judul) not in ("no", "nomor")), "")


def urai(teks: str, pendukung: list[TabelPendukung]) -> Sumber | Gagal:
    """Resolve a source text (see the module docstring) against the workbook's supporting tables."""
    teks = teks.strip()
    tersedia = ", ".join(t.lembar for t in pendukung) or "tidak ada"
    m_sel = re.fullmatch(r"(.+)!\$?([A-Za-z]{1,3})\$?(\d+)", teks)
    if m_sel:
        nama, ref = m_sel.group(1), f"{m_sel.group(2).upper()}{m_sel.group(3)}"
        parts = [nama]
    else:
        parts = [p.strip() for p in re.split(r"[:!]", teks)]
        if len(parts) not in (2, 3) or not all(parts):
            return Gagal("bentuk", {})
    i = _tabel(parts[0], pendukung)
    if i is None:
        return Gagal("tabel", {"tabel": parts[0], "tersedia": tersedia})
    tabel = pendukung[i]
    numerik = [(j, k) for j, k in enumerate(tabel.kolom) if k.numerik]
    daftar_kolom = ", ".join(k.judul for _, k in numerik) or "tidak ada kolom angka"
    if m_sel:
        for r, row in enumerate(tabel.sel):
            for j, cell in enumerate(row):
                if cell.rpartition("!")[2].upper() == ref:
                    if not tabel.kolom[j].numerik:
                        return Gagal("kolom", {"kolom": tabel.kolom[j].judul, "tabel": tabel.judul, "tersedia": daftar_kolom})
                    return Sumber(i, tabel, tabel.kolom[j], j, r, _label(tabel, r))
        return Gagal("baris", {"baris": ref, "tabel": tabel.judul})
    kolom = parts[1]
    j, k = next(((j, k) for j, k in numerik if normal(k.judul) == normal(kolom) or k.huruf.upper() == kolom.upper()),
                (None, None))
    if k is None:
        return Gagal("kolom", {"kolom": kolom, "tabel": tabel.judul, "tersedia": daftar_kolom})
    if len(parts) == 2 or _TOTAL.match(normal(parts[2])):
        return Sumber(i, tabel, k, j, None)
    found = next(((r, v) for r, row in enumerate(tabel.baris) for v in row
                  if isinstance(v, str) and normal(v) == normal(parts[2])), None)
    if found is None:
        return Gagal("baris", {"baris": parts[2], "tabel": tabel.judul})
    return Sumber(i, tabel, k, j, found[0], found[1])


def nilai_sumber(sumber: Sumber, hasil: Hasil) -> float | None:
    """The figure a source names: the row's value, or the column's total as the rules derive it."""
    if sumber.baris is None:
        return hasil.pendukung[sumber.indeks_tabel].jumlah.get(sumber.kolom.huruf)
    row = sumber.tabel.baris[sumber.baris]
    value = row[sumber.j] if sumber.j < len(row) else None
    return value if isinstance(value, (int, float)) else None
