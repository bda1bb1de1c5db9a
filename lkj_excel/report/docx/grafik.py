"""Native Word charts: clustered bar charts written as DrawingML chart parts.

The report's bar charts (target against realisasi year by year, the capaian of a
sasaran's indicators) were drawn with matplotlib and pasted as PNGs, at about 0.2 s
a chart. Here a chart is written the way Word writes its own: a chart part
(``word/charts/chartN.xml``) that Word and LibreOffice draw themselves, crisp at any
zoom and editable, with the data in a small workbook embedded beside it
(``word/embeddings/``) so that Word's "Edit Data" opens it. The XML is formatted from
string templates, which takes well under a millisecond; making the embedded workbook
with xlsxwriter costs about 2 ms more.

Two choices shape the chart:

* The value axis is deleted and no gridlines are drawn. Axis numbers are formatted
  by the reader's office suite in the reader's locale (``94.05`` in an English
  Word), while the report writes numbers the Indonesian way (``94,05``); the values
  are read from the bars' labels instead.
* Every data label is the caller's text (``c:dLbl/c:tx/c:rich``), not a value put
  through a number format, for the same reason, and because a label need not be the
  value at all (a predikat ``B`` drawn at its rank). Points without a label get none.

Word refuses a chart part whose elements stray from the schema's order, where
LibreOffice is forgiving: every template below follows the sequences of
CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_BarSer, CT_DLbls, CT_DLbl,
CT_CatAx and CT_ValAx (ECMA-376 Part 1, dml-chart.xsd) element by element.
"""

from __future__ import annotations

import io
import math
import numbers
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import xlsxwriter
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.package import OpcPackage
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from xlsxwriter.utility import xl_col_to_name

from .ooxml import xml_text

__all__ = ["Grafik", "Seri", "sisipkan_grafik", "teks_alternatif"]


@dataclass
class Seri:
    """One series of bars: its name in the legend, its values, the text on each bar."""

    nama: str
    """Name in the legend, e.g. ``"Target"``, ``"Realisasi"``, ``"2023"``."""
    nilai: Sequence[float | None]
    """One value per category; None draws no bar and no label."""
    label: Sequence[str]
    """Text printed on each bar, already written the Indonesian way (``"94,05%"``, ``"B"``); "" prints none."""
    warna: str
    """Fill colour as six hex digits, e.g. ``"2F5597"``."""


@dataclass
class Grafik:
    """A clustered bar chart: one group of bars per category, one bar per series."""

    kategori: Sequence[str]
    """Labels of the category axis (years, or indicator names, which the chart wraps)."""
    seri: Sequence[Seri]
    arah: str = "kolom"
    """``"kolom"``: vertical columns; ``"batang"``: horizontal bars, categories top to bottom."""
    lebar_cm: float = 16.0
    tinggi_cm: float = 7.5
    judul_sumbu: str = ""
    """Title of the value axis (e.g. ``"Capaian (%)"``), shown although the axis is not."""
    maks: float | None = None
    """Top of the value axis; None: the largest value plus room for the labels."""
    font: str = "Times New Roman"
    ukuran_font: float = 9.0
    """Type size of all the chart's text, in points."""
    alt: str = ""
    """Alternative text of the chart, for screen readers and the tagged PDF (``wp:docPr/@descr``)."""


def teks_alternatif(judul: str, grafik: Grafik) -> str:
    """What a chart shows, in words and with its numbers: the alternative text of the chart.

    ``"Gambar 3.1 Target dan Realisasi ... Tahun 2022–2023. 2022: Target 2,70%, Realisasi 2,70%.
    2023: Target 3,25%, Realisasi 3,63%."`` (the bars' own labels, so the numbers read as printed).
    """
    bagian = [judul.rstrip(".") + "."]
    for i, kategori in enumerate(grafik.kategori):
        nilai = [f"{s.nama} {s.label[i]}" for s in grafik.seri if i < len(s.label) and s.label[i]]
        bagian.append(f"{kategori}: {', '.join(nilai) if nilai else 'tidak ada data'}.")
    return " ".join(bagian)


def sisipkan_grafik(paragraph: Paragraph, grafik: Grafik) -> None:
    """Append a run holding the chart (inline, ``lebar_cm`` × ``tinggi_cm``) to the paragraph.

    The chart part and its embedded workbook are added to the paragraph's package,
    numbered after the parts already there.

    Raises:
        ValueError: the chart has no category or no series, a series has not one
            value and one label per category, a text is not a str, a value is not
            a finite number, a colour is not six hex digits, a size is out of
            range, or ``maks`` is not above the axis' bottom.
    """
    _periksa(grafik)
    story = paragraph.part
    package = story.package
    workbook = Part(_nama_part_baru(package, "/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"),
                    CT.SML_SHEET, _workbook(grafik), package)
    chart = Part(_nama_part_baru(package, "/word/charts/chart%d.xml"), CT.DML_CHART,
                 _chart_xml(grafik).encode("utf-8"), package)
    chart.rels.add_relationship(RT.PACKAGE, workbook, _WORKBOOK_RID)
    rid = story.relate_to(chart, RT.CHART)
    paragraph.add_run()._r.append(parse_xml(_inline_xml(grafik, rid, _docpr_id(story))))


# --------------------------------------------------------------------------- checks

_HEX_COLOUR = re.compile(r"[0-9A-Fa-f]{6}")


def _periksa(grafik: Grafik) -> None:
    """Raise ValueError, in Indonesian, for a chart that cannot be drawn."""
    n = len(grafik.kategori)
    if n == 0:
        raise ValueError("Grafik harus memiliki sedikitnya satu kategori.")
    if not grafik.seri:
        raise ValueError("Grafik harus memiliki sedikitnya satu seri.")
    texts = [*grafik.kategori, grafik.judul_sumbu, grafik.font]
    texts += [t for seri in grafik.seri for t in (seri.nama, seri.warna, *seri.label)]
    if not all(isinstance(t, str) for t in texts):
        raise ValueError("Kategori, nama seri, label, warna, judul sumbu dan nama huruf grafik harus berupa teks.")
    if grafik.arah not in _ARAH:
        raise ValueError(f"Arah grafik {grafik.arah!r} tidak dikenal: gunakan 'kolom' atau 'batang'.")
    if min(grafik.lebar_cm, grafik.tinggi_cm) <= 0 or not 1 <= grafik.ukuran_font <= 400:
        raise ValueError("Lebar dan tinggi grafik harus lebih dari nol, ukuran hurufnya antara 1 dan 400 pt.")
    for seri in grafik.seri:
        if len(seri.nilai) != n or len(seri.label) != n:
            raise ValueError(f"Seri {seri.nama!r} harus memiliki {n} nilai dan {n} label, satu untuk "
                             f"setiap kategori (ada {len(seri.nilai)} nilai dan {len(seri.label)} label).")
        if not _HEX_COLOUR.fullmatch(seri.warna):
            raise ValueError(f"Warna seri {seri.nama!r} harus kode heksadesimal enam digit "
                             f"(misalnya 2F5597), bukan {seri.warna!r}.")
        for v in seri.nilai:
            if v is not None and not (isinstance(v, numbers.Real) and math.isfinite(v)):
                raise ValueError(f"Nilai seri {seri.nama!r} harus berupa angka, bukan {v!r}.")
    bawah = _batas_bawah(grafik)
    if grafik.maks is not None and not (isinstance(grafik.maks, numbers.Real) and grafik.maks > bawah):
        raise ValueError(f"Batas atas sumbu nilai (maks = {grafik.maks!r}) harus angka di atas {bawah:g}.")


# --------------------------------------------------------------------------- package bookkeeping

_WORKBOOK_RID = "rId1"  # the chart part is new: its only relationship
_USED_PARTNAMES: weakref.WeakKeyDictionary[OpcPackage, set[str]] = weakref.WeakKeyDictionary()


def _nama_part_baru(package: OpcPackage, template: str) -> PackURI:
    """The first free name of the form ``template % n`` (n = 1, 2, ...) in the package.

    The package's part names are read once (walking its relationships is slow on a
    large document) and the names handed out here are added to them.
    """
    used = _USED_PARTNAMES.get(package)
    if used is None:
        used = _USED_PARTNAMES[package] = {str(part.partname) for part in package.iter_parts()}
    n = 1
    while template % n in used:
        n += 1
    used.add(template % n)
    return PackURI(template % n)


def _docpr_id(story: Part) -> int:
    """An id for a new drawing (``wp:docPr/@id``): one above the largest of the story's drawings.

    Read afresh for every chart (about 0.2 ms on the example report): a counter kept
    between calls would hand out again the id that python-docx gives a picture added
    in between (it numbers a picture one above the largest id of the story).
    """
    ids = (e.get("id", "") for e in story.element.iter(qn("wp:docPr")))
    return 1 + max((int(i) for i in ids if i.isdigit()), default=0)


# --------------------------------------------------------------------------- embedded workbook


def _workbook(grafik: Grafik) -> bytes:
    """The chart's data as an .xlsx: series names in row 1 from B, categories in column A."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = workbook.add_worksheet("Sheet1")
    sheet.set_column(0, 0, min(60, max(10, max(len(k) for k in grafik.kategori))))
    for row, kategori in enumerate(grafik.kategori, start=1):
        sheet.write_string(row, 0, kategori)
    for col, seri in enumerate(grafik.seri, start=1):
        sheet.write_string(0, col, seri.nama)
        for row, nilai in enumerate(seri.nilai, start=1):
            if nilai is not None:
                sheet.write_number(row, col, nilai)
    workbook.close()
    return buffer.getvalue()


# --------------------------------------------------------------------------- the run's drawing

_EMU_PER_CM = 360_000


def _inline_xml(grafik: Grafik, rid: str, docpr_id: int) -> str:
    """``w:drawing/wp:inline`` showing the chart part related as ``rid``."""
    cx, cy = round(grafik.lebar_cm * _EMU_PER_CM), round(grafik.tinggi_cm * _EMU_PER_CM)
    descr = f' descr="{xml_text(grafik.alt, quote=True)}"' if grafik.alt else ""
    return (
        f'<w:drawing {nsdecls("w", "wp", "a", "c", "r")}>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{docpr_id}" name="Grafik {docpr_id}"{descr}/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>'
    )


# --------------------------------------------------------------------------- the chart part

_ARAH = {"kolom": "col", "batang": "bar"}
_HEADROOM = 1.15  # automatic axis ends: 15% beyond the extreme values, room for the labels past the bars
_GAP_WIDTH = 80  # gap between groups, in % of a bar's width
_OVERLAP = -10  # a thin gap between the bars of one group
_TEXT_COLOUR = "262626"
_AXIS_COLOUR = "A6A6A6"
_CAT_AX_ID, _VAL_AX_ID = 510001, 510002
_NO_LINE = "<a:ln><a:noFill/></a:ln>"
_SHOW_NOTHING = ('<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>'
                 '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>')
_SHOW_VALUE = _SHOW_NOTHING.replace('showVal val="0"', 'showVal val="1"')


def _batas_bawah(grafik: Grafik) -> float:
    """Bottom of the value axis: 0, or below the lowest value where one is negative."""
    lowest = min((v for s in grafik.seri for v in s.nilai if v is not None), default=0.0)
    return min(0.0, float(lowest) * _HEADROOM)


def _batas_atas(grafik: Grafik) -> float:
    """Top of the value axis: ``maks``, or the largest value with room for its label."""
    if grafik.maks is not None:
        return float(grafik.maks)
    highest = float(max((v for s in grafik.seri for v in s.nilai if v is not None), default=0.0))
    return highest * _HEADROOM if highest > 0 else 1.0


def _huruf(grafik: Grafik, tag: str) -> str:
    """Character properties (``a:rPr`` or ``a:defRPr``): the chart's font, size and colour."""
    font = xml_text(grafik.font, quote=True)
    return (f'<{tag} lang="id-ID" sz="{round(grafik.ukuran_font * 100)}" b="0">'
            f'<a:solidFill><a:srgbClr val="{_TEXT_COLOUR}"/></a:solidFill>'
            f'<a:latin typeface="{font}"/><a:cs typeface="{font}"/></{tag}>')


def _rich(grafik: Grafik, text: str, rot: int | None = None) -> str:
    """A ``c:rich`` text body of one run (``rot`` in 60000ths of a degree)."""
    body = f'<a:bodyPr rot="{rot}" vert="horz"/>' if rot is not None else "<a:bodyPr/>"
    return (f'<c:rich>{body}<a:lstStyle/><a:p><a:pPr>{_huruf(grafik, "a:defRPr")}</a:pPr>'
            f'<a:r>{_huruf(grafik, "a:rPr")}<a:t>{xml_text(text)}</a:t></a:r></a:p></c:rich>')


def _chart_xml(grafik: Grafik) -> str:
    """The chart part: CT_ChartSpace."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace {nsdecls("c", "a", "r")}>'
        '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>'
        '<c:chart><c:autoTitleDeleted val="1"/>'
        f'<c:plotArea><c:layout/>{_bar_chart(grafik)}{_sumbu_kategori(grafik)}{_sumbu_nilai(grafik)}'
        f'<c:spPr><a:noFill/>{_NO_LINE}</c:spPr></c:plotArea>'
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        f'<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{_NO_LINE}</c:spPr>'
        f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{_huruf(grafik, "a:defRPr")}</a:pPr>'
        '<a:endParaRPr lang="id-ID"/></a:p></c:txPr>'
        f'<c:externalData r:id="{_WORKBOOK_RID}"><c:autoUpdate val="0"/></c:externalData>'
        '</c:chartSpace>'
    )


def _bar_chart(grafik: Grafik) -> str:
    """CT_BarChart: the series side by side."""
    n = len(grafik.kategori)
    categories = (f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>'
                  + "".join(f'<c:pt idx="{i}"><c:v>{xml_text(k)}</c:v></c:pt>' for i, k in enumerate(grafik.kategori))
                  + "</c:strCache></c:strRef></c:cat>")
    series = "".join(_seri(grafik, i, seri, categories) for i, seri in enumerate(grafik.seri))
    return (f'<c:barChart><c:barDir val="{_ARAH[grafik.arah]}"/><c:grouping val="clustered"/>'
            f'<c:varyColors val="0"/>{series}<c:gapWidth val="{_GAP_WIDTH}"/><c:overlap val="{_OVERLAP}"/>'
            f'<c:axId val="{_CAT_AX_ID}"/><c:axId val="{_VAL_AX_ID}"/></c:barChart>')


def _seri(grafik: Grafik, index: int, seri: Seri, categories: str) -> str:
    """CT_BarSer: name, fill, labels, categories and values, with the workbook's cells and a cache of each."""
    n = len(grafik.kategori)
    col = xl_col_to_name(index + 1)
    labels = "".join(_label(grafik, i, text) for i, (v, text) in enumerate(zip(seri.nilai, seri.label, strict=True))
                     if v is not None and text)
    values = "".join(f'<c:pt idx="{i}"><c:v>{float(v)!r}</c:v></c:pt>' for i, v in enumerate(seri.nilai) if v is not None)
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
        f'<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val="1"/>'
        f'<c:pt idx="0"><c:v>{xml_text(seri.nama)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        f'<c:spPr><a:solidFill><a:srgbClr val="{seri.warna.upper()}"/></a:solidFill>{_NO_LINE}</c:spPr>'
        f'<c:invertIfNegative val="0"/><c:dLbls>{labels}{_SHOW_NOTHING}</c:dLbls>{categories}'
        f'<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode>'
        f'<c:ptCount val="{n}"/>{values}</c:numCache></c:numRef></c:val></c:ser>'
    )


def _label(grafik: Grafik, index: int, text: str) -> str:
    """CT_DLbl: the caller's text just past the end of bar ``index``."""
    return (f'<c:dLbl><c:idx val="{index}"/><c:tx>{_rich(grafik, text)}</c:tx>'
            f'<c:dLblPos val="outEnd"/>{_SHOW_VALUE}</c:dLbl>')


def _sumbu_kategori(grafik: Grafik) -> str:
    """CT_CatAx: the category labels, below the columns or left of the bars (first on top)."""
    batang = grafik.arah == "batang"
    return (
        f'<c:catAx><c:axId val="{_CAT_AX_ID}"/>'
        f'<c:scaling><c:orientation val="{"maxMin" if batang else "minMax"}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"l" if batang else "b"}"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>'
        f'<c:spPr><a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="{_AXIS_COLOUR}"/></a:solidFill></a:ln></c:spPr>'
        f'<c:crossAx val="{_VAL_AX_ID}"/><c:crosses val="autoZero"/>'
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    )


def _sumbu_nilai(grafik: Grafik) -> str:
    """CT_ValAx: deleted (the labels carry the values), keeping its scale and its title.

    With the categories reversed (``batang``), the axis crosses at the last category
    so that it, and its title, sit below the bars.
    """
    batang = grafik.arah == "batang"
    title = ""
    if grafik.judul_sumbu:
        title = f'<c:title><c:tx>{_rich(grafik, grafik.judul_sumbu, 0 if batang else -5400000)}</c:tx><c:overlay val="0"/></c:title>'
    return (
        f'<c:valAx><c:axId val="{_VAL_AX_ID}"/>'
        f'<c:scaling><c:orientation val="minMax"/><c:max val="{_batas_atas(grafik)!r}"/>'
        f'<c:min val="{_batas_bawah(grafik)!r}"/></c:scaling>'
        f'<c:delete val="1"/><c:axPos val="{"b" if batang else "l"}"/>{title}'
        '<c:numFmt formatCode="General" sourceLinked="1"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:crossAx val="{_CAT_AX_ID}"/><c:crosses val="{"max" if batang else "autoZero"}"/>'
        '<c:crossBetween val="between"/></c:valAx>'
    )
