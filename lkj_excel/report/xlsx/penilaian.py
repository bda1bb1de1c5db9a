"""The sheet "Penilaian Mandiri": the report against the LKE criteria (``lke.nilai_mandiri``).

One row per criterion: its code, component, the criterion, the answer, its weight (the default of
88/2021 or the region's, copied from sheet RubrikLKE), the score (1 met, 0 not) and the estimated
points as a formula (weight × score), where the report shows it (chapter, table and figure numbers
of the Word report) and, where it does not, what to fill in and where. Below: the estimated points
of the component Pelaporan Kinerja, a SUM over the rows.
"""

from __future__ import annotations

from ...expr import Ref, Sum
from ...lke import LUAR_DOKUMEN, PELAPORAN, TERPENUHI, PenilaianMandiri, nilai_mandiri
from .konteks import Konteks
from .lembar import Lembar, Nama, Teks

JUDUL = "Penilaian Mandiri Pelaporan Kinerja"
NAMA_LEMBAR = "Penilaian Mandiri"
ENV_TOTAL = "lke:pelaporan.poin"
"""The environment name of the estimated points of Pelaporan Kinerja."""


def env_kriteria(kode: str, nama: str) -> str:
    """The environment name of one criterion's figure: ``lke:3.b.6.poin``."""
    return f"lke:{kode}.{nama}"


def catat_env(kt: Konteks, penilaian: PenilaianMandiri) -> None:
    """Put the weights, scores and points into the rules' environment (weights from RubrikLKE keep their cell)."""
    env = kt.env
    poin = []
    for h in penilaian.hasil:
        if h.bobot is None:
            continue
        env.input(env_kriteria(h.kode, "bobot"), float(h.bobot), h.sel_bobot)
        if h.status == LUAR_DOKUMEN:
            continue  # weighted, but never scored from the document
        env.input(env_kriteria(h.kode, "skor"), 1.0 if h.status == TERPENUHI else 0.0)
        env.define(env_kriteria(h.kode, "poin"), Ref(env_kriteria(h.kode, "bobot")) * Ref(env_kriteria(h.kode, "skor")))
        if h.kriteria.komponen == PELAPORAN:
            poin.append(Ref(env_kriteria(h.kode, "poin")))
    env.define(ENV_TOTAL, Sum(*poin))


def lembar_penilaian(kt: Konteks) -> Lembar:
    """The self-assessment sheet of the output workbook."""
    penilaian = nilai_mandiri(kt.l, kt.h, kt.katalog)
    catat_env(kt, penilaian)
    lb = Lembar(NAMA_LEMBAR, f"{JUDUL} (Lembar Kerja Evaluasi AKIP)")
    kolom = ["No", "Kode", "Komponen", "Kriteria", "Status", "Bobot", "Skor", "Perkiraan Nilai",
             "Bukti pada Laporan", "Yang Perlu Diisi (Lembar, Kolom)", "Keterangan"]
    lb.lebar_kolom(5, 8, 14, 40, 12, 8, 7, 10, 30, 44, 30)
    n = len(kolom)
    lb.gabung_sel(0, 0, 0, n - 1, Teks(lb.judul), "judul")
    lb.gabung_sel(1, 0, 1, n - 1, Teks(
        "Perkiraan mandiri atas kriteria LKE (PermenPAN-RB 88/2021) yang dapat ditunjukkan oleh laporan ini, dengan "
        "bukti berupa nomor bab, tabel dan gambar pada draf Word. Kriteria yang belum terpenuhi disertai lembar dan "
        "kolom workbook isian yang perlu dilengkapi. Kriteria di luar dokumen (publikasi, ketepatan waktu, pemanfaatan) "
        "hanya dapat dibuktikan dengan dokumen lain dan tidak dihitung. Bobot dapat disesuaikan dengan rubrik "
        "evaluator daerah pada lembar RubrikLKE workbook isian."), "catatan")
    lb.tinggi[1] = 54
    r = 3
    for c, text in enumerate(kolom):
        lb.tulis(r, c, Teks(text), "kepala")
    lb.kepala = (r, r)
    r += 1
    first = r
    for no, h in enumerate(penilaian.hasil, 1):
        k = h.kriteria
        lb.tulis(r, 0, Teks(str(no)), "tengah")
        lb.tulis(r, 1, Teks(k.kode), "tengah")
        lb.tulis(r, 2, Teks(f"{k.komponen} ({k.subkomponen})"))
        lb.tulis(r, 3, Teks(k.uraian))
        lb.tulis(r, 4, Teks(h.status.capitalize()), "tengah", tebal=h.status != TERPENUHI)
        dinilai = h.bobot is not None and h.status != LUAR_DOKUMEN
        if dinilai:
            lb.tulis(r, 5, Nama(env_kriteria(k.kode, "bobot")), "skor")
            lb.tulis(r, 6, Nama(env_kriteria(k.kode, "skor")), "angka")
            lb.tulis(r, 7, Nama(env_kriteria(k.kode, "poin")), "skor")
        else:
            if h.bobot is None:
                lb.tulis(r, 5, Teks("-"), "tengah")
            else:
                lb.tulis(r, 5, Nama(env_kriteria(k.kode, "bobot")), "skor")
            lb.tulis(r, 6, Teks("-"), "tengah")
            lb.tulis(r, 7, Teks("-"), "tengah")
        lb.tulis(r, 8, Teks("; ".join(h.bukti) or "-"))
        lb.tulis(r, 9, Teks("; ".join(i.teks() for i in h.isian) or "-"))
        keterangan = h.catatan
        if h.status == LUAR_DOKUMEN:
            keterangan = f"Dibuktikan dengan {h.catatan}." if h.catatan else "Dibuktikan di luar dokumen."
        elif h.bobot is None:
            keterangan = (keterangan + " " if keterangan else "") + "Bobot menurut rubrik daerah (lembar RubrikLKE)."
        lb.tulis(r, 10, Teks(keterangan or "-"))
        r += 1
    lb.saring = (first - 1, 0, r - 1, n - 1)
    r += 1
    lb.gabung_sel(r, 0, r, 6, Teks(
        f"Perkiraan nilai komponen {PELAPORAN} dari kriteria yang ditunjukkan dokumen (paling tinggi "
        f"{_angka(penilaian.maksimum(di_dokumen=True))} dari {_angka(penilaian.maksimum())})"), "teks", tebal=True)
    lb.tulis(r, 7, Nama(ENV_TOTAL), "skor", tebal=True)
    return lb


def _angka(x: float) -> str:
    """A weight in a sentence: ``5,5``."""
    return f"{x:g}".replace(".", ",")
