"""Temporary files and writing the outputs: all or nothing, nothing left behind, a full or read-only folder said plainly."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT
from lkj_excel.pipeline import konversi
from lkj_excel.sementara import AWALAN, FolderKerja, Kiriman, bersihkan_sisa, proses_hidup

NAMA = "contoh_lkjip_dinsos_bengkalis_2023"


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _leftovers(*folders: Path) -> list[str]:
    names = []
    for folder in folders:
        for entry in folder.rglob("*") if folder.exists() else ():
            if entry.name.startswith((".tmp_", AWALAN, "lkj-run-", "lkj-lo-", "lkj-pekerja-", ".lama_")):
                names.append(str(entry.relative_to(folder)))
    return names


# --------------------------------------------------------------------------- the pair of outputs, all or nothing


def _old_pair(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    old = {f"{NAMA}_laporan.xlsx": b"laporan lama", f"{NAMA}_laporan.docx": b"draf lama"}
    for name, data in old.items():
        (out / name).write_bytes(data)
    return old


def test_a_failed_word_draft_leaves_the_old_pair_as_it_was(tmp_path, monkeypatch):
    from lkj_excel.report import docx as report_docx

    out = tmp_path / "keluar"
    old = _old_pair(out)

    def broken(*args, **kw):
        raise ValueError("All strings must be XML compatible")  # what a pasted control character once did

    monkeypatch.setattr(report_docx, "render_report", broken)
    result = konversi(EXAMPLE, out, daftar_isi=False)
    assert not result.berhasil and [t.kode for t in result.temuan.errors] == ["galat-internal"]
    assert {name: (out / name).read_bytes() for name in old} == old  # no new workbook beside the old draft
    assert sorted(p.name for p in out.iterdir()) == sorted([*old, f"{NAMA}_kesalahan.xlsx"])


def test_a_pair_that_cannot_be_placed_whole_is_put_back(tmp_path, monkeypatch):
    out = tmp_path / "keluar"
    old = _old_pair(out)
    real_replace = os.replace

    def refuse_the_draft(src, dst):
        if str(dst).endswith(".docx") and Path(dst).parent == out:
            raise OSError(errno.EROFS, "Read-only file system", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_the_draft)
    result = konversi(EXAMPLE, out, daftar_isi=False)
    assert [t.kode for t in result.temuan.errors] == ["hasil-tidak-tertulis"]
    assert {name: (out / name).read_bytes() for name in old} == old  # the new workbook was taken back
    assert sorted(p.name for p in out.iterdir()) == sorted(old)


def test_kiriman_places_every_file_or_none(tmp_path):
    with Kiriman(tmp_path) as kiriman:
        kiriman.tulis(tmp_path / "a.txt", lambda p: p.write_text("a"))
        kiriman.tulis(tmp_path / "b.txt", lambda p: p.write_text("b"))
        assert list(tmp_path.glob("*.txt")) == []  # nothing placed before pasang
        assert kiriman.pasang() == [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    with pytest.raises(RuntimeError), Kiriman(tmp_path) as kiriman:
        kiriman.tulis(tmp_path / "a.txt", lambda p: p.write_text("baru"))
        raise RuntimeError("gagal di tengah jalan")
    assert (tmp_path / "a.txt").read_text() == "a" and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


# --------------------------------------------------------------------------- a folder that cannot be written


def test_a_full_disk_is_the_users_problem_not_the_programs(tmp_path, monkeypatch):
    from lkj_excel.report import xlsx as report_xlsx

    real = report_xlsx.render_workbook

    def full(lkjip, hasil, temuan, path):
        real(lkjip, hasil, temuan, path)
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(report_xlsx, "render_workbook", full)
    out = tmp_path / "keluar"
    result = konversi(EXAMPLE, out, daftar_isi=False)
    [error] = result.temuan.errors
    assert error.kode == "hasil-tidak-tertulis" and f"Folder hasil {out} penuh" in error.pesan
    assert list(out.iterdir()) == []  # nothing half written, no temporary folder


def test_a_full_disk_under_the_recap_is_said_after_the_reports(tmp_path, monkeypatch, capsys):
    from lkj_excel import cli, rekap

    def full(items, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rekap, "tulis_rekap", full)
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    for name in ("a", "b"):
        shutil.copyfile(EXAMPLE, inbox / f"{name}.xlsx")
    out = tmp_path / "keluar"
    assert cli.run([str(inbox), "--output", str(out), "--tanpa-nomor-halaman", "--jobs", "1"]) == 1
    printed = capsys.readouterr().out
    assert f"Rekapitulasi tidak ditulis: Folder hasil {out} penuh" in printed
    assert "kesalahan tak terduga" not in printed and "Selesai: 2 berhasil, 0 gagal." in printed


def _run(*args, env=None, timeout=600):
    full_env = dict(os.environ, PYTHONIOENCODING="utf-8", **(env or {}))
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env=full_env)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


@pytest.fixture
def folder_terbatas(tmp_path):
    """Make a folder full (a tiny file system) or read-only, the way the machine allows; yields a function."""
    mounts = []

    def make(kind: str) -> Path:
        folder = tmp_path / kind
        folder.mkdir()
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes anywhere: only a file system of its own refuses
            options = "size=64k" if kind == "penuh" else "size=64k,ro"
            if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True).returncode:
                pytest.skip("root without mount: cannot make a folder full or read-only here")
            mounts.append(folder)
        elif kind == "penuh":
            pytest.skip("a full folder needs a file system of its own (root)")
        else:
            folder.chmod(0o555)
        return folder

    yield make
    for folder in mounts:
        subprocess.run(["umount", str(folder)], capture_output=True)
    for folder in tmp_path.iterdir():
        folder.chmod(0o755)


@pytest.mark.parametrize("kind, words", [("penuh", "penuh (ruang disk habis)"), ("hanya_baca", "Tidak dapat menulis ke")])
def test_a_full_or_read_only_output_folder(folder_terbatas, kind, words):
    out = folder_terbatas(kind)
    proc = _run(EXAMPLE, "--output", out, "--tanpa-nomor-halaman")
    assert proc.returncode == 1, proc.stdout
    assert words in proc.stdout and str(out) in proc.stdout, proc.stdout
    assert "berhasil —" not in proc.stdout and "kesalahan program" not in proc.stdout and "tak terduga" not in proc.stdout
    assert _leftovers(out) == []
    assert not [p for p in out.iterdir() if p.name.endswith((".xlsx", ".docx"))]


# --------------------------------------------------------------------------- killed mid-run


def test_leftovers_of_ended_processes_are_cleaned_and_live_ones_kept(tmp_path):
    dead, live = _dead_pid(), os.getpid()
    for name in (f"{AWALAN}{dead}_abc", f"{AWALAN}{live}_def", f"lkj-run-{dead}-x"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "isi.docx").write_bytes(b"setengah")
    old = tmp_path / ".tmp_ab12cd34.docx"  # an earlier version's
    old.write_bytes(b"setengah")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    (tmp_path / ".tmp_ef56gh78.xlsx").write_bytes(b"baru saja")  # might be an earlier version still writing
    (tmp_path / "laporan.docx").write_bytes(b"hasil")
    removed = bersihkan_sisa(tmp_path)
    assert sorted(p.name for p in removed) == sorted([f"{AWALAN}{dead}_abc", f"lkj-run-{dead}-x", ".tmp_ab12cd34.docx"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{AWALAN}{live}_def", ".tmp_ef56gh78.xlsx", "laporan.docx"])
    assert not proses_hidup(dead) and proses_hidup(live)


def test_stale_libreoffice_folders_go_and_fresh_ones_stay(tmp_path):
    from lkj_excel.report.libreoffice import remove_stale_work_folders

    (tmp_path / "lkj-lo-lama").mkdir()
    (tmp_path / "lkj-lo-baru").mkdir()
    os.utime(tmp_path / "lkj-lo-lama", (time.time() - 7200, time.time() - 7200))
    assert remove_stale_work_folders(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["lkj-lo-baru"]


def test_a_run_keeps_its_temporary_files_in_a_folder_of_its_own(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with FolderKerja() as kerja:
        assert kerja.parent == tmp_path and kerja.name.startswith(f"lkj-run-{os.getpid()}-")
        assert os.environ["TMPDIR"] == str(kerja)
    assert os.environ["TMPDIR"] == str(tmp_path) and not kerja.exists()


def _session(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                if int(fields[3]) == pid and fields[0] != "Z":  # the session id
                    found.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return found


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and /proc")
@pytest.mark.parametrize("how", ["kelompok", "induk"])
def test_killed_mid_run_then_a_clean_run_leaves_nothing(tmp_path, how):
    """Closing the console kills the process group; ``kill -9`` kills convert.py alone. Either way the next run cleans up."""
    inbox, out, tmp = tmp_path / "masuk", tmp_path / "keluar", tmp_path / "tmp"
    for folder in (inbox, out, tmp):
        folder.mkdir()
    for i in range(8):
        shutil.copyfile(EXAMPLE, inbox / f"opd_{i}.xlsx")
    env = dict(os.environ, PYTHONIOENCODING="utf-8", TMPDIR=str(tmp))
    proc = subprocess.Popen([sys.executable, str(ROOT / "convert.py"), str(inbox), "--output", str(out), "--jobs", "2",
                             "--tanpa-nomor-halaman"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(p.name.startswith(AWALAN) for p in out.iterdir()):
        time.sleep(0.005)  # until a report is being written
    workers = [p for p in _session(proc.pid) if p != proc.pid]
    os.killpg(proc.pid, signal.SIGKILL) if how == "kelompok" else os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert workers
    end = time.monotonic() + 10
    while _session(proc.pid) and time.monotonic() < end:
        time.sleep(0.05)
    assert _session(proc.pid) == []  # no worker goes on without its parent (about 130 MB each)
    second = _run(inbox / "opd_0.xlsx", "--output", out, "--tanpa-nomor-halaman", env={"TMPDIR": str(tmp)})
    assert second.returncode == 0, second.stdout
    assert _leftovers(out, tmp) == []
    assert (out / "opd_0_laporan.xlsx").is_file() and (out / "opd_0_laporan.docx").is_file()
