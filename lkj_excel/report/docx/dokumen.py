"""The Word document of the report being written, in the report's styles: the writing primitives.

:class:`Dokumen` opens the reference styles document (emptied of its content) and
writes into it what a chapter asks for: sections and their page numbers, headings,
paragraphs and lists, the cover lines, the indexes, numbered captions, pictures and
native charts, captioned tables fitted to the page (laid out by :mod:`.tata_tabel`),
and signature blocks. The Word tricks underneath are those of :mod:`.ooxml` and
:mod:`.ooxml_tabel`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Emu, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..katalog import Entri
from . import ooxml, ooxml_tabel
from .grafik import Grafik, sisipkan_grafik, teks_alternatif
from .tata_tabel import gabung_ke_bawah, lebar_kolom, sel_baris, sel_kepala, ukur_kolom

SMALL_TABLE_ROWS = 14  # tables up to this many rows are kept whole on one page
TITIK = "." * 40
"""A dotted blank, where a name or an office is to be written in by hand."""


@dataclass(frozen=True)
class TandaTangan:
    """The lines of a signature block."""

    tempat: str
    sebutan: str
    jabatan: list[str]
    nama: str
    pangkat: str
    nip: str


class Dokumen:
    """The Word document being written, in the report's styles: the writing primitives."""

    def __init__(self, reference: Path):
        self.doc = docx.Document(str(reference))
        ooxml.clear_body(self.doc)
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

    def properti(self, judul: str, subjek: str, penulis: str, kata_kunci: str) -> None:
        """The document's title, subject, author and keywords (File > Properties; carried into a PDF)."""
        core = self.doc.core_properties
        core.title, core.subject, core.author, core.keywords = judul, subjek, penulis, kata_kunci
        core.last_modified_by = penulis

    def simpan(self, path: Path) -> None:
        """Write the document to ``path``, asking Word to update its fields (indexes, captions) on opening."""
        ooxml.set_update_fields_on_open(self.doc)
        self.doc.save(str(path))

    # sections and page numbers

    def mulai_bagian_depan(self) -> None:
        """Front matter: a new page, numbered i, ii, ... (the cover has no number)."""
        section = ooxml.new_section(self.doc, page_number_format="lowerRoman", restart_at=1)
        ooxml.set_footer_page_number(section)
        ooxml.set_header_text(section, "")

    def mulai_batang_tubuh(self, judul_singkat: str) -> None:
        """The chapters: numbered from 1, the short title in the running header."""
        section = ooxml.new_section(self.doc, page_number_format="decimal", restart_at=1)
        ooxml.set_footer_page_number(section)
        ooxml.set_header_text(section, judul_singkat)

    def bagian_lanskap(self) -> None:
        """A landscape section from the next page on, for a table too wide for a portrait page."""
        ooxml.new_section(self.doc, landscape=True)
        self.setelah_tabel = False

    def bagian_tegak(self) -> None:
        """Back to a portrait section, from the next page on."""
        ooxml.new_section(self.doc, landscape=False)

    def lebar_teks(self) -> float:
        """Width between the margins of the current section, in cm."""
        s = self.doc.sections[-1]
        return Emu(s.page_width - s.left_margin - s.right_margin).cm

    def lebar_teks_tegak(self) -> float:
        """Width between the margins of a portrait page of the report, in cm."""
        s = self._tegak
        return Emu(min(s.page_width, s.page_height) - s.left_margin - s.right_margin).cm

    # headings and text

    def para(self, teks: str = "", gaya: str | None = None) -> Paragraph:
        """A new paragraph in the named style, the style's id looked up once per name.

        Same as ``add_paragraph(teks, style=gaya)``; python-docx looks the name up on
        every call, which took a fifth of the report's time.
        """
        p = ooxml.add_body_paragraph(self.doc, teks)
        if gaya is not None:
            if gaya not in self._id_gaya:
                self._id_gaya[gaya] = self.doc.styles.get_style_id(gaya, WD_STYLE_TYPE.PARAGRAPH)
            if self._id_gaya[gaya] is not None:  # None: the default style, nothing to write
                ooxml.set_paragraph_style_id(p, self._id_gaya[gaya])
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
        """A heading of level ``tingkat`` (Heading 2: "3.1 ...", Heading 3: a sasaran), with room above after a table."""
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
            ooxml.keep_with_next(p)
        return p

    def catatan(self, teks: str, ikat: bool = False) -> Paragraph:
        """A small note right under a table; ``ikat`` keeps it with what follows."""
        p = self.para(gaya=self.gaya_sel)
        p.add_run(teks).italic = True
        p.paragraph_format.space_before = Pt(3)
        p.paragraph_format.space_after = Pt(3)
        if ikat:
            ooxml.keep_with_next(p)
        return p

    def butir(self, items: Sequence[str]) -> None:
        """A bulleted list."""
        for i, item in enumerate(items):
            p = self.para(item, self.gaya_butir)
            self._jarak_setelah_tabel(p)
            if i < len(items) - 1 and len(items) <= 3:
                ooxml.keep_with_next(p)

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
        p = ooxml.add_body_paragraph(self.doc, f"{marker}\t{teks}")
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
            p = ooxml.add_body_paragraph(self.doc, f"{label}\t: {nilai}")
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

    def gambar_tengah(self, blob: bytes, tinggi, alt: str, space_before=None) -> bool:
        """A centred picture (the logo) with its alternative text; False, with nothing added, if it cannot be placed."""
        p = ooxml.add_body_paragraph(self.doc)
        try:
            ooxml.set_picture_description(p.add_run().add_picture(io.BytesIO(blob), height=tinggi), alt)
        except Exception:  # noqa: BLE001 - an image python-docx cannot read is left out
            ooxml.remove_paragraph(p)
            return False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_before is not None:
            p.paragraph_format.space_before = space_before
        return True

    # indexes

    def daftar_isi(self) -> None:
        """Daftar Isi: its heading and the table of contents field (headings of levels 1-3)."""
        self.para("DAFTAR ISI", "TOC Heading")
        ooxml.add_toc(self.doc, "1-3")

    def daftar_keterangan(self, judul: str, label: str) -> None:
        """A list of the captions of one label ("Tabel", "Gambar") under its own chapter-like heading."""
        self.judul_bab(judul)
        ooxml.add_table_of_figures(self.doc, label)

    # captions

    def _keterangan(self, entri: Entri) -> Paragraph:
        """The numbered caption of a table or figure of the catalogue, at the number the catalogue gave it.

        The chapters write the catalogue's entries in its order; a caption that would get another
        number than its entry's is a fault of the program, never a silent mismatch between the
        Word report and the output workbook.
        """
        label = entri.label
        nomor = self.nomor.get(label, 0) + 1
        if (self.bab, nomor) != (entri.bab, entri.urut):
            raise AssertionError(f"{entri.rujukan} would be printed as {label} {self.bab}.{nomor}: "
                                 "the Word report left the order of the catalogue")
        self.nomor[label] = nomor
        p = ooxml.add_caption(self.doc, label, entri.judul, self.bab, number=nomor)
        self._jarak_setelah_tabel(p)
        return p

    # figures

    def gambar(self, png: bytes, entri: Entri, alt: str, lebar_cm: float | None = None, tinggi_maks_cm: float = 17.0) -> None:
        """A picture at the text width (or less, to stay under ``tinggi_maks_cm``), captioned below.

        ``alt``: what the picture shows, in words (its alternative text).
        """
        from docx.image.image import Image

        image = Image.from_blob(png)
        lebar = min(lebar_cm or self.lebar_teks(), self.lebar_teks())
        tinggi = lebar * image.px_height / image.px_width
        if tinggi > tinggi_maks_cm:
            lebar = lebar * tinggi_maks_cm / tinggi
        shape = self._figur(entri).add_run().add_picture(io.BytesIO(png), width=Cm(lebar))
        ooxml.set_picture_description(shape, alt)

    def grafik(self, grafik: Grafik, entri: Entri) -> None:
        """A native chart at the text width in the report's type, captioned below, its numbers in its alternative text."""
        sisipkan_grafik(self._figur(entri), replace(grafik, lebar_cm=self.lebar_teks(), font=self.huruf,
                                                    alt=grafik.alt or teks_alternatif(entri.caption, grafik)))

    def _figur(self, entri: Entri) -> Paragraph:
        """The centred paragraph of a figure, kept with its caption, which follows it."""
        p = ooxml.add_body_paragraph(self.doc)
        self._jarak_setelah_tabel(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_after = Pt(0)
        ooxml.keep_with_next(p)
        caption = self._keterangan(entri)
        ooxml.keep_with_next(caption, False)
        caption.paragraph_format.space_after = Pt(12)
        return p

    # tables

    def tabel(self, entri: Entri | None, kepala: list[list], baris: list[list], *, rata: str,
              gabung: Sequence[int] = (), jumlah: list | None = None, tebal_baris: Sequence[int] = (),
              penuh: bool | None = None, catatan: str | None = None, ikat_akhir: bool = False,
              inden: Mapping[tuple[int, int], float] | None = None) -> Table:
        """A captioned table in the report's table style, its columns fitted to their text.

        Args:
            entri: the table's entry in the catalogue (its number and caption), or None for a
                table without a caption (the Lampiran's).
            kepala: the header rows; a cell is a text or a :class:`SelKepala` with column/row spans.
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
            inden: left indents of body cells, (row, column) -> cm (kegiatan under their program).
        """
        if entri is not None:
            self._keterangan(entri)
        n_kolom = len(rata)
        table = ooxml_tabel.add_body_table(self.doc, n_kolom, self.id_gaya_tabel)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        semua = list(baris) + ([jumlah] if jumlah is not None else [])
        tebal = set(tebal_baris) | ({len(baris)} if jumlah is not None else set())
        ooxml_tabel.set_column_widths(table, lebar_kolom(kepala, semua, tebal, penuh, rata, self.lebar_teks(), self.ukuran_sel,
                                                         inden))
        # A small table stays whole on its page; a long one keeps its header with the first row.
        utuh = len(kepala) + len(semua) <= SMALL_TABLE_ROWS
        terakhir = len(semua) - 1
        body = [sel_baris(row, rata, bold=i in tebal, id_gaya=self.id_gaya_sel,
                          ikat=i == 0 or (utuh and i < terakhir) or (i == terakhir and (catatan is not None or ikat_akhir)),
                          inden={c: cm for (r, c), cm in (inden or {}).items() if r == i})
                for i, row in enumerate(semua)]
        gabung_ke_bawah(body, baris, gabung)
        rows = [ooxml_tabel.RowSpec(cells, header=True) for cells in sel_kepala(kepala, n_kolom, self.warna_kepala, self.id_gaya_sel)]
        ooxml_tabel.append_rows(table, rows + [ooxml_tabel.RowSpec(cells) for cells in body])
        self.setelah_tabel = True
        if catatan is not None:
            self.catatan(catatan)
        return table

    def lebar_minimum(self, kepala: list[list], baris: list[list],
                      inden: Mapping[tuple[int, int], float] | None = None) -> list[float]:
        """The narrowest each column can be (its longest word, and a cell's indent), in cm."""
        return ukur_kolom(kepala, baris, set(), self.ukuran_sel, inden)[0]

    # signatures

    def tanda_tangan(self, tt: TandaTangan, kiri=Cm(0)) -> None:
        """A signature block: place and date, office, room to sign, name, rank, NIP."""
        self._blok_tanda_tangan(self.doc, tt, kiri)

    def tanda_tangan_dua_pihak(self, kiri: TandaTangan, kanan: TandaTangan) -> None:
        """Two signature blocks side by side (PIHAK KEDUA left, PIHAK PERTAMA right), in a borderless table.

        The shorter office gets blank lines, so that both names stand on one line.
        """
        n = max(len(kiri.jabatan), len(kanan.jabatan))
        kiri = replace(kiri, jabatan=kiri.jabatan + [""] * (n - len(kiri.jabatan)))
        kanan = replace(kanan, jabatan=kanan.jabatan + [""] * (n - len(kanan.jabatan)))
        spacer = ooxml.add_body_paragraph(self.doc)
        spacer.paragraph_format.space_after = Pt(0)
        ooxml.keep_with_next(spacer)
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        ooxml_tabel.set_cant_split(table.rows[0])
        for cell, tt in zip(table.rows[0].cells, (kiri, kanan)):
            self._blok_tanda_tangan(cell, tt, Cm(0), sel=True)
        ooxml_tabel.set_column_widths(table, [self.lebar_teks() / 2] * 2)

    def _blok_tanda_tangan(self, wadah, tt: TandaTangan, kiri, sel: bool = False) -> None:
        lines: list[tuple[str, str]] = [("", tt.tempat or " ")]
        if tt.sebutan:
            lines.append(("", tt.sebutan))
        lines += [("", j) for j in tt.jabatan]
        lines += [("", "")] * 3
        lines.append(("nama", tt.nama or TITIK))
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
                ooxml.keep_with_next(p)
            run = p.add_run(teks)
            if jenis == "nama" and tt.nama:
                run.bold = True
                run.underline = True


def _warna_kepala(doc, style_id: str | None) -> str:
    """The header-row shade of the report's table style (as restyled in the reference document)."""
    from .gaya import TABLE_HEADER_FILL  # here: see _huruf_teks

    fill = ooxml_tabel.table_style_header_fill(doc, style_id)
    return fill.upper() if fill and re.fullmatch("[0-9A-Fa-f]{6}", fill) else TABLE_HEADER_FILL


def _huruf_teks(doc) -> str:
    """The body text's typeface (the Normal style's, else the document default's); the charts use it too."""
    # The reference styles module is imported on use, not with this package, so that
    # ``python -m lkj_excel.report.docx.gaya`` runs a module not imported yet.
    from .gaya import FONT

    style = doc.styles["Normal"]
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    default = ooxml.default_font(doc)
    return default if default is not None else FONT


def _ukuran_huruf(style) -> float:
    """The type size (pt) a paragraph style ends up with, through the styles it is based on."""
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return 10.0


def _huruf(i: int) -> str:
    """a, b, ..., z, aa, ab, ..."""
    return _huruf(i // 26 - 1) + chr(ord("a") + i % 26) if i >= 26 else chr(ord("a") + i)


def _akhiran(i: int, n: int) -> str:
    return "." if i == n - 1 else "; dan" if i == n - 2 else ";"
