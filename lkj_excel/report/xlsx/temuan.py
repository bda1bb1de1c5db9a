"""The Temuan sheet: every reader warning and audit finding, each linked to its cell in this workbook.

A finding names cells of the input workbook; the homes (``rumah.Rumah.lokasi``) say where each
one was copied to, so the link opens that cell here, which the writer highlights and comments.
A finding on a cell that was not copied links to the sheet that shows its table.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ...problems import Temuan, Tingkat
from .konteks import Konteks
from .lembar import Lembar, Tautan, Teks, a1, kutip_lembar
from .rumah import Rumah

URUT_TINGKAT = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.INFO: 2}
"""The order of findings in a list: errors first, then warnings, then information."""


def sheet_of(sel: str) -> str:
    """The sheet of a cell reference (``"PK!G4"``, ``"'Data X'!B6"``; a bare name is a sheet)."""
    sheet = sel.rpartition("!")[0] if "!" in sel else sel
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet


def _rincian(t: Temuan) -> str:
    """The comment a finding leaves on its cell: level, message, what was found and what was expected."""
    text = f"[{t.tingkat.label}] {t.pesan}"
    if t.ditemukan is not None and t.ditemukan not in t.pesan:
        text += f" Ditemukan: {t.ditemukan}."
    if t.diharapkan is not None and t.diharapkan not in t.pesan:
        text += f" Seharusnya: {t.diharapkan}."
    return text


class LembarTemuan:
    """Lays out the Temuan sheet and says which cells to highlight."""

    def __init__(self, susun: Konteks, rumah: Rumah, temuan: list[Temuan]):
        self.s, self.rumah = susun, rumah
        self.temuan = sorted(temuan, key=lambda t: URUT_TINGKAT.get(t.tingkat, 3))
        self.sorot: dict[tuple[str, int, int], str] = {}
        self.komentar: dict[tuple[str, int, int], list[str]] = defaultdict(list)
        self.cadangan = self._cadangan()

    def _cadangan(self) -> dict[str, str]:
        """Input sheet -> the sheet here that shows its table (for cells not copied)."""
        s, j = self.s, self.s.lembar_jenis
        out = {"Identitas": "Ringkasan", "Pengaturan": "Skala", "Skala": "Skala", "RubrikLKE": "Penilaian Mandiri"}
        for src, jenis in (("Renstra", "renstra"), ("IndikatorRenstra", "indikator_renstra"), ("PK", "pk"),
                           ("Anggaran", "anggaran"), ("Operasional", "operasional"), ("AKIP", "akip"),
                           ("AngkaTertulis", "anggaran_sasaran"), ("Realisasi", "pengukuran"), ("Pembanding", "pembanding")):
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
            sheet = sheet_of(sel)
            target = (self._sasaran_realisasi(sel) if sheet == "Realisasi" else None) or self.cadangan.get(sheet)
            if target:
                return f"Lembar {target}", f"internal:{kutip_lembar(target)}!A1"
        return None

    def lembar(self) -> Lembar:
        """The Temuan sheet: every finding with its link; fills ``sorot`` and ``komentar`` on the way."""
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
        """How many findings of each level."""
        counts = {k: 0 for k in Tingkat}
        for t in self.temuan:
            counts[t.tingkat] += 1
        return counts


def _rank(level: str) -> int:
    return {"galat": 0, "peringatan": 1, "info": 2}.get(level, 3)
