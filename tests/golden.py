"""The golden manifest: a hash of every part of every output, to prove a refactoring changes nothing.

``build_outputs(folder)`` converts a fixed set of workbooks (the bundled example,
the synthetic workbooks of ``bench/synth.py`` for seeds 0-9, a budget per program,
kegiatan and sub kegiatan typed into the blank template (``dumai.py``), three broken
workbooks that get a ``_kesalahan`` report, and the recap of all converted ones);
``manifest(folder)`` hashes every part of every zip among the outputs, recursing
into zips inside them (the workbooks embedded in Word charts), skipping
``docProps/core.xml`` (it carries the time of writing).

The committed manifest is ``tests/golden/manifest.txt``; ``tests/test_golden.py``
regenerates and compares. A change of output is made on purpose and reviewed as a
diff of that file: refresh it with

    python run_tests.py tests/test_golden.py --perbarui-golden

The page numbers of the indexes (a LibreOffice pass whose result depends on the
fonts of the machine) are left out: the manifest covers what lkj_excel itself writes.
"""

from __future__ import annotations

import hashlib
import io
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = Path(__file__).resolve().parent / "golden" / "manifest.txt"
SEEDS = range(10)
SKIP_PARTS = ("docProps/core.xml",)
VERSIONED = ("matplotlib", "xlsxwriter", "python-docx", "lxml")
"""Libraries whose own version shapes bytes of the output; recorded in the manifest's header."""


def _broken_workbooks(folder: Path) -> list[Path]:
    """Three workbooks that cannot be converted, each for a different reason."""
    from conftest import edited_copy

    return [
        edited_copy(folder / "rusak_polaritas.xlsx", {"PK!F4": "naik", "Anggaran!E4": "1.234,5.6"}),
        edited_copy(folder / "rusak_lembar.xlsx", drop_sheets=["Realisasi"]),
        edited_copy(folder / "rusak_rujukan.xlsx", {"Realisasi!A7": "I9", "Anggaran!D6": "S7", "Realisasi!I5": 0}),
    ]


def build_inputs(folder: Path) -> list[Path]:
    """Write every input workbook of the manifest into ``folder``; returns them in order."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import isi_sintetis

    from conftest import EXAMPLE
    from lkj_excel.template import build

    folder.mkdir(parents=True, exist_ok=True)
    inputs = [folder / EXAMPLE.name]
    inputs[0].write_bytes(EXAMPLE.read_bytes())
    for seed in SEEDS:
        inputs.append(build(folder / f"sintetis_{seed}.xlsx", isi_sintetis(seed)))
    from dumai import isi_dumai

    inputs.append(isi_dumai(folder / "bertingkat_dumai.xlsx"))
    return inputs + _broken_workbooks(folder)


def build_outputs(folder: Path) -> Path:
    """Convert every input of the manifest; returns the output folder (``folder/keluar``)."""
    from lkj_excel.pipeline import konversi
    from lkj_excel.rekap import tulis_rekap

    out = folder / "keluar"
    rekap = []
    for path in build_inputs(folder / "masuk"):
        result = konversi(path, out, daftar_isi=False)
        if result.rekap is not None:
            rekap.append(result.rekap)
    tulis_rekap(rekap, out / "rekap.xlsx")
    return out


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


def _png_size(data: bytes) -> str:
    """Width and height of a PNG, from its header (what stays when a matplotlib upgrade moves a pixel)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        w, h = struct.unpack(">II", data[16:24])
        return f"png {w}x{h}"
    return "bukan png"


def _parts(name: str, data: bytes):
    """(path, bytes) of every part of a zip, recursing into embedded zips, in name order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.is_dir() or info.filename in SKIP_PARTS:
                continue
            part = zf.read(info.filename)
            path = f"{name}:{info.filename}"
            if part[:4] == b"PK\x03\x04":
                yield from _parts(path, part)
            else:
                yield path, part


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {lib: version(lib) for lib in VERSIONED}


def manifest(out: Path) -> list[str]:
    """One line per part: ``<file>:<part> <hash>``; PNG parts also carry their size."""
    lines = []
    for path in sorted(out.iterdir()):
        if path.suffix not in (".xlsx", ".docx"):
            continue
        for part, data in _parts(path.name, path.read_bytes()):
            extra = f" {_png_size(data)}" if part.endswith(".png") else ""
            lines.append(f"{part} {_hash(data)}{extra}")
    return lines


def header(vers: dict[str, str]) -> list[str]:
    return ["# golden manifest of lkj_excel outputs; refresh: python run_tests.py tests/test_golden.py --perbarui-golden",
            "# versions: " + " ".join(f"{k}={v}" for k, v in vers.items())]


def read_manifest(path: Path = MANIFEST) -> tuple[dict[str, str], list[str]]:
    """The versions recorded in a manifest, and its part lines."""
    vers: dict[str, str] = {}
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# versions: "):
            vers = dict(item.split("=", 1) for item in line[len("# versions: "):].split())
        elif line and not line.startswith("#"):
            lines.append(line)
    return vers, lines


def write_manifest(lines: list[str], path: Path = MANIFEST) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header(versions()) + lines) + "\n", encoding="utf-8")
