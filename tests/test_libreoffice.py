"""Tests of the LibreOffice driver (lkj_excel.report.libreoffice) on the small report of sample_report.py.

Without LibreOffice nothing is changed. Stand-ins for ``soffice`` on the PATH that
hang, fail or write garbage show that every document is stopped in its scaled time
(set small here through the environment), noted and never harmed. Where LibreOffice
is installed, one session lays out document after document, survives being killed
halfway, fills the report's table of contents with page numbers and prints the
report to PDF, whose pages are checked: roman then arabic page numbers, captions
numbered per chapter, header rows repeated, the landscape pages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from lkj_excel.report import libreoffice
from lkj_excel.report.docx import indeks, tata_letak
from sample_report import CAPTIONS, HEADINGS, instructions

SOFFICE = libreoffice.find_soffice()


def needs_libreoffice(test):
    """Mark a test that runs LibreOffice; it is skipped, saying why, where there is none."""
    reason = "LibreOffice (soffice) is not installed: indexes and PDF not checked"
    return pytest.mark.office(pytest.mark.skipif(SOFFICE is None, reason=reason)(test))


posix_only = pytest.mark.skipif(os.name != "posix", reason="the stand-in soffice programs are POSIX scripts")


@pytest.fixture(autouse=True)
def _sessions_closed():
    """Every test ends with this process's LibreOffice sessions closed."""
    yield
    libreoffice.close_sessions()


def test_without_libreoffice_nothing_is_changed(tmp_path, report_path):
    copy = Path(shutil.copy(report_path, tmp_path / "copy.docx"))
    missing = str(tmp_path / "no-such-soffice")
    assert libreoffice.update_indexes_with_libreoffice(copy, soffice=missing) is False
    assert libreoffice.convert_to_pdf(copy, tmp_path, soffice=missing) is None
    assert copy.read_bytes() == report_path.read_bytes()


def test_timeouts_scale_with_the_document(tmp_path, report_path, monkeypatch):
    short = libreoffice.estimated_pages(report_path)
    long = tmp_path / "long.docx"
    document = docx.Document(str(report_path))
    for i in range(3000):
        document.add_paragraph(f"Paragraf {i}")
    document.save(str(long))
    timeouts = libreoffice.Timeouts()
    assert timeouts.for_document(long) > timeouts.for_document(report_path) + 30
    assert libreoffice.estimated_pages(long) > short + 90
    assert libreoffice.estimated_pages(tmp_path / "missing.docx") == 1
    monkeypatch.setenv("LKJ_LO_TIMEOUT_BASE", "2")
    monkeypatch.setenv("LKJ_LO_TIMEOUT_PER_PAGE", "0.5")
    monkeypatch.setenv("LKJ_LO_START_TIMEOUT", "nonsense")
    assert libreoffice.Timeouts.from_environment() == libreoffice.Timeouts(start=60, base=2, per_page=0.5)


def test_a_pdf_is_accepted_only_if_it_is_one(tmp_path):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(os.urandom(3000))
    no_pages = tmp_path / "no-pages.pdf"
    no_pages.write_bytes(b"%PDF-1.6\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                         b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.6\n" + os.urandom(3000))
    assert not any(libreoffice.is_pdf(p) for p in (garbage, no_pages, truncated, tmp_path / "none.pdf"))


# --------------------------------------------------------------------------- stand-ins for soffice

# A stand-in that plays LibreOffice's side of the session (see the module's
# docstring): ready, then each job in turn, doing what MODE says.
FAKE = """\
import os, sys, time, urllib.parse, urllib.request
from pathlib import Path

MODE = {mode!r}
def path_of(url):
    return Path(urllib.request.url2pathname(urllib.parse.urlparse(url).path))
profile = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("-env:UserInstallation="))
queue = path_of(profile).parent / "queue"
(queue / "ready.txt").write_text("ready")
n = 1
while not (queue / "stop").exists():
    job = queue / f"job-{{n}}.txt"
    if job.exists():
        os.replace(job, job.with_suffix(".run"))
        lines = job.with_suffix(".run").read_text().splitlines()
        if MODE == "hang":
            time.sleep(3600)
        for url in lines[2:4]:
            if url:
                path_of(url).write_bytes(os.urandom(3000))
        (queue / f"done-{{n}}.txt").write_text("ok")
        n += 1
    time.sleep(0.01)
"""


def fake_soffice(folder: Path, monkeypatch, mode: str) -> str:
    """Put a stand-in ``soffice`` first on the PATH; short timeouts. Returns its path.

    ``mode``: "hang" (starts, then hangs on the document), "hang-at-start" (never
    ready), "exit-1" (ends at once with code 1), "garbage" (writes random bytes
    where a .docx or a PDF is expected, and says it went well).
    """
    folder.mkdir(exist_ok=True)
    program = folder / "soffice"
    if mode == "hang-at-start":
        program.write_text("#!/bin/sh\nsleep 60\n")
    elif mode == "exit-1":
        program.write_text("#!/bin/sh\nexit 1\n")
    else:
        program.write_text(f"#!{sys.executable}\n" + FAKE.format(mode=mode))
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("LKJ_LO_START_TIMEOUT", "5")
    monkeypatch.setenv("LKJ_LO_TIMEOUT_BASE", "1")
    monkeypatch.setenv("LKJ_LO_TIMEOUT_PER_PAGE", "0.01")
    assert libreoffice.find_soffice() == str(program)
    return str(program)


def processes_using(folder: Path | None) -> list[str]:
    """Command lines of running processes that name ``folder`` (none where /proc is missing)."""
    if folder is None or not Path("/proc").is_dir():
        return []
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # ended meanwhile
            continue
        if str(folder) in text:
            found.append(text)
    return found


def session_processes(session: libreoffice.Session) -> list[str]:
    """Command lines of running processes that use the session's folder."""
    return processes_using(session._folder)


@posix_only
def test_a_libreoffice_that_hangs_is_stopped_per_document(tmp_path, report_path, monkeypatch, capsys):
    fake_soffice(tmp_path / "bin", monkeypatch, "hang")
    session = libreoffice.session()
    copies = [Path(shutil.copy(report_path, tmp_path / f"laporan_{i}.docx")) for i in (1, 2)]
    started = time.monotonic()
    outcomes = [session.update_indexes(copy) for copy in copies]
    assert time.monotonic() - started < 8  # two documents of about 1,1 s each, and two starts
    for copy, outcome in zip(copies, outcomes):
        assert not outcome.done and outcome.libreoffice_failed
        assert outcome.note == ("Nomor halaman daftar isi tidak dapat diisi: LibreOffice tidak selesai dalam "
                                "1 detik; Word akan mengisinya saat dokumen dibuka.")
        assert copy.read_bytes() == report_path.read_bytes()
    assert session.starts == 2  # killed after the first document, started again for the second
    console = capsys.readouterr().out
    assert console.count("Menyusun nomor halaman laporan laporan_1.docx dengan LibreOffice") == 1
    assert "laporan_2.docx" in console
    assert session_processes(session) == []
    folder = session._folder
    libreoffice.close_sessions()
    assert not folder.exists()


@posix_only
def test_a_libreoffice_that_cannot_start_is_given_up_after_a_few_tries(tmp_path, report_path, monkeypatch):
    fake_soffice(tmp_path / "bin", monkeypatch, "hang-at-start")
    monkeypatch.setenv("LKJ_LO_START_TIMEOUT", "0.5")
    session = libreoffice.session()
    copy = Path(shutil.copy(report_path, tmp_path / "laporan.docx"))
    notes = [session.update_indexes(copy).note for _ in range(libreoffice.MAX_FAILURES + 2)]
    assert "LibreOffice tidak siap dalam 1 detik" in notes[0]
    assert session.starts == libreoffice.MAX_FAILURES
    assert "LibreOffice tidak dipakai lagi setelah 3 kegagalan berturut-turut" in notes[-1]
    assert copy.read_bytes() == report_path.read_bytes()
    assert session_processes(session) == []


@posix_only
def test_a_libreoffice_that_fails_is_noted(tmp_path, report_path, monkeypatch):
    fake_soffice(tmp_path / "bin", monkeypatch, "exit-1")
    copy = Path(shutil.copy(report_path, tmp_path / "laporan.docx"))
    outcome = libreoffice.session().update_indexes(copy)
    assert not outcome.done
    assert "LibreOffice berhenti dengan kode 1 sebelum siap" in outcome.note
    assert libreoffice.convert_to_pdf(copy, tmp_path / "pdf") is None
    assert copy.read_bytes() == report_path.read_bytes()


@posix_only
def test_garbage_from_libreoffice_is_refused(tmp_path, report_path, monkeypatch):
    fake_soffice(tmp_path / "bin", monkeypatch, "garbage")
    session = libreoffice.session()
    copy = Path(shutil.copy(report_path, tmp_path / "laporan.docx"))
    outcome = session.update_indexes(copy)
    assert outcome.note == ("Nomor halaman daftar isi tidak dapat diisi: hasil susunan LibreOffice tidak dapat "
                            "dibaca; Word akan mengisinya saat dokumen dibuka.")
    assert copy.read_bytes() == report_path.read_bytes()
    out = tmp_path / "pdf"
    printed = session.export_pdf(copy, out / "laporan.pdf")
    assert printed.note == "PDF tidak dibuat: berkas dari LibreOffice bukan PDF yang sah."
    assert list(out.iterdir()) == []  # neither the garbage nor a staging file
    assert session.starts == 1  # garbage is the document's failure, not a reason to restart


@posix_only
def test_convert_py_with_a_hanging_libreoffice(tmp_path, monkeypatch):
    from docx import Document

    from conftest import EXAMPLE, ROOT
    from lkj_excel.report.docx.ooxml import TOC_PLACEHOLDER

    fake_soffice(tmp_path / "bin", monkeypatch, "hang")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    out = tmp_path / "hasil"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), str(EXAMPLE), "--output", str(out), "--pdf"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert time.monotonic() - started < 30
    assert proc.returncode == 0, proc.stdout + proc.stderr
    stdout = proc.stdout
    assert "Menyusun nomor halaman laporan contoh_lkjip_dinsos_bengkalis_2023.xlsx dengan LibreOffice" in stdout
    assert "! Nomor halaman daftar isi tidak dapat diisi: LibreOffice tidak selesai dalam" in stdout
    assert "! PDF tidak dibuat" in stdout
    report = out / "contoh_lkjip_dinsos_bengkalis_2023_laporan.docx"
    assert indeks.index_entries(Document(str(report))) == [TOC_PLACEHOLDER]  # left for Word
    assert not report.with_suffix(".pdf").exists()
    assert not list(tmp_path.glob(libreoffice.FOLDER_PREFIX + "*"))  # nothing left behind


# --------------------------------------------------------------------------- a real LibreOffice


def kill_while_laying_out(session: libreoffice.Session, marker: str, times: int) -> threading.Thread:
    """Kill the session's LibreOffice whenever it works on a document whose job names ``marker``.

    Up to ``times`` times; a thread that ends with the test (it is a daemon).
    """
    def watch():
        killed = set()
        deadline = time.monotonic() + 300
        while len(killed) < times and time.monotonic() < deadline:
            process, folder = session._process, session._folder
            for job in (folder / "queue").glob("job-*.run") if process and folder else ():
                try:
                    taken = marker in job.read_text()
                except OSError:
                    continue
                if taken and (process.pid, job.name) not in killed:
                    killed.add((process.pid, job.name))
                    os.killpg(process.pid, 9) if os.name == "posix" else process.kill()
            time.sleep(0.01)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    return watcher


@needs_libreoffice
def test_one_session_lays_out_many_documents(tmp_path, report_path):
    session = libreoffice.session()
    copies = [Path(shutil.copy(report_path, tmp_path / f"laporan_{i}.docx")) for i in range(3)]
    assert all(session.update_indexes(copy).done for copy in copies)
    assert session.export_pdf(copies[0], tmp_path / "laporan_0.pdf").done
    assert libreoffice.is_pdf(tmp_path / "laporan_0.pdf")
    assert session.starts == 1  # the PDF too: no second start
    folder = session._folder
    libreoffice.close_sessions()
    assert not folder.exists() and session_processes(session) == []


@needs_libreoffice
@pytest.mark.skipif(os.name != "posix", reason="kills the LibreOffice process group")
def test_a_document_during_which_libreoffice_dies_is_tried_again(tmp_path, report_path):
    session = libreoffice.session()
    copies = [Path(shutil.copy(report_path, tmp_path / f"laporan_{i}.docx")) for i in range(3)]
    assert session.update_indexes(copies[0]).done
    kill_while_laying_out(session, "laporan_1.docx", times=1)
    assert session.update_indexes(copies[1]).done  # in the LibreOffice started again
    assert session.update_indexes(copies[2]).done
    assert session.starts == 2


@needs_libreoffice
@pytest.mark.skipif(os.name != "posix", reason="kills the LibreOffice process group")
def test_a_batch_whose_libreoffice_is_killed_halfway_gets_every_report(tmp_path, example_path):
    from lkj_excel.pipeline import konversi

    session = libreoffice.session()
    kill_while_laying_out(session, "opd_b.xlsx", times=2)  # the document, and its second try
    results = {name: konversi(shutil.copy(example_path, tmp_path / f"opd_{name}.xlsx"), tmp_path / "hasil")
               for name in "abc"}
    for name, result in results.items():
        assert result.berhasil
        report = tmp_path / "hasil" / f"opd_{name}_laporan.docx"
        assert report in result.berkas
        entries = indeks.index_entries(docx.Document(str(report)))
        filled = len(entries) > 10 and all(e.rsplit("\t", 1)[-1].strip().isalnum() for e in entries)
        assert filled == (name != "b"), (name, entries[:3])
    assert results["a"].catatan == results["c"].catatan == []
    assert len(results["b"].catatan) == 1
    assert results["b"].catatan[0].startswith("Nomor halaman daftar isi tidak dapat diisi: LibreOffice berhenti "
                                              "mendadak")
    assert session.starts == 3


@needs_libreoffice
def test_a_parallel_batch_leaves_no_libreoffice_behind(tmp_path, example_path):
    from conftest import ROOT

    inbox = tmp_path / "masuk"
    inbox.mkdir()
    for name in "abc":
        shutil.copyfile(example_path, inbox / f"opd_{name}.xlsx")
    temp = tmp_path / "temp"
    temp.mkdir()
    out = tmp_path / "hasil"
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), str(inbox), "--output", str(out), "--jobs", "2"],
                          capture_output=True, text=True, encoding="utf-8", timeout=600,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8", TMPDIR=str(temp)))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in "abc":  # each worker's one LibreOffice laid out its reports
        entries = indeks.index_entries(docx.Document(str(out / f"opd_{name}_laporan.docx")))
        assert len(entries) > 10 and all(e.rsplit("\t", 1)[-1].strip() for e in entries)
    assert list(temp.iterdir()) == []  # the sessions' folders are gone...
    assert processes_using(temp) == []  # ...and so are their LibreOffice processes


@pytest.fixture(scope="module")
def example_report(tmp_path_factory) -> Path:
    """The example's Word report without the index pass (it has native charts)."""
    from conftest import EXAMPLE
    from lkj_excel.pipeline import konversi

    out = tmp_path_factory.mktemp("contoh")
    konversi(EXAMPLE, out, daftar_isi=False)
    return next(out.glob("*_laporan.docx"))


def test_the_layout_copy_has_pictures_of_the_charts_size(example_report, tmp_path):
    copy = tmp_path / "copy.docx"
    assert tata_letak.layout_copy(example_report, copy) >= 2
    extents = lambda path: re.findall(r'<wp:extent cx="(\d+)" cy="(\d+)"/>', _document_xml(path))  # noqa: E731
    assert extents(copy) == extents(example_report)
    assert "<c:chart " not in _document_xml(copy) and "<c:chart " in _document_xml(example_report)
    # the same indexes, prefilled (tests/test_tata_letak.py checks the entries)
    assert indeks.index_lines(docx.Document(str(copy))).keys() == indeks.index_lines(
        docx.Document(str(example_report))).keys()


def _document_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


@needs_libreoffice
def test_libreoffice_lays_the_copy_out_on_the_pages_of_the_document(example_report, tmp_path):
    copy = tmp_path / "copy.docx"
    tata_letak.layout_copy(example_report, copy)
    session = libreoffice.session()
    found = []
    for document in (example_report, copy):
        lines = tmp_path / f"{document.stem}.txt"
        session._run_job(document, update=True, indexes=lines)
        found.append(libreoffice._read_index_lines(lines))
    assert found[0] == found[1]
    assert len(found[0]["TOC"]) > 10 and len(found[0]["Gambar"]) >= 2


@pytest.fixture(scope="module")
def updated(tmp_path_factory, report_path) -> Path:
    """The report after LibreOffice filled its indexes (about 2 s)."""
    path = Path(shutil.copy(report_path, tmp_path_factory.mktemp("updated") / "laporan.docx"))
    assert libreoffice.update_indexes_with_libreoffice(path, timeout=60)
    return path



@pytest.fixture(scope="module")
def pdf(updated, tmp_path_factory) -> Path:
    """The updated report printed to PDF by LibreOffice (about 2 s)."""
    printed_pdf = libreoffice.convert_to_pdf(updated, tmp_path_factory.mktemp("pdf"), timeout=60)
    assert printed_pdf is not None
    return printed_pdf


@pytest.fixture(scope="module")
def printed(pdf) -> list[str]:
    """Text of each page of the printed report."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: PDF text not checked")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]  # a form feed ends every page


def footer_number(page: str) -> str:
    return page.strip().splitlines()[-1].strip()


@needs_libreoffice
def test_libreoffice_fills_toc_with_page_numbers(updated):
    document = docx.Document(str(updated))
    toc = indeks.index_entries(document, indeks.TOC)
    assert [line.split("\t")[0] for line in toc] == HEADINGS
    pages = [line.split("\t")[1] for line in toc]
    assert pages[0] == "i" and pages[1] == "1"
    assert all(p.isdigit() for p in pages[1:])
    assert [line.split("\t")[0] for line in indeks.index_entries(document, "Tabel")] == CAPTIONS


@needs_libreoffice
def test_libreoffice_update_keeps_the_document_as_built(updated, report_path):
    before, after = docx.Document(str(report_path)), docx.Document(str(updated))
    assert [s.name for s in after.styles] == [s.name for s in before.styles]
    assert [i for i in instructions(after) if i.startswith("SEQ")] == [
        i for i in instructions(before) if i.startswith("SEQ")]
    assert len(after.sections) == len(before.sections)
    assert after.settings.element.find(qn("w:updateFields")) is not None


@needs_libreoffice
def test_pdf_numbers_front_matter_in_roman_then_arabic(printed):
    # i-iii: kata pengantar, daftar isi, lists; 1-2: BAB I and Tabel 1.1 running
    # over; 3: BAB II; 4-5: the landscape Tabel 2.2; 6: the closing portrait page.
    assert len(printed) == 9
    assert [footer_number(page) for page in printed] == [
        "i", "ii", "iii", "1", "2", "3", "4", "5", "6"]


@needs_libreoffice
def test_pdf_toc_pages_point_at_the_headings(printed, updated):
    page_by_number = {footer_number(page): page for page in printed}
    for line in indeks.index_entries(docx.Document(str(updated)), indeks.TOC):
        title, number = line.split("\t")
        assert title.upper() in " ".join(page_by_number[number].split()).upper(), line


HEADER_ROW = ["No", "Indikator", "Target", "Realisasi"]


def first_line(page: str) -> list[str]:
    return page.strip().splitlines()[0].split()


@needs_libreoffice
def test_pdf_captions_are_numbered_per_chapter(printed):
    text = "\n".join(printed)
    for caption in ("Tabel 1.1", "Tabel 2.1", "Tabel 2.2"):
        assert len(re.findall(re.escape(caption) + r"\b", text)) == 2  # the list and the caption
    assert "Tabel 1.2" not in text and "Tabel 2.3" not in text


@needs_libreoffice
def test_pdf_long_table_repeats_its_header_row(printed):
    start = next(i for i, page in enumerate(printed)
                 if "Tabel 1.1 Indikator" in page and "...." not in page)
    assert "Indikator 45" not in printed[start]
    assert first_line(printed[start + 1]) == HEADER_ROW


@needs_libreoffice
def test_pdf_landscape_pages_hold_the_landscape_table(pdf, printed):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(printed)), str(pdf)],
                          check=True, capture_output=True, text=True).stdout
    sizes = [(float(w), float(h))
             for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
    assert len(landscape) == 2 and landscape[1] == landscape[0] + 1
    assert "Tabel 2.2 Perjanjian kinerja" in printed[landscape[0]]
    assert first_line(printed[landscape[1]]) == HEADER_ROW  # header repeated sideways too
    assert "Indikator 40" in printed[landscape[1]]
    assert sizes[landscape[1] + 1][0] < sizes[landscape[1] + 1][1]  # portrait again
