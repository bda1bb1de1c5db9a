"""The report year's realisasi against the benchmarks of sheet Pembanding (53/2014 point 4; LKE 3.b.6).

Pure, like :mod:`lkj_excel.rules`, and part of its computation (``rules.hitung`` calls
``banding_pembanding``): for each benchmark, the share of the benchmark the realisasi reaches
(measured like a capaian, by the indicator's polarity: a predikat by its rank) and, for a number,
the difference realisasi − benchmark. Both are expressions of the environment, so the output
workbook carries them as formulas over the copied figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from .expr import Ref, is_number
from .model import Pembanding, Polaritas
from .rules import HasilIndikator, _Turunan, expr_capaian

__all__ = ["HasilPembanding", "banding_pembanding"]


@dataclass
class HasilPembanding(_Turunan):
    """One benchmark of one indicator (``pembanding:<n>``), with the report year's realisasi against it."""

    pembanding: Pembanding
    kode_indikator: str
    persen: float | None = None
    """The realisasi as a share of the benchmark (%), by the indicator's polarity."""
    selisih: float | None = None
    """Realisasi − benchmark, in the indicator's unit (None for a predikat)."""
    lebih_baik: bool | None = None
    """The realisasi is better than the benchmark (by polarity); None where equal or unknown."""

    @property
    def nama_nilai(self) -> str:
        """The environment name of the benchmark's figure (an input, from sheet Pembanding)."""
        return f"Pembanding:{self.kunci.rpartition(':')[2]}.nilai"


def banding_pembanding(h, indikator: dict[str, HasilIndikator]) -> list[HasilPembanding]:
    """Every benchmark of sheet Pembanding against its indicator's realisasi (``h``: the rules' ``_Hitung``)."""
    out = []
    for n, p in enumerate(h.l.pembanding, 1):
        hi = indikator.get(p.kode_indikator)
        if hi is None:
            continue
        hp = HasilPembanding(pembanding=p, kode_indikator=p.kode_indikator, kunci=f"pembanding:{n}")
        nilai = h.masuk(f"Pembanding:{n}", p, "nilai")
        r = h.pakai(Ref(hi.ini.env_name("realisasi")))
        hp.persen = h.tetap(hp, "persen", expr_capaian(r, nilai, hi.polaritas, metode_negatif=h.p.metode_negatif,
                                                        predikat_numerik=h.p.predikat_numerik))
        if hi.polaritas is not Polaritas.PREDIKAT and is_number(p.nilai):
            hp.selisih = h.tetap(hp, "selisih", r - nilai)
        if hp.persen is not None and round(hp.persen, 6) != 100:
            hp.lebih_baik = hp.persen > 100
        out.append(hp)
    return out
