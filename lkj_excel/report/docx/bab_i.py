"""BAB I PENDAHULUAN: latar belakang, maksud dan tujuan, tugas dan fungsi, struktur organisasi, isu strategis.

Where the agency wrote its own text (Narasi sheet) it is used; otherwise a standard
paragraph stands in. The organisation is listed as a nested list and drawn as
Gambar 1.1.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import UnitOrganisasi
from .kalimat import awal_kecil
from ..katalog import Jenis
from .konteks import Konteks


def render_bab_i(k: Konteks) -> None:
    """BAB I PENDAHULUAN."""
    k.doc.judul_bab("BAB I", "PENDAHULUAN", nomor=1)
    render_latar_belakang(k)
    render_maksud_dan_tujuan(k)
    render_tugas_dan_fungsi(k)
    render_struktur_organisasi(k)
    isu = k.lkjip.narasi_of("Isu Strategis")
    if isu:
        k.doc.subjudul("1.5 Isu Strategis")
        _paragraf_atau_butir(k, isu)


def render_latar_belakang(k: Konteks) -> None:
    """1.1 Latar Belakang: the agency's own text, or the legal basis of the report."""
    k.doc.subjudul("1.1 Latar Belakang")
    for paragraf in k.lkjip.narasi_of("Latar Belakang") or [
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
        "mewajibkan setiap instansi pemerintah merencanakan, mengukur dan melaporkan kinerjanya secara "
        "berkala. Laporan kinerja menutup siklus tersebut: laporan ini menyatakan sejauh mana sasaran yang "
        "diperjanjikan pada awal tahun telah terwujud.",
        f"Sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014, "
        f"{k.instansi} menyusun LKjIP Tahun {k.tahun} dengan membandingkan realisasi setiap indikator "
        f"kinerja terhadap target dalam Perjanjian Kinerja Tahun {k.tahun}, dan menyampaikannya kepada "
        f"{k.pemberi_amanah}.",
    ]:
        k.doc.paragraf(paragraf)


def render_maksud_dan_tujuan(k: Konteks) -> None:
    """1.2 Maksud dan Tujuan: the agency's own text, or what the report is for."""
    k.doc.subjudul("1.2 Maksud dan Tujuan")
    for paragraf in k.lkjip.narasi_of("Maksud dan Tujuan") or [
        f"Laporan ini dimaksudkan sebagai wujud pertanggungjawaban {k.instansi} atas pelaksanaan program "
        f"dan kegiatan Tahun {k.tahun} dalam mencapai sasaran strategis yang telah ditetapkan.",
        "Tujuannya adalah memberikan informasi kinerja yang terukur kepada pemberi amanah dan masyarakat, "
        "serta menjadi bahan evaluasi bagi perbaikan perencanaan dan pelaksanaan program pada tahun-tahun "
        "berikutnya.",
    ]:
        k.doc.paragraf(paragraf)


def render_tugas_dan_fungsi(k: Konteks) -> None:
    """1.3 Tugas dan Fungsi: the agency's duty and functions, as listed in the workbook."""
    d = k.doc
    d.subjudul("1.3 Tugas dan Fungsi")
    tugas = k.lkjip.tugas_fungsi.tugas
    fungsi = k.lkjip.tugas_fungsi.fungsi
    if not tugas and not fungsi:
        d.paragraf(
            f"{k.instansi} menyelenggarakan urusan pemerintahan yang menjadi kewenangan daerah sesuai peraturan "
            "perundang-undangan." if k.sebutan.pemda else
            f"Tugas dan fungsi {k.instansi} ditetapkan dengan peraturan kepala daerah tentang kedudukan, susunan "
            "organisasi, tugas dan fungsi, serta tata kerja perangkat daerah.")
        return
    if len(tugas) == 1:
        d.paragraf(f"{k.instansi} mempunyai tugas {_bertitik(awal_kecil(tugas[0]))}")
    elif tugas:
        d.paragraf(f"{k.instansi} mempunyai tugas sebagai berikut:", ikat=True)
        d.daftar_bernomor(tugas, "a")
    if fungsi:
        d.paragraf(f"Dalam melaksanakan tugas tersebut, {k.instansi} menyelenggarakan fungsi sebagai berikut:"
                   if tugas else f"{k.instansi} menyelenggarakan fungsi sebagai berikut:", ikat=True)
        d.daftar_bernomor(fungsi, "a")


def render_struktur_organisasi(k: Konteks) -> None:
    """1.4 Struktur Organisasi: the agency's text, its units as a nested list, and Gambar 1.1."""
    d = k.doc
    d.subjudul("1.4 Struktur Organisasi")
    for paragraf in k.lkjip.narasi_of("Struktur Organisasi"):
        d.paragraf(paragraf)
    units = k.lkjip.organisasi
    if units:
        d.paragraf("Rincian unit organisasinya adalah sebagai berikut:" if k.lkjip.narasi_of("Struktur Organisasi")
                   else f"Susunan organisasi {k.instansi} terdiri atas:", ikat=True)
        d.daftar_bertingkat(_pohon_organisasi(units))
    bagan = k.katalog.cari(Jenis.BAGAN_ORGANISASI)
    if not units and bagan is None and not k.lkjip.narasi_of("Struktur Organisasi"):
        d.paragraf(f"Susunan perangkat daerah {k.instansi} ditetapkan dengan peraturan daerah." if k.sebutan.pemda
                   else f"Susunan organisasi {k.instansi} ditetapkan dengan peraturan kepala daerah tentang "
                        "kedudukan, susunan organisasi, tugas dan fungsi, serta tata kerja perangkat daerah.")
    k.tulis(bagan)


def _bertitik(teks: str) -> str:
    """A sentence that ends with its full stop."""
    teks = teks.rstrip()
    return teks if teks.endswith((".", "!", "?")) else teks.rstrip(",;:") + "."


def _paragraf_atau_butir(k: Konteks, teks: list[str]) -> None:
    """One text as a paragraph, several as a bulleted list."""
    if len(teks) == 1:
        k.doc.paragraf(teks[0])
    else:
        k.doc.butir(teks)


def _pohon_organisasi(units: Sequence[UnitOrganisasi]) -> list[tuple[str, list]]:
    """The units as a nested list: the head, then each unit under the head with its sub-units."""
    kode = {u.kode for u in units}
    anak: dict[str | None, list[UnitOrganisasi]] = {}
    for u in units:
        induk = u.induk if u.induk in kode and u.induk != u.kode else None
        anak.setdefault(induk, []).append(u)

    def cabang(u: UnitOrganisasi, seen: frozenset) -> tuple[str, list]:
        seen = seen | {u.kode}
        return u.nama, [cabang(c, seen) for c in anak.get(u.kode, []) if c.kode not in seen]

    roots = anak.get(None, [])
    if not roots:
        return []
    kepala, lain = roots[0], roots[1:]
    return [(kepala.nama, [])] + [cabang(c, frozenset({kepala.kode})) for c in anak.get(kepala.kode, []) + lain]
