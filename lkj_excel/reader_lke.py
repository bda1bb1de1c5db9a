"""Reading the sheets behind the LKE self-assessment: Pembanding (benchmarks) and RubrikLKE (weights).

Both sheets are optional and were added after the first templates; ``reader._build`` reads
their tables with ``reader.read_table`` and hands them here. A benchmark of an indicator that
is not in the PK, or a weight of a criterion the tool does not know, is reported with its cell
and left out; nothing else is dropped.
"""

from __future__ import annotations

from . import model as m
from .katalog_temuan import Pembacaan as P
from .problems import DaftarTemuan


def baca_pembanding(tabel, indikator: dict[str, m.IndikatorKinerja], tahun: int | None,
                    temuan: DaftarTemuan) -> list[m.Pembanding]:
    """The rows of sheet Pembanding (a ``reader.TableRead``) as benchmarks of known PK indicators."""
    out = []
    for r in tabel.records:
        v, c = r.values, r.cells
        kode = v.get("kode_indikator")
        if not kode or v.get("pembanding") is None or v.get("nilai") is None or not v.get("sumber"):
            continue  # the reader has said which required cell is empty
        if kode not in indikator:
            temuan.catat(P.KODE_TIDAK_DIKENAL, c["kode_indikator"], varian="pembanding", kode=kode, ditemukan=kode,
                         diharapkan=", ".join(sorted(indikator)) or "kode pada lembar PK")
            continue
        out.append(m.Pembanding(kode_indikator=kode, pembanding=str(v["pembanding"]), tahun=v.get("tahun") or tahun or 0,
                                nilai=v["nilai"], sumber=str(v["sumber"]), cells=c))
    return out


def baca_rubrik(tabel, dikenal: set[str], temuan: DaftarTemuan) -> tuple[dict[str, float], dict[str, str]]:
    """The weights of sheet RubrikLKE by criterion code, and their cells (codes not in ``dikenal`` are reported)."""
    bobot: dict[str, float] = {}
    sel: dict[str, str] = {}
    kode_dari = {k.casefold(): k for k in dikenal}  # the reader upper-cases codes: "3.B.6"
    for r in tabel.records:
        v, c = r.values, r.cells
        ditulis = str(v.get("kode") or "").strip()
        if not ditulis or v.get("bobot") is None:
            continue
        kode = kode_dari.get(ditulis.casefold(), ditulis)
        if kode not in dikenal:
            temuan.catat(P.KRITERIA_LKE_TIDAK_DIKENAL, c["kode"], kode=kode, dikenal=", ".join(sorted(dikenal)),
                         ditemukan=kode)
            continue
        bobot[kode], sel[kode] = float(v["bobot"]), c["bobot"]
    return bobot, sel
