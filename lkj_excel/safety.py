"""Checks on an input file before any parser touches it.

Workbooks come from many offices: some are damaged, some are not workbooks at
all, some may be hostile. This module looks at the bytes only (size, magic
number, the zip directory) and says why a file cannot be read (as a kind of the
finding catalogue, ``katalog_temuan``): not a workbook, a text file renamed,
password-protected, truncated, or a zip bomb whose contents would expand far
beyond any real workbook.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan, Jenis, Temuan

MAX_FILE_BYTES = 50 * 1024 * 1024  # a real LKjIP workbook is well under 1 MB
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per member

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ACCEPTED = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class Masalah:
    """A problem of the file, to be recorded: its kind, the variant of its message and the values."""

    jenis: Jenis
    varian: str | None = None
    isian: dict[str, object] = field(default_factory=dict)

    def catat(self, temuan: DaftarTemuan) -> Temuan:
        """Record the problem in ``temuan`` and return the record."""
        return temuan.catat(self.jenis, varian=self.varian, **self.isian)


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
