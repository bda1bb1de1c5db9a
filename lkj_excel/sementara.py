"""Temporary files: recognisable names, outputs placed all together, leftovers cleaned at the next run.

* ``Kiriman``: the outputs of one workbook are written into a folder of their own
  inside the output folder, ``.lkj_sementara_<pid>_<random>`` (hidden on Windows
  too), and moved into place only once every one of them is written. A failure
  leaves the previous outputs as they were: never a new report workbook beside an
  old Word draft. Whatever a library writes beside its file while working (the
  LibreOffice pass stages a copy next to the document) stays inside that folder.
* ``FolderKerja``: the temporary folder of one run of the batch, in the system's
  temporary folder, ``lkj-run-<pid>-<random>``; the workers and the LibreOffice
  they start put their own temporary files there.
* ``bersihkan_sisa``: at the start of a run, removes what a run that was killed
  (``kill -9``, a closed console window) left behind: every such folder whose
  process has ended, and the ``.tmp_*`` files of earlier versions.

Every name carries the id of the process that made it, so that a run never
removes what another run, still working, is writing.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["Kiriman", "FolderKerja", "bersihkan_sisa", "AWALAN", "AWALAN_RUN"]

AWALAN = ".lkj_sementara_"
"""The start of the name of a workbook's temporary folder in the output folder."""
AWALAN_RUN = "lkj-run-"
"""The start of the name of a run's temporary folder in the system's temporary folder."""
_NAMA_SISA = re.compile(rf"^(?:{re.escape(AWALAN)}|{re.escape(AWALAN_RUN)})(\d+)[_-]")
# Earlier versions wrote outputs through tempfile.mkstemp(prefix=".tmp_") beside the target.
_SISA_LAMA = re.compile(r"^\.tmp_[a-z0-9_]{8}\.(?:xlsx|docx|pdf)$")
UMUR_SISA_LAMA = 3600
"""Seconds after which an earlier version's ``.tmp_*`` file is taken as left behind (it has no process id)."""


class Kiriman:
    """The outputs of one workbook, written to a temporary folder and then placed together.

    Use as a context manager::

        with Kiriman(output) as kiriman:
            kiriman.tulis(output / "a_laporan.xlsx", render_xlsx)
            kiriman.tulis(output / "a_laporan.docx", render_docx)
            written = kiriman.pasang()

    Leaving the block removes the temporary folder and anything still in it.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.kerja: Path | None = None
        self._isi: list[tuple[Path, Path]] = []

    def __enter__(self) -> Kiriman:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.kerja = Path(tempfile.mkdtemp(prefix=f"{AWALAN}{os.getpid()}_", dir=self.folder))
        _sembunyikan(self.kerja)
        return self

    def __exit__(self, *exc) -> None:
        if self.kerja is not None:
            shutil.rmtree(self.kerja, ignore_errors=True)

    def sementara(self, target: Path) -> Path:
        """Where ``target`` is written before it is placed (same name, in the temporary folder)."""
        return self.kerja / Path(target).name

    def tulis(self, target: Path, write: Callable[[Path], None]) -> Path:
        """Write ``target`` through ``write(temporary_path)``; placed by ``pasang``. Returns the temporary path."""
        tmp = self.sementara(target)
        write(tmp)
        self.tambah(tmp, target)
        return tmp

    @property
    def tujuan(self) -> list[Path]:
        """The targets, in the order they were written."""
        return [target for _, target in self._isi]

    def tambah(self, tmp: Path, target: Path) -> None:
        """Place the file ``tmp`` (already written, in the temporary folder) as ``target``."""
        self._isi.append((Path(tmp), Path(target)))

    def pasang(self) -> list[Path]:
        """Move every file into place; returns where each went.

        A target that is locked (open in Excel on Windows), read-only or a folder is
        written under a fresh name instead (``name (2).xlsx``). When one cannot be
        placed at all, those already placed are put back as they were and the
        error is raised: all or nothing.

        Raises:
            OSError: a file could not be placed under any name.
        """
        placed: list[tuple[Path, Path | None]] = []
        try:
            for tmp, target in self._isi:
                placed.append(_pasang_satu(tmp, target, self.kerja))
        except OSError:
            for final, backup in reversed(placed):
                try:
                    if backup is not None:
                        os.replace(backup, final)
                    else:
                        final.unlink()
                except OSError:
                    pass
            raise
        for _, backup in placed:
            if backup is not None:
                backup.unlink(missing_ok=True)
        self._isi = []
        return [final for final, _ in placed]


def _pasang_satu(tmp: Path, target: Path, kerja: Path) -> tuple[Path, Path | None]:
    """Move ``tmp`` to ``target`` or a fresh name; returns the name and a copy of the file it replaced (to undo)."""
    last: OSError | None = None
    for candidate in _candidates(target):
        if candidate.is_dir() or (candidate.exists() and not os.access(candidate, os.W_OK)):
            continue
        backup = None
        if candidate.exists():
            backup = kerja / f".lama_{candidate.name}"
            try:
                os.link(candidate, backup)
            except OSError:
                try:
                    shutil.copy2(candidate, backup)
                except OSError:
                    backup = None
        try:
            os.replace(tmp, candidate)
        except OSError as exc:  # locked by Excel (Windows), or in the way
            last = exc
            if backup is not None:
                backup.unlink(missing_ok=True)
            if getattr(exc, "errno", None) in _TIDAK_BISA_DITULIS:
                raise  # the folder itself refuses: no other name will do
            continue
        _usual_permissions(candidate)
        return candidate, backup
    raise last or PermissionError(13, "tidak dapat menulis", str(target))


# errno values that say the folder, not the one file, cannot be written
_TIDAK_BISA_DITULIS = {28, 30, 122}  # ENOSPC, EROFS, EDQUOT


def _candidates(target: Path):
    yield target
    for i in range(2, 100):
        yield target.with_name(f"{target.stem} ({i}){target.suffix}")


def _usual_permissions(path: Path) -> None:
    """Give an output the permissions of a normal file (a temporary one may be the owner's only)."""
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(path, 0o666 & ~umask)
    except OSError:
        pass


def _sembunyikan(path: Path) -> None:
    """Hide a temporary folder on Windows too, where a leading dot does not."""
    if os.name == "nt":
        try:
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN
        except Exception:  # noqa: BLE001 - only a convenience
            pass


class FolderKerja:
    """The temporary folder of one run, for its workers and the LibreOffice they start.

    Entering it makes the folder, points ``TMPDIR``, ``TEMP`` and ``TMP`` at it (the
    environment the workers and LibreOffice inherit) and returns its path; leaving
    it removes the folder and restores the environment.
    """

    _VARS = ("TMPDIR", "TEMP", "TMP")

    def __init__(self) -> None:
        self.path: Path | None = None
        self._lama: dict[str, str | None] = {}

    def __enter__(self) -> Path:
        self.path = Path(tempfile.mkdtemp(prefix=f"{AWALAN_RUN}{os.getpid()}-"))
        self._lama = {v: os.environ.get(v) for v in self._VARS}
        for v in self._VARS:
            os.environ[v] = str(self.path)
        return self.path

    def __exit__(self, *exc) -> None:
        for v, value in self._lama.items():
            if value is None:
                os.environ.pop(v, None)
            else:
                os.environ[v] = value
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)


def bersihkan_sisa(*folders: Path) -> list[Path]:
    """Remove what killed runs left in ``folders`` (and the system's temporary folder); returns what was removed.

    A temporary folder of this tool (``.lkj_sementara_<pid>_…``, ``lkj-run-<pid>-…``)
    goes when its process has ended; an earlier version's ``.tmp_*`` output once it
    is an hour old. Nothing else is touched, and nothing a live run is using.
    """
    removed = []
    now = time.time()
    for folder in (*folders, Path(tempfile.gettempdir())):
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue
        for entry in entries:
            m = _NAMA_SISA.match(entry.name)
            try:
                if m and not proses_hidup(int(m.group(1))):
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
                elif _SISA_LAMA.match(entry.name) and entry.is_file() and now - entry.stat().st_mtime > UMUR_SISA_LAMA:
                    entry.unlink()
                else:
                    continue
            except OSError:
                continue  # in use (Windows), or gone meanwhile: the next run tries again
            removed.append(entry)
    return removed


def proses_hidup(pid: int) -> bool:
    """The process ``pid`` is running (a zombie waiting to be reaped counts as ended)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":
        return _proses_hidup_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
                return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
        except (OSError, IndexError):
            return True
    return True


def _proses_hidup_windows(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists, and is not ours
    try:
        code = wintypes.DWORD()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
