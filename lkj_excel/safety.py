"""Checks on an input file before any parser touches it.

Workbooks come from many offices: some are damaged, some are not workbooks at
all, some may be hostile. This module looks at the bytes only (size, magic
number, the zip directory) and says in Indonesian why a file cannot be read:
not a workbook, a text file renamed, password-protected, truncated, or a zip
bomb whose contents would expand far beyond any real workbook.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 50 * 1024 * 1024  # a real LKjIP workbook is well under 1 MB
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per member

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ACCEPTED = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class PemeriksaanBerkas:
    """Outcome of the check: an error (``kode``/``masalah``) or warnings."""

    kode: str = ""
    masalah: str = ""
    peringatan: list[str] = field(default_factory=list)


def periksa_berkas(path: Path) -> PemeriksaanBerkas:
    """Check that ``path`` is a workbook we can safely read.

    Args:
        path: the input file.

    Returns:
        A ``PemeriksaanBerkas`` whose ``masalah`` is empty when the file may be read.
    """
    result = PemeriksaanBerkas()

    def fail(kode: str, text: str) -> PemeriksaanBerkas:
        result.kode, result.masalah = kode, text
        return result

    if not path.exists():
        return fail("berkas-tidak-ada", "Berkas tidak ditemukan.")
    if not path.is_file():
        return fail("bukan-berkas", "Yang ditunjuk bukan berkas.")
    ext = path.suffix.lower()
    if ext == ".csv":
        return fail("format-csv", "Berkas CSV tidak dapat dipakai karena hanya memuat satu lembar; gunakan template workbook .xlsx.")
    size = path.stat().st_size
    if size == 0:
        return fail("berkas-kosong", "Berkas kosong (0 byte).")
    if size > MAX_FILE_BYTES:
        return fail("berkas-terlalu-besar", f"Berkas berukuran {size // (1024 * 1024)} MB, melebihi batas {MAX_FILE_BYTES // (1024 * 1024)} MB untuk sebuah workbook LKjIP.")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        return fail("berkas-tidak-terbaca", f"Berkas tidak dapat dibuka ({exc.strerror or exc}).")
    if head.startswith(_OLE):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            return fail("berkas-berkata-sandi", "Workbook dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan, lalu ulangi.")
        if ext != ".xls":
            return fail("format-tidak-dikenal", f"Berkas berekstensi {ext} ini sebenarnya workbook format lama (.xls). Simpan ulang sebagai .xlsx.")
        return result
    if not head.startswith(_ZIP):
        if ext not in ACCEPTED:
            return fail("bukan-workbook", f"Berkas {ext or 'tanpa ekstensi'} bukan workbook Excel; gunakan berkas .xlsx dari template.")
        return fail("bukan-workbook", f"Berkas berekstensi {ext} ini bukan workbook Excel yang sah (isinya bukan format .xlsx; mungkin berkas teks yang diganti namanya).")
    if ext not in ACCEPTED:
        return fail("bukan-workbook", f"Berkas {ext or 'tanpa ekstensi'} bukan workbook Excel; gunakan berkas .xlsx dari template.")
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            total = sum(i.file_size for i in members)
            if total > MAX_UNZIPPED_BYTES:
                return fail("berkas-terlalu-besar", "Isi workbook setelah diekstrak jauh melebihi ukuran wajar (kemungkinan berkas rusak atau berbahaya); berkas tidak diproses.")
            for info in members:
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10 * 1024 * 1024:
                    return fail("berkas-terlalu-besar", "Workbook memuat bagian dengan rasio kompresi tidak wajar (kemungkinan zip bomb); berkas tidak diproses.")
            names = {i.filename for i in members}
    except zipfile.BadZipFile:
        return fail("berkas-rusak", "Berkas rusak atau terpotong (struktur zip tidak utuh). Simpan ulang dari Excel atau kirim ulang berkasnya.")
    except OSError as exc:
        return fail("berkas-tidak-terbaca", f"Berkas tidak dapat dibaca ({exc}).")
    if ext == ".ods":
        if "content.xml" not in names:
            return fail("berkas-rusak", "Berkas .ods tidak memuat isi lembar kerja.")
    elif "xl/workbook.xml" not in names:
        return fail("bukan-workbook", "Berkas zip ini bukan workbook Excel (tidak memuat xl/workbook.xml).")
    if ext == ".xlsm" or "xl/vbaProject.bin" in names:
        result.peringatan.append("Workbook memuat makro; makro tidak dijalankan dan diabaikan.")
    return result
