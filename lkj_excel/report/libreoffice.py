"""LibreOffice, where installed, run headless: the layout engine of the report's indexes, and PDF.

The small API: :func:`find_soffice`; :func:`session`, this process's
:class:`Session`, one LibreOffice started once (lazily, or early with
:func:`start_session`) that lays out every report of the process in turn:
:meth:`Session.update_indexes` writes the pages it finds into a report's table of
contents and lists of tables and figures, :meth:`Session.export_pdf` prints a
report to PDF. Each returns an :class:`Outcome`: done or not, and why not in an
Indonesian note for the console and the log. :func:`update_indexes_with_libreoffice`
and :func:`convert_to_pdf` are the same for one document, as before.

How a session works. LibreOffice is started with a profile of its own in a folder
``lkj-lo-*`` of the temporary folder (apart from any LibreOffice the user has open)
and runs one Basic macro, ``Serve``, that waits for jobs in the folder's ``queue``
and handles them in turn: ``job-N.txt`` (written under another name and renamed, so
that it is whole when seen) holds the document's file URL, how many times to rebuild
its indexes (``0``: not at all), the URL of a text file to write the indexes' lines to (or
nothing) and the URL of the PDF (or nothing), one a line, and then what the console
calls the document (for people looking at the folder). The document laid out for its
indexes is a copy that imports faster on the same pages, with its indexes prefilled
(:func:`lkj_excel.report.docx.tata_letak.layout_copy`); the PDF is printed from the
document itself. The macro renames the job
``job-N.run`` when it takes it and writes ``done-N.txt``, ``ok`` or ``error ...``,
when it is done; ``ready.txt`` when it starts; it quits on a file ``stop`` or after
a while without jobs (so that a LibreOffice whose Python was killed ends by itself).

Python waits for each document with a timeout that scales with its length
(:class:`Timeouts`: seconds per estimated page, settable through environment
variables), says on the console when a document takes long, and when LibreOffice
hangs or dies it is killed with what it started and restarted for the next
document; a document during which it died is tried once more. After a few
failures in a row LibreOffice is not used again in the process. The session ends,
LibreOffice stopped and its folder removed, when the process exits (also in a
worker process of :mod:`multiprocessing`), or with :meth:`Session.close`.

The Word side of the index pass is :mod:`lkj_excel.report.docx.indeks`. It and
python-docx are imported by the pass itself: finding LibreOffice and printing a PDF
need only the standard library (and :mod:`lkj_excel.report.docx`, which runs the
pass, imports this module).
"""

from __future__ import annotations

import atexit
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

FOLDER_PREFIX = "lkj-lo-"
"""Prefix of the temporary folders of the sessions (a clean-up of stale ones looks for it)."""

_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

# Runs inside LibreOffice for the whole session (see the module's docstring). Every
# error in a job is caught and reported in its done file: a Basic error left to
# itself would stop the loop, or leave a headless LibreOffice waiting on a dialog
# nobody sees. The indexes are rebuilt as many times as the job says: twice for a
# document as built (a table of contents that grows can push the pages it lists),
# once for a layout copy whose indexes already take their room. {queue} is a file
# URL, {idle_ms} milliseconds.
_SERVE_MACRO = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
REM lkj_excel session macro
Const QUEUE = &quot;{queue}&quot;
Const IDLE_MS = {idle_ms}

Sub Serve
    Dim n As Long, lIdle As Long, lStep As Long
    On Error GoTo Quit
    WriteStatus(QUEUE &amp; &quot;/ready&quot;, &quot;ready&quot;)
    n = 1
    lIdle = 0
    Do
        If FileExists(QUEUE &amp; &quot;/job-&quot; &amp; n &amp; &quot;.txt&quot;) Then
            RunJob(n)
            n = n + 1
            lIdle = 0
        ElseIf FileExists(QUEUE &amp; &quot;/stop&quot;) Or lIdle &gt; IDLE_MS Then
            Exit Do
        Else
            Rem Each look costs LibreOffice about a millisecond: often just after a
            Rem job (the next one may follow at once), seldom when idle for long.
            If lIdle &lt; 300 Then
                lStep = 10
            ElseIf lIdle &lt; 3000 Then
                lStep = 40
            Else
                lStep = 100
            End If
            Wait lStep
            lIdle = lIdle + lStep
        End If
    Loop
Quit:
    StarDesktop.terminate()
End Sub

Sub RunJob(n As Long)
    Dim oDoc As Object
    Dim sStatus As String, sJob As String
    Dim sSource As String, sUpdate As String, sLaidOut As String, sPdf As String
    Dim oIndexes As Object
    sStatus = &quot;error&quot;
    On Error GoTo Failed
    sJob = QUEUE &amp; &quot;/job-&quot; &amp; n
    Name sJob &amp; &quot;.txt&quot; As sJob &amp; &quot;.run&quot;
    iIn = FreeFile
    Open sJob &amp; &quot;.run&quot; For Input As #iIn
    Line Input #iIn, sSource
    Line Input #iIn, sUpdate
    Line Input #iIn, sLaidOut
    Line Input #iIn, sPdf
    Close #iIn
    Dim aLoad(0) As New com.sun.star.beans.PropertyValue
    aLoad(0).Name = &quot;Hidden&quot;
    aLoad(0).Value = True
    oDoc = StarDesktop.loadComponentFromURL(sSource, &quot;_blank&quot;, 0, aLoad())
    If sUpdate &lt;&gt; &quot;0&quot; Then
        oIndexes = oDoc.getDocumentIndexes()
        If CInt(sUpdate) = 1 Then KeepEntryStyles(oIndexes)
        For iPass = 1 To CInt(sUpdate)
            Rem A layout copy (one pass) has its fields' results already
            If CInt(sUpdate) &gt; 1 Then oDoc.getTextFields().refresh()
            For i = 0 To oIndexes.getCount() - 1
                oIndexes.getByIndex(i).update()
            Next i
        Next iPass
    End If
    If sLaidOut &lt;&gt; &quot;&quot; Then WriteIndexes(oDoc, sLaidOut)
    If sPdf &lt;&gt; &quot;&quot; Then
        Rem PDF/A-2b (archival), tagged (accessible), with bookmarks from the headings
        Dim aFilter(3) As New com.sun.star.beans.PropertyValue
        aFilter(0).Name = &quot;SelectPdfVersion&quot;
        aFilter(0).Value = 2
        aFilter(1).Name = &quot;UseTaggedPDF&quot;
        aFilter(1).Value = True
        aFilter(2).Name = &quot;ExportBookmarks&quot;
        aFilter(2).Value = True
        aFilter(3).Name = &quot;OpenBookmarkLevels&quot;
        aFilter(3).Value = 1
        Dim aStore(1) As New com.sun.star.beans.PropertyValue
        aStore(0).Name = &quot;FilterName&quot;
        aStore(0).Value = &quot;writer_pdf_Export&quot;
        aStore(1).Name = &quot;FilterData&quot;
        aStore(1).Value = aFilter()
        oDoc.storeToURL(sPdf, aStore())
    End If
    sStatus = &quot;ok&quot;
Finish:
    On Error Resume Next
    If Not IsNull(oDoc) Then oDoc.close(True)
    WriteStatus(QUEUE &amp; &quot;/done-&quot; &amp; n, sStatus)
    Exit Sub
Failed:
    sStatus = &quot;error &quot; &amp; Err &amp; &quot; (baris &quot; &amp; Erl &amp; &quot;): &quot; &amp; Error$
    Resume Finish
End Sub

Sub KeepEntryStyles(oIndexes As Object)
    Rem A layout copy's lists of tables and figures hold entries in the document's
    Rem own style; rebuilt, they would take LibreOffice's Figure Index 1, whose other
    Rem spacing moves every page after them (a second layout, and pages that are not
    Rem the document's). They keep the style of their first entry.
    Dim oIndex As Object, oParagraphs As Object
    For i = 0 To oIndexes.getCount() - 1
        oIndex = oIndexes.getByIndex(i)
        If oIndex.supportsService(&quot;com.sun.star.text.IllustrationsIndex&quot;) Then
            oParagraphs = oIndex.getAnchor().createEnumeration()
            If oParagraphs.hasMoreElements() Then oIndex.ParaStyleLevel1 = oParagraphs.nextElement().ParaStyleName
        End If
    Next i
End Sub

Sub WriteIndexes(oDoc As Object, sUrl As String)
    Dim oIndex As Object, sKey As String
    oOut = createUnoService(&quot;com.sun.star.io.TextOutputStream&quot;)
    oOut.setOutputStream(createUnoService(&quot;com.sun.star.ucb.SimpleFileAccess&quot;).openFileWrite(sUrl))
    oOut.setEncoding(&quot;UTF-8&quot;)
    oIndexes = oDoc.getDocumentIndexes()
    For i = 0 To oIndexes.getCount() - 1
        oIndex = oIndexes.getByIndex(i)
        sKey = &quot;?&quot;
        If oIndex.supportsService(&quot;com.sun.star.text.ContentIndex&quot;) Then
            sKey = &quot;TOC&quot;
        ElseIf oIndex.supportsService(&quot;com.sun.star.text.IllustrationsIndex&quot;) Then
            sKey = oIndex.LabelCategory
        End If
        oOut.writeString(&quot;{index_mark}&quot; &amp; sKey &amp; chr(10) &amp; oIndex.getAnchor().getString() &amp; chr(10))
    Next i
    oOut.closeOutput()
End Sub

Sub WriteStatus(sName As String, sText As String)
    iOut = FreeFile
    Open sName &amp; &quot;.tmp&quot; For Output As #iOut
    Print #iOut, sText
    Close #iOut
    Name sName &amp; &quot;.tmp&quot; As sName &amp; &quot;.txt&quot;
End Sub
</script:module>
"""
_MACRO_MARK = "REM lkj_excel session macro"
_INDEX_MARK = "##lkj-indeks## "  # starts the line before the lines of each index

# A profile that LibreOffice takes as set up already (ooSetupInstCompleted), so that
# it does not copy its presets over the macro: the profile needs no start of its own.
# Spelling and word collection, which add nothing to a layout, are off.
_REGISTRY = """\
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse">\
<value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">\
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/SpellChecking"><prop oor:name="IsSpellAuto" oor:op="fuse">\
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/AutoFunction/Completion"><prop oor:name="CollectWords" oor:op="fuse">\
<value>false</value></prop></item>
</oor:items>
"""
_LIBRARIES = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
"""
_LIBRARY = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">{element}</library:library>
"""

IDLE_SECONDS = 120
"""A session's LibreOffice quits by itself after this long without a document."""
MAX_FAILURES = 3
"""After this many failures in a row (no start, a hang, a crash) LibreOffice is not used again."""
PARAGRAPHS_PER_PAGE = 30
"""For the estimate of a document's length: paragraphs (table cells' included) per page."""
_SLOW_AFTER = 5.0  # seconds of waiting before the console is told

_PAGES_NOTE = "Nomor halaman daftar isi tidak dapat diisi: {why}; Word akan mengisinya saat dokumen dibuka."
_PDF_NOTE = "PDF tidak dibuat: {why}."


@dataclass(frozen=True)
class Timeouts:
    """How long LibreOffice may take.

    Each can be set through an environment variable (seconds, a decimal point
    allowed): ``LKJ_LO_START_TIMEOUT``, ``LKJ_LO_TIMEOUT_BASE``,
    ``LKJ_LO_TIMEOUT_PER_PAGE``.
    """

    start: float = 60.0
    """To start and be ready for documents."""
    base: float = 30.0
    """For any document..."""
    per_page: float = 0.4
    """...and this much more per estimated page (the example, some 25 pages: 40 s;
    a report of 400 indicators, some 500 estimated pages: 230 s)."""

    @classmethod
    def from_environment(cls) -> Timeouts:
        """The defaults, with what the environment variables set."""
        values = {}
        for name, variable in (("start", "LKJ_LO_START_TIMEOUT"), ("base", "LKJ_LO_TIMEOUT_BASE"),
                               ("per_page", "LKJ_LO_TIMEOUT_PER_PAGE")):
            try:
                values[name] = float(os.environ[variable])
            except (KeyError, ValueError):
                pass
        return cls(**values)

    def for_document(self, docx_path: str | os.PathLike) -> float:
        """Seconds a document may take: ``base`` plus ``per_page`` for each estimated page."""
        return self.base + self.per_page * estimated_pages(docx_path)


def estimated_pages(docx_path: str | os.PathLike) -> int:
    """A rough page count of a .docx, from its paragraphs; 1 when it cannot be read."""
    try:
        with zipfile.ZipFile(docx_path) as package:
            xml = package.read("word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return 1
    paragraphs = xml.count(b"<w:p>") + xml.count(b"<w:p ")
    return max(1, math.ceil(paragraphs / PARAGRAPHS_PER_PAGE))


@dataclass(frozen=True)
class Outcome:
    """What a LibreOffice pass did for one document."""

    done: bool
    """The indexes were filled, or the PDF was written."""
    note: str | None = None
    """Why not, in Indonesian, for the console and the log."""
    libreoffice_failed: bool = False
    """LibreOffice itself failed on the document (no start, a hang, a crash): trying
    it again on the same document is not worth the wait."""


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


class _Failure(Exception):
    """LibreOffice did not do a job; ``why`` says it in Indonesian."""

    def __init__(self, why: str, libreoffice_failed: bool = True, died: bool = False):
        super().__init__(why)
        self.why = why
        self.libreoffice_failed = libreoffice_failed
        self.died = died


class Session:
    """One LibreOffice, started once, that lays out document after document.

    Args:
        soffice: path of the ``soffice`` program.
        timeouts: how long it may take (default: :meth:`Timeouts.from_environment`).
        progress: called with a console line when a document takes long
            (default: printed).
    """

    def __init__(self, soffice: str, timeouts: Timeouts | None = None,
                 progress: Callable[[str], None] | None = None):
        self.soffice = soffice
        self.timeouts = timeouts or Timeouts.from_environment()
        self.progress = progress or (lambda line: print(line, flush=True))
        self.starts = 0
        """How many times LibreOffice was started (for tests and benchmarks)."""
        self._folder: Path | None = None
        self._process: subprocess.Popen | None = None
        self._ready = False
        self._next_job = 1
        self._failures = 0
        self._given_up: str | None = None

    # ------------------------------------------------------------------ the passes

    def update_indexes(self, docx_path: str | os.PathLike, *, document: DocxDocument | None = None,
                       label: str | None = None, timeout: float | None = None) -> Outcome:
        """Fill in the table of contents and the lists of tables and figures, with pages.

        LibreOffice lays a copy of the document out and rebuilds every index in it;
        the page numbers found there are written into the document's own fields with
        :func:`lkj_excel.report.docx.indeks.fill_indexes`, and the file is replaced
        atomically. Only the index results change: styles, captions, settings and the
        rest stay as built (LibreOffice's own .docx export would rename styles and
        drop the chapter switches of the caption numbers). Before it replaces the
        file, the result's table of contents, if it has one, must list entries with
        page numbers.

        Args:
            docx_path: the .docx file to update in place.
            document: the same document as opened by python-docx, when the caller
                has it (it is changed in place: filled when done, else its indexes
                may be left prefilled without pages); read from ``docx_path`` otherwise.
            label: what the console calls the document (default: its file name).
            timeout: seconds it may take, LibreOffice's start included (default:
                :meth:`Timeouts.for_document`).

        Returns:
            Done when the file was updated; otherwise, with the file untouched, the
            reason: the file is not a readable .docx, LibreOffice failed, hung or
            died, or its layout does not match the document's headings and captions.
            Never raises for those.
        """
        import docx

        from .docx.indeks import TOC, fill_indexes, index_lines
        from .docx.tata_letak import layout_copy

        source = Path(docx_path).resolve()
        try:
            document = document if document is not None else docx.Document(str(source))
            copy = self._work_file(".docx")
            layout_copy(source, copy, page_placeholder="0" * len(str(estimated_pages(source))), document=document)
        except Exception:  # noqa: BLE001 - no file, or not a .docx: nothing to update
            return Outcome(False, _PAGES_NOTE.format(why="dokumen tidak dapat dibaca"))
        lines_file = copy.with_suffix(".txt")
        try:
            self._run_job(copy, update=1, indexes=lines_file, label=label or source.name,
                          timeout=timeout if timeout is not None else self.timeouts.for_document(source))
            laid_out_lines = _read_index_lines(lines_file)
        except _Failure as failure:
            return Outcome(False, _PAGES_NOTE.format(why=failure.why), failure.libreoffice_failed)
        finally:
            copy.unlink(missing_ok=True)
            lines_file.unlink(missing_ok=True)
        indexes = set(index_lines(document))
        if not indexes <= laid_out_lines.keys() or not fill_indexes(document, laid_out_lines):
            return Outcome(False, _PAGES_NOTE.format(
                why="susunan LibreOffice tidak cocok dengan judul dan keterangan dokumen"))
        if not _replace_file(document, source, toc_expected=TOC in indexes):
            return Outcome(False, _PAGES_NOTE.format(why="dokumen tidak dapat ditulis ulang"))
        return Outcome(True)

    def export_pdf(self, docx_path: str | os.PathLike, pdf_path: str | os.PathLike, *,
                   update_indexes: bool = False, label: str | None = None,
                   timeout: float | None = None) -> Outcome:
        """Print a .docx to PDF.

        The PDF is accepted only if it is one (:func:`is_pdf`: its header, its end,
        at least one page); it is written to a name of its own in the folder of
        ``pdf_path`` and moved into place, so ``pdf_path`` is either a whole PDF or
        untouched.

        Args:
            docx_path: the document.
            pdf_path: the PDF to write.
            update_indexes: let LibreOffice rebuild the indexes before printing (for
                a document whose indexes were not filled).
            label: what the console calls the document (default: its file name).
            timeout: seconds it may take, LibreOffice's start included (default:
                :meth:`Timeouts.for_document`).

        Returns:
            Done when the PDF was written; otherwise the reason. Never raises for a
            missing document, or a LibreOffice that fails, hangs or writes garbage.
        """
        source = Path(docx_path).resolve()
        target = Path(pdf_path).resolve()
        if not source.is_file():
            return Outcome(False, _PDF_NOTE.format(why="dokumen tidak ditemukan"))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, staged_name = tempfile.mkstemp(prefix=".tmp_", suffix=".pdf", dir=target.parent)
            os.close(handle)
        except OSError as exc:
            return Outcome(False, _PDF_NOTE.format(why=f"folder tidak dapat ditulisi ({exc.strerror or exc})"))
        staged = Path(staged_name)
        staged.unlink()  # LibreOffice writes it
        try:
            self._run_job(source, update=update_indexes, pdf=staged, label=label, timeout=timeout)
            if not is_pdf(staged):
                raise _Failure("berkas dari LibreOffice bukan PDF yang sah", libreoffice_failed=False)
            os.replace(staged, target)
        except _Failure as failure:
            return Outcome(False, _PDF_NOTE.format(why=failure.why), failure.libreoffice_failed)
        except OSError as exc:
            return Outcome(False, _PDF_NOTE.format(why=f"PDF tidak dapat ditulis ({exc.strerror or exc})"))
        finally:
            staged.unlink(missing_ok=True)
        return Outcome(True)

    # ------------------------------------------------------------------ the session

    def start(self) -> None:
        """Start LibreOffice now, without waiting for it: it boots while the caller works.

        Does nothing when it runs already, or was given up on. Never raises.
        """
        if self._given_up is None and not self._alive():
            try:
                self._launch()
            except _Failure as failure:
                self._failed(failure)

    def close(self) -> None:
        """Stop LibreOffice (asked first, then killed) and remove the session's folder."""
        if self._process is not None:
            if self._process.poll() is None and self._ready:
                try:
                    (self._queue / "stop").write_bytes(b"")
                    self._process.wait(timeout=10)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            self._kill()
        if self._folder is not None:
            for attempt in range(5):  # Windows may hold a file of a process just ended
                shutil.rmtree(self._folder, ignore_errors=True)
                if not self._folder.exists():
                    break
                time.sleep(0.2 * (attempt + 1))
            self._folder = None

    @property
    def _queue(self) -> Path:
        return self._folder / "queue"

    @property
    def _profile(self) -> Path:
        return self._folder / "profile"

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _work_file(self, suffix: str) -> Path:
        """A fresh name in the session's folder (the folder made if needed)."""
        self._make_folder()
        return self._folder / "work" / f"{self._next_job}-{time.monotonic_ns()}{suffix}"

    def _make_folder(self) -> None:
        if self._folder is not None and self._folder.is_dir():
            return
        self._folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        (self._folder / "work").mkdir()
        (self._folder / "owner.txt").write_text(f"{os.getpid()}\n", encoding="ascii")
        self._seed_profile()

    def _seed_profile(self) -> None:
        """Write a profile with the session macro as Basic ``Standard.Module1``."""
        basic = self._profile / "user" / "basic"
        (basic / "Standard").mkdir(parents=True, exist_ok=True)
        (self._profile / "user" / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")
        for name in ("script.xlc", "dialog.xlc"):
            (basic / name).write_text(_LIBRARIES, encoding="utf-8")
        (basic / "Standard" / "script.xlb").write_text(
            _LIBRARY.format(element='\n <library:element library:name="Module1"/>\n'), encoding="utf-8")
        (basic / "Standard" / "dialog.xlb").write_text(_LIBRARY.format(element=""), encoding="utf-8")
        self._write_macro()

    def _write_macro(self) -> None:
        module = self._profile / "user" / "basic" / "Standard" / "Module1.xba"
        module.write_text(_SERVE_MACRO.format(queue=_basic_string(self._queue.as_uri()), index_mark=_INDEX_MARK,
                                              idle_ms=IDLE_SECONDS * 1000), encoding="utf-8")

    def _macro_in_place(self) -> bool:
        module = self._profile / "user" / "basic" / "Standard" / "Module1.xba"
        try:
            return _MACRO_MARK in module.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False

    def _launch(self) -> None:
        """Start LibreOffice running the session macro, on an empty queue."""
        try:
            self._make_folder()
            shutil.rmtree(self._queue, ignore_errors=True)
            self._queue.mkdir()
        except OSError as exc:
            raise _Failure(f"folder sementara tidak dapat dibuat ({exc.strerror or exc})")
        command = [self.soffice, f"-env:UserInstallation={self._profile.as_uri()}", "--headless",
                   "--invisible", "--norestore", "--nolockcheck", "--nodefault",
                   "macro:///Standard.Module1.Serve"]
        options: dict = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL,
                         "stdin": subprocess.DEVNULL}
        if os.name == "posix":
            # soffice is a shell script that starts soffice.bin: a session of their
            # own lets a kill end both.
            options["start_new_session"] = True
        else:
            options["creationflags"] = (getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
                                        | getattr(subprocess, "CREATE_NO_WINDOW", 0))
        try:
            self._process = subprocess.Popen(command, **options)
        except OSError as exc:
            raise _Failure(f"LibreOffice tidak dapat dijalankan ({exc.strerror or exc})")
        self.starts += 1
        self._ready = False
        self._next_job = 1

    def _wait_ready(self, deadline: float) -> None:
        """Wait for the macro's ready file; start LibreOffice first if it is not running."""
        if self._ready and self._alive():
            return
        if not self._alive():
            self._kill()
            self._launch()
        started = time.monotonic()
        limit = min(deadline - started, self.timeouts.start)
        reseeded = False
        while not (self._queue / "ready.txt").exists():
            if self._process.poll() is not None:
                code = self._process.returncode
                self._kill()
                raise _Failure(f"LibreOffice berhenti dengan kode {code} sebelum siap")
            if not reseeded and not self._macro_in_place():
                # This LibreOffice set the profile up anew over the macro: write the
                # macro again into the profile it made, and start once more.
                reseeded = True
                self._kill()
                self._write_macro()
                self._launch()
            if time.monotonic() > started + limit:
                self._kill()
                raise _Failure(f"LibreOffice tidak siap dalam {_seconds(limit)}")
            time.sleep(0.02)
        self._ready = True

    def _run_job(self, source: Path, *, update: bool | int, indexes: Path | None = None,
                 pdf: Path | None = None, label: str | None = None, timeout: float | None = None) -> None:
        """Have LibreOffice do one job; raise :class:`_Failure` when it did not.

        ``update``: how many times to rebuild the document's indexes (True: twice,
        for a document as built; 1 for a layout copy, whose indexes are prefilled;
        False or 0: not at all). A LibreOffice that hangs is killed (and started again for the next
        document); one that dies during the job is started again and given the job
        once more.
        """
        if self._given_up is not None:
            raise _Failure(self._given_up)
        limit = timeout if timeout is not None else self.timeouts.for_document(source)
        label = label or source.name
        for attempt in (1, 2):
            try:
                self._run_once(source, update, indexes, pdf, label, limit)
                self._failures = 0
                return
            except _Failure as failure:
                if not failure.libreoffice_failed:
                    raise
                self._failed(failure)
                if attempt == 2 or not failure.died or self._given_up is not None:
                    raise

    def _run_once(self, source: Path, update: bool | int, indexes: Path | None, pdf: Path | None,
                  label: str, limit: float) -> None:
        started = time.monotonic()
        deadline = started + limit
        told = False

        def tell_if_slow() -> None:
            nonlocal told
            if not told and time.monotonic() - started > min(_SLOW_AFTER, limit / 2):
                told = True
                self.progress(f"Menyusun nomor halaman laporan {label} dengan LibreOffice "
                              f"(paling lama {_seconds(limit)})...")

        self._wait_ready(deadline)
        n = self._next_job
        self._next_job += 1
        lines = [source.as_uri(), str(int(update) * 2 if isinstance(update, bool) else update),
                 indexes.as_uri() if indexes else "", pdf.as_uri() if pdf else "", label]
        staged = self._queue / f"job-{n}.tmp"
        try:
            staged.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
            os.replace(staged, self._queue / f"job-{n}.txt")
        except OSError as exc:
            raise _Failure(f"folder sementara tidak dapat ditulisi ({exc.strerror or exc})")
        done = self._queue / f"done-{n}.txt"
        while not done.exists():
            tell_if_slow()
            if self._process.poll() is not None:
                code = self._process.returncode
                self._kill()
                raise _Failure(f"LibreOffice berhenti mendadak (kode {code}) saat menyusun dokumen ini",
                               died=True)
            if time.monotonic() > deadline:
                self._kill()
                raise _Failure(f"LibreOffice tidak selesai dalam {_seconds(limit)}")
            time.sleep(0.02)
        status = done.read_text(encoding="utf-8", errors="replace").strip()
        if status != "ok":
            raise _Failure("LibreOffice gagal membuka atau menyusun dokumen ini"
                           + (f" ({status[6:]})" if status.startswith("error ") else ""),
                           libreoffice_failed=False)

    def _failed(self, failure: _Failure) -> None:
        """Count a failure of LibreOffice itself; give up after too many in a row."""
        self._failures += 1
        if self._failures >= MAX_FAILURES:
            self._given_up = (f"LibreOffice tidak dipakai lagi setelah {self._failures} kegagalan "
                              f"berturut-turut (terakhir: {failure.why})")

    def _kill(self) -> None:
        """End LibreOffice with every process it started."""
        process, self._process, self._ready = self._process, None, False
        if process is None:
            return
        if os.name == "posix":
            try:  # the whole group: also what outlived the launcher, if it ended first
                os.killpg(process.pid, 9)
            except OSError:
                pass
        elif process.poll() is None:
            try:  # soffice.exe and the soffice.bin it started
                subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], timeout=30,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if process.poll() is None:
            process.kill()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass


def _seconds(seconds: float) -> str:
    """A duration for a note: "40 detik"."""
    return f"{max(1, round(seconds))} detik"


def _basic_string(text: str) -> str:
    """Escape text for a Basic string literal inside the module's XML."""
    return (text.replace('"', '""').replace("&", "&amp;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def is_pdf(path: str | os.PathLike) -> bool:
    """True when the file is a whole PDF with at least one page.

    Checks the header (``%PDF-``), the end marker (``%%EOF``) and the pages: with
    ``pdfinfo`` where it is installed, else by the page objects in the file.
    """
    try:
        data = Path(path).read_bytes()
    except OSError:
        return False
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
        return False
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        try:
            info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True,
                                  errors="replace", timeout=60).stdout
        except (OSError, subprocess.TimeoutExpired):
            info = ""
        pages = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        if pages:
            return int(pages.group(1)) > 0
    return re.search(rb"/Type\s*/Page(?!s)", data) is not None


def _read_index_lines(path: Path) -> dict[str, list[str]]:
    """The index lines LibreOffice wrote: a mark with the key, then the key's lines ("title<TAB>page")."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.startswith(_INDEX_MARK):
        raise _Failure("hasil susunan LibreOffice tidak dapat dibaca", libreoffice_failed=False)
    indexes: dict[str, list[str]] = {}
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith(_INDEX_MARK):
            lines = indexes.setdefault(line[len(_INDEX_MARK):].strip(), [])
        elif line.strip():
            lines.append(line)
    return indexes


def _page_of(line: str) -> str:
    """The page number at the end of an index line ("BAB I PENDAHULUAN\\t1")."""
    return line.rpartition("\t")[2].strip() if "\t" in line else ""


def _replace_file(document: DocxDocument, path: Path, toc_expected: bool) -> bool:
    """Save over ``path`` atomically once the document passes the checks."""
    from .docx.indeks import TOC, index_entries

    toc = index_entries(document, TOC)
    if toc_expected and not (toc and all(_page_of(line) for line in toc)):
        return False
    # Staged in the same folder, so that os.replace is a rename on one file system.
    try:
        handle, staged_name = tempfile.mkstemp(suffix=".docx", dir=path.parent)
        os.close(handle)
    except OSError:
        return False
    staged = Path(staged_name)
    try:
        document.save(str(staged))
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


# ---------------------------------------------------------------------- this process's sessions

_sessions: dict[str, Session] = {}
_sessions_pid: int | None = None


def session(soffice: str | None = None) -> Session | None:
    """This process's LibreOffice session (made on first use, ended at exit).

    Args:
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.

    Returns:
        The session for that program, or None when LibreOffice is not installed.
        A process made by fork gets sessions of its own, never its parent's.
    """
    global _sessions_pid
    soffice = soffice or find_soffice()
    if soffice is None:
        return None
    if _sessions_pid != os.getpid():
        _sessions.clear()  # a forked child: the parent's LibreOffice is not ours
        _sessions_pid = os.getpid()
        atexit.register(close_sessions)
        # A worker process of multiprocessing ends without running atexit, but runs
        # its finalizers.
        from multiprocessing import util

        util.Finalize(None, close_sessions, exitpriority=100)
    if soffice not in _sessions:
        _sessions[soffice] = Session(soffice)
    return _sessions[soffice]


def start_session() -> None:
    """Start this process's LibreOffice now, if installed, without waiting for it."""
    started = session()
    if started is not None:
        started.start()


def close_sessions() -> None:
    """End every LibreOffice session of this process (also done at exit)."""
    if _sessions_pid != os.getpid():
        return
    while _sessions:
        _, ended = _sessions.popitem()
        ended.close()


def update_indexes_with_libreoffice(docx_path: str | os.PathLike, soffice: str | None = None,
                                    timeout: float | None = None) -> bool:
    """Fill in the table of contents and the lists of tables and figures, with pages.

    :meth:`Session.update_indexes` in this process's session.

    Args:
        docx_path: the .docx file to update in place.
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.
        timeout: seconds LibreOffice may take in all before it is stopped (default:
            scaled to the document).

    Returns:
        True when the file was updated; False, with the file untouched, otherwise.
    """
    used = session(soffice)
    return used is not None and used.update_indexes(docx_path, timeout=timeout).done


def convert_to_pdf(docx_path: str | os.PathLike, out_dir: str | os.PathLike,
                   soffice: str | None = None, timeout: float | None = None) -> Path | None:
    """Print a .docx to PDF with LibreOffice (:meth:`Session.export_pdf`).

    Args:
        docx_path: the document.
        out_dir: folder for the PDF (created if missing); the PDF takes the
            document's name with ``.pdf``.
        soffice: path of the ``soffice`` program; found with :func:`find_soffice`
            when None.
        timeout: seconds LibreOffice may take before it is stopped (default: scaled
            to the document).

    Returns:
        The PDF's path, or None when LibreOffice is missing or failed.
    """
    used = session(soffice)
    source = Path(docx_path)
    if used is None or not source.is_file():
        return None
    pdf = Path(out_dir).resolve() / f"{source.stem}.pdf"
    return pdf if used.export_pdf(source, pdf, timeout=timeout).done else None
