"""The Word draft of the LKjIP that the head of the agency signs.

``render_report(lkjip, hasil, temuan, path)`` writes the whole report, in the order of
PermenPAN-RB 53/2014 (RULES.md §1): cover, Kata Pengantar with the signature, Ringkasan
Eksekutif, Daftar Isi, Daftar Tabel, Daftar Gambar, Bab I Pendahuluan, Bab II
Perencanaan Kinerja, Bab III Akuntabilitas Kinerja (one analysis per sasaran), Bab IV
Penutup and, as Lampiran, the Perjanjian Kinerja with both signature blocks.

Every figure comes from the rules module (``hasil``) or, for what the agency typed and
nothing derives (targets, pembilang and penyebut, AKIP component scores, supporting
data), from the model (``lkjip``); every number is written by :mod:`lkj_excel.angka`.
The prose around the numbers is generated here; the agency's own text comes from the
Narasi sheet. The Word tricks (fields, captions, sections, table properties) are those
of :mod:`lkj_excel.report.docx.ooxml`; the look comes from the reference styles document
(``input_templates/gaya_laporan.docx``), which an agency may restyle.

Layout rules kept throughout: a numbered caption above each table and below each
figure, kept on the page of its table or figure; header rows that repeat on every
page; rows that never split; small tables kept whole on one page; every table as
wide as the text of its section at most (a table too wide for a portrait page gets a
landscape section of its own); front matter numbered i, ii, ... and the chapters
from 1, under a running header with the report's short title.
"""

from __future__ import annotations

import functools
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Emu, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from .report import libreoffice
from .report.docx import ooxml as ox
from .report.docx import ooxml_tabel as oxt
from .report.docx.grafik import Grafik, Seri, sisipkan_grafik
from .angka import bulat, dengan_kata, fmt_angka, fmt_angka_ringkas, fmt_persen, fmt_rupiah, fmt_tanggal
from .expr import is_number, urut_pita
from .model import IndikatorKinerja, LKjIP, Polaritas, Sasaran, TabelPendukung, UnitOrganisasi
from .problems import Temuan
from .report.docx.gaya import FONT, TABLE_HEADER_FILL
from .rules import Hasil, HasilIndikator, HasilSasaran, sama_satuan

__all__ = ["render_report", "REFERENCE_DOCX"]

REFERENCE_DOCX = Path(__file__).resolve().parent.parent / "input_templates" / "gaya_laporan.docx"
"""The reference styles used when ``render_report`` is given none."""

_MAX_IMAGE_BYTES = 20 * 1024 * 1024  # a logo or chart larger than this is not a picture we want
_WARNA_TARGET, _WARNA_REALISASI = "9DC3E6", "2F5597"
_WARNA_TAHUN = {1: ("2F5597",), 2: ("9DC3E6", "2F5597"), 3: ("BDD7EE", "6C9BD2", "2F5597")}  # older years lighter
_SMALL_TABLE_ROWS = 14  # tables up to this many rows are kept whole on one page
_MIN_TEXT_COLUMN_CM = 2.3  # a text column narrower than this wraps nearly every word
_EARLIER_YEARS_IN_TABLE = 1  # earlier years in a sasaran's capaian table (more would not fit a portrait page)


def render_report(lkjip: LKjIP, hasil: Hasil, temuan: Iterable[Temuan], path: str | os.PathLike, *,
                  reference: str | os.PathLike | None = None, update_indexes: bool = True,
                  sumber: str | os.PathLike | None = None) -> None:
    """Write the Word draft of the LKjIP.

    Args:
        lkjip: the workbook as read.
        hasil: everything the rules derived from it (``rules.hitung``).
        temuan: the reader's and the audit's findings; a supporting table whose typed
            total the audit found wrong gets a note that its total is computed.
        path: the .docx to write (overwritten); nothing else is left behind.
        reference: the reference styles document (default :data:`REFERENCE_DOCX`);
            its styles and page set-up are used, its content is dropped.
        update_indexes: where LibreOffice is installed, let it lay the document out
            and write the page numbers into the table of contents and the lists of
            tables and figures (a few seconds). Word updates them anyway on opening.
        sumber: the workbook's path; the logo and the organisation chart named in the
            Identitas sheet are looked for in its folder (default: the folder of
            ``lkjip.berkas``).
    """
    folder = Path(sumber).parent if sumber is not None else Path(lkjip.berkas).parent
    laporan = _Laporan(lkjip, hasil, list(temuan), Path(reference or REFERENCE_DOCX), folder)
    laporan.susun()
    laporan.simpan(Path(path))
    if update_indexes and libreoffice.find_soffice() is not None:
        libreoffice.update_indexes_with_libreoffice(path)


# =========================================================================== the report



MAKS_GRAFIK_INDIKATOR = 2
"""A sasaran with more indicators gets one chart of their capaian instead of a chart each."""

class _Laporan:
    """One LKjIP being written: the sections of the report, in their order."""

    def __init__(self, lkjip: LKjIP, hasil: Hasil, temuan: list[Temuan], reference: Path, folder: Path):
        self.l = lkjip
        self.h = hasil
        self.temuan = temuan
        self.folder = folder
        self.id = lkjip.identitas
        self.tahun = lkjip.identitas.tahun
        self.nd = lkjip.pengaturan.desimal_persen
        self.doc = _Dokumen(reference)
        self.instansi = self.id.nama_instansi.strip()
        self.instansi_lengkap = f"{self.instansi} {self.id.pemerintah_daerah.strip()}".strip()
        self.renstra = f"{self.id.renstra_awal}–{self.id.renstra_akhir}"
        self.judul_singkat = (self.id.judul_singkat or f"LKjIP {self.instansi_lengkap} Tahun {self.tahun}").strip()
        self.pemberi_amanah = (self.id.pemberi_amanah_jabatan or "kepala daerah").strip()

    def susun(self) -> None:
        """Write the whole report, front to back."""
        self.render_sampul()
        self.doc.mulai_bagian_depan()
        self.render_kata_pengantar()
        self.render_ringkasan_eksekutif()
        self.render_daftar_isi()
        self.doc.mulai_batang_tubuh(self.judul_singkat)
        self.render_bab_i()
        self.render_bab_ii()
        self.render_bab_iii()
        self.render_bab_iv()
        self.render_lampiran()

    def simpan(self, path: Path) -> None:
        self.doc.simpan(path)

    # ------------------------------------------------------------------ front matter

    def render_sampul(self) -> None:
        """The cover: title, year, the regional logo, the agency."""
        d = self.doc
        d.judul_sampul(["LAPORAN KINERJA", "INSTANSI PEMERINTAH"], "Title", space_before=Cm(1.5))
        d.judul_sampul(["(LKjIP)", f"TAHUN {self.tahun}"], "Subtitle")
        logo = self._berkas_gambar(self.id.berkas_logo)
        if logo is not None and d.gambar_tengah(logo, tinggi=Cm(5.5), space_before=Cm(3)):
            space = Cm(4.5)
        else:
            space = Cm(13)
        instansi = [self.instansi.upper(), self.id.pemerintah_daerah.strip().upper()]
        provinsi = (self.id.provinsi or "").strip()
        if provinsi and provinsi.lower() not in self.id.pemerintah_daerah.lower():
            instansi.append(f"PROVINSI {provinsi.upper()}")
        d.judul_sampul(instansi, "Subtitle", space_before=space)

    def render_kata_pengantar(self) -> None:
        """Kata Pengantar, signed by the head of the agency."""
        d = self.doc
        d.judul_bab("KATA PENGANTAR")
        teks = self.l.narasi_of("Kata Pengantar") or [
            f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Laporan Kinerja Instansi "
            f"Pemerintah (LKjIP) {self.instansi_lengkap} Tahun {self.tahun} dapat diselesaikan. Laporan ini "
            f"merupakan pertanggungjawaban {self.instansi} atas pelaksanaan tugas dan fungsi serta pencapaian "
            f"sasaran yang diperjanjikan dalam Perjanjian Kinerja Tahun {self.tahun}, sebagaimana diamanatkan "
            f"Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
            "Kami berharap laporan ini memberikan gambaran yang jujur tentang hasil yang telah dicapai maupun yang "
            "belum, serta menjadi bahan perbaikan perencanaan dan pelaksanaan program pada tahun-tahun berikutnya.",
        ]
        for paragraf in teks:
            d.paragraf(paragraf)
        d.tanda_tangan(self._tanda_tangan_kepala(), kiri=Cm(7.5))

    def render_ringkasan_eksekutif(self) -> None:
        """Ringkasan Eksekutif: the goals, how far they were reached, the causes, the next steps."""
        d = self.doc
        d.judul_bab("RINGKASAN EKSEKUTIF")
        for paragraf in self.l.narasi_of("Ringkasan Eksekutif"):
            d.paragraf(paragraf)
        n_sasaran, n_indikator = len(self.l.sasaran), len(self.l.indikator)
        d.paragraf(
            f"LKjIP {self.instansi_lengkap} Tahun {self.tahun} menyajikan pencapaian Perjanjian Kinerja "
            f"Tahun {self.tahun}, yang menjabarkan Rencana Strategis (Renstra) Tahun {self.renstra} ke dalam "
            f"{dengan_kata(n_sasaran, 'sasaran strategis')} dengan {dengan_kata(n_indikator, 'indikator kinerja')}.")
        d.paragraf(self._kalimat_ketercapaian() + " " + self._kalimat_capaian_sasaran())
        a = self.h.anggaran
        d.paragraf(
            f"Untuk mencapai sasaran tersebut, {self.instansi} mengelola anggaran sebesar {self.rp(a.anggaran)} "
            f"dengan realisasi {self.rp(a.realisasi)} atau {self.persen(a.penyerapan)} dari pagu.")
        if self.h.akip:
            akhir = self.h.akip[-1]
            d.paragraf(
                f"Hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) terakhir, yaitu evaluasi tahun "
                f"{akhir.tahun}, memberikan nilai {fmt_angka(akhir.jumlah, 2)} dengan predikat {akhir.predikat or '-'}.")
        keberhasilan = self._narasi_utama("Faktor Keberhasilan")
        if keberhasilan:
            d.paragraf("Faktor utama yang mendukung pencapaian kinerja antara lain:", ikat=True)
            d.butir(keberhasilan)
        penghambat = self._narasi_utama("Faktor Penghambat")
        if penghambat:
            d.paragraf("Kendala utama yang dihadapi antara lain:", ikat=True)
            d.butir(penghambat)
        upaya = self._narasi_utama("Upaya Perbaikan")
        if upaya:
            d.paragraf(f"Upaya perbaikan yang telah ditempuh antara lain {_rangkai_butir(upaya)}.")
        langkah = self.l.narasi_of("Langkah Selanjutnya")
        if langkah:
            d.paragraf(f"Untuk tahun {self.tahun + 1}, langkah yang direncanakan meliputi {_rangkai_butir(langkah)}.")

    def render_daftar_isi(self) -> None:
        """Daftar Isi, Daftar Tabel and Daftar Gambar, as fields."""
        self.doc.daftar_isi()
        self.doc.daftar_keterangan("DAFTAR TABEL", "Tabel")
        self.doc.daftar_keterangan("DAFTAR GAMBAR", "Gambar")

    # ------------------------------------------------------------------ Bab I

    def render_bab_i(self) -> None:
        """BAB I PENDAHULUAN."""
        self.doc.judul_bab("BAB I", "PENDAHULUAN", nomor=1)
        self.render_latar_belakang()
        self.render_maksud_dan_tujuan()
        self.render_tugas_dan_fungsi()
        self.render_struktur_organisasi()
        isu = self.l.narasi_of("Isu Strategis")
        if isu:
            self.doc.subjudul("1.5 Isu Strategis")
            self._paragraf_atau_butir(isu)

    def render_latar_belakang(self) -> None:
        self.doc.subjudul("1.1 Latar Belakang")
        for paragraf in self.l.narasi_of("Latar Belakang") or [
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
            "mewajibkan setiap instansi pemerintah merencanakan, mengukur dan melaporkan kinerjanya secara "
            "berkala. Laporan kinerja menutup siklus tersebut: laporan ini menyatakan sejauh mana sasaran yang "
            "diperjanjikan pada awal tahun telah terwujud.",
            f"Sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014, "
            f"{self.instansi} menyusun LKjIP Tahun {self.tahun} dengan membandingkan realisasi setiap indikator "
            f"kinerja terhadap target dalam Perjanjian Kinerja Tahun {self.tahun}, dan menyampaikannya kepada "
            f"{self.pemberi_amanah}.",
        ]:
            self.doc.paragraf(paragraf)

    def render_maksud_dan_tujuan(self) -> None:
        self.doc.subjudul("1.2 Maksud dan Tujuan")
        for paragraf in self.l.narasi_of("Maksud dan Tujuan") or [
            f"Laporan ini dimaksudkan sebagai wujud pertanggungjawaban {self.instansi} atas pelaksanaan program "
            f"dan kegiatan Tahun {self.tahun} dalam mencapai sasaran strategis yang telah ditetapkan.",
            "Tujuannya adalah memberikan informasi kinerja yang terukur kepada pemberi amanah dan masyarakat, "
            "serta menjadi bahan evaluasi bagi perbaikan perencanaan dan pelaksanaan program pada tahun-tahun "
            "berikutnya.",
        ]:
            self.doc.paragraf(paragraf)

    def render_tugas_dan_fungsi(self) -> None:
        d = self.doc
        d.subjudul("1.3 Tugas dan Fungsi")
        tugas = self.l.tugas_fungsi.tugas
        if len(tugas) == 1:
            d.paragraf(f"{self.instansi} mempunyai tugas {_awal_kecil(tugas[0])}")
        elif tugas:
            d.paragraf(f"{self.instansi} mempunyai tugas sebagai berikut:", ikat=True)
            d.daftar_bernomor(tugas, "a")
        fungsi = self.l.tugas_fungsi.fungsi
        if fungsi:
            d.paragraf(f"Dalam melaksanakan tugas tersebut, {self.instansi} menyelenggarakan fungsi sebagai berikut:",
                       ikat=True)
            d.daftar_bernomor(fungsi, "a")

    def render_struktur_organisasi(self) -> None:
        d = self.doc
        d.subjudul("1.4 Struktur Organisasi")
        for paragraf in self.l.narasi_of("Struktur Organisasi"):
            d.paragraf(paragraf)
        units = self.l.organisasi
        if units:
            d.paragraf("Rincian unit organisasinya adalah sebagai berikut:" if self.l.narasi_of("Struktur Organisasi")
                       else f"Susunan organisasi {self.instansi} terdiri atas:", ikat=True)
            d.daftar_bertingkat(_pohon_organisasi(units))
        bagan = self._berkas_gambar(self.id.berkas_bagan)
        judul = f"Struktur Organisasi {self.instansi_lengkap}"
        if bagan is None and units:
            from .report.docx.bagan import bagan_organisasi

            bagan = bagan_organisasi(units)
        if bagan is not None:
            d.paragraf(f"Bagan struktur organisasi {self.instansi} disajikan pada Gambar {d.nomor_berikut('Gambar')}.")
            d.gambar(bagan, judul)

    # ------------------------------------------------------------------ Bab II

    def render_bab_ii(self) -> None:
        """BAB II PERENCANAAN KINERJA."""
        d = self.doc
        d.judul_bab("BAB II", "PERENCANAAN KINERJA", nomor=2)
        for paragraf in self.l.narasi_of("Perencanaan Kinerja") or [
            f"Perencanaan kinerja {self.instansi} mengacu pada Rencana Strategis (Renstra) Tahun {self.renstra}, "
            f"yang menjabarkan Rencana Pembangunan Jangka Menengah Daerah (RPJMD) {self.id.pemerintah_daerah} "
            f"sesuai tugas dan fungsi {self.instansi}. Sasaran dan target Renstra untuk tahun berjalan "
            f"ditetapkan setiap tahun dalam Perjanjian Kinerja.",
        ]:
            d.paragraf(paragraf)
        self.render_rencana_strategis()
        self.render_perjanjian_kinerja()

    def render_rencana_strategis(self) -> None:
        """2.1 Rencana Strategis: Tabel 2.1 (tujuan to arah kebijakan) and Tabel 2.2 (indicators)."""
        d = self.doc
        d.subjudul(f"2.1 Rencana Strategis Tahun {self.renstra}")
        if self.l.renstra:
            d.paragraf(
                f"Renstra {self.instansi} Tahun {self.renstra} memuat tujuan dan sasaran strategis yang hendak "
                f"dicapai selama periode perencanaan, strategi untuk mencapainya, serta arah kebijakan yang menjadi "
                f"pedoman pelaksanaan strategi tersebut, sebagaimana disajikan pada Tabel {d.nomor_berikut('Tabel')}.")
            self.tabel_tujuan_sasaran()
        if self.l.indikator_renstra:
            d.paragraf(
                "Ketercapaian tujuan dan sasaran diukur melalui indikator kinerja yang targetnya ditetapkan untuk "
                f"setiap tahun hingga akhir periode Renstra, seperti tercantum pada Tabel {d.nomor_berikut('Tabel')}.")
            self.tabel_indikator_renstra()

    def render_perjanjian_kinerja(self) -> None:
        """2.2 Perjanjian Kinerja: Tabel 2.3 (PK) and Tabel 2.4 (budget per program)."""
        d = self.doc
        d.subjudul(f"2.2 Perjanjian Kinerja Tahun {self.tahun}")
        d.paragraf(
            f"Perjanjian Kinerja adalah pernyataan komitmen antara {self.id.kepala_jabatan} sebagai "
            f"penerima amanah dan {self.pemberi_amanah} sebagai pemberi amanah untuk mewujudkan target kinerja "
            "tertentu dalam satu tahun, dengan memperhitungkan sumber daya yang tersedia. Perjanjian Kinerja "
            f"Tahun {self.tahun} memuat {dengan_kata(len(self.l.sasaran), 'sasaran strategis')} dengan "
            f"{dengan_kata(len(self.l.indikator), 'indikator kinerja')}, sebagaimana Tabel {d.nomor_berikut('Tabel')}.")
        self.tabel_perjanjian_kinerja(f"Perjanjian Kinerja Tahun {self.tahun}")
        a = self.h.anggaran
        sumber = (self.id.sumber_anggaran or "APBD").strip()
        d.paragraf(
            f"Untuk mencapai sasaran tersebut, pada Tahun Anggaran {self.tahun} {self.instansi} memperoleh alokasi "
            f"anggaran yang bersumber dari {sumber} {self.id.pemerintah_daerah} sebesar {self.rp(a.anggaran)}, "
            f"yang dilaksanakan melalui {dengan_kata(len(self.h.program), 'program')}, dengan realisasi "
            f"{self.rp(a.realisasi)} atau {self.persen(a.penyerapan)}, sebagaimana Tabel {d.nomor_berikut('Tabel')}.")
        self.tabel_anggaran_program(f"Anggaran dan Realisasi per Program Tahun {self.tahun}")

    # ------------------------------------------------------------------ Bab III

    def render_bab_iii(self) -> None:
        """BAB III AKUNTABILITAS KINERJA."""
        self.doc.judul_bab("BAB III", "AKUNTABILITAS KINERJA", nomor=3)
        self.doc.paragraf(
            f"Akuntabilitas kinerja adalah kewajiban {self.instansi} untuk mempertanggungjawabkan keberhasilan "
            "maupun kegagalan dalam mencapai sasaran yang telah diperjanjikan. Bab ini menyajikan pengukuran "
            f"capaian setiap indikator kinerja Tahun {self.tahun}, analisis capaian per sasaran strategis, "
            "realisasi anggaran, dan analisis efisiensi penggunaan sumber daya.")
        self.render_pengukuran_kinerja()
        self.render_analisis_kinerja()
        self.render_realisasi_anggaran()
        self.render_analisis_efisiensi()

    def render_pengukuran_kinerja(self) -> None:
        """3.1 Pengukuran Kinerja: Tabel 3.1."""
        d = self.doc
        d.subjudul("3.1 Pengukuran Kinerja")
        d.paragraf(self._kalimat_metode_capaian())
        d.paragraf(f"Hasil pengukuran kinerja Tahun {self.tahun} disajikan pada Tabel {d.nomor_berikut('Tabel')}.",
                   ikat=True)
        self.tabel_pengukuran()
        d.paragraf(self._kalimat_ketercapaian())

    def render_analisis_kinerja(self) -> None:
        """3.2 Analisis Kinerja: one part per sasaran, the AKIP evaluation where it belongs."""
        d = self.doc
        d.subjudul("3.2 Analisis Kinerja")
        d.paragraf(
            "Analisis berikut disusun untuk setiap sasaran strategis: capaian tahun ini terhadap target, "
            "perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir Renstra, faktor penyebab "
            "keberhasilan atau kegagalan beserta upaya perbaikannya, efisiensi penggunaan anggaran, serta program "
            "yang mendukung pencapaiannya.")
        for nomor, sasaran in enumerate(self.l.sasaran, 1):
            self.render_sasaran(nomor, sasaran)
        if self.l.akip.komponen and self._sasaran_akip() is None:
            d.subjudul("Hasil Evaluasi Akuntabilitas Kinerja", tingkat=3)
            self.render_evaluasi_akip()

    def render_sasaran(self, nomor: int, sasaran: Sasaran) -> None:
        """The analysis of one sasaran, in the order of RULES.md §1 (Bab III A)."""
        d = self.doc
        hs = self.h.sasaran_by_kode(sasaran.kode)
        indikator = [self.h.indikator_by_kode(i.kode) for i in sasaran.indikator]
        d.subjudul(f"Sasaran {nomor}: {sasaran.nama}", tingkat=3)
        if sasaran is self._sasaran_akip() and self.l.akip.komponen:
            self.render_evaluasi_akip()
        if indikator:
            d.paragraf(
                f"Capaian indikator kinerja sasaran ini pada Tahun {self.tahun} beserta perbandingannya dengan tahun "
                f"sebelumnya disajikan pada Tabel {d.nomor_berikut('Tabel')}.", ikat=True)
            self.tabel_capaian_sasaran(nomor, indikator)
        else:
            d.paragraf("Sasaran ini belum memiliki indikator kinerja dalam Perjanjian Kinerja.")
        grafik_per_indikator = len(indikator) <= MAKS_GRAFIK_INDIKATOR
        for ind, hi in zip(sasaran.indikator, indikator):
            self.render_analisis_indikator(ind, hi, grafik=grafik_per_indikator)
        if not grafik_per_indikator:
            self.grafik_sasaran(sasaran, indikator)
        self.render_penjelasan_sasaran(sasaran, hs)
        self.render_efisiensi_sasaran(hs)
        self.render_program_sasaran(hs)
        self.render_sasaran_operasional(sasaran)
        for tabel in self.l.pendukung:
            if tabel.kode_sasaran == sasaran.kode:
                self.render_tabel_pendukung(tabel)

    def render_analisis_indikator(self, ind: IndikatorKinerja, hi: HasilIndikator, grafik: bool = True) -> None:
        """(1) this year, the formula's parts, (2) earlier years with the chart, (3) Renstra, (4) standard."""
        d = self.doc
        d.paragraf(self._kalimat_tahun_ini(ind, hi))
        if ind.formula is not None:
            d.paragraf(
                f"Indikator ini dihitung dengan rumus: {ind.nama} = {ind.formula.label_pembilang} ÷ "
                f"{ind.formula.label_penyebut} × {fmt_angka_ringkas(ind.formula.faktor)}. Rincian komponennya "
                f"disajikan pada Tabel {d.nomor_berikut('Tabel')}.", ikat=True)
            self.tabel_komponen_rumus(ind, hi)
        for kalimat in self._kalimat_tahun_lalu(hi):
            d.paragraf(kalimat)
        if grafik:
            self.grafik_indikator(hi)
        if hi.renstra is not None:
            d.paragraf(self._kalimat_renstra(hi))
        if hi.standar is not None:
            d.paragraf(self._kalimat_standar(hi))

    def render_penjelasan_sasaran(self, sasaran: Sasaran, hs: HasilSasaran) -> None:
        """(5) the agency's explanation, causes of success and failure, and remedies."""
        d = self.doc
        for paragraf in self.l.narasi_of("Penjelasan Sasaran", sasaran.kode):
            d.paragraf(paragraf)
        tercapai = hs.capaian is not None and bulat(hs.capaian, self.nd) >= 100
        keberhasilan = self.l.narasi_of("Faktor Keberhasilan", sasaran.kode)
        if keberhasilan:
            d.paragraf("Keberhasilan pencapaian sasaran ini didukung oleh faktor-faktor berikut:", ikat=True)
            d.butir(keberhasilan)
        penghambat = self.l.narasi_of("Faktor Penghambat", sasaran.kode)
        if penghambat:
            d.paragraf("Kendala yang dihadapi dalam pencapaian sasaran ini antara lain:", ikat=True)
            d.butir(penghambat)
        upaya = self.l.narasi_of("Upaya Perbaikan", sasaran.kode)
        if upaya:
            d.paragraf("Upaya yang dilakukan untuk mempertahankan dan meningkatkan capaian ini adalah:" if tercapai
                       else "Upaya yang dilakukan untuk mengatasi kendala tersebut adalah:", ikat=True)
            d.butir(upaya)

    def render_efisiensi_sasaran(self, hs: HasilSasaran) -> None:
        """(6) the budget used for the sasaran against its capaian."""
        if not hs.program:
            self.doc.paragraf("Belum ada program anggaran yang dipetakan untuk mendukung sasaran ini.")
            return
        if hs.nilai_efisiensi is None:
            self.doc.paragraf(
                f"Pencapaian sasaran ini didukung anggaran sebesar {self.rp(hs.anggaran)} dengan realisasi "
                f"{self.rp(hs.realisasi_anggaran)}. Efisiensinya belum dapat dinilai karena capaian kinerja atau "
                "penyerapan anggarannya belum dapat dihitung.")
            return
        self.doc.paragraf(
            f"Pencapaian sasaran ini didukung anggaran sebesar {self.rp(hs.anggaran)} dengan realisasi "
            f"{self.rp(hs.realisasi_anggaran)} atau {self.persen(hs.penyerapan)}. Dibandingkan dengan capaian "
            f"kinerja sasaran sebesar {self.persen(hs.capaian)}, {_NAMA_NILAI_EFISIENSI[hs.metode_efisiensi]} "
            f"sasaran ini {self._nilai_efisiensi(hs)} sehingga tergolong {hs.tingkat_efisiensi or '-'}.")

    def render_program_sasaran(self, hs: HasilSasaran) -> None:
        """(7) the programs that supported the sasaran."""
        program = [p for p in self.h.program if p.kode_sasaran == hs.kode]
        if not program:
            return
        rincian = [f"{p.nama}, dengan anggaran {self.rp(p.anggaran)} dan realisasi {self.rp(p.realisasi)} "
                   f"({self.persen(p.penyerapan)})" if p.realisasi is not None
                   else f"{p.nama}, dengan anggaran {self.rp(p.anggaran)} yang realisasinya belum dilaporkan"
                   for p in program]
        if len(rincian) == 1:
            self.doc.paragraf(f"Program yang mendukung pencapaian sasaran ini adalah {rincian[0]}.")
            return
        self.doc.paragraf("Program yang mendukung pencapaian sasaran ini adalah:", ikat=True)
        self.doc.daftar_bernomor(rincian, "a", akhiran=True)

    def render_sasaran_operasional(self, sasaran: Sasaran) -> None:
        """Tabel 3.4: the operational objectives of the Bidang that support the sasaran."""
        baris = [(o, ho) for o, ho in zip(self.l.operasional, self.h.operasional) if o.kode_sasaran == sasaran.kode]
        if not baris:
            return
        d = self.doc
        d.paragraf(
            "Capaian sasaran strategis tidak terlepas dari capaian sasaran operasional unit kerja di bawahnya, "
            f"sebagaimana tertuang dalam Perjanjian Kinerja Eselon III (Tabel {d.nomor_berikut('Tabel')}).", ikat=True)
        self.tabel_operasional("Perjanjian Kinerja Eselon III", baris)
        rincian = []
        for o, ho in baris:
            kalimat = (f"{o.nama}: dari target {self.nilai(ho.target, o.satuan)} terealisasi "
                       f"{self.nilai(ho.realisasi, o.satuan)}")
            if o.realisasi_pembilang is not None and o.realisasi_penyebut is not None:
                satuan = f" {o.satuan_pembilang}" if o.satuan_pembilang else ""
                kalimat += (f" ({fmt_angka_ringkas(o.realisasi_pembilang)} dari "
                            f"{fmt_angka_ringkas(o.realisasi_penyebut)}{satuan})")
            rincian.append(f"{kalimat}, dengan capaian {self.persen(ho.capaian)} ({ho.kategori or '-'})")
        d.paragraf(f"Berdasarkan Tabel {d.nomor_terakhir('Tabel')}, capaian sasaran operasional dapat dijelaskan "
                   "sebagai berikut:", ikat=True)
        d.daftar_bernomor(rincian, "1", akhiran=True)

    def render_tabel_pendukung(self, tabel: TabelPendukung) -> None:
        """A supporting table (sheet Data_*), with computed totals where the agency has a total row."""
        d = self.doc
        pengantar = (tabel.pengantar or "").strip()
        rujukan = f"Tabel {d.nomor_berikut('Tabel')}"
        if pengantar:
            pengantar = f"{pengantar.rstrip('.')}. Rinciannya disajikan pada {rujukan}."
        else:
            pengantar = f"Rincian {_awal_kecil(tabel.judul)} disajikan pada {rujukan}."
        d.paragraf(pengantar, ikat=True)
        self.tabel_pendukung(tabel)

    def render_evaluasi_akip(self) -> None:
        """The AKIP evaluation (Tabel 3.9): component scores per year, total and predikat."""
        d = self.doc
        akhir = self.h.akip[-1] if self.h.akip else None
        if akhir is not None:
            lhe = f" Nomor {self.id.nomor_lhe_akip}" if self.id.nomor_lhe_akip else ""
            kalimat = (f"Berdasarkan Laporan Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP){lhe}, "
                       f"{self.instansi} memperoleh nilai {fmt_angka(akhir.jumlah, 2)} dengan predikat "
                       f"{akhir.predikat or '-'} pada evaluasi tahun {akhir.tahun}.")
            awal = self.h.akip[-2] if len(self.h.akip) > 1 else None
            if awal is not None and awal.jumlah is not None and akhir.jumlah is not None:
                lalu = f"evaluasi tahun {awal.tahun} ({fmt_angka(awal.jumlah, 2)}, predikat {awal.predikat or '-'})"
                if bulat(akhir.jumlah, 2) == bulat(awal.jumlah, 2):
                    kalimat += f" Nilai tersebut sama dengan hasil {lalu}."
                else:
                    arah = "naik" if akhir.jumlah > awal.jumlah else "turun"
                    kalimat += f" Nilai tersebut {arah} dibandingkan hasil {lalu}."
            d.paragraf(kalimat + f" Rincian nilai per komponen disajikan pada Tabel {d.nomor_berikut('Tabel')}.",
                       ikat=True)
        self.tabel_akip()

    def render_realisasi_anggaran(self) -> None:
        """3.3 Realisasi Anggaran: Tabel 3.11, capaian and budget per sasaran."""
        d = self.doc
        a = self.h.anggaran
        d.subjudul("3.3 Realisasi Anggaran")
        d.paragraf(
            f"Pada Tahun Anggaran {self.tahun}, realisasi anggaran {self.instansi} mencapai {self.rp(a.realisasi)} "
            f"atau {self.persen(a.penyerapan)} dari pagu sebesar {self.rp(a.anggaran)}. Rincian capaian kinerja dan "
            f"penyerapan anggaran per sasaran strategis disajikan pada Tabel {d.nomor_berikut('Tabel')}.", ikat=True)
        self.tabel_anggaran_sasaran(f"Capaian Kinerja dan Anggaran Tahun {self.tahun}")

    def render_analisis_efisiensi(self) -> None:
        """3.4 Analisis Efisiensi: Tabel 3.12 and the sentence on the method."""
        d = self.doc
        d.subjudul("3.4 Analisis Efisiensi")
        d.paragraf(
            "Analisis efisiensi membandingkan capaian kinerja setiap sasaran strategis dengan penyerapan anggaran "
            f"yang digunakan untuk mencapainya, sebagaimana Tabel {d.nomor_berikut('Tabel')}.", ikat=True)
        self.tabel_efisiensi("Analisis Efisiensi Kinerja")
        d.catatan(f"Keterangan: {self.h.keterangan_efisiensi}", ikat=True)
        kelompok: dict[str, int] = {}
        for hs in self.h.sasaran:
            if hs.tingkat_efisiensi:
                kelompok[hs.tingkat_efisiensi] = kelompok.get(hs.tingkat_efisiensi, 0) + 1
        if kelompok:
            d.paragraf("Berdasarkan hasil tersebut, " + _rangkai(
                [f"{dengan_kata(n, 'sasaran')} tergolong {label}" for label, n in kelompok.items()]) + ".")

    # ------------------------------------------------------------------ Bab IV

    def render_bab_iv(self) -> None:
        """BAB IV PENUTUP: Kesimpulan and Langkah Selanjutnya."""
        d = self.doc
        d.judul_bab("BAB IV", "PENUTUP", nomor=4)
        d.subjudul("4.1 Kesimpulan")
        a = self.h.anggaran
        d.paragraf(
            f"LKjIP {self.instansi_lengkap} Tahun {self.tahun} mengukur "
            f"{dengan_kata(len(self.l.sasaran), 'sasaran strategis')} dengan "
            f"{dengan_kata(len(self.l.indikator), 'indikator kinerja')}. {self._kalimat_ketercapaian()} "
            f"{self._kalimat_capaian_sasaran()} Realisasi anggaran mencapai {self.persen(a.penyerapan)} dari pagu "
            f"{self.rp(a.anggaran)}.")
        for paragraf in self.l.narasi_of("Kesimpulan"):
            d.paragraf(paragraf)
        d.subjudul("4.2 Langkah Selanjutnya")
        langkah = self.l.narasi_of("Langkah Selanjutnya") or self._langkah_bawaan()
        d.paragraf(f"Untuk meningkatkan kinerja pada tahun {self.tahun + 1} dan tahun-tahun berikutnya, "
                   f"{self.instansi} akan menempuh langkah-langkah berikut:", ikat=True)
        d.daftar_bernomor(langkah, "1")
        d.paragraf(
            f"Demikian Laporan Kinerja Instansi Pemerintah {self.instansi_lengkap} Tahun {self.tahun} ini disusun. "
            "Semoga laporan ini bermanfaat bagi semua pihak yang berkepentingan dan menjadi pijakan perbaikan "
            "kinerja pada masa mendatang.")

    # ------------------------------------------------------------------ Lampiran

    def render_lampiran(self) -> None:
        """Lampiran: the Perjanjian Kinerja, signed by both parties."""
        d = self.doc
        d.judul_bab("LAMPIRAN")
        d.judul_sampul([f"PERJANJIAN KINERJA TAHUN {self.tahun}", self.instansi_lengkap.upper()], "Subtitle")
        d.paragraf("Dalam rangka mewujudkan tata kelola pemerintahan yang efektif, transparan, akuntabel dan "
                   "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
        d.isian([("Nama", self.id.kepala_nama), ("Jabatan", self.id.kepala_jabatan)])
        d.paragraf("selanjutnya disebut PIHAK PERTAMA,")
        d.isian([("Nama", self.id.pemberi_amanah_nama or _TITIK), ("Jabatan", self.id.pemberi_amanah_jabatan or _TITIK)])
        d.paragraf("selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.")
        d.paragraf(
            "PIHAK PERTAMA berjanji mewujudkan target kinerja tahunan sebagaimana tercantum dalam perjanjian ini, "
            "sesuai dengan dokumen perencanaan, untuk mencapai sasaran yang telah ditetapkan. Keberhasilan dan "
            "kegagalan pencapaian target tersebut menjadi tanggung jawab PIHAK PERTAMA.")
        d.paragraf(
            "PIHAK KEDUA akan memberikan arahan yang diperlukan dan mengevaluasi capaian kinerja atas perjanjian "
            "ini, serta mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.")
        d.paragraf("Sasaran strategis, indikator kinerja dan targetnya adalah sebagai berikut:", ikat=True)
        self.tabel_perjanjian_kinerja(None)
        d.paragraf("Program dan anggaran yang mendukung pencapaian sasaran tersebut:", ikat=True)
        self.tabel_anggaran_program(None, realisasi=False, ikat_akhir=True)
        d.tanda_tangan_dua_pihak(self._tanda_tangan_pemberi_amanah(), self._tanda_tangan_kepala(pk=True))

    # =================================================================== the tables

    def tabel_tujuan_sasaran(self) -> None:
        """Tabel 2.1: tujuan, sasaran, strategi and arah kebijakan, the first three merged down."""
        baris, nomor, kunci = [], 0, None
        for r in self.l.renstra:
            kunci_baru = (r.tujuan, r.sasaran, r.strategi)
            nomor = nomor + 1 if kunci_baru == kunci else 1
            kunci = kunci_baru
            baris.append([r.tujuan, r.sasaran, r.strategi, f"{nomor}. {r.arah_kebijakan}"])
        self.doc.tabel("Tujuan, Sasaran, Strategi dan Arah Kebijakan",
                       [["Tujuan", "Sasaran", "Strategi", "Arah Kebijakan"]], baris, rata="llll", gabung=(0, 1, 2))

    def tabel_indikator_renstra(self) -> None:
        """Tabel 2.2: the Renstra indicators with a target per year (landscape when wide)."""
        d = self.doc
        years = list(range(self.id.renstra_awal, self.id.renstra_akhir + 1))
        n_nilai = len(years) + 2
        baris = []
        for r in self.l.indikator_renstra:
            baris.append([r.tujuan, r.sasaran or "", r.nama, self.nilai(r.kondisi_awal, r.satuan),
                          *[self.nilai(r.target_tahunan.get(y), r.satuan) for y in years],
                          self.nilai(r.target_akhir, r.satuan)])
        kepala = [
            [_K("Tujuan", baris=2), _K("Sasaran", baris=2), _K("Indikator", baris=2),
             _K("Kondisi Awal"), _K("Target Kinerja per Tahun", kolom=len(years)), _K("Kondisi Akhir")],
            [str(self.id.renstra_awal - 1), *[str(y) for y in years], str(self.id.renstra_akhir)],
        ]
        # Too wide for a portrait page even with the text columns wrapped: a landscape page of its own.
        lanskap = 3 * _MIN_TEXT_COLUMN_CM + sum(d.lebar_minimum(kepala, baris)[3:]) > d.lebar_teks_tegak()
        if lanskap:
            d.bagian_lanskap()
        d.tabel("Tujuan, Sasaran, Indikator dan Target Kinerja", kepala, baris, rata="lll" + "c" * n_nilai,
                gabung=(0, 1), penuh=True)
        if lanskap:
            d.bagian_tegak()

    def tabel_perjanjian_kinerja(self, judul: str | None) -> None:
        """Tabel 2.3 (and the Lampiran's PK): sasaran, indikator, target."""
        baris = []
        for nomor, s in enumerate(self.l.sasaran, 1):
            for ind in s.indikator or [None]:
                if ind is None:
                    baris.append([str(nomor), s.nama, "-", "-"])
                else:
                    baris.append([str(nomor), s.nama, ind.nama, self._target_pk(ind)])
        self.doc.tabel(judul, [["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]], baris,
                       rata="cllc", gabung=(0, 1), penuh=True)

    def tabel_anggaran_program(self, judul: str | None, realisasi: bool = True, ikat_akhir: bool = False) -> None:
        """Tabel 2.4: budget and realisasi per program, with the total in bold."""
        a = self.h.anggaran
        program = list(enumerate(zip(self.h.program, self.l.program), 1))
        sumber = (self.id.sumber_anggaran or "").strip()
        if realisasi:
            kepala = [["No", "Program", "Anggaran", "Realisasi", "Penyerapan", "Sumber Dana"]]
            baris = [[str(i), p.nama, self.rp_tabel(p.anggaran), self.rp_tabel(p.realisasi), self.persen(p.penyerapan),
                      prog.sumber_dana or sumber] for i, (p, prog) in program]
            jumlah = ["Jumlah", None, self.rp_tabel(a.anggaran), self.rp_tabel(a.realisasi), self.persen(a.penyerapan), ""]
            rata = "clrrcc"
        else:
            kepala = [["No", "Program", "Anggaran", "Sumber Dana"]]
            baris = [[str(i), p.nama, self.rp_tabel(p.anggaran), prog.sumber_dana or sumber] for i, (p, prog) in program]
            jumlah = ["Jumlah", None, self.rp_tabel(a.anggaran), ""]
            rata = "clrc"
        self.doc.tabel(judul, kepala, baris, rata=rata, jumlah=jumlah, penuh=True, ikat_akhir=ikat_akhir)

    def tabel_pengukuran(self) -> None:
        """Tabel 3.1: target, realisasi, capaian and category of every indicator."""
        baris = []
        for nomor, s in enumerate(self.l.sasaran, 1):
            for ind in s.indikator:
                hi = self.h.indikator_by_kode(ind.kode)
                baris.append([str(nomor), s.nama, ind.nama, self.nilai(hi.target, ind.satuan),
                              self.nilai(hi.realisasi, ind.satuan), self.persen(hi.capaian), hi.kategori or "-"])
        self.doc.tabel(f"Pengukuran Kinerja Tahun {self.tahun}",
                       [["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
                         "Kategori"]],
                       baris, rata="cllcccc", gabung=(0, 1), penuh=True)

    def tabel_capaian_sasaran(self, nomor: int, indikator: list[HasilIndikator]) -> None:
        """Tabel 3.2: per indicator, earlier years, this year, and the comparison with last year."""
        lalu = sorted({t.tahun for hi in indikator for t in hi.riwayat[:-1]})[-_EARLIER_YEARS_IN_TABLE:]
        kepala_1 = [_K("Indikator Kinerja", baris=2)]
        kepala_2: list = []
        for y in lalu:
            kepala_1.append(_K(str(y), kolom=2))
            kepala_2 += ["Realisasi", "Capaian"]
        kepala_1.append(_K(str(self.tahun), kolom=3))
        kepala_2 += ["Target", "Realisasi", "Capaian"]
        if lalu:
            kepala_1.append(_K(f"{self.tahun} terhadap {lalu[-1]}", kolom=2))
            kepala_2 += ["Realisasi", "Capaian"]
        baris = []
        for hi in indikator:
            row = [hi.nama]
            for y in lalu:
                t = hi.tahun(y)
                row += [self.nilai(t.realisasi, hi.satuan) if t else "-", self.persen(t.capaian) if t else "-"]
            row += [self.nilai(hi.target, hi.satuan), self.nilai(hi.realisasi, hi.satuan), self.persen(hi.capaian)]
            if lalu:
                b = next((b for b in hi.banding if b.tahun == lalu[-1]), None)
                row += [self._perubahan_realisasi(hi, b), self.persen(b.capaian_rasio) if b else "-"]
            baris.append(row)
        self.doc.tabel(f"Capaian Kinerja Sasaran {nomor}", [kepala_1, kepala_2], baris,
                       rata="l" + "c" * len(kepala_2), penuh=True)

    def tabel_komponen_rumus(self, ind: IndikatorKinerja, hi: HasilIndikator) -> None:
        """Tabel 3.3: the numerator and denominator behind a formula indicator, target and realisasi."""
        f = ind.formula
        years = [t.tahun for t in hi.riwayat][-3:]
        kepala_1 = [_K("Komponen", baris=2)] + [_K(str(y), kolom=2) for y in years]
        kepala_2 = ["Target", "Realisasi"] * len(years)
        pembilang, penyebut, hasil = [f"{f.label_pembilang} ({f.satuan_pembilang})"], \
            [f"{f.label_penyebut} ({f.satuan_penyebut})"], [f"{ind.nama} ({ind.satuan})"]
        for y in years:
            r = self.l.realisasi_of(ind.kode, y)
            if y == self.tahun:
                t_pembilang, t_penyebut = ind.target_pembilang, ind.target_penyebut
            else:
                t_pembilang, t_penyebut = (r.target_pembilang, r.target_penyebut) if r else (None, None)
            pembilang += [_angka(t_pembilang), _angka(r.realisasi_pembilang if r else None)]
            penyebut += [_angka(t_penyebut), _angka(r.realisasi_penyebut if r else None)]
            t = hi.tahun(y)
            hasil += [self.nilai(t.target, ind.satuan), self.nilai(t.realisasi, ind.satuan)]
        self.doc.tabel(f"Penjelasan Capaian Indikator {ind.nama}", [kepala_1, kepala_2],
                       [pembilang, penyebut, hasil], rata="l" + "c" * len(kepala_2), penuh=True)

    def tabel_operasional(self, judul: str, baris_operasional: list) -> None:
        """Tabel 3.4: operational objectives, last year's realisasi, this year's target and capaian."""
        baris, nomor, kunci = [], 0, None
        for o, ho in baris_operasional:
            if o.sasaran_operasional != kunci:
                nomor, kunci = nomor + 1, o.sasaran_operasional
            baris.append([str(nomor), o.sasaran_operasional, o.nama, self.nilai(o.realisasi_lalu, o.satuan),
                          self.nilai(ho.target, o.satuan), self.nilai(ho.realisasi, o.satuan),
                          self.persen(ho.capaian)])
        kepala = [[_K("No", baris=2), _K("Sasaran Operasional", baris=2), _K("Indikator", baris=2),
                   _K(str(self.tahun - 1)), _K(str(self.tahun), kolom=3)],
                  ["Realisasi", "Target", "Realisasi", "Capaian"]]
        self.doc.tabel(judul, kepala, baris, rata="cllcccc", gabung=(0, 1), penuh=True)

    def tabel_pendukung(self, tabel: TabelPendukung) -> None:
        """Tabel 3.5-3.8: the agency's own table, numbers written the Indonesian way."""
        hp = next((p for p in self.h.pendukung if p.lembar == tabel.lembar), None)
        kolom = tabel.kolom
        rata = "".join("c" if _kolom_nomor(k.judul) else "r" if k.numerik else "l" for k in kolom)
        baris = [[_angka(v) if k.numerik else _teks(v) for k, v in zip(kolom, row)] + [""] * (len(kolom) - len(row))
                 for row in tabel.baris]
        jumlah = None
        if tabel.jumlah_tertulis is not None and hp is not None:
            pertama = next((j for j, k in enumerate(kolom) if k.numerik), len(kolom))
            jumlah = ["Jumlah"] + [None] * max(pertama - 1, 0) + [
                _angka(hp.jumlah.get(k.huruf)) if k.numerik else "" for k in kolom[max(pertama, 1):]]
        # Where the agency's own total differs (the audit names it), say where the printed one comes from.
        jumlah_berbeda = jumlah is not None and any(
            t.kode == "jumlah-tabel-berbeda" and any(c.startswith(f"{tabel.lembar}!") for c in t.sel)
            for t in self.temuan)
        self.doc.tabel(tabel.judul, [[k.judul for k in kolom]], baris, rata=rata, jumlah=jumlah,
                       catatan="Catatan: baris jumlah merupakan hasil penjumlahan rincian pada tabel."
                       if jumlah_berbeda else None)

    def tabel_akip(self) -> None:
        """Tabel 3.9: AKIP component scores per year, the total and the predikat."""
        years = [a.tahun for a in self.h.akip]
        baris = [[k.nama, fmt_angka_ringkas(k.bobot), *[fmt_angka(k.nilai.get(y), 2) for y in years]]
                 for k in self.l.akip.komponen]
        jumlah = ["Jumlah Nilai", "", *[fmt_angka(a.jumlah, 2) for a in self.h.akip]]
        predikat = ["Predikat", "", *[a.predikat or "-" for a in self.h.akip]]
        kepala = [[_K("Komponen Manajemen Kinerja", baris=2), _K("Bobot", baris=2),
                   _K("Tahun Evaluasi", kolom=len(years))], [str(y) for y in years]]
        self.doc.tabel(f"Nilai Evaluasi AKIP Tahun {_rentang(years)}", kepala, baris + [jumlah],
                       rata="lc" + "c" * len(years), jumlah=predikat, tebal_baris=(len(baris),), penuh=False)

    def tabel_anggaran_sasaran(self, judul: str) -> None:
        """Tabel 3.11: capaian and budget per sasaran (the rules' values, not the typed ones)."""
        a = self.h.anggaran
        baris = [[str(i), hs.nama, self.persen(hs.capaian), self.rp_tabel(hs.anggaran), self.rp_tabel(hs.realisasi_anggaran),
                  self.persen(hs.penyerapan)] for i, hs in enumerate(self.h.sasaran, 1)]
        jumlah = ["Jumlah", None, "", self.rp_tabel(a.anggaran), self.rp_tabel(a.realisasi), self.persen(a.penyerapan)]
        self.doc.tabel(judul, [[_K("No", baris=2), _K("Sasaran Strategis", baris=2), _K("Capaian Kinerja", baris=2),
                                _K("Anggaran", kolom=3)], ["Pagu", "Realisasi", "Penyerapan"]],
                       baris, rata="clcrrc", jumlah=jumlah, penuh=True)

    def tabel_efisiensi(self, judul: str) -> None:
        """Tabel 3.12: capaian against absorption, the efficiency value and its label."""
        baris = [[str(i), hs.nama, self.persen(hs.capaian), self.persen(hs.penyerapan), self._nilai_efisiensi(hs),
                  hs.tingkat_efisiensi or "-"] for i, hs in enumerate(self.h.sasaran, 1)]
        self.doc.tabel(judul, [["No", "Sasaran Strategis", "Capaian Kinerja", "Penyerapan Anggaran",
                                _JUDUL_NILAI_EFISIENSI[self.h.metode_efisiensi], "Tingkat Efisiensi"]],
                       baris, rata="clcccc", penuh=True, ikat_akhir=True)

    def grafik_sasaran(self, sasaran: Sasaran, indikator: list[HasilIndikator]) -> None:
        """Gambar 3.n for a sasaran with many indicators: their capaian year by year in one chart."""
        years = sorted({t.tahun for hi in indikator for t in hi.riwayat})[-3:]
        capaian = [[(hi.tahun(y).capaian if hi.tahun(y) else None) for y in years] for hi in indikator]
        if not any(v is not None for row in capaian for v in row):
            return
        warna = _WARNA_TAHUN[len(years)]
        seri = [Seri(str(year), [row[k] for row in capaian],
                     [self.persen(row[k]) if row[k] is not None else "" for row in capaian], warna[k])
                for k, year in enumerate(years)]
        tinggi = min(17.0, max(6.0, 1.6 + 0.75 * len(indikator) * max(1, len(years)) ** 0.5))
        nomor = self.doc.nomor_berikut("Gambar")
        self.doc.paragraf(f"Capaian setiap indikator sasaran ini dari tahun ke tahun, terhadap target 100%, disajikan pada Gambar {nomor}.", ikat=True)
        self.doc.grafik(Grafik([hi.nama for hi in indikator], seri, arah="batang", tinggi_cm=tinggi,
                               judul_sumbu="Capaian (%)", ukuran_font=8),
                        f"Capaian Indikator {sasaran.nama} Tahun {_rentang(years)}")

    def grafik_indikator(self, hi: HasilIndikator) -> None:
        """Gambar 3.n: target against realisasi of one indicator, year by year."""
        years = [t.tahun for t in hi.riwayat]
        if all(t.target is None and t.realisasi is None for t in hi.riwayat):
            return
        if hi.polaritas is Polaritas.PREDIKAT:
            skala = [p.label for p in urut_pita(self.h.skala.get("peringkat_predikat", []))]
            rank = {label.upper(): i + 1 for i, label in enumerate(skala)}

            def titik(v):  # a predikat is drawn at its rank on the scale, labelled with itself
                k = rank.get(str(v).strip().upper()) if v is not None else None
                return k, (str(v).strip() if k is not None else "")

            maks, judul_sumbu = len(skala) + 0.8, "Predikat"
        elif all(v is None or is_number(v) for t in hi.riwayat for v in (t.target, t.realisasi)):
            persen = sama_satuan(hi.satuan, "%")

            def titik(v):
                return (None, "") if v is None else (float(v), _angka(float(v), self.nd) + ("%" if persen else ""))

            maks, judul_sumbu = None, "" if persen else hi.satuan.strip()
        else:
            return
        seri = []
        for nama, warna, nilai in (("Target", _WARNA_TARGET, [t.target for t in hi.riwayat]),
                                   ("Realisasi", _WARNA_REALISASI, [t.realisasi for t in hi.riwayat])):
            points = [titik(v) for v in nilai]
            seri.append(Seri(nama, [y for y, _ in points], [text for _, text in points], warna))
        nomor = self.doc.nomor_berikut("Gambar")
        self.doc.paragraf(f"Perkembangan target dan realisasi indikator ini disajikan pada Gambar {nomor}.", ikat=True)
        self.doc.grafik(Grafik([str(y) for y in years], seri, maks=maks, judul_sumbu=judul_sumbu),
                        f"Target dan Realisasi {hi.nama} Tahun {_rentang(years)}")

    # =================================================================== sentences

    def _kalimat_ketercapaian(self) -> str:
        """How many indicators met their target (capaian ≥ 100 at display precision)."""
        semua = self.h.indikator
        tercapai = [hi for hi in semua if hi.capaian is not None and bulat(hi.capaian, self.nd) >= 100]
        belum = [hi for hi in semua if hi.capaian is not None and bulat(hi.capaian, self.nd) < 100]
        tak_terukur = [hi for hi in semua if hi.capaian is None]
        kalimat = (f"Dari {dengan_kata(len(semua), 'indikator kinerja')}, {dengan_kata(len(tercapai), 'indikator')} "
                   "mencapai atau melampaui target (capaian 100% atau lebih)")
        if belum:
            kalimat += (f", sedangkan {dengan_kata(len(belum), 'indikator')} belum mencapai target, yaitu "
                        + _rangkai([hi.nama for hi in belum]))
        if tak_terukur:
            kalimat += (f"; capaian {dengan_kata(len(tak_terukur), 'indikator')} belum dapat diukur, yaitu "
                        + _rangkai([hi.nama for hi in tak_terukur]))
        return kalimat + "."

    def _kalimat_capaian_sasaran(self) -> str:
        terukur = [hs for hs in self.h.sasaran if hs.capaian is not None]
        bagian = [f"sasaran \u201c{hs.nama}\u201d sebesar {self.persen(hs.capaian)} (kategori {hs.kategori or '-'})"
                  for hs in terukur]
        kalimat = f"Capaian {_rangkai(bagian)}." if bagian else ""
        belum = [f"\u201c{hs.nama}\u201d" for hs in self.h.sasaran if hs.capaian is None]
        if belum:
            kalimat += f" Capaian sasaran {_rangkai(belum)} belum dapat diukur."
        return kalimat.strip()

    def _kalimat_metode_capaian(self) -> str:
        polaritas = {i.polaritas for i in self.l.indikator} | {o.polaritas for o in self.l.operasional}
        kalimat = ("Pengukuran kinerja dilakukan dengan membandingkan realisasi setiap indikator kinerja terhadap "
                   "target dalam Perjanjian Kinerja. Untuk indikator yang makin tinggi makin baik, capaian dihitung "
                   "sebagai realisasi dibagi target dikali 100%")
        if Polaritas.NEGATIF in polaritas:
            rumus = ("(2 × target − realisasi) ÷ target × 100%" if self.l.pengaturan.metode_negatif == "2T-R"
                     else "target ÷ realisasi × 100%")
            kalimat += f"; untuk indikator yang makin rendah makin baik, capaian dihitung dengan rumus {rumus}"
        if Polaritas.PREDIKAT in polaritas:
            kalimat += ("; untuk indikator berupa predikat, capaian dihitung dari peringkat predikat realisasi "
                        "dibanding peringkat predikat target")
        pita = urut_pita(self.h.skala.get("kategori", []))
        if pita:
            kategori = ", ".join(f"{'≥' if p.inklusif else '>'} {fmt_angka_ringkas(p.batas)}% {p.label}"
                                 for p in reversed(pita[1:]))
            kalimat += f". Capaian dikelompokkan ke dalam kategori {kategori}, dan di bawahnya {pita[0].label}"
        return kalimat + "."

    def _kalimat_tahun_ini(self, ind: IndikatorKinerja, hi: HasilIndikator) -> str:
        """(1) This year's target and realisasi, and for a formula its counts."""
        target, realisasi = self.nilai(hi.target, ind.satuan), self.nilai(hi.realisasi, ind.satuan)
        if hi.realisasi is None:
            return (f"Pada Tahun {self.tahun}, indikator {ind.nama} memiliki target {target}, tetapi realisasinya "
                    "belum tersedia sehingga capaiannya belum dapat dihitung.")
        if hi.capaian is None:
            return (f"Pada Tahun {self.tahun}, indikator {ind.nama} memiliki target {target} dengan realisasi "
                    f"{realisasi}; capaiannya tidak dapat dihitung dari target tersebut.")
        capaian = bulat(hi.capaian, self.nd)
        hasil = "terlampaui" if capaian > 100 else "tercapai" if capaian == 100 else "belum tercapai"
        besar = "berupa predikat" if ind.polaritas is Polaritas.PREDIKAT else "sebesar"
        nama = f"{ind.nama} (makin rendah makin baik)" if ind.polaritas is Polaritas.NEGATIF else ind.nama
        kalimat = (f"Pada Tahun {self.tahun}, target indikator {nama} {besar} {target} {hasil} dengan realisasi "
                   f"{realisasi}, sehingga capaian kinerjanya {self.persen(hi.capaian)} (kategori "
                   f"{hi.kategori or '-'}).")
        r = self.l.realisasi_of(ind.kode, self.tahun)
        f = ind.formula
        if f is not None and r is not None and r.realisasi_pembilang is not None:
            nama = _tanpa_jumlah(f.label_pembilang)
            if ind.target_pembilang is not None:
                kalimat += (f" Dari {nama} yang ditargetkan sebanyak {_angka(ind.target_pembilang)} "
                            f"{f.satuan_pembilang}, terealisasi {_angka(r.realisasi_pembilang)} {f.satuan_pembilang}")
            else:
                kalimat += f" {nama} yang terealisasi sebanyak {_angka(r.realisasi_pembilang)} {f.satuan_pembilang}"
            if r.realisasi_penyebut is not None:
                kalimat += (f" dari keseluruhan {_tanpa_jumlah(f.label_penyebut)} sebanyak "
                            f"{_angka(r.realisasi_penyebut)} {f.satuan_penyebut}")
            kalimat += "."
        return kalimat

    def _kalimat_tahun_lalu(self, hi: HasilIndikator) -> list[str]:
        """(2) This year's realisasi and capaian against every earlier year, the latest first."""
        kalimat = []
        for b in reversed(hi.banding):
            lalu = hi.tahun(b.tahun)
            if lalu is None or lalu.realisasi is None or hi.realisasi is None:
                continue
            ini_r, lalu_r = self.nilai(hi.realisasi, hi.satuan), self.nilai(lalu.realisasi, hi.satuan)
            if hi.polaritas is Polaritas.PREDIKAT:
                if b.realisasi_selisih is None:
                    continue  # a label off the scale: no rank to compare
                tingkat = b.realisasi_selisih
                arah = (f"naik {dengan_kata(round(abs(tingkat)), 'tingkat')}" if tingkat > 0
                        else f"turun {dengan_kata(round(abs(tingkat)), 'tingkat')}" if tingkat < 0 else "tetap")
                teks = (f"Dibandingkan tahun {b.tahun}, predikat realisasi {arah}, dari {lalu_r} menjadi {ini_r}")
            elif b.realisasi_selisih is None:
                continue
            else:
                selisih = b.realisasi_selisih
                arah = "lebih tinggi" if selisih > 0 else "lebih rendah" if selisih < 0 else "sama dengan"
                besar = "" if selisih == 0 else " " + self._selisih(abs(selisih), hi.satuan)
                teks = (f"Dibandingkan tahun {b.tahun}, realisasi tahun {self.tahun} sebesar {ini_r} {arah}{besar} "
                        f"{'dari' if selisih else ''} realisasi tahun {b.tahun} sebesar {lalu_r}").replace("  ", " ")
                if b.realisasi_rasio is not None:
                    teks += f", atau {self.persen(b.realisasi_rasio)} dari realisasi tahun tersebut"
            if lalu.capaian is not None and hi.capaian is not None:
                c_ini, c_lalu = bulat(hi.capaian, self.nd), bulat(lalu.capaian, self.nd)
                arah = "meningkat" if c_ini > c_lalu else "menurun" if c_ini < c_lalu else "tetap"
                if arah == "tetap":
                    teks += f"; capaian kinerjanya tetap {self.persen(hi.capaian)}"
                else:
                    teks += (f"; capaian kinerjanya {arah} dari {self.persen(lalu.capaian)} menjadi "
                             f"{self.persen(hi.capaian)}")
            kalimat.append(teks + ".")
        return kalimat

    def _kalimat_renstra(self, hi: HasilIndikator) -> str:
        """(3) Realisasi to date against the Renstra end-period target."""
        br = hi.renstra
        akhir = self.nilai(br.target_akhir, br.satuan)
        if br.basis is None or br.persen is None:
            sebab = ("satuannya berbeda" if br.basis is None else "realisasinya belum tersedia"
                     if hi.realisasi is None else "realisasinya tidak dapat diukur terhadap target tersebut")
            return (f"Target akhir Renstra tahun {br.tahun_akhir} untuk indikator {br.nama} adalah {akhir}; "
                    f"realisasi tahun {self.tahun} belum dapat dibandingkan dengan target tersebut karena {sebab}.")
        nilai = self.nilai(br.nilai, br.satuan)
        if hi.polaritas is Polaritas.PREDIKAT:
            kalimat = (f"Target akhir Renstra tahun {br.tahun_akhir} untuk indikator {br.nama} adalah predikat "
                       f"{akhir}; realisasi tahun {self.tahun} berupa predikat {nilai} setara "
                       f"{self.persen(br.persen)} dari target tersebut")
        else:
            kalimat = (f"Terhadap target akhir Renstra tahun {br.tahun_akhir} untuk indikator {br.nama} sebesar "
                       f"{akhir}, realisasi tahun {self.tahun} sebesar {nilai} telah mencapai {self.persen(br.persen)}")
        if br.sisa is not None and br.sisa > 0:
            if hi.polaritas is Polaritas.PREDIKAT:
                kalimat += (f"; predikat masih perlu ditingkatkan {dengan_kata(round(br.sisa), 'tingkat')} untuk "
                            "memenuhi target akhir periode")
            else:
                arah = "penurunan" if hi.polaritas is Polaritas.NEGATIF else "tambahan"
                kalimat += (f"; masih diperlukan {arah} {self._selisih(br.sisa, br.satuan)} untuk mencapai target "
                            "akhir periode")
        else:
            kalimat += ", sehingga target akhir periode Renstra telah terpenuhi"
        return kalimat + "."

    def _kalimat_standar(self, hi: HasilIndikator) -> str:
        """(4) Realisasi against a national standard."""
        bs = hi.standar
        if bs.selisih is None:
            return (f"Standar nasional indikator ini sebesar {self.nilai(bs.standar, hi.satuan)}; realisasi tahun "
                    f"{self.tahun} belum dapat dibandingkan dengan standar tersebut.")
        selisih = bs.selisih
        arah = "di atas" if selisih > 0 else "di bawah" if selisih < 0 else "sama dengan"
        posisi = f"berada {self._selisih(abs(selisih), hi.satuan)} {arah}" if selisih else arah
        return (f"Dibandingkan standar nasional sebesar {self.nilai(bs.standar, hi.satuan)}, realisasi tahun "
                f"{self.tahun} sebesar {self.nilai(hi.realisasi, hi.satuan)} {posisi} standar tersebut, dengan "
                f"tingkat pemenuhan {self.persen(bs.persen)}.")

    def _narasi_utama(self, bagian: str, per_sasaran: int = 2) -> list[str]:
        """The first items of one narrative part for every sasaran (for the executive summary)."""
        items = []
        for s in self.l.sasaran:
            items += self.l.narasi_of(bagian, s.kode)[:per_sasaran]
        return items + [n.teks for n in self.l.narasi if n.bagian == bagian and not n.kode_sasaran][:per_sasaran]

    def _langkah_bawaan(self) -> list[str]:
        """Next steps when the agency wrote none: one per indicator below target, and monitoring."""
        langkah = [f"Meningkatkan capaian indikator {hi.nama} yang belum mencapai target."
                   for hi in self.h.indikator if hi.capaian is not None and bulat(hi.capaian, self.nd) < 100]
        return langkah + ["Memantau dan mengevaluasi capaian kinerja secara berkala agar kendala dapat segera "
                          "ditangani.", "Meningkatkan kualitas data kinerja sebagai dasar perencanaan."]

    # =================================================================== signature blocks

    def _tanda_tangan_kepala(self, pk: bool = False) -> _TandaTangan:
        if pk:
            tempat = f"{self.id.tempat_ttd}, {_TITIK_PENDEK} {self.tahun}"
        else:
            tanggal = fmt_tanggal(self.id.tanggal_ttd) or f"{_TITIK_PENDEK} {self.tahun + 1}"
            tempat = f"{self.id.tempat_ttd}, {tanggal}"
        return _TandaTangan(
            tempat=tempat, sebutan="PIHAK PERTAMA," if pk else "",
            jabatan=_jabatan_baris(self.id.kepala_jabatan, self.id.pemerintah_daerah),
            nama=self.id.kepala_nama, pangkat=self.id.kepala_pangkat, nip=self.id.kepala_nip)

    def _tanda_tangan_pemberi_amanah(self) -> _TandaTangan:
        return _TandaTangan(
            tempat="", sebutan="PIHAK KEDUA,",
            jabatan=_jabatan_baris(self.id.pemberi_amanah_jabatan or _TITIK, self.id.pemerintah_daerah),
            nama=self.id.pemberi_amanah_nama or "", pangkat=self.id.pemberi_amanah_pangkat or "",
            nip=self.id.pemberi_amanah_nip or "")

    # =================================================================== figures as text

    def nilai(self, x: object, satuan: str | None) -> str:
        """A target or realisasi as printed: ``3,63%``, ``581 KK``, ``BB``, ``-``."""
        if x is None:
            return "-"
        if not is_number(x):
            return str(x)
        teks = _angka(x, self.nd)
        if not satuan or sama_satuan(satuan, "predikat"):
            return teks
        return f"{teks}%" if sama_satuan(satuan, "%") else f"{teks} {satuan.strip()}"

    def persen(self, x: float | None) -> str:
        return fmt_persen(x, self.nd)

    def rp(self, x: float | None) -> str:
        """Rupiah in a sentence: "Rp 57.367.577.759", never broken after "Rp"."""
        return self.rp_tabel(x).replace("Rp ", "Rp\u00a0")

    def rp_tabel(self, x: float | None) -> str:
        return fmt_rupiah(x, self.l.pengaturan.format_rupiah)

    def _selisih(self, x: float, satuan: str | None) -> str:
        """A difference: ``0,93 poin persen``, ``60 KK``."""
        teks = _angka(x, self.nd)
        if sama_satuan(satuan, "%"):
            return f"{teks} poin persen"
        return f"{teks} {satuan}".strip() if satuan else teks

    def _nilai_efisiensi(self, hs: HasilSasaran) -> str:
        v = hs.nilai_efisiensi
        if v is None:
            return "-"
        return fmt_persen(v, self.nd) if hs.metode_efisiensi == "penghematan" else fmt_angka(v, self.nd)

    def _perubahan_realisasi(self, hi: HasilIndikator, b) -> str:
        if b is None:
            return "-"
        if hi.polaritas is Polaritas.PREDIKAT:
            if b.realisasi_selisih is None:
                return "-"
            tingkat = round(b.realisasi_selisih)
            return f"naik {tingkat} tingkat" if tingkat > 0 else f"turun {-tingkat} tingkat" if tingkat < 0 else "tetap"
        return self.persen(b.realisasi_rasio)

    def _target_pk(self, ind: IndikatorKinerja) -> str:
        target = self.nilai(ind.target, ind.satuan)
        if ind.target_atas is not None:
            target += f" – {self.nilai(ind.target_atas, ind.satuan)}"
        return target

    def _sasaran_akip(self) -> Sasaran | None:
        """The sasaran whose indicator is the AKIP predikat (setting ``kode_indikator_akip``)."""
        kode = self.l.pengaturan.kode_indikator_akip
        return next((s for s in self.l.sasaran if any(i.kode == kode for i in s.indikator)), None) if kode else None

    def _paragraf_atau_butir(self, teks: list[str]) -> None:
        if len(teks) == 1:
            self.doc.paragraf(teks[0])
        else:
            self.doc.butir(teks)

    def _berkas_gambar(self, nama: str | None) -> bytes | None:
        """The bytes of an image file named in the workbook (relative to its folder), or None."""
        if not nama or not str(nama).strip():
            return None
        path = Path(str(nama).strip())
        if not path.is_absolute():
            path = self.folder / path
        try:
            if not path.is_file() or path.stat().st_size > _MAX_IMAGE_BYTES:
                return None
            blob = path.read_bytes()
            from docx.image.image import Image

            Image.from_blob(blob)  # a picture python-docx can place, or an exception
            return blob
        except Exception:  # noqa: BLE001 - a missing or unreadable picture is simply left out
            return None


_NAMA_NILAI_EFISIENSI = {"rasio": "indeks efisiensi", "selisih": "selisih capaian dan penyerapan",
                         "pmk249": "nilai efisiensi", "penghematan": "penghematan anggaran"}
_JUDUL_NILAI_EFISIENSI = {"rasio": "Indeks Efisiensi", "selisih": "Selisih (poin)",
                          "pmk249": "Nilai Efisiensi", "penghematan": "Penghematan"}
_TITIK = "." * 40
_TITIK_PENDEK = "." * 24


# =========================================================================== the document


@dataclass(frozen=True)
class _K:
    """A header cell spanning ``kolom`` columns and ``baris`` rows."""

    teks: str
    kolom: int = 1
    baris: int = 1


@dataclass(frozen=True)
class _TandaTangan:
    """The lines of a signature block."""

    tempat: str
    sebutan: str
    jabatan: list[str]
    nama: str
    pangkat: str
    nip: str


class _Dokumen:
    """The Word document being written, in the report's styles: the writing primitives."""

    def __init__(self, reference: Path):
        self.doc = docx.Document(str(reference))
        ox.clear_body(self.doc)
        styles = {s.name for s in self.doc.styles}
        self.gaya_sel = "Tabel Isi" if "Tabel Isi" in styles else None
        self.gaya_tabel = "Tabel LKjIP" if "Tabel LKjIP" in styles else None
        self.gaya_butir = "List Bullet" if "List Bullet" in styles else None
        self.ukuran_sel = _ukuran_huruf(self.doc.styles[self.gaya_sel] if self.gaya_sel else self.doc.styles["Normal"])
        self.id_gaya_sel = self.doc.styles[self.gaya_sel].style_id if self.gaya_sel else None
        self.id_gaya_tabel = self.doc.styles[self.gaya_tabel].style_id if self.gaya_tabel else None
        self.warna_kepala = _warna_kepala(self.doc, self.id_gaya_tabel)
        self.huruf = _huruf_teks(self.doc)
        self.bab: int | None = None
        self.nomor: dict[str, int] = {}
        self.setelah_tabel = False
        self._id_gaya: dict[str, str | None] = {}
        self.setelah_daftar = False
        self._tegak = self.doc.sections[0]

    def simpan(self, path: Path) -> None:
        ox.set_update_fields_on_open(self.doc)
        self.doc.save(str(path))

    # sections and page numbers

    def mulai_bagian_depan(self) -> None:
        """Front matter: a new page, numbered i, ii, ... (the cover has no number)."""
        section = ox.new_section(self.doc, page_number_format="lowerRoman", restart_at=1)
        ox.set_footer_page_number(section)
        ox.set_header_text(section, "")

    def mulai_batang_tubuh(self, judul_singkat: str) -> None:
        """The chapters: numbered from 1, the short title in the running header."""
        section = ox.new_section(self.doc, page_number_format="decimal", restart_at=1)
        ox.set_footer_page_number(section)
        ox.set_header_text(section, judul_singkat)

    def bagian_lanskap(self) -> None:
        ox.new_section(self.doc, landscape=True)
        self.setelah_tabel = False

    def bagian_tegak(self) -> None:
        ox.new_section(self.doc, landscape=False)

    def lebar_teks(self) -> float:
        """Width between the margins of the current section, in cm."""
        s = self.doc.sections[-1]
        return Emu(s.page_width - s.left_margin - s.right_margin).cm

    def lebar_teks_tegak(self) -> float:
        s = self._tegak
        return Emu(min(s.page_width, s.page_height) - s.left_margin - s.right_margin).cm

    # headings and text

    def para(self, teks: str = "", gaya: str | None = None) -> Paragraph:
        """A new paragraph in the named style, the style's id looked up once per name.

        Same as ``add_paragraph(teks, style=gaya)``; python-docx looks the name up on
        every call, which took a fifth of the report's time.
        """
        p = ox.add_body_paragraph(self.doc, teks)
        if gaya is not None:
            if gaya not in self._id_gaya:
                self._id_gaya[gaya] = self.doc.styles.get_style_id(gaya, WD_STYLE_TYPE.PARAGRAPH)
            if self._id_gaya[gaya] is not None:  # None: the default style, nothing to write
                ox.set_paragraph_style_id(p, self._id_gaya[gaya])
        return p

    def judul_bab(self, judul: str, sub: str | None = None, nomor: int | None = None) -> Paragraph:
        """A chapter (Heading 1, on a new page): "BAB I" and its title on the next line."""
        p = self.para(gaya="Heading 1")
        run = p.add_run(judul)
        if sub:
            run.add_break()
            p.add_run(sub)
        self.bab = nomor
        self.nomor = {}
        self.setelah_tabel = False
        return p

    def subjudul(self, teks: str, tingkat: int = 2) -> Paragraph:
        p = self.para(teks, f"Heading {tingkat}")
        if self.setelah_tabel:
            p.paragraph_format.space_before = Pt(18)
        self.setelah_tabel = self.setelah_daftar = False
        return p

    def paragraf(self, teks: str, ikat: bool = False) -> Paragraph:
        """A body paragraph; ``ikat`` keeps it on the page of what follows (a table it introduces)."""
        p = self.para(teks)
        self._jarak_setelah_tabel(p)
        if self.setelah_daftar:
            p.paragraph_format.space_before = Pt(6)
        self.setelah_daftar = False
        if ikat:
            ox.keep_with_next(p)
        return p

    def catatan(self, teks: str, ikat: bool = False) -> Paragraph:
        """A small note right under a table; ``ikat`` keeps it with what follows."""
        p = self.para(gaya=self.gaya_sel)
        p.add_run(teks).italic = True
        p.paragraph_format.space_before = Pt(3)
        p.paragraph_format.space_after = Pt(3)
        if ikat:
            ox.keep_with_next(p)
        return p

    def butir(self, items: Sequence[str]) -> None:
        """A bulleted list."""
        for i, item in enumerate(items):
            p = self.para(item, self.gaya_butir)
            self._jarak_setelah_tabel(p)
            if i < len(items) - 1 and len(items) <= 3:
                ox.keep_with_next(p)

    def daftar_bernomor(self, items: Sequence[str], penanda: str = "1", akhiran: bool = False,
                        tingkat: int = 0) -> None:
        """A numbered list ("1." or "a.") with a hanging indent.

        The numbers are text, so that every list starts at 1 in Word, LibreOffice
        and WPS alike. ``akhiran`` ends the items with ";", "; dan" and ".".
        """
        for i, item in enumerate(items):
            marker = f"{i + 1}." if penanda == "1" else f"{_huruf(i)}."
            text = item.rstrip(" ;.,") + _akhiran(i, len(items)) if akhiran else item
            self._butir_bernomor(marker, text, tingkat)

    def daftar_bertingkat(self, pohon: list[tuple[str, list]], tingkat: int = 0) -> None:
        """A numbered list whose items have sub-lists: (text, children) pairs; 1., a., then 1) ..."""
        for i, (teks, anak) in enumerate(pohon):
            marker = f"{i + 1}." if tingkat == 0 else f"{_huruf(i)}." if tingkat == 1 else f"{i + 1})"
            if anak:
                teks = f"{teks}, terdiri atas:"
            else:
                teks += _akhiran(i, len(pohon))
            self._butir_bernomor(marker, teks, tingkat)
            if anak:
                self.daftar_bertingkat(anak, tingkat + 1)

    def _butir_bernomor(self, marker: str, teks: str, tingkat: int) -> Paragraph:
        indent = Cm(0.75)
        p = ox.add_body_paragraph(self.doc, f"{marker}\t{teks}")
        self._jarak_setelah_tabel(p)
        self.setelah_daftar = True
        fmt = p.paragraph_format
        fmt.left_indent = Cm(0.75 * (tingkat + 1))
        fmt.first_line_indent = -indent
        fmt.tab_stops.add_tab_stop(Cm(0.75 * (tingkat + 1)))
        fmt.space_after = Pt(2)
        return p

    def isian(self, baris: Sequence[tuple[str, str]]) -> None:
        """Label-value lines ("Nama : ..."), aligned on a tab."""
        for label, nilai in baris:
            p = ox.add_body_paragraph(self.doc, f"{label}\t: {nilai}")
            fmt = p.paragraph_format
            fmt.left_indent = Cm(4.5)
            fmt.first_line_indent = Cm(-3.5)
            fmt.tab_stops.add_tab_stop(Cm(4.5))
            fmt.space_after = Pt(0)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def _jarak_setelah_tabel(self, p: Paragraph) -> None:
        if self.setelah_tabel:
            p.paragraph_format.space_before = Pt(12)
            self.setelah_tabel = False

    # cover

    def judul_sampul(self, baris: Sequence[str], gaya: str, space_before=None) -> None:
        """Centred cover lines in one paragraph of the given style."""
        p = self.para(gaya=gaya)
        for i, teks in enumerate(baris):
            run = p.add_run(teks)
            if i < len(baris) - 1:
                run.add_break()
        if space_before is not None:
            p.paragraph_format.space_before = space_before
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def gambar_tengah(self, blob: bytes, tinggi, space_before=None) -> bool:
        """A centred picture (the logo); False, with nothing added, if it cannot be placed."""
        p = ox.add_body_paragraph(self.doc)
        try:
            p.add_run().add_picture(io.BytesIO(blob), height=tinggi)
        except Exception:  # noqa: BLE001 - an image python-docx cannot read is left out
            ox.remove_paragraph(p)
            return False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_before is not None:
            p.paragraph_format.space_before = space_before
        return True

    # indexes

    def daftar_isi(self) -> None:
        self.para("DAFTAR ISI", "TOC Heading")
        ox.add_toc(self.doc, "1-3")

    def daftar_keterangan(self, judul: str, label: str) -> None:
        self.judul_bab(judul)
        ox.add_table_of_figures(self.doc, label)

    # captions

    def nomor_berikut(self, label: str) -> str:
        """The number the next caption of ``label`` will get in this chapter: "3.4"."""
        return f"{self.bab}.{self.nomor.get(label, 0) + 1}"

    def nomor_terakhir(self, label: str) -> str:
        return f"{self.bab}.{self.nomor.get(label, 0)}"

    def _keterangan(self, label: str, teks: str) -> Paragraph:
        self.nomor[label] = self.nomor.get(label, 0) + 1
        p = ox.add_caption(self.doc, label, teks, self.bab, number=self.nomor[label])
        self._jarak_setelah_tabel(p)
        return p

    # figures

    def gambar(self, png: bytes, judul: str, lebar_cm: float | None = None, tinggi_maks_cm: float = 17.0) -> None:
        """A picture at the text width (or less, to stay under ``tinggi_maks_cm``), captioned below."""
        from docx.image.image import Image

        image = Image.from_blob(png)
        lebar = min(lebar_cm or self.lebar_teks(), self.lebar_teks())
        tinggi = lebar * image.px_height / image.px_width
        if tinggi > tinggi_maks_cm:
            lebar = lebar * tinggi_maks_cm / tinggi
        self._figur(judul).add_run().add_picture(io.BytesIO(png), width=Cm(lebar))

    def grafik(self, grafik: Grafik, judul: str) -> None:
        """A native chart at the text width in the report's type, captioned below."""
        sisipkan_grafik(self._figur(judul), replace(grafik, lebar_cm=self.lebar_teks(), font=self.huruf))

    def _figur(self, judul: str) -> Paragraph:
        """The centred paragraph of a figure, kept with its caption, which follows it."""
        p = ox.add_body_paragraph(self.doc)
        self._jarak_setelah_tabel(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_after = Pt(0)
        ox.keep_with_next(p)
        caption = self._keterangan("Gambar", judul)
        ox.keep_with_next(caption, False)
        caption.paragraph_format.space_after = Pt(12)
        return p

    # tables

    def tabel(self, judul: str | None, kepala: list[list], baris: list[list], *, rata: str,
              gabung: Sequence[int] = (), jumlah: list | None = None, tebal_baris: Sequence[int] = (),
              penuh: bool | None = None, catatan: str | None = None, ikat_akhir: bool = False) -> Table:
        """A captioned table in the report's table style, its columns fitted to their text.

        Args:
            judul: the caption text ("Tabel n.m" is put in front), or None for no caption.
            kepala: the header rows; a cell is a text or a :class:`_K` with column/row spans.
            baris: the body rows; a cell is a text, or None to extend the cell on its left.
            rata: one letter per column: l(eft), c(entre), r(ight).
            gabung: columns whose equal consecutive cells are merged down (each one only
                within the merged cells of the columns before it).
            jumlah: a total row, in bold, after the body (None cells as in ``baris``).
            tebal_baris: indexes of body rows to print in bold too.
            penuh: stretch the table to the text width (True), keep the columns as wide
                as their text (False), or stretch only a table that is already wide (None).
            catatan: a note printed under the table, on its page.
            ikat_akhir: keep the last row on the page of what follows (a signature).
        """
        if judul is not None:
            self._keterangan("Tabel", judul)
        n_kolom = len(rata)
        table = oxt.add_body_table(self.doc, n_kolom, self.id_gaya_tabel)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        semua = list(baris) + ([jumlah] if jumlah is not None else [])
        tebal = set(tebal_baris) | ({len(baris)} if jumlah is not None else set())
        oxt.set_column_widths(table, self._lebar_kolom(kepala, semua, tebal, penuh, rata))
        # A small table stays whole on its page; a long one keeps its header with the first row.
        utuh = len(kepala) + len(semua) <= _SMALL_TABLE_ROWS
        terakhir = len(semua) - 1
        body = [self._sel_baris(row, rata, bold=i in tebal,
                                ikat=i == 0 or (utuh and i < terakhir) or (i == terakhir and (catatan is not None or ikat_akhir)))
                for i, row in enumerate(semua)]
        _gabung_ke_bawah(body, baris, gabung)
        rows = [oxt.RowSpec(cells, header=True) for cells in self._sel_kepala(kepala, n_kolom)]
        oxt.append_rows(table, rows + [oxt.RowSpec(cells) for cells in body])
        self.setelah_tabel = True
        if catatan is not None:
            self.catatan(catatan)
        return table

    # column widths

    def lebar_minimum(self, kepala: list[list], baris: list[list]) -> list[float]:
        """The narrowest each column can be (its longest word), in cm."""
        return self._ukur_kolom(kepala, baris, set())[0]

    def _lebar_kolom(self, kepala: list[list], baris: list[list], tebal: set[int], penuh: bool | None,
                     rata: str) -> list[float]:
        """Column widths that fit the text width: each column between its longest word and its longest line.

        As a browser lays out a table: every column gets at least its longest word; the
        room left goes to the columns in proportion to what they lack of their longest
        line. A table whose lines all fit is kept that wide, or stretched to the text
        width (``penuh``, or by default when it already fills 45% of it) by widening
        its text columns (those aligned left).
        """
        minimum, ideal = self._ukur_kolom(kepala, baris, tebal)
        lebar_teks = self.lebar_teks()
        total_min, total_ideal = sum(minimum), sum(ideal)
        if total_ideal <= lebar_teks:
            stretch = penuh if penuh is not None else total_ideal >= 0.45 * lebar_teks
            if not stretch:
                return ideal
            grow = [w if a == "l" else w / 4 for w, a in zip(ideal, rata)]  # text columns take most
            extra = (lebar_teks - total_ideal) / sum(grow)
            return [w + g * extra for w, g in zip(ideal, grow)]
        if total_min <= lebar_teks:
            share = (lebar_teks - total_min) / (total_ideal - total_min)
            return [lo + (hi - lo) * share for lo, hi in zip(minimum, ideal)]
        return [w * lebar_teks / total_min for w in minimum]  # still too wide: squeeze (words break)

    def _ukur_kolom(self, kepala: list[list], baris: list[list], tebal: set[int]) -> tuple[list[float], list[float]]:
        """Per column: the width of its longest word and of its longest line (a header may take
        two lines), padding included.

        A short value in the body ("150 KK", "Rp 57.367.577.759", "Sangat Efisien") counts
        as one word: it is never broken over two lines.
        """
        n = len(self._tata_kepala(kepala, 0)[1][0]) if kepala else len(baris[0])
        minimum, ideal = [0.6] * n, [0.6] * n
        pad = _PADDING_SEL_CM

        def ukur(col: int, teks: str, bold: bool, utuh: bool = True, baris_maks: int = 1) -> None:
            for line in str(teks).split("\n"):
                words = [line] if utuh and _nilai_pendek(line) else line.split()
                if words:
                    minimum[col] = max(minimum[col], max(self._lebar(w, bold) for w in words) + pad)
                    ideal[col] = max(ideal[col], self._lebar(line, bold) / baris_maks + pad)

        origin, _ = self._tata_kepala(kepala, n)
        for _, c, spec in origin:
            if spec.kolom == 1:
                ukur(c, spec.teks, True, utuh=False, baris_maks=2)
        for i, row in enumerate(baris):
            for c, teks in enumerate(row):
                spanned = c + 1 < len(row) and row[c + 1] is None
                if teks is not None and not spanned:
                    ukur(c, teks, i in tebal)
        return minimum, [max(lo, hi) for lo, hi in zip(minimum, ideal)]

    def _lebar(self, teks: str, bold: bool) -> float:
        """Printed width of a text in the table type, in cm (Times metrics, with a margin)."""
        return _lebar_em(teks) * (1.04 if bold else 1.0) * 1.03 * self.ukuran_sel / 72 * 2.54

    @staticmethod
    def _tata_kepala(kepala: list[list], n_kolom: int) -> tuple[list[tuple[int, int, _K]], list[list[bool]]]:
        """Where each header cell starts (row, column) once the spans above are placed."""
        width = n_kolom or max(sum((s.kolom if isinstance(s, _K) else 1) for s in row) for row in kepala)
        occupied = [[False] * width for _ in kepala]
        origin: list[tuple[int, int, _K]] = []
        for r, spec_row in enumerate(kepala):
            c = 0
            for spec in spec_row:
                spec = spec if isinstance(spec, _K) else _K(str(spec))
                while c < width and occupied[r][c]:
                    c += 1
                for rr in range(r, min(r + spec.baris, len(kepala))):
                    for cc in range(c, min(c + spec.kolom, width)):
                        occupied[rr][cc] = True
                origin.append((r, c, spec))
                c += spec.kolom
        return origin, occupied

    def _sel_kepala(self, kepala: list[list], n_kolom: int) -> list[list[oxt.CellSpec]]:
        """Header rows: spans merged, text centred and bold on the header shade."""
        origin, _ = self._tata_kepala(kepala, n_kolom)
        grid: list[dict[int, oxt.CellSpec]] = [{} for _ in kepala]
        shade = {"fill": self.warna_kepala, "valign": "center"}
        for r, c, spec in origin:
            grid[r][c] = oxt.CellSpec(str(spec.teks).split("\n"), spec.kolom, "restart" if spec.baris > 1 else None,
                                     align="c", bold=True, keep_next=True, style_id=self.id_gaya_sel, **shade)
            for below in range(r + 1, min(r + spec.baris, len(kepala))):
                grid[below][c] = oxt.CellSpec(span=spec.kolom, vmerge="continue", **shade)
        for row in grid:  # grid positions no header cell covers stay empty, shaded
            covered = {c + k for c, cell in row.items() for k in range(cell.span)}
            for c in set(range(n_kolom)) - covered:
                row[c] = oxt.CellSpec(align="c", bold=True, keep_next=True, style_id=self.id_gaya_sel, **shade)
        return [[row[c] for c in sorted(row)] for row in grid]

    def _sel_baris(self, row: list, rata: str, bold: bool, ikat: bool) -> list[oxt.CellSpec]:
        """A body row: a None cell extends the cell on its left (centred then)."""
        cells = []
        c = 0
        while c < len(row):
            end = c
            while end + 1 < len(row) and row[end + 1] is None:
                end += 1
            cells.append(oxt.CellSpec(str(row[c] or "").split("\n"), end - c + 1, align="c" if end > c else rata[c],
                                     bold=bold, keep_next=ikat, style_id=self.id_gaya_sel))
            c = end + 1
        return cells

    # signatures

    def tanda_tangan(self, tt: _TandaTangan, kiri=Cm(0)) -> None:
        """A signature block: place and date, office, room to sign, name, rank, NIP."""
        self._blok_tanda_tangan(self.doc, tt, kiri)

    def tanda_tangan_dua_pihak(self, kiri: _TandaTangan, kanan: _TandaTangan) -> None:
        """Two signature blocks side by side (PIHAK KEDUA left, PIHAK PERTAMA right), in a borderless table.

        The shorter office gets blank lines, so that both names stand on one line.
        """
        n = max(len(kiri.jabatan), len(kanan.jabatan))
        kiri = replace(kiri, jabatan=kiri.jabatan + [""] * (n - len(kiri.jabatan)))
        kanan = replace(kanan, jabatan=kanan.jabatan + [""] * (n - len(kanan.jabatan)))
        spacer = ox.add_body_paragraph(self.doc)
        spacer.paragraph_format.space_after = Pt(0)
        ox.keep_with_next(spacer)
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        oxt.set_cant_split(table.rows[0])
        for cell, tt in zip(table.rows[0].cells, (kiri, kanan)):
            self._blok_tanda_tangan(cell, tt, Cm(0), sel=True)
        oxt.set_column_widths(table, [self.lebar_teks() / 2] * 2)

    def _blok_tanda_tangan(self, wadah, tt: _TandaTangan, kiri, sel: bool = False) -> None:
        lines: list[tuple[str, str]] = [("", tt.tempat or " ")]
        if tt.sebutan:
            lines.append(("", tt.sebutan))
        lines += [("", j) for j in tt.jabatan]
        lines += [("", "")] * 3
        lines.append(("nama", tt.nama or _TITIK))
        if tt.pangkat:
            lines.append(("", tt.pangkat))
        if tt.nip:
            lines.append(("", f"NIP. {tt.nip}"))
        first = True
        for i, (jenis, teks) in enumerate(lines):
            if sel and first:
                p = wadah.paragraphs[0]
                first = False
            else:
                p = wadah.add_paragraph()
            fmt = p.paragraph_format
            fmt.left_indent = kiri
            fmt.space_before = Pt(24) if i == 0 and not sel else Pt(0)
            fmt.space_after = Pt(0)
            fmt.line_spacing = 1.0
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < len(lines) - 1:
                ox.keep_with_next(p)
            run = p.add_run(teks)
            if jenis == "nama" and tt.nama:
                run.bold = True
                run.underline = True


_RATA = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}

# Advance widths of Times New Roman in em (its AFM metrics), to fit columns to their text;
# other fonts of similar width fit too thanks to the margin in _Dokumen._lebar.
_EM = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (.444, .5, .444, .5, .444, .333, .5, .5, .278, .278, .5, .278, .778,
                                               .5, .5, .5, .5, .333, .389, .278, .5, .5, .722, .5, .5, .444))),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (.722, .667, .667, .722, .611, .556, .722, .722, .333, .389, .722, .611,
                                               .889, .722, .722, .556, .722, .667, .556, .611, .722, .722, .944,
                                               .722, .722, .611))),
    **dict.fromkeys("0123456789", .5), " ": .25, ".": .25, ",": .25, ":": .278, ";": .278, "%": .833,
    "(": .333, ")": .333, "-": .333, "/": .278, "–": .5, "\u00a0": .25,
}
_PADDING_SEL_CM = 0.36  # the table style's cell margins (2 × 0,15 cm) and a little air


# =========================================================================== small helpers


@functools.lru_cache(maxsize=8192)
def _lebar_em(teks: str) -> float:
    """Width of a text in ems of Times (remembered: tables repeat their words and numbers)."""
    return sum(_EM.get(ch, 0.5) for ch in teks)


def _gabung_ke_bawah(body: list[list[oxt.CellSpec]], baris: list[list], gabung: Sequence[int]) -> None:
    """Merge equal consecutive cells down the ``gabung`` columns, nested left to right."""

    def cell_at(row: list[oxt.CellSpec], col: int) -> oxt.CellSpec:
        position = 0
        for cell in row:
            if position <= col < position + cell.span:
                return cell
            position += cell.span
        raise IndexError(f"row has no cell at grid column {col}")

    for level, col in enumerate(gabung):
        cols = list(gabung[:level + 1])
        start = 0
        for i in range(1, len(baris) + 1):
            if i < len(baris) and all(baris[i][k] == baris[start][k] for k in cols):
                continue
            if i - 1 > start:
                cell_at(body[start], col).vmerge = "restart"
                for below in range(start + 1, i):
                    cell_at(body[below], col).vmerge = "continue"
            start = i


def _nilai_pendek(teks: str) -> bool:
    """A figure with its unit or a short label, kept on one line in a table."""
    teks = teks.strip()
    return len(teks) <= 14 or (len(teks) <= 22 and any(ch.isdigit() for ch in teks))


def _warna_kepala(doc, style_id: str | None) -> str:
    """The header-row shade of the report's table style (as restyled in the reference document)."""
    fill = oxt.table_style_header_fill(doc, style_id)
    return fill.upper() if fill and re.fullmatch("[0-9A-Fa-f]{6}", fill) else TABLE_HEADER_FILL


def _huruf_teks(doc) -> str:
    """The body text's typeface (the Normal style's, else the document default's); the charts use it too."""
    style = doc.styles["Normal"]
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    default = ox.default_font(doc)
    return default if default is not None else FONT


def _ukuran_huruf(style) -> float:
    """The type size (pt) a paragraph style ends up with, through the styles it is based on."""
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return 10.0


def _angka(x: object, desimal: int = 2) -> str:
    """A count or measure: whole numbers without decimals (``16.013``), others with ``desimal``."""
    if x is None:
        return "-"
    if not is_number(x):
        return str(x)
    if abs(x - round(x)) < 1e-9:
        return fmt_angka(x, 0)
    return fmt_angka(x, desimal)


def _teks(x: object) -> str:
    if x is None:
        return "-"
    return _angka(x) if is_number(x) else str(x)


def _awal_kecil(teks: str) -> str:
    """Lower-case the first letter, unless the first word is an acronym ("PPKS")."""
    teks = teks.strip()
    if len(teks) > 1 and teks[0].isupper() and teks[1].islower():
        return teks[0].lower() + teks[1:]
    return teks


def _tanpa_jumlah(label: str) -> str:
    """ "Jumlah PPKS Mandiri" -> "PPKS Mandiri": the thing counted, for prose."""
    words = label.strip().split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() == "jumlah" else label.strip()


def _rangkai_butir(items: Sequence[str]) -> str:
    """List items joined into one clause: "meningkatkan ..., merevisi ..., dan ..."."""
    return _rangkai([_awal_kecil(i).rstrip(" .;,") for i in items])


def _rangkai(items: Sequence[str]) -> str:
    """Join in Indonesian: "a", "a dan b", "a, b, dan c"."""
    items = [i for i in items if i]
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def _huruf(i: int) -> str:
    """a, b, ..., z, aa, ab, ..."""
    return _huruf(i // 26 - 1) + chr(ord("a") + i % 26) if i >= 26 else chr(ord("a") + i)


def _akhiran(i: int, n: int) -> str:
    return "." if i == n - 1 else "; dan" if i == n - 2 else ";"


def _rentang(years: Sequence[int]) -> str:
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _kolom_nomor(judul: str) -> bool:
    return judul.strip().lower().rstrip(".") in ("no", "nomor")


def _jabatan_baris(jabatan: str, pemerintah_daerah: str) -> list[str]:
    """An office in capitals on one or two lines, the region on the second: KEPALA DINAS SOSIAL / KABUPATEN BENGKALIS."""
    jabatan = " ".join(jabatan.split()).upper()
    daerah = " ".join(pemerintah_daerah.split()).upper()
    if daerah and jabatan.endswith(" " + daerah) and len(jabatan) > 28:
        return [jabatan[: -len(daerah)].strip(), daerah]
    return [jabatan]


def _pohon_organisasi(units: Sequence[UnitOrganisasi]) -> list[tuple[str, list]]:
    """The units as a nested list: the head, then each unit under the head with its sub-units."""
    kode = {u.kode for u in units}
    anak: dict[str | None, list[UnitOrganisasi]] = {}
    for u in units:
        induk = u.induk if u.induk in kode and u.induk != u.kode else None
        anak.setdefault(induk, []).append(u)

    def cabang(u: UnitOrganisasi, seen: frozenset) -> tuple[str, list]:
        seen = seen | {u.kode}
        return u.nama, [cabang(c, seen) for c in anak.get(u.kode, []) if c.kode not in seen]

    roots = anak.get(None, [])
    if not roots:
        return []
    kepala, lain = roots[0], roots[1:]
    return [(kepala.nama, [])] + [cabang(c, frozenset({kepala.kode})) for c in anak.get(kepala.kode, []) + lain]
