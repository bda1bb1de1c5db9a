"""Benchmarks: speed and memory of the converter, as ratios against baselines in one run.

    python bench/bench.py            # the full set (N = 50 and 500), writes bench/RESULTS.md
    python bench/bench.py --quick    # N = 10 and 40 (page-numbered: 6 and 20), for a quick look
    python bench/bench.py --setup-only   # only (e), replacing that section of bench/RESULTS.md

Measured, side by side on the same machine in the same run:
(a) converting one workbook against the floor of merely reading it with
    pandas+calamine and writing two empty files;
(b) batches of N workbooks, sequential (--jobs 1) against parallel (--jobs = cores);
(c) peak memory (max RSS) of each batch, which must not grow with N;
(d) the read step with the openpyxl engine against calamine;
and, where LibreOffice is installed, the pass that fills the indexes with page numbers
(one LibreOffice session per process): the example in default mode and with --pdf,
the 400-indicator workbook in both modes, and page-numbered batches (N = 20 and 100,
--jobs 2) against the same batches with --tanpa-nomor-halaman.
(e) the first-run set-up of a fresh PC: from the offline bundle (``convert.py
    --paket-offline``, installed with no index and no network) against from the index.
Each batch runs in a fresh process so that its memory and time are its own.
The batches of (b) run as ``convert.py --tanpa-nomor-halaman``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
OUT = HERE / "out"
EXAMPLE = ROOT / "input_templates" / "contoh_lkjip_dinsos_bengkalis_2023.xlsx"
LARGE_INDICATORS = 400


def generate(n: int, folder: Path) -> list[Path]:
    """Write n synthetic workbooks (cached between runs by name)."""
    from lkj_excel.template import build
    from synth import isi_sintetis

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(n):
        p = folder / f"opd_{seed:03d}.xlsx"
        if not p.exists():
            build(p, isi_sintetis(seed))
        paths.append(p)
    return paths


def generate_large(folder: Path) -> Path:
    """The very large workbook of the set: 400 indicators (cached between runs)."""
    from lkj_excel.template import build
    from synth import isi_sintetis

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"opd_besar_{LARGE_INDICATORS}.xlsx"
    if not path.exists():
        build(path, isi_sintetis(0, n_indikator=LARGE_INDICATORS))
    return path


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench_one(path: Path) -> dict:
    """(a) and (d): one workbook, in this process (imports done before timing)."""
    import pandas as pd

    from lkj_excel import rules
    from lkj_excel.audit import audit
    from lkj_excel.pipeline import konversi
    from lkj_excel.reader import read_workbook
    from lkj_excel.report.docx import render_report
    from lkj_excel.report.xlsx import render_workbook

    out = OUT / "one"
    out.mkdir(parents=True, exist_ok=True)

    def floor():
        pd.read_excel(path, sheet_name=None, header=None, engine="calamine", dtype=object)
        (out / "a.xlsx").write_bytes(b"")
        (out / "a.docx").write_bytes(b"")

    lkjip, temuan = read_workbook(path)
    hasil = rules.hitung(lkjip)
    found = list(temuan) + list(audit(lkjip, hasil))
    result = {
        "name": path.name,
        "indicators": len(lkjip.indikator),
        "floor": _best(floor),
        "read_calamine": _best(lambda: pd.read_excel(path, sheet_name=None, header=None, engine="calamine", dtype=object)),
        "read_openpyxl": _best(lambda: pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl", dtype=object), 3),
        "reader": _best(lambda: read_workbook(path)),
        "rules_audit": _best(lambda: audit(lkjip, rules.hitung(lkjip))),
        "render_xlsx": _best(lambda: render_workbook(lkjip, hasil, found, out / "r.xlsx")),
        "render_docx": _best(lambda: render_report(lkjip, hasil, found, out / "r.docx", update_indexes=False), 3),
        "convert": _best(lambda: konversi(path, out, daftar_isi=False), 3),
    }
    if shutil.which("soffice"):  # the first run starts this process's LibreOffice; the best is warm
        result["convert_with_toc"] = _best(lambda: konversi(path, out, daftar_isi=True), 3)
    return result


def _filled(report: Path) -> bool:
    """True when the report's table of contents lists its entries with page numbers."""
    import docx

    from lkj_excel.report.docx.indeks import index_entries

    entries = index_entries(docx.Document(str(report)))
    return bool(entries) and all("\t" in e and e.rsplit("\t", 1)[1].strip() for e in entries)


def bench_libreoffice(large: Path) -> dict:
    """The page-number pass and the PDF, in this process's LibreOffice session."""
    from lkj_excel.pipeline import konversi
    from lkj_excel.report import libreoffice

    out = OUT / "lo"
    out.mkdir(parents=True, exist_ok=True)
    libreoffice.close_sessions()
    session = libreoffice.session()

    def timed(fn) -> float:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    report = out / f"{EXAMPLE.stem}_laporan.docx"
    result = {"example_first": timed(lambda: konversi(EXAMPLE, out))}
    result["example_warm"] = _best(lambda: konversi(EXAMPLE, out), 3)
    result["example_filled"] = _filled(report)
    result["example_without"] = _best(lambda: konversi(EXAMPLE, out, daftar_isi=False), 3)
    starts = session.starts
    result["example_pdf"] = _best(lambda: konversi(EXAMPLE, out, pdf=True), 3)
    result["pdf_starts"] = session.starts - starts
    result["pdf_valid"] = libreoffice.is_pdf(report.with_suffix(".pdf"))
    result["lo_starts"] = session.starts
    libreoffice.close_sessions()
    code = "import sys; sys.path.insert(0, %r); from lkj_excel import cli; sys.exit(cli.run([%r, '--output', %r]))" % (
        str(ROOT), str(EXAMPLE), str(out / "fresh"))
    result["example_fresh_process"] = _best(lambda: subprocess.run([sys.executable, "-c", code], capture_output=True), 3)

    big_report = out / f"{large.stem}_laporan.docx"
    result["large_without"] = _best(lambda: konversi(large, out, daftar_isi=False), 1)
    notes = []
    result["large_with"] = timed(lambda: notes.extend(konversi(large, out).catatan))
    result["large_filled"] = _filled(big_report)
    result["large_notes"] = notes
    result["large_pages"] = libreoffice.estimated_pages(big_report)
    libreoffice.close_sessions()
    return result


def bench_largest(paths: list[Path]) -> dict:
    """(a) again for the workbook of the set with the most indicators."""
    from lkj_excel.pipeline import konversi
    from lkj_excel.reader import read_workbook

    sizes = []
    for p in paths:
        lkjip, _ = read_workbook(p)
        sizes.append((len(lkjip.indikator) if lkjip else 0, p))
    n, path = max(sizes, key=lambda t: t[0])
    out = OUT / "one"
    return {"name": path.name, "indicators": n,
            "convert": _best(lambda: konversi(path, out, daftar_isi=False), 3)}


def bench_batch(n: int, jobs: int, folder: Path, page_numbers: bool = False) -> dict:
    """(b) and (c): one batch in a fresh process; wall time and peak memory.

    ``page_numbers``: run it in default mode (LibreOffice fills the indexes' page
    numbers) rather than with --tanpa-nomor-halaman; the reports that got them are
    counted.
    """
    target = OUT / f"batch_{n}_{jobs}{'_halaman' if page_numbers else ''}"
    shutil.rmtree(target, ignore_errors=True)
    options = [] if page_numbers else ["--tanpa-nomor-halaman"]
    code = (
        "import sys, json, time, resource; sys.path.insert(0, %r)\n"
        "from lkj_excel import cli\n"
        "t = time.perf_counter()\n"
        "rc = cli.run([%r, '--output', %r, '--jobs', %r, *%r])\n"
        "dt = time.perf_counter() - t\n"
        "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "cpu = sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))\n"
        "print(json.dumps({'rc': rc, 'seconds': dt, 'rss_self_kb': own, 'rss_children_kb': kids, 'cpu_seconds': cpu}))\n"
    ) % (str(ROOT), str(folder), str(target), str(jobs), options)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "{}"
    data = json.loads(last) if last.startswith("{") else {"error": proc.stderr[-2000:]}
    data.update(n=n, jobs=jobs, page_numbers=page_numbers)
    if page_numbers:
        data["filled"] = sum(_filled(r) for r in target.glob("*_laporan.docx"))
    return data


def _subset(paths: list[Path], n: int) -> Path:
    """A folder holding the first n workbooks (links, not copies)."""
    sub = OUT / f"set_{n}"
    if sub.exists():
        shutil.rmtree(sub)
    sub.mkdir(parents=True)
    for p in paths[:n]:
        os.link(p, sub / p.name) if hasattr(os, "link") else shutil.copy(p, sub / p.name)
    return sub


def bench_setup(repeat: int = 3) -> dict:
    """(e) First-run set-up in a fresh venv, turn about: from the offline bundle against from the index.

    A fresh Python runs ``convert.py --help`` in a freshly unpacked bundle: bootstrap
    creates ``.venv`` and installs everything, then the help appears. The index run
    uses the same files without ``wheels/``, pypi.org only, with an empty pip cache.
    The best of ``repeat`` runs of each.
    """
    from first_run import first_run, index_env, network_shut, offline_env, pypi_unreachable, unpack

    reason = pypi_unreachable()
    if reason:
        return {"skipped": reason}
    work = OUT / "setup"
    shutil.rmtree(work, ignore_errors=True)
    t = time.perf_counter()
    built = subprocess.run([sys.executable, str(ROOT / "convert.py"), "--paket-offline", "--platform", "ini", "--output", str(work)],
                           capture_output=True, text=True)
    result = {"build": time.perf_counter() - t}
    bundle = work / "lkj_excel_offline.zip"
    if built.returncode != 0 or not bundle.exists():
        return {"skipped": "the bundle could not be built: " + built.stdout[-500:]}
    import zipfile

    result["bundle_mb"] = bundle.stat().st_size / 1e6
    result["wheels"] = sum(1 for n in zipfile.ZipFile(bundle).namelist() if n.endswith(".whl"))
    prefix = network_shut()
    times: dict[str, list[float]] = {"bundle": [], "index": []}
    for attempt in range(repeat):  # alternating, so that a change of load on a shared machine touches both
        for key in times:
            project = unpack(bundle, work / f"{key}_{attempt}")
            if key == "index":
                shutil.rmtree(project / "wheels")
                index_log = project / ".venv-setup.log"
            env = offline_env() if key == "bundle" else index_env(work / "pip-cache")
            proc, seconds = first_run(project, ["--help"], env, prefix if key == "bundle" else [])
            if proc.returncode == 0:
                times[key].append(seconds)
            else:
                result[key + "_error"] = (proc.stdout + proc.stderr)[-1000:]
    for key, values in times.items():
        result[key] = min(values) if values else None
        result[key + "_runs"] = values
    result["network_shut"] = bool(prefix)
    result["index_download_mb"] = _downloaded_mb(index_log)
    return result


def _downloaded_mb(setup_log: Path) -> float:
    """What pip downloaded during a set-up, from its "Downloading name.whl (12.4 MB)" lines."""
    import re

    text = setup_log.read_text(encoding="utf-8", errors="replace") if setup_log.exists() else ""
    scale = {"kB": 1e-3, "MB": 1.0, "GB": 1e3}
    return sum(float(n) * scale[unit] for n, unit in re.findall(r"Downloading \S+ \(([\d.]+) (kB|MB|GB)\)", text))


def main() -> int:
    ap = argparse.ArgumentParser(description="lkj_excel benchmarks")
    ap.add_argument("--quick", action="store_true", help="small batches (10 and 40; page-numbered: 6 and 20)")
    ap.add_argument("--sequential-max", type=int, default=50, help="run the sequential batch only up to this N (default 50)")
    ap.add_argument("--without-setup", action="store_true", help="skip (e), the first-run set-up (it needs PyPI)")
    ap.add_argument("--setup-only", action="store_true", help="measure only (e) and replace that section of the results")
    args = ap.parse_args()
    if args.setup_only:
        replace_setup_results(bench_setup())
        print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
        return 0
    sizes = (10, 40) if args.quick else (50, 500)
    page_sizes = (6, 20) if args.quick else (20, 100)
    cores = os.cpu_count() or 1
    folder = OUT / "workbooks"
    paths = generate(max(sizes), folder)
    one = bench_one(paths[0])
    one["largest"] = bench_largest(paths[:50])
    batches = []
    for n in sizes:
        sub = _subset(paths, n)
        for jobs in (1, cores):
            if jobs == 1 and n > args.sequential_max and cores > 1:
                continue
            batches.append(bench_batch(n, jobs, sub))
    lo = None
    if shutil.which("soffice"):
        lo = bench_libreoffice(generate_large(OUT / "large"))
        for n in page_sizes:
            sub = _subset(paths, n)
            for page_numbers in (False, True):
                lo.setdefault("batches", []).append(bench_batch(n, 2, sub, page_numbers))
    setup = {"skipped": "--without-setup"} if args.without_setup else bench_setup()
    write_results(one, batches, setup, cores, args.quick, lo)
    print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
    return 0


def write_results(one: dict, batches: list[dict], setup: dict, cores: int, quick: bool, lo: dict | None = None) -> None:
    ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
    lines = [
        "# Benchmark results",
        "",
        f"Measured by `python bench/bench.py{' --quick' if quick else ''}` on {platform.machine()} with {cores} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}. Synthetic workbooks from `bench/synth.py` "
        "(5-10 sasaran, 10-40 indicators, 10-30 programs, 4 supporting tables). Times are the best of several runs; "
        "interpreter start-up and imports excluded in (a) and (d).",
        "",
        f"## (a) One workbook ({one['name']}, {one['indicators']} indicators) against the floor",
        "",
        "| step | time | × floor |",
        "| --- | --- | --- |",
    ]
    floor = one["floor"]
    for key, label in (("floor", "floor: read with pandas+calamine, write two empty files"), ("reader", "read and validate"),
                       ("rules_audit", "rules and audit"), ("render_xlsx", "output workbook"), ("render_docx", "Word report (without LibreOffice)"),
                       ("convert", "whole conversion (charts included, without LibreOffice)"), ("convert_with_toc", "whole conversion with the LibreOffice table-of-contents pass")):
        if key in one:
            lines.append(f"| {label} | {ms(one[key])} | {one[key] / floor:.1f} |")
    big = one.get("largest")
    if big:
        lines.append(f"| whole conversion of the largest workbook of the set ({big['name']}, {big['indicators']} indicators) "
                     f"| {ms(big['convert'])} | {big['convert'] / floor:.1f} |")
    lines += ["", "## (b, c) Batches: sequential against parallel, and peak memory", "",
              "| N | jobs | wall time | per workbook | speed-up | peak RSS (max of processes) |", "| --- | --- | --- | --- | --- | --- |"]
    seq = {b["n"]: b.get("seconds") for b in batches if b["jobs"] == 1}
    for b in batches:
        if "seconds" not in b:
            lines.append(f"| {b['n']} | {b['jobs']} | failed | | | |")
            continue
        peak = max(b["rss_self_kb"], b["rss_children_kb"]) / 1024
        speed = f"{seq[b['n']] / b['seconds']:.2f}×" if seq.get(b["n"]) else "(not run sequentially)"
        lines.append(f"| {b['n']} | {b['jobs']} | {b['seconds']:.1f} s | {ms(b['seconds'] / b['n'])} | {speed} | {peak:.0f} MB |")
    lines += ["", "## (d) Read step: openpyxl engine against calamine", "",
              "| engine | time | × calamine |", "| --- | --- | --- |",
              f"| calamine | {ms(one['read_calamine'])} | 1.0 |",
              f"| openpyxl | {ms(one['read_openpyxl'])} | {one['read_openpyxl'] / one['read_calamine']:.1f} |", ""]
    if lo:
        lines += _libreoffice_results(lo)
    lines += _setup_lines(setup)
    (HERE / "RESULTS.md").write_text("\n".join(lines), encoding="utf-8")
    (HERE / "results.json").write_text(json.dumps({"one": one, "batches": batches, "libreoffice": lo, "setup": setup}, indent=2),
                                       encoding="utf-8")


def _libreoffice_results(lo: dict) -> list[str]:
    """The tables of the page-number pass: one workbook, then batches with against without."""
    s = lambda t: f"{t:.2f} s"  # noqa: E731
    yes = lambda b: "yes" if b else "NO"  # noqa: E731
    lines = [
        "## Page numbers with LibreOffice: one workbook",
        "",
        "One LibreOffice session per process lays out every report of that process (started once, with a profile "
        "kept for the run); with --pdf it prints the PDF too. In this benchmark's process, imports done:",
        "",
        "| measure | time | note |",
        "| --- | --- | --- |",
        f"| example without page numbers (--tanpa-nomor-halaman) | {s(lo['example_without'])} | |",
        f"| example in default mode (page numbers), LibreOffice session running (warm) | {s(lo['example_warm'])} "
        f"| page numbers filled: {yes(lo['example_filled'])} |",
        f"| example in default mode, first of the process (LibreOffice starting meanwhile) | {s(lo['example_first'])} | |",
        f"| example in default mode, a new `convert.py` run (interpreter, imports, LibreOffice) | "
        f"{s(lo['example_fresh_process'])} | |",
        f"| example with --pdf, warm | {s(lo['example_pdf'])} | LibreOffice starts for the PDFs: "
        f"{lo['pdf_starts']}; PDF valid: {yes(lo['pdf_valid'])} |",
        f"| {LARGE_INDICATORS}-indicator workbook, --tanpa-nomor-halaman | {s(lo['large_without'])} | "
        f"about {lo['large_pages']} pages estimated |",
        f"| {LARGE_INDICATORS}-indicator workbook, default mode (page numbers) | {s(lo['large_with'])} | "
        f"page numbers filled: {yes(lo['large_filled'])}{'; ' + ' '.join(lo['large_notes']) if lo['large_notes'] else ''} |",
        "",
        "## Page numbers with LibreOffice: batches (--jobs 2)",
        "",
        "Wall time, and CPU time of the batch with all its processes (LibreOffice's included), which does not "
        "depend on what else the machine runs:",
        "",
        "| N | --tanpa-nomor-halaman | default mode (page numbers) | × | CPU time without / with | × | "
        "reports with page numbers | peak RSS with page numbers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    by_n: dict[int, dict] = {}
    for b in lo.get("batches", []):
        by_n.setdefault(b["n"], {})[b["page_numbers"]] = b
    for n, pair in sorted(by_n.items()):
        without, with_ = pair.get(False, {}), pair.get(True, {})
        if "seconds" not in without or "seconds" not in with_:
            lines.append(f"| {n} | failed | | | | | | |")
            continue
        peak = max(with_["rss_self_kb"], with_["rss_children_kb"]) / 1024
        lines.append(f"| {n} | {s(without['seconds'])} | {s(with_['seconds'])} | "
                     f"{with_['seconds'] / without['seconds']:.2f}× | {s(without['cpu_seconds'])} / "
                     f"{s(with_['cpu_seconds'])} | {with_['cpu_seconds'] / without['cpu_seconds']:.2f}× | "
                     f"{with_['filled']} of {n} | {peak:.0f} MB |")
    return lines + [""]


def replace_setup_results(setup: dict) -> None:
    """Write (e) alone into the results of an earlier full run, saying when it was measured."""
    results = json.loads((HERE / "results.json").read_text(encoding="utf-8"))
    results["setup"] = setup
    text = (HERE / "RESULTS.md").read_text(encoding="utf-8")
    text = text.split(SETUP_HEADING)[0].rstrip("\n") + "\n\n"
    note = [f"Measured by `python bench/bench.py --setup-only` on {time.strftime('%Y-%m-%d')} (both set-ups in that one run).", ""]
    lines = _setup_lines(setup)
    (HERE / "RESULTS.md").write_text(text + "\n".join(lines[:2] + note + lines[2:]), encoding="utf-8")
    (HERE / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


SETUP_HEADING = "## (e) First-run set-up: from the offline bundle against from the index"


def _setup_lines(setup: dict) -> list[str]:
    lines = [SETUP_HEADING, ""]
    if "skipped" in setup:
        return lines + [f"Not measured: {setup['skipped']}.", ""]
    lines += [
        "A fresh Python (without the tool's packages) runs `convert.py --help` in a freshly unpacked bundle: `bootstrap.py` creates "
        "`.venv`, installs the project and its dependencies, then the help appears. From the bundle: `pip install --no-index` from "
        f"`wheels/`{', in a network namespace without any network' if setup.get('network_shut') else ', with every index unreachable'}; "
        "from the index: the same files without `wheels/`, from pypi.org with an empty pip cache (pip upgraded first, as on every first run). "
        f"Best of {len(setup.get('bundle_runs', [])) or 1} runs each, taken in turn.",
        "",
        "| first run | time | × bundle |",
        "| --- | --- | --- |",
    ]
    base = setup.get("bundle")
    for key, label in (("bundle", f"from the offline bundle ({setup['wheels']} wheels, {setup['bundle_mb']:.0f} MB zip)"),
                       ("index", f"from the index (pypi.org, empty pip cache; {setup.get('index_download_mb', 0):.0f} MB downloaded)")):
        value = setup.get(key)
        lines.append(f"| {label} | {f'{value:.1f} s' if value else 'failed'} | {f'{value / base:.1f}' if value and base else ''} |")
    lines += [f"| building that bundle (`convert.py --paket-offline --platform ini`, pip cache warm) | {setup['build']:.1f} s | |", ""]
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
