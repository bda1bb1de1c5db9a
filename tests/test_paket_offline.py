"""The offline bundle: what it holds, how its wheels are checked, and a first run from it without network."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from lkj_excel import paket_offline as po
from lkj_excel.paket_offline import Sasaran

sys.path.insert(0, str(ROOT / "bench"))
from first_run import first_run, network_shut, offline_env, pypi_unreachable, unpack  # noqa: E402

REPORT = ("contoh_lkjip_dinsos_bengkalis_2023_laporan.xlsx", "contoh_lkjip_dinsos_bengkalis_2023_laporan.docx")


def convert(*args, timeout=900):
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, env=dict(os.environ, PYTHONIOENCODING="utf-8"), stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


# --- what the bundle holds -------------------------------------------------

def test_the_bundle_holds_what_a_user_needs_and_nothing_else():
    files = po.berkas_proyek(ROOT)
    for needed in ("convert.py", "bootstrap.py", "run_tests.py", "pyproject.toml", "README.md", "input/BACA_SAYA.txt",
                   "lkj_excel/cli.py", "lkj_excel/paket_offline.py", "input_templates/contoh_lkjip_dinsos_bengkalis_2023.xlsx"):
        assert needed in files
    assert {p.relative_to(ROOT).as_posix() for p in (ROOT / "lkj_excel").rglob("*.py")} <= set(files)
    assert not [f for f in files if f.startswith(("tests/", "bench/", ".", "output/", "wheels/")) or "__pycache__" in f or "/." in f]


def test_with_the_tests_the_bundle_holds_the_suite_and_what_it_converts():
    files = po.berkas_proyek(ROOT, dengan_uji=True)
    assert "tests/conftest.py" in files and "tests/test_paket_offline.py" in files and "bench/synth.py" in files
    assert "bench/bench.py" not in files
    assert set(po.berkas_proyek(ROOT)) < set(files)


def test_without_git_the_same_files_are_found():
    for uji in (False, True):
        assert po.berkas_proyek(ROOT, uji, pakai_git=False) == po.berkas_proyek(ROOT, uji)


def test_requirements_are_those_of_pyproject_with_the_build_backend():
    reqs = po.kebutuhan(ROOT)
    assert "setuptools>=64" in reqs and "pandas>=2.1" in reqs and "defusedxml>=0.7.1" in reqs
    assert not [r for r in reqs if r.startswith("pytest")]
    assert "pytest>=7.4" in po.kebutuhan(ROOT, dengan_uji=True)


# --- targets -----------------------------------------------------------------

def test_default_targets_are_this_machine_and_windows_for_three_pythons():
    targets = po.sasaran()
    assert targets[0] == Sasaran.ini() and targets[0].sendiri
    assert [(t.platform, t.python) for t in targets[1:]] == [("win_amd64", "3.11"), ("win_amd64", "3.12"), ("win_amd64", "3.13")]
    assert po.sasaran(["ini"]) == [Sasaran.ini()]
    assert po.sasaran(["win32", "win32"], ["3.10"]) == [Sasaran("win32", "3.10")]
    assert targets[1].nama == "Windows 64-bit, Python 3.11"


def test_options_are_checked_in_indonesian():
    assert po.versi_python(" 3.12 ") == "3.12" and po.tag_platform("Win-AMD64") == "win_amd64"
    for wrong in ("3.9", "2.7", "tiga", "3.12.1"):
        with pytest.raises(ValueError, match="versi Python"):
            po.versi_python(wrong)
    with pytest.raises(ValueError, match="tidak dikenali"):
        po.tag_platform("win amd64!")


def test_markers_are_those_of_the_target_not_of_this_machine():
    windows = Sasaran("win_amd64", "3.12").markers()
    assert (windows["sys_platform"], windows["platform_system"], windows["os_name"], windows["python_version"]) == ("win32", "Windows", "nt", "3.12")
    mac = Sasaran("macosx_11_0_arm64", "3.13").markers()
    assert (mac["sys_platform"], mac["platform_machine"]) == ("darwin", "arm64")
    linux = Sasaran("manylinux2014_aarch64", "3.10").markers()
    assert (linux["sys_platform"], linux["platform_machine"], linux["python_full_version"]) == ("linux", "aarch64", "3.10.0")


def _wheel(folder: Path, filename: str, requires=(), python: str | None = None) -> None:
    name, version = filename.split("-")[:2]
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"] + [f"Requires-Dist: {r}" for r in requires]
    if python:
        lines.append(f"Requires-Python: {python}")
    with zipfile.ZipFile(folder / filename, "w") as zf:
        zf.writestr(f"{name}-{version}.dist-info/METADATA", "\n".join(lines) + "\n")


def test_what_a_target_lacks_follows_its_markers_tags_and_python(tmp_path):
    _wheel(tmp_path, "alat-1.0-py3-none-any.whl", ['warna>=0.4; sys_platform == "win32"', "dasar>=2", 'ekstra; extra == "lengkap"'])
    _wheel(tmp_path, "dasar-2.0-py3-none-any.whl")
    _wheel(tmp_path, "dasar-1.0-py3-none-any.whl", ["tidak-ada"])  # too old for alat: never walked
    _wheel(tmp_path, "biner-1.0-cp312-cp312-win_amd64.whl")
    _wheel(tmp_path, "baru-1.0-py3-none-any.whl", python=">=3.13")
    win312, linux312 = Sasaran("win_amd64", "3.12"), Sasaran("manylinux2014_x86_64", "3.12")
    assert po.kurang(tmp_path, ["alat"], win312) == ["warna>=0.4"]
    assert po.kurang(tmp_path, ["alat"], linux312) == []
    assert po.kurang(tmp_path, ["alat[lengkap]"], linux312) == ["ekstra"]
    assert po.kurang(tmp_path, ["biner"], win312) == [] and po.kurang(tmp_path, ["biner"], Sasaran("win_amd64", "3.11")) == ["biner"]
    assert po.kurang(tmp_path, ["biner"], linux312) == ["biner"]
    assert po.kurang(tmp_path, ["baru"], win312) == ["baru"] and po.kurang(tmp_path, ["baru"], Sasaran("win_amd64", "3.13")) == []
    _wheel(tmp_path, "warna-0.4.6-py2.py3-none-any.whl")
    assert po.kurang(tmp_path, ["alat"], win312) == []


def test_pip_failures_become_one_indonesian_sentence():
    t = Sasaran("win_amd64", "3.14")
    log = Path("lkj_excel_offline.log")
    no_wheel = "ERROR: Could not find a version that satisfies the requirement pandas>=2.1 (from versions: none)\nERROR: No matching distribution found for pandas>=2.1"
    text = po.pesan_pip(no_wheel, t, log)
    assert text.startswith("Tidak ada wheel pandas untuk Windows 64-bit, Python 3.14;") and "--python" in text and str(log) in text
    conflict = "The conflict is caused by:\n    num2words 0.5.14 depends on docopt>=0.6.2\n    num2words 0.5.13 depends on docopt>=0.6.2\n"
    assert po.pesan_pip(conflict, t, log).startswith("Tidak ada wheel docopt untuk")
    offline = ("WARNING: Retrying (Retry(total=4...)) after connection broken by 'NewConnectionError(...: Failed to establish a new connection')': /simple/pandas/\n"
               + no_wheel)
    assert "tidak dapat dihubungi" in po.pesan_pip(offline, t, log) and "HTTPS_PROXY" in po.pesan_pip(offline, t, log)


# --- bootstrap with a bundle ----------------------------------------------------

@pytest.fixture
def bootstrap(tmp_path, monkeypatch):
    """bootstrap.py with its wheels/ folder in tmp_path."""
    spec = importlib.util.spec_from_file_location("bootstrap_under_test", ROOT / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "WHEELS", tmp_path / "wheels")
    (tmp_path / "wheels").mkdir()
    return module


def _manifest(folder: Path, pythons, dengan_uji=False) -> None:
    data = {"dengan_uji": dengan_uji, "sasaran": [{"platform": "win_amd64", "python": p, "nama": f"Windows 64-bit, Python {p}"} for p in pythons]}
    (folder / "paket.json").write_text(json.dumps(data), encoding="utf-8")


def test_bootstrap_explains_a_bundle_for_other_pythons(bootstrap, capsys):
    _manifest(bootstrap.WHEELS, ["3.8", "3.9"])
    with pytest.raises(SystemExit) as stop:
        bootstrap._check_bundle("")
    out = capsys.readouterr().out
    mine = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert stop.value.code == 3
    assert f"tidak disiapkan untuk Python {mine}" in out and "Windows 64-bit, Python 3.8; Windows 64-bit, Python 3.9" in out
    assert "python convert.py --paket-offline --platform" in out and mine in out


def test_bootstrap_accepts_a_bundle_for_this_python_and_asks_for_tests_when_needed(bootstrap, capsys):
    _manifest(bootstrap.WHEELS, [f"{sys.version_info[0]}.{sys.version_info[1]}"])
    bootstrap._check_bundle("")  # fits: returns
    with pytest.raises(SystemExit):
        bootstrap._check_bundle("test")
    assert "--dengan-uji" in capsys.readouterr().out


def test_bootstrap_never_lets_pip_configuration_reach_an_index(bootstrap, monkeypatch):
    monkeypatch.setenv("PIP_INDEX_URL", "https://example.invalid/simple")
    monkeypatch.setenv("PIP_FIND_LINKS", "/elsewhere")
    env = bootstrap._offline_env()
    assert "PIP_INDEX_URL" not in env and "PIP_FIND_LINKS" not in env
    assert env["PIP_NO_INDEX"] == "1" and env["PIP_CONFIG_FILE"] == os.devnull


# --- the command ------------------------------------------------------------------

def test_the_bundle_options_are_in_the_help_and_only_with_the_bundle():
    assert "--paket-offline" in convert("--help").stdout
    proc = convert("--platform", "win32")
    assert proc.returncode == 2 and "hanya dipakai bersama --paket-offline" in proc.stderr
    proc = convert("--paket-offline", "--python", "3.9")
    assert proc.returncode == 2 and "paling rendah 3.10" in proc.stderr


def test_an_output_folder_that_cannot_be_written_is_said_so(tmp_path):
    in_the_way = tmp_path / "berkas"
    in_the_way.write_text("bukan folder", encoding="utf-8")
    proc = convert("--paket-offline", "--platform", "ini", "--output", in_the_way)
    assert proc.returncode == 1 and f"Paket offline tidak dapat ditulis ke folder {in_the_way}" in proc.stdout


@pytest.fixture(scope="module")
def pypi():
    reason = pypi_unreachable()
    if reason:
        pytest.skip(f"the bundle downloads its wheels from PyPI: {reason}")


@pytest.mark.slow
def test_a_bundle_installs_and_converts_without_network(pypi, tmp_path):
    proc = convert("--paket-offline", "--platform", "ini", "--output", tmp_path / "hasil")
    assert proc.returncode == 0, proc.stdout
    bundle = tmp_path / "hasil" / po.NAMA_ZIP
    assert f"Paket offline ditulis: {bundle}" in proc.stdout
    names = zipfile.ZipFile(bundle).namelist()
    assert f"{po.FOLDER_ZIP}/wheels/{po.MANIFEST}" in names and f"{po.FOLDER_ZIP}/convert.py" in names
    assert not [n for n in names if "/tests/" in n or "/.git" in n or "/output/" in n]

    project = unpack(bundle, tmp_path / "pc tanpa internet")
    manifest = json.loads((project / "wheels" / po.MANIFEST).read_text(encoding="utf-8"))
    assert [t["python"] for t in manifest["sasaran"]] == [f"{sys.version_info[0]}.{sys.version_info[1]}"]
    prefix = network_shut()  # no network at all where a namespace is allowed; pip has no index anyway
    proc, _ = first_run(project, ["--tanpa-nomor-halaman"], offline_env(), prefix)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "dari paket offline" in proc.stdout and "contoh bawaan" in proc.stdout
    assert (project / ".venv").is_dir()
    setup = (project / ".venv-setup.log").read_text(encoding="utf-8")
    assert "Looking in links" in setup and "Looking in indexes" not in setup and "Successfully installed" in setup
    for name in REPORT:
        assert (project / "output" / name).stat().st_size > 10_000


@pytest.mark.slow
def test_a_platform_without_wheels_is_named_not_traced(pypi, tmp_path):
    proc = convert("--paket-offline", "--platform", "plan9_mips", "--python", "3.12", "--output", tmp_path)
    assert proc.returncode == 1
    assert "Tidak ada wheel" in proc.stdout and "plan9_mips, Python 3.12" in proc.stdout
    assert not (tmp_path / po.NAMA_ZIP).exists()
