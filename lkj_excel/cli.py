"""The command line of convert.py, in Indonesian, for clerks and for Bappeda.

``run(argv)`` returns the exit code: 0 when every workbook converted, 1 when
any failed, 2 for a wrong command line. It never lets a traceback reach the
user: an unexpected failure is reported in one Indonesian sentence and logged.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import textwrap
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


def _nomor_triwulan(text: str) -> int:
    """The quarter of ``--triwulan``: 1, 2, 3 or 4 (also I, II, III, IV)."""
    value = text.strip().upper()
    romawi = ("I", "II", "III", "IV")
    if value in romawi:
        return romawi.index(value) + 1
    if value in ("1", "2", "3", "4"):
        return int(value)
    raise ValueError(f"triwulan harus 1, 2, 3 atau 4, bukan '{text}'")


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
                        "(sekitar 1 detik per laporan); Word mengisinya saat dokumen dibuka. Berguna untuk ratusan workbook")
    p.add_argument("--triwulan", type=_pilihan(_nomor_triwulan), metavar="N", default=None,
                   help="buat laporan capaian kinerja triwulan N (1 sampai 4) dari lembar Triwulan, bukan LKjIP; tanpa pilihan "
                        "ini, workbook yang realisasi tahunannya belum diisi dan triwulannya terisi sampai triwulan N "
                        "mendapat laporan triwulan N")
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


ROMAWI_TW = ("I", "II", "III", "IV")

BATCH_BESAR = 20
"""From this many workbooks on, convert.py suggests --tanpa-nomor-halaman."""


def saran_nomor_halaman(total: int, daftar_isi: bool) -> str | None:
    """A hint for a large batch that LibreOffice would slow down by filling in the indexes' page numbers."""
    if total < BATCH_BESAR or not daftar_isi:
        return None
    from .report.libreoffice import find_soffice

    if find_soffice() is None:
        return None
    return (f"Catatan: nomor halaman daftar isi setiap laporan diisi dengan LibreOffice (sekitar 1 detik per laporan, "
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


def tanpa_ganda(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """The inputs with every file once (a file named twice, or by two paths), and a note for each one left out."""
    seen: dict[object, Path] = {}
    kept: list[Path] = []
    notes: list[str] = []
    for path in inputs:
        try:
            st = path.stat()
            key = (st.st_dev, st.st_ino) if st.st_ino else os.path.normcase(os.path.realpath(path))
        except OSError:
            key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            notes.append(f"Catatan: {path} sama dengan {seen[key]}; berkas itu dikonversi sekali saja.")
            continue
        seen[key] = path
        kept.append(path)
    return kept, notes


def nama_hasil(inputs: list[Path]) -> tuple[list[str], list[str]]:
    """The stem of each input's outputs, unique in the batch, and a note for each one renamed.

    Two agencies' ``dinsos.xlsx`` in two folders, or ``a.xls`` beside ``a.xlsx``,
    would write the same ``_laporan`` files. The first keeps its name; a later one
    takes its folder's name in front (``Siak_dinsos``), or its extension behind
    (``a_xls``), or a number. Names are compared without case, as Windows does.
    """
    from .pipeline import safe_name, safe_stem

    used: dict[str, Path] = {}
    stems: list[str] = []
    notes: list[str] = []
    for path in inputs:
        base = safe_stem(path.name)
        stem = base
        if stem.casefold() in used:
            first = used[stem.casefold()]
            folder = safe_name(path.resolve().parent.name)
            options = [f"{folder}_{base}"] if folder and path.resolve().parent != first.resolve().parent else []
            options += [f"{base}_{path.suffix.lower().lstrip('.')}"] + [f"{base} ({i})" for i in range(2, len(inputs) + 2)]
            stem = next(o for o in options if o.casefold() not in used)
            notes.append(f"Catatan: {first} dan {path} akan menghasilkan berkas bernama sama ({base}_laporan.xlsx); "
                         f"hasil {path} diberi nama {stem}_laporan.xlsx dan seterusnya.")
        used[stem.casefold()] = path
        stems.append(stem)
    return stems, notes


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
    if args.triwulan and args.tahun_berikut:
        parser.error("--triwulan tidak dapat dipakai bersama --tahun-berikut")
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
        from .pipeline import galat_tulis, pesan_galat_tulis, tulis_atomik
        from .template import TEMPLATE_NAME, build

        try:
            written = tulis_atomik(output / TEMPLATE_NAME, lambda tmp: build(tmp, False))
        except Exception as exc:  # noqa: BLE001 - a folder that cannot be written is said as such
            err = galat_tulis(exc)
            if err is None:
                raise
            print(pesan_galat_tulis(err, output))
            return 1
        print(f"Template kosong ditulis: {written}")
        return 0
    if args.paths:
        inputs, complaints = collect_inputs(args.paths)
    else:
        inputs, complaints = _default_inputs(), []
    inputs, doubles = tanpa_ganda(inputs)
    for c in complaints + doubles:
        print(c)
    if not inputs:
        print("Tidak ada workbook untuk dikonversi.")
        return 1
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Folder hasil {output} tidak dapat dibuat: {exc.strerror or exc}.")
        return 1
    from .report.libreoffice import remove_stale_work_folders
    from .sementara import FolderKerja, bersihkan_sisa

    bersihkan_sisa(output)  # what a run that was killed left behind
    remove_stale_work_folders()
    log = _Log(output / "lkj_excel.log")
    jobs = max(1, args.jobs if args.jobs else (os.cpu_count() or 1))
    if not args.tahun_berikut:
        saran = saran_nomor_halaman(len(inputs), args.daftar_isi and not args.pdf)
        if saran:
            log.line(saran)
    with FolderKerja() as kerja:
        results = _batch(inputs, output, args, jobs, log, kerja)
    failed = sum(1 for r in results if not r.berhasil) + len(complaints)
    from .rekap_triwulan import RekapTriwulan

    rekap_items = [r.rekap for r in results if r.rekap is not None and not isinstance(r.rekap, RekapTriwulan)]
    rekap_ok = not (len(inputs) > 1 and not args.tahun_berikut and rekap_items) or _rekap(rekap_items, output, log)
    per_triwulan: dict[int, list] = {}
    for r in results:
        if isinstance(r.rekap, RekapTriwulan):
            per_triwulan.setdefault(r.rekap.n, []).append(r.rekap)
    for items in per_triwulan.values():
        if len(inputs) > 1:
            rekap_ok = _rekap(items, output, log) and rekap_ok
    log.line(f"Selesai: {sum(1 for r in results if r.berhasil)} berhasil, {failed} gagal. "
             f"Catatan proses: {log.path if log.fh else 'tidak tertulis'}")
    return 1 if failed or not rekap_ok else 0


def _rekap(items: list, output: Path, log: _Log) -> bool:
    """Write the recap of the agencies converted; False, said on the console, when the folder refuses it."""
    from .pipeline import galat_tulis, pesan_galat_tulis, tulis_atomik
    from .rekap import tulis_rekap
    from .rekap_triwulan import RekapTriwulan, tulis_rekap_triwulan

    tahun = max(i.tahun for i in items)
    if isinstance(items[0], RekapTriwulan):
        nama, tulis = f"rekap_triwulan{items[0].n}_{tahun}.xlsx", tulis_rekap_triwulan
    else:
        nama, tulis = f"rekap_{tahun}.xlsx", tulis_rekap
    try:
        path = tulis_atomik(output / nama, lambda tmp: tulis(items, tmp))
    except Exception as exc:  # noqa: BLE001 - a full or read-only folder is the user's to fix
        err = galat_tulis(exc)
        if err is None:
            raise
        log.line(f"Rekapitulasi tidak ditulis: {pesan_galat_tulis(err, output)}")
        return False
    jenis = f" triwulan {ROMAWI_TW[items[0].n - 1]}" if isinstance(items[0], RekapTriwulan) else ""
    log.line(f"Rekapitulasi{jenis} {len(items)} perangkat daerah: {path}")
    return True


class _Log:
    """Prints to the console and appends the same lines to the log file of the output folder.

    When the log cannot be written (a full disk), the console says so once and goes on.
    """

    def __init__(self, path: Path):
        from datetime import datetime

        self.path = path
        self.fh = None
        try:
            self.fh = path.open("a", encoding="utf-8")
            self._tulis(f"\n=== {datetime.now():%Y-%m-%d %H:%M:%S} ===\n")
        except OSError as exc:
            self._gagal(exc)

    def line(self, text: str, console: bool = True) -> None:
        if console:
            print(text, flush=True)
        if self.fh:
            try:
                self._tulis(text + "\n")
            except OSError as exc:
                self._gagal(exc)

    def _tulis(self, text: str) -> None:
        self.fh.write(text)
        self.fh.flush()

    def _gagal(self, exc: OSError) -> None:
        from .pipeline import galat_tulis, pesan_galat_tulis

        if self.fh is not None:
            try:
                self.fh.close()
            except OSError:
                pass
        self.fh = None
        err = galat_tulis(exc) or exc
        print(f"Catatan proses {self.path} tidak dapat ditulis: {pesan_galat_tulis(err, self.path.parent)}", flush=True)


def _report(log: _Log, i: int, total: int, result, rinci: bool = True) -> None:
    """The lines of one finished workbook: its status, its problems, its notes and files.

    With ``rinci`` (one workbook) the console shows the warnings too, up to a screenful;
    in a batch it shows a failed workbook's errors and any note, and the rest goes to the
    log only, beside the live progress line.
    """
    status = "berhasil" if result.berhasil else "GAGAL"
    log.line(f"[{i}/{total}] {result.sumber.name}: {status} — {result.n_galat} galat, {result.n_peringatan} peringatan")
    shown = 0
    for t in result.temuan:
        # Errors always; warnings and findings up to a screenful (all of them go to the log).
        console = t.tingkat.value == "galat" or (rinci and shown < 15)
        shown += 0 if t.tingkat.value == "galat" else 1
        log.line("    " + t.teks(), console=console)
    if rinci and shown > 15:
        print(f"    ... dan {shown - 15} catatan lain (lihat {log.path.name} atau lembar Temuan).")
    for note in result.catatan:
        log.line("    ! " + note)
    for n, line in enumerate(result.penilaian):
        log.line("    " + line, console=rinci and (n == 0 or n <= 10))
    for f in result.berkas:
        log.line(f"    -> {f}", console=rinci)


class _Kemajuan:
    """The live line of a batch on a terminal: done/total, failures so far, elapsed and estimated time left.

    Drawn with rich, refreshed by the batch loop itself (no thread runs beside the
    worker processes the batch forks); lines printed meanwhile appear above it. Where
    the console is not a terminal (output to a file, a pipe) there is no live line:
    each workbook's status line says how far the batch is.
    """

    def __init__(self, total: int, console=None):
        self.total, self.selesai, self.gagal = total, 0, 0
        self.progress = None
        if console is None and not (sys.stdout and sys.stdout.isatty()):
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("Mengonversi"), BarColumn(), MofNCompleteColumn(), TextColumn("· gagal {task.fields[gagal]} ·"),
            TimeElapsedColumn(), TextColumn("· sisa ±"), TimeRemainingColumn(), console=console, auto_refresh=False, transient=True)
        self.task = self.progress.add_task("batch", total=total, gagal=0)

    def __enter__(self) -> _Kemajuan:
        if self.progress is not None:
            self.progress.start()
            self.progress.refresh()
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()

    def maju(self, berhasil: bool) -> None:
        """One more workbook finished."""
        self.selesai += 1
        self.gagal += 0 if berhasil else 1
        if self.progress is not None:
            self.progress.update(self.task, completed=self.selesai, gagal=self.gagal)
            self.progress.refresh()

    def detak(self) -> None:
        """Time passed: redraw the elapsed and remaining time."""
        if self.progress is not None:
            self.progress.refresh()


def _batch(inputs: list[Path], output: Path, args, jobs: int, log: _Log, kerja: Path | None = None) -> list:
    """Convert every input in supervised worker processes (``pekerja``); the results in input order.

    A workbook whose worker dies (a memory blow-up, a crash in native code) is
    reported as failed, by name, and the batch goes on with a new worker.
    """
    import multiprocessing

    from .pekerja import Selesai, jalankan
    from .pipeline import hasil_pekerja_mati, konversi_ringkas, tahun_berikut_ringkas

    stems, notes = nama_hasil(inputs)
    for note in notes:
        log.line(note)
    if args.tahun_berikut:
        fungsi, tugas = tahun_berikut_ringkas, [(path, output, stem) for path, stem in zip(inputs, stems)]
    else:
        fungsi, tugas = konversi_ringkas, [(path, output, args.pdf, args.daftar_isi, stem, args.triwulan)
                                           for path, stem in zip(inputs, stems)]
    if multiprocessing.get_start_method() == "fork":
        _muat_modul()
    total = len(inputs)
    results: list = [None] * total
    urutan = urutan_kerja(inputs) if jobs > 1 else list(range(total))
    with _Kemajuan(total) if total > 1 else contextlib.nullcontext() as kemajuan:
        for kejadian in jalankan(fungsi, [tugas[i] for i in urutan], jobs,
                                 folder_sementara=str(kerja) if kerja else None):
            if kejadian is None:
                if kemajuan:
                    kemajuan.detak()
                continue
            indeks = urutan[kejadian.indeks]
            path = inputs[indeks]
            r = kejadian.hasil if isinstance(kejadian, Selesai) else hasil_pekerja_mati(path, output, kejadian.sebab, stems[indeks])
            results[indeks] = r
            _report(log, sum(x is not None for x in results), total, r, rinci=total == 1)
            if getattr(kejadian, "rincian", ""):
                log.line("    rincian untuk pengembang:\n" + textwrap.indent(kejadian.rincian, "      "), console=False)
            if kemajuan:
                kemajuan.maju(r.berhasil)
    return results


def urutan_kerja(inputs: list[Path]) -> list[int]:
    """The order in which parallel workers take the inputs: the largest file first.

    A batch ends when its last workbook does; a large one (hundreds of indicators,
    a report of a hundred pages) taken last would run alone while the other workers
    idle. Taken first, the small ones fill in around it. File size stands in for the
    work; a file that cannot be read counts as empty (it fails at once). Equal sizes
    keep the input order.
    """
    def ukuran(i: int) -> int:
        try:
            return inputs[i].stat().st_size
        except OSError:
            return 0

    return sorted(range(len(inputs)), key=lambda i: -ukuran(i))


def _muat_modul() -> None:
    """Import the converter's heavy modules once, before the worker processes are forked.

    Forked workers (Linux) inherit the loaded modules instead of each importing
    pandas, python-docx, xlsxwriter and matplotlib (about a second and a half apiece).
    """
    from matplotlib.backends import backend_agg  # noqa: F401
    from matplotlib import figure  # noqa: F401

    from . import audit, reader, rules  # noqa: F401
    from .report import docx, xlsx  # noqa: F401
