"""Worker processes for a batch: every workbook converted in a supervised process.

Some faults of a workbook take their process down where no ``except`` can catch
them: a library that aborts on a failed allocation (calamine, in Rust, does), the
kernel's out-of-memory killer, a crash in native code. ``jalankan`` runs the tasks
in up to N worker processes of its own and watches them: a worker that dies is
replaced, the task it held is reported as ``Mati`` with the reason, and the batch
goes on. Unlike ``concurrent.futures``, whose pool breaks for good when one worker
dies, nothing else is lost.

Each worker also

* limits its own address space where the system allows it (``RLIMIT_AS`` on
  Linux), so that a blow-up becomes a ``MemoryError`` or an abort of that worker
  alone instead of the machine swapping;
* ends when its parent dies, however it died (``kill -9``, a closed console):
  ``PR_SET_PDEATHSIG`` on Linux, and everywhere a watchdog thread that waits on a
  pipe only the parent writes to, which the system closes when the parent ends;
* ignores Ctrl+C (the parent decides) and turns a termination request into
  ``SystemExit``, so that its ``finally`` blocks remove its temporary files;
* writes its standard error to a file of its own, never to the clerk's console
  (a native library dying prints its backtrace there); when it dies, the end of
  that file comes with the ``Mati`` event, for the log.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import wait

__all__ = ["jalankan", "Selesai", "Mati", "BATAS_MEMORI", "sebab_kematian"]

BATAS_MEMORI = 3 * 1024**3
"""Address space a worker may take beyond what it had at start (bytes).

A conversion peaks at about 270 MB of address space, and a LibreOffice started
from a worker (which inherits the limit) at about 500 MB; a stray far cell once
asked calamine for 52 GB. Three gigabytes leave every real workbook room and stop
such a request at once.
"""

DETAK = 0.5
"""Seconds between the ``None`` events ``jalankan`` yields while it waits (for a progress line)."""


@dataclass(frozen=True)
class Selesai:
    """A task finished: its index in the list of tasks and what the function returned."""

    indeks: int
    hasil: object


@dataclass(frozen=True)
class Mati:
    """A task whose worker died or whose function raised.

    Attributes:
        indeks: the task's index.
        sebab: how, in Indonesian (``"dihentikan sinyal SIGABRT"``) or the exception.
        rincian: the end of what the worker wrote to its standard error, for the log.
    """

    indeks: int
    sebab: str
    rincian: str = field(default="", compare=False)


def sebab_kematian(exitcode: int | None) -> str:
    """How a process ended, for a message: ``"dihentikan sinyal SIGKILL"``, ``"kode keluar 3"``."""
    if exitcode is None:
        return "tidak diketahui"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        return f"dihentikan sinyal {name}"
    return f"kode keluar {exitcode}"


class _Pekerja:
    """One worker process, the parent's end of its pipe, and the task it holds."""

    def __init__(self, ctx, fungsi: Callable, pengawas, folder_sementara: str | None):
        import tempfile

        self.conn, child = ctx.Pipe()
        fd, self.stderr = tempfile.mkstemp(prefix="lkj-pekerja-", suffix=".txt", dir=folder_sementara)
        os.close(fd)
        self.process = ctx.Process(target=_utama, args=(child, pengawas, os.getpid(), fungsi, folder_sementara, self.stderr),
                                   daemon=True, name="lkj-pekerja")
        self.process.start()
        child.close()
        self.tugas: int | None = None

    def rincian(self, batas: int = 2000) -> str:
        """The end of what the worker wrote to its standard error."""
        try:
            with open(self.stderr, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(fh.tell() - batas, 0))
                return fh.read().decode("utf-8", "replace").strip()
        except OSError:
            return ""

    def beri(self, indeks: int, args: tuple) -> None:
        """Send a task; a worker that died meanwhile is found by its sentinel, and the task reported with it."""
        self.tugas = indeks
        try:
            self.conn.send((indeks, args))
        except OSError:
            pass

    def hentikan(self) -> None:
        """Ask the worker to stop; terminate it if it does not within a moment."""
        if self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(2 if self.tugas is None else 0.1)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        try:
            os.unlink(self.stderr)
        except OSError:
            pass


def jalankan(fungsi: Callable, tugas: Sequence[tuple], jobs: int, *,
             folder_sementara: str | None = None) -> Iterator[Selesai | Mati | None]:
    """Run ``fungsi(*args)`` for every ``args`` of ``tugas`` in up to ``jobs`` supervised worker processes.

    Args:
        fungsi: a module-level function (it is sent to the workers); it should not raise.
        tugas: the arguments of each call.
        jobs: the most workers at once (at least one).
        folder_sementara: the workers' temporary folder (``tempfile.tempdir``), if not the system's.

    Yields:
        ``Selesai`` for each call that returned, ``Mati`` for each whose worker died
        (or whose function raised), in the order they finish; and ``None`` every
        ``DETAK`` seconds while nothing finishes. Every task is accounted for exactly
        once. Closing the iterator early stops the workers.
    """
    ctx = multiprocessing.get_context()
    pengawas_baca, pengawas_tulis = ctx.Pipe(duplex=False)  # the parent holds the only writer
    antre = deque(enumerate(tugas))
    pekerja: list[_Pekerja] = []
    try:
        for _ in range(min(max(jobs, 1), len(tugas))):
            w = _Pekerja(ctx, fungsi, (pengawas_baca, pengawas_tulis), folder_sementara)
            w.beri(*antre.popleft())
            pekerja.append(w)
        while any(w.tugas is not None for w in pekerja):
            sibuk = [w for w in pekerja if w.tugas is not None]
            siap = set(wait([w.conn for w in sibuk] + [w.process.sentinel for w in sibuk], timeout=DETAK))
            if not siap:
                yield None
                continue
            for w in sibuk:
                if w.conn not in siap and w.process.sentinel not in siap:
                    continue
                kejadian = _terima(w)
                if kejadian is None:
                    continue  # a result not complete yet
                yield kejadian
                if not w.process.is_alive():  # died, or exited after its last result: replace it if needed
                    w.hentikan()
                    pekerja.remove(w)
                    if not antre:
                        continue
                    w = _Pekerja(ctx, fungsi, (pengawas_baca, pengawas_tulis), folder_sementara)
                    pekerja.append(w)
                if antre:
                    w.beri(*antre.popleft())
    finally:
        for w in pekerja:
            w.hentikan()
        pengawas_tulis.close()
        pengawas_baca.close()


def _terima(w: _Pekerja) -> Selesai | Mati | None:
    """What a ready worker reports: its result, its function's failure, or its death."""
    indeks = w.tugas
    if w.conn.poll():
        try:
            pesan = w.conn.recv()
        except (EOFError, OSError):
            pesan = None
        else:
            w.tugas = None
            ok, nilai = pesan[1], pesan[2]
            return Selesai(indeks, nilai) if ok else Mati(indeks, nilai)
    if w.process.is_alive():
        return None
    w.process.join()
    w.tugas = None
    return Mati(indeks, sebab_kematian(w.process.exitcode), w.rincian())


# ---------------------------------------------------------------------------
# Inside a worker


def _utama(conn, pengawas, induk: int, fungsi: Callable, folder_sementara: str | None, stderr: str) -> None:
    """A worker's life: guard itself, then run the tasks it is sent until told to stop."""
    baca, tulis = pengawas
    tulis.close()  # only the parent may hold it open: its end is what the watchdog waits for
    try:
        fd = os.open(stderr, os.O_WRONLY | os.O_APPEND)
        os.dup2(fd, 2)
        os.close(fd)
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115 - for the worker's life
        import faulthandler

        faulthandler.enable(sys.stderr)  # a crash in native code leaves the Python stack in that file, for the log
    except OSError:
        pass
    _mati_bersama_induk(induk, baca)
    _batasi_memori()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _keluar)
    if folder_sementara:
        import tempfile

        tempfile.tempdir = folder_sementara
    while True:
        try:
            pesan = conn.recv()
        except (EOFError, OSError):
            return
        if pesan is None:
            return
        indeks, args = pesan
        try:
            balasan = (indeks, True, fungsi(*args))
        except Exception as exc:  # noqa: BLE001 - reported for this task; the worker goes on
            balasan = (indeks, False, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(balasan)
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send((indeks, False, f"{type(exc).__name__}: {exc}"))


def _keluar(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _mati_bersama_induk(induk: int, baca) -> None:
    """End this process when the parent ends, whatever way it ends."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_PDEATHSIG = 1
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.name == "posix" and os.getppid() != induk:
        os._exit(1)  # the parent died before the guard was in place

    def awasi() -> None:
        try:
            baca.recv_bytes()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=awasi, name="lkj-pengawas-induk", daemon=True).start()


def _batasi_memori(batas: int = BATAS_MEMORI) -> None:
    """Cap this process's address space at its present size plus ``batas`` (Linux; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return  # macOS does not enforce RLIMIT_AS; Windows has no rlimits
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            sekarang = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = sekarang + batas
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError, ImportError):
        pass
