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

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from docx.shared import Cm

from .report import libreoffice
from .report.docx.dokumen import TITIK, Dokumen, TandaTangan
from .report.docx.grafik import Grafik, Seri
from .report.docx.tata_tabel import SelKepala
from .angka import bulat, dengan_kata, fmt_angka, fmt_angka_ringkas, fmt_persen, fmt_rupiah, fmt_tanggal
from .expr import is_number, urut_pita
from .model import IndikatorKinerja, LKjIP, Polaritas, Sasaran, TabelPendukung, UnitOrganisasi
from .problems import Temuan
from .rules import Hasil, HasilIndikator, HasilSasaran, sama_satuan

__all__ = ["render_report", "REFERENCE_DOCX"]

REFERENCE_DOCX = Path(__file__).resolve().parent.parent / "input_templates" / "gaya_laporan.docx"
"""The reference styles used when ``render_report`` is given none."""

_MAX_IMAGE_BYTES = 20 * 1024 * 1024  # a logo or chart larger than this is not a picture we want
_WARNA_TARGET, _WARNA_REALISASI = "9DC3E6", "2F5597"
_WARNA_TAHUN = {1: ("2F5597",), 2: ("9DC3E6", "2F5597"), 3: ("BDD7EE", "6C9BD2", "2F5597")}  # older years lighter
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
        self.doc = Dokumen(reference)
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
        d.isian([("Nama", self.id.pemberi_amanah_nama or TITIK), ("Jabatan", self.id.pemberi_amanah_jabatan or TITIK)])
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
            [SelKepala("Tujuan", baris=2), SelKepala("Sasaran", baris=2), SelKepala("Indikator", baris=2),
             SelKepala("Kondisi Awal"), SelKepala("Target Kinerja per Tahun", kolom=len(years)), SelKepala("Kondisi Akhir")],
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
        kepala_1 = [SelKepala("Indikator Kinerja", baris=2)]
        kepala_2: list = []
        for y in lalu:
            kepala_1.append(SelKepala(str(y), kolom=2))
            kepala_2 += ["Realisasi", "Capaian"]
        kepala_1.append(SelKepala(str(self.tahun), kolom=3))
        kepala_2 += ["Target", "Realisasi", "Capaian"]
        if lalu:
            kepala_1.append(SelKepala(f"{self.tahun} terhadap {lalu[-1]}", kolom=2))
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
        kepala_1 = [SelKepala("Komponen", baris=2)] + [SelKepala(str(y), kolom=2) for y in years]
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
        kepala = [[SelKepala("No", baris=2), SelKepala("Sasaran Operasional", baris=2), SelKepala("Indikator", baris=2),
                   SelKepala(str(self.tahun - 1)), SelKepala(str(self.tahun), kolom=3)],
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
        kepala = [[SelKepala("Komponen Manajemen Kinerja", baris=2), SelKepala("Bobot", baris=2),
                   SelKepala("Tahun Evaluasi", kolom=len(years))], [str(y) for y in years]]
        self.doc.tabel(f"Nilai Evaluasi AKIP Tahun {_rentang(years)}", kepala, baris + [jumlah],
                       rata="lc" + "c" * len(years), jumlah=predikat, tebal_baris=(len(baris),), penuh=False)

    def tabel_anggaran_sasaran(self, judul: str) -> None:
        """Tabel 3.11: capaian and budget per sasaran (the rules' values, not the typed ones)."""
        a = self.h.anggaran
        baris = [[str(i), hs.nama, self.persen(hs.capaian), self.rp_tabel(hs.anggaran), self.rp_tabel(hs.realisasi_anggaran),
                  self.persen(hs.penyerapan)] for i, hs in enumerate(self.h.sasaran, 1)]
        jumlah = ["Jumlah", None, "", self.rp_tabel(a.anggaran), self.rp_tabel(a.realisasi), self.persen(a.penyerapan)]
        self.doc.tabel(judul, [[SelKepala("No", baris=2), SelKepala("Sasaran Strategis", baris=2), SelKepala("Capaian Kinerja", baris=2),
                                SelKepala("Anggaran", kolom=3)], ["Pagu", "Realisasi", "Penyerapan"]],
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

    def _tanda_tangan_kepala(self, pk: bool = False) -> TandaTangan:
        if pk:
            tempat = f"{self.id.tempat_ttd}, {_TITIK_PENDEK} {self.tahun}"
        else:
            tanggal = fmt_tanggal(self.id.tanggal_ttd) or f"{_TITIK_PENDEK} {self.tahun + 1}"
            tempat = f"{self.id.tempat_ttd}, {tanggal}"
        return TandaTangan(
            tempat=tempat, sebutan="PIHAK PERTAMA," if pk else "",
            jabatan=_jabatan_baris(self.id.kepala_jabatan, self.id.pemerintah_daerah),
            nama=self.id.kepala_nama, pangkat=self.id.kepala_pangkat, nip=self.id.kepala_nip)

    def _tanda_tangan_pemberi_amanah(self) -> TandaTangan:
        return TandaTangan(
            tempat="", sebutan="PIHAK KEDUA,",
            jabatan=_jabatan_baris(self.id.pemberi_amanah_jabatan or TITIK, self.id.pemerintah_daerah),
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
_TITIK_PENDEK = "." * 24


# =========================================================================== small helpers


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
