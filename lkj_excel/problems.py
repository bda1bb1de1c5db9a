"""Problems found while reading a workbook and findings of the audit, as data.

One record type serves both: the reader's errors and warnings (``sumber="pembacaan"``)
and the audit's findings (``sumber="audit"``). Each names the cells involved
(``"PK!E7"``), what was found and what was expected, and carries a formal
Indonesian message. The console, the output workbook's Temuan sheet, the error
report and the tests all read the same records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Tingkat(str, Enum):
    """Severity: an error stops the conversion, a warning does not."""

    GALAT = "galat"
    PERINGATAN = "peringatan"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"galat": "Galat", "peringatan": "Peringatan", "info": "Info"}[self.value]


@dataclass(frozen=True)
class Temuan:
    """One problem or finding.

    Attributes:
        kode: stable identifier of the kind of problem (``"angka-tidak-terbaca"``).
        tingkat: severity.
        pesan: the Indonesian message, without the location.
        sel: the cells involved, as ``"Sheet!A1"`` (first one is the main cell).
        berkas: the workbook's file name.
        ditemukan: what was found (as text), if one value is at stake.
        diharapkan: what was expected or computed (as text).
        sumber: ``"pembacaan"`` (reader) or ``"audit"``.
    """

    kode: str
    tingkat: Tingkat
    pesan: str
    sel: tuple[str, ...] = ()
    berkas: str = ""
    ditemukan: str | None = None
    diharapkan: str | None = None
    sumber: str = "pembacaan"

    @property
    def lokasi(self) -> str:
        """The cells as one text, e.g. ``"PK!E7, PK!E8"``."""
        return ", ".join(self.sel)

    def teks(self) -> str:
        """The full one-line message: file, cells, severity, message."""
        where = " ".join(p for p in (self.berkas, self.lokasi) if p)
        detail = self.pesan
        if self.ditemukan is not None and self.ditemukan not in detail:
            detail += f" Ditemukan: {self.ditemukan}."
        if self.diharapkan is not None and self.diharapkan not in detail:
            detail += f" Seharusnya: {self.diharapkan}."
        return f"[{self.tingkat.label}] {where}: {detail}" if where else f"[{self.tingkat.label}] {detail}"

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.teks()


@dataclass
class DaftarTemuan:
    """An ordered collection of problems, never stopping at the first one."""

    berkas: str = ""
    items: list[Temuan] = field(default_factory=list)

    def tambah(
        self,
        kode: str,
        pesan: str,
        *sel: str,
        tingkat: Tingkat = Tingkat.GALAT,
        ditemukan: object = None,
        diharapkan: object = None,
        sumber: str = "pembacaan",
    ) -> Temuan:
        """Record a problem and return it."""
        item = Temuan(
            kode=kode,
            tingkat=tingkat,
            pesan=pesan,
            sel=tuple(s for s in sel if s),
            berkas=self.berkas,
            ditemukan=None if ditemukan is None else str(ditemukan),
            diharapkan=None if diharapkan is None else str(diharapkan),
            sumber=sumber,
        )
        self.items.append(item)
        return item

    def galat(self, kode: str, pesan: str, *sel: str, **kw) -> Temuan:
        """Record an error."""
        return self.tambah(kode, pesan, *sel, tingkat=Tingkat.GALAT, **kw)

    def peringatan(self, kode: str, pesan: str, *sel: str, **kw) -> Temuan:
        """Record a warning."""
        return self.tambah(kode, pesan, *sel, tingkat=Tingkat.PERINGATAN, **kw)

    @property
    def errors(self) -> list[Temuan]:
        return [t for t in self.items if t.tingkat is Tingkat.GALAT]

    @property
    def warnings(self) -> list[Temuan]:
        return [t for t in self.items if t.tingkat is Tingkat.PERINGATAN]

    @property
    def ada_galat(self) -> bool:
        return any(t.tingkat is Tingkat.GALAT for t in self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class WorkbookError(Exception):
    """Raised when a workbook cannot be converted; carries all its problems."""

    def __init__(self, temuan: DaftarTemuan):
        self.temuan = temuan
        super().__init__("\n".join(t.teks() for t in temuan.errors))
