"""The offline bundle: the project and the wheels of every dependency, as one zip.

For the office's IT person, on a machine with internet::

    python convert.py --paket-offline [--platform win_amd64 ...] [--python 3.12 ...] [--dengan-uji]

writes ``output/lkj_excel_offline.zip``. Unzipped on a PC without internet,
``convert.py`` finds ``wheels/`` beside ``bootstrap.py`` and sets itself up from
it with ``pip install --no-index`` (see ``bootstrap.py``).

The wheels are gathered with pip itself:

1. ``pip wheel`` for this machine's Python resolves every requirement and builds
   a wheel for a package published only as source (num2words needs docopt, which
   has none); a pure-Python wheel built here serves every platform.
2. ``pip download --only-binary=:all: --platform P --python-version V`` for every
   other target, with the wheels of step 1 as find-links.
3. pip evaluates environment markers for *this* machine even when told another
   platform (pytest's ``colorama; sys_platform == "win32"`` would be missed from
   Linux), so each target's set is walked through its wheels' ``Requires-Dist``
   with the target's markers, and whatever is missing is downloaded for it.

Every failure is a ``PaketGagal`` with an Indonesian sentence; pip's own output
goes to ``lkj_excel_offline.log`` beside the zip.
"""

from __future__ import annotations

import json
import platform
import re
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMA_ZIP = "lkj_excel_offline.zip"
FOLDER_ZIP = "lkj_excel_offline"
"""The one top-level folder inside the zip, so that unzipping never scatters files."""
MANIFEST = "paket.json"
"""Inside ``wheels/``: what the bundle was made for; bootstrap.py reads it."""

PLATFORM_BAWAAN = ("win_amd64", "ini")
PYTHON_BAWAAN = ("3.11", "3.12", "3.13")
INI = "ini"
"""``--platform ini``: this machine, with its own Python."""
PYTHON_TERENDAH = (3, 10)

BERKAS = ("convert.py", "bootstrap.py", "run_tests.py", "pyproject.toml", "README.md", "lkj_excel/", "input_templates/", "input/BACA_SAYA.txt")
"""What a user needs of the project (files, or folders ending in /)."""
BERKAS_UJI = ("tests/", "bench/synth.py")
"""Added by ``--dengan-uji``: the test suite and the synthetic workbooks it converts."""

_JARINGAN = ("NewConnectionError", "Failed to establish a new connection", "ConnectTimeoutError", "ReadTimeoutError", "ProxyError",
             "Max retries exceeded", "Temporary failure in name resolution", "getaddrinfo failed", "Name or service not known",
             "SSLError", "Could not fetch URL")
"""pip's words for an index it could not reach."""


class PaketGagal(Exception):
    """The bundle could not be made; the message is a formal Indonesian sentence for the IT person."""


@dataclass(frozen=True)
class Sasaran:
    """One platform and Python version the bundle must install on.

    Attributes:
        platform: a wheel platform tag (``win_amd64``, ``manylinux2014_x86_64``,
            ``macosx_11_0_arm64``); for this machine, its own (``linux_x86_64``).
        python: ``"3.11"``.
        sendiri: this machine with its own Python (``--platform ini``).
    """

    platform: str
    python: str
    sendiri: bool = False

    @classmethod
    def ini(cls) -> "Sasaran":
        """This machine and the Python running this code."""
        return cls(sysconfig.get_platform().replace("-", "_").replace(".", "_"), f"{sys.version_info[0]}.{sys.version_info[1]}", True)

    @property
    def nama(self) -> str:
        """The target as the IT person reads it: ``Windows 64-bit, Python 3.11``."""
        if self.sendiri:
            return f"komputer ini ({self.platform}), Python {self.python}"
        names = {"win_amd64": "Windows 64-bit", "win32": "Windows 32-bit", "win_arm64": "Windows ARM64"}
        if self.platform in names:
            sistem = names[self.platform]
        elif self.platform.startswith(("manylinux", "musllinux", "linux")):
            sistem = f"Linux ({self.platform})"
        elif self.platform.startswith("macosx"):
            sistem = f"macOS ({self.platform})"
        else:
            sistem = self.platform
        return f"{sistem}, Python {self.python}"

    @property
    def versi_penuh(self) -> str:
        """The version Requires-Python is checked against, as pip does with ``--python-version``."""
        return platform.python_version() if self.sendiri else self.python

    def tags(self) -> set:
        """The wheel tags pip accepts on this target (``packaging.tags.Tag``)."""
        from packaging import tags

        if self.sendiri:
            return set(tags.sys_tags())
        version = tuple(int(part) for part in self.python.split("."))
        cp = f"cp{version[0]}{version[1]}"
        return set(tags.cpython_tags(version, abis=[cp], platforms=[self.platform])) | set(
            tags.compatible_tags(version, interpreter=cp, platforms=[self.platform]))

    def markers(self) -> dict[str, str]:
        """The environment markers of the target (``sys_platform``, ``python_version``, ...)."""
        from packaging.markers import default_environment

        env = dict(default_environment())
        if self.sendiri:
            return env
        tag = self.platform
        if tag.startswith("win"):
            machine = {"win32": "x86", "win_arm64": "ARM64"}.get(tag, "AMD64")
            env.update(os_name="nt", sys_platform="win32", platform_system="Windows", platform_machine=machine)
        else:
            machine = next((arch for arch in ("x86_64", "aarch64", "arm64", "i686", "ppc64le", "s390x") if tag.endswith(arch)), tag.rsplit("_", 1)[-1])
            darwin = tag.startswith("macosx")
            env.update(os_name="posix", sys_platform="darwin" if darwin else "linux", platform_system="Darwin" if darwin else "Linux", platform_machine=machine)
        env.update(python_version=self.python, python_full_version=f"{self.python}.0", implementation_name="cpython",
                   platform_python_implementation="CPython")
        return env


def versi_python(text: str) -> str:
    """Check a ``--python`` value (``3.12``); raises ``ValueError`` with an Indonesian message."""
    m = re.fullmatch(r"(3)\.(\d{1,2})", text.strip())
    if not m or (int(m[1]), int(m[2])) < PYTHON_TERENDAH:
        raise ValueError(f"versi Python '{text}' tidak dapat dipakai; tulis misalnya 3.12 (paling rendah {PYTHON_TERENDAH[0]}.{PYTHON_TERENDAH[1]})")
    return f"{m[1]}.{m[2]}"


def tag_platform(text: str) -> str:
    """Check a ``--platform`` value (a wheel platform tag or ``ini``); raises ``ValueError`` in Indonesian."""
    tag = text.strip().lower().replace("-", "_")
    if not re.fullmatch(r"[a-z0-9_]+", tag):
        raise ValueError(f"platform '{text}' tidak dikenali; tulis tag platform wheel, misalnya win_amd64, manylinux2014_x86_64, atau ini")
    return tag


def sasaran(platforms: list[str] | None = None, pythons: list[str] | None = None) -> list[Sasaran]:
    """The targets of a bundle: every platform with every Python version, ``ini`` with its own.

    Args:
        platforms: wheel platform tags or ``ini``; default Windows 64-bit and this machine.
        pythons: ``"3.11"`` ...; default 3.11, 3.12 and 3.13.

    Returns:
        The targets, this machine first, without repeats.
    """
    found: list[Sasaran] = []
    for tag in platforms or PLATFORM_BAWAAN:
        if tag == INI:
            found.append(Sasaran.ini())
        else:
            found.extend(Sasaran(tag, python) for python in pythons or PYTHON_BAWAAN)
    unique: dict[tuple[str, str], Sasaran] = {}
    for t in sorted(found, key=lambda t: not t.sendiri):
        unique.setdefault((t.platform, t.python), t)
    return list(unique.values())


def _pyproject(root: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the same parser, as pip vendors it
        from pip._vendor import tomli as tomllib
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def kebutuhan(root: Path = ROOT, dengan_uji: bool = False) -> list[str]:
    """The requirements every target must install offline, from ``pyproject.toml``.

    The runtime dependencies, the build backend (``pip install -e .`` builds the
    project with it) and, with ``dengan_uji``, the ``test`` extra.
    """
    project = _pyproject(root)
    reqs = list(project["build-system"]["requires"]) + list(project["project"]["dependencies"])
    if dengan_uji:
        reqs += project["project"].get("optional-dependencies", {}).get("test", [])
    return reqs


def berkas_proyek(root: Path = ROOT, dengan_uji: bool = False, pakai_git: bool = True) -> list[str]:
    """The project's files a bundle holds, as sorted paths relative to ``root`` (with /).

    What git tracks of ``BERKAS`` (and ``BERKAS_UJI`` with ``dengan_uji``), with new
    files git does not ignore; without git (a project copied as a zip) the same
    entries from the folder, less hidden files and caches.
    """
    wanted = BERKAS + (BERKAS_UJI if dengan_uji else ())
    present = _tracked(root) if pakai_git else None
    if present is None:
        present = [p.relative_to(root).as_posix() for p in root.rglob("*")
                   if p.is_file() and not any(part.startswith(".") or part == "__pycache__" or part.endswith(".egg-info") for part in p.relative_to(root).parts)]
    return sorted(p for p in present if any(p == w or (w.endswith("/") and p.startswith(w)) for w in wanted) and (root / p).is_file())


def _tracked(root: Path) -> list[str] | None:
    try:
        proc = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"], capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return [name for name in proc.stdout.decode("utf-8", "replace").split("\0") if name]


def buat_paket(output_dir: Path, platforms: list[str] | None = None, pythons: list[str] | None = None,
               dengan_uji: bool = False, say=print, root: Path = ROOT) -> Path:
    """Build the offline bundle into ``output_dir`` and return the zip's path.

    Args:
        output_dir: where ``lkj_excel_offline.zip`` and its log go.
        platforms, pythons: see ``sasaran``.
        dengan_uji: also the test suite and the wheels of the ``test`` extra.
        say: prints a line of progress for the IT person.
        root: the project to bundle.

    Raises:
        PaketGagal: an index out of reach, or a package without a wheel for a target.
    """
    from .pipeline import tulis_atomik

    targets = sasaran(platforms, pythons)
    reqs = kebutuhan(root, dengan_uji)
    files = berkas_proyek(root, dengan_uji)
    output_dir.mkdir(parents=True, exist_ok=True)
    log = _Pip(output_dir / "lkj_excel_offline.log")
    say("Menyiapkan paket offline lkj_excel untuk: " + "; ".join(t.nama for t in targets) + ".")
    with tempfile.TemporaryDirectory(prefix="lkj_excel_wheels_") as tmp:
        wheels = Path(tmp)
        say("  Mengunduh wheel untuk komputer ini...")
        host = Sasaran.ini()
        if any(t.sendiri for t in targets):
            log.wheel(reqs, wheels, host)
        else:
            _wheel_murni(log, reqs, wheels, host)
        for t in targets:
            if not t.sendiri:
                say(f"  Mengunduh wheel untuk {t.nama}...")
                log.download(reqs, wheels, t)
            _lengkapi(log, reqs, wheels, t)
        _tulis_manifest(wheels, targets, dengan_uji, root)
        names = sorted(p.name for p in wheels.iterdir())
        target = tulis_atomik(output_dir / NAMA_ZIP, lambda tmp_zip: _tulis_zip(tmp_zip, root, files, wheels, names))
    size = target.stat().st_size / 1e6
    n_wheels = sum(1 for name in names if name.endswith(".whl"))
    say(f"Paket offline ditulis: {target} ({size:.0f} MB; {n_wheels} wheel, {len(files)} berkas proyek).")
    say("Salin berkas itu ke komputer tanpa internet, ekstrak, lalu klik dua kali convert.py di folder " + FOLDER_ZIP + ".")
    return target


def _wheel_murni(log: "_Pip", reqs: list[str], wheels: Path, host: Sasaran) -> None:
    """Without this machine among the targets: keep only its pure-Python wheels (those built from source among them)."""
    with tempfile.TemporaryDirectory(prefix="lkj_excel_host_") as tmp:
        try:
            log.wheel(reqs, Path(tmp), host)
        except PaketGagal:
            return  # this machine's Python may lack wheels the targets have; the targets' downloads will tell
        for p in Path(tmp).glob("*-none-any.whl"):
            p.replace(wheels / p.name)


def _lengkapi(log: "_Pip", reqs: list[str], wheels: Path, target: Sasaran, rounds: int = 3) -> None:
    """Download what the target's markers require but pip left out; fail when it stays missing."""
    for _ in range(rounds):
        missing = kurang(wheels, reqs, target)
        if not missing:
            return
        (log.wheel if target.sendiri else log.download)(missing, wheels, target)
    missing = kurang(wheels, reqs, target)
    if missing:
        raise PaketGagal(_tanpa_wheel(missing, target, log.path))


def kurang(wheels: Path, reqs: list[str], target: Sasaran) -> list[str]:
    """The requirements, direct or indirect, that no wheel in ``wheels`` meets on ``target``.

    Walks the ``Requires-Dist`` of the newest fitting wheel of each requirement
    (as ``pip install --no-index`` would pick it), evaluating markers for the target.
    """
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.utils import canonicalize_name, parse_wheel_filename

    accepted = target.tags()
    available: dict[str, list] = {}
    for path in wheels.glob("*.whl"):
        name, version, _, wheel_tags = parse_wheel_filename(path.name)
        if accepted & set(wheel_tags):
            meta = _metadata(path)
            python = meta.get("Requires-Python")
            if not python or SpecifierSet(python).contains(target.versi_penuh, prereleases=True):
                available.setdefault(name, []).append((version, meta))
    env = target.markers()
    todo = [Requirement(r) for r in reqs]
    seen: set[str] = set()
    missing: list[str] = []
    while todo:
        req = todo.pop()
        if str(req) in seen:
            continue
        seen.add(str(req))
        fits = [(v, m) for v, m in available.get(canonicalize_name(req.name), []) if req.specifier.contains(v, prereleases=True)]
        if not fits:
            missing.append(f"{req.name}{req.specifier}")
            continue
        _, meta = max(fits, key=lambda vm: vm[0])
        for text in meta.get_all("Requires-Dist") or []:
            dep = Requirement(text)
            if dep.marker is None or any(dep.marker.evaluate({**env, "extra": extra}) for extra in (req.extras or {""})):
                todo.append(dep)
    return sorted(set(missing))


def _metadata(wheel: Path):
    from email.parser import Parser

    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(zf.read(name).decode("utf-8", "replace"), headersonly=True)


def _tulis_manifest(wheels: Path, targets: list[Sasaran], dengan_uji: bool, root: Path) -> None:
    data = {
        "dibuat": datetime.now().isoformat(timespec="seconds"),
        "versi": _pyproject(root)["project"]["version"],
        "dengan_uji": dengan_uji,
        "sasaran": [{"platform": t.platform, "python": t.python, "nama": t.nama} for t in targets],
    }
    (wheels / MANIFEST).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def _tulis_zip(path: Path, root: Path, files: list[str], wheels: Path, names: list[str]) -> None:
    # Wheels are zips already: stored as they are, which is as small and much faster.
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in files:
            zf.write(root / name, f"{FOLDER_ZIP}/{name}")
        for name in names:
            zf.write(wheels / name, f"{FOLDER_ZIP}/wheels/{name}", compress_type=zipfile.ZIP_STORED if name.endswith(".whl") else zipfile.ZIP_DEFLATED)


class _Pip:
    """Runs pip, appends its output to the log, and turns its failures into ``PaketGagal``."""

    def __init__(self, path: Path):
        self.path = path
        path.write_text(f"=== {datetime.now():%Y-%m-%d %H:%M:%S} paket offline ===\n", encoding="utf-8")

    def wheel(self, reqs: list[str], folder: Path, target: Sasaran) -> None:
        """Resolve for this machine, building a wheel for a package published only as source."""
        self._run(["wheel", "--prefer-binary", "--wheel-dir", str(folder), *reqs], target)

    def download(self, reqs: list[str], folder: Path, target: Sasaran) -> None:
        """Download wheels for another platform and Python, with the wheels already in ``folder`` as find-links."""
        cp = "cp" + target.python.replace(".", "")
        self._run(["download", "--only-binary=:all:", "--platform", target.platform, "--python-version", target.python,
                   "--implementation", "cp", "--abi", cp, "--find-links", str(folder), "--dest", str(folder), *reqs], target)

    def _run(self, args: list[str], target: Sasaran) -> None:
        cmd = [sys.executable, "-m", "pip", args[0], "--disable-pip-version-check", "--progress-bar", "off", *args[1:]]
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace")
        output = proc.stdout + proc.stderr
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(f"\n$ {' '.join(cmd)}\n{output}\n")
        if proc.returncode != 0:
            raise PaketGagal(pesan_pip(output, target, self.path))


def pesan_pip(output: str, target: Sasaran, log: Path) -> str:
    """The Indonesian sentence for a failed pip run: the index out of reach, or the package without a wheel."""
    if any(word in output for word in _JARINGAN):
        return ("Indeks paket Python (pypi.org) tidak dapat dihubungi. Periksa koneksi internet; bila kantor memakai proxy, "
                "aturlah dahulu (misalnya: set HTTPS_PROXY=http://proxy.kantor:8080), lalu ulangi. Rincian: " + str(log))
    names = re.findall(r"satisfies the requirement ([A-Za-z0-9._-]+)", output) or re.findall(r"depends on ([A-Za-z0-9._-]+)", output)
    if names:
        return _tanpa_wheel(list(dict.fromkeys(names)), target, log)
    tail = "\n".join(output.strip().splitlines()[-5:])
    return f"pip gagal menyiapkan wheel untuk {target.nama}:\n{tail}\nRincian: {log}"


def _tanpa_wheel(packages: list[str], target: Sasaran, log: Path) -> str:
    return (f"Tidak ada wheel {', '.join(packages)} untuk {target.nama}; paket offline untuk platform itu tidak dapat dibuat. "
            f"Pilih versi Python lain (--python) atau platform lain (--platform). Rincian: {log}")
