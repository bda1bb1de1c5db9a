"""LibreOffice, where installed, run headless: the layout engine of the report's indexes, and PDF.

The small API: :func:`find_soffice`; :func:`update_indexes_with_libreoffice`, which
lets LibreOffice lay a copy of a report out and writes the pages it finds into the
report's table of contents and lists of tables and figures; :func:`convert_to_pdf`.
Every run of LibreOffice gets a throwaway profile (apart from any LibreOffice the user
has open) and a timeout, after which it is stopped with what it started.

The Word side of the index pass is :mod:`lkj_excel.report.docx.indeks`. It and
python-docx are imported by the pass itself: finding LibreOffice and printing a PDF
need only the standard library (and :mod:`lkj_excel.report.docx`, which runs the
pass, imports this module).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

# Runs inside LibreOffice: load the document, refresh the fields, rebuild every
# index (twice: a table of contents that grows can push the pages it lists), store
# the result as .docx to be read for its page numbers, and quit. On any error it
# quits at once: the handler does nothing that could fail again, as an error
# inside it would leave a headless LibreOffice waiting on a dialog nobody sees.
# {source} and {target} are file URLs.
_UPDATE_MACRO = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub UpdateIndexes
    Dim oDoc As Object
    On Error GoTo Failed
    Dim aLoad(0) As New com.sun.star.beans.PropertyValue
    aLoad(0).Name = &quot;Hidden&quot;
    aLoad(0).Value = True
    oDoc = StarDesktop.loadComponentFromURL(&quot;{source}&quot;, &quot;_blank&quot;, 0, aLoad())
    oIndexes = oDoc.getDocumentIndexes()
    For iPass = 1 To 2
        oDoc.getTextFields().refresh()
        For i = 0 To oIndexes.getCount() - 1
            oIndexes.getByIndex(i).update()
        Next i
    Next iPass
    Dim aStore(0) As New com.sun.star.beans.PropertyValue
    aStore(0).Name = &quot;FilterName&quot;
    aStore(0).Value = &quot;MS Word 2007 XML&quot;
    oDoc.storeToURL(&quot;{target}&quot;, aStore())
    oDoc.close(True)
    StarDesktop.terminate()
    Exit Sub
Failed:
    If Not IsNull(oDoc) Then oDoc.setModified(False)
    StarDesktop.terminate()
End Sub
</script:module>
"""


def find_soffice() -> str | None:
    """Locate LibreOffice's ``soffice`` program.

    Looks on the PATH (``soffice``, ``libreoffice``), then in the usual install
    folders of Windows and macOS.

    Returns:
        The program's path, or None when LibreOffice is not installed.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates = list(_WINDOWS_SOFFICE) if sys.platform == "win32" else []
    candidates.append("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    return next((c for c in candidates if Path(c).is_file()), None)


def _run_soffice(soffice: str, args: Sequence[str], profile: Path, timeout: float) -> bool:
    """Run LibreOffice headless with its own profile; True when it exits with 0.

    The profile keeps the run apart from any LibreOffice the user has open. When
    the run outlives ``timeout`` seconds it is killed, with what it started.
    """
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--invisible", "--norestore", "--nolockcheck", "--nodefault", *args]
    options: dict = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL,
                     "stdin": subprocess.DEVNULL}
    if os.name == "posix":
        # soffice is a shell script that starts soffice.bin: a session of their own
        # lets a timeout end both.
        options["start_new_session"] = True
    try:
        process = subprocess.Popen(command, **options)
    except OSError:
        return False
    try:
        return process.wait(timeout=timeout) == 0
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            try:
                os.killpg(process.pid, 9)
            except ProcessLookupError:
                pass
        else:
            process.kill()
        process.wait()
        return False


def _install_update_macro(soffice: str, profile: Path, source: Path, target: Path,
                          timeout: float) -> bool:
    """Make a LibreOffice profile whose Basic "Standard.Module1" is the update macro.

    LibreOffice fills a new profile with its default Basic library on first start,
    overwriting anything put there before, so the profile is created first and
    the module written over afterwards. Returns False if that failed.
    """
    _run_soffice(soffice, ["--terminate_after_init"], profile, timeout)
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.is_file():
        return False
    module.write_text(_UPDATE_MACRO.format(source=_basic_string(source.as_uri()),
                                           target=_basic_string(target.as_uri())),
                      encoding="utf-8")
    return True


def _basic_string(text: str) -> str:
    """Escape text for a Basic string literal inside the module's XML."""
    return (text.replace('"', '""').replace("&", "&amp;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def update_indexes_with_libreoffice(docx_path: str | os.PathLike, soffice: str | None = None,
                                    timeout: float = 180) -> bool:
    """Fill in the table of contents and the lists of tables and figures, with pages.

    LibreOffice (headless, with a throwaway profile) lays a copy of the document
    out and rebuilds every index in it; the page numbers found there are written
    into the document's own fields with
    :func:`lkj_excel.report.docx.indeks.fill_indexes`, and the file is
    replaced atomically. Only the index results change: styles, captions, settings
    and the rest stay as built (LibreOffice's own .docx export would rename styles
    and drop the chapter switches of the caption numbers). Before it replaces the
    file, the result must open with python-docx and its table of contents, if it
    has one, must list entries with page numbers.

    Args:
        docx_path: the .docx file to update in place.
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.
        timeout: seconds LibreOffice may take in all before it is stopped.

    Returns:
        True when the file was updated; False, with the file untouched, when
        the file is not a readable .docx, LibreOffice is missing, fails or runs
        out of time, or its layout does not match the document's headings and
        captions. Never raises for those.
    """
    # The Word side is imported here, not at the top: finding LibreOffice and
    # printing a PDF need neither it nor python-docx, and lkj_excel.report.docx,
    # which runs this pass, imports this module.
    import docx

    from .docx.indeks import TOC, fill_indexes, index_lines

    soffice = soffice or find_soffice()
    source = Path(docx_path).resolve()
    if soffice is None:
        return False
    try:
        document = docx.Document(str(source))
    except Exception:  # noqa: BLE001 - no file, or not a .docx: nothing to update
        return False
    laid_out = _indexes_laid_out_by_libreoffice(soffice, source, timeout)
    if laid_out is None:
        return False
    indexes = set(index_lines(document))
    if not indexes <= laid_out.keys() or not fill_indexes(document, laid_out):
        return False
    return _replace_file(document, source, toc_expected=TOC in indexes)


def _indexes_laid_out_by_libreoffice(soffice: str, source: Path,
                                     timeout: float) -> dict[str, list[str]] | None:
    """The lines of every index once LibreOffice laid the document out.

    Returns:
        For the table of contents (key ``"TOC"``) and each caption label, the index
        lines ("title<TAB>page");
        None when LibreOffice did not produce a readable result.
    """
    import docx

    from .docx.indeks import index_lines

    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="lkj-lo-", ignore_cleanup_errors=True) as work:
        laid_out = Path(work) / "laid-out.docx"
        profile = Path(work) / "profile"
        if not _install_update_macro(soffice, profile, source, laid_out, timeout):
            return None
        remaining = max(deadline - time.monotonic(), 1)
        _run_soffice(soffice, ["macro:///Standard.Module1.UpdateIndexes"], profile, remaining)
        try:
            laid_out_document = docx.Document(str(laid_out))
        except Exception:  # noqa: BLE001 - no file, or not a .docx: no layout to use
            return None
    return index_lines(laid_out_document)


def _page_of(line: str) -> str:
    """The page number at the end of an index line ("BAB I PENDAHULUAN\\t1")."""
    return line.rpartition("\t")[2].strip() if "\t" in line else ""


def _replace_file(document: DocxDocument, path: Path, toc_expected: bool) -> bool:
    """Save over ``path`` atomically once the saved copy passes the checks."""
    import docx

    from .docx.indeks import TOC, index_entries

    # Staged in the same folder, so that os.replace is a rename on one file system.
    handle, staged_name = tempfile.mkstemp(suffix=".docx", dir=path.parent)
    os.close(handle)
    staged = Path(staged_name)
    try:
        document.save(str(staged))
        toc = index_entries(docx.Document(str(staged)), TOC)
        if toc_expected and not (toc and all(_page_of(line) for line in toc)):
            staged.unlink()
            return False
        shutil.copymode(path, staged)
        os.replace(staged, path)
    except OSError:
        staged.unlink(missing_ok=True)
        return False
    return True


def remove_stale_work_folders(folder: str | os.PathLike | None = None, older_than: float = 3600) -> int:
    """Remove the throwaway folders (``lkj-lo-*``) that runs stopped mid-way left behind.

    Only folders untouched for ``older_than`` seconds go: a run's LibreOffice
    finishes or is stopped within minutes, so one still in use is never disturbed.

    Args:
        folder: where to look (default: the system's temporary folder).
        older_than: seconds since the folder last changed.

    Returns:
        How many folders were removed.
    """
    base = Path(folder or tempfile.gettempdir())
    removed = 0
    for entry in base.glob("lkj-lo-*"):
        try:
            if entry.is_dir() and time.time() - entry.stat().st_mtime > older_than:
                shutil.rmtree(entry)
                removed += 1
        except OSError:
            continue
    return removed


def convert_to_pdf(docx_path: str | os.PathLike, out_dir: str | os.PathLike,
                   soffice: str | None = None, timeout: float = 180) -> Path | None:
    """Print a .docx to PDF with LibreOffice.

    Args:
        docx_path: the document.
        out_dir: folder for the PDF (created if missing); the PDF takes the
            document's name with ``.pdf``.
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.
        timeout: seconds LibreOffice may take before it is stopped.

    Returns:
        The PDF's path, or None when LibreOffice is missing or failed.
    """
    soffice = soffice or find_soffice()
    source = Path(docx_path).resolve()
    if soffice is None or not source.is_file():
        return None
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    pdf = out / f"{source.stem}.pdf"
    pdf.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="lkj-lo-") as work:
        _run_soffice(soffice, ["--convert-to", "pdf", "--outdir", str(out), str(source)],
                     Path(work) / "profile", timeout)
    return pdf if pdf.is_file() else None

