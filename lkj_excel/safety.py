"""Checks on an input file before any parser touches it.

Workbooks come from many offices: some are damaged, some are not workbooks at
all, some may be hostile. This module looks at the bytes only (size, magic
number, the zip directory) and says why a file cannot be read (as a kind of the
finding catalogue, ``katalog_temuan``): not a workbook, a text file renamed,
password-protected, truncated, or a zip bomb whose contents would expand far
beyond any real workbook. ``periksa_luas`` then checks the used range of every
sheet, measured from its XML before calamine builds the grid (``xlsx_scan``).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan, Jenis, Temuan
from .xlsx_scan import Luas

MAX_FILE_BYTES = 50 * 1024 * 1024  # a real LKjIP workbook is well under 1 MB
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per member

# The used range of one sheet. calamine and pandas build a dense grid of it, at some
# 80 bytes an empty cell and 250 a filled one, so one stray value at XFD100000 asks for
# some 50 GB and one at XFD1000 for 1 GB. Real LKjIP sheets reach a few dozen columns and,
# for a supporting table, some thousands of rows; the catalogue of tests keeps a table of
# 100.000 rows x 3 columns converting.
MAX_BARIS = 200_000
MAX_KOLOM = 256  # column IV, the width of an .xls sheet; the widest LKjIP sheet has 18 columns
MAX_SEL = 2_000_000  # rows x columns of the used range: at most about 500 MB once read

# A picture named in the Identitas sheet (the regional logo, the organisation chart). It is
# taken only from the workbook's own folder or below it: a workbook sent by another office
# must not make the converter copy a file of this computer into a report that is passed
# around. A real logo or chart is well under 5 MB and 5.000 pixels a side; a picture is
# decoded by whoever opens the report, so a huge one (a decompression bomb) is refused.
MAX_GAMBAR_BYTES = 20 * 1024 * 1024
MAX_GAMBAR_SISI = 20_000  # pixels
MAX_GAMBAR_PIKSEL = 50_000_000  # width x height

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ACCEPTED = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class Masalah:
    """A problem of the file, to be recorded: its kind, the variant of its message and the values."""

    jenis: Jenis
    varian: str | None = None
    isian: dict[str, object] = field(default_factory=dict)
    sel: tuple[str, ...] = ()

    def catat(self, temuan: DaftarTemuan) -> Temuan:
        """Record the problem in ``temuan`` and return the record."""
        return temuan.catat(self.jenis, *self.sel, varian=self.varian, **self.isian)


@dataclass
class PemeriksaanBerkas:
    """Outcome of the check: an error (``masalah``) or warnings."""

    masalah: Masalah | None = None
    peringatan: list[Masalah] = field(default_factory=list)


def periksa_berkas(path: Path) -> PemeriksaanBerkas:
    """Check that ``path`` is a workbook we can safely read.

    Args:
        path: the input file.

    Returns:
        A ``PemeriksaanBerkas`` whose ``masalah`` is None when the file may be read.
    """
    result = PemeriksaanBerkas()

    def fail(jenis: Jenis, *, varian: str | None = None, **isian: object) -> PemeriksaanBerkas:
        result.masalah = Masalah(jenis, varian, isian)
        return result

    if not path.exists():
        return fail(P.BERKAS_TIDAK_ADA)
    if not path.is_file():
        return fail(P.BUKAN_BERKAS)
    ext = path.suffix.lower()
    if ext == ".csv":
        return fail(P.FORMAT_CSV)
    size = path.stat().st_size
    if size == 0:
        return fail(P.BERKAS_KOSONG)
    if size > MAX_FILE_BYTES:
        return fail(P.BERKAS_TERLALU_BESAR, varian="ukuran", ukuran=size // (1024 * 1024), batas=MAX_FILE_BYTES // (1024 * 1024))
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        return fail(P.BERKAS_TIDAK_TERBACA, varian="buka", sebab=exc.strerror or exc)
    if head.startswith(_OLE):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            return fail(P.BERKAS_BERKATA_SANDI)
        if ext != ".xls":
            return fail(P.FORMAT_TIDAK_DIKENAL, ekstensi=ext)
        return result
    if not head.startswith(_ZIP):
        if ext not in ACCEPTED:
            return fail(P.BUKAN_WORKBOOK, varian="ekstensi", ekstensi=ext or "tanpa ekstensi")
        return fail(P.BUKAN_WORKBOOK, varian="isi", ekstensi=ext)
    if ext not in ACCEPTED:
        return fail(P.BUKAN_WORKBOOK, varian="ekstensi", ekstensi=ext or "tanpa ekstensi")
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            total = sum(i.file_size for i in members)
            if total > MAX_UNZIPPED_BYTES:
                return fail(P.BERKAS_TERLALU_BESAR, varian="isi")
            for info in members:
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10 * 1024 * 1024:
                    return fail(P.BERKAS_TERLALU_BESAR, varian="rasio")
            names = {i.filename for i in members}
    except zipfile.BadZipFile:
        return fail(P.BERKAS_RUSAK, varian="zip")
    except OSError as exc:
        return fail(P.BERKAS_TIDAK_TERBACA, varian="baca", sebab=exc)
    if ext == ".ods":
        if "content.xml" not in names:
            return fail(P.BERKAS_RUSAK, varian="ods")
    elif "xl/workbook.xml" not in names:
        return fail(P.BUKAN_WORKBOOK, varian="zip")
    if ext == ".xlsm" or "xl/vbaProject.bin" in names:
        result.peringatan.append(Masalah(P.BERKAS))
    return result


def periksa_luas(luas: Mapping[str, Luas]) -> list[Masalah]:
    """The sheets whose used range is beyond any real workbook, each with its far cell.

    Args:
        luas: the used range of each sheet, by sheet name (``xlsx_scan.pindai``).

    Returns:
        One error per sheet that reaches past ``MAX_KOLOM`` columns, ``MAX_BARIS`` rows
        or ``MAX_SEL`` cells; empty when every sheet may be read.
    """
    from .angka import fmt_angka
    from .xlsx_scan import angka_ke_kolom

    found = []
    for lembar, l in luas.items():
        if l.kolom > MAX_KOLOM:
            found.append(Masalah(P.LEMBAR_TERLALU_LUAS, "kolom", {"lembar": lembar, "sel": l.sel_kolom, "kolom": angka_ke_kolom(l.kolom),
                                                                   "batas": angka_ke_kolom(MAX_KOLOM)}, (f"{lembar}!{l.sel_kolom}",)))
        elif l.baris > MAX_BARIS:
            found.append(Masalah(P.LEMBAR_TERLALU_LUAS, "baris", {"lembar": lembar, "sel": l.sel_baris, "baris": fmt_angka(l.baris),
                                                                   "batas": fmt_angka(MAX_BARIS)}, (f"{lembar}!{l.sel_baris}",)))
        elif l.baris * l.kolom > MAX_SEL:
            far = l.sel_kolom if l.kolom * MAX_BARIS > l.baris * MAX_KOLOM else l.sel_baris
            found.append(Masalah(P.LEMBAR_TERLALU_LUAS, "sel", {"lembar": lembar, "sel": far, "baris": fmt_angka(l.baris),
                                                                 "kolom": fmt_angka(l.kolom), "batas": fmt_angka(MAX_SEL)}, (f"{lembar}!{far}",)))
    return found


def baca_gambar(folder: Path, nama: object) -> tuple[bytes | None, Masalah | None]:
    """The bytes of a picture named in the workbook, or why it is refused.

    Args:
        folder: the workbook's folder.
        nama: the file name as typed (relative to ``folder``; ``/`` or ``\\`` between folders).

    Returns:
        ``(bytes, None)`` for a picture python-docx can place; ``(None, problem)`` for
        a path outside ``folder`` (absolute, a drive, ``..``, or a link leading out), a
        missing file, a file too large, one that is not a PNG/JPG picture, or one of
        zero or absurd dimensions; ``(None, None)`` when no picture is named.
    """
    text = str(nama or "").strip()
    if not text:
        return None, None

    def refuse(varian: str, **isian: object) -> tuple[None, Masalah]:
        return None, Masalah(P.GAMBAR_DITOLAK, varian, {"gambar": text, **isian})

    relative = text.replace("\\", "/")
    if relative.startswith("/") or re.match(r"^[A-Za-z]:", relative) or relative.startswith("~"):
        return refuse("luar")
    try:
        base = folder.resolve()
        path = (base / relative).resolve()
    except (OSError, RuntimeError, ValueError):
        return refuse("luar")
    if path != base and base not in path.parents:
        return refuse("luar")  # "..", or a link inside the folder that leads out of it
    try:
        if not path.is_file():
            return refuse("tidak_ada")
        size = path.stat().st_size
        if size > MAX_GAMBAR_BYTES:
            return refuse("besar", ukuran=size // (1024 * 1024), batas=MAX_GAMBAR_BYTES // (1024 * 1024))
        blob = path.read_bytes()
    except OSError:
        return refuse("tidak_ada")
    try:
        from docx.image.image import Image

        image = Image.from_blob(blob)
        lebar, tinggi = image.px_width, image.px_height
    except Exception:  # noqa: BLE001 - whatever python-docx cannot read is not a picture for the report
        return refuse("bukan_gambar")
    if not (0 < lebar <= MAX_GAMBAR_SISI and 0 < tinggi <= MAX_GAMBAR_SISI) or lebar * tinggi > MAX_GAMBAR_PIKSEL:
        return refuse("piksel", lebar=lebar, tinggi=tinggi)
    return blob, None
