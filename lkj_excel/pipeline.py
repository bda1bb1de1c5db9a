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

from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan, Temuan, Tingkat


@dataclass
class HasilKonversi:
    """What converting one workbook produced."""

    sumber: Path
    temuan: DaftarTemuan
    berkas: list[Path] = field(default_factory=list)
    lkjip: object | None = None
    hasil: object | None = None
    rekap: object | None = None
    catatan: list[str] = field(default_factory=list)

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
                if candidate.exists() and (candidate.is_dir() or not os.access(candidate, os.W_OK)):
                    continue
                os.replace(tmp, candidate)
                _usual_permissions(candidate)
                return candidate
            except OSError:  # locked by Excel (Windows), read-only, or in the way
                continue
        raise PermissionError(f"tidak dapat menulis {target}")
    finally:
        if tmp.exists():
            tmp.unlink()


def _usual_permissions(path: Path) -> None:
    """mkstemp makes files readable by the owner only; give outputs the permissions of a normal file."""
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(path, 0o666 & ~umask)
    except OSError:
        pass


def _candidates(target: Path):
    yield target
    for i in range(2, 100):
        yield target.with_name(f"{target.stem} ({i}){target.suffix}")


def _replace_year(stem: str, old: int, new: int) -> str:
    return stem.replace(str(old), str(new)) if str(old) in stem else f"{stem}_{new}"


def konversi(path: str | os.PathLike, output_dir: str | os.PathLike, *, pdf: bool = False, word: bool = True, daftar_isi: bool = True) -> HasilKonversi:
    """Convert one workbook into its output files.

    Args:
        path: the filled workbook.
        output_dir: the folder for the outputs.
        pdf: also write the PDF of the report (needs LibreOffice).
        word: write the Word draft (the benchmarks switch it off to measure parts).
        daftar_isi: fill the table of contents with page numbers through LibreOffice
            where it is installed (about a second per report, in this process's
            LibreOffice session); always done for the PDF.

    Returns:
        The problems found and the files written. A workbook with errors gets
        only an error report (``<name>_kesalahan.xlsx``). Never raises for a bad
        workbook; a failure of the program itself is reported as an error too.
    """
    from .reader import read_workbook

    path = Path(path)
    out = Path(output_dir)
    stem = safe_stem(path.name)
    lkjip, temuan = read_workbook(path)
    result = HasilKonversi(sumber=path, temuan=temuan, lkjip=lkjip)
    try:
        if lkjip is not None:
            from . import rules
            from .audit import audit

            hasil = rules.hitung(lkjip)
            result.hasil = hasil
            temuan.items.extend(audit(lkjip, hasil))
        if temuan.ada_galat:  # from the reader, or an error of the audit (e.g. an AKIP score above its weight)
            from .report.xlsx import render_kesalahan

            _tulis(result, out / f"{stem}_kesalahan.xlsx", lambda tmp: render_kesalahan(list(temuan), path, tmp))
            return result
        from .report.xlsx import render_workbook

        if word and (daftar_isi or pdf):
            from .report.libreoffice import start_session

            start_session()  # LibreOffice boots while the outputs are rendered
        _tulis(result, out / f"{stem}_laporan.xlsx", lambda tmp: render_workbook(lkjip, hasil, list(temuan), tmp))
        if word:
            from .report.docx import render_report

            indexes = []
            docx = _tulis(result, out / f"{stem}_laporan.docx", lambda tmp: indexes.append(render_report(lkjip, hasil, list(temuan), tmp, update_indexes=daftar_isi or pdf, sumber=path)))
            if indexes and indexes[0] is not None and indexes[0].note:
                result.catatan.append(indexes[0].note)
            if pdf:
                _pdf(result, docx, indexes[0] if indexes else None)
        from .rekap import dari_hasil

        result.rekap = dari_hasil(lkjip, hasil, temuan)
    except Exception as exc:  # noqa: BLE001 - a bug must not take the batch down
        temuan.catat(P.GALAT_INTERNAL, varian="konversi", tipe=type(exc).__name__, galat=exc)
    return result


def _tulis(result: HasilKonversi, target: Path, write: Callable[[Path], None]) -> Path:
    written = tulis_atomik(target, write)
    if written != target:
        result.catatan.append(f"Berkas {target.name} sedang dibuka atau terkunci; hasil ditulis sebagai {written.name}.")
    result.berkas.append(written)
    return written


def _pdf(result: HasilKonversi, docx: Path, indexes=None) -> None:
    """Print the report to PDF in this process's LibreOffice session.

    ``indexes`` is what the index pass did (``render_report``'s outcome): where its
    page numbers could not be filled, LibreOffice rebuilds the indexes for the PDF;
    where LibreOffice itself hung or died on the document, it is not tried again.
    """
    from .report.libreoffice import session

    lo = session()
    if lo is None:
        result.catatan.append("PDF tidak dibuat: diperlukan LibreOffice (https://www.libreoffice.org) atau Microsoft Word untuk membuat PDF.")
        return
    if indexes is not None and indexes.libreoffice_failed:
        result.catatan.append("PDF tidak dibuat: LibreOffice gagal menyusun dokumen ini (lihat catatan di atas).")
        return
    with tempfile.TemporaryDirectory(dir=docx.parent) as tmp:
        made = Path(tmp) / docx.with_suffix(".pdf").name
        printed = lo.export_pdf(docx, made, update_indexes=indexes is None or not indexes.done, label=result.sumber.name)
        if not printed.done:
            result.catatan.append(printed.note)
            return
        _tulis(result, docx.with_suffix(".pdf"), lambda target: os.replace(made, target))


def tahun_berikut(path: str | os.PathLike, output_dir: str | os.PathLike) -> HasilKonversi:
    """Write the workbook of the next year from a workbook (see ``tahun_berikut.py``)."""
    from .reader import read_workbook

    path = Path(path)
    lkjip, temuan = read_workbook(path)
    result = HasilKonversi(sumber=path, temuan=temuan, lkjip=lkjip)
    if lkjip is None:
        return result
    try:
        from . import rules
        from .tahun_berikut import isi_tahun_berikut
        from .template import build

        isi = isi_tahun_berikut(lkjip, rules.hitung(lkjip))
        tahun = lkjip.identitas.tahun
        name = _replace_year(safe_stem(path.name), tahun, tahun + 1) + ".xlsx"
        _tulis(result, Path(output_dir) / name, lambda tmp: build(tmp, isi))
    except Exception as exc:  # noqa: BLE001
        temuan.catat(P.GALAT_INTERNAL, varian="tahun_berikut", tipe=type(exc).__name__, galat=exc)
    return result


def ringkas(result: HasilKonversi) -> HasilKonversi:
    """The result without the heavy objects, small enough to send back from a worker process."""
    result.lkjip = None
    result.hasil = None
    return result


def konversi_ringkas(path: Path, output_dir: Path, pdf: bool = False, daftar_isi: bool = True) -> HasilKonversi:
    """``konversi`` for a worker process: never raises, returns a small result."""
    try:
        return ringkas(konversi(path, output_dir, pdf=pdf, daftar_isi=daftar_isi))
    except BaseException as exc:  # noqa: BLE001 - e.g. MemoryError in a worker
        t = DaftarTemuan(berkas=Path(path).name)
        t.catat(P.GALAT_INTERNAL, varian="proses", tipe=type(exc).__name__)
        return HasilKonversi(sumber=Path(path), temuan=t)


__all__ = ["HasilKonversi", "konversi", "konversi_ringkas", "tahun_berikut", "tulis_atomik", "safe_stem", "Temuan", "Tingkat"]
