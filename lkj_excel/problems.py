"""Problems found while reading a workbook and findings of the audit, as data.

One record type serves both: the reader's errors and warnings (``sumber="pembacaan"``)
and the audit's findings (``sumber="audit"``). Each names the cells involved
(``"PK!E7"``), what was found and what was expected, and carries a formal
Indonesian message. The console, the output workbook's Temuan sheet, the error
report and the tests all read the same records.

Every kind of record is declared once, as a ``Jenis`` in ``katalog_temuan``
(code, severity, source, message template, description); ``DaftarTemuan.catat``
makes records only from those kinds, and a ``Temuan`` of an undeclared code
cannot be made.
"""

from __future__ import annotations

import math
import string
from collections.abc import Mapping
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


@dataclass(frozen=True, eq=False)
class Jenis:
    """One kind of problem or finding, declared once in ``katalog_temuan``.

    Attributes:
        kode: stable identifier, shown to users and used by tests (``"lembar-hilang"``).
        tingkat: the severity of every record of this kind.
        templat: the Indonesian message as a ``str.format`` template with named fields;
            for a code worded differently at different places, the templates by variant name.
        keterangan: one Indonesian line for users: what the kind means.
        sumber: ``"pembacaan"`` (reader) or ``"audit"``; set by the catalogue's section.
        nama: the Python name in the catalogue (``"Pembacaan.LEMBAR_HILANG"``); set likewise.
    """

    kode: str
    tingkat: Tingkat
    templat: str | Mapping[str, str]
    keterangan: str
    sumber: str = field(default="", init=False)
    nama: str = field(default="", init=False)

    @property
    def varian(self) -> tuple[str, ...]:
        """The variants' names, or ``()`` for a kind with one template."""
        return () if isinstance(self.templat, str) else tuple(self.templat)

    def templat_untuk(self, varian: str | None = None) -> str:
        """The template of ``varian`` (None for a kind with one template).

        Raises:
            TypeError: a variant is named for a kind without variants, or none (or an unknown one) for a kind with them.
        """
        if isinstance(self.templat, str):
            if varian is not None:
                raise TypeError(f"{self.nama} has one template, no variant {varian!r}")
            return self.templat
        if varian not in self.templat:
            raise TypeError(f"{self.nama} needs one of the variants {', '.join(self.templat)}, not {varian!r}")
        return self.templat[varian]

    def medan(self, varian: str | None = None) -> frozenset[str]:
        """The names of the fields of the template of ``varian``."""
        return frozenset(name for _, name, _, _ in string.Formatter().parse(self.templat_untuk(varian)) if name is not None)

    def pesan_dengan(self, varian: str | None, isian: Mapping[str, object]) -> str:
        """The message: the template of ``varian`` filled with ``isian``, which must name exactly its fields.

        Raises:
            TypeError: a field is missing or one is given that the template does not have.
        """
        templat, medan = self.templat_untuk(varian), self.medan(varian)
        kurang, lebih = medan - set(isian), set(isian) - medan
        if kurang or lebih:
            raise TypeError(f"{self.nama}{f' ({varian})' if varian else ''}: "
                            f"missing fields {sorted(kurang)}, unexpected fields {sorted(lebih)}")
        return templat.format_map({k: teks_nilai(v) if isinstance(v, float) else v for k, v in isian.items()})

    def __repr__(self) -> str:
        return f"<Jenis {self.nama or '?'} {self.kode!r}>"


def teks_nilai(value: object) -> str:
    """A value as a message writes it: a float never with an exponent (``1e-07`` becomes ``0.0000001``)."""
    if isinstance(value, float) and math.isfinite(value) and "e" in repr(value):
        from decimal import Decimal

        return format(Decimal(repr(value)), "f")
    return str(value)


def _jenis_terdaftar(sumber: str, kode: str) -> Jenis | None:
    """The catalogue's kind of ``kode`` from ``sumber`` (imported late: the catalogue imports this module)."""
    from .katalog_temuan import cari

    return cari(sumber, kode)


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

    def __post_init__(self) -> None:
        jenis = _jenis_terdaftar(self.sumber, self.kode)
        if jenis is None:
            raise ValueError(f"finding code {self.kode!r} ({self.sumber}) is not declared in katalog_temuan")
        if jenis.tingkat is not self.tingkat:
            raise ValueError(f"{jenis.nama} is a {jenis.tingkat.value}, not a {getattr(self.tingkat, 'value', self.tingkat)}")

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
    """An ordered collection of problems, never stopping at the first one.

    Records are made only through ``catat`` from a kind of the catalogue
    (``katalog_temuan``): the kind gives the code, the severity, the source and
    the message template; the call site gives the cells and the values.
    """

    berkas: str = ""
    items: list[Temuan] = field(default_factory=list)

    def catat(
        self,
        jenis: Jenis,
        *sel: str | None,
        varian: str | None = None,
        ditemukan: object = None,
        diharapkan: object = None,
        **isian: object,
    ) -> Temuan:
        """Record a problem of a declared kind and return it.

        Args:
            jenis: the kind, e.g. ``Pembacaan.LEMBAR_HILANG`` (never a code as text).
            *sel: the cells involved, main cell first (empty ones are left out).
            varian: which of the kind's templates, for a kind worded differently at different places.
            ditemukan: what was found, if one value is at stake.
            diharapkan: what was expected or computed.
            **isian: the values of the template's fields, exactly those.

        Returns:
            The new record, also appended to ``items``.

        Raises:
            TypeError: ``jenis`` is not a kind of the catalogue, or the values do not fit its template.
        """
        if not isinstance(jenis, Jenis) or _jenis_terdaftar(jenis.sumber, jenis.kode) is not jenis:
            raise TypeError(f"not a kind of the finding catalogue (katalog_temuan): {jenis!r}")
        item = Temuan(
            kode=jenis.kode,
            tingkat=jenis.tingkat,
            pesan=jenis.pesan_dengan(varian, isian),
            sel=tuple(s for s in sel if s),
            berkas=self.berkas,
            ditemukan=None if ditemukan is None else teks_nilai(ditemukan),
            diharapkan=None if diharapkan is None else teks_nilai(diharapkan),
            sumber=jenis.sumber,
        )
        self.items.append(item)
        return item

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
