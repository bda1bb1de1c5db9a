"""convert.py as a user runs it: a subprocess, its console, its exit code and its files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT
from lkj_excel.pipeline import tulis_atomik


def run(*args, cwd=None, timeout=600):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "convert.py"), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=cwd, env=env)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


def test_help_is_indonesian():
    proc = run("--help")
    assert proc.returncode == 0
    assert "Penggunaan:" in proc.stdout and "--tahun-berikut" in proc.stdout and "folder hasil" in proc.stdout


def test_wrong_option_is_explained():
    proc = run("--tidak-ada")
    assert proc.returncode == 2 and "Perintah tidak dikenali" in proc.stderr


def test_converts_the_example(tmp_path):
    out = tmp_path / "hasil dengan spasi é"
    proc = run(EXAMPLE, "--output", out)
    assert proc.returncode == 0, proc.stdout
    assert "[1/1] contoh_lkjip_dinsos_bengkalis_2023.xlsx: berhasil" in proc.stdout
    names = sorted(p.name for p in out.iterdir())
    assert names == ["contoh_lkjip_dinsos_bengkalis_2023_laporan.docx", "contoh_lkjip_dinsos_bengkalis_2023_laporan.xlsx", "lkj_excel.log"]
    assert "contoh_lkjip_dinsos_bengkalis_2023.xlsx" in (out / "lkj_excel.log").read_text(encoding="utf-8")


def test_page_numbers_of_the_indexes_can_be_left_to_word(tmp_path):
    import docx

    from lkj_excel.report.docx.indeks import index_entries
    from lkj_excel.report.docx.ooxml import TOC_PLACEHOLDER
    from lkj_excel.report.libreoffice import find_soffice

    proc = run(EXAMPLE, "--output", tmp_path / "cepat", "--tanpa-nomor-halaman")
    assert proc.returncode == 0, proc.stdout
    report = docx.Document(str(tmp_path / "cepat" / "contoh_lkjip_dinsos_bengkalis_2023_laporan.docx"))
    assert index_entries(report) == [TOC_PLACEHOLDER]  # Word fills it in when the document is opened
    if find_soffice() is None:
        pytest.skip("LibreOffice is not installed: the page numbers it fills in by default are not checked")
    run(EXAMPLE, "--output", tmp_path / "lengkap")
    report = docx.Document(str(tmp_path / "lengkap" / "contoh_lkjip_dinsos_bengkalis_2023_laporan.docx"))
    entries = index_entries(report)
    assert len(entries) > 10 and all(entry.rsplit("\t", 1)[-1].strip().isalnum() for entry in entries)


def test_a_large_batch_is_told_how_to_skip_the_page_number_pass(monkeypatch):
    from lkj_excel import cli
    from lkj_excel.report import libreoffice

    monkeypatch.setattr(libreoffice, "find_soffice", lambda: "/usr/bin/soffice")
    hint = cli.saran_nomor_halaman(cli.BATCH_BESAR, daftar_isi=True)
    assert hint and "--tanpa-nomor-halaman" in hint and f"{cli.BATCH_BESAR} workbook" in hint
    assert cli.saran_nomor_halaman(cli.BATCH_BESAR - 1, daftar_isi=True) is None
    assert cli.saran_nomor_halaman(500, daftar_isi=False) is None  # already skipped
    monkeypatch.setattr(libreoffice, "find_soffice", lambda: None)
    assert cli.saran_nomor_halaman(500, daftar_isi=True) is None  # no LibreOffice, no pass to skip


def _broken(folder: Path) -> Path:
    from openpyxl import load_workbook

    path = folder / "opd rusak.xlsx"
    shutil.copyfile(EXAMPLE, path)
    wb = load_workbook(path)
    wb["PK"]["F4"] = "naik"
    wb.save(path)
    return path


def test_batch_with_a_broken_workbook(tmp_path):
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    shutil.copyfile(EXAMPLE, inbox / "opd_a.xlsx")
    shutil.copyfile(EXAMPLE, inbox / "opd_b.xlsx")
    broken = _broken(inbox)
    before = broken.read_bytes()
    out = tmp_path / "keluar"
    proc = run(inbox, "--output", out, "--jobs", "2")
    assert proc.returncode == 1
    names = sorted(p.name for p in out.iterdir())
    assert "opd_a_laporan.xlsx" in names and "opd_b_laporan.docx" in names
    assert "opd rusak_kesalahan.xlsx" in names and "opd rusak_laporan.xlsx" not in names
    assert "rekap_2023.xlsx" in names
    assert "[3/3]" in proc.stdout and "PK!F4" in proc.stdout
    assert "Selesai: 2 berhasil, 1 gagal." in proc.stdout
    assert broken.read_bytes() == before
    # A batch shows each workbook's status and a failed one's errors; the warnings and files of the rest are in the log.
    assert "[Peringatan] opd_a.xlsx" not in proc.stdout and "-> " not in proc.stdout
    log = (out / "lkj_excel.log").read_text(encoding="utf-8")
    assert "[Peringatan] opd_a.xlsx" in log and f"-> {out / 'opd_a_laporan.docx'}" in log


def test_a_far_cell_fails_alone_in_a_batch(tmp_path):
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    shutil.copyfile(EXAMPLE, inbox / "a.xlsx")
    from conftest import edited_copy

    edited_copy(inbox / "b jauh.xlsx", {"Data_PSKS!XFD100000": "x"})  # once: 52 GB asked, the pool broken
    shutil.copyfile(EXAMPLE, inbox / "c.xlsx")
    out = tmp_path / "keluar"
    proc = run(inbox, "--output", out, "--jobs", "2", "--tanpa-nomor-halaman")
    assert proc.returncode == 1
    assert "b jauh.xlsx Data_PSKS!XFD100000" in proc.stdout and "nilai di XFD100000 jauh di luar tabel" in proc.stdout
    assert "Selesai: 2 berhasil, 1 gagal." in proc.stdout
    names = sorted(p.name for p in out.iterdir())
    assert names == ["a_laporan.docx", "a_laporan.xlsx", "b jauh_kesalahan.xlsx", "c_laporan.docx", "c_laporan.xlsx",
                     "lkj_excel.log", "rekap_2023.xlsx"]


def _abort_on_mati(path, *args):
    from lkj_excel import pipeline

    if Path(path).stem == "mati":
        os.abort()  # what calamine does when an allocation fails
    return pipeline.konversi_ringkas_asli(path, *args)


@pytest.mark.skipif(os.name != "posix", reason="os.abort in a forked worker")
def test_a_worker_that_dies_is_named_and_the_batch_goes_on(tmp_path, monkeypatch, capsys):
    from lkj_excel import cli, pipeline

    monkeypatch.setattr(pipeline, "konversi_ringkas_asli", pipeline.konversi_ringkas, raising=False)
    monkeypatch.setattr(pipeline, "konversi_ringkas", _abort_on_mati)
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    for name in ("a", "mati", "c"):
        shutil.copyfile(EXAMPLE, inbox / f"{name}.xlsx")
    out = tmp_path / "keluar"
    assert cli.run([str(inbox), "--output", str(out), "--jobs", "2", "--tanpa-nomor-halaman"]) == 1
    printed = capsys.readouterr().out
    assert "mati.xlsx: GAGAL" in printed and "berhenti tak terduga (dihentikan sinyal SIGABRT)" in printed
    assert "Selesai: 2 berhasil, 1 gagal." in printed and "Traceback" not in printed
    names = sorted(p.name for p in out.iterdir())
    assert {"a_laporan.docx", "c_laporan.docx", "mati_kesalahan.xlsx", "rekap_2023.xlsx"} <= set(names)
    assert "rincian untuk pengembang" in (out / "lkj_excel.log").read_text(encoding="utf-8")


def test_parallel_workers_take_the_largest_workbook_first(tmp_path):
    from lkj_excel.cli import urutan_kerja

    sizes = {"kecil.xlsx": 10, "besar.xlsx": 5000, "sedang_a.xlsx": 300, "sedang_b.xlsx": 300}
    inputs = []
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
        inputs.append(tmp_path / name)
    inputs.append(tmp_path / "hilang.xlsx")  # gone since it was listed: fails at once, taken last
    order = [inputs[i].name for i in urutan_kerja(inputs)]
    assert order == ["besar.xlsx", "sedang_a.xlsx", "sedang_b.xlsx", "kecil.xlsx", "hilang.xlsx"]


def test_the_live_line_of_a_batch_counts_failures_and_time():
    import io

    from rich.console import Console

    from lkj_excel import cli

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, color_system=None)
    with cli._Kemajuan(3, console=console) as kemajuan:
        kemajuan.maju(True)
        kemajuan.maju(False)
        kemajuan.detak()
    shown = screen.getvalue()
    assert "Mengonversi" in shown and "2/3" in shown and "gagal 1" in shown and "sisa ±" in shown and "0:00:0" in shown


def test_no_live_line_where_the_console_is_not_a_terminal(capsys):
    from lkj_excel import cli

    with cli._Kemajuan(3) as kemajuan:  # pytest's captured output is not a terminal
        kemajuan.maju(True)
    assert kemajuan.progress is None and capsys.readouterr().out == ""


def test_help_does_not_import_the_heavy_modules():
    code = ("import sys\nfrom lkj_excel import cli\ntry:\n    cli.run(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('pandas', 'rich', 'docx', 'matplotlib', 'xlsxwriter', 'openpyxl') if m in sys.modules]\n"
            "print('BERAT', heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "BERAT []" in proc.stdout, proc.stdout + proc.stderr


def test_recap_has_one_row_per_agency_and_indicator(tmp_path):
    from openpyxl import load_workbook

    inbox = tmp_path / "masuk"
    inbox.mkdir()
    for name in ("a", "b"):
        shutil.copyfile(EXAMPLE, inbox / f"{name}.xlsx")
    out = tmp_path / "keluar"
    assert run(inbox, "--output", out, "--jobs", "1").returncode == 0
    wb = load_workbook(out / "rekap_2023.xlsx")
    assert wb.sheetnames[:3] == ["Anggaran", "Indikator", "Sasaran"]
    rows = [[c.value for c in r] for r in wb["Indikator"].iter_rows(min_row=4)]
    assert len(rows) == 4 and rows[0][2] == "Persentase PPKS Mandiri" and round(rows[0][6], 2) == 111.64
    budget = [[c.value for c in r] for r in wb["Anggaran"].iter_rows(min_row=4, max_row=5)]
    assert budget[0][3] == 57_367_577_759 and round(budget[0][5], 2) == 94.78


def test_two_agencies_files_of_one_name_both_get_their_report(tmp_path):
    from openpyxl import load_workbook

    inbox = tmp_path / "masuk"
    for folder in ("Bengkalis", "Siak"):
        (inbox / folder).mkdir(parents=True)
        shutil.copyfile(EXAMPLE, inbox / folder / "dinsos.xlsx")
    shutil.copyfile(EXAMPLE, inbox / "a.xlsx")
    shutil.copyfile(EXAMPLE, inbox / "a.xls")  # the same agency saved twice, beside each other
    out = tmp_path / "keluar"
    siak = inbox / "Siak" / "dinsos.xlsx"
    proc = run(inbox / "Bengkalis", siak, inbox, siak, "--output", out, "--tanpa-nomor-halaman")
    assert proc.returncode == 0, proc.stdout
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Siak_dinsos_laporan.docx", "Siak_dinsos_laporan.xlsx", "a_laporan.docx", "a_laporan.xlsx",
                     "a_xlsx_laporan.docx", "a_xlsx_laporan.xlsx", "dinsos_laporan.docx", "dinsos_laporan.xlsx",
                     "lkj_excel.log", "rekap_2023.xlsx"]
    assert f"hasil {siak} diberi nama Siak_dinsos_laporan.xlsx" in proc.stdout
    assert "diberi nama a_xlsx_laporan.xlsx" in proc.stdout  # a.xls comes first in the folder
    assert f"{siak} sama dengan {siak}; berkas itu dikonversi sekali saja." in proc.stdout  # given twice
    assert "Selesai: 4 berhasil, 0 gagal." in proc.stdout
    rows = [r for r in load_workbook(out / "rekap_2023.xlsx")["Indikator"].iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(rows) == 4 * 2  # four agencies' two indicators, each once


def test_output_in_the_way_is_written_under_a_fresh_name(tmp_path):
    out = tmp_path / "keluar"
    (out / "contoh_lkjip_dinsos_bengkalis_2023_laporan.xlsx").mkdir(parents=True)  # something in the way
    proc = run(EXAMPLE, "--output", out)
    assert proc.returncode == 0
    assert (out / "contoh_lkjip_dinsos_bengkalis_2023_laporan (2).xlsx").is_file()
    assert "terkunci" in proc.stdout


def test_locked_file_is_never_half_written(tmp_path, monkeypatch):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"versi lama")
    real_replace = os.replace

    def locked(src, dst):  # what Windows does while Excel holds the file open
        if Path(dst) == target:
            raise PermissionError(13, "file sedang dipakai")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", locked)
    written = tulis_atomik(target, lambda tmp: tmp.write_bytes(b"versi baru"))
    assert written.name == "laporan (2).xlsx" and written.read_bytes() == b"versi baru"
    assert target.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan (2).xlsx", "laporan.xlsx"]


def test_failed_writer_leaves_nothing(tmp_path):
    def boom(tmp):
        tmp.write_bytes(b"setengah")
        raise RuntimeError("gagal di tengah jalan")

    with pytest.raises(RuntimeError):
        tulis_atomik(tmp_path / "x.xlsx", boom)
    assert list(tmp_path.iterdir()) == []


def test_next_year_workbook_converts(tmp_path):
    out = tmp_path / "keluar"
    proc = run("--tahun-berikut", EXAMPLE, "--output", out)
    assert proc.returncode == 0, proc.stdout
    new = out / "contoh_lkjip_dinsos_bengkalis_2024.xlsx"
    assert new.is_file()
    from lkj_excel.reader import read_workbook

    lkjip, temuan = read_workbook(new)
    assert lkjip is not None, [t.teks() for t in temuan.errors]
    assert lkjip.identitas.tahun == 2024
    ind = lkjip.indikator_by_kode("I1")
    assert ind.target_pembilang == 420  # Renstra target 2024 of Jumlah PPKS Mandiri
    last = lkjip.realisasi_of("I1", 2023)
    assert (last.target, last.realisasi_pembilang) == (3.25, 581)
    assert lkjip.realisasi_of("I1", 2024) is None
    assert not lkjip.narasi_of("Faktor Keberhasilan") and lkjip.narasi_of("Latar Belakang")
    psks = lkjip.operasional[0]  # the year's counts become last year's; the target is the Renstra's of 2024
    assert (psks.target, psks.target_pembilang, psks.kode_renstra, psks.eselon) == (68, None, "R3", "III")
    assert (psks.realisasi_lalu_pembilang, psks.realisasi_lalu_penyebut, psks.realisasi_pembilang) == (101, 154, None)
    assert psks.formula.label_pembilang == "Jumlah PSKS tersertifikasi"
    proc2 = run(new, "--output", tmp_path / "keluar2")
    assert proc2.returncode == 0, proc2.stdout


def test_blank_template_on_request(tmp_path):
    proc = run("--template", "--output", tmp_path)
    assert proc.returncode == 0 and (tmp_path / "template_lkjip.xlsx").is_file()


@pytest.mark.office
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak terpasang; PDF memerlukannya")
def test_pdf_option(tmp_path):
    from lkj_excel.report.docx.ooxml import TOC_PLACEHOLDER
    from lkj_excel.report.libreoffice import find_soffice

    if find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed: the PDF option is not checked")
    proc = run(EXAMPLE, "--output", tmp_path, "--pdf", "--tanpa-nomor-halaman")
    assert proc.returncode == 0, proc.stdout
    pdf = tmp_path / "contoh_lkjip_dinsos_bengkalis_2023_laporan.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # a PDF cannot update its fields: its indexes get their page numbers whatever the option says
    assert TOC_PLACEHOLDER not in text and "RINGKASAN EKSEKUTIF" in text


def test_no_argument_converts_the_example_when_input_is_empty(tmp_path):
    # A copy of the program whose input/ folder is empty.
    root = tmp_path / "app"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns(".git", ".venv", "output", "input", "__pycache__", "bench", ".pytest_cache", ".hypothesis"))
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, str(root / "convert.py")], capture_output=True, text=True, encoding="utf-8", timeout=600, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "contoh bawaan" in proc.stdout
    assert (root / "input" / "BACA_SAYA.txt").is_file()
    assert (root / "output" / "contoh_lkjip_dinsos_bengkalis_2023_laporan.xlsx").is_file()
