"""Native Word charts (lkj_excel.report.docx.grafik), read back as Word and LibreOffice read them.

A document gets two column charts and two bar charts, with a python-docx picture
between them, is saved and opened again: the chart parts, their relationships and
embedded workbooks, the drawing ids, the cached numbers and labels, and the order of
every element of the chart XML (which Word, unlike LibreOffice, holds to the schema)
are checked. Where LibreOffice is installed, the document is printed to PDF and the
labels, categories and legend are looked for in the printed text.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess

import docx
import pytest
from docx.enum.shape import WD_INLINE_SHAPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsmap, qn
from docx.shared import Cm
from lxml import etree
from openpyxl import load_workbook

from lkj_excel.report.docx.grafik import Grafik, Seri, sisipkan_grafik
from lkj_excel.report.libreoffice import convert_to_pdf, find_soffice

SOFFICE = find_soffice()
NS = {"c": nsmap["c"], "a": nsmap["a"], "r": nsmap["r"]}


def needs_libreoffice(test):
    """A test that prints the document with LibreOffice; skipped, saying why, where there is none."""
    reason = "LibreOffice (soffice) is not installed: the printed charts are not checked"
    return pytest.mark.office(pytest.mark.skipif(SOFFICE is None, reason=reason)(test))


def persen(v: float | None) -> str:
    return "" if v is None else f"{v:.2f}".replace(".", ",") + "%"


def kolom(target: list[float | None], realisasi: list[float | None], **kw) -> Grafik:
    tahun = ["2021", "2022", "2023", "2024"][:len(target)]
    return Grafik(tahun, [Seri("Target", target, [persen(v) for v in target], "9DC3E6"),
                          Seri("Realisasi", realisasi, [persen(v) for v in realisasi], "2F5597")], **kw)


INDIKATOR = [
    "Indeks Kepuasan Masyarakat terhadap pelayanan publik di lingkungan Pemerintah Kabupaten",
    "Program & kegiatan <prioritas> yang tepat waktu",
    "Nilai SAKIP",
]
CHARTS = [
    kolom([90.0, 92.5, 95.0, 97.0], [94.05, None, 101.25, 88.4], judul_sumbu="Persen (%)"),
    kolom([3.0, 3.5, 4.0], [2.75, 3.8, -1.5], maks=6.0),
    Grafik(INDIKATOR, [Seri("2023", [98.5, 104.2, None], ["98,50%", "104,20%", ""], "9DC3E6"),
                       Seri("Realisasi & <Target>", [101.3, 110.0, 87.6], ["101,30%", "", "87,60%"], "2F5597")],
           arah="batang", tinggi_cm=9.0, judul_sumbu="Capaian (%)"),
    Grafik(["Predikat"], [Seri("Target", [5], ["BB"], "9DC3E6"), Seri("Realisasi", [4], ["B"], "2F5597")],
           arah="batang", lebar_cm=12.0, tinggi_cm=4.0, maks=8, font="Arial", ukuran_font=8.5),
]


def tiny_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return buffer.getvalue()


def build(path) -> None:
    """The test document: a heading, the charts in their own paragraphs, a picture after the second."""
    document = docx.Document()
    document.add_paragraph("Grafik uji")
    for i, grafik in enumerate(CHARTS):
        sisipkan_grafik(document.add_paragraph(), grafik)
        if i == 1:
            document.add_paragraph().add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(1))
    document.save(str(path))


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    path = tmp_path_factory.mktemp("grafik") / "grafik.docx"
    build(path)
    return path


@pytest.fixture(scope="module")
def document(saved):
    return docx.Document(str(saved))


def chart_parts(document) -> list:
    """The chart parts in the order of the drawings in the body."""
    ids = document.element.body.xpath(".//c:chart/@r:id")
    return [document.part.related_parts[rid] for rid in ids]


def chart_xml(part) -> etree._Element:
    return etree.fromstring(part.blob)


def series(part) -> list[etree._Element]:
    return chart_xml(part).findall(".//c:ser", NS)


def values(ser, path: str) -> list[str]:
    return [v.text or "" for v in ser.findall(path, NS)]


# --------------------------------------------------------------------------- package


def test_chart_parts_are_named_typed_and_related_from_the_document(document):
    parts = chart_parts(document)
    assert [str(p.partname) for p in parts] == [f"/word/charts/chart{n}.xml" for n in range(1, 5)]
    assert {p.content_type for p in parts} == {CT.DML_CHART}
    chart_rels = [r for r in document.part.rels.values() if r.reltype == RT.CHART]
    assert sorted(r.target_part.partname for r in chart_rels) == sorted(p.partname for p in parts)


def test_inline_drawings_have_the_requested_size(document):
    shapes = [s for s in document.inline_shapes if s.type == WD_INLINE_SHAPE.CHART]
    assert [(s.width, s.height) for s in shapes] == [(Cm(g.lebar_cm), Cm(g.tinggi_cm)) for g in CHARTS]
    inline = document.element.body.find(".//" + qn("wp:inline"))
    assert [etree.QName(c).localname for c in inline] == ["extent", "effectExtent", "docPr", "cNvGraphicFramePr",
                                                          "graphic"]


def test_drawing_ids_are_unique_across_charts_and_pictures(document):
    ids = [int(i) for i in document.element.body.xpath(".//wp:docPr/@id")]
    assert len(ids) == len(CHARTS) + 1
    assert len(set(ids)) == len(ids)


def test_each_chart_embeds_its_data_as_a_workbook(document):
    for n, (part, grafik) in enumerate(zip(chart_parts(document), CHARTS, strict=True), start=1):
        (rel,) = part.rels.values()
        assert rel.reltype == RT.PACKAGE
        assert str(rel.target_part.partname) == f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"
        assert rel.target_part.content_type == CT.SML_SHEET
        external = chart_xml(part).find("c:externalData", NS)
        assert external.get(qn("r:id")) == rel.rId
        assert external.find("c:autoUpdate", NS).get("val") == "0"

        sheet = load_workbook(io.BytesIO(rel.target_part.blob))["Sheet1"]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert rows[0] == [None, *(s.nama for s in grafik.seri)]
        assert [r[0] for r in rows[1:]] == list(grafik.kategori)
        for col, seri in enumerate(grafik.seri, start=1):
            assert [r[col] for r in rows[1:]] == list(seri.nilai)


def test_a_reopened_document_takes_further_charts_after_its_own(saved, tmp_path):
    document = docx.Document(str(saved))
    sisipkan_grafik(document.add_paragraph(), CHARTS[0])
    path = tmp_path / "lagi.docx"
    document.save(str(path))
    again = docx.Document(str(path))
    names = [str(p.partname) for p in chart_parts(again)]
    assert names[-1] == "/word/charts/chart5.xml" and len(set(names)) == 5
    assert str(next(iter(chart_parts(again)[-1].rels.values())).target_part.partname).endswith("Worksheet5.xlsx")
    ids = again.element.body.xpath(".//wp:docPr/@id")
    assert len(set(ids)) == len(ids) == 6


# --------------------------------------------------------------------------- the data


def test_caches_hold_the_names_categories_and_values(document):
    for part, grafik in zip(chart_parts(document), CHARTS, strict=True):
        n = len(grafik.kategori)
        for col, (ser, seri) in enumerate(zip(series(part), grafik.seri, strict=True)):
            letter = "ABCD"[col + 1]
            assert ser.findtext("c:tx/c:strRef/c:f", namespaces=NS) == f"Sheet1!${letter}$1"
            assert values(ser, "c:tx/c:strRef/c:strCache/c:pt/c:v") == [seri.nama]
            assert ser.findtext("c:cat/c:strRef/c:f", namespaces=NS) == f"Sheet1!$A$2:$A${n + 1}"
            assert ser.find("c:cat/c:strRef/c:strCache/c:ptCount", NS).get("val") == str(n)
            assert values(ser, "c:cat/c:strRef/c:strCache/c:pt/c:v") == list(grafik.kategori)
            num = ser.find("c:val/c:numRef", NS)
            assert num.findtext("c:f", namespaces=NS) == f"Sheet1!${letter}$2:${letter}${n + 1}"
            assert num.find("c:numCache/c:ptCount", NS).get("val") == str(n)
            cached = {int(pt.get("idx")): float(pt.findtext("c:v", namespaces=NS))
                      for pt in num.findall("c:numCache/c:pt", NS)}
            assert cached == {i: v for i, v in enumerate(seri.nilai) if v is not None}


def test_labels_are_the_callers_text_and_points_without_one_get_none(document):
    for part, grafik in zip(chart_parts(document), CHARTS, strict=True):
        for ser, seri in zip(series(part), grafik.seri, strict=True):
            labels = {int(d.find("c:idx", NS).get("val")): "".join(values(d, "c:tx/c:rich//a:t"))
                      for d in ser.findall("c:dLbls/c:dLbl", NS)}
            assert labels == {i: t for i, (v, t) in enumerate(zip(seri.nilai, seri.label, strict=True)) if v is not None and t}
            for d in ser.findall("c:dLbls/c:dLbl", NS):
                flags = {etree.QName(e).localname: e.get("val") for e in d if etree.QName(e).localname.startswith("show")}
                assert flags == {"showLegendKey": "0", "showVal": "1", "showCatName": "0", "showSerName": "0",
                                 "showPercent": "0", "showBubbleSize": "0"}
                assert d.find("c:dLblPos", NS).get("val") == "outEnd"
            assert ser.find("c:dLbls/c:showVal", NS).get("val") == "0"


def test_xml_special_characters_survive(document):
    part = chart_parts(document)[2]
    assert values(series(part)[1], "c:tx/c:strRef/c:strCache/c:pt/c:v") == ["Realisasi & <Target>"]
    assert values(series(part)[0], "c:cat/c:strRef/c:strCache/c:pt/c:v")[1] == "Program & kegiatan <prioritas> yang tepat waktu"
    assert b"&amp;" in part.blob and b"&lt;prioritas&gt;" in part.blob


def test_control_characters_are_dropped_from_the_xml(tmp_path):
    document = docx.Document()
    sisipkan_grafik(document.add_paragraph(), Grafik(["Satu\x0bdua"], [Seri("A\x01", [1.0], ["1"], "2F5597")]))
    (part,) = chart_parts(document)
    assert values(series(part)[0], "c:cat/c:strRef/c:strCache/c:pt/c:v") == ["Satudua"]


# --------------------------------------------------------------------------- the look


def test_columns_and_bars(document):
    for part, grafik in zip(chart_parts(document), CHARTS, strict=True):
        xml = chart_xml(part)
        batang = grafik.arah == "batang"
        bar_chart = xml.find(".//c:barChart", NS)
        assert bar_chart.find("c:barDir", NS).get("val") == ("bar" if batang else "col")
        assert bar_chart.find("c:grouping", NS).get("val") == "clustered"
        assert bar_chart.find("c:varyColors", NS).get("val") == "0"
        assert [s.find("c:spPr/a:solidFill/a:srgbClr", NS).get("val") for s in bar_chart.findall("c:ser", NS)] == \
            [s.warna for s in grafik.seri]
        cat_ax, val_ax = xml.find(".//c:catAx", NS), xml.find(".//c:valAx", NS)
        # Bars read from the top in the given order; the value axis crosses at the bottom.
        assert cat_ax.find("c:scaling/c:orientation", NS).get("val") == ("maxMin" if batang else "minMax")
        assert val_ax.find("c:crosses", NS).get("val") == ("max" if batang else "autoZero")
        assert cat_ax.find("c:delete", NS).get("val") == "0"


def test_value_axis_is_deleted_without_gridlines_and_keeps_its_scale(document):
    for part, grafik in zip(chart_parts(document), CHARTS, strict=True):
        val_ax = chart_xml(part).find(".//c:valAx", NS)
        assert val_ax.find("c:delete", NS).get("val") == "1"
        assert chart_xml(part).find(".//c:majorGridlines", NS) is None
        top = float(val_ax.find("c:scaling/c:max", NS).get("val"))
        bottom = float(val_ax.find("c:scaling/c:min", NS).get("val"))
        values_ = [v for s in grafik.seri for v in s.nilai if v is not None]
        assert top == grafik.maks if grafik.maks is not None else top > max(values_)
        assert bottom == 0 if min(values_) >= 0 else bottom < min(values_)


def test_axis_title_only_when_asked(document):
    for part, grafik in zip(chart_parts(document), CHARTS, strict=True):
        title = chart_xml(part).find(".//c:valAx/c:title", NS)
        if grafik.judul_sumbu:
            assert "".join(values(title, ".//a:t")) == grafik.judul_sumbu
        else:
            assert title is None


def test_no_title_no_border_legend_below_one_font(document):
    for part, grafik in zip(chart_parts(document), CHARTS, strict=True):
        xml = chart_xml(part)
        assert xml.find("c:chart/c:autoTitleDeleted", NS).get("val") == "1"
        assert xml.find("c:chart/c:title", NS) is None
        assert xml.find("c:spPr/a:ln/a:noFill", NS) is not None
        assert xml.find("c:chart/c:legend/c:legendPos", NS).get("val") == "b"
        default = xml.find("c:txPr/a:p/a:pPr/a:defRPr", NS)
        assert default.get("sz") == str(round(grafik.ukuran_font * 100))
        assert {e.get("typeface") for e in xml.iter(qn("a:latin"))} == {grafik.font}


# --------------------------------------------------------------------------- schema order

# Children of each element written, in the order of its schema sequence (ECMA-376
# dml-chart.xsd and dml-main.xsd); "x|y" is a choice. An element with children that
# is missing here fails the test, so that new XML gets its order written down too.
SEQUENCES = {
    "c:chartSpace": "c:date1904 c:lang c:roundedCorners mc:AlternateContent c:style c:clrMapOvr c:pivotSource "
                    "c:protection c:chart c:spPr c:txPr c:externalData c:printSettings c:userShapes c:extLst",
    "c:chart": "c:title c:autoTitleDeleted c:pivotFmts c:view3D c:floor c:sideWall c:backWall c:plotArea c:legend "
               "c:plotVisOnly c:dispBlanksAs c:showDLblsOverMax c:extLst",
    "c:plotArea": "c:layout c:barChart c:catAx|c:valAx c:dTable c:spPr c:extLst",
    "c:barChart": "c:barDir c:grouping c:varyColors c:ser c:dLbls c:gapWidth c:overlap c:serLines c:axId c:extLst",
    "c:ser": "c:idx c:order c:tx c:spPr c:invertIfNegative c:pictureOptions c:dPt c:dLbls c:trendline c:errBars "
             "c:cat c:val c:shape c:extLst",
    "c:dLbls": "c:dLbl c:delete c:numFmt c:spPr c:txPr c:dLblPos c:showLegendKey c:showVal c:showCatName "
               "c:showSerName c:showPercent c:showBubbleSize c:separator c:showLeaderLines c:leaderLines c:extLst",
    "c:dLbl": "c:idx c:delete c:layout c:tx c:numFmt c:spPr c:txPr c:dLblPos c:showLegendKey c:showVal "
              "c:showCatName c:showSerName c:showPercent c:showBubbleSize c:separator c:extLst",
    "c:catAx": "c:axId c:scaling c:delete c:axPos c:majorGridlines c:minorGridlines c:title c:numFmt "
               "c:majorTickMark c:minorTickMark c:tickLblPos c:spPr c:txPr c:crossAx c:crosses|c:crossesAt c:auto "
               "c:lblAlgn c:lblOffset c:tickLblSkip c:tickMarkSkip c:noMultiLvlLbl c:extLst",
    "c:valAx": "c:axId c:scaling c:delete c:axPos c:majorGridlines c:minorGridlines c:title c:numFmt "
               "c:majorTickMark c:minorTickMark c:tickLblPos c:spPr c:txPr c:crossAx c:crosses|c:crossesAt "
               "c:crossBetween c:majorUnit c:minorUnit c:dispUnits c:extLst",
    "c:scaling": "c:logBase c:orientation c:max c:min c:extLst",
    "c:title": "c:tx c:layout c:overlay c:spPr c:txPr c:extLst",
    "c:legend": "c:legendPos c:legendEntry c:layout c:overlay c:spPr c:txPr c:extLst",
    "c:tx": "c:strRef|c:rich|c:v",
    "c:cat": "c:strRef",
    "c:val": "c:numRef",
    "c:strRef": "c:f c:strCache c:extLst",
    "c:numRef": "c:f c:numCache c:extLst",
    "c:strCache": "c:ptCount c:pt c:extLst",
    "c:numCache": "c:formatCode c:ptCount c:pt c:extLst",
    "c:pt": "c:v",
    "c:externalData": "c:autoUpdate",
    "c:spPr": "a:xfrm a:custGeom|a:prstGeom a:noFill|a:solidFill|a:gradFill|a:blipFill|a:pattFill|a:grpFill a:ln "
              "a:effectLst|a:effectDag a:scene3d a:sp3d a:extLst",
    "a:ln": "a:noFill|a:solidFill|a:gradFill|a:pattFill a:prstDash|a:custDash a:round|a:bevel|a:miter a:headEnd "
            "a:tailEnd a:extLst",
    "a:solidFill": "a:srgbClr",
    "c:txPr": "a:bodyPr a:lstStyle a:p",
    "c:rich": "a:bodyPr a:lstStyle a:p",
    "a:p": "a:pPr a:r|a:br|a:fld a:endParaRPr",
    "a:pPr": "a:lnSpc a:spcBef a:spcAft a:buClrTx|a:buClr a:buSzTx|a:buSzPct|a:buSzPts a:buFontTx|a:buFont "
             "a:buNone|a:buAutoNum|a:buChar|a:buBlip a:tabLst a:defRPr a:extLst",
    "a:r": "a:rPr a:t",
    "a:rPr": "a:ln a:noFill|a:solidFill|a:gradFill|a:blipFill|a:pattFill|a:grpFill a:effectLst|a:effectDag "
             "a:highlight a:uLnTx|a:uLn a:uFillTx|a:uFill a:latin a:ea a:cs a:sym a:hlinkClick a:hlinkMouseOver "
             "a:rtl a:extLst",
}
SEQUENCES["a:defRPr"] = SEQUENCES["a:rPr"]
PREFIXES = {v: k for k, v in {**NS, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}.items()}


def prefixed(element) -> str:
    name = etree.QName(element)
    return f"{PREFIXES[name.namespace]}:{name.localname}"


def order_errors(root) -> list[str]:
    errors = []
    for element in root.iter():
        children = [prefixed(c) for c in element]
        if not children:
            continue
        sequence = SEQUENCES.get(prefixed(element))
        if sequence is None:
            errors.append(f"{prefixed(element)}: no sequence written down for its children {children}")
            continue
        rank = {name: i for i, names in enumerate(sequence.split()) for name in names.split("|")}
        ranks = [rank.get(c, -1) for c in children]
        if -1 in ranks or ranks != sorted(ranks):
            errors.append(f"{prefixed(element)}: children {children} out of the order {sequence}")
    return errors


def test_chart_xml_follows_the_schema_order(document):
    for part in chart_parts(document):
        assert order_errors(chart_xml(part)) == []


def test_the_order_check_catches_a_misplaced_element(document):
    xml = chart_xml(chart_parts(document)[0])
    dlbl = xml.find(".//c:dLbl", NS)
    dlbl.append(dlbl.find("c:dLblPos", NS))  # after showBubbleSize: Word would refuse the file
    assert any(e.startswith("c:dLbl:") for e in order_errors(xml))


# --------------------------------------------------------------------------- checks and speed


@pytest.mark.parametrize(("grafik", "pesan"), [
    (Grafik([], [Seri("A", [], [], "2F5597")]), "sedikitnya satu kategori"),
    (Grafik(["2024"], []), "sedikitnya satu seri"),
    (Grafik(["2023", "2024"], [Seri("A", [1.0], ["1"], "2F5597")]), "2 nilai dan 2 label"),
    (Grafik(["2024"], [Seri("A", [1.0], [], "2F5597")]), "1 nilai dan 1 label"),
    (Grafik(["2024"], [Seri("A", [1.0], ["1"], "#2F5597")]), "heksadesimal"),
    (Grafik(["2024"], [Seri("A", [math.nan], ["1"], "2F5597")]), "harus berupa angka"),
    (Grafik(["2024"], [Seri("A", ["1"], ["1"], "2F5597")]), "harus berupa angka"),
    (Grafik([2024], [Seri("A", [1.0], ["1"], "2F5597")]), "harus berupa teks"),
    (Grafik(["2024"], [Seri("A", [1.0], ["1"], "2F5597")], arah="lingkaran"), "tidak dikenal"),
    (Grafik(["2024"], [Seri("A", [1.0], ["1"], "2F5597")], tinggi_cm=0), "lebih dari nol"),
    (Grafik(["2024"], [Seri("A", [1.0], ["1"], "2F5597")], ukuran_font=0.5), "ukuran hurufnya"),
    (Grafik(["2024"], [Seri("A", [1.0], ["1"], "2F5597")], maks=0), "maks"),
])
def test_charts_that_cannot_be_drawn_are_refused(grafik, pesan):
    document = docx.Document()
    paragraph = document.add_paragraph()
    with pytest.raises(ValueError, match=pesan):
        sisipkan_grafik(paragraph, grafik)
    assert paragraph.runs == [] and not [r for r in document.part.rels.values() if r.reltype == RT.CHART]


# --------------------------------------------------------------------------- printed by LibreOffice


@needs_libreoffice
def test_libreoffice_prints_the_labels_categories_and_legend(saved, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the printed charts are not checked")
    pdf = convert_to_pdf(saved, tmp_path, timeout=120)
    assert pdf is not None
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    words = set(re.findall(r"\S+", text))
    for grafik in CHARTS:
        for seri in grafik.seri:
            assert seri.nama in text
            assert {label for label in seri.label if label} <= words
        for kategori in grafik.kategori:
            assert kategori.split()[-1] in words  # long names are wrapped over lines
        assert grafik.judul_sumbu in text
    assert "Nilai SAKIP" in text and "<prioritas>" in text
    assert "94.05" not in text and "101.25" not in text  # no axis numbers in the viewer's locale
