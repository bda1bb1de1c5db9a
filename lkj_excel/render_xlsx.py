"""The output workbook of one converted LKjIP, and the error report of one that was not.

``render_workbook(lkjip, hasil, temuan, path)`` writes, with xlsxwriter:

* **Ringkasan**: the agency, the year, per sasaran its capaian, kategori, budget, penyerapan and
  efficiency, the total budget, the latest AKIP predikat, the number of findings, and two native
  charts (capaian per indicator against a 100% line; anggaran and realisasi per program);
* one sheet per table of the report, in report order (``daftar_tabel``), titled with its caption;
* **Temuan**: every reader warning and audit finding, each linked to its cell in this workbook;
* **Skala**: the scales in force (categories, efficiency, AKIP predikat, predikat ranks) and the
  settings used.

How a figure reaches a cell
    Every input figure is copied once, as a value, into the table where the report shows it: its
    *home*. Every derived figure is an Excel formula made by its rule's ``expr`` (``rules.py``)
    over the homes of its inputs, written together with its Python value (xlsxwriter's
    ``value=``), so viewers that do not recalculate show the right number. A figure shown again
    elsewhere is a reference formula to its home (``Ref(name)``), so a reviewer who edits an input
    sees every table follow. Labels (kategori, efisiensi, predikat) look up the Skala sheet, so an
    edited threshold takes effect too. No formula is written by hand.

    The layout is built first (``Lembar``: what goes into which cell), then every figure gets its
    home, the rules' environment is moved onto those homes (``Env.relocate`` / ``Env.place``), and
    only then are formulas generated and the file written.

``render_kesalahan(temuan, sumber, path)`` writes the error report of a workbook that could not be
converted: every problem with its cell, each cell a link into the input workbook.

``daftar_tabel(lkjip)`` gives the report's tables in order with their numbers and captions.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

from .model import LKjIP
from .problems import Temuan, Tingkat
from .report.xlsx.buku import susun_lembar
from .report.xlsx.gaya import Format
from .report.xlsx.konteks import Konteks
from .report.xlsx.lembar import Angka, Lembar, Tautan, Teks, a1, kutip_lembar
from .report.xlsx.ringkasan import grafik_ringkasan
from .report.xlsx.rumah import Rumah
from .report.xlsx.tabel import InfoTabel, daftar_tabel
from .report.xlsx.tulis import Tulis, footer, lembar_cepat
from .rules import Hasil

__all__ = ["InfoTabel", "daftar_tabel", "render_workbook", "render_kesalahan"]

# --------------------------------------------------------------------------- findings


_URUT_TINGKAT = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.INFO: 2}


def _sheet_of(sel: str) -> str:
    """The sheet of a cell reference (``"PK!G4"``, ``"'Data X'!B6"``; a bare name is a sheet)."""
    sheet = sel.rpartition("!")[0] if "!" in sel else sel
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet


def _rincian(t: Temuan) -> str:
    text = f"[{t.tingkat.label}] {t.pesan}"
    if t.ditemukan is not None and t.ditemukan not in t.pesan:
        text += f" Ditemukan: {t.ditemukan}."
    if t.diharapkan is not None and t.diharapkan not in t.pesan:
        text += f" Seharusnya: {t.diharapkan}."
    return text


class _Temuan:
    """Lays out the Temuan sheet and says which cells to highlight."""

    def __init__(self, susun: Konteks, rumah: Rumah, temuan: list[Temuan]):
        self.s, self.rumah = susun, rumah
        self.temuan = sorted(temuan, key=lambda t: _URUT_TINGKAT.get(t.tingkat, 3))
        self.sorot: dict[tuple[str, int, int], str] = {}
        self.komentar: dict[tuple[str, int, int], list[str]] = defaultdict(list)
        self.cadangan = self._cadangan()

    def _cadangan(self) -> dict[str, str]:
        """Input sheet -> the sheet here that shows its table (for cells not copied)."""
        s, j = self.s, self.s.lembar_jenis
        out = {"Identitas": "Ringkasan", "Pengaturan": "Skala", "Skala": "Skala"}
        for src, jenis in (("Renstra", "renstra"), ("IndikatorRenstra", "indikator_renstra"), ("PK", "pk"),
                           ("Anggaran", "anggaran"), ("Operasional", "operasional"), ("AKIP", "akip"),
                           ("AngkaTertulis", "anggaran_sasaran"), ("Realisasi", "pengukuran")):
            if jenis in j:
                out[src] = j[jenis]
        out.update(s.lembar_pendukung)
        return out

    def _sasaran_realisasi(self, sel: str) -> str | None:
        """The capaian sheet of the indicator of a Realisasi row."""
        m = re.search(r"(\d+)$", sel)
        if not m:
            return None
        for row in self.s.l.realisasi:
            where = row.cells.get("kode_indikator", "")
            if re.search(r"(\d+)$", where) and re.search(r"(\d+)$", where).group(1) == m.group(1):
                ind = self.s.l.indikator_by_kode(row.kode_indikator)
                return self.s.lembar_sasaran.get(ind.kode_sasaran) if ind else None
        return None

    def tujuan(self, t: Temuan) -> tuple[str, str] | None:
        """Where a finding's link goes: (text, url)."""
        for sel in t.sel:
            loc = self.rumah.lokasi(sel)
            if loc is not None:
                sheet, r, c = loc
                return f"{sheet}!{a1(r, c)}", f"internal:{kutip_lembar(sheet)}!{a1(r, c)}"
        for sel in t.sel:
            sheet = _sheet_of(sel)
            target = (self._sasaran_realisasi(sel) if sheet == "Realisasi" else None) or self.cadangan.get(sheet)
            if target:
                return f"Lembar {target}", f"internal:{kutip_lembar(target)}!A1"
        return None

    def lembar(self) -> Lembar:
        lb = Lembar("Temuan", "Temuan Pemeriksaan dan Peringatan Pembacaan")
        kolom = ["No", "Tingkat", "Uraian", "Lokasi pada Workbook Ini", "Sel pada Workbook Isian", "Ditemukan", "Seharusnya", "Kode"]
        lb.lebar_kolom(5, 11, 54, 16, 22, 16, 16, 19)
        lb.gabung_sel(0, 0, 0, len(kolom) - 1, Teks(lb.judul), "judul")
        lb.gabung_sel(1, 0, 1, len(kolom) - 1, Teks(
            "Daftar ini memuat setiap peringatan saat membaca workbook isian dan setiap temuan pemeriksaan konsistensi angka. "
            "Angka pada tabel-tabel workbook ini adalah hasil perhitungan; temuan menunjukkan angka tertulis instansi yang "
            "berbeda atau data yang perlu diperiksa. Klik lokasi untuk membuka selnya: sel itu diberi warna dan komentar. "
            "Perbaiki angka pada workbook isian (kolom Sel pada Workbook Isian), lalu konversi ulang."), "catatan")
        r = 3
        for c, text in enumerate(kolom):
            lb.tulis(r, c, Teks(text), "kepala")
        lb.kepala = (r, r)
        r += 1
        if not self.temuan:
            lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Tidak ada temuan."), "teks")
            return lb
        first = r
        for n, t in enumerate(self.temuan, 1):
            lb.tulis(r, 0, Teks(str(n)), "tengah")
            lb.tulis(r, 1, Teks(t.tingkat.label), "tengah")
            lb.tulis(r, 2, Teks(t.pesan))
            target = self.tujuan(t)
            lb.tulis(r, 3, Tautan(*target) if target else Teks("-"), "tautan" if target else "tengah")
            lb.tulis(r, 4, Teks(t.lokasi or "-"))
            lb.tulis(r, 5, Teks(t.ditemukan if t.ditemukan is not None else "-"))
            lb.tulis(r, 6, Teks(t.diharapkan if t.diharapkan is not None else "-"))
            lb.tulis(r, 7, Teks(t.kode))
            self._tandai(t, n)
            r += 1
        lb.saring = (first - 1, 0, r - 1, len(kolom) - 1)
        return lb

    def _tandai(self, t: Temuan, n: int) -> None:
        level = t.tingkat.value
        utama = True
        for sel in t.sel:
            loc = self.rumah.lokasi(sel)
            if loc is None:
                continue
            if utama:
                old = self.sorot.get(loc)
                if old is None or old == "terkait" or (_rank(level) < _rank(old)):
                    self.sorot[loc] = level
                self.komentar[loc].append(f"Temuan no. {n}. {_rincian(t)}")
                utama = False
            elif loc not in self.sorot:
                self.sorot[loc] = "terkait"

    def hitung(self) -> dict[Tingkat, int]:
        counts = {k: 0 for k in Tingkat}
        for t in self.temuan:
            counts[t.tingkat] += 1
        return counts


def _rank(level: str) -> int:
    return {"galat": 0, "peringatan": 1, "info": 2}.get(level, 3)




# --------------------------------------------------------------------------- public API


def render_workbook(lkjip: LKjIP, hasil: Hasil, temuan: list[Temuan], path: str | os.PathLike) -> None:
    """Write the output workbook of one converted LKjIP.

    Args:
        lkjip: the workbook as read (``reader.read_workbook``).
        hasil: everything derived from it (``rules.hitung``).
        temuan: the reader's warnings and the audit's findings, in any order.
        path: the .xlsx file to write (overwritten).

    The sheets: Ringkasan, one per table of the report (``daftar_tabel``), Temuan, Skala.
    Inputs are copied as values; every derived cell is the formula of its rule over those
    cells, stored with its computed value. Texts from the input are always written as texts.
    """
    import xlsxwriter

    susun = Konteks(lkjip, hasil)
    sheets = susun_lembar(susun)
    ringkasan, *tables, skala = sheets
    # homes: inputs in their tables first, then derived figures in report order, Ringkasan last
    rumah = Rumah(hasil, [*tables, skala, ringkasan])
    for code, rg in susun.rentang_skala.items():
        rumah.env.set_scale_ranges(code, rg)
    temuan_lb = _Temuan(susun, rumah, list(temuan))
    lembar_temuan = temuan_lb.lembar()
    _ringkasan_temuan(susun, ringkasan, temuan_lb)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                         "strings_to_urls": False, "in_memory": True})
    i = lkjip.identitas
    wb.set_properties({"title": ringkasan.judul, "subject": "Laporan Kinerja Instansi Pemerintah", "author": "lkj_excel",
                       "company": f"{i.nama_instansi} {i.pemerintah_daerah}"})
    wb.set_calc_mode("auto")
    fmt = Format(wb, lkjip.pengaturan.desimal_persen, lkjip.pengaturan.format_rupiah)
    tulis = Tulis(wb, fmt, rumah, footer(i.judul_singkat or f"LKjIP {i.nama_instansi} {i.pemerintah_daerah} Tahun {i.tahun}"))
    order = [ringkasan, *tables, lembar_temuan, skala]
    lembar = lembar_cepat()
    ws = {lb.nama: wb.add_worksheet(lb.nama, worksheet_class=lembar) for lb in order}
    for lb in order:
        tulis.lembar(ws[lb.nama], lb, temuan_lb.sorot, temuan_lb.komentar)
    grafik_ringkasan(wb, ws["Ringkasan"], ringkasan, susun)
    ws["Ringkasan"].activate()
    wb.close()


def _ringkasan_temuan(susun: Konteks, lb: Lembar, temuan: _Temuan) -> None:
    """The counts of findings on Ringkasan, with a link to the Temuan sheet."""
    r = susun.baris_temuan
    counts = temuan.hitung()
    for k, tingkat in enumerate((Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.INFO)):
        lb.tulis(r + k, 1, Teks(tingkat.label), "teks")
        lb.tulis(r + k, 2, Angka(counts[tingkat]), "angka")
    lb.tulis(r + 3, 1, Tautan("Lihat daftar temuan (lembar Temuan)", "internal:'Temuan'!A1"), "tautan")


def render_kesalahan(temuan: list[Temuan], sumber: str | os.PathLike, path: str | os.PathLike) -> None:
    """Write the error report ``<name>_kesalahan.xlsx`` of a workbook that could not be converted.

    Args:
        temuan: every problem found while reading (errors and warnings).
        sumber: the input workbook; each cell reference links into it.
        path: the .xlsx file to write.

    The links are relative to the report's folder where possible (``external:`` links with a
    ``#'Sheet'!A1`` anchor), so they keep working when both folders are moved together.
    """
    import xlsxwriter

    sumber, path = Path(sumber), Path(path)
    try:
        link = os.path.relpath(sumber.resolve(), path.resolve().parent)
    except ValueError:  # another drive (Windows)
        link = str(sumber.resolve())
    items = sorted(temuan, key=lambda t: _URUT_TINGKAT.get(t.tingkat, 3))
    n_galat = sum(t.tingkat is Tingkat.GALAT for t in items)
    n_peringatan = sum(t.tingkat is Tingkat.PERINGATAN for t in items)

    lb = Lembar("Kesalahan", f"Daftar Kesalahan Workbook {sumber.name}")
    kolom = ["No", "Tingkat", "Lembar", "Sel", "Uraian", "Ditemukan", "Seharusnya", "Kode"]
    lb.lebar_kolom(5, 11, 18, 12, 62, 18, 20, 22)
    lb.gabung_sel(0, 0, 0, len(kolom) - 1, Teks(lb.judul), "judul")
    pengantar = (f"Workbook ini belum dapat dikonversi menjadi laporan karena memuat {n_galat} galat. Perbaiki setiap galat "
                 "pada sel yang disebut di bawah (klik alamat sel untuk membuka workbook isian pada sel itu), simpan workbook, "
                 "lalu jalankan konversi kembali.")
    if n_peringatan:
        pengantar += (f" Terdapat pula {n_peringatan} peringatan: peringatan tidak menghentikan konversi, tetapi sebaiknya "
                      "diperiksa juga.")
    lb.gabung_sel(1, 0, 1, len(kolom) - 1, Teks(pengantar), "catatan")
    lb.gabung_sel(2, 0, 2, len(kolom) - 1, Teks(f"Berkas isian: {sumber.name}"), "subjudul")
    r = 4
    for c, text in enumerate(kolom):
        lb.tulis(r, c, Teks(text), "kepala")
    lb.kepala = (r, r)
    r += 1
    first = r
    for n, t in enumerate(items, 1):
        cells = list(t.sel) or [None]
        for k, sel in enumerate(cells):
            lb.tulis(r, 0, Teks(str(n) if k == 0 else ""), "tengah")
            lb.tulis(r, 1, Teks(t.tingkat.label if k == 0 else ""), "tengah")
            if sel:
                sheet_name = _sheet_of(sel)
                ref = sel.rpartition("!")[2] if "!" in sel else "A1"
                anchor = f"{kutip_lembar(sheet_name)}!{ref}" if sheet_name else ref
                lb.tulis(r, 2, Teks(sheet_name or "-"), "teks")
                lb.tulis(r, 3, Tautan(ref, f"external:{link}#{anchor}"), "tautan")
            else:
                lb.tulis(r, 2, Teks("-"), "tengah")
                lb.tulis(r, 3, Teks("-"), "tengah")
            lb.tulis(r, 4, Teks(t.pesan if k == 0 else "Sel terkait dengan masalah di atas."), "teks" if k == 0 else "catatan")
            lb.tulis(r, 5, Teks((t.ditemukan or "-") if k == 0 else ""))
            lb.tulis(r, 6, Teks((t.diharapkan or "-") if k == 0 else ""))
            lb.tulis(r, 7, Teks(t.kode if k == 0 else ""))
            r += 1
    if not items:
        lb.gabung_sel(r, 0, r, len(kolom) - 1, Teks("Tidak ada masalah yang tercatat."), "teks")
    else:
        lb.saring = (first - 1, 0, r - 1, len(kolom) - 1)

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                                         "in_memory": True})
    wb.set_properties({"title": lb.judul, "author": "lkj_excel"})
    fmt = Format(wb, 2, "spasi")
    ws = wb.add_worksheet(lb.nama)
    Tulis(wb, fmt, None, footer(lb.judul)).lembar(ws, lb)
    wb.close()
