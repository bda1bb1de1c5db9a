"""First-run set-up, with the standard library only.

``convert.py`` and ``run_tests.py`` call ``ensure_environment`` before they
import anything else. Where the packages the tool needs are importable it
returns at once. Otherwise it creates a private virtual environment in
``.venv`` next to this file, installs the project into it (once; again only
when ``pyproject.toml`` changes) and runs the same script again with that
environment's Python, so that a clerk can double-click ``convert.py`` on a
fresh Windows PC with nothing but Python installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
RUNTIME_MODULES = ("pandas", "python_calamine", "openpyxl", "xlsxwriter", "docx", "matplotlib", "num2words", "defusedxml", "rich")
TEST_MODULES = ("pytest", "hypothesis", "openxml_audit")
MIN_PYTHON = (3, 10)


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return f"{digest}:{extras}"


def _missing(modules: tuple[str, ...]) -> list[str]:
    return [m for m in modules if importlib.util.find_spec(m) is None]


def _say(text: str) -> None:
    try:
        print(text, flush=True)
    except UnicodeEncodeError:  # a console that cannot show every character
        print(text.encode("ascii", "replace").decode("ascii"), flush=True)


def _in_our_venv() -> bool:
    try:
        return Path(sys.prefix).resolve() == VENV.resolve()
    except OSError:
        return False


def ensure_environment(test: bool = False) -> None:
    """Make sure the tool's packages are importable, setting them up on first use.

    Args:
        test: also require the test tools (pytest, hypothesis).

    Returns only when this interpreter can run the tool; otherwise it runs the
    calling script again inside ``.venv`` and exits with that run's exit code.
    """
    if sys.version_info < MIN_PYTHON:
        _say(f"Python {sys.version.split()[0]} terlalu lama; lkj_excel memerlukan Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} atau lebih baru (https://www.python.org).")
        raise SystemExit(2)
    needed = RUNTIME_MODULES + (TEST_MODULES if test else ())
    extras = "test" if test else ""
    marker = VENV / ".lkj_excel_siap"
    if _in_our_venv():
        ready = marker.exists() and marker.read_text(encoding="utf-8").strip() in (_stamp(extras), _stamp("test"))
        if ready and not _missing(needed):
            return
    elif not _missing(needed) and os.environ.get("LKJ_EXCEL_VENV") != "1":
        return  # everything is already importable here (a developer's environment, CI)
    python = _venv_python()
    if not _in_our_venv():
        ready = python.exists() and marker.exists() and marker.read_text(encoding="utf-8").strip() in (_stamp(extras), _stamp("test"))
        if not ready:
            _install(python, extras, marker)
        env = dict(os.environ, LKJ_EXCEL_VENV="1")
        completed = subprocess.run([str(python), *sys.argv], env=env)
        raise SystemExit(completed.returncode)
    _install(python, extras, marker)


def _install(python: Path, extras: str, marker: Path) -> None:
    _say("Menyiapkan lingkungan lkj_excel untuk pertama kali (hanya sekali; memerlukan koneksi internet)...")
    log = VENV.parent / ".venv-setup.log"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        target = f"{ROOT}[{extras}]" if extras else str(ROOT)
        with log.open("w", encoding="utf-8") as out:
            subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "--upgrade", "pip"], stdout=out, stderr=subprocess.STDOUT, check=False)
            subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-e", target], stdout=out, stderr=subprocess.STDOUT, check=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        _say("Gagal menyiapkan lingkungan Python: " + str(exc))
        if log.exists():
            _say("Rincian ada di " + str(log) + "; bagian akhirnya:")
            _say("\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]))
        _say("Pastikan komputer terhubung ke internet dan modul venv tersedia (Debian/Ubuntu: apt install python3-venv), lalu ulangi.")
        raise SystemExit(3)
    marker.write_text(_stamp(extras), encoding="utf-8")
    _say("Lingkungan siap.")
