"""The analysis of one sasaran in Bab III (3.2 Analisis Kinerja), in the order of RULES.md §1.

Its capaian table; per indicator, this year (with a formula's parts), earlier years
with their chart, the Renstra target and a national standard; the agency's
explanation, causes of success and failure and remedies; the budget against the
capaian; the supporting programs; the operational objectives of the units below; the
supporting tables; and the AKIP evaluation under the sasaran whose indicator it is.
"""

from __future__ import annotations

from ...angka import bulat, fmt_angka, fmt_angka_ringkas, fmt_nilai, sama_satuan
from ...model import IndikatorKinerja, Sasaran, TingkatAnggaran
from ...rules import HasilIndikator, HasilSasaran
from ..katalog import Entri, Jenis, perjanjian_eselon
from .analisis_lke import render_rekomendasi
from .kalimat import (
    awal_kecil, kalimat_renstra, kalimat_sumber, kalimat_standar, kalimat_tahun_ini, kalimat_tahun_lalu, kalimat_tanpa_tahun_lalu,
    pengantar_daftar,
)
from .konteks import Konteks
from .tabel import (
    baris_operasional, tabel_akip, tabel_capaian_sasaran, tabel_operasional, tabel_pendukung, tabel_penjelasan_sasaran,
)

_NAMA_NILAI_EFISIENSI = {"rasio": "indeks efisiensi", "selisih": "selisih capaian dan penyerapan",
                         "pmk249": "nilai efisiensi", "penghematan": "penghematan anggaran",
                         "indeks": "indeks efisiensi (IE)"}

_DI_TEMPAT = (Jenis.AKIP, Jenis.CAPAIAN_SASARAN, Jenis.PENJELASAN_SASARAN, Jenis.GRAFIK_INDIKATOR, Jenis.GRAFIK_SASARAN,
              Jenis.PEMBANDING, Jenis.RIWAYAT_INDIKATOR)
"""Kinds of a sasaran's entries written at their own place (in its analysis, or the Lampiran's multi-year
tables); the others follow the analysis, in order."""


def render_sasaran(k: Konteks, nomor: int, sasaran: Sasaran) -> None:
    """The analysis of one sasaran, in the order of RULES.md §1 (Bab III A)."""
    d = k.doc
    kat = k.katalog
    hs = k.hasil.sasaran_by_kode(sasaran.kode)
    d.subjudul(f"Sasaran {nomor}: {sasaran.nama}", tingkat=3)
    k.tulis(kat.cari(Jenis.AKIP, kode_sasaran=sasaran.kode))
    if not sasaran.indikator:
        d.paragraf("Sasaran ini belum memiliki indikator kinerja dalam Perjanjian Kinerja.")
    k.tulis(kat.cari(Jenis.CAPAIAN_SASARAN, kode_sasaran=sasaran.kode))
    k.tulis(kat.cari(Jenis.PENJELASAN_SASARAN, kode_sasaran=sasaran.kode))
    for ind in sasaran.indikator:
        render_analisis_indikator(k, ind, k.hasil.indikator_by_kode(ind.kode))
    k.tulis(kat.cari(Jenis.GRAFIK_SASARAN, kode_sasaran=sasaran.kode))
    k.tulis(kat.cari(Jenis.PEMBANDING, kode_sasaran=sasaran.kode))
    render_penjelasan_sasaran(k, sasaran, hs)
    render_rekomendasi(k, sasaran)
    render_efisiensi_sasaran(k, hs)
    render_program_sasaran(k, hs)
    for e in kat.semua(kode_sasaran=sasaran.kode):
        if e.jenis not in _DI_TEMPAT:
            k.tulis(e)


def tulis_capaian_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 3.2 and its like: the capaian of a sasaran's indicators, with the sentence that introduces it."""
    sasaran = next(s for s in k.lkjip.sasaran if s.kode == e.kode_sasaran)
    hasil = [k.hasil.indikator_by_kode(i.kode) for i in sasaran.indikator]
    lalu = any(t.tahun < k.tahun and (t.realisasi is not None or t.target is not None) for hi in hasil for t in hi.riwayat)
    banding = " beserta perbandingannya dengan tahun sebelumnya" if lalu else ""
    k.doc.paragraf(f"Capaian indikator kinerja sasaran ini pada Tahun {k.tahun}{banding} disajikan pada {e.rujukan}.",
                   ikat=True)
    tabel_capaian_sasaran(k, e)


def tulis_penjelasan_sasaran(k: Konteks, e: Entri) -> None:
    """Tabel 3.3 and its like: the counts behind the sasaran's formula indicators."""
    k.doc.paragraf(
        "Pembilang dan penyebut indikator yang dihitung dengan rumus, beserta nilai yang dihasilkannya, "
        f"disajikan pada {e.rujukan}.", ikat=True)
    tabel_penjelasan_sasaran(k, e)


def render_analisis_indikator(k: Konteks, ind: IndikatorKinerja, hi: HasilIndikator) -> None:
    """(1) this year, the formula's parts, (2) earlier years with the chart, (3) Renstra, (4) standard."""
    d = k.doc
    d.paragraf(kalimat_tahun_ini(k, ind, hi))
    if ind.formula is not None:
        penjelasan = k.katalog.cari(Jenis.PENJELASAN_SASARAN, kode_sasaran=ind.kode_sasaran)
        rujukan = f" Rincian komponennya disajikan pada {penjelasan.rujukan}." if penjelasan else ""
        d.paragraf(
            f"Indikator ini dihitung dengan rumus: {ind.nama} = {ind.formula.label_pembilang} ÷ "
            f"{ind.formula.label_penyebut} × {fmt_angka_ringkas(ind.formula.faktor)}.{rujukan}")
    for kalimat in kalimat_tahun_lalu(k, hi) or [kalimat_tanpa_tahun_lalu(k, hi)]:
        if kalimat:
            d.paragraf(kalimat)
    k.tulis(k.katalog.cari(Jenis.GRAFIK_INDIKATOR, kode_indikator=ind.kode))
    riwayat = k.katalog.cari(Jenis.RIWAYAT_INDIKATOR, kode_indikator=ind.kode)
    if riwayat is not None:
        d.paragraf(f"Target dan realisasi indikator ini pada setiap tahun periode {k.sebutan.rencana} {k.renstra} "
                   f"disajikan pada {riwayat.rujukan} (Lampiran).")
    if hi.renstra is not None:
        d.paragraf(kalimat_renstra(k, hi))
    if hi.standar is not None:
        d.paragraf(kalimat_standar(k, hi))


def render_penjelasan_sasaran(k: Konteks, sasaran: Sasaran, hs: HasilSasaran) -> None:
    """(5) the agency's explanation, causes of success and failure, and remedies."""
    d = k.doc
    for paragraf in k.lkjip.narasi_of("Penjelasan Sasaran", sasaran.kode):
        d.paragraf(paragraf)
    tercapai = hs.capaian is not None and bulat(hs.capaian, k.nd) >= 100
    keberhasilan = k.lkjip.narasi_of("Faktor Keberhasilan", sasaran.kode)
    if keberhasilan:
        d.paragraf("Keberhasilan pencapaian sasaran ini didukung oleh faktor-faktor berikut:" if len(keberhasilan) > 1
                   else "Keberhasilan pencapaian sasaran ini didukung oleh faktor berikut:", ikat=True)
        d.butir(keberhasilan)
    penghambat = k.lkjip.narasi_of("Faktor Penghambat", sasaran.kode)
    if penghambat:
        d.paragraf(pengantar_daftar("Kendala yang dihadapi dalam pencapaian sasaran ini", len(penghambat)), ikat=True)
        d.butir(penghambat)
    upaya = k.lkjip.narasi_of("Upaya Perbaikan", sasaran.kode)
    if upaya:
        d.paragraf("Upaya yang dilakukan untuk mempertahankan dan meningkatkan capaian ini adalah:" if tercapai
                   else "Upaya yang dilakukan untuk mengatasi kendala tersebut adalah:", ikat=True)
        d.butir(upaya)


def render_efisiensi_sasaran(k: Konteks, hs: HasilSasaran) -> None:
    """(6) the budget used for the sasaran against its capaian (nothing where the workbook has no budget: 3.3 says so)."""
    if not k.ada_anggaran:
        return
    if not hs.program:
        k.doc.paragraf("Belum ada program anggaran yang dipetakan untuk mendukung sasaran ini.")
        return
    if not hs.anggaran:
        k.doc.paragraf("Program yang mendukung sasaran ini belum memiliki pagu anggaran, sehingga efisiensinya belum "
                       "dapat dinilai.")
        return
    pagu = f"Pencapaian sasaran ini didukung anggaran sebesar {k.rp(hs.anggaran)}"
    if not k.realisasi_sasaran_dilaporkan(hs.kode):
        k.doc.paragraf(f"{pagu}, tetapi realisasinya belum dilaporkan. Efisiensinya belum dapat dinilai karena "
                       "penyerapan anggarannya belum dapat dihitung.")
        return
    pagu += f" dengan realisasi {k.rp(hs.realisasi_anggaran)}"
    if hs.nilai_efisiensi is None:
        sebab = ("capaian kinerja sasaran ini belum dapat dihitung" if hs.capaian is None
                 else "penyerapan anggarannya belum dapat dihitung" if hs.penyerapan is None
                 else "capaian kinerja atau penyerapan anggarannya belum dapat dihitung")
        serap = f" atau {k.persen(hs.penyerapan)}" if hs.penyerapan is not None else ""
        k.doc.paragraf(f"{pagu}{serap}. Efisiensinya belum dapat dinilai karena {sebab}.")
        return
    tingkat = f" sehingga tergolong {hs.tingkat_efisiensi}" if hs.tingkat_efisiensi else ""
    if hs.metode_efisiensi == "indeks" and hs.te_indeks is not None:
        tingkat = f" dengan TE = IE − 1 sebesar {k.te_indeks(hs)}{tingkat.replace(' sehingga', ', sehingga', 1)}"
    k.doc.paragraf(
        f"{pagu} atau {k.persen(hs.penyerapan)}. Dibandingkan dengan capaian kinerja sasaran sebesar "
        f"{k.persen(hs.capaian)}, {_NAMA_NILAI_EFISIENSI[hs.metode_efisiensi]} sasaran ini "
        f"{k.nilai_efisiensi(hs)}{tingkat}.")


def render_program_sasaran(k: Konteks, hs: HasilSasaran) -> None:
    """(7) the programs (or kegiatan, at the level the link is set) that supported the sasaran."""
    baris = [(i, hp) for i, hp in enumerate(k.hasil.program) if hp.tautan and hp.kode_sasaran == hs.kode]
    if not baris:
        return
    campur = len({p.tingkat for _, p in baris}) > 1
    rincian = []
    for i, p in baris:
        nama = p.nama
        if p.induk is not None:  # a kegiatan or sub kegiatan: with its code and its program (and its level in a mixed list)
            program = k.hasil.program[k.lkjip.rantai(i)[-1]].nama
            pada = program if program.lower().startswith("program") else f"program {program}"
            sebutan = f"{p.tingkat.label} " if campur and not nama.lower().startswith(p.tingkat.sebutan) else ""
            nama = f"{sebutan}{nama}{f' ({p.kode})' if p.kode else ''} pada {pada}"
        rincian.append(f"{nama}, dengan anggaran {k.rp(p.anggaran)} dan realisasi {k.rp(p.realisasi)} "
                       f"({k.persen(p.penyerapan)})" if p.realisasi is not None
                       else f"{nama}, dengan anggaran {k.rp(p.anggaran)} yang realisasinya belum dilaporkan")
    apa = TingkatAnggaran.rangkai(p.tingkat for _, p in baris).capitalize()
    if len(rincian) == 1:
        k.doc.paragraf(f"{apa} yang mendukung pencapaian sasaran ini adalah {rincian[0]}.")
        return
    k.doc.paragraf(f"{apa} yang mendukung pencapaian sasaran ini adalah:", ikat=True)
    k.doc.daftar_bernomor(rincian, "a", akhiran=True)


def tulis_operasional(k: Konteks, e: Entri) -> None:
    """Tabel 3.4 and its like: the operational objectives of the units below, explained one by one."""
    d = k.doc
    baris = baris_operasional(k, e)
    if e.kode_sasaran is not None:
        d.paragraf(
            "Capaian sasaran strategis tidak terlepas dari capaian sasaran operasional unit kerja di bawahnya, "
            f"sebagaimana tertuang dalam {perjanjian_eselon(k.lkjip, e.indeks)} ({e.rujukan}).", ikat=True)
    else:
        d.paragraf(
            "Capaian sasaran operasional unit kerja yang tidak dipetakan ke sasaran strategis tertentu "
            f"disajikan pada {e.rujukan}.", ikat=True)
    tabel_operasional(k, e)
    rincian = []
    for o, ho in baris:
        satuan = (o.formula.satuan_pembilang, o.formula.satuan_penyebut) if o.formula else ("", "")
        dihitung = o.realisasi_pembilang is not None and o.realisasi_penyebut is not None
        # the target's penyebut goes unsaid where the realisasi's, said next, is the same
        target = _hitungan(o.target_pembilang, o.target_penyebut, *satuan,
                           sama=dihitung and o.target_penyebut == o.realisasi_penyebut)
        realisasi = _hitungan(o.realisasi_pembilang, o.realisasi_penyebut, *satuan) if dihitung else ""
        rincian.append(f"{o.nama}: dari target {k.nilai(ho.target, o.satuan)}{target} terealisasi "
                       f"{k.nilai(ho.realisasi, o.satuan)}{realisasi}, dengan capaian {k.persen(ho.capaian)} "
                       f"({ho.kategori or '-'})" + kalimat_sumber(k, o, o))
    d.paragraf(f"Berdasarkan {e.rujukan}, capaian sasaran operasional dapat dijelaskan sebagai berikut:", ikat=True)
    d.daftar_bernomor(rincian, "1", akhiran=True)


def _hitungan(pembilang: float | None, penyebut: float | None, satuan_pembilang: str, satuan_penyebut: str,
              sama: bool = False) -> str:
    """The counts behind a percentage, in brackets: `` (101 dari 154 orang)``; `` (86 orang)`` where the
    penyebut is the one the sentence names anyway (``sama``) or is not given; nothing without a pembilang."""
    if pembilang is None:
        return ""
    if penyebut is None or sama:
        return f" ({fmt_nilai(pembilang, satuan_pembilang)})"
    atas = fmt_angka_ringkas(pembilang) if sama_satuan(satuan_pembilang, satuan_penyebut) else fmt_nilai(
        pembilang, satuan_pembilang)
    return f" ({atas} dari {fmt_nilai(penyebut, satuan_penyebut)})"


def tulis_pendukung(k: Konteks, e: Entri) -> None:
    """A supporting table (sheet Data_*), with computed totals where the agency has a total row."""
    d = k.doc
    tabel = k.lkjip.pendukung[e.indeks[0]]
    pengantar = (tabel.pengantar or "").strip()
    rujukan = e.rujukan
    if pengantar:
        pengantar = f"{pengantar.rstrip('.')}. Rinciannya disajikan pada {rujukan}."
    else:
        pengantar = f"Rincian {awal_kecil(tabel.judul)} disajikan pada {rujukan}."
    d.paragraf(pengantar, ikat=True)
    tabel_pendukung(k, e)


def tulis_akip(k: Konteks, e: Entri) -> None:
    """The AKIP evaluation (Tabel 3.9): component scores per year, total and predikat."""
    d = k.doc
    akhir = k.hasil.akip[-1] if k.hasil.akip else None
    if akhir is not None and akhir.jumlah is not None:
        lhe = f" Nomor {k.identitas.nomor_lhe_akip}" if k.identitas.nomor_lhe_akip else ""
        predikat = f" dengan predikat {akhir.predikat}" if akhir.predikat else ""
        kalimat = (f"Berdasarkan Laporan Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP){lhe}, "
                   f"{k.instansi} memperoleh nilai {fmt_angka(akhir.jumlah, 2)}{predikat} pada evaluasi tahun "
                   f"{akhir.tahun}.")
        awal = k.hasil.akip[-2] if len(k.hasil.akip) > 1 else None
        if awal is not None and awal.jumlah is not None:
            lalu = (f"evaluasi tahun {awal.tahun} ({fmt_angka(awal.jumlah, 2)}"
                    + (f", predikat {awal.predikat})" if awal.predikat else ")"))
            if bulat(akhir.jumlah, 2) == bulat(awal.jumlah, 2):
                kalimat += f" Nilai tersebut sama dengan hasil {lalu}."
            else:
                arah = "naik" if akhir.jumlah > awal.jumlah else "turun"
                kalimat += f" Nilai tersebut {arah} dibandingkan hasil {lalu}."
        d.paragraf(kalimat + f" Rincian nilai per komponen disajikan pada {e.rujukan}.",
                   ikat=True)
    else:
        d.paragraf(f"Nilai hasil evaluasi AKIP per komponen disajikan pada {e.rujukan}.", ikat=True)
    tabel_akip(k, e)
