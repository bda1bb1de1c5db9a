"""The Word draft of the LKjIP, read back as its reader sees it.

The bundled example is rendered once (without LibreOffice) and checked through
python-docx: the outline, every table of the reference report with its caption
number and the values of EXAMPLE.md written the Indonesian way, the generated
sentences, the signatures, the figures, the page set-up. Where LibreOffice is
installed, the report is also laid out and printed, and the pages are checked:
the table of contents has page numbers, no caption is parted from its table or
figure, no heading ends a page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Emu
from docx.table import Table
from docx.text.paragraph import Paragraph

from builders import konsisten, tepi
from conftest import EXAMPLE
from lkj_excel.audit import audit
from lkj_excel.model import UnitOrganisasi
from lkj_excel.reader import read_workbook
from lkj_excel.report.docx import bagan, render_report
from lkj_excel.report.docx.indeks import TOC, index_entries
from lkj_excel.report.libreoffice import convert_to_pdf, find_soffice
from lkj_excel.rules import hitung

SOFFICE = find_soffice()


def needs_libreoffice(test):
    """A test that lays the report out with LibreOffice; skipped, saying why, where there is none."""
    reason = "LibreOffice (soffice) is not installed: the printed pages are not checked"
    return pytest.mark.office(pytest.mark.skipif(SOFFICE is None, reason=reason)(test))


# --------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture(scope="module")
def contoh():
    """The example workbook read, computed and audited, as the pipeline hands it on."""
    lkjip, temuan = read_workbook(EXAMPLE)
    assert lkjip is not None
    hasil = hitung(lkjip)
    return lkjip, hasil, list(temuan) + list(audit(lkjip, hasil))


def render(tmp: Path, lkjip, hasil, temuan, name: str = "laporan.docx", **kw) -> Path:
    path = tmp / name
    render_report(lkjip, hasil, temuan, path, update_indexes=kw.pop("update_indexes", False), **kw)
    return path


@pytest.fixture(scope="module")
def laporan_path(tmp_path_factory, contoh) -> Path:
    return render(tmp_path_factory.mktemp("laporan"), *contoh)


@pytest.fixture(scope="module")
def laporan(laporan_path):
    return docx.Document(str(laporan_path))


def teks(x) -> str:
    """Text as read: non-breaking spaces as spaces, runs of white space as one."""
    return " ".join(x.text.replace("\u00a0", " ").split())


def blocks(document):
    """The body's paragraphs and tables, in order."""
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def headings(document) -> list[str]:
    return [teks(b) for b in blocks(document)
            if isinstance(b, Paragraph) and b.style.name.startswith(("Heading", "TOC Heading"))]


def captions(document) -> list[tuple[str, object]]:
    """Every caption with the block that follows it (its table) and the one before (its figure)."""
    items = list(blocks(document))
    return [(teks(b), items[i + 1] if i + 1 < len(items) else None, items[i - 1])
            for i, b in enumerate(items) if isinstance(b, Paragraph) and b.style.name == "Caption"]


def table_after(document, number: str) -> Table:
    """The table under the caption "Tabel <number> ..."."""
    for caption, after, _ in captions(document):
        if caption.startswith(f"Tabel {number} "):
            assert isinstance(after, Table), caption
            return after
    raise AssertionError(f"no caption Tabel {number}")


def cell_texts(table: Table) -> list[list[str]]:
    return [[teks(c) for c in row.cells] for row in table.rows]


def all_text(document) -> str:
    parts = []
    for b in blocks(document):
        parts.append(teks(b) if isinstance(b, Paragraph) else
                     " ".join(" ".join(row) for row in cell_texts(b)))
    return "\n".join(parts)


# --------------------------------------------------------------------------- outline

OUTLINE = [
    "KATA PENGANTAR", "RINGKASAN EKSEKUTIF", "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR",
    "BAB I PENDAHULUAN", "1.1 Latar Belakang", "1.2 Maksud dan Tujuan", "1.3 Tugas dan Fungsi",
    "1.4 Struktur Organisasi",
    "BAB II PERENCANAAN KINERJA", "2.1 Rencana Strategis Tahun 2021–2026", "2.2 Perjanjian Kinerja Tahun 2023",
    "BAB III AKUNTABILITAS KINERJA", "3.1 Pengukuran Kinerja", "3.2 Analisis Kinerja",
    "Sasaran 1: Meningkatnya PPKS Mandiri", "Sasaran 2: Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
    "3.3 Realisasi Anggaran", "3.4 Analisis Efisiensi",
    "BAB IV PENUTUP", "4.1 Kesimpulan", "4.2 Langkah Selanjutnya",
    "LAMPIRAN",
]


def test_chapters_and_sections_follow_the_outline(laporan):
    assert headings(laporan) == OUTLINE


def test_cover_comes_first(laporan):
    first = [teks(p) for p in laporan.paragraphs[:3]]
    assert first[0] == "LAPORAN KINERJA INSTANSI PEMERINTAH"
    assert "TAHUN 2023" in first[1]
    assert "DINAS SOSIAL KABUPATEN BENGKALIS PROVINSI RIAU" in " ".join(first)


def test_toc_and_lists_are_fields_word_updates(laporan):
    codes = [" ".join(i.text.split()) for i in laporan.element.body.iter(qn("w:instrText"))]
    assert 'TOC \\o "1-3" \\h \\z \\u' in codes
    assert 'TOC \\h \\z \\c "Tabel"' in codes and 'TOC \\h \\z \\c "Gambar"' in codes
    assert laporan.settings.element.find(qn("w:updateFields")) is not None


# --------------------------------------------------------------------------- tables

SEED_TABLES = [
    ("2.1", "Tujuan, Sasaran, Strategi dan Arah Kebijakan"),
    ("2.2", "Tujuan, Sasaran, Indikator dan Target Kinerja"),
    ("2.3", "Perjanjian Kinerja Tahun 2023"),
    ("2.4", "Realisasi Anggaran per Program Tahun 2023"),
    ("3.1", "Pengukuran Kinerja Tahun 2023"),
    ("3.2", "Capaian Kinerja Sasaran 1"),
    ("3.3", "Penjelasan Capaian Sasaran 1"),
    ("3.4", "Perjanjian Kinerja Eselon III"),
    ("3.5", "Jenis dan Jumlah PSKS Tersertifikasi"),
    ("3.6", "Jenis dan Jumlah Penerima Bantuan"),
    ("3.7", "Jenis Layanan dan Penerima Layanan Rehabilitasi Sosial"),
    ("3.8", "Jumlah Korban Bencana dan Jenis Layanan yang Diterima"),
    ("3.9", "Nilai dan Predikat Evaluasi AKIP Tahun 2021–2022"),
    ("3.10", "Capaian Kinerja Sasaran 2"),
    ("3.11", "Capaian Kinerja dan Anggaran Tahun 2023"),
    ("3.12", "Analisis Efisiensi Kinerja"),
    ("L.1", "Target dan Realisasi Persentase PPKS Mandiri Periode Renstra 2021–2026"),
    ("L.2", "Target dan Realisasi Predikat Akuntabilitas Kinerja Perangkat Daerah Periode Renstra 2021–2026"),
    ("L.3", "Definisi Operasional Indikator Kinerja"),
]
"""The tables of the reference report, and the Lampiran's multi-year tables and definitions (LKE 3.b.5, 2.a.2)."""


def test_every_table_of_the_reference_report_has_its_numbered_caption_above_it(laporan):
    tables = [(c, after) for c, after, _ in captions(laporan) if c.startswith("Tabel ")]
    assert [c for c, _ in tables] == [f"Tabel {n} {title}" for n, title in SEED_TABLES]
    assert all(isinstance(after, Table) for _, after in tables)


def test_captions_are_seq_fields_numbered_per_chapter(laporan):
    codes = [" ".join(i.text.split()) for i in laporan.element.body.iter(qn("w:instrText"))]
    seq = [c for c in codes if c.startswith("SEQ Tabel")]
    assert len(seq) == len(SEED_TABLES)
    assert seq[0].endswith("\\r 1 \\s 1") and seq[4].endswith("\\r 1 \\s 1")  # Tabel 2.1 and 3.1 restart
    assert seq[16].endswith("\\r 1 \\s 1")  # and Tabel L.1


@pytest.mark.parametrize("number, values", [
    ("2.1", ["Terwujudnya pelayanan sosial terhadap PPKS", "Penguatan kapasitas PSKS",
             "1. Melaksanakan bimbingan teknis berbasis kompetensi untuk PSKS"]),
    ("2.2", ["Jumlah PPKS Mandiri", "150 KK", "390 KK", "500 KK", "86%", "BB", "2020", "2026"]),
    ("2.3", ["Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "3,25%", "BB"]),
    ("2.4", ["Program Pemberdayaan Sosial", "Rp 5.287.178.900", "Rp 5.003.538.806", "94,64%", "86,08%",
             "96,15%", "88,27%", "93,36%", "Rp 57.367.577.759", "Rp 54.372.043.255", "94,78%", "APBD"]),
    ("3.1", ["3,25%", "3,63%", "111,64%", "Sangat Tinggi", "BB", "100,00%"]),
    ("3.2", ["2,70%", "100,00%", "3,25%", "3,63%", "111,64%", "134,57%"]),
    ("3.3", ["Jumlah PPKS Mandiri (KK)", "455", "16.875", "521", "581", "16.013", "2,70%", "3,63%"]),
    ("3.4", ["56%", "65,58%", "117,12%", "71%", "76,92%", "108,34%", "88%", "86,81%", "98,65%", "81,83%"]),
    ("3.5", ["Pendamping PKH", "74", "154", "85", "101"]),
    ("3.6", ["BPNT Otonom", "15.553", "15.633", "170.727", "16.013", "KPM"]),
    ("3.7", ["Penyandang Disabilitas", "153", "628", "1.185"]),
    ("3.8", ["Permakanan", "2.790", "1.763", "KK/jiwa"]),
    ("3.9", ["Perencanaan Kinerja", "22,20", "24,00", "9,90", "14,25", "70,35", "73,50", "BB"]),
    ("3.10", ["Predikat Akuntabilitas Kinerja Perangkat Daerah", "B", "80,00%", "BB", "100,00%", "naik 1 tingkat"]),
    ("3.11", ["111,64%", "Rp 44.825.594.200", "Rp 42.662.912.883", "95,18%", "Rp 12.541.983.559", "93,36%",
              "Rp 57.367.577.759", "94,78%"]),
    ("3.12", ["111,64%", "95,18%", "117,30", "100,00%", "93,36%", "107,11", "Sangat Efisien"]),
])
def test_table_values_are_written_the_indonesian_way(laporan, number, values):
    cells = {c for row in cell_texts(table_after(laporan, number)) for c in row}
    missing = [v for v in values if v not in cells]
    assert not missing, f"Tabel {number} lacks {missing}"


def test_budget_tables_show_the_computed_figures_not_the_typed_ones(laporan):
    text = " ".join(c for row in cell_texts(table_after(laporan, "3.11")) for c in row)
    assert "44.416.379.200" not in text and "42.277.199.383" not in text  # the agency's own, wrong
    assert "94,05%" not in text


def test_total_rows_are_bold(laporan):
    for number in ("2.4", "3.5", "3.7", "3.11"):
        last = table_after(laporan, number).rows[-1]
        runs = [r for c in last.cells for p in c.paragraphs for r in p.runs if r.text.strip()]
        assert runs and all(r.bold for r in runs), number
        assert teks(last.cells[0]) == "Jumlah"


def test_supporting_total_is_computed_and_the_difference_noted(laporan):
    rows = cell_texts(table_after(laporan, "3.5"))
    assert rows[-1] == ["Jumlah", "154", "85", "101"]  # the agency typed 127 for 2022
    after = next(b for b in blocks(laporan) if isinstance(b, Paragraph)
                 and "baris jumlah merupakan hasil penjumlahan" in b.text)
    assert after is not None
    assert "Jumlah" not in {r[0] for r in cell_texts(table_after(laporan, "3.6"))}  # no typed total there


def test_header_rows_repeat_and_no_row_splits(laporan):
    for number, _ in SEED_TABLES:
        table = table_after(laporan, number)
        first = table.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")) is not None, number
        assert all(r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None
                   for r in table.rows), number


def test_vertical_merges_in_the_renstra_table(laporan):
    table = table_after(laporan, "2.1")
    merges = [tc.tcPr.find(qn("w:vMerge")) for tr in table._tbl.tr_lst for tc in tr.tc_lst
              if tc.tcPr is not None and tc.tcPr.find(qn("w:vMerge")) is not None]
    assert any(m.get(qn("w:val")) == "restart" for m in merges)
    assert len(merges) > 10


# --------------------------------------------------------------------------- page set-up


def sections_of_blocks(document):
    """Each body block with the section it belongs to (a section ends with the paragraph carrying its sectPr)."""
    pending = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:sectPr"):
            yield from ((b, Section(child, document.part)) for b in pending)
            return
        pending.append(child)
        pPr = child.find(qn("w:pPr")) if child.tag == qn("w:p") else None
        if pPr is not None and pPr.find(qn("w:sectPr")) is not None:
            section = Section(pPr.find(qn("w:sectPr")), document.part)
            yield from ((b, section) for b in pending)
            pending = []


def test_no_table_is_wider_than_the_text_of_its_section(laporan):
    checked = 0
    for element, section in sections_of_blocks(laporan):
        if element.tag != qn("w:tbl"):
            continue
        text_width = Emu(section.page_width - section.left_margin - section.right_margin).twips
        grid = sum(int(g.get(qn("w:w"))) for g in element.tblGrid.gridCol_lst)
        assert grid <= text_width + 2, f"table of {grid} twips in a text width of {text_width}"
        checked += 1
    assert checked == len(laporan.tables)


def test_front_matter_in_roman_numbers_then_chapters_from_one(laporan):
    formats = []
    for section in laporan.sections:
        pg = section._sectPr.find(qn("w:pgNumType"))
        formats.append(None if pg is None else (pg.get(qn("w:fmt")), pg.get(qn("w:start"))))
    assert formats[1] == ("lowerRoman", "1")
    assert formats[2] == ("decimal", "1")
    assert all(f is None or f[1] is None for f in formats[3:])  # later sections continue


def test_running_header_with_the_short_title(laporan):
    body = laporan.sections[2]
    assert teks(body.header.paragraphs[0]) == "LKjIP Dinas Sosial Kabupaten Bengkalis Tahun 2023"
    assert not teks(laporan.sections[1].header.paragraphs[0])  # none over the front matter


def test_wide_renstra_table_gets_a_landscape_page(laporan):
    landscape = [s for _, s in sections_of_blocks(laporan) if s.page_width > s.page_height]
    table = table_after(laporan, "2.2")
    sections = dict((id(el), s) for el, s in sections_of_blocks(laporan))
    section = sections[id(table._tbl)]
    assert section.page_width > section.page_height and landscape


# --------------------------------------------------------------------------- prose and signatures


def test_kata_pengantar_is_signed_by_the_head(laporan):
    text = [teks(p) for p in laporan.paragraphs]
    i = text.index("Bengkalis, Januari 2024")
    block = text[i:i + 9]
    assert block[1:3] == ["KEPALA DINAS SOSIAL", "KABUPATEN BENGKALIS"]
    assert "SUPARDI, S.Sos., MH" in block
    name = laporan.paragraphs[i + block.index("SUPARDI, S.Sos., MH")]
    assert all(r.bold and r.underline for r in name.runs)
    assert block[-2:] == ["Pembina Utama Muda (IV/c)", "NIP. 19710808 199703 1 006"]
    assert text.index("Bengkalis, Januari 2024") < text.index("RINGKASAN EKSEKUTIF")


def test_perjanjian_kinerja_in_the_appendix_with_both_signatures(laporan):
    text = [teks(p) for p in laporan.paragraphs]
    assert text.index("LAMPIRAN") < text.index("PERJANJIAN KINERJA TAHUN 2023 DINAS SOSIAL KABUPATEN BENGKALIS")
    signatures = next(t for t in reversed(laporan.tables) if "PIHAK PERTAMA," in "".join(c.text for c in t.rows[0].cells))
    left, right = ["\n".join(teks(p) for p in c.paragraphs) for c in signatures.rows[0].cells]
    assert "PIHAK KEDUA," in left and "BUPATI BENGKALIS" in left and "......" in left  # no name given
    assert "PIHAK PERTAMA," in right and "SUPARDI, S.Sos., MH" in right
    assert "NIP. 19710808 199703 1 006" in right
    i = next(n for n, t in enumerate(laporan.tables) if t._tbl is signatures._tbl)
    pk = laporan.tables[i - 2]
    assert [r[3] for r in cell_texts(pk)[1:]] == ["3,25%", "BB"]


def test_generated_sentences_carry_the_numbers(laporan):
    text = all_text(laporan)
    assert "2 (dua) sasaran strategis dengan 2 (dua) indikator kinerja" in text
    assert ("Dari PPKS Mandiri yang ditargetkan sebanyak 521 KK, terealisasi 581 KK dari keseluruhan "
            "Fakir Miskin sebanyak 16.013 KK.") in text
    assert "target indikator Persentase PPKS Mandiri sebesar 3,25% terlampaui dengan realisasi 3,63%" in text
    assert "sebesar 500 KK, realisasi tahun 2023 sebesar 581 KK telah mencapai 116,20%" in text
    assert "lebih tinggi 0,93 poin persen" in text and "134,57%" in text
    assert "Rp 57.367.577.759" in text and "94,78%" in text
    assert "indeks efisiensi sasaran ini 117,30 sehingga tergolong Sangat Efisien" in text
    assert "nilai 73,50 dengan predikat BB" in text and "700.1.2.1/117/ITDA" in text


def test_operational_objectives_are_explained_with_their_counts(laporan):
    """Under Tabel 3.4, each operational indicator with the counts behind its percentages, as the seed says them."""
    text = all_text(laporan)
    missing = [s for s in (
        "sebagaimana tertuang dalam Perjanjian Kinerja Eselon III (Tabel 3.4)",
        "Persentase peningkatan PSKS yang tersertifikasi: dari target 56% (86 orang) terealisasi 65,58% "
        "(101 dari 154 orang), dengan capaian 117,12% (Sangat Tinggi)",
        "dari target 71% (9 lembaga) terealisasi 76,92% (10 dari 13 lembaga)",
        "dari target 88% terealisasi 86,81% (170.727 dari 196.660 jiwa), dengan capaian 98,65%",
    ) if s not in text]
    assert missing == []


def test_operational_levels_name_the_table_and_its_rows(tmp_path):
    """Eselon IV rows beside Eselon III ones: the caption names both levels and the table gets an Eselon column;
    a target whose penyebut the realisasi does not say is written with it."""
    from builders import operasional

    m = konsisten()
    m.operasional.append(operasional("Persentase arsip tertata", 90, 5, realisasi=95, target_pembilang=45,
                                     target_penyebut=50, satuan_pembilang="berkas"))
    m.operasional[-1].eselon = "IV"
    h = hitung(m)
    document = docx.Document(str(render(tmp_path, m, h, audit(m, h))))
    (caption,) = [c for c, _, _ in captions(document) if "Perjanjian Kinerja Eselon" in c]
    assert caption.endswith("Perjanjian Kinerja Eselon III dan IV")
    rows = cell_texts(table_after(document, caption.split()[1]))
    assert rows[0][:4] == ["No", "Sasaran Operasional", "Eselon", "Indikator"]
    assert [r[2] for r in rows[2:]] == ["III", "IV"]
    text = all_text(document)
    assert "dalam Perjanjian Kinerja Eselon III dan IV" in text
    assert "Persentase arsip tertata: dari target 90% (45 dari 50 berkas) terealisasi 95%, dengan capaian" in text
    assert "dari target 80% (40 layanan) terealisasi 90% (45 dari 50 layanan)" in text


def test_executive_summary_counts_and_causes(laporan):
    start = headings(laporan).index("RINGKASAN EKSEKUTIF")
    paragraphs = [teks(p) for p in laporan.paragraphs]
    i, j = paragraphs.index("RINGKASAN EKSEKUTIF"), paragraphs.index("DAFTAR ISI")
    summary = " ".join(paragraphs[i:j])
    assert start >= 0
    assert "2 (dua) sasaran strategis" in summary and "2 (dua) indikator kinerja" in summary
    assert "2 (dua) indikator mencapai atau melampaui target" in summary
    assert "94,78%" in summary and "predikat BB" in summary
    assert "Pendamping sosial melakukan pendekatan pribadi" in summary  # Faktor Keberhasilan
    assert "merevisi Rencana Strategis" in summary  # Langkah Selanjutnya


def test_efficiency_method_sentence_under_its_table(laporan, contoh):
    items = list(blocks(laporan))
    table = table_after(laporan, "3.12")
    i = next(i for i, b in enumerate(items) if isinstance(b, Table) and b._tbl is table._tbl)
    assert contoh[1].keterangan_efisiensi in teks(items[i + 1])


def test_causes_and_next_steps_from_the_narrative(laporan):
    text = [teks(p) for p in laporan.paragraphs]
    assert "Data PPKS makin akurat karena pendamping memverifikasi kondisi keluarga secara rutin." in text
    steps = [t for t in text[text.index("4.2 Langkah Selanjutnya"):] if re.match(r"^\d\. ", t)]
    assert steps[0] == "1. Meningkatkan kapasitas dan kualitas sumber daya aparatur."
    assert len(steps) == 6


def test_no_english_number_formats(laporan):
    text = all_text(laporan)
    assert not re.search(r"\d\.\d{1,2}%", text)  # 3.63%
    assert not re.search(r"\d,\d{3}(?!\d)", text)  # 16,013
    assert "Rp." not in text


# --------------------------------------------------------------------------- figures


def test_figures_are_embedded_with_their_captions_below(laporan):
    figures = [(c, before) for c, _, before in captions(laporan) if c.startswith("Gambar ")]
    assert [c.split(" ", 2)[1] for c, _ in figures] == ["1.1", "3.1", "3.2"]
    assert figures[0][0] == "Gambar 1.1 Struktur Organisasi Dinas Sosial Kabupaten Bengkalis"
    for caption, before in figures:
        assert isinstance(before, Paragraph) and before._p.findall(".//" + qn("w:drawing")), caption
    assert len(laporan.inline_shapes) == 3


def test_logo_from_the_workbook_folder_goes_on_the_cover(tmp_path, contoh):
    lkjip, hasil, temuan = contoh
    folder = tmp_path / "kerja"
    folder.mkdir()
    (folder / "logo.png").write_bytes(bagan.bagan_organisasi([UnitOrganisasi("K", "Kepala Dinas")]))
    with_logo = replace(lkjip, identitas=replace(lkjip.identitas, berkas_logo="logo.png"))
    document = docx.Document(str(render(tmp_path, with_logo, hasil, temuan, sumber=folder / "isian.xlsx")))
    assert len(document.inline_shapes) == 4
    cover = [b for b in blocks(document)][:4]
    assert any(isinstance(b, Paragraph) and b._p.findall(".//" + qn("w:drawing")) for b in cover)


@pytest.mark.parametrize("logo", ["tidak_ada.png", "../rusak.png", "bukan_gambar.png"])
def test_a_missing_or_broken_logo_is_left_out(tmp_path, contoh, logo):
    lkjip, hasil, temuan = contoh
    (tmp_path / "bukan_gambar.png").write_text("bukan gambar")
    (tmp_path.parent / "rusak.png").write_bytes(b"\x89PNG\r\n\x1a\n rusak")
    broken = replace(lkjip, identitas=replace(lkjip.identitas, berkas_logo=logo))
    document = docx.Document(str(render(tmp_path, broken, hasil, temuan, sumber=tmp_path / "isian.xlsx")))
    assert len(document.inline_shapes) == 3


def test_the_agencys_own_organisation_chart_is_used(tmp_path, contoh):
    lkjip, hasil, temuan = contoh
    own = bagan.bagan_organisasi([UnitOrganisasi("K", "Kepala Badan"), UnitOrganisasi("S", "Sekretariat", "K")])
    (tmp_path / "bagan.png").write_bytes(own)
    with_chart = replace(lkjip, identitas=replace(lkjip.identitas, berkas_bagan="bagan.png"))
    document = docx.Document(str(render(tmp_path, with_chart, hasil, temuan, sumber=tmp_path / "isian.xlsx")))
    blobs = [r.target_part.blob for r in document.part.rels.values() if r.reltype.endswith("/image")]
    assert own in blobs


# --------------------------------------------------------------------------- other workbooks


def test_edge_cases_render_with_explanations_instead_of_numbers(tmp_path):
    m = tepi()
    h = hitung(m)
    text = all_text(docx.Document(str(render(tmp_path, m, h, audit(m, h)))))
    assert "realisasinya belum tersedia sehingga capaiannya belum dapat dihitung" in text
    assert "Persentase penduduk miskin (makin rendah makin baik)" in text
    assert "Sasaran ini belum memiliki indikator kinerja" in text
    assert "Belum ada program anggaran yang dipetakan" in text
    assert "Efisiensinya belum dapat dinilai" in text
    assert "sebesar - " not in text and "(kategori -)" not in text


def test_national_standard_and_renstra_gap_are_explained(tmp_path):
    m = konsisten()
    h = hitung(m)
    text = all_text(docx.Document(str(render(tmp_path, m, h, audit(m, h)))))
    assert ("Dibandingkan standar nasional sebesar 55%, realisasi tahun 2024 sebesar 60% berada 5 poin persen "
            "di atas standar tersebut, dengan tingkat pemenuhan 109,09%.") in text
    assert "masih diperlukan penurunan 1 poin persen untuk mencapai target akhir periode" in text
    assert "predikat realisasi naik 1 (satu) tingkat, dari BB menjadi A" in text


def test_a_short_renstra_table_stays_portrait(tmp_path):
    m = konsisten()
    m.identitas = replace(m.identitas, renstra_awal=2023, renstra_akhir=2025)
    h = hitung(m)
    document = docx.Document(str(render(tmp_path, m, h, [])))
    # cover, front matter, chapters, and the Lampiran's multi-year tables on a page of their own: no landscape part
    assert len(document.sections) == 4
    assert all(s.page_width < s.page_height for s in document.sections)


def test_a_restyled_reference_document_sets_the_header_shade_and_the_charts_typeface(tmp_path, contoh):
    """An agency restyles input_templates/gaya_laporan.docx: its table header shade and body typeface follow."""
    from lkj_excel.report.docx import REFERENCE_DOCX

    restyled = tmp_path / "gaya_sendiri.docx"
    reference = docx.Document(str(REFERENCE_DOCX))
    styles = reference.styles.element
    shd = styles.get_by_id("TabelLKjIP").xpath('w:tblStylePr[@w:type="firstRow"]/w:tcPr/w:shd')[0]
    shd.set(qn("w:fill"), "FFC000")
    reference.styles["Normal"].font.name = "Arial"
    reference.save(str(restyled))
    document = docx.Document(str(render(tmp_path, *contoh, reference=restyled)))
    header = document.tables[0].rows[0].cells[0]._tc
    assert header.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "FFC000"
    charts = [r.target_part.blob.decode() for r in document.part.rels.values() if r.reltype.endswith("/chart")]
    assert charts and all('typeface="Arial"' in c and "Times New Roman" not in c for c in charts)


def test_writes_only_the_given_file(tmp_path, contoh):
    out = tmp_path / "keluaran"
    out.mkdir()
    render(out, *contoh, name="draf.docx")
    assert [p.name for p in out.iterdir()] == ["draf.docx"]


# --------------------------------------------------------------------------- the printed pages (LibreOffice)


@pytest.fixture(scope="module")
def dicetak(tmp_path_factory, contoh):
    """The example rendered with the LibreOffice index pass, then printed: (docx, pdf, page texts)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the printed pages are not checked")
    out = tmp_path_factory.mktemp("dicetak")
    path = render(out, *contoh, update_indexes=True)
    assert [p.name for p in out.iterdir()] == [path.name]
    pdf = convert_to_pdf(path, tmp_path_factory.mktemp("pdf"), timeout=120)
    assert pdf is not None
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return path, pdf, text.split("\f")[:-1]


def lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


def footer(page: str) -> str:
    return lines(page)[-1]


@needs_libreoffice
def test_printed_toc_shows_page_numbers(dicetak):
    path, _, pages = dicetak
    document = docx.Document(str(path))
    toc = index_entries(document, TOC)
    assert [line.split("\t")[0] for line in toc] == [h for h in OUTLINE if h != "DAFTAR ISI"]
    numbers = dict(line.split("\t") for line in toc)
    assert numbers["KATA PENGANTAR"] == "i" and numbers["BAB I PENDAHULUAN"] == "1"
    assert all(n.isdigit() for title, n in numbers.items() if title.startswith(("BAB", "LAMPIRAN")))
    by_number = {footer(p): p for p in pages}
    for title, number in numbers.items():
        assert title.upper() in " ".join(by_number[number].split()).upper(), title
    assert len(index_entries(document, "Tabel")) == len(SEED_TABLES)
    assert all("\t" in line for line in index_entries(document, "Gambar"))


@needs_libreoffice
def test_printed_page_count_and_numbers(dicetak):
    _, _, pages = dicetak
    assert 15 <= len(pages) <= 40
    numbers = [footer(p) for p in pages[1:]]  # the cover has none
    roman = numbers[:numbers.index("1")]
    assert roman == ["i", "ii", "iii", "iv", "v"][:len(roman)] and len(roman) >= 4
    assert numbers[len(roman):] == [str(n) for n in range(1, len(numbers) - len(roman) + 1)]


def caption_page(pages: list[str], caption: str) -> tuple[int, int]:
    """The page and line where a caption stands (in the chapters, not in the lists of the front matter)."""
    words = caption.split()
    start = " ".join(words[:3])
    for n, page in enumerate(pages):
        if not footer(page).isdigit():
            continue
        for i, line in enumerate(lines(page)):
            if line.startswith(start) and "...." not in line:
                return n, i
    raise AssertionError(f"caption not printed: {caption}")


@needs_libreoffice
def test_printed_captions_stand_on_the_page_of_their_table(dicetak):
    path, _, pages = dicetak
    document = docx.Document(str(path))
    for caption, table, _ in captions(document):
        if not caption.startswith("Tabel "):
            continue
        n, i = caption_page(pages, caption)
        below = " ".join(lines(pages[n])[i + 1:])
        header = {w for c in table.rows[0].cells for w in teks(c).split()}
        assert all(w in below for w in header), f"{caption}: its table starts on another page"


@needs_libreoffice
def test_printed_figures_stand_above_their_captions(dicetak):
    """The organisation chart is a picture on its caption's page; a chart's legend and bar labels
    are printed above its caption."""
    path, pdf, pages = dicetak
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    image_pages = {int(row.split()[0]) - 1 for row in listing.splitlines()[2:] if row.strip()}
    figures = [c for c, _, _ in captions(docx.Document(str(path))) if c.startswith("Gambar ")]
    n, _ = caption_page(pages, figures[0])
    assert n in image_pages, f"{figures[0]} is not on the page of its figure"
    for caption, labels in zip(figures[1:], (["3,25%", "3,63%"], ["BB", "B"])):
        n, i = caption_page(pages, caption)
        above = " ".join(lines(pages[n])[:i])
        assert "Target" in above and "Realisasi" in above, f"{caption}: no chart above it"
        assert all(label in above.split() for label in labels), (caption, above[-300:])


@needs_libreoffice
def test_printed_headings_never_end_a_page(dicetak):
    path, _, pages = dicetak
    for heading in headings(docx.Document(str(path))):
        if heading.startswith(("BAB", "DAFTAR")) or heading in ("LAMPIRAN",):
            continue  # chapters begin a page
        found = False
        for page in pages:
            page_lines = lines(page)
            for i, line in enumerate(page_lines):
                if line == heading:
                    found = True
                    after = page_lines[i + 1:-1]  # the last line is the page number
                    assert after, f"{heading!r} ends a page"
        assert found, heading


@needs_libreoffice
def test_printed_landscape_page_holds_the_renstra_table(dicetak):
    _, pdf, pages = dicetak
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(len(pages)), str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
    assert landscape and "Tabel 2.2 Tujuan, Sasaran, Indikator" in pages[landscape[0]]


def test_every_picture_and_chart_says_what_it_shows(laporan):
    """Alternative text (wp:docPr/@descr) for every drawing: the caption and, for a chart, its numbers as printed."""
    from docx.oxml.ns import qn as _qn

    docpr = list(laporan.element.body.iter(_qn("wp:docPr")))
    assert len(docpr) >= 3 and all(d.get("descr") for d in docpr)
    descr = [d.get("descr") for d in docpr]
    chart = next(t for t in descr if t.startswith("Gambar 3.1 Target dan Realisasi Persentase PPKS Mandiri"))
    assert "2022: Target 2,70%, Realisasi 2,70%." in chart and "2023: Target 3,25%, Realisasi 3,63%." in chart
    assert any(t.startswith("Gambar 1.1 Struktur Organisasi") and "Sekretariat" in t for t in descr)


def test_the_document_carries_its_title_subject_author_and_keywords(laporan):
    core = laporan.core_properties
    assert core.title == "Laporan Kinerja Instansi Pemerintah Dinas Sosial Kabupaten Bengkalis Tahun 2023"
    assert core.subject == "LKjIP Tahun 2023" and core.author == "Dinas Sosial Kabupaten Bengkalis"
    assert "LKjIP" in core.keywords and "2023" in core.keywords


def test_the_largest_budget_reads_in_full_digits(tmp_path, edit_example):
    """A budget near the bound (Rp 1.000 triliun) is written digit by digit, never as 9,99e+14, in both outputs."""
    import zipfile

    from lkj_excel.pipeline import konversi

    path = edit_example({"Anggaran!E8": 999_999_999_999_999, "Anggaran!F8": 899_999_999_999_999, "Anggaran!E9": None, "Anggaran!F9": None})
    result = konversi(path, tmp_path / "keluar", daftar_isi=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    report = docx.Document(str(tmp_path / "keluar" / "ubah_laporan.docx"))
    text = " ".join(t.text for t in report.element.body.iter(qn("w:t"))).replace("\u00a0", " ")
    assert "Rp 999.999.999.999.999" in text
    exponent = re.compile(r"\d[eE][+-]?\d")
    assert not exponent.search(text)
    with zipfile.ZipFile(tmp_path / "keluar" / "ubah_laporan.xlsx") as zf:
        strings = zf.read("xl/sharedStrings.xml").decode("utf-8")
    assert not exponent.search(re.sub(r"<[^>]+>", " ", strings))


@pytest.mark.parametrize("how", ["mutlak", "naik", "tautan"])
def test_a_picture_outside_the_workbooks_folder_is_never_read_into_the_report(tmp_path, how):
    """A workbook from another office must not copy a file of this computer into the report."""
    import os
    import shutil

    from catalogue import png
    from lkj_excel.pipeline import konversi

    secret = png(321, 123) + b"RAHASIA-KANTOR"
    (tmp_path / "rahasia.png").write_bytes(secret)
    folder = tmp_path / "kiriman"
    folder.mkdir()
    name = {"mutlak": str(tmp_path / "rahasia.png"), "naik": "../rahasia.png", "tautan": "logo.png"}[how]
    if how == "tautan":
        if not hasattr(os, "symlink"):
            pytest.skip("no symbolic links here")
        os.symlink(tmp_path / "rahasia.png", folder / "logo.png")  # inside the folder, leading out of it
    path = folder / "isian.xlsx"
    shutil.copyfile(EXAMPLE, path)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb["Identitas"]["B24"] = name
    wb["Identitas"]["B25"] = name
    wb.save(path)
    result = konversi(path, tmp_path / "keluar", daftar_isi=False)
    assert result.berhasil
    refused = [t for t in result.temuan if t.kode == "gambar-ditolak"]
    assert [t.sel for t in refused] == [("Identitas!B24",), ("Identitas!B25",)]
    assert "di luar folder workbook" in refused[0].pesan
    for written in result.berkas:
        assert b"RAHASIA-KANTOR" not in _all_parts(written)


def _all_parts(path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(n) for n in zf.namelist())


def test_a_picture_of_zero_width_is_left_out_of_a_report_built_directly(tmp_path, contoh):
    from catalogue import png

    lkjip, hasil, temuan = contoh
    (tmp_path / "nol.png").write_bytes(png(0, 50))
    broken = replace(lkjip, identitas=replace(lkjip.identitas, berkas_logo="nol.png", berkas_bagan="nol.png"))
    document = docx.Document(str(render(tmp_path, broken, hasil, temuan, sumber=tmp_path / "isian.xlsx")))
    assert len(document.inline_shapes) == 3  # the drawn organisation chart and the two charts' pictures, no logo
