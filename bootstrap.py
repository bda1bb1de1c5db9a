"""First-run set-up, with the standard library only.

``convert.py`` and ``run_tests.py`` call ``ensure_environment`` before they
import anything else. Where the packages the tool needs are importable it
returns at once. Otherwise it creates a private virtual environment in
``.venv`` next to this file, installs the project into it (once; again only
when ``pyproject.toml`` changes) and runs the same script again with that
environment's Python, so that a clerk can double-click ``convert.py`` on a
fresh Windows PC with nothing but Python installed.

Where a ``wheels/`` folder lies beside this file (the offline bundle that
``python convert.py --paket-offline`` makes), everything is installed from it
with ``pip --no-index``, ignoring pip's configuration, and pip is not upgraded:
the network is never touched. Without it, packages come from the index.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
WHEELS = ROOT / "wheels"
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
    offline = WHEELS.is_dir()
    if offline:
        _check_bundle(extras)
        _say("Menyiapkan lingkungan lkj_excel untuk pertama kali dari paket offline (folder wheels; tanpa internet, hanya sekali)...")
    else:
        _say("Menyiapkan lingkungan lkj_excel untuk pertama kali (hanya sekali; memerlukan koneksi internet)...")
    log = VENV.parent / ".venv-setup.log"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        target = f"{ROOT}[{extras}]" if extras else str(ROOT)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
        with log.open("w", encoding="utf-8") as out:
            if offline:
                subprocess.run([*pip, "--no-index", "--find-links", str(WHEELS), "-e", target], env=_offline_env(),
                               stdout=out, stderr=subprocess.STDOUT, check=True)
            else:
                subprocess.run([*pip, "--upgrade", "pip"], stdout=out, stderr=subprocess.STDOUT, check=False)
                subprocess.run([*pip, "-e", target], stdout=out, stderr=subprocess.STDOUT, check=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        _say("Gagal menyiapkan lingkungan Python: " + str(exc))
        detail = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if detail:
            _say("Rincian ada di " + str(log) + "; bagian akhirnya:")
            _say("\n".join(detail.splitlines()[-15:]))
        if offline and ("No matching distribution" in detail or "from versions: none" in detail):
            _say(_bundle_advice("Paket offline ini tidak memuat wheel yang cocok untuk komputer ini."))
        elif offline:
            _say("Pastikan modul venv tersedia (Debian/Ubuntu: apt install python3-venv) dan folder wheels utuh (ekstrak ulang paketnya), lalu ulangi.")
        else:
            _say("Pastikan komputer terhubung ke internet dan modul venv tersedia (Debian/Ubuntu: apt install python3-venv), lalu ulangi.")
        raise SystemExit(3)
    marker.write_text(_stamp(extras), encoding="utf-8")
    _say("Lingkungan siap.")


def _offline_env() -> dict[str, str]:
    """pip's environment for the bundle: no configuration file, no index, nothing but wheels/."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


def _manifest() -> dict:
    """What the bundle was made for (``wheels/paket.json``); empty when it cannot be read."""
    try:
        return json.loads((WHEELS / "paket.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _this_python() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def _check_bundle(extras: str) -> None:
    """Stop with advice, before creating anything, when the bundle cannot fit this Python or lacks the test tools."""
    manifest = _manifest()
    versions = {t.get("python") for t in manifest.get("sasaran", [])}
    if versions and _this_python() not in versions:
        _say(_bundle_advice(f"Paket offline ini tidak disiapkan untuk Python {_this_python()}."))
        raise SystemExit(3)
    if extras == "test" and manifest and not manifest.get("dengan_uji"):
        _say("Paket offline ini disiapkan tanpa alat uji. Untuk menjalankan run_tests.py tanpa internet, minta petugas TI menyiapkan "
             "paket dengan: python convert.py --paket-offline --dengan-uji")
        raise SystemExit(3)


def _bundle_advice(problem: str) -> str:
    import sysconfig

    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    made_for = "; ".join(t.get("nama", "?") for t in _manifest().get("sasaran", [])) or "tidak diketahui"
    if platform.startswith("win"):
        command = f"python convert.py --paket-offline --platform {platform} --python {_this_python()}"
    else:  # wheels for this system are best gathered on one like it
        command = f"python convert.py --paket-offline --platform ini   (dengan Python {_this_python()}, di komputer dengan sistem yang sama)"
    return (f"{problem} Komputer ini: Python {_this_python()}, {platform}. Paket ini disiapkan untuk: {made_for}.\n"
            "Pasang salah satu versi Python itu, atau minta petugas TI menyiapkan paket untuk komputer ini, "
            f"di komputer yang terhubung ke internet:\n    {command}\nlalu ekstrak paket baru itu dan jalankan convert.py darinya.")
