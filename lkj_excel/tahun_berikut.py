"""Next year's workbook: from the workbook of year N, the workbook of year N+1.

What carries over: identity (the year moved on, the signing date cleared), tugas
and fungsi, organisation, the whole Renstra, the Perjanjian Kinerja with the
Renstra's targets for N+1 where the indicator is linked, the budget lines with
their levels and codes (pagu of the lowest lines kept as a starting point, subtotals
left to be summed, realisasi cleared), the settings and scales, the
AKIP history and the supporting tables. The year's figures move to the
earlier-year rows: every realisasi row of N stays, with N's signed target
written in; the rows of N+1 are left for the agency. The narrative of the year
(causes, remedies, conclusion, next steps, foreword) is cleared; the lasting
parts (background, purpose, organisation) stay. The quarterly sheets keep their rows (which
indicators and budget lines are followed per quarter, and how the quarters make the year) with
every quarter emptied; the quarterly notes are cleared.
"""

from __future__ import annotations

from . import model as m
from . import schema as sc
from .instansi import sebutan
from .template import Isi, isi_kosong

NARASI_TETAP = ("Latar Belakang", "Maksud dan Tujuan", "Struktur Organisasi", "Isu Strategis", "Perencanaan Kinerja")



def _rumus_dan_target(row: dict, ind: m.Indikator, lkjip: m.LKjIP, baru: int) -> None:
    """Into a PK or Operasional row: the indicator's formula, and the Renstra's target of year ``baru`` where it is linked
    (in the indicator's unit, or as the target pembilang where the Renstra counts what the pembilang counts)."""
    if ind.formula:
        f = ind.formula
        row.update(label_pembilang=f.label_pembilang, satuan_pembilang=f.satuan_pembilang,
                   label_penyebut=f.label_penyebut, satuan_penyebut=f.satuan_penyebut, faktor=f.faktor)
    renstra = lkjip.renstra_by_kode(ind.kode_renstra)
    nilai = renstra.target_tahunan.get(baru) if renstra else None
    if nilai is not None:
        from .rules import sama_satuan

        if sama_satuan(renstra.satuan, ind.satuan) or ind.polaritas is m.Polaritas.PREDIKAT:
            row["target"] = nilai
        elif ind.formula and sama_satuan(renstra.satuan, ind.formula.satuan_pembilang):
            row["target_pembilang"] = nilai


def _triwulan(lkjip: m.LKjIP) -> dict[str, list[dict]]:
    """The quarterly layout of the year, its figures emptied: the indicators and how their quarters make the year
    (the next Rencana Aksi sets new quarterly targets), the budget lines followed per quarter; the notes are the year's."""
    baris = {"Triwulan": [{"kode": tw.kode, "cara": tw.cara} for tw in lkjip.triwulan]}
    anggaran = []
    for at in lkjip.anggaran_triwulan:
        prog = lkjip.program[at.baris]
        anggaran.append({"kode": prog.kode} if prog.kode else {"nama": prog.nama})
    if anggaran:
        baris["AnggaranTriwulan"] = anggaran
    return baris


def isi_tahun_berikut(lkjip: m.LKjIP, hasil) -> Isi:
    """The content of the workbook for the year after ``lkjip``'s.

    Args:
        lkjip: the workbook of year N, as read.
        hasil: its ``rules.hitung`` result (for the realisasi of formula and
            operational indicators, which become last year's figures).

    Returns:
        An ``Isi`` to write with ``template.build``.
    """
    ident = lkjip.identitas
    baru = ident.tahun + 1
    base = isi_kosong().lembar
    identitas = {k.key: getattr(ident, k.key) for k in sc.IDENTITAS.kolom}
    identitas.update(tahun=baru, tanggal_ttd=None, jenis_instansi=ident.jenis_instansi.value)
    if ident.judul_singkat and str(ident.tahun) in ident.judul_singkat:
        identitas["judul_singkat"] = ident.judul_singkat.replace(str(ident.tahun), str(baru))

    pk_rows = []
    for s in lkjip.sasaran:
        for ind in s.indikator:
            row = {
                "kode_sasaran": s.kode, "sasaran": s.nama, "kode": ind.kode, "nama": ind.nama, "satuan": ind.satuan,
                "polaritas": ind.polaritas.value, "target": ind.target, "target_atas": ind.target_atas,
                "target_pembilang": ind.target_pembilang, "target_penyebut": ind.target_penyebut,
                "kode_renstra": ind.kode_renstra, "standar_nasional": ind.standar_nasional, "bobot": ind.bobot,
                "sumber_pembilang": ind.sumber_pembilang, "sumber_penyebut": ind.sumber_penyebut,
            }
            _rumus_dan_target(row, ind, lkjip, baru)
            pk_rows.append(row)

    realisasi_rows = []
    for r in lkjip.realisasi:
        row = {k: getattr(r, k) for k in ("kode_indikator", "tahun", "target", "target_pembilang", "target_penyebut",
                                          "realisasi", "realisasi_pembilang", "realisasi_penyebut", "capaian_tertulis", "keterangan",
                                          "kategori_tertulis", "satuan_realisasi")}
        if r.tahun == ident.tahun:
            ind = lkjip.indikator_by_kode(r.kode_indikator)
            row.update(target=ind.target, target_pembilang=ind.target_pembilang, target_penyebut=ind.target_penyebut)
        realisasi_rows.append(row)

    operasional = []
    for o, h in zip(lkjip.operasional, hasil.operasional):
        row = {
            "kode_sasaran": o.kode_sasaran, "unit": o.unit, "eselon": o.eselon, "sasaran_operasional": o.sasaran_operasional,
            "kode": o.kode, "nama": o.nama, "satuan": o.satuan, "polaritas": o.polaritas.value, "kode_renstra": o.kode_renstra,
            "realisasi_lalu": h.realisasi, "realisasi_lalu_pembilang": o.realisasi_pembilang,
            "realisasi_lalu_penyebut": o.realisasi_penyebut, "target": o.target,  # its counts are next year's to fill
            "sumber_pembilang": o.sumber_pembilang, "sumber_penyebut": o.sumber_penyebut,
        }
        _rumus_dan_target(row, o, lkjip, baru)
        operasional.append(row)

    renstra_years = sorted({y for r in lkjip.indikator_renstra for y in r.target_tahunan}) or list(range(ident.renstra_awal, ident.renstra_akhir + 1))
    akip_years = tuple(lkjip.akip.tahun) or isi_kosong().tahun["nilai"]
    akip_rows = [{"nama": k.nama, "bobot": k.bobot, **{f"nilai_{y}": v for y, v in k.nilai.items()}} for k in lkjip.akip.komponen]
    p = lkjip.pengaturan
    pengaturan = {k.key: getattr(p, k.key) for k in sc.PENGATURAN.kolom}
    skala = []
    for label, code in sc.SKALA_NAMA:
        for i, pita in enumerate(p.skala.get(code) or []):
            skala.append({"skala": label if i == 0 else None, "batas": pita.batas, "inklusif": "Ya" if pita.inklusif else "Tidak", "label": pita.label,
                          **({"batas_atas": pita.atas, "inklusif_atas": "Ya" if pita.atas_inklusif else "Tidak"} if pita.atas is not None else {})})

    return Isi(
        judul=f"Workbook LKjIP {sebutan(ident).nama_lengkap} {baru}",
        lembar={
            "Identitas": identitas,
            "TugasFungsi": [{"jenis": "Tugas", "uraian": t} for t in lkjip.tugas_fungsi.tugas] + [{"jenis": "Fungsi", "uraian": t} for t in lkjip.tugas_fungsi.fungsi],
            "Organisasi": [{"kode": u.kode, "nama": u.nama, "induk": u.induk, "pejabat": u.pejabat} for u in lkjip.organisasi],
            "Renstra": [{"tujuan": a.tujuan, "sasaran": a.sasaran, "strategi": a.strategi, "arah_kebijakan": a.arah_kebijakan} for a in lkjip.renstra],
            "IndikatorRenstra": [
                {"kode": r.kode, "tujuan": r.tujuan, "sasaran": r.sasaran, "nama": r.nama, "satuan": r.satuan, "polaritas": r.polaritas.value,
                 "kondisi_awal": r.kondisi_awal, "target_akhir": r.target_akhir, **{f"target_tahunan_{y}": v for y, v in r.target_tahunan.items()}}
                for r in lkjip.indikator_renstra
            ],
            "PK": pk_rows,
            "Anggaran": [{"tingkat": g.tingkat.value, "kode": g.kode, "nama": g.nama, "kode_sasaran": g.kode_sasaran, "anggaran": g.anggaran,
                          "sumber_dana": g.sumber_dana, "keterangan": g.keterangan} for g in lkjip.program],
            "Realisasi": realisasi_rows,
            "Operasional": operasional,
            "AKIP": akip_rows or base["AKIP"],
            "Narasi": [{"bagian": n.bagian, "kode_sasaran": n.kode_sasaran, "teks": n.teks} for n in lkjip.narasi if n.bagian in NARASI_TETAP],
            "Pengaturan": pengaturan,
            "Skala": skala or base["Skala"],
            **_triwulan(lkjip),
        },
        tahun={"target_tahunan": tuple(renstra_years), "nilai": akip_years},
        pendukung=[
            (nama, {"judul": t.judul, "kode_sasaran": t.kode_sasaran, "pengantar": t.pengantar}, [k.judul for k in t.kolom],
             [list(r) for r in t.baris], None)
            for t, nama in zip(lkjip.pendukung, sc.nama_lembar_data([t.lembar for t in lkjip.pendukung]))
        ] or isi_kosong().pendukung,
    )

