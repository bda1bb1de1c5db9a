"""The tables of the report, in the order they appear (Tabel 2.1 to 3.12, and the Lampiran's).

Each builder takes the table's entry of the catalogue (:mod:`lkj_excel.report.katalog`): its
caption and number, and which sasaran, operational or supporting rows it shows.

Each builds its header rows (spans as :class:`.tata_tabel.SelKepala`) and body rows
from the context, every figure written by the context's number writers, and hands
them to :meth:`.dokumen.Dokumen.tabel`, which captions and lays them out.
"""

from __future__ import annotations

from ...angka import fmt_angka, fmt_angka_ringkas
from ...expr import is_number
from ...katalog_temuan import Audit
from ...model import IndikatorKinerja, Polaritas
from ...rules import HasilIndikator
from ..katalog import Entri, nama_tingkat, pakai_rumus
from .konteks import Konteks, angka
from .tata_tabel import SelKepala

_MIN_TEXT_COLUMN_CM = 2.3  # a text column narrower than this wraps nearly every word
_EARLIER_YEARS_IN_TABLE = 1  # earlier years in a sasaran's capaian table (more would not fit a portrait page)
_TAHUN_PENJELASAN = 3  # years in the explanation of formula indicators
_INDEN_TINGKAT_CM = 0.4  # a kegiatan's name under its program, a sub kegiatan's under its kegiatan
_MIN_NAMA_ANGGARAN_CM = 5.0  # the narrowest the names of a budget table with levels may be on a portrait page
_JUDUL_NILAI_EFISIENSI = {"rasio": "Indeks Efisiensi", "selisih": "Selisih (poin)",
                          "pmk249": "Nilai Efisiensi", "penghematan": "Penghematan", "indeks": "Indeks Efisiensi (IE)"}


def tabel_tujuan_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 2.1: tujuan, sasaran, strategi and arah kebijakan, the first three merged down."""
    baris, nomor, kunci = [], 0, None
    for r in k.lkjip.renstra:
        kunci_baru = (r.tujuan, r.sasaran, r.strategi)
        nomor = nomor + 1 if kunci_baru == kunci else 1
        kunci = kunci_baru
        baris.append([r.tujuan, r.sasaran, r.strategi, f"{nomor}. {r.arah_kebijakan}"])
    k.doc.tabel(e, [["Tujuan", "Sasaran", "Strategi", "Arah Kebijakan"]], baris, rata="llll", gabung=(0, 1, 2))


def tabel_indikator_renstra(k: Konteks, e: Entri) -> None:
    """Tabel 2.2: the Renstra indicators with a target per year (landscape when wide)."""
    d = k.doc
    years = list(range(k.identitas.renstra_awal, k.identitas.renstra_akhir + 1))
    n_nilai = len(years) + 2
    baris = []
    for r in k.lkjip.indikator_renstra:
        baris.append([r.tujuan, r.sasaran or "", r.nama, k.nilai(r.kondisi_awal, r.satuan),
                      *[k.nilai(r.target_tahunan.get(y), r.satuan) for y in years],
                      k.nilai(r.target_akhir, r.satuan)])
    kepala = [
        [SelKepala("Tujuan", baris=2), SelKepala("Sasaran", baris=2), SelKepala("Indikator", baris=2),
         SelKepala("Kondisi Awal"), SelKepala("Target Kinerja per Tahun", kolom=len(years)), SelKepala("Kondisi Akhir")],
        [str(k.identitas.renstra_awal - 1), *[str(y) for y in years], str(k.identitas.renstra_akhir)],
    ]
    # Too wide for a portrait page even with the text columns wrapped: a landscape page of its own.
    lanskap = 3 * _MIN_TEXT_COLUMN_CM + sum(d.lebar_minimum(kepala, baris)[3:]) > d.lebar_teks_tegak()
    if lanskap:
        d.bagian_lanskap()
    d.tabel(e, kepala, baris, rata="lll" + "c" * n_nilai,
            gabung=(0, 1), penuh=True)
    if lanskap:
        d.bagian_tegak()


def tabel_perjanjian_kinerja(k: Konteks, e: Entri | None, ikat_akhir: bool = False) -> None:
    """Tabel 2.3 (and the Lampiran's PK): sasaran, indikator, target; ``ikat_akhir`` keeps its end with what follows."""
    baris = []
    for nomor, s in enumerate(k.lkjip.sasaran, 1):
        for ind in s.indikator or [None]:
            if ind is None:
                baris.append([str(nomor), s.nama, "-", "-"])
            else:
                baris.append([str(nomor), s.nama, ind.nama, _target_pk(k, ind)])
    k.doc.tabel(e, [["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]], baris,
                rata="cllc", gabung=(0, 1), penuh=True, ikat_akhir=ikat_akhir)


def tabel_anggaran_program(k: Konteks, e: Entri | None, realisasi: bool = True, ikat_akhir: bool = False) -> None:
    """Tabel 2.4: budget and realisasi per program, with the total in bold; where the workbook has
    kegiatan and sub kegiatan (or codes), every level (see ``tabel_anggaran_bertingkat``).

    Without ``realisasi`` (the Lampiran's, as the Perjanjian Kinerja prints it): the programs only.
    """
    a = k.hasil.anggaran
    if realisasi and (len(k.lkjip.tingkat_anggaran()) > 1 or any(p.kode for p in k.lkjip.program)):
        tabel_anggaran_bertingkat(k, e, ikat_akhir)
        return
    program = list(enumerate(((k.hasil.program[i], i) for i in k.lkjip.program_utama()), 1))
    if realisasi:
        kepala = [["No", "Program", "Anggaran", "Realisasi", "Penyerapan", "Sumber Dana"]]
        baris = [[str(n), p.nama, k.rp_tabel(p.anggaran), k.rp_tabel(p.realisasi), k.persen(p.penyerapan),
                  _sumber_dana(k, i)] for n, (p, i) in program]
        jumlah = ["Jumlah", None, k.rp_tabel(a.anggaran), k.rp_tabel(a.realisasi), k.persen(a.penyerapan), ""]
        rata = "clrrcc"
    else:
        kepala = [["No", "Program", "Anggaran", "Sumber Dana"]]
        baris = [[str(n), p.nama, k.rp_tabel(p.anggaran), _sumber_dana(k, i)] for n, (p, i) in program]
        jumlah = ["Jumlah", None, k.rp_tabel(a.anggaran), ""]
        rata = "clrc"
    k.doc.tabel(e, kepala, baris, rata=rata, jumlah=jumlah, penuh=True, ikat_akhir=ikat_akhir)


def tabel_anggaran_bertingkat(k: Konteks, e: Entri | None, ikat_akhir: bool = False) -> None:
    """Tabel 2.4 with every level of the workbook: kegiatan and sub kegiatan indented under their
    program, with their codes where given; the programs, subtotals of their lines, in bold; a
    landscape page of its own when the names would be squeezed on a portrait one."""
    d, a = k.doc, k.hasil.anggaran
    berkode = any(p.kode for p in k.lkjip.program)
    kepala = [["Kode" if berkode else "No", nama_tingkat(k.lkjip, "/"), "Anggaran", "Realisasi", "Penyerapan",
               "Sumber Dana"]]
    baris, inden, tebal, nomor = [], {}, [], 0
    for i, (hp, p) in enumerate(zip(k.hasil.program, k.lkjip.program)):
        tingkat = len(k.lkjip.rantai(i)) - 1
        if tingkat == 0:
            nomor += 1
            tebal.append(len(baris))
        else:
            inden[(len(baris), 1)] = tingkat * _INDEN_TINGKAT_CM
        pertama = (p.kode or "") if berkode else (str(nomor) if tingkat == 0 else "")
        baris.append([pertama, hp.nama, k.rp_tabel(hp.anggaran), k.rp_tabel(hp.realisasi), k.persen(hp.penyerapan),
                      _sumber_dana(k, i)])
    jumlah = ["Jumlah", None, k.rp_tabel(a.anggaran), k.rp_tabel(a.realisasi), k.persen(a.penyerapan), ""]
    lebar = d.lebar_minimum(kepala, baris + [jumlah], inden)
    lanskap = sum(lebar) - lebar[1] + _MIN_NAMA_ANGGARAN_CM > d.lebar_teks_tegak()
    if lanskap:
        d.bagian_lanskap()
    d.tabel(e, kepala, baris, rata=("l" if berkode else "c") + "lrrcc", jumlah=jumlah, tebal_baris=tebal, inden=inden, penuh=True,
            ikat_akhir=ikat_akhir)
    if lanskap:
        d.bagian_tegak()


def _sumber_dana(k: Konteks, i: int) -> str:
    """The source of funds of budget line ``i``: its own, else those of its lines, else the agency's."""
    p = k.lkjip.program[i]
    if p.sumber_dana:
        return p.sumber_dana
    rincian = [q.sumber_dana for j, q in enumerate(k.lkjip.program) if q.sumber_dana and i in k.lkjip.rantai(j)[1:]]
    return ", ".join(dict.fromkeys(rincian)) or (k.identitas.sumber_anggaran or "").strip()


def tabel_pengukuran(k: Konteks, e: Entri) -> None:
    """Tabel 3.1: target, realisasi, capaian and category of every indicator."""
    baris = []
    for nomor, s in enumerate(k.lkjip.sasaran, 1):
        for ind in s.indikator:
            hi = k.hasil.indikator_by_kode(ind.kode)
            baris.append([str(nomor), s.nama, ind.nama, k.nilai(hi.target, ind.satuan),
                          k.nilai(hi.realisasi, ind.satuan), k.persen(hi.capaian), hi.kategori or "-"])
    k.doc.tabel(e, [["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
                  "Kategori"]],
                baris, rata="cllcccc", gabung=(0, 1), penuh=True)


def tabel_capaian_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 3.2: per indicator, earlier years, this year, and the comparison with last year."""
    indikator = indikator_sasaran(k, e.kode_sasaran)
    lalu = sorted({t.tahun for hi in indikator for t in hi.riwayat[:-1]})[-_EARLIER_YEARS_IN_TABLE:]
    kepala_1 = [SelKepala("Indikator Kinerja", baris=2)]
    kepala_2: list = []
    for y in lalu:
        kepala_1.append(SelKepala(str(y), kolom=2))
        kepala_2 += ["Realisasi", "Capaian"]
    kepala_1.append(SelKepala(str(k.tahun), kolom=3))
    kepala_2 += ["Target", "Realisasi", "Capaian"]
    if lalu:
        kepala_1.append(SelKepala(f"{k.tahun} terhadap {lalu[-1]}", kolom=2))
        kepala_2 += ["Realisasi", "Capaian"]
    baris = []
    for hi in indikator:
        row = [hi.nama]
        for y in lalu:
            t = hi.tahun(y)
            row += [k.nilai(t.realisasi, hi.satuan) if t else "-", k.persen(t.capaian) if t else "-"]
        row += [k.nilai(hi.target, hi.satuan), k.nilai(hi.realisasi, hi.satuan), k.persen(hi.capaian)]
        if lalu:
            b = next((b for b in hi.banding if b.tahun == lalu[-1]), None)
            row += [_perubahan_realisasi(k, hi, b), k.persen(b.capaian_rasio) if b else "-"]
        baris.append(row)
    k.doc.tabel(e, [kepala_1, kepala_2], baris,
                rata="l" + "c" * len(kepala_2), penuh=True)


def tabel_penjelasan_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 3.3: the numerator and denominator behind every formula indicator of a sasaran, target and realisasi.

    One block of three rows per indicator: its numerator, its denominator, and the value they give,
    for the latest years (at most three, to fit a portrait page).
    """
    sasaran = next(s for s in k.lkjip.sasaran if s.kode == e.kode_sasaran)
    inds = [i for i in sasaran.indikator if pakai_rumus(k.lkjip, i)]
    his = [k.hasil.indikator_by_kode(i.kode) for i in inds]
    years = sorted({t.tahun for hi in his for t in hi.riwayat})[-_TAHUN_PENJELASAN:]
    kepala_1 = [SelKepala("Indikator", baris=2), SelKepala("Komponen", baris=2)] + [SelKepala(str(y), kolom=2) for y in years]
    kepala_2 = ["Target", "Realisasi"] * len(years)
    baris = []
    for ind, hi in zip(inds, his):
        f = ind.formula
        pembilang = [ind.nama, f"{f.label_pembilang} ({f.satuan_pembilang})" if f else "Pembilang"]
        penyebut = [ind.nama, f"{f.label_penyebut} ({f.satuan_penyebut})" if f else "Penyebut"]
        hasil = [ind.nama, f"{ind.nama} ({ind.satuan})"]
        for y in years:
            r = k.lkjip.realisasi_of(ind.kode, y)
            target = ind if y == k.tahun else r
            pembilang += [angka(target.target_pembilang if target else None), angka(r.realisasi_pembilang if r else None)]
            penyebut += [angka(target.target_penyebut if target else None), angka(r.realisasi_penyebut if r else None)]
            t = hi.tahun(y)
            hasil += [k.nilai(t.target, ind.satuan), k.nilai(t.realisasi, ind.satuan)] if t else ["-", "-"]
        baris += [pembilang, penyebut, hasil]
    k.doc.tabel(e, [kepala_1, kepala_2], baris, rata="ll" + "c" * len(kepala_2), gabung=(0,), penuh=True,
                tebal_baris=tuple(range(2, len(baris), 3)))


def indikator_sasaran(k: Konteks, kode_sasaran: str | None) -> list[HasilIndikator]:
    """The rules' results of the indicators of one sasaran, in the PK's order."""
    sasaran = next(s for s in k.lkjip.sasaran if s.kode == kode_sasaran)
    return [k.hasil.indikator_by_kode(i.kode) for i in sasaran.indikator]


def baris_operasional(k: Konteks, e: Entri) -> list:
    """The operational indicators an entry shows, with the rules' results: ``[(indikator, hasil)]``."""
    return [(k.lkjip.operasional[i], k.hasil.operasional[i]) for i in e.indeks]


def tabel_operasional(k: Konteks, e: Entri) -> None:
    """Tabel 3.4: operational objectives, last year's realisasi, this year's target and capaian (with the
    Eselon of each row where the table holds both levels)."""
    baris_op = baris_operasional(k, e)
    eselon = len({o.eselon for o, _ in baris_op}) > 1
    baris, nomor, kunci = [], 0, None
    for o, ho in baris_op:
        if o.sasaran_operasional != kunci:
            nomor, kunci = nomor + 1, o.sasaran_operasional
        lalu = ho.tahun(k.tahun - 1)
        baris.append([str(nomor), o.sasaran_operasional, *([o.eselon] if eselon else []), o.nama,
                      k.nilai(lalu.realisasi if lalu else None, o.satuan),
                      k.nilai(ho.target, o.satuan), k.nilai(ho.realisasi, o.satuan),
                      k.persen(ho.capaian)])
    kepala = [[SelKepala("No", baris=2), SelKepala("Sasaran Operasional", baris=2),
               *([SelKepala("Eselon", baris=2)] if eselon else []), SelKepala("Indikator", baris=2),
               SelKepala(str(k.tahun - 1)), SelKepala(str(k.tahun), kolom=3)],
              ["Realisasi", "Target", "Realisasi", "Capaian"]]
    k.doc.tabel(e, kepala, baris, rata="cl" + "c" * eselon + "lcccc", gabung=(0, 1), penuh=True)


def tabel_pendukung(k: Konteks, e: Entri) -> None:
    """Tabel 3.5-3.8: the agency's own table, numbers written the Indonesian way."""
    tabel = k.lkjip.pendukung[e.indeks[0]]
    hp = next((p for p in k.hasil.pendukung if p.lembar == tabel.lembar), None)
    kolom = tabel.kolom
    rata = "".join("c" if _kolom_nomor(kol.judul) else "r" if kol.numerik else "l" for kol in kolom)
    baris = [[angka(v) if kol.numerik else _teks(v) for kol, v in zip(kolom, row)] + [""] * (len(kolom) - len(row))
             for row in tabel.baris]
    jumlah = None
    if tabel.jumlah_tertulis is not None and hp is not None:
        pertama = next((j for j, kol in enumerate(kolom) if kol.numerik), len(kolom))
        jumlah = ["Jumlah"] + [None] * max(pertama - 1, 0) + [
            angka(hp.jumlah.get(kol.huruf)) if kol.numerik else "" for kol in kolom[max(pertama, 1):]]
    # Where the agency's own total differs (the audit names it), say where the printed one comes from.
    jumlah_berbeda = jumlah is not None and any(
        t.kode == Audit.JUMLAH_TABEL_BERBEDA.kode and any(c.startswith(f"{tabel.lembar}!") for c in t.sel)
        for t in k.temuan)
    k.doc.tabel(e, [[kol.judul for kol in kolom]], baris, rata=rata, jumlah=jumlah,
                catatan="Catatan: baris jumlah merupakan hasil penjumlahan rincian pada tabel."
                if jumlah_berbeda else None)


def tabel_akip(k: Konteks, e: Entri) -> None:
    """Tabel 3.9: AKIP component scores per year, the total and the predikat."""
    years = [a.tahun for a in k.hasil.akip]
    baris = [[komponen.nama, fmt_angka_ringkas(komponen.bobot), *[fmt_angka(komponen.nilai.get(y), 2) for y in years]]
             for komponen in k.lkjip.akip.komponen]
    jumlah = ["Jumlah Nilai", "", *[fmt_angka(a.jumlah, 2) for a in k.hasil.akip]]
    predikat = ["Predikat", "", *[a.predikat or "-" for a in k.hasil.akip]]
    kepala = [[SelKepala("Komponen Manajemen Kinerja", baris=2), SelKepala("Bobot", baris=2),
               SelKepala("Tahun Evaluasi", kolom=len(years))], [str(y) for y in years]]
    k.doc.tabel(e, kepala, baris + [jumlah],
                rata="lc" + "c" * len(years), jumlah=predikat, tebal_baris=(len(baris),), penuh=False)


def tabel_anggaran_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 3.11: capaian and budget per sasaran (the rules' values, not the typed ones)."""
    a = k.hasil.anggaran
    baris = [[str(i), hs.nama, k.persen(hs.capaian), k.rp_tabel(hs.anggaran), k.rp_tabel(hs.realisasi_anggaran),
              k.persen(hs.penyerapan)] for i, hs in enumerate(k.hasil.sasaran, 1)]
    jumlah = ["Jumlah", None, "", k.rp_tabel(a.anggaran), k.rp_tabel(a.realisasi), k.persen(a.penyerapan)]
    k.doc.tabel(e, [[SelKepala("No", baris=2), SelKepala("Sasaran Strategis", baris=2), SelKepala("Capaian Kinerja", baris=2),
                         SelKepala("Anggaran", kolom=3)], ["Pagu", "Realisasi", "Penyerapan"]],
                baris, rata="clcrrc", jumlah=jumlah, penuh=True)


def tabel_efisiensi(k: Konteks, e: Entri) -> None:
    """Tabel 3.12: capaian against absorption, the efficiency value and its label."""
    indeks = k.hasil.metode_efisiensi == "indeks"  # the ratio index prints its TE = IE − 1 beside IE (§9)
    baris = [[str(i), hs.nama, k.persen(hs.capaian), k.persen(hs.penyerapan), k.nilai_efisiensi(hs),
              *([k.te_indeks(hs)] if indeks else []), hs.tingkat_efisiensi or "-"]
             for i, hs in enumerate(k.hasil.sasaran, 1)]
    k.doc.tabel(e, [["No", "Sasaran Strategis", "Capaian Kinerja", "Penyerapan Anggaran",
                         _JUDUL_NILAI_EFISIENSI[k.hasil.metode_efisiensi], *(["Selisih (TE)"] if indeks else []),
                         "Tingkat Efisiensi"]],
                baris, rata="clcccc" + ("c" if indeks else ""), penuh=True, ikat_akhir=True)


def _perubahan_realisasi(k: Konteks, hi: HasilIndikator, b) -> str:
    if b is None:
        return "-"
    if hi.polaritas is Polaritas.PREDIKAT:
        if b.realisasi_selisih is None:
            return "-"
        tingkat = round(b.realisasi_selisih)
        return f"naik {tingkat} tingkat" if tingkat > 0 else f"turun {-tingkat} tingkat" if tingkat < 0 else "tetap"
    return k.persen(b.realisasi_rasio)


def _target_pk(k: Konteks, ind: IndikatorKinerja) -> str:
    target = k.nilai(ind.target, ind.satuan)
    if ind.target_atas is not None:
        target += f" – {k.nilai(ind.target_atas, ind.satuan)}"
    return target


def _teks(x: object) -> str:
    if x is None:
        return "-"
    return angka(x) if is_number(x) else str(x)


def _kolom_nomor(judul: str) -> bool:
    return judul.strip().lower().rstrip(".") in ("no", "nomor")
