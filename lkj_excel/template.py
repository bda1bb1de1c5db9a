"""Write the standard workbook from the schema: the blank template and the example.

``python -m lkj_excel.template [DIR]`` regenerates both files of
``input_templates/``; a test fails when the committed files are stale.

The workbook opens with a Petunjuk sheet, then one sheet per table of the
report in report order, then the settings and the lookup lists that feed the
dropdowns. Cells the user fills are pale yellow; cells the template computes
are grey and hold formulas.
"""

from __future__ import annotations

import sys
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

from . import example as ex
from . import schema as sc
from .alamat import huruf_kolom

TEMPLATE_NAME = "template_lkjip.xlsx"
EXAMPLE_NAME = "contoh_lkjip_dinsos_bengkalis_2023.xlsx"

BLANK_RENSTRA_YEARS = tuple(range(2025, 2031))
BLANK_AKIP_YEARS = (2024, 2025)
BLANK_ROWS = 40  # formatted empty rows below the data
FIXED_DATE = datetime(2024, 1, 1)  # document properties: keeps the files reproducible

INPUT_FILL = "#FFF2CC"
TOOL_FILL = "#E7E6E6"
HEADER_FILL = "#D9E1F2"
TITLE_COLOR = "#1F3864"

AKIP_KOMPONEN = {
    "88/2021": (("Perencanaan Kinerja", 30), ("Pengukuran Kinerja", 30), ("Pelaporan Kinerja", 15), ("Evaluasi Akuntabilitas Kinerja Internal", 25)),
    "12/2015": (("Perencanaan Kinerja", 30), ("Pengukuran Kinerja", 25), ("Pelaporan Kinerja", 15), ("Evaluasi Internal", 10), ("Capaian Kinerja", 20)),
}


def layout(sheet: sc.Lembar, years: dict[str, tuple[int, ...]]) -> list[tuple[str, str, object]]:
    """The columns of a table sheet in order: ``(key, header, spec)``.

    Year families are placed after the column named by ``sheet.setelah``;
    their keys are ``"<family>_<year>"``.
    """
    cols: list[tuple[str, str, object]] = []
    for col in sheet.kolom:
        cols.append((col.key, col.header, col))
        if col.key == sheet.setelah:
            for fam in sheet.kolom_tahun:
                cols.extend((f"{fam.key}_{y}", f"{fam.prefix} {y}", fam) for y in years.get(fam.key, ()))
    return cols


def column_of(sheet: sc.Lembar, key: str) -> str:
    """The column letter of a key in the template's layout (no year columns before it)."""
    from .reader import col_letter

    return col_letter([k for k, _, _ in layout(sheet, {})].index(key))


class _Formats:
    """The workbook's cell formats, made once."""

    def __init__(self, wb):
        base = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        border = {"border": 1, "border_color": "#BFBFBF"}
        self.title = wb.add_format({**base, "bold": True, "font_size": 14, "font_color": TITLE_COLOR})
        self.note = wb.add_format({**base, "italic": True, "font_color": "#595959", "text_wrap": True})
        self.header = wb.add_format({**base, "bold": True, "text_wrap": True, "bg_color": HEADER_FILL, "border": 1, "align": "center", "valign": "vcenter"})
        self.label = wb.add_format({**base, "bold": True, **border})
        self.help = wb.add_format({**base, "italic": True, "font_color": "#595959", "text_wrap": True, **border})
        self.text = wb.add_format({**base, "text_wrap": True})
        self.bold = wb.add_format({**base, "bold": True})
        self.swatch_input = wb.add_format({**base, "bg_color": INPUT_FILL, **border})
        self.swatch_tool = wb.add_format({**base, "bg_color": TOOL_FILL, **border})
        num = {
            sc.RUPIAH: '"Rp "#,##0',
            sc.PERSEN: "0.00",
            sc.TAHUN: "0",
            sc.BULAT: "0",
            sc.ANGKA: "General",
            sc.NILAI: "General",
        }
        self.input: dict[str, object] = {}
        self.tool: dict[str, object] = {}
        for tipe in (sc.TEKS, sc.KODE, sc.ANGKA, sc.RUPIAH, sc.PERSEN, sc.NILAI, sc.TAHUN, sc.BULAT, sc.PILIHAN, sc.YA_TIDAK, sc.TANGGAL):
            fmt = {**base, **border, "num_format": num.get(tipe, "@" if tipe in (sc.KODE,) else "General")}
            if tipe in (sc.TEKS, sc.PILIHAN):
                fmt["text_wrap"] = True
            if tipe == sc.TANGGAL:
                fmt["num_format"] = "dd mmmm yyyy"
                fmt["align"] = "left"
            self.input[tipe] = wb.add_format({**fmt, "bg_color": INPUT_FILL})
            self.tool[tipe] = wb.add_format({**fmt, "bg_color": TOOL_FILL, "italic": True, "font_color": "#404040"})


@dataclass
class Isi:
    """What to write into the workbook: rows per sheet, in the schema's keys.

    Attributes:
        judul: the document title property.
        lembar: rows per sheet name (a dict for form sheets).
        jumlah: extra rows written below the data of a sheet (typed totals, Predikat).
        tahun: the years of each year-column family (``target_tahunan``, ``nilai``).
        pendukung: supporting tables: (sheet name, fields, headers, rows, total row or None).
    """

    judul: str
    lembar: dict[str, object]
    jumlah: dict[str, list[dict]] = field(default_factory=dict)
    tahun: dict[str, tuple[int, ...]] = field(default_factory=dict)
    pendukung: list[tuple] = field(default_factory=list)


def _prefilled() -> dict[str, object]:
    """Rows every workbook starts with: the settings, the scales, the defaults."""
    from .rules import DEFAULT_SKALA

    skala = []
    for label, code in sc.SKALA_NAMA:  # scales without a default (Kategori Renstra, Nasional) start empty
        for i, pita in enumerate(DEFAULT_SKALA.get(code, [])):
            skala.append({"skala": label if i == 0 else None, "batas": pita.batas, "inklusif": "Ya" if pita.inklusif else "Tidak", "label": pita.label})
    return {
        "Skala": skala,
        "Pengaturan": {k.key: k.bawaan for k in sc.PENGATURAN.kolom if k.bawaan is not None},
        "Identitas": {k.key: k.bawaan for k in sc.IDENTITAS.kolom if k.bawaan is not None},
        "AKIP": [{"nama": n, "bobot": b} for n, b in AKIP_KOMPONEN["88/2021"]],
    }


def isi_kosong() -> Isi:
    """The blank template's content."""
    return Isi(
        judul="Workbook LKjIP",
        lembar=_prefilled(),
        tahun={"target_tahunan": BLANK_RENSTRA_YEARS, "nilai": BLANK_AKIP_YEARS},
        pendukung=[("Data_1", {}, ["No", "Uraian", "Jumlah"], [], None)],
    )


def isi_contoh() -> Isi:
    """The bundled example's content (Dinas Sosial Kabupaten Bengkalis 2023)."""
    base = _prefilled()
    return Isi(
        judul="Workbook LKjIP — contoh",
        lembar={
            **base,
            "Identitas": {**base["Identitas"], **ex.IDENTITAS},
            "Pengaturan": {**base["Pengaturan"], **ex.PENGATURAN},
            "TugasFungsi": ex.TUGAS_FUNGSI,
            "Organisasi": ex.ORGANISASI,
            "Renstra": ex.RENSTRA,
            "IndikatorRenstra": ex.INDIKATOR_RENSTRA,
            "PK": ex.PK,
            "Anggaran": ex.ANGGARAN,
            "Realisasi": ex.REALISASI,
            "Operasional": ex.OPERASIONAL,
            "AKIP": ex.AKIP,
            "AngkaTertulis": ex.ANGKA_TERTULIS,
            "Narasi": ex.NARASI,
        },
        jumlah={"Anggaran": [ex.ANGGARAN_JUMLAH], "AKIP": [ex.AKIP_JUMLAH, ex.AKIP_PREDIKAT]},
        tahun={"target_tahunan": tuple(range(ex.IDENTITAS["renstra_awal"], ex.IDENTITAS["renstra_akhir"] + 1)), "nilai": ex.AKIP_TAHUN},
        pendukung=list(ex.PENDUKUNG),
    )


def build(path: str | Path, isi: Isi | bool) -> Path:
    """Write a workbook in the standard layout.

    Args:
        path: the .xlsx file to write.
        isi: the content (``isi_kosong()``, ``isi_contoh()`` or another ``Isi``);
            ``False``/``True`` are shorthands for the blank template and the example.

    Returns:
        The path written.
    """
    import xlsxwriter

    if isinstance(isi, bool):
        isi = isi_contoh() if isi else isi_kosong()
    path = Path(path)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"title": isi.judul, "subject": "Laporan Kinerja Instansi Pemerintah", "author": "lkj_excel", "created": FIXED_DATE})
    wb.set_custom_property(sc.PROPERTI_VERSI, sc.VERSI_TEMPLATE)
    wb.set_calc_mode("auto")
    f = _Formats(wb)
    lists = sc.daftar_pilihan()
    list_ranges = _list_ranges(lists)
    _petunjuk(wb, f)
    for sheet in sc.LEMBAR:
        rows = isi.lembar.get(sheet.nama, {} if sheet.bentuk == "isian" else [])
        if sheet is sc.REALISASI:  # cached values of the indicator-name formulas
            names = {p.get("kode"): p.get("nama") for p in isi.lembar.get("PK", [])}
            rows = [{**r, "_indikator": names.get(r.get("kode_indikator"), "")} for r in rows]
        if sheet.bentuk == "isian":
            _form(wb, f, sheet, rows, list_ranges)
        else:
            _table(wb, f, sheet, rows, isi.jumlah.get(sheet.nama, []), isi.tahun, list_ranges)
        if sheet is sc.OPERASIONAL:
            for spec in isi.pendukung:
                _data_sheet(wb, f, *spec)
    _daftar(wb, f, lists)
    wb.close()
    return path


def _list_ranges(lists: dict[str, tuple[str, ...]]) -> dict[str, str]:
    from .reader import col_letter

    return {name: f"={sc.DAFTAR}!${col_letter(i)}$2:${col_letter(i)}${len(values) + 1}" for i, (name, values) in enumerate(lists.items())}


def _validation_source(sheet: sc.Lembar, col: sc.Kolom, list_ranges: dict[str, str]) -> tuple[str, str] | None:
    """The dropdown list of a column, and whether a wrong entry is stopped or warned."""
    if col.tipe == sc.PILIHAN:
        return list_ranges[f"{sheet.nama}_{col.key}"], "stop"
    if col.tipe == sc.YA_TIDAK:
        return list_ranges["YaTidak"], "stop"
    last = sc.FIRST_DATA_ROW + 300
    refs = {
        "kode_sasaran": (sc.PK, "kode_sasaran"),
        "kode_indikator": (sc.PK, "kode"),
        "kode_renstra": (sc.INDIKATOR_RENSTRA, "kode"),
        "induk": (sc.ORGANISASI, "kode"),
        "kode_indikator_akip": (sc.PK, "kode"),
    }
    if col.key in refs and sheet is not sc.PK or col.key == "kode_renstra":
        target, key = refs[col.key]
        letter = column_of(target, key)
        return f"={target.nama}!${letter}${sc.FIRST_DATA_ROW}:${letter}${last}", "warning"
    return None


def row_height(texts_and_widths: list[tuple[object, float]], line_pt: float = 13.0) -> float | None:
    """A row height that shows every wrapped text (spreadsheets do not grow rows on load).

    Args:
        texts_and_widths: each cell's value and its column width in characters.

    Returns:
        The height in points, or None when one line is enough.
    """
    lines = 1
    for value, width in texts_and_widths:
        if isinstance(value, str) and value:
            per_line = max(width * 1.15 - 1, 4)
            words, n, current = value.split(), 1, 0
            for word in words:
                if current and current + 1 + len(word) > per_line:
                    n, current = n + 1, len(word)
                else:
                    current += len(word) + (1 if current else 0)
            lines = max(lines, n + value.count("\n"))
    return None if lines == 1 else lines * line_pt + 2


def _write_value(ws, r: int, c: int, value: object, fmt) -> None:
    if value is None:
        ws.write_blank(r, c, None, fmt)
    elif isinstance(value, bool):
        ws.write_string(r, c, "Ya" if value else "Tidak", fmt)
    elif isinstance(value, (int, float)):
        ws.write_number(r, c, value, fmt)
    else:
        ws.write_string(r, c, str(value), fmt)


def _sheet_head(ws, f: _Formats, sheet_title: str, note: str, width: int) -> None:
    ws.set_row(0, 22)
    ws.write_string(0, 0, sheet_title, f.title)
    ws.merge_range(1, 0, 1, max(width - 1, 1), note, f.note)
    ws.set_row(1, 30 if len(note) < 160 else 45)


def _table(wb, f: _Formats, sheet: sc.Lembar, rows: list[dict], extra: list[dict], years: dict, list_ranges: dict) -> None:
    ws = wb.add_worksheet(sheet.nama)
    cols = layout(sheet, years)
    _sheet_head(ws, f, f"{sheet.judul} ({sheet.tabel})", sheet.petunjuk, len(cols))
    hr = sc.HEADER_ROW - 1
    ws.set_row(hr, 32)
    for c, (key, header, spec) in enumerate(cols):
        ws.write_string(hr, c, header, f.header)
        width = spec.lebar if hasattr(spec, "lebar") else 10
        ws.set_column(c, c, width)
        help_text = spec.bantuan if getattr(spec, "bantuan", "") else ""
        if isinstance(spec, sc.Kolom):
            bits = [help_text, f"Jenis: {spec.tipe}" + (f" ({spec.satuan})" if spec.satuan else ""), spec.keterangan_wajib]
            if not spec.isian:
                bits = [sc.BANTUAN_OTOMATIS]
            ws.write_comment(hr, c, "\n".join(b for b in bits if b), {"x_scale": 2, "y_scale": 1.5})
    first = sc.FIRST_DATA_ROW - 1
    letters = {key: huruf_kolom(c) for c, (key, _header, _spec) in enumerate(cols)}  # for the formulas of tool columns
    n_rows = len(rows) + len(extra) + BLANK_ROWS
    for i in range(n_rows):
        r = first + i
        row = rows[i] if i < len(rows) else (extra[i - len(rows)] if i - len(rows) < len(extra) else {})
        for c, (key, _header, spec) in enumerate(cols):
            tipe = spec.tipe
            if isinstance(spec, sc.Kolom) and not spec.isian:
                formula = spec.rumus.format(r=r + 1, **letters)
                ws.write_formula(r, c, formula, f.tool[tipe], _formula_value(sheet, key, row))
                continue
            value = row.get(key)
            if isinstance(spec, sc.Kolom) and spec.kode and isinstance(value, str):
                value = spec.label_dari(value)
            _write_value(ws, r, c, value, f.input[tipe])
        height = row_height([(row.get(key), getattr(spec, "lebar", 10)) for key, _h, spec in cols])
        if height:
            ws.set_row(r, height)
    for c, (key, _header, spec) in enumerate(cols):
        if isinstance(spec, sc.Kolom):
            source = _validation_source(sheet, spec, list_ranges)
            if source:
                ws.data_validation(first, c, first + n_rows - 1, c, {
                    "validate": "list", "source": source[0], "error_type": source[1],
                    "error_title": "Nilai tidak dikenal", "error_message": f"Pilih salah satu nilai yang tersedia untuk kolom {spec.header}.",
                })
    ws.freeze_panes(sc.HEADER_ROW, 1 if sheet.bentuk == "tabel" and len(cols) > 6 else 0)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(hr)


def _formula_value(sheet: sc.Lembar, key: str, row: dict) -> object:
    """The cached value of a template formula, so viewers that do not recalculate show it."""
    if key == "penyerapan":
        a, r = row.get("anggaran"), row.get("realisasi")
        return r / a * 100 if isinstance(a, (int, float)) and a > 0 and isinstance(r, (int, float)) else ""
    if key == "indikator":
        return row.get("_indikator", "")
    return ""


def _form(wb, f: _Formats, sheet: sc.Lembar, values: dict, list_ranges: dict) -> None:
    ws = wb.add_worksheet(sheet.nama)
    _sheet_head(ws, f, sheet.judul, sheet.petunjuk, 3)
    hr = sc.HEADER_ROW - 1
    for c, (title, width) in enumerate((("Isian", 38), ("Nilai", 46), ("Keterangan", 70))):
        ws.write_string(hr, c, title, f.header)
        ws.set_column(c, c, width)
    for i, col in enumerate(sheet.kolom):
        r = hr + 1 + i
        ws.write_string(r, 0, col.header + (" *" if col.wajib else " **" if col.wajib_untuk else ""), f.label)
        value = values.get(col.key)
        if col.kode and isinstance(value, str):
            value = col.label_dari(value)
        _write_value(ws, r, 1, value, f.input[col.tipe])
        ws.write_string(r, 2, col.bantuan, f.help)
        height = row_height([(value, 46), (col.bantuan, 70)])
        if height:
            ws.set_row(r, height)
        source = _validation_source(sheet, col, list_ranges)
        if source:
            ws.data_validation(r, 1, r, 1, {"validate": "list", "source": source[0], "error_type": source[1]})
    ws.write_string(hr + 2 + len(sheet.kolom), 0, "* wajib diisi", f.note)
    bersyarat = sorted({col.keterangan_wajib for col in sheet.kolom if col.wajib_untuk})
    for i, keterangan in enumerate(bersyarat):  # "** wajib diisi untuk Perangkat Daerah dan Kecamatan"
        ws.write_string(hr + 3 + len(sheet.kolom) + i, 0, "** " + keterangan[0].lower() + keterangan[1:].rstrip("."), f.note)
    ws.freeze_panes(sc.HEADER_ROW, 0)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _data_sheet(wb, f: _Formats, name: str, meta: dict, headers: list[str], rows: list[list], total: list | None) -> None:
    ws = wb.add_worksheet(name)
    for i, col in enumerate(sc.DATA_META):
        ws.write_string(i, 0, col.header, f.label)
        _write_value(ws, i, 1, meta.get(col.key), f.input[col.tipe])
        ws.write_string(i, 2, col.bantuan, f.note)
    ws.write_string(3, 0, "Salin lembar ini (nama diawali 'Data') untuk setiap tabel data pendukung. Judul kolom di baris 5, data mulai baris 6; baris Jumlah/Total boleh diisi.", f.note)
    hr = sc.DATA_HEADER_ROW - 1
    ws.set_column(0, 0, 28)
    ws.set_column(1, max(len(headers), 3), 18)
    ws.set_row(hr, 30)
    for c, h in enumerate(headers):
        ws.write_string(hr, c, h, f.header)
    body = rows + ([total] if total else [])
    for i in range(len(body) + BLANK_ROWS // 2):
        values = body[i] if i < len(body) else [None] * len(headers)
        for c in range(len(headers)):
            v = values[c] if c < len(values) else None
            _write_value(ws, hr + 1 + i, c, v, f.input[sc.ANGKA if isinstance(v, (int, float)) else sc.TEKS])
    ws.freeze_panes(sc.DATA_HEADER_ROW, 0)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _petunjuk(wb, f: _Formats) -> None:
    ws = wb.add_worksheet(sc.PETUNJUK)
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 95)
    ws.write_string(0, 0, "Workbook Laporan Kinerja Instansi Pemerintah (LKjIP)", f.title)
    ws.write_string(1, 0, f"Template versi {sc.VERSI_TEMPLATE}", f.note)
    lines = [
        "Workbook ini adalah isian standar untuk menyusun LKjIP perangkat daerah, kecamatan, atau pemerintah daerah itu sendiri (pilih pada isian Jenis Instansi di lembar Identitas). Isi setiap lembar sesuai judulnya; jangan mengubah nama lembar dan judul kolom (urutan kolom boleh diubah, kolom tambahan diabaikan).",
        "Setelah terisi, letakkan berkas di folder input lalu jalankan convert.py. Tool menghitung capaian, penyerapan, efisiensi dan predikat, memeriksa konsistensi angka, lalu membuat workbook laporan dan draf dokumen Word.",
        "Angka boleh ditulis dengan format Indonesia (16.013 atau 3,25) maupun Inggris (3.25). Persen ditulis sebagai angka (3,25 untuk 3,25%). Tanda hubung (-) berarti tidak ada data.",
    ]
    for i, line in enumerate(lines):
        ws.merge_range(2 + i, 0, 2 + i, 2, line, f.text)
        ws.set_row(2 + i, 30)
    r = 6
    ws.write_string(r, 0, "Sel isian", f.swatch_input)
    ws.write_string(r, 1, "diisi pengguna", f.text)
    ws.write_string(r + 1, 0, "Sel otomatis", f.swatch_tool)
    ws.write_string(r + 1, 1, "dihitung template; isi yang diketik di sini dibaca sebagai angka tertulis dan diperiksa", f.text)
    r += 3
    ws.write_string(r, 0, "Lembar", f.header)
    ws.write_string(r, 1, "Bagian laporan", f.header)
    ws.write_string(r, 2, "Isi", f.header)
    r += 1
    entries = [(s.nama, s.tabel, s.petunjuk) for s in sc.LEMBAR]
    entries.insert(9, ("Data_...", "Tabel 3.5 dan seterusnya", "Satu lembar per tabel data pendukung (judul, sasaran, kolom bebas). Salin lembar contoh dan beri nama diawali 'Data'."))
    for name, table, note in entries:
        ws.write_url(r, 0, f"internal:'{name}'!A1" if not name.endswith("...") else "internal:'Petunjuk'!A1", f.label, name)
        ws.write_string(r, 1, table, f.text)
        ws.write_string(r, 2, note, f.text)
        _tinggi_petunjuk(ws, r, [(table, 22), (note, 95)])
        r += 1
    r += 1
    ws.write_string(r, 0, "Daftar kolom", f.bold)
    r += 1
    for title in ("Lembar / Kolom", "Jenis (satuan)", "Keterangan"):
        ws.write_string(r, ("Lembar / Kolom", "Jenis (satuan)", "Keterangan").index(title), title, f.header)
    r += 1
    for sheet in sc.LEMBAR:
        ws.write_string(r, 0, sheet.nama, f.bold)
        r += 1
        for col in sheet.kolom:
            kind = col.tipe + (f" ({col.satuan})" if col.satuan else "")
            note = " ".join(filter(None, [_wajib(col), col.bantuan, ("Pilihan: " + ", ".join(col.pilihan) + ".") if col.pilihan else ""]))
            if not col.isian:
                note = sc.BANTUAN_OTOMATIS
            ws.write_string(r, 0, "   " + col.header, f.text)
            ws.write_string(r, 1, kind, f.text)
            ws.write_string(r, 2, note, f.text)
            _tinggi_petunjuk(ws, r, [("   " + col.header, 24), (note, 95)])
            r += 1
        for fam in sheet.kolom_tahun:
            ws.write_string(r, 0, f"   {fam.prefix} <tahun>", f.text)
            ws.write_string(r, 1, fam.tipe, f.text)
            ws.write_string(r, 2, fam.bantuan + " Satu kolom per tahun, misalnya '" + fam.prefix + " 2023'.", f.text)
            r += 1
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _tinggi_petunjuk(ws, r: int, texts_and_widths: list[tuple[str, float]]) -> None:
    """A row of Petunjuk as high as its longest wrapped text."""
    height = row_height(texts_and_widths)
    if height:
        ws.set_row(r, height)


def _wajib(col: sc.Kolom) -> str:
    """Whether a column must be filled, as Petunjuk says it."""
    if not col.wajib:
        return col.keterangan_wajib if col.wajib_untuk else "Opsional."
    return "Wajib." if col.wajib_tiap_baris else "Wajib pada baris tertentu (lihat keterangan)."


def _daftar(wb, f: _Formats, lists: dict[str, tuple[str, ...]]) -> None:
    ws = wb.add_worksheet(sc.DAFTAR)
    for c, (name, values) in enumerate(lists.items()):
        ws.write_string(0, c, name, f.header)
        ws.set_column(c, c, max(12, max(len(v) for v in values) + 2))
        for r, v in enumerate(values, start=1):
            ws.write_string(r, c, v)
    ws.protect()


def main(argv: list[str] | None = None) -> int:
    """Regenerate the blank template and the example in a folder (default input_templates/)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "input_templates"
    folder.mkdir(parents=True, exist_ok=True)
    for name, contoh in ((TEMPLATE_NAME, False), (EXAMPLE_NAME, True)):
        print(build(folder / name, contoh))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
