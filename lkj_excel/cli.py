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

from . import paket_offline

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


def _pilihan(check):
    """An argparse type from a checker raising ValueError, keeping its Indonesian message."""
    def convert(text: str) -> str:
        try:
            return check(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = check.__name__
    return convert


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
    p.add_argument("--pdf", action="store_true", help="buat juga PDF laporan (memerlukan LibreOffice)")
    p.add_argument("--tanpa-nomor-halaman", action="store_false", dest="daftar_isi",
                   help="jangan isi nomor halaman daftar isi, daftar tabel dan daftar gambar dengan LibreOffice "
                        "(sekitar 4 detik per laporan); Word mengisinya saat dokumen dibuka. Berguna untuk ratusan workbook")
    p.add_argument("--tahun-berikut", action="store_true", dest="tahun_berikut", help="buat workbook tahun berikutnya dari workbook yang diberikan (target dari Renstra, realisasi dan narasi dikosongkan)")
    p.add_argument("--template", action="store_true", help="tulis template kosong ke folder hasil lalu selesai")
    p.add_argument("-j", "--jobs", type=int, metavar="N", default=None, help="jumlah proses paralel (bawaan: jumlah inti prosesor)")
    paket = p.add_argument_group("Paket offline", "untuk petugas TI, di komputer yang terhubung ke internet: satu berkas zip berisi program dan "
                                 "semua wheel yang diperlukan, untuk dipasang di komputer tanpa internet")
    paket.add_argument("--paket-offline", action="store_true", dest="paket_offline",
                       help="tulis lkj_excel_offline.zip ke folder hasil (bawaan: Windows 64-bit untuk Python 3.11, 3.12 dan 3.13, "
                            "serta komputer ini dengan Python-nya)")
    paket.add_argument("--platform", action="append", metavar="TAG", type=_pilihan(paket_offline.tag_platform),
                       help="platform sasaran, boleh berulang: tag wheel seperti win_amd64, win32, manylinux2014_x86_64, "
                            "macosx_11_0_arm64, atau 'ini' untuk komputer ini")
    paket.add_argument("--python", action="append", metavar="VERSI", type=_pilihan(paket_offline.versi_python),
                       help="versi Python sasaran, boleh berulang, misalnya 3.12")
    paket.add_argument("--dengan-uji", action="store_true", dest="dengan_uji", help="sertakan juga rangkaian uji (run_tests.py) dan wheel-nya")
    p.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
    return p


BATCH_BESAR = 20
"""From this many workbooks on, convert.py suggests --tanpa-nomor-halaman."""


def saran_nomor_halaman(total: int, daftar_isi: bool) -> str | None:
    """A hint for a large batch that LibreOffice would slow down by filling in the indexes' page numbers."""
    if total < BATCH_BESAR or not daftar_isi:
        return None
    from .docx_ooxml import find_soffice

    if find_soffice() is None:
        return None
    return (f"Catatan: nomor halaman daftar isi setiap laporan diisi dengan LibreOffice (sekitar 4 detik per laporan, "
            f"untuk {total} workbook). Untuk mempercepat, jalankan dengan --tanpa-nomor-halaman; "
            "Word mengisi nomor halaman itu ketika dokumen dibuka.")


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
    parser = build_parser()
    args = parser.parse_args(argv)
    if (args.platform or args.python or args.dengan_uji) and not args.paket_offline:
        parser.error("--platform, --python dan --dengan-uji hanya dipakai bersama --paket-offline")
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
    if args.paket_offline:
        try:
            paket_offline.buat_paket(output, args.platform, args.python, args.dengan_uji)
        except paket_offline.PaketGagal as exc:
            print(exc)
            return 1
        except OSError as exc:  # a folder that cannot be written, a full disk
            print(f"Paket offline tidak dapat ditulis ke folder {output}: {exc.strerror or exc}.")
            return 1
        return 0
    if args.template:
        from .pipeline import tulis_atomik
        from .template import TEMPLATE_NAME, build

        written = tulis_atomik(output / TEMPLATE_NAME, lambda tmp: build(tmp, False))
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
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Folder hasil {output} tidak dapat dibuat: {exc.strerror or exc}.")
        return 1
    log = _Log(output / "lkj_excel.log")
    jobs = max(1, args.jobs if args.jobs else (os.cpu_count() or 1))
    if not args.tahun_berikut:
        saran = saran_nomor_halaman(len(inputs), args.daftar_isi and not args.pdf)
        if saran:
            log.line(saran)
    results = _batch(inputs, output, args, jobs, log)
    failed = sum(1 for r in results if not r.berhasil) + len(complaints)
    rekap_items = [r.rekap for r in results if r.rekap is not None]
    if len(inputs) > 1 and not args.tahun_berikut and rekap_items:
        from .pipeline import tulis_atomik
        from .rekap import tulis_rekap

        tahun = max(i.tahun for i in rekap_items)
        path = tulis_atomik(output / f"rekap_{tahun}.xlsx", lambda tmp: tulis_rekap(rekap_items, tmp))
        log.line(f"Rekapitulasi {len(rekap_items)} perangkat daerah: {path}")
    log.line(f"Selesai: {sum(1 for r in results if r.berhasil)} berhasil, {failed} gagal. Catatan proses: {log.path}")
    return 1 if failed else 0


class _Log:
    """Prints to the console and appends the same lines to the log file of the output folder."""

    def __init__(self, path: Path):
        from datetime import datetime

        self.path = path
        try:
            self.fh = path.open("a", encoding="utf-8")
            self.fh.write(f"\n=== {datetime.now():%Y-%m-%d %H:%M:%S} ===\n")
        except OSError:
            self.fh = None

    def line(self, text: str, console: bool = True) -> None:
        if console:
            print(text, flush=True)
        if self.fh:
            self.fh.write(text + "\n")
            self.fh.flush()


def _report(log: _Log, i: int, total: int, result) -> None:
    status = "berhasil" if result.berhasil else "GAGAL"
    log.line(f"[{i}/{total}] {result.sumber.name}: {status} — {result.n_galat} galat, {result.n_peringatan} peringatan")
    shown = 0
    for t in result.temuan:
        # Errors always; warnings and findings up to a screenful (all of them go to the log).
        console = t.tingkat.value == "galat" or shown < 15
        shown += 0 if t.tingkat.value == "galat" else 1
        log.line("    " + t.teks(), console=console)
    if shown > 15:
        print(f"    ... dan {shown - 15} catatan lain (lihat {log.path.name} atau lembar Temuan).")
    for note in result.catatan:
        log.line("    ! " + note)
    for f in result.berkas:
        log.line(f"    -> {f}")


def _batch(inputs: list[Path], output: Path, args, jobs: int, log: _Log) -> list:
    from .pipeline import konversi_ringkas, tahun_berikut

    total = len(inputs)
    results = []
    if args.tahun_berikut:
        for i, path in enumerate(inputs, start=1):
            r = tahun_berikut(path, output)
            _report(log, i, total, r)
            results.append(r)
        return results
    if jobs == 1 or total == 1:
        for i, path in enumerate(inputs, start=1):
            r = konversi_ringkas(path, output, args.pdf, args.daftar_isi)
            _report(log, i, total, r)
            results.append(r)
        return results
    from concurrent.futures import ProcessPoolExecutor, as_completed

    _muat_modul()
    with ProcessPoolExecutor(max_workers=min(jobs, total)) as pool:
        futures = {pool.submit(konversi_ringkas, path, output, args.pdf, args.daftar_isi): path for path in inputs}
        for i, fut in enumerate(as_completed(futures), start=1):
            try:
                r = fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died (e.g. killed)
                from .pipeline import HasilKonversi
                from .problems import DaftarTemuan

                t = DaftarTemuan(berkas=futures[fut].name)
                t.galat("galat-internal", f"Proses konversi berhenti tak terduga ({type(exc).__name__}).")
                r = HasilKonversi(sumber=futures[fut], temuan=t)
            _report(log, i, total, r)
            results.append(r)
    return results


def _muat_modul() -> None:
    """Import the converter's heavy modules once, before the worker processes start.

    Where workers are forked (Linux, macOS with fork), they inherit the loaded
    modules instead of each importing pandas, python-docx, xlsxwriter and matplotlib
    (about a second and a half apiece); elsewhere this costs the same import once.
    """
    from matplotlib.backends import backend_agg  # noqa: F401
    from matplotlib import figure  # noqa: F401

    from . import audit, reader, render_docx, render_xlsx, rules  # noqa: F401
