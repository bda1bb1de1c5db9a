"""The bundled example with its quarters filled consistently with its year (Dinas Sosial Bengkalis 2023).

I1 (Persentase PPKS Mandiri, a formula indicator): position at the end of each quarter, 150, 300, 450
and 581 KK of 16.013 fakir miskin, against the Rencana Aksi's 0,8 / 1,6 / 2,4 / 3,25%: the fourth
quarter is the year's 581 / 16.013. I2 (the AKIP predikat): B in the first three quarters, BB at the
end, as the year. Budget: each program's quarters add up to its yearly realisasi.
"""

from __future__ import annotations

import copy
from pathlib import Path

from lkj_excel import example as ex
from lkj_excel.template import Isi, build, isi_contoh

TRIWULAN = [
    {"kode": "I1", "cara": "posisi_akhir", "target_1": 0.8, "target_2": 1.6, "target_3": 2.4, "target_4": 3.25,
     **{f"realisasi_pembilang_{q}": p for q, p in enumerate((150, 300, 450, 581), start=1)},
     **{f"realisasi_penyebut_{q}": 16013 for q in range(1, 5)}},
    {"kode": "I2", "target_1": "B", "target_2": "B", "target_3": "BB", "target_4": "BB",
     "realisasi_1": "B", "realisasi_2": "B", "realisasi_3": "B", "realisasi_4": "BB"},
]

CATATAN = [
    {"kode": "I1", "triwulan": "II", "kendala": "Pendataan PPKS di dua kecamatan terlambat karena petugas pendamping berganti.",
     "tindak_lanjut": "Verifikasi lapangan bersama pendamping baru pada bulan Juli."},
    {"kode": "I2", "triwulan": "II", "kendala": "Dokumen evaluasi internal belum lengkap.",
     "tindak_lanjut": "Melengkapi dokumen sebelum evaluasi Inspektorat."},
]


def _anggaran_triwulan(sampai: int = 4) -> list[dict]:
    """Each program's yearly realisasi spread over the quarters (15%, 25%, 25%, the rest)."""
    rows = []
    for p in ex.ANGGARAN:
        total = p["realisasi"]
        parts = [round(total * 0.15), round(total * 0.25), round(total * 0.25)]
        parts.append(total - sum(parts))
        rows.append({"nama": p["nama"], **{f"realisasi_{q}": parts[q - 1] for q in range(1, sampai + 1)}})
    return rows


def isi_triwulan(sampai: int = 4, tanpa_tahunan: bool = False) -> Isi:
    """The example with its quarters up to ``sampai``; ``tanpa_tahunan``: the yearly realisasi of the report year emptied."""
    isi = isi_contoh()
    isi.lembar = copy.deepcopy(isi.lembar)
    rows = copy.deepcopy(TRIWULAN)
    for row in rows:
        for key in list(row):
            if key[-1].isdigit() and key.startswith("realisasi") and int(key[-1]) > sampai:
                del row[key]
    isi.lembar["Triwulan"] = rows
    isi.lembar["CatatanTriwulan"] = [c for c in CATATAN if ("I", "II", "III", "IV").index(c["triwulan"]) < sampai]
    isi.lembar["AnggaranTriwulan"] = _anggaran_triwulan(sampai)
    if tanpa_tahunan:
        isi.lembar["Realisasi"] = [r for r in isi.lembar["Realisasi"] if r["tahun"] != ex.TAHUN]
        isi.lembar["Anggaran"] = [{k: v for k, v in p.items() if k != "realisasi"} for p in isi.lembar["Anggaran"]]
        isi.lembar["Operasional"] = [{k: v for k, v in o.items() if not k.startswith("realisasi") or k.startswith("realisasi_lalu")}
                                     for o in isi.lembar["Operasional"]]
        isi.jumlah = {**isi.jumlah, "Anggaran": [{k: v for k, v in ex.ANGGARAN_JUMLAH.items() if k != "realisasi"}]}
        isi.lembar["AngkaTertulis"] = [{k: v for k, v in a.items() if k in ("kode_sasaran", "anggaran")}
                                       for a in isi.lembar["AngkaTertulis"]]
    return isi


def tulis(path: Path, sampai: int = 4, tanpa_tahunan: bool = False, ubah=None) -> Path:
    """Write the example with quarters to ``path``; ``ubah(isi)`` edits the content first."""
    isi = isi_triwulan(sampai, tanpa_tahunan)
    if ubah is not None:
        ubah(isi)
    return build(path, isi)
