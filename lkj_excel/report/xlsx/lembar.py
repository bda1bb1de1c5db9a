"""What a sheet of the output workbook holds, before anything is written.

The builders of the tables describe each sheet as a ``Lembar``: per cell its content (a fixed
text or number, a copied input ``Salin``, a figure of the rules' environment ``Nama``, a link)
and its style; merges, widths, the header rows to repeat. The homes (``rumah``) and the writer
(``tulis``) work from this description only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...alamat import a1
from ...angka import fmt_tanggal


@dataclass(frozen=True)
class Teks:
    """A fixed text of the layout (a header, a label, a repeated name)."""

    teks: str


@dataclass(frozen=True)
class Angka:
    """A fixed number of the layout (the 100% line of a chart, a count)."""

    nilai: float


@dataclass(frozen=True)
class Salin:
    """An input figure copied from the input workbook's cell ``sumber``: its home.

    ``alias``: other input cells shown by the same cell (the rows of a merged group).
    """

    nilai: object
    sumber: str | None
    alias: tuple[str, ...] = ()


@dataclass(frozen=True)
class Nama:
    """A figure of the rules' environment (an input or a derived number), by name."""

    nama: str


@dataclass(frozen=True)
class Tautan:
    """A hyperlink: ``url`` (``internal:'Sheet'!A1``) shown as ``teks``."""

    teks: str
    url: str


@dataclass
class Sel:
    """One cell of a layout: its content, its style (a key of ``gaya``), bold, its own number format, its indent."""

    isi: object
    gaya: str
    tebal: bool = False
    num: str | None = None
    inden: int = 0


@dataclass
class Lembar:
    """The layout of one sheet: what each cell holds and how the sheet prints."""

    nama: str
    judul: str
    sel: dict[tuple[int, int], Sel] = field(default_factory=dict)
    gabung: list[tuple[int, int, int, int]] = field(default_factory=list)
    lebar: dict[int, float] = field(default_factory=dict)
    kepala: tuple[int, int] | None = None
    warna: list[tuple[int, int, str]] = field(default_factory=list)  # cell coloured by a scale's band
    grafik: list[dict] = field(default_factory=list)
    tinggi: dict[int, float] = field(default_factory=dict)
    saring: tuple[int, int, int, int] | None = None

    def tulis(self, r: int, c: int, isi: object, gaya: str = "teks", num: str | None = None, tebal: bool = False,
              inden: int = 0) -> None:
        """Put one content into a cell (``num``: a number format of its own; ``inden``: levels of indent of its text)."""
        self.sel[(r, c)] = Sel(isi, gaya, tebal, num, inden)

    def gabung_sel(self, r1: int, c1: int, r2: int, c2: int, isi: object, gaya: str = "teks", num: str | None = None,
                   tebal: bool = False) -> None:
        """Put one content into a range of cells, merged when it spans more than one."""
        self.tulis(r1, c1, isi, gaya, num, tebal)
        if (r1, c1) != (r2, c2):
            self.gabung.append((r1, c1, r2, c2))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        self.sel[(r, c)] = Sel(None, gaya, tebal, num)

    def lebar_kolom(self, *widths: float, mulai: int = 0) -> None:
        """Set column widths (characters), keeping the larger of a previous setting."""
        for i, w in enumerate(widths):
            self.lebar[mulai + i] = max(self.lebar.get(mulai + i, 0), w)

    @property
    def n_kolom(self) -> int:
        """The number of columns used."""
        return 1 + max((c for _, c in self.sel), default=0)


def a1_mutlak(r: int, c: int) -> str:
    """The absolute A1 reference of a zero-based cell: ``"$AB$1"``."""
    return a1(r, c, mutlak=True)


def kutip_lembar(sheet: str) -> str:
    """A sheet name quoted for a formula or a link: ``'Tabel 2.1'``."""
    return "'" + sheet.replace("'", "''") + "'"


def hari(nilai: object) -> object:
    """A date as Indonesian text; anything else unchanged."""
    return fmt_tanggal(nilai) if hasattr(nilai, "year") else nilai
