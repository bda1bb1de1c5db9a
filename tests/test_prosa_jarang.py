"""Sparse data: every sentence the Word report generates reads whole when a piece of data is absent.

The example workbook is edited as an agency's clerk would leave it (no budget, no budget realisasi,
no AKIP scores, no Renstra end target, no earlier year, no supporting tables, one indicator, no
formula, no narrative, one narrative item, sasaran codes out of order), and a blank template is
filled with no more than its required sheets. Each converts end to end; every paragraph of the
Word report is read back and checked for an empty slot (``slot_kosong``: double spaces, a space
before punctuation, empty brackets, a dangling "Tahun", "Rp 0", a dash standing for a value,
"0 (nol) ...", a repeated name, "antara lain" before a list of one, a sasaran named by its code),
and the captions of the Word report and the sheets of the output workbook follow the catalogue.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook

from conftest import EXAMPLE, TEMPLATE
from isi import isi_template
from lkj_excel import rules
from lkj_excel import schema as sc
from lkj_excel.pipeline import konversi
from lkj_excel.reader import read_workbook
from lkj_excel.report.katalog import katalog
from test_katalog import _excel_titles, _word_captions

# --------------------------------------------------------------------------- the checker

_SLOT = [
    ("spasi ganda", re.compile(r"\S {2,}\S")),
    ("spasi sebelum tanda baca", re.compile(r" (?:[,;:)]|\.(?!\.))")),  # not a dotted blank "........"
    ("kurung kosong", re.compile(r"\(\s*\)")),
    ("Tahun tanpa tahun", re.compile(r"\bTahun\s*(?:[.,;:)]|$)|\btahun\s*$")),
    ("Rp 0", re.compile(r"Rp\s?0(?![\d.,])")),
    ("tanda hubung sebagai nilai", re.compile(r"(?:^|\s)-(?:\s|[;,.)]|$)")),
    ("nol (nol)", re.compile(r"(?<![\d.,])0 \(nol\)")),
    ("kata berulang", re.compile(r"\b(\w+(?: \w+){0,2}) \1\b", re.IGNORECASE)),
    ("kode sasaran", re.compile(r"\b[Ss]asaran S\d+\b")),
    ("isian mentah", re.compile(r"\bNone\b|\bnan\b|[{}]")),
]


def slot_kosong(teks: str) -> list[str]:
    """The names of the empty-slot patterns one paragraph shows (none for a whole sentence)."""
    teks = teks.replace("\u00a0", " ")
    return [nama for nama, pola in _SLOT if pola.search(teks)]


def _daftar(p: Paragraph) -> bool:
    return p.style.name.startswith("List") or p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None


def periksa(document) -> list[str]:
    """Every paragraph of the body with an empty slot, and every "antara lain:" before a list of one item."""
    paragraf = [p for p in document.paragraphs if p.text.strip()]
    salah = [f"{nama}: {p.text!r}" for p in paragraf for nama in slot_kosong(p.text)]
    for i, p in enumerate(paragraf):
        if p.text.rstrip().endswith("antara lain:"):
            n = 0
            while i + 1 + n < len(paragraf) and _daftar(paragraf[i + 1 + n]):
                n += 1
            if n == 1:
                salah.append(f"antara lain sebelum satu butir: {p.text!r}")
    return salah


@pytest.mark.parametrize("kalimat", [
    "Untuk mencapai sasaran tersebut, Dinas Sosial mengelola anggaran sebesar Rp 0 dengan realisasi Rp 0 atau - dari pagu.",
    "Pada Tahun Anggaran 2023 Dinas Sosial memperoleh alokasi anggaran yang dilaksanakan melalui 0 (nol) program.",
    "Nilai Evaluasi AKIP Tahun ",
    "Tabel 3.9 Nilai Evaluasi AKIP Tahun",
    "Target akhir Renstra tahun 2026 untuk indikator Jumlah PPKS Mandiri adalah -; realisasi tahun 2023 belum dapat "
    "dibandingkan dengan target tersebut.",
    "LKjIP Pemerintah Provinsi Riau Provinsi Riau Tahun 2023",
    "anggaran yang bersumber dari APBD Provinsi Riau Provinsi Riau sebesar Rp 1.000.000",
    "Demikian Laporan Kinerja Instansi Pemerintah Pemerintah Kabupaten Bengkalis Tahun 2025 ini disusun.",
    "Capaian sasaran S3 sebesar 100,00% (kategori -).",
    "capaian kinerjanya 111,64% (kategori ).",
    "Dari PPKS Mandiri yang ditargetkan sebanyak 521 , terealisasi 581  dari keseluruhan Fakir Miskin.",
])
def test_the_checker_catches_the_reproductions_of_the_issue(kalimat):
    assert slot_kosong(kalimat), kalimat


@pytest.mark.parametrize("kalimat", [
    "Target akhir Renstra tahun 2026 untuk indikator Jumlah PPKS Mandiri sebesar 500 KK.",
    "Pengukuran dihitung dengan rumus (2 × target − realisasi) ÷ target × 100%; Renstra Tahun 2021–2026.",
    "Perbandingan dengan tahun-tahun sebelumnya dalam satu tahun, dengan memperhitungkan sumber daya.",
    "Bengkalis, ........................ 2023",
    "ditandai dengan tanda hubung (-).",
    "Sasaran 1 dan Sasaran 2 tergolong Sangat Efisien.",
    "Realisasi anggaran mencapai 94,78% dari pagu Rp 57.367.577.759.",
])
def test_the_checker_lets_whole_sentences_pass(kalimat):
    assert slot_kosong(kalimat) == []


# --------------------------------------------------------------------------- workbooks with a piece removed


def _kolom(ws, header: str, header_row: int = sc.HEADER_ROW) -> int:
    return next(c for c in range(1, ws.max_column + 1) if sc.normal(ws.cell(header_row, c).value or "") == sc.normal(header))


def _baris(ws) -> list[tuple[int, dict[str, object]]]:
    headers = {c: ws.cell(sc.HEADER_ROW, c).value for c in range(1, ws.max_column + 1) if ws.cell(sc.HEADER_ROW, c).value}
    out = []
    for r in range(sc.FIRST_DATA_ROW, ws.max_row + 1):
        row = {h: ws.cell(r, c).value for c, h in headers.items()}
        if any(v is not None and not str(v).startswith("=") for v in row.values()):
            out.append((r, row))
    return out


def _hapus(ws, pilih) -> None:
    """Clear the typed cells of the rows ``pilih(row)`` selects, as a clerk deleting them (the template's formulas stay)."""
    for r, row in _baris(ws):
        if pilih(row):
            for c in range(1, ws.max_column + 1):
                if not str(ws.cell(r, c).value).startswith("="):
                    ws.cell(r, c).value = None


def _kosongkan(ws, *headers: str) -> None:
    for h in headers:
        c = _kolom(ws, h)
        for r in range(sc.FIRST_DATA_ROW, ws.max_row + 1):
            ws.cell(r, c).value = None


def _isian(ws, label: str, nilai) -> None:
    r = next(r for r in range(1, ws.max_row + 1) if sc.normal(ws.cell(r, 1).value or "") == sc.normal(label))
    ws.cell(r, 2).value = nilai


def _tanpa_anggaran(wb):
    _hapus(wb["Anggaran"], lambda row: True)
    _kosongkan(wb["AngkaTertulis"], "Anggaran", "Realisasi Anggaran", "Penyerapan (%)", "Tingkat Efisiensi")


def _tanpa_realisasi_anggaran(wb):
    _kosongkan(wb["Anggaran"], "Realisasi")
    _kosongkan(wb["AngkaTertulis"], "Realisasi Anggaran", "Penyerapan (%)", "Tingkat Efisiensi")


def _tanpa_nilai_akip(wb):
    _kosongkan(wb["AKIP"], "Nilai 2021", "Nilai 2022")


def _tanpa_target_akhir(wb):
    _kosongkan(wb["IndikatorRenstra"], "Target Akhir")


def _tanpa_tahun_lalu(wb):
    _hapus(wb["Realisasi"], lambda row: row["Tahun"] != 2023)


def _tanpa_pendukung(wb):
    for name in [n for n in wb.sheetnames if n.startswith(sc.DATA_PREFIX)]:
        del wb[name]
    _hapus(wb["Operasional"], lambda row: True)


def _satu_indikator(wb):
    _hapus(wb["PK"], lambda row: row["Kode Sasaran"] == "S2")
    _hapus(wb["Realisasi"], lambda row: row["Kode Indikator"] == "I2")
    _hapus(wb["Anggaran"], lambda row: row["Kode Sasaran"] == "S2" or str(row["Program / Kegiatan / Sub Kegiatan"]).startswith("Jumlah"))
    for sheet in ("AngkaTertulis", "Narasi"):
        _hapus(wb[sheet], lambda row: row["Kode Sasaran"] == "S2")
    _isian(wb["Pengaturan"], "Kode indikator predikat AKIP", None)


def _tanpa_rumus(wb):
    _kosongkan(wb["PK"], "Label Pembilang", "Satuan Pembilang", "Target Pembilang", "Label Penyebut", "Satuan Penyebut",
               "Target Penyebut", "Faktor Pengali")
    ws = wb["Realisasi"]
    for r, row in _baris(ws):
        if row["Kode Indikator"] == "I1":
            ws.cell(r, _kolom(ws, "Realisasi")).value = {2022: 2.7, 2023: 3.63}[row["Tahun"]]
            if row["Tahun"] == 2022:
                ws.cell(r, _kolom(ws, "Target")).value = 2.7
    _kosongkan(ws, "Target Pembilang", "Target Penyebut", "Realisasi Pembilang", "Realisasi Penyebut")


def _tanpa_narasi(wb):
    _hapus(wb["Narasi"], lambda row: True)


def _satu_butir(wb):
    seen = set()

    def kedua(row):
        key = (row["Bagian"], row["Kode Sasaran"])
        if key in seen:
            return True
        seen.add(key)
        return False

    _hapus(wb["Narasi"], kedua)


def _kode_tak_berurut(wb):
    """The first sasaran of the PK sheet is coded S3: it is still Sasaran 1 of the report."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == "S1":
                    cell.value = "S3"


UBAHAN = {
    "tanpa_anggaran": _tanpa_anggaran,
    "tanpa_realisasi_anggaran": _tanpa_realisasi_anggaran,
    "tanpa_nilai_akip": _tanpa_nilai_akip,
    "tanpa_target_akhir": _tanpa_target_akhir,
    "tanpa_tahun_lalu": _tanpa_tahun_lalu,
    "tanpa_pendukung": _tanpa_pendukung,
    "satu_indikator": _satu_indikator,
    "tanpa_rumus": _tanpa_rumus,
    "tanpa_narasi": _tanpa_narasi,
    "satu_butir_narasi": _satu_butir,
    "kode_tak_berurut": _kode_tak_berurut,
}


def _semua_dihapus(wb):
    for ubah in (_satu_indikator, _tanpa_anggaran, _tanpa_nilai_akip, _tanpa_target_akhir, _tanpa_tahun_lalu,
                 _tanpa_pendukung, _tanpa_rumus, _tanpa_narasi):
        ubah(wb)


UBAHAN["semua_dihapus"] = _semua_dihapus

SENDIRI = "Untuk mencapai sasaran tersebut, pada Tahun Anggaran"
"""The sentence before Tabel 2.4 counts the programs; the budget-levels work rewrites it (and its no-realisasi form)."""


def _minimal(folder: Path) -> Path:
    """A blank template with only the required sheets typed: identity, one sasaran and its realisasi."""
    return isi_template(TEMPLATE, folder / "minimal.xlsx", {
        "Identitas": {"Nama Instansi": "Dinas Perpustakaan dan Kearsipan", "Pemerintah Daerah": "Kota Dumai",
                      "Provinsi": "Riau", "Tahun Laporan": 2025, "Tahun Awal Renstra": 2025, "Tahun Akhir Renstra": 2029,
                      "Jabatan Penandatangan": "Kepala Dinas Perpustakaan dan Kearsipan Kota Dumai",
                      "Nama Penandatangan": "RINA, S.Sos.", "Pangkat/Golongan": "Pembina (IV/a)",
                      "NIP": "19750101 200003 2 001", "Tempat Penandatanganan": "Dumai"},
        "PK": [{"Kode Sasaran": "S1", "Sasaran Strategis": "Meningkatnya minat baca masyarakat", "Kode Indikator": "I1",
                "Indikator Kinerja": "Jumlah pengunjung perpustakaan", "Satuan": "orang", "Polaritas": "positif",
                "Target": 12000}],
        "Realisasi": [{"Kode Indikator": "I1", "Tahun": 2025, "Realisasi": 13_250}],
    })


def _workbook(folder: Path, nama: str) -> Path:
    if nama == "minimal":
        return _minimal(folder)
    path = folder / f"{nama}.xlsx"
    shutil.copyfile(EXAMPLE, path)
    wb = load_workbook(path)
    UBAHAN[nama](wb)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("jarang")


@pytest.mark.parametrize("nama", [*UBAHAN, "minimal"])
def test_every_sentence_reads_whole_without_the_piece(folder, nama):
    path = _workbook(folder, nama)
    out = folder / "keluar"
    result = konversi(path, out, daftar_isi=False)
    assert result.berhasil, [t.teks() for t in result.temuan.errors]
    laporan = out / f"{path.stem}_laporan.docx"
    document = docx.Document(str(laporan))
    salah = [s for s in periksa(document) if SENDIRI not in s]
    assert not salah, "\n".join(salah)
    # the Word captions and the output workbook's sheets are the catalogue's
    m, _ = read_workbook(path)
    k = katalog(m, rules.hitung(m))
    assert _word_captions(laporan) == [e.caption for e in k]
    assert _excel_titles(out / f"{path.stem}_laporan.xlsx") == [(e.lembar, e.caption) for e in k.tabel]
    _sasaran_bernomor_urut(document, m)


def _sasaran_bernomor_urut(document, m) -> None:
    """Each sasaran's heading carries its position, and its tables' captions stand under it."""
    headings = [(i, p.text) for i, p in enumerate(document.paragraphs) if p.style.name.startswith("Heading")]
    sasaran = [(i, t) for i, t in headings if t.startswith("Sasaran ")]
    assert [t for _, t in sasaran] == [f"Sasaran {n}: {s.nama}" for n, s in enumerate(m.sasaran, 1)]
    for n, (i, _) in enumerate(sasaran, 1):
        j = sasaran[n][0] if n < len(sasaran) else len(document.paragraphs)
        captions = [p.text for p in document.paragraphs[i:j] if p.style.name == "Caption"]
        assert all(f"Sasaran {n}" in c for c in captions if "Capaian Kinerja Sasaran" in c), captions


def test_the_sparse_forms_say_what_is_missing(folder):
    """A few forms read as they should, not only without a gap."""
    teks = {}
    for nama in ("tanpa_anggaran", "tanpa_realisasi_anggaran", "tanpa_target_akhir", "tanpa_tahun_lalu", "satu_indikator",
                 "satu_butir_narasi", "kode_tak_berurut"):
        path = folder / "keluar" / f"{nama}_laporan.docx"
        if not path.exists():
            konversi(_workbook(folder, nama), folder / "keluar", daftar_isi=False)
        teks[nama] = "\n".join(" ".join(p.text.replace("\u00a0", " ").split()) for p in docx.Document(str(path)).paragraphs)
    assert "Data anggaran Dinas Sosial Tahun Anggaran 2023 belum tersedia" in teks["tanpa_anggaran"]
    assert "mengelola anggaran" not in teks["tanpa_anggaran"] and "Realisasi anggaran mencapai" not in teks["tanpa_anggaran"]
    assert "Program dan anggaran yang mendukung" not in teks["tanpa_anggaran"]
    assert ("mengelola anggaran sebesar Rp 57.367.577.759; realisasinya belum dilaporkan."
            in teks["tanpa_realisasi_anggaran"])
    assert "tetapi realisasinya belum dilaporkan. Efisiensinya belum dapat dinilai" in teks["tanpa_realisasi_anggaran"]
    assert ("Renstra belum menetapkan target akhir periode (tahun 2026) untuk indikator Jumlah PPKS Mandiri"
            in teks["tanpa_target_akhir"])
    assert "pada tahun-tahun sebelumnya belum tersedia" in teks["tanpa_tahun_lalu"]
    assert "beserta perbandingannya dengan tahun sebelumnya" not in teks["tanpa_tahun_lalu"]
    assert "Indikator kinerja Persentase PPKS Mandiri mencapai atau melampaui target" in teks["satu_indikator"]
    assert "1 (satu) sasaran strategis dengan 1 (satu) indikator kinerja" in teks["satu_indikator"]
    assert "Keberhasilan pencapaian sasaran ini didukung oleh faktor berikut:" in teks["satu_butir_narasi"]
    assert "Sasaran 1: Meningkatnya PPKS Mandiri" in teks["kode_tak_berurut"]
    assert "S3" not in teks["kode_tak_berurut"]


def test_an_unchanged_predikat_is_said_once(tmp_path):
    from builders import konsisten
    from lkj_excel.audit import audit
    from lkj_excel.report.docx import render_report

    m = konsisten()
    next(r for r in m.realisasi if r.kode_indikator == "I3" and r.tahun == 2024).realisasi = "BB"
    h = rules.hitung(m)
    render_report(m, h, audit(m, h), tmp_path / "tetap.docx", update_indexes=False)
    document = docx.Document(str(tmp_path / "tetap.docx"))
    text = [" ".join(p.text.split()) for p in document.paragraphs]
    assert any(t.startswith("Dibandingkan tahun 2023, predikat realisasi tetap BB;") for t in text), text
    assert not periksa(document)
