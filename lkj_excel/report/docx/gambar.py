"""The figures of the report, each with the sentence that introduces it.

Gambar 1.1, the organisation chart (a picture: the agency's own, or drawn by
:mod:`.bagan`), and the native bar charts of Bab III (:mod:`.grafik`): target
against realisasi of one indicator year by year, or the capaian of all the indicators
of a sasaran that has many.
"""

from __future__ import annotations

from ...angka import sama_satuan
from ...expr import urut_pita
from ...model import Polaritas
from ..katalog import Entri, tahun_grafik_sasaran
from .bagan import bagan_organisasi
from .grafik import Grafik, Seri
from .konteks import Konteks, angka

_WARNA_TARGET, _WARNA_REALISASI = "9DC3E6", "2F5597"
_WARNA_TAHUN = {1: ("2F5597",), 2: ("9DC3E6", "2F5597"), 3: ("BDD7EE", "6C9BD2", "2F5597")}  # older years lighter


def gambar_struktur_organisasi(k: Konteks, e: Entri) -> None:
    """Gambar 1.1: the agency's own organisation chart (named in Identitas), else one drawn from the Organisasi sheet."""
    units = k.lkjip.organisasi
    bagan = k.bagan if k.bagan is not None else bagan_organisasi(units)
    k.doc.paragraf(f"Bagan struktur organisasi {k.instansi} disajikan pada {e.rujukan}.")
    isi = f" Unit-unitnya: {'; '.join(u.nama for u in units)}." if units else ""
    k.doc.gambar(bagan, e, alt=f"{e.caption}.{isi}")


def grafik_sasaran(k: Konteks, e: Entri) -> None:
    """Gambar 3.n for a sasaran with many indicators: their capaian year by year in one chart."""
    sasaran = next(s for s in k.lkjip.sasaran if s.kode == e.kode_sasaran)
    indikator = [k.hasil.indikator_by_kode(i.kode) for i in sasaran.indikator]
    years = tahun_grafik_sasaran(indikator)
    capaian = [[(hi.tahun(y).capaian if hi.tahun(y) else None) for y in years] for hi in indikator]
    warna = _WARNA_TAHUN[len(years)]
    seri = [Seri(str(year), [row[j] for row in capaian],
                 [k.persen(row[j]) if row[j] is not None else "" for row in capaian], warna[j])
            for j, year in enumerate(years)]
    tinggi = min(17.0, max(6.0, 1.6 + 0.75 * len(indikator) * max(1, len(years)) ** 0.5))
    k.doc.paragraf(f"Capaian setiap indikator sasaran ini dari tahun ke tahun, terhadap target 100%, disajikan pada {e.rujukan}.", ikat=True)
    k.doc.grafik(Grafik([hi.nama for hi in indikator], seri, arah="batang", tinggi_cm=tinggi,
                        judul_sumbu="Capaian (%)", ukuran_font=8), e)


def seri_target_realisasi(k: Konteks, polaritas: Polaritas, satuan: str, target: list, realisasi: list
                          ) -> tuple[list[Seri], float | None, str]:
    """The two series of a target-against-realisasi chart, the top of its axis and the axis title.

    A predikat is drawn at its rank on the scale, labelled with itself; a number with its unit's label.
    """
    if polaritas is Polaritas.PREDIKAT:
        skala = [p.label for p in urut_pita(k.hasil.skala.get("peringkat_predikat", []))]
        rank = {label.upper(): i + 1 for i, label in enumerate(skala)}

        def titik(v):
            peringkat = rank.get(str(v).strip().upper()) if v is not None else None
            return peringkat, (str(v).strip() if peringkat is not None else "")

        maks, judul_sumbu = len(skala) + 0.8, "Predikat"
    else:
        persen = sama_satuan(satuan, "%")

        def titik(v):
            return (None, "") if v is None else (float(v), angka(float(v), k.nd) + ("%" if persen else ""))

        maks, judul_sumbu = None, "" if persen else satuan.strip()
    seri = []
    for nama, warna, nilai in (("Target", _WARNA_TARGET, target), ("Realisasi", _WARNA_REALISASI, realisasi)):
        points = [titik(v) for v in nilai]
        seri.append(Seri(nama, [y for y, _ in points], [text for _, text in points], warna))
    return seri, maks, judul_sumbu


def grafik_indikator(k: Konteks, e: Entri) -> None:
    """Gambar 3.n: target against realisasi of one indicator, year by year (the catalogue says it can be drawn)."""
    hi = k.hasil.indikator_by_kode(e.kode_indikator)
    years = [t.tahun for t in hi.riwayat]
    seri, maks, judul_sumbu = seri_target_realisasi(k, hi.polaritas, hi.satuan, [t.target for t in hi.riwayat],
                                                    [t.realisasi for t in hi.riwayat])
    k.doc.paragraf(f"Perkembangan target dan realisasi indikator ini disajikan pada {e.rujukan}.", ikat=True)
    k.doc.grafik(Grafik([str(y) for y in years], seri, maks=maks, judul_sumbu=judul_sumbu), e)
