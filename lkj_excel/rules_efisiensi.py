"""Efficiency of a sasaran (RULES.md §5 and §9): the methods, their labels, and the sentence that names the method.

Part of the rules (pure, no I/O): ``rules`` re-exports every name here and applies them to each sasaran.
Five methods, chosen on sheet Pengaturan: ``rasio`` (default), ``selisih``, ``pmk249``, ``penghematan``
and ``indeks``, the ratio index that national units print (IE = capaian ÷ penyerapan as a plain ratio,
TE = IE − SE with SE = 1). Each method's value is labelled on a scale of its own (``SKALA_EFISIENSI``).
"""

from __future__ import annotations

from .angka import fmt_angka_ringkas
from .expr import Expr, If, Max, Min, Round, ScaleLookup, Value, ge, lift
from .model import Pengaturan, Pita
from .skala import uraian_pita

__all__ = ["METODE_EFISIENSI", "SKALA_EFISIENSI", "DESIMAL_INDEKS", "STANDAR_EFISIENSI", "expr_efisiensi",
           "expr_label_efisiensi", "expr_te_indeks", "kalimat_efisiensi"]

METODE_EFISIENSI = ("rasio", "selisih", "pmk249", "penghematan", "indeks")
SKALA_EFISIENSI = {
    "rasio": "efisiensi", "selisih": "efisiensi_selisih",
    "pmk249": "efisiensi_pmk249", "penghematan": "efisiensi_penghematan", "indeks": "efisiensi_indeks",
}
"""The scale that labels each efficiency method's value."""
DESIMAL_INDEKS = 3  # RULES.md §9: printed as ratios with three decimals
"""Decimals of the ratio index (method ``indeks``): printed as a plain ratio, 1,083, and labelled at that precision."""
STANDAR_EFISIENSI = 1.0
"""SE of method ``indeks``: spending in exact proportion to the capaian gives IE = 1."""


def expr_efisiensi(
    metode: str,
    capaian: Expr | Value,
    penyerapan: Expr | Value,
    anggaran: Expr | Value = None,
    realisasi: Expr | Value = None,
    *,
    nd: int = 2,
    pmk_batasi: bool = True,
    pmk_batas: float = 20.0,
) -> tuple[Expr, Expr]:
    """§5 efficiency of a sasaran by one method: (value, label).

    rasio: capaian ÷ penyerapan × 100, labelled on scale ``efisiensi``.
    selisih: capaian − penyerapan (points), scale ``efisiensi_selisih``.
    pmk249: E = (anggaran × CK − realisasi) ÷ (anggaran × CK) with CK = capaian/100, E
    clamped to ±``pmk_batas``% where ``pmk_batasi``; value 50 + (E ÷ pmk_batas%) × 50,
    scale ``efisiensi_pmk249``.
    penghematan: 100 − penyerapan where the (rounded) capaian is at least 100, else 0;
    scale ``efisiensi_penghematan``. Labels use the value rounded to ``nd`` decimals.
    indeks (§9): IE = capaian ÷ penyerapan as a plain ratio (1,083), scale ``efisiensi_indeks``,
    labelled at ``DESIMAL_INDEKS`` decimals; its TE = IE − SE is ``expr_te_indeks``.
    """
    c, p = lift(capaian), lift(penyerapan)
    if metode == "rasio":
        nilai: Expr = c / p * 100
    elif metode == "selisih":
        nilai = c - p
    elif metode == "pmk249":
        basis = lift(anggaran) * (c / 100)
        e: Expr = (basis - lift(realisasi)) / basis
        b = pmk_batas / 100
        if pmk_batasi:
            e = Max(-b, Min(b, e))
        nilai = 50 + e / b * 50
    elif metode == "penghematan":
        nilai = If(ge(Round(c, nd), 100), 100 - p, 0)
    elif metode == "indeks":
        nilai = c / p
    else:
        raise ValueError(f"Metode efisiensi tidak dikenal: {metode!r}.")
    return nilai, expr_label_efisiensi(metode, nilai, nd)


def expr_label_efisiensi(metode: str, nilai: Expr | Value, nd: int = 2) -> Expr:
    """§5 label of an efficiency value: the method's scale applied to the value rounded to ``nd``
    (the ratio index at its own ``DESIMAL_INDEKS``)."""
    return ScaleLookup(Round(nilai, DESIMAL_INDEKS if metode == "indeks" else nd), SKALA_EFISIENSI[metode])


def expr_te_indeks(ie: Expr | Value) -> Expr:
    """§9 TE = IE − SE (SE = 1) of the ratio index: above 0 the sasaran spent less than its capaian."""
    return lift(ie) - STANDAR_EFISIENSI


def kalimat_efisiensi(metode: str, pita_skala: list[Pita], p: Pengaturan) -> str:
    """§5 the one sentence that tells the report's reader how efficiency was measured, given the
    bands of the method's scale in force (``rules.keterangan_efisiensi`` finds them)."""
    atas, bawah = uraian_pita(pita_skala)
    pita = ", ".join(atas)
    pita += f", dan selain itu {bawah}" if pita else bawah
    if metode == "rasio":
        return ("Tingkat efisiensi diukur dengan indeks efisiensi, yaitu capaian kinerja sasaran dibagi "
                f"persentase penyerapan anggaran sasaran dikali 100, dengan kategori {pita}.")
    if metode == "selisih":
        return ("Tingkat efisiensi diukur dari selisih capaian kinerja sasaran dikurangi persentase "
                f"penyerapan anggaran sasaran, dengan kategori {pita}.")
    if metode == "pmk249":
        batas = fmt_angka_ringkas(p.pmk_batas)
        klem = f", dibatasi ±{batas}%" if p.pmk_batasi else ""
        return ("Tingkat efisiensi diukur menurut PMK Nomor 249/PMK.02/2011: efisiensi E = (anggaran × "
                f"capaian − realisasi anggaran) ÷ (anggaran × capaian){klem}, dan nilai efisiensi = 50 + "
                f"(E ÷ {batas}%) × 50, dengan kategori {pita}.")
    if metode == "penghematan":
        return ("Tingkat efisiensi diukur dari penghematan anggaran (100% dikurangi persentase penyerapan) "
                f"yang hanya diakui bila capaian kinerja sasaran mencapai 100% atau lebih, dengan kategori {pita}.")
    if metode == "indeks":
        return ("Tingkat efisiensi diukur dengan indeks efisiensi (IE), yaitu capaian kinerja sasaran dibagi persentase "
                "penyerapan anggaran sasaran dan dinyatakan sebagai rasio, bukan persen; selisihnya terhadap standar "
                f"efisiensi (SE = 1) adalah TE = IE − 1, dan kategorinya ditentukan dari IE: {pita}.")
    raise ValueError(f"Metode efisiensi tidak dikenal: {metode!r}.")
