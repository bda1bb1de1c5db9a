"""The supervised worker processes (lkj_excel/pekerja.py): any death of a worker costs only its own task."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import ROOT
from lkj_excel.pekerja import Mati, Selesai, jalankan, sebab_kematian

posix_only = pytest.mark.skipif(os.name != "posix", reason="signals and /proc are POSIX")


def _kerja(cara: str, nilai: int = 0):
    """A task that returns, raises, or takes its process down in the ways a workbook once did."""
    if cara == "abort":  # what Rust does when an allocation fails (calamine, 52 GB for one far cell)
        os.abort()
    if cara == "bunuh":  # the kernel's out-of-memory killer
        os.kill(os.getpid(), signal.SIGKILL)
    if cara == "segfault":
        import ctypes

        ctypes.string_at(0)
    if cara == "galat":
        raise ValueError("bukan angka")
    if cara == "memori":
        try:
            bytearray(6 * 1024**3)  # lazily zeroed: it succeeds where nothing limits the address space
        except MemoryError:
            return "MemoryError"
        return "teralokasi"
    return nilai * 2


def _semua(tugas, jobs=2):
    events = [e for e in jalankan(_kerja, tugas, jobs) if e is not None]
    assert sorted(e.indeks for e in events) == list(range(len(tugas)))  # every task exactly once
    return {e.indeks: e for e in events}


@posix_only
def test_a_worker_that_dies_costs_only_its_task():
    tugas = [("ok", 1), ("abort",), ("ok", 2), ("bunuh",), ("ok", 3), ("segfault",), ("ok", 4), ("galat",), ("ok", 5)]
    events = _semua(tugas)
    assert [events[i].hasil for i in (0, 2, 4, 6, 8)] == [2, 4, 6, 8, 10]
    assert events[1] == Mati(1, "dihentikan sinyal SIGABRT")
    assert "line" in events[1].rincian  # the stack the worker wrote, kept for the log, never shown on the console
    assert events[3] == Mati(3, "dihentikan sinyal SIGKILL")
    assert events[5] == Mati(5, "dihentikan sinyal SIGSEGV")
    assert events[7] == Mati(7, "ValueError: bukan angka")


@posix_only
def test_one_worker_goes_on_after_every_death():
    events = _semua([("abort",), ("abort",), ("ok", 7)], jobs=1)
    assert isinstance(events[0], Mati) and isinstance(events[1], Mati) and events[2] == Selesai(2, 14)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_a_worker_cannot_take_memory_without_bound():
    assert _semua([("memori",)], jobs=1)[0] == Selesai(0, "MemoryError")


def test_reasons_read_as_indonesian():
    assert sebab_kematian(-9) == "dihentikan sinyal SIGKILL"
    assert sebab_kematian(3) == "kode keluar 3"


_ORPHAN_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from lkj_excel.pekerja import jalankan
    for event in jalankan(time.sleep, [(600,), (600,)], 2, folder_sementara={tmp!r}):
        print("tick", flush=True)
""")


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return found


def alive(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the workers")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    script = _ORPHAN_SCRIPT.format(root=str(ROOT), tmp=str(tmp_path))
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        parent.stdout.readline()  # the workers are running
        workers = _children(parent.pid)
        assert len(workers) == 2
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers)
