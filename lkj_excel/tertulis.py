"""Stated figures: what the agency writes beside a figure the tool derives, paired with that figure.

An agency states its own figures in three places: in a tool-filled (grey) column of an input sheet
(a clerk pastes last year's table, percentages included, over the template's formulas), in the
optional columns Kategori Tertulis and Capaian Tertulis of sheets Realisasi and Operasional, and on
sheet AngkaTertulis (per sasaran, and one row per indicator figure without a column of its own: its
comparisons with the Renstra end target, the national standard and an earlier year). Nothing typed
there is dropped: the reader keeps it (:func:`nilai_otomatis`, :func:`baris_angka_tertulis`), and
:func:`padanan` sets every stated figure beside the derived one, with how the report prints it, the
cell it was typed in and the name of the derived figure (its home in the output workbook). The audit
(``audit_tertulis``) compares each pair at printed precision; the output workbook links the finding
to the cell that shows the computed value.

Pure: no I/O, no formatting of the report; every derived value comes from ``rules.Hasil``.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import model as m
from . import schema as sc
from .angka import AngkaTidakTerbaca, baca_angka, bersihkan_teks
from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan
from .rules import Hasil, HasilIndikator, kategori, kategori_dari_penuh

__all__ = ["Padanan", "padanan", "nilai_otomatis", "baris_angka_tertulis", "KOLOM_OTOMATIS"]

KOLOM_OTOMATIS = {(sc.ANGGARAN.nama, "penyerapan"), (sc.REALISASI.nama, "indikator"), (sc.TRIWULAN.nama, "indikator")}
"""Every tool-filled column of the input sheets whose content is read as the agency's stated value
(a test proves that no tool-filled column of the schema is left out)."""

PERSEN, RUPIAH, NILAI, SELISIH, ANGKA, LABEL, TEKS = "persen", "rupiah", "nilai", "selisih", "angka", "label", "teks"
"""How a figure is printed, hence compared: a percentage, whole Rupiah, a value with its unit, a difference
in a unit, a plain number (all at the percent decimals of Pengaturan but Rupiah), a category, a name."""


# --------------------------------------------------------------------------- reading


def nilai_otomatis(sheet: sc.Lembar, otomatis: dict[str, tuple[object, str]], key: str,
                   temuan: DaftarTemuan) -> object:
    """The stated value typed in tool-filled column ``key`` of one row (``reader.Record.otomatis``).

    A number for a numeric column, a text for a text column; text in a numeric column is kept as it
    is and warned of (it cannot be compared). None where the cell is empty.
    """
    if key not in otomatis:
        return None
    raw, where = otomatis[key]
    col = sheet.kolom_by_key(key)
    if col.tipe not in (sc.PERSEN, sc.ANGKA, sc.RUPIAH):
        return bersihkan_teks(raw) if isinstance(raw, str) else str(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    try:
        value = baca_angka(raw)
    except AngkaTidakTerbaca:
        value = None
    if value is None:
        isi = f'"{bersihkan_teks(raw)}"' if isinstance(raw, str) else str(raw)
        temuan.catat(P.NILAI_OTOMATIS_TIDAK_TERBACA, where, kolom=col.header, isi=isi, ditemukan=isi, diharapkan="angka")
        return bersihkan_teks(raw) if isinstance(raw, str) else raw
    return value


def baris_angka_tertulis(records: list, kode_sasaran: dict, indikator: dict, operasional: list[m.IndikatorOperasional],
                         temuan: DaftarTemuan) -> tuple[list[m.AngkaTertulis], list[m.AngkaIndikatorTertulis]]:
    """The rows of sheet AngkaTertulis (``reader.Record``): the figures per sasaran and per indicator.

    A row with a Kode Sasaran states the sasaran's figures; one with a Kode Indikator (of sheet PK or
    Operasional) one figure of that indicator. A row with figures but neither code, an unknown code, or
    an indicator row without its figure or value is reported, never passed over in silence.
    """
    kode_op = {o.kode for o in operasional if o.kode}
    sasaran_rows: list[m.AngkaTertulis] = []
    indikator_rows: list[m.AngkaIndikatorTertulis] = []
    sasaran_fields = ("capaian", "anggaran", "realisasi_anggaran", "penyerapan", "efisiensi", "kategori", "nilai_efisiensi")
    for r in records:
        v, c = r.values, r.cells
        ks, ki = v.get("kode_sasaran"), v.get("kode_indikator")
        if ks:
            if ks not in kode_sasaran:
                temuan.catat(P.KODE_TIDAK_DIKENAL, c["kode_sasaran"], varian="sasaran", kode=ks, ditemukan=ks)
            else:
                sasaran_rows.append(m.AngkaTertulis(kode_sasaran=ks, cells=c, **{k: v.get(k) for k in sasaran_fields}))
        if ki:
            if ki not in indikator and ki not in kode_op:
                temuan.catat(P.KODE_TIDAK_DIKENAL, c["kode_indikator"], varian="indikator", kode=ki, ditemukan=ki)
                continue
            besaran = v.get("besaran")
            if besaran is None:
                temuan.catat(P.BARIS_ANGKA_TERTULIS_TIDAK_LENGKAP, c["besaran"], varian="tanpa_besaran", kode=ki,
                             pilihan=", ".join(k for k, _ in sc.BESARAN_INDIKATOR))
                continue
            kolom = "kategori" if besaran.endswith("_kategori") else "nilai"  # a category is a label: column Kategori
            if v.get(kolom) is None:
                label = sc.ANGKA_TERTULIS.kolom_by_key("besaran").label_dari(besaran)
                temuan.catat(P.BARIS_ANGKA_TERTULIS_TIDAK_LENGKAP, c[kolom], varian="tanpa_nilai", kode=ki, besaran=label)
                continue
            indikator_rows.append(m.AngkaIndikatorTertulis(kode_indikator=ki, besaran=besaran, nilai=v[kolom],
                                                           tahun=v.get("tahun_pembanding"),
                                                           cells={**c, "nilai": c[kolom]}))
        elif not ks and any(v.get(k) is not None for k in (*sasaran_fields, "besaran", "nilai")):
            first = next(k for k in (*sasaran_fields, "besaran", "nilai") if v.get(k) is not None)
            temuan.catat(P.BARIS_ANGKA_TERTULIS_TIDAK_LENGKAP, c[first], varian="tanpa_kode")
    return sasaran_rows, indikator_rows


# --------------------------------------------------------------------------- pairing


@dataclass(frozen=True)
class Padanan:
    """One stated figure beside the derived figure it states.

    Attributes:
        apa: what the figure is, to open a sentence: ``Penyerapan anggaran program "Rehabilitasi Sosial"``.
        tertulis: the value as typed.
        dihitung: the derived value (None where the tool derives no such figure: see ``sebab``).
        sel: the cell it was typed in.
        terkait: the input cells the derived value comes from.
        cetak: how the figure is printed (``PERSEN``, ``RUPIAH``, ...).
        satuan: the unit of a ``NILAI`` or ``SELISIH``.
        nama: the environment name of the derived figure (``rules``), hence its cell in the output workbook.
        salinan: an input cell whose copy in the output workbook shows the derived value (a name).
        kolom: the header of the tool-filled column typed over ("" for a column meant for stated figures).
        sebab: why the tool derives no such figure (with ``dihitung`` None).
    """

    apa: str
    tertulis: object
    dihitung: object
    sel: str | None
    terkait: tuple[str | None, ...] = ()
    cetak: str = PERSEN
    satuan: str | None = None
    nama: str | None = None
    salinan: str | None = None
    kolom: str = ""
    sebab: str = ""


def _indikator_teks(ind: m.Indikator) -> str:
    if isinstance(ind, m.IndikatorOperasional):
        kode = f"{ind.kode} " if ind.kode else ""
        return f'indikator operasional Eselon {ind.eselon} {kode}"{ind.nama}"'
    return f'indikator {ind.kode} "{ind.nama}"'


def _kolom_otomatis(lkjip: m.LKjIP, hasil: Hasil) -> list[Padanan]:
    out = []
    header = sc.ANGGARAN.kolom_by_key("penyerapan").header
    for p, hp in zip(lkjip.program, hasil.program):
        if p.penyerapan_tertulis is None or isinstance(p.penyerapan_tertulis, str):
            continue  # a text there was warned of when read
        out.append(Padanan(f"Penyerapan anggaran {p.sebutan()}", p.penyerapan_tertulis, hp.penyerapan, p.cells.get("penyerapan"),
                           (p.cells.get("realisasi"), p.cells.get("anggaran")), PERSEN, nama=hp.env_name("penyerapan"),
                           kolom=header))
    header = sc.REALISASI.kolom_by_key("indikator").header
    for row in lkjip.realisasi:
        ind = lkjip.indikator_by_kode(row.kode_indikator)
        if row.indikator_tertulis is None or ind is None:
            continue
        out.append(Padanan(f"Nama indikator {ind.kode} pada baris tahun {row.tahun}", str(row.indikator_tertulis), ind.nama,
                           row.cells.get("indikator"), (ind.cells.get("nama"), row.cells.get("kode_indikator")), TEKS,
                           salinan=ind.cells.get("nama"), kolom=header))
    header = sc.TRIWULAN.kolom_by_key("indikator").header
    for tw in lkjip.triwulan:
        pair = _indikator(lkjip, hasil, tw.kode)
        if tw.indikator_tertulis is None or pair is None:
            continue
        ind = pair[0]
        out.append(Padanan(f"Nama indikator {tw.kode} pada lembar {sc.TRIWULAN.nama}", str(tw.indikator_tertulis), ind.nama,
                           tw.cells.get("indikator"), (ind.cells.get("nama"), tw.cells.get("kode")), TEKS,
                           salinan=ind.cells.get("nama"), kolom=header))
    return out


def _baris_indikator(lkjip: m.LKjIP, hasil: Hasil) -> list[tuple[m.Indikator, HasilIndikator, m.Realisasi]]:
    out = []
    for row in lkjip.realisasi:
        ind = lkjip.indikator_by_kode(row.kode_indikator)
        hi = hasil.indikator_by_kode(row.kode_indikator)
        if ind is not None and hi is not None:
            out.append((ind, hi, row))
    for o, ho in zip(lkjip.operasional, hasil.operasional):
        out += [(o, ho, row) for row in o.baris_realisasi(hasil.tahun)]
    return out


def _kategori_tertulis(lkjip: m.LKjIP, hasil: Hasil) -> list[Padanan]:
    """The category stated per indicator and year (sheets Realisasi and Operasional)."""
    out = []
    for ind, hi, row in _baris_indikator(lkjip, hasil):
        if row.kategori_tertulis is None:
            continue
        ht = hi.tahun(row.tahun)
        if ht is None:
            continue
        ini = row.tahun == hasil.tahun
        dihitung = hi.kategori if ini else kategori(_capaian_kategori(hasil, ht, lkjip.pengaturan), lkjip.pengaturan)
        dihitung_dari = row.realisasi_pembilang is not None and row.realisasi_penyebut is not None
        sel_realisasi = row.cells.get("realisasi_pembilang" if dihitung_dari else "realisasi")
        sel_target = ind.cells.get("target") if ini else row.cells.get("target")
        out.append(Padanan(f"Kategori capaian {row.tahun} {_indikator_teks(ind)}", row.kategori_tertulis, dihitung,
                           row.cells.get("kategori_tertulis"), (sel_realisasi, sel_target), LABEL,
                           nama=hi.env_name("kategori") if ini else ht.env_name("capaian"),
                           sebab="" if ht.capaian is not None else "capaiannya tidak dapat dihitung"))
    return out


def _capaian_kategori(hasil: Hasil, ht, p: m.Pengaturan) -> float | None:
    """The capaian a year's category is taken from, as the rules take it for the report year: the one before the
    cap where Pengaturan says so (``kategori_dari="penuh"``), else the printed one."""
    nama = ht.env_name("capaian_penuh")
    if kategori_dari_penuh(p) and nama in hasil.env:
        return hasil.env.value(nama)
    return ht.capaian


def _sasaran_tertulis(lkjip: m.LKjIP, hasil: Hasil) -> list[Padanan]:
    """The figures per sasaran of sheet AngkaTertulis that the older checks do not cover: kategori and efficiency value."""
    out = []
    for at in lkjip.angka_tertulis:
        hs = hasil.sasaran_by_kode(at.kode_sasaran)
        if hs is None:
            continue
        nama = f'sasaran {hs.kode} "{hs.nama}"'
        if at.kategori is not None:
            out.append(Padanan(f"Kategori capaian {nama}", at.kategori, hs.kategori, at.cells.get("kategori"), (), LABEL,
                               nama=hs.env_name("kategori")))
        if at.nilai_efisiensi is not None:
            cetak = PERSEN if hs.metode_efisiensi == "penghematan" else ANGKA
            out.append(Padanan(f"Nilai efisiensi {nama}", at.nilai_efisiensi, hs.nilai_efisiensi, at.cells.get("nilai_efisiensi"),
                               (), cetak, nama=hs.env_name(f"efisiensi_{hs.metode_efisiensi}")))
    return out


def _indikator(lkjip: m.LKjIP, hasil: Hasil, kode: str) -> tuple[m.Indikator, HasilIndikator] | None:
    ind, hi = lkjip.indikator_by_kode(kode), hasil.indikator_by_kode(kode)
    if ind is not None and hi is not None:
        return ind, hi
    return next(((o, ho) for o, ho in zip(lkjip.operasional, hasil.operasional) if o.kode == kode), None)


_BANDING_TAHUN = {"realisasi_rasio", "realisasi_selisih", "capaian_rasio", "capaian_selisih"}


def _satu_angka_indikator(lkjip: m.LKjIP, hasil: Hasil, ai: m.AngkaIndikatorTertulis) -> Padanan | None:
    pair = _indikator(lkjip, hasil, ai.kode_indikator)
    if pair is None:
        return None
    ind, hi = pair
    b = ai.besaran
    tahun = ai.tahun or hasil.tahun - 1
    label = sc.ANGKA_TERTULIS.kolom_by_key("besaran").label_dari(b).replace(" (%)", "").lower()
    label = label.replace("tahun pembanding", f"tahun {tahun}").replace("renstra", "Renstra")
    label = label[:1].upper() + label[1:]
    sel = ai.cells.get("nilai")
    if b in _BANDING_TAHUN:
        apa = f"{label} {_indikator_teks(ind)}"
        banding = next((x for x in hi.banding if x.tahun == tahun), None)
        if banding is None:
            return Padanan(apa, ai.nilai, None, sel, sebab=f"tidak ada realisasi tahun {tahun} sebagai pembanding")
        cetak = PERSEN if b.endswith("rasio") else SELISIH
        # a predikat's realisasi differs in ranks ("naik 1 tingkat"), a capaian in percentage points
        satuan = "%" if b == "capaian_selisih" else "tingkat" if hi.polaritas is m.Polaritas.PREDIKAT else hi.satuan
        return Padanan(apa, ai.nilai, getattr(banding, b), sel, cetak=cetak, satuan=satuan, nama=banding.env_name(b))
    apa = f"{label} {_indikator_teks(ind)}"
    if b.startswith("renstra"):
        br = hi.renstra
        if br is None or br.basis is None:
            sebab = ("indikator ini tidak terhubung ke indikator Renstra" if br is None
                     else "satuan realisasinya berbeda dengan satuan target akhir Renstra")
            return Padanan(apa, ai.nilai, None, sel, sebab=sebab)
        field = b.removeprefix("renstra_")
        cetak = {"persen": PERSEN, "sisa": SELISIH, "kategori": LABEL}[field]
        return Padanan(apa, ai.nilai, getattr(br, field, None), sel, cetak=cetak, satuan=br.satuan, nama=br.env_name(field))
    bs = getattr(hi, "standar", None)
    if bs is None:
        return Padanan(apa, ai.nilai, None, sel, sebab="standar nasional indikator ini tidak diisi pada lembar PK")
    field = b.removeprefix("standar_")
    cetak = {"persen": PERSEN, "selisih": SELISIH, "kategori": LABEL}[field]
    return Padanan(apa, ai.nilai, getattr(bs, field, None), sel, (ind.cells.get("standar_nasional"),), cetak=cetak,
                   satuan=hi.satuan, nama=bs.env_name(field))


def padanan(lkjip: m.LKjIP, hasil: Hasil) -> list[Padanan]:
    """Every stated figure of the workbook beside the derived one, in the order of the sheets.

    Covers the tool-filled columns (``KOLOM_OTOMATIS``), the stated category per indicator, and the
    figures of sheet AngkaTertulis that the audit's older checks (``audit.cek_angka_tertulis``) do not.
    """
    out = _kolom_otomatis(lkjip, hasil) + _kategori_tertulis(lkjip, hasil) + _sasaran_tertulis(lkjip, hasil)
    for ai in lkjip.angka_indikator_tertulis:
        pd = _satu_angka_indikator(lkjip, hasil, ai)
        if pd is not None:
            out.append(pd)
    return out
