"""Parts of a sasaran's analysis in Bab III that the LKE looks for: the benchmarks (3.b.6) and the
recommendations for what was not met (3.b.9).

The benchmark table of a sasaran (sheet Pembanding) with one sentence per benchmark, the numbers
from the rules (``rules_pembanding``); after the causes and efforts, the agency's recommendations
for each indicator below its target, or a placeholder in brackets that says where to write them
(the self-assessment flags the same gap).
"""

from __future__ import annotations

from ...angka import bulat
from ...model import Polaritas, Sasaran
from ..katalog import Entri
from .kalimat import rangkai
from .konteks import Konteks


def tulis_pembanding(k: Konteks, e: Entri) -> None:
    """The benchmarks of a sasaran's indicators: the table, then what each comparison says."""
    d = k.doc
    sasaran = next(s for s in k.lkjip.sasaran if s.kode == e.kode_sasaran)
    rows = [(ind, k.hasil.indikator_by_kode(ind.kode), hp) for ind in sasaran.indikator
            for hp in k.hasil.pembanding_of(ind.kode)]
    d.paragraf(f"Perbandingan realisasi tahun {k.tahun} dengan angka instansi atau wilayah lain sebagai pembanding "
               f"disajikan pada {e.rujukan}.", ikat=True)
    baris = []
    for n, (ind, hi, hp) in enumerate(rows, 1):
        p = hp.pembanding
        baris.append([str(n), ind.nama, k.nilai(hi.realisasi, ind.satuan), p.pembanding, str(p.tahun),
                      k.nilai(p.nilai, ind.satuan), k.persen(hp.persen), p.sumber])
    d.tabel(e, [["No", "Indikator Kinerja", f"Realisasi {k.tahun}", "Pembanding", "Tahun", "Nilai Pembanding",
                 "Realisasi terhadap Pembanding", "Sumber"]], baris, rata="clclcccl", gabung=(1,), penuh=True)
    for ind, hi, hp in rows:
        d.paragraf(kalimat_pembanding(k, ind.nama, ind.satuan, hi, hp))


def kalimat_pembanding(k: Konteks, nama: str, satuan: str, hi, hp) -> str:
    """One benchmark in words: where the realisasi stands against it, by how much, and the source."""
    p = hp.pembanding
    awal = (f"Dibandingkan dengan {p.pembanding} pada tahun {p.tahun} sebesar {k.nilai(p.nilai, satuan)} "
            f"(sumber: {p.sumber}), realisasi indikator {nama} tahun {k.tahun} sebesar {k.nilai(hi.realisasi, satuan)}")
    if hp.persen is None:
        return f"{awal} belum dapat dibandingkan dengan angka tersebut."
    if hi.polaritas is Polaritas.PREDIKAT:
        posisi = ("setara dengan" if hp.lebih_baik is None else "lebih tinggi daripada" if hp.lebih_baik
                  else "lebih rendah daripada")
        return f"{awal} {posisi} predikat pembanding tersebut."
    if hp.selisih is None or bulat(hp.selisih, k.nd) == 0:
        return f"{awal} sama dengan angka pembanding tersebut."
    arah = "lebih tinggi" if hp.selisih > 0 else "lebih rendah"
    mutu = "lebih baik" if hp.lebih_baik else "belum sebaik pembanding"
    return (f"{awal} {arah} {k.selisih(abs(hp.selisih), satuan)} atau {k.persen(hp.persen)} dari angka pembanding "
            f"tersebut, sehingga kinerjanya {mutu}" + (" (indikator makin rendah makin baik)." if hi.polaritas is
                                                        Polaritas.NEGATIF else "."))


def render_rekomendasi(k: Konteks, sasaran: Sasaran) -> None:
    """Recommendations for the sasaran's indicators below their target: the agency's (Narasi, Rekomendasi) or a placeholder."""
    belum = [(ind, hi) for ind in sasaran.indikator
             if (hi := k.hasil.indikator_by_kode(ind.kode)).capaian is not None and bulat(hi.capaian, k.nd) < 100]
    if not belum:
        return
    d = k.doc
    nama = rangkai([f"{ind.nama} (capaian {k.persen(hi.capaian)})" for ind, hi in belum])
    rekomendasi = k.lkjip.narasi_of("Rekomendasi", sasaran.kode)
    if rekomendasi:
        d.paragraf(f"Rekomendasi perbaikan untuk indikator yang belum mencapai target, yaitu {nama}, adalah:", ikat=True)
        d.butir(rekomendasi)
        return
    d.paragraf(f"[Rekomendasi perbaikan untuk indikator {nama} belum diisi. Lengkapi lembar Narasi, Bagian "
               f"Rekomendasi, dengan Kode Sasaran {sasaran.kode}.]")
