"""A first run as on a fresh PC: a Python without the tool's packages sets up the project's own .venv.

From the offline bundle with every way to an index shut (``offline_env``, and a
network namespace where ``unshare`` allows one), or from the package index with an
empty pip cache (``index_env``). Shared by tests/test_paket_offline.py, which
proves the offline install, and bench/bench.py, which times both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

CLOSED = "http://127.0.0.1:9"
"""The discard port, where nothing listens: every connection to it is refused at once."""
PYPI = "https://pypi.org/simple/pip/"


def fresh_python() -> str:
    """The interpreter this one's virtual environment was made from (or this one, outside a venv)."""
    return getattr(sys, "_base_executable", None) or sys.executable


def pypi_unreachable() -> str | None:
    """Why pypi.org cannot be reached from here, or None when it can."""
    import urllib.request

    try:
        with urllib.request.urlopen(PYPI, timeout=15) as response:
            response.read(1)
    except OSError as exc:
        return f"{PYPI} cannot be reached ({exc})"
    return None


def unpack(bundle: Path, folder: Path) -> Path:
    """Extract the bundle into ``folder``; return the project folder inside it."""
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(folder)
        top = {name.split("/", 1)[0] for name in zf.namelist()}
    assert len(top) == 1, f"the bundle has more than one top-level entry: {sorted(top)}"
    return folder / top.pop()


def _base_env() -> dict[str, str]:
    """This environment without pip's settings and without the calling virtual environment."""
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith("PIP_") and k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    # A venv of its own even where the fresh Python happens to have the packages installed.
    env.update(PYTHONIOENCODING="utf-8", LKJ_EXCEL_VENV="1")
    return env


def offline_env() -> dict[str, str]:
    """An environment in which any attempt of pip to reach an index or a proxy fails at once."""
    env = _base_env()
    env.update(PIP_NO_INDEX="1", PIP_INDEX_URL=CLOSED + "/simple", PIP_CONFIG_FILE=os.devnull,
               http_proxy=CLOSED, https_proxy=CLOSED, HTTP_PROXY=CLOSED, HTTPS_PROXY=CLOSED, no_proxy="", NO_PROXY="")
    return env


def index_env(cache: Path) -> dict[str, str]:
    """pypi.org only (no local mirrors from pip's configuration) and an empty cache, as on a fresh PC."""
    env = _base_env()
    for key in ("PIP_CERT", "PIP_DEFAULT_TIMEOUT"):  # trust and patience, not sources
        if key in os.environ:
            env[key] = os.environ[key]
    shutil.rmtree(cache, ignore_errors=True)
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_CACHE_DIR=str(cache))
    return env


def network_shut() -> list[str]:
    """A command prefix that runs a program without any network (a new network namespace), or [] where not allowed."""
    command = ["unshare", "--net", "--map-root-user"]
    if shutil.which("unshare") is None:
        return []
    try:
        ok = subprocess.run([*command, "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return []
    return command if ok else []


def first_run(project: Path, args: list[str], env: dict[str, str], prefix: list[str] = ()) -> tuple[subprocess.CompletedProcess, float]:
    """Run the project's ``convert.py`` with a fresh Python, as a clerk's first double-click; return it and its wall time."""
    start = time.perf_counter()
    proc = subprocess.run([*prefix, fresh_python(), str(project / "convert.py"), *args], cwd=project, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=1800)
    return proc, time.perf_counter() - start
