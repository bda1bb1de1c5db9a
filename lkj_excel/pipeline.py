"""Convert one workbook: read -> rules -> audit -> render workbook -> render Word.

``konversi(path, output_dir)`` never raises for a bad workbook: it returns a
``HasilKonversi`` with the problems found and the files written. The outputs of
a workbook are written to a temporary folder and moved into place together
(``sementara.Kiriman``), so a crash, a full disk or a locked file never leaves a
half-written report, nor a new report workbook beside an old Word draft. An
output folder that is full or cannot be written is a problem of the run, said in
Indonesian with the folder, not a failure of the program.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan, Temuan, Tingkat
from .sementara import Kiriman


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
    penilaian: list[str] = field(default_factory=list)
    """The self-assessment against the LKE criteria, as console lines (``lke.PenilaianMandiri.ringkasan``)."""

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
    return safe_name(Path(name).stem)


def safe_name(text: str) -> str:
    """A text made safe as (part of) a file name on every file system: no reserved characters or names."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text).strip(" .")
    if cleaned.upper() in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}:
        cleaned = "_" + cleaned
    return cleaned[:120] or "lkjip"


def tulis_atomik(target: Path, write: Callable[[Path], None]) -> Path:
    """Write a file through ``write(tmp_path)`` and move it into place.

    When ``target`` is locked (open in Excel on Windows) or read-only, the
    file is written under a fresh name (``name (2).xlsx``) instead; the
    returned path says where it went. Never leaves a partial file behind.

    Raises:
        OSError: the folder cannot be written (full, read-only, no permission);
            ``galat_tulis`` tells which, for a message.
    """
    with Kiriman(target.parent) as kiriman:
        kiriman.tulis(target, write)
        return kiriman.pasang()[0]


# The errors of a write that the system refuses, by the message they get (anything else is a bug).
_PENUH = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DITOLAK = {errno.EACCES, errno.EPERM, errno.EROFS}
_LAIN = {errno.ENAMETOOLONG, errno.EIO, errno.ENOTDIR}


def galat_tulis(exc: BaseException) -> OSError | None:
    """The system's refusal behind a failed write (full, read-only, no permission), or None for any other failure.

    Libraries wrap it (xlsxwriter raises ``FileCreateError`` with the ``OSError`` inside).
    """
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError):
            return exc if exc.errno in _PENUH | _DITOLAK | _LAIN else None
        inner = next((a for a in getattr(exc, "args", ()) if isinstance(a, OSError)), None)
        exc = inner or exc.__cause__ or exc.__context__
    return None


def isian_galat_tulis(err: OSError, folder: Path) -> tuple[str, dict[str, object]]:
    """The variant and values of ``Pembacaan.HASIL_TIDAK_TERTULIS`` for ``err`` while writing into ``folder``."""
    if err.errno in _PENUH:
        return "penuh", {"folder": folder}
    sebab = err.strerror or type(err).__name__
    return ("izin" if err.errno in _DITOLAK else "lain"), {"folder": folder, "sebab": sebab}


def pesan_galat_tulis(err: OSError, folder: Path) -> str:
    """The Indonesian sentence for ``err`` while writing into ``folder``, for the console."""
    varian, isian = isian_galat_tulis(err, folder)
    return P.HASIL_TIDAK_TERTULIS.pesan_dengan(varian, isian)


def _replace_year(stem: str, old: int, new: int) -> str:
    return stem.replace(str(old), str(new)) if str(old) in stem else f"{stem}_{new}"


def konversi(path: str | os.PathLike, output_dir: str | os.PathLike, *, pdf: bool = False, word: bool = True, daftar_isi: bool = True,
             nama: str | None = None, triwulan: int | None = None) -> HasilKonversi:
    """Convert one workbook into its output files.

    Args:
        path: the filled workbook.
        output_dir: the folder for the outputs.
        nama: the stem of the outputs' names (``<nama>_laporan.xlsx``); by default the
            workbook's own (a batch gives another where two workbooks share a name).
        pdf: also write the PDF of the report (needs LibreOffice).
        word: write the Word draft (the benchmarks switch it off to measure parts).
        daftar_isi: fill the table of contents with page numbers through LibreOffice
            where it is installed (about a second per report, in this process's
            LibreOffice session); always done for the PDF.
        triwulan: write the quarterly report up to this quarter (1..4) instead of the LKjIP
            (``<nama>_triwulan<N>.docx/.xlsx``). Without it, a workbook whose quarters are filled only
            up to N < 4 and that has no yearly realisasi at all gets the quarterly report of N, said in
            the result's notes.

    Returns:
        The problems found and the files written. A workbook with errors gets
        only an error report (``<name>_kesalahan.xlsx``). Never raises for a bad
        workbook; a failure of the program itself is reported as an error too.
    """
    from .reader import read_workbook

    path = Path(path)
    out = Path(output_dir)
    stem = nama or safe_stem(path.name)
    lkjip, temuan = read_workbook(path)
    result = HasilKonversi(sumber=path, temuan=temuan, lkjip=lkjip)
    try:
        if lkjip is not None:
            from . import rules
            from .audit import audit

            hasil = rules.hitung(lkjip)
            result.hasil = hasil
            temuan.items.extend(audit(lkjip, hasil))
            triwulan = _pilih_triwulan(result, triwulan)
        if not temuan.ada_galat and triwulan:
            from .pipeline_triwulan import tulis_laporan_triwulan

            tulis_laporan_triwulan(result, out, stem, triwulan, pdf=pdf and word)
            return result
        if not temuan.ada_galat:  # errors come from the reader, or the audit (e.g. an AKIP score above its weight)
            _tulis_laporan(result, out, stem, pdf=pdf, word=word, daftar_isi=daftar_isi)
            from .lke import nilai_mandiri
            from .rekap import dari_hasil
            from .report.katalog import katalog

            result.penilaian = nilai_mandiri(lkjip, hasil, katalog(lkjip, hasil)).ringkasan()

            result.rekap = dari_hasil(lkjip, hasil, temuan)
            return result
    except Exception as exc:  # noqa: BLE001 - a bug, or a folder that cannot be written, must not take the batch down
        if _catat_galat_tulis(temuan, exc, out):
            return result
        temuan.catat(P.GALAT_INTERNAL, varian="konversi", tipe=type(exc).__name__, galat=exc)
    _tulis_kesalahan(result, out, stem)
    return result


def _pilih_triwulan(result: HasilKonversi, triwulan: int | None) -> int | None:
    """The quarter to report on: the one asked for, or the last filled one of a workbook without any yearly realisasi."""
    from .pipeline_triwulan import pilih_triwulan

    return pilih_triwulan(result, triwulan)


def _tulis_laporan(result: HasilKonversi, out: Path, stem: str, *, pdf: bool, word: bool, daftar_isi: bool) -> None:
    """Write the report workbook, the Word draft and the PDF, and place them together."""
    from .report.xlsx import render_workbook

    lkjip, hasil, temuan = result.lkjip, result.hasil, list(result.temuan)
    if word and (daftar_isi or pdf):
        from .report.libreoffice import start_session

        start_session()  # LibreOffice boots while the outputs are rendered
    with Kiriman(out) as kiriman:
        kiriman.tulis(out / f"{stem}_laporan.xlsx", lambda tmp: render_workbook(lkjip, hasil, temuan, tmp))
        if word:
            from .report.docx import render_report

            indexes = []  # what the index pass did (report.libreoffice.Outcome), or None without one
            docx = kiriman.tulis(out / f"{stem}_laporan.docx", lambda tmp: indexes.append(render_report(
                lkjip, hasil, temuan, tmp, update_indexes=daftar_isi or pdf, sumber=result.sumber)))
            pass_ = indexes[0] if indexes else None
            if pass_ is not None and pass_.note:
                result.catatan.append(pass_.note)
            if pdf:
                _pdf(result, kiriman, docx, out, pass_)
        _pasang(result, kiriman)


def _tulis_kesalahan(result: HasilKonversi, out: Path, stem: str) -> None:
    """Write the error report of a workbook that cannot be converted (a folder that cannot be written is recorded too)."""
    from .report.xlsx import render_kesalahan

    try:
        with Kiriman(out) as kiriman:
            kiriman.tulis(out / f"{stem}_kesalahan.xlsx", lambda tmp: render_kesalahan(list(result.temuan), result.sumber, tmp, out))
            _pasang(result, kiriman)
    except Exception as exc:  # noqa: BLE001 - the console and the log still list every problem
        if not _catat_galat_tulis(result.temuan, exc, out):
            result.catatan.append(f"Laporan kesalahan tidak dapat ditulis ({type(exc).__name__}: {exc}).")


def _catat_galat_tulis(temuan: DaftarTemuan, exc: Exception, out: Path) -> bool:
    """Record a write refused by the system (full disk, read-only folder) as the user's problem; False if it was not one."""
    err = galat_tulis(exc)
    if err is None:
        return False
    varian, isian = isian_galat_tulis(err, out)
    temuan.catat(P.HASIL_TIDAK_TERTULIS, varian=varian, **isian)
    return True


def _pasang(result: HasilKonversi, kiriman: Kiriman) -> None:
    """Place the outputs together and record where they went (and any that took a fresh name)."""
    for target, written in zip(kiriman.tujuan, kiriman.pasang()):
        if written != target:
            result.catatan.append(f"Berkas {target.name} sedang dibuka atau terkunci; hasil ditulis sebagai {written.name}.")
        result.berkas.append(written)


def _pdf(result: HasilKonversi, kiriman: Kiriman, docx: Path, out: Path, indexes=None) -> None:
    """Print the report to PDF in this process's LibreOffice session, into the temporary folder; placed with the other outputs.

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
    made = kiriman.kerja / "pdf" / docx.with_suffix(".pdf").name
    made.parent.mkdir(exist_ok=True)
    printed = lo.export_pdf(docx, made, update_indexes=indexes is None or not indexes.done, label=result.sumber.name)
    if not printed.done:
        result.catatan.append(printed.note)
        return
    kiriman.tambah(made, out / made.name)


def tahun_berikut(path: str | os.PathLike, output_dir: str | os.PathLike, nama: str | None = None) -> HasilKonversi:
    """Write the workbook of the next year from a workbook (see ``tahun_berikut.py``); ``nama`` as for ``konversi``."""
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
        name = _replace_year(nama or safe_stem(path.name), tahun, tahun + 1) + ".xlsx"
        with Kiriman(Path(output_dir)) as kiriman:
            kiriman.tulis(Path(output_dir) / name, lambda tmp: build(tmp, isi))
            _pasang(result, kiriman)
    except Exception as exc:  # noqa: BLE001
        if not _catat_galat_tulis(temuan, exc, Path(output_dir)):
            temuan.catat(P.GALAT_INTERNAL, varian="tahun_berikut", tipe=type(exc).__name__, galat=exc)
    return result


def ringkas(result: HasilKonversi) -> HasilKonversi:
    """The result without the heavy objects, small enough to send back from a worker process."""
    result.lkjip = None
    result.hasil = None
    return result


def konversi_ringkas(path: Path, output_dir: Path, pdf: bool = False, daftar_isi: bool = True, nama: str | None = None,
                     triwulan: int | None = None) -> HasilKonversi:
    """``konversi`` for a worker process: never raises, returns a small result."""
    try:
        return ringkas(konversi(path, output_dir, pdf=pdf, daftar_isi=daftar_isi, nama=nama, triwulan=triwulan))
    except (KeyboardInterrupt, SystemExit):
        raise  # the worker is being stopped: let its clean-up run
    except BaseException as exc:  # noqa: BLE001 - e.g. MemoryError in a worker
        t = DaftarTemuan(berkas=Path(path).name)
        t.catat(P.GALAT_INTERNAL, varian="proses", tipe=type(exc).__name__)
        return HasilKonversi(sumber=Path(path), temuan=t)


def tahun_berikut_ringkas(path: Path, output_dir: Path, nama: str | None = None) -> HasilKonversi:
    """``tahun_berikut`` for a worker process: returns a small result."""
    return ringkas(tahun_berikut(path, output_dir, nama))


def hasil_pekerja_mati(path: str | os.PathLike, output_dir: str | os.PathLike, sebab: str, nama: str | None = None) -> HasilKonversi:
    """The result of a workbook whose worker process died (``sebab``: how), with its error report written.

    The parent process writes the report, so that a workbook that takes its worker
    down (a memory blow-up, a crash in native code) still gets its ``_kesalahan.xlsx``
    naming what happened, like any other workbook that cannot be converted.
    """
    path = Path(path)
    temuan = DaftarTemuan(berkas=path.name)
    temuan.catat(P.GALAT_INTERNAL, varian="pekerja", sebab=sebab)
    result = HasilKonversi(sumber=path, temuan=temuan)
    _tulis_kesalahan(result, Path(output_dir), nama or safe_stem(path.name))
    return result


__all__ = ["HasilKonversi", "konversi", "konversi_ringkas", "tahun_berikut", "tahun_berikut_ringkas", "hasil_pekerja_mati", "tulis_atomik", "galat_tulis", "pesan_galat_tulis", "safe_stem", "safe_name", "Temuan", "Tingkat"]
