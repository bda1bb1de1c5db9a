"""What the kind of reporting unit decides (RULES.md §11): every name the report gives it, and its signatories.

An LKjIP is written by a Perangkat Daerah (dinas, badan, sekretariat, inspektorat...), by a
Kecamatan, or by the Pemerintah Daerah itself (provinsi, kabupaten, kota). From the kind (the
Identitas field Jenis Instansi) and the other identity fields, :func:`sebutan` derives once every
name the Word report, the output workbook and the recap print, so that no region is named twice
("Pemerintah Provinsi Riau", never "Pemerintah Provinsi Riau Provinsi Riau") and every phrase that
depends on the kind is decided here:

=================  ==============================  ======================================  ==========================
kind               the unit                        signed by                               second party of the PK
=================  ==============================  ======================================  ==========================
Perangkat Daerah   Dinas Sosial Kabupaten X        its head, with rank and NIP             the Kepala Daerah (Bupati X)
Kecamatan          Kecamatan Bantan Kabupaten X    the Camat, with rank and NIP            the Kepala Daerah (Bupati X)
Pemerintah Daerah  Pemerintah Kabupaten X          the Kepala Daerah (no rank, no NIP)     none: the PK is the Kepala
                                                                                           Daerah's own statement
=================  ==============================  ======================================  ==========================

A second party typed in the Identitas sheet always wins; a rank or NIP typed for a Kepala Daerah
(a penjabat is a civil servant) is printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Identitas, JenisInstansi

__all__ = ["Sebutan", "sebutan", "kepala_daerah", "nama_pemda_tidak_dipakai"]

_TINGKAT = {JenisInstansi.PROVINSI: "Provinsi", JenisInstansi.KABUPATEN: "Kabupaten", JenisInstansi.KOTA: "Kota"}
"""The level word of a region, by the kind of its own government."""
_KEPALA = (("Kabupaten", "Bupati"), ("Kota", "Wali Kota"), ("Provinsi", "Gubernur"))
"""The head of a region by its level: "Kabupaten Bengkalis" -> "Bupati Bengkalis"."""
MENTERI_PANRB = "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"


@dataclass(frozen=True)
class Sebutan:
    """Every name the report gives the reporting unit, and who signs for it.

    Attributes:
        jenis: the kind of unit.
        nama: the unit in a sentence: "Dinas Sosial", "Kecamatan Bantan", "Pemerintah Kabupaten Bengkalis".
        nama_lengkap: with its region, never repeated: "Dinas Sosial Kabupaten Bengkalis",
            "Kecamatan Bantan Kabupaten Bengkalis", "Pemerintah Kabupaten Bengkalis".
        daerah: the region: "Kabupaten Bengkalis".
        sampul: the lines of the cover under the title, in capitals.
        kepala_daerah: the head of the region, "Bupati Bengkalis" (None where the region's level is unknown).
        pihak_kedua: the office of the Perjanjian Kinerja's second party; None for a Pemerintah Daerah
            that typed none (its PK is then the Kepala Daerah's own statement).
        penerima_laporan: to whom the LKjIP is submitted: the Kepala Daerah, or for a Pemerintah
            Daerah the Minister for the civil service.
        unit: the kind in a phrase: "perangkat daerah", "kecamatan", "pemerintah daerah".
        penandatangan: the signatory's role as a label: "Kepala Perangkat Daerah", "Camat", "Kepala Daerah".
        rencana: the medium-term plan the PK follows: "Renstra", or "RPJMD" for a Pemerintah Daerah.
        rencana_panjang: the same in full, with its abbreviation in brackets.
        rencana_unit: the plan with its owner: "Renstra Dinas Sosial", "RPJMD Kabupaten Bengkalis".
    """

    jenis: JenisInstansi
    nama: str
    nama_lengkap: str
    daerah: str
    sampul: tuple[str, ...]
    kepala_daerah: str | None
    pihak_kedua: str | None
    penerima_laporan: str
    unit: str
    penandatangan: str
    rencana: str
    rencana_panjang: str
    rencana_unit: str

    @property
    def pemda(self) -> bool:
        """The Pemerintah Daerah itself."""
        return self.jenis.pemda


def sebutan(ident: Identitas) -> Sebutan:
    """Every name of the unit of ``ident``, derived from its kind and its identity fields."""
    jenis = ident.jenis_instansi
    daerah = _daerah(ident)
    kepala = kepala_daerah(daerah, jenis)
    pihak_kedua = _rapi(ident.pemberi_amanah_jabatan) or (None if jenis.pemda else kepala)
    if jenis.pemda:
        nama = nama_lengkap = f"Pemerintah {daerah}"
        sampul = (nama_lengkap.upper(),)
        rencana, rencana_panjang = "RPJMD", "Rencana Pembangunan Jangka Menengah Daerah (RPJMD)"
        rencana_unit = f"RPJMD {daerah}"
        unit, penandatangan, penerima = "pemerintah daerah", "Kepala Daerah", MENTERI_PANRB
    else:
        nama = _tanpa_daerah(_rapi(ident.nama_instansi), daerah)
        if jenis is JenisInstansi.KECAMATAN and not nama.lower().startswith("kecamatan"):
            nama = f"Kecamatan {nama}"
        nama_lengkap = f"{nama} {daerah}".strip()
        provinsi = _rapi(ident.provinsi)
        sampul = (nama.upper(), daerah.upper()) + (
            (f"PROVINSI {provinsi.upper()}",) if provinsi and provinsi.lower() not in daerah.lower() else ())
        rencana, rencana_panjang = "Renstra", "Rencana Strategis (Renstra)"
        rencana_unit = f"Renstra {nama}"
        if jenis is JenisInstansi.KECAMATAN:
            unit, penandatangan = "kecamatan", "Camat"
        else:
            unit, penandatangan = "perangkat daerah", "Kepala Perangkat Daerah"
        penerima = pihak_kedua or "kepala daerah"
    return Sebutan(jenis=jenis, nama=nama, nama_lengkap=nama_lengkap, daerah=daerah, sampul=tuple(s for s in sampul if s),
                   kepala_daerah=kepala, pihak_kedua=pihak_kedua, penerima_laporan=penerima, unit=unit,
                   penandatangan=penandatangan, rencana=rencana, rencana_panjang=rencana_panjang,
                   rencana_unit=rencana_unit)


def kepala_daerah(daerah: str, jenis: JenisInstansi | None = None) -> str | None:
    """The head of a region: "Kabupaten Bengkalis" -> "Bupati Bengkalis", "Kota Dumai" -> "Wali Kota Dumai"."""
    for tingkat, kepala in _KEPALA:
        if daerah.lower().startswith(tingkat.lower() + " "):
            return f"{kepala} {daerah[len(tingkat) + 1:].strip()}"
    if jenis is not None and jenis.pemda and daerah:
        return f"{dict(_KEPALA)[_TINGKAT[jenis]]} {daerah}"
    return None


def nama_pemda_tidak_dipakai(ident: Identitas) -> bool:
    """A Pemerintah Daerah's workbook names a unit other than the region's own government (it is not printed)."""
    typed = _rapi(ident.nama_instansi)
    if not ident.jenis_instansi.pemda or not typed:
        return False
    daerah = _daerah(ident)
    inti = re.sub(r"^pemerintah\s+", "", typed.lower())
    return inti not in (daerah.lower(), _tanpa_tingkat(daerah).lower())


def _daerah(ident: Identitas) -> str:
    """The region as printed: "Kabupaten Bengkalis"; for a Pemerintah Daerah with its level word added if missing."""
    daerah = re.sub(r"^pemerintah\s+", "", _rapi(ident.pemerintah_daerah), flags=re.IGNORECASE)
    tingkat = _TINGKAT.get(ident.jenis_instansi)
    if tingkat and daerah and not any(daerah.lower().startswith(t.lower() + " ") for t, _ in _KEPALA):
        daerah = f"{tingkat} {daerah}"
    return daerah


def _tanpa_tingkat(daerah: str) -> str:
    """ "Kabupaten Bengkalis" -> "Bengkalis"."""
    for tingkat, _ in _KEPALA:
        if daerah.lower().startswith(tingkat.lower() + " "):
            return daerah[len(tingkat) + 1:]
    return daerah


def _tanpa_daerah(nama: str, daerah: str) -> str:
    """A unit's name without its region at the end: "Dinas Sosial Kabupaten Bengkalis" -> "Dinas Sosial"."""
    if daerah and nama.lower().endswith(" " + daerah.lower()):
        return nama[: -len(daerah)].strip()
    return nama


def _rapi(teks: str | None) -> str:
    """Text with its white space tidied; "" for None."""
    return " ".join(str(teks or "").split())
