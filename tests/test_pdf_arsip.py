"""The PDF of ``--pdf`` is archival and accessible: PDF/A-2b, tagged, fonts embedded, bookmarks of the chapters,
the document's title, subject, author and keywords; every figure of the .docx has its alternative text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from conftest import EXAMPLE
from office import NO_SOFFICE, SOFFICE

pytestmark = pytest.mark.skipif(not SOFFICE or not shutil.which("pdfinfo"), reason=NO_SOFFICE)


@pytest.fixture(scope="module")
def keluaran(tmp_path_factory):
    from lkj_excel.pipeline import konversi

    out = tmp_path_factory.mktemp("pdf")
    result = konversi(EXAMPLE, out, pdf=True)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    pdf = next(f for f in result.berkas if f.suffix == ".pdf")
    docx = next(f for f in result.berkas if f.suffix == ".docx")
    return pdf, docx


def _jalankan(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def test_the_pdf_declares_pdfa_2b_in_its_xmp_metadata(keluaran):
    pdf, _ = keluaran
    xmp = _jalankan("pdfinfo", "-meta", str(pdf))
    assert re.search(r"<pdfaid:part>2</pdfaid:part>", xmp)
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>", xmp)


def test_the_pdf_is_tagged_and_carries_the_documents_properties(keluaran):
    pdf, _ = keluaran
    info = _jalankan("pdfinfo", str(pdf))
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert "Title:           Laporan Kinerja Instansi Pemerintah Dinas Sosial Kabupaten Bengkalis Tahun 2023" in info
    assert re.search(r"^Author:\s+Dinas Sosial Kabupaten Bengkalis$", info, re.M)
    assert re.search(r"^Subject:\s+LKjIP Tahun 2023$", info, re.M)
    assert re.search(r"^Keywords:\s+LKjIP, SAKIP", info, re.M)


def test_the_docx_carries_the_same_properties(keluaran):
    import docx

    _, path = keluaran
    core = docx.Document(str(path)).core_properties
    assert core.title == "Laporan Kinerja Instansi Pemerintah Dinas Sosial Kabupaten Bengkalis Tahun 2023"
    assert (core.subject, core.author) == ("LKjIP Tahun 2023", "Dinas Sosial Kabupaten Bengkalis")
    assert core.keywords.startswith("LKjIP, SAKIP")


def test_every_font_of_the_pdf_is_embedded(keluaran):
    pdf, _ = keluaran
    rows = _jalankan("pdffonts", str(pdf)).splitlines()[2:]
    assert rows
    for row in rows:
        emb = row.split()[-5]  # name type encoding emb sub uni object ID: "emb" counted from the end
        assert emb == "yes", row


@pytest.mark.skipif(not shutil.which("pdftohtml"), reason="pdftohtml (poppler) tidak terpasang")
def test_the_pdf_has_bookmarks_of_the_chapters(keluaran):
    pdf, _ = keluaran
    xml = _jalankan("pdftohtml", "-xml", "-stdout", "-i", "-q", str(pdf))
    outline = xml[xml.index("<outline>"):]
    items = re.findall(r"<item page=\"\d+\">([^<]+)</item>", outline)
    for bab in ("KATA PENGANTAR", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
                "BAB IV PENUTUP", "LAMPIRAN", "3.2 Analisis Kinerja", "Sasaran 1: Meningkatnya PPKS Mandiri"):
        assert bab in items, bab


def test_every_figure_of_the_docx_has_its_alternative_text_with_its_numbers(keluaran):
    _, docx = keluaran
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    docpr = re.findall(r"<wp:docPr [^>]*>", xml)
    assert len(docpr) == 3  # the organisation chart and the two charts of the example
    for tag in docpr:
        descr = re.search(r'descr="([^"]+)"', tag)
        assert descr and descr.group(1).startswith("Gambar "), tag
    assert any("2023: Target 3,25%, Realisasi 3,63%." in tag for tag in docpr)
