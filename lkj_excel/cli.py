"""The command line of convert.py, in Indonesian, for clerks and for Bappeda.

``run(argv)`` returns the exit code: 0 when every workbook converted, 1 when
any failed, 2 for a wrong command line. It never lets a traceback reach the
user: an unexpected failure is reported in one Indonesian sentence and logged.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUT_DIR = ROOT / "input"
OUTPUT_DIR = ROOT / "output"
TEMPLATES = ROOT / "input_templates"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

INPUT_NOTE = """Letakkan workbook LKjIP yang sudah diisi (.xlsx) di folder ini,
lalu jalankan convert.py (klik dua kali, atau: python convert.py).
Template kosong ada di folder input_templates (template_lkjip.xlsx).
Hasil konversi ditulis ke folder output.
"""


class _Parser(argparse.ArgumentParser):
    """argparse with Indonesian usage and error lines."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "Penggunaan:")

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "Penggunaan:").replace("positional arguments:", "Argumen:").replace("options:", "Pilihan:")

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, f"Perintah tidak dikenali: {message}\nKetik: python convert.py --help\n")


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser (Indonesian help)."""
    p = _Parser(
        prog="convert.py",
        add_help=False,
        description="Mengubah workbook LKjIP yang sudah diisi menjadi workbook laporan (dengan rumus dan temuan pemeriksaan) dan draf Laporan Kinerja dalam format Word.",
        epilog="Tanpa argumen: mengonversi semua workbook di folder input/, atau contoh bawaan bila folder itu kosong.",
    )
    p.add_argument("paths", nargs="*", metavar="BERKAS_ATAU_FOLDER", help="workbook (.xlsx) atau folder berisi workbook")
    p.add_argument("-o", "--output", metavar="FOLDER", help="folder hasil (bawaan: output/)")
    p.add_argument("--template", action="store_true", help="tulis template kosong ke folder hasil lalu selesai")
    p.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
    return p


def _setup_console() -> None:
    """Never fail on a console that cannot show a character (old Windows code pages)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def collect_inputs(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into the workbooks to convert, and complaints about the rest."""
    found: list[Path] = []
    complaints: list[str] = []
    for raw in paths:
        p = Path(raw.strip().strip('"'))
        if p.is_dir():
            items = sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in WORKBOOK_SUFFIXES and not x.name.startswith(("~$", ".")))
            if not items:
                complaints.append(f"Folder {p} tidak memuat workbook (.xlsx).")
            found.extend(items)
        elif p.exists():
            found.append(p)
        else:
            complaints.append(f"Berkas atau folder tidak ditemukan: {p}")
    return found, complaints


def _default_inputs() -> list[Path]:
    if not INPUT_DIR.exists():
        INPUT_DIR.mkdir(parents=True, exist_ok=True)
    note = INPUT_DIR / "BACA_SAYA.txt"
    if not note.exists():
        note.write_text(INPUT_NOTE, encoding="utf-8")
    found, _ = collect_inputs([str(INPUT_DIR)])
    if found:
        return found
    from .template import EXAMPLE_NAME

    print("Folder input/ belum berisi workbook; mengonversi contoh bawaan.")
    return [TEMPLATES / EXAMPLE_NAME]


def _launched_by_double_click() -> bool:
    """True on Windows when the console was opened just for this program."""
    if os.name != "nt" or not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        import ctypes

        ids = (ctypes.c_uint * 4)()
        return ctypes.windll.kernel32.GetConsoleProcessList(ids, 4) <= 2
    except Exception:  # noqa: BLE001 - only a convenience
        return False


def run(argv: list[str]) -> int:
    """Run convert.py with ``argv``; return the exit code."""
    _setup_console()
    args = build_parser().parse_args(argv)
    pause = not argv and _launched_by_double_click()
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("\nDibatalkan.")
        return 130
    except Exception as exc:  # noqa: BLE001 - a clerk never sees a traceback
        print(f"Terjadi kesalahan tak terduga: {type(exc).__name__}: {exc}. Laporkan pesan ini kepada pengembang.")
        return 1
    finally:
        if pause:
            input("\nTekan Enter untuk menutup jendela ini...")


def _run(args) -> int:
    output = Path(args.output) if args.output else OUTPUT_DIR
    if args.template:
        from .template import TEMPLATE_NAME, build

        output.mkdir(parents=True, exist_ok=True)
        target = output / TEMPLATE_NAME
        from .pipeline import tulis_atomik

        written = tulis_atomik(target, lambda tmp: build(tmp, contoh=False))
        print(f"Template kosong ditulis: {written}")
        return 0
    if args.paths:
        inputs, complaints = collect_inputs(args.paths)
    else:
        inputs, complaints = _default_inputs(), []
    for c in complaints:
        print(c)
    if not inputs:
        print("Tidak ada workbook untuk dikonversi.")
        return 1
    from .pipeline import konversi

    failed = 0
    total = len(inputs)
    for i, path in enumerate(inputs, start=1):
        result = konversi(path, output)
        status = "berhasil" if result.berhasil else "GAGAL"
        print(f"[{i}/{total}] {path.name}: {status} — {result.n_galat} galat, {result.n_peringatan} peringatan")
        for t in result.temuan:
            print("    " + t.teks())
        for f in result.berkas:
            print(f"    -> {f}")
        failed += 0 if result.berhasil else 1
    print(f"Selesai: {total - failed} berhasil, {failed} gagal.")
    return 1 if failed else 0
