"""The sentences the report generates around its numbers.

How many indicators met their target, the capaian of each sasaran, how capaian is
measured; and for one indicator: this year against its target, against earlier years,
against the Renstra's end-period target and against a national standard. Each
returns text, which the chapters place; the small helpers join Indonesian lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...angka import bulat, dengan_kata, fmt_angka_ringkas
from ...model import Indikator, IndikatorKinerja, Polaritas
from ...rules import HasilIndikator
from ...skala import tampil_kategori, uraian_pita
from ...sumber import Sumber, nilai_sumber, urai
from ..katalog import Jenis
from .konteks import Konteks, angka


def kalimat_ketercapaian(k: Konteks) -> str:
    """How many indicators met their target (capaian ≥ 100 at display precision); for one, whether it did."""
    semua = k.hasil.indikator
    if not semua:
        return "Perjanjian Kinerja belum memuat indikator kinerja yang dapat diukur."
    tercapai = [hi for hi in semua if hi.capaian is not None and bulat(hi.capaian, k.nd) >= 100]
    belum = [hi for hi in semua if hi.capaian is not None and bulat(hi.capaian, k.nd) < 100]
    tak_terukur = [hi for hi in semua if hi.capaian is None]
    if len(semua) == 1:
        nama = semua[0].nama
        if tercapai:
            return f"Indikator kinerja {nama} mencapai atau melampaui target (capaian 100% atau lebih)."
        if belum:
            return f"Indikator kinerja {nama} belum mencapai target."
        return f"Capaian indikator kinerja {nama} belum dapat diukur."
    if not tercapai and not belum:
        return (f"Capaian {dengan_kata(len(semua), 'indikator kinerja')} belum dapat diukur, yaitu "
                + rangkai([hi.nama for hi in tak_terukur]) + ".")
    bagian = []
    if tercapai:
        bagian.append(f"{dengan_kata(len(tercapai), 'indikator')} mencapai atau melampaui target (capaian 100% atau lebih)")
    if belum:
        bagian.append(("sedangkan " if tercapai else "") + f"{dengan_kata(len(belum), 'indikator')} belum mencapai "
                      "target, yaitu " + rangkai([hi.nama for hi in belum]))
    kalimat = f"Dari {dengan_kata(len(semua), 'indikator kinerja')}, " + ", ".join(bagian)
    if tak_terukur:
        kalimat += (f"; capaian {dengan_kata(len(tak_terukur), 'indikator')} belum dapat diukur, yaitu "
                    + rangkai([hi.nama for hi in tak_terukur]))
    return kalimat + "."


def kalimat_capaian_sasaran(k: Konteks) -> str:
    """The capaian and category of every sasaran (named by its number), and the sasaran whose capaian cannot be measured."""
    terukur = [hs for hs in k.hasil.sasaran if hs.capaian is not None]
    bagian = [f"{k.sasaran_ke(hs.kode)} ({hs.nama}) sebesar {k.persen(hs.capaian)}"
              + (f" dengan kategori {hs.kategori}" if hs.kategori else "") for hs in terukur]
    kalimat = f"Capaian {rangkai(bagian)}." if bagian else ""
    belum = [f"{k.sasaran_ke(hs.kode)} ({hs.nama})" for hs in k.hasil.sasaran if hs.capaian is None]
    if belum:
        kalimat += f" Capaian {rangkai(belum)} belum dapat diukur."
    return kalimat.strip()


def kalimat_jumlah_pk(k: Konteks) -> str:
    """What the Perjanjian Kinerja holds: "2 (dua) sasaran strategis dengan 3 (tiga) indikator kinerja"."""
    n_sasaran, n_indikator = len(k.lkjip.sasaran), len(k.lkjip.indikator)
    if not n_indikator:
        return f"{dengan_kata(n_sasaran, 'sasaran strategis')} yang belum memiliki indikator kinerja"
    return f"{dengan_kata(n_sasaran, 'sasaran strategis')} dengan {dengan_kata(n_indikator, 'indikator kinerja')}"


def pengantar_daftar(awal: str, n: int) -> str:
    """The words before a list: "<awal> antara lain:" for several items, "<awal> adalah:" for one."""
    return f"{awal} antara lain:" if n > 1 else f"{awal} adalah:"


def kalimat_metode_capaian(k: Konteks) -> str:
    """How capaian is computed for each polarity in use, and the categories it falls into."""
    polaritas = {i.polaritas for i in k.lkjip.indikator} | {o.polaritas for o in k.lkjip.operasional}
    kalimat = ("Pengukuran kinerja dilakukan dengan membandingkan realisasi setiap indikator kinerja terhadap "
               "target dalam Perjanjian Kinerja. Untuk indikator yang makin tinggi makin baik, capaian dihitung "
               "sebagai realisasi dibagi target dikali 100%")
    if Polaritas.NEGATIF in polaritas:
        rumus = ("(2 × target − realisasi) ÷ target × 100%" if k.lkjip.pengaturan.metode_negatif == "2T-R"
                 else "target ÷ realisasi × 100%")
        kalimat += f"; untuk indikator yang makin rendah makin baik, capaian dihitung dengan rumus {rumus}"
    if Polaritas.PREDIKAT in polaritas:
        kalimat += ("; untuk indikator berupa predikat, capaian dihitung dari peringkat predikat realisasi "
                    "dibanding peringkat predikat target")
    atas, bawah = uraian_pita(k.hasil.skala.get("kategori", []), "%")
    if atas or bawah:
        kalimat += f". Capaian dikelompokkan ke dalam kategori {', '.join(atas)}, dan di bawahnya {bawah}"
    p = k.lkjip.pengaturan
    if p.batas_capaian is not None and p.kategori_dari == "penuh":
        kalimat += (f". Capaian dicetak paling tinggi {fmt_angka_ringkas(p.batas_capaian)}%, sedangkan kategorinya "
                    "ditentukan dari capaian sebelum dibatasi")
    return kalimat + "."


def kalimat_tahun_ini(k: Konteks, ind: IndikatorKinerja, hi: HasilIndikator) -> str:
    """(1) This year's target and realisasi, and for a formula its counts."""
    target, realisasi = k.nilai(hi.target, ind.satuan), k.nilai(hi.realisasi, ind.satuan)
    if hi.realisasi is None:
        return (f"Pada Tahun {k.tahun}, indikator {ind.nama} memiliki target {target}, tetapi realisasinya "
                "belum tersedia sehingga capaiannya belum dapat dihitung.")
    if hi.capaian is None:
        return (f"Pada Tahun {k.tahun}, indikator {ind.nama} memiliki target {target} dengan realisasi "
                f"{realisasi}; capaiannya tidak dapat dihitung dari target tersebut.")
    capaian = bulat(hi.capaian, k.nd)
    hasil = "terlampaui" if capaian > 100 else "tercapai" if capaian == 100 else "belum tercapai"
    besar = "berupa predikat" if ind.polaritas is Polaritas.PREDIKAT else "sebesar"
    nama = f"{ind.nama} (makin rendah makin baik)" if ind.polaritas is Polaritas.NEGATIF else ind.nama
    kalimat = (f"Pada Tahun {k.tahun}, target indikator {nama} {besar} {target} {hasil} dengan realisasi "
               f"{realisasi}, sehingga capaian kinerjanya {k.persen(hi.capaian)}"
               + (f" (kategori {hi.kategori})." if hi.kategori else "."))
    r = k.lkjip.realisasi_of(ind.kode, k.tahun)
    f = ind.formula
    if f is not None and r is not None and r.realisasi_pembilang is not None:
        nama = _tanpa_jumlah(f.label_pembilang)
        if ind.target_pembilang is not None:
            kalimat += (f" Dari {nama} yang ditargetkan sebanyak {_banyak(ind.target_pembilang, f.satuan_pembilang)}, "
                        f"terealisasi {_banyak(r.realisasi_pembilang, f.satuan_pembilang)}")
        else:
            kalimat += f" {awal_besar(nama)} yang terealisasi sebanyak {_banyak(r.realisasi_pembilang, f.satuan_pembilang)}"
        if r.realisasi_penyebut is not None:
            kalimat += (f" dari keseluruhan {_tanpa_jumlah(f.label_penyebut)} sebanyak "
                        f"{_banyak(r.realisasi_penyebut, f.satuan_penyebut)}")
        kalimat += kalimat_sumber(k, ind, r) + "."
    return kalimat


def kalimat_sumber(k: Konteks, ind: Indikator, r) -> str:
    """The clause (opening with "; ") saying which supporting table the counts of ``r`` (a row of sheet Realisasi,
    or an operational indicator itself) come from (``sumber``): only for a named source whose figure agrees with
    the count at printed precision (the audit reports the others); "" where there is none."""
    per_tabel: dict[int, list[str]] = {}
    f = ind.formula
    for bagian, label in (("pembilang", f.label_pembilang if f else ""), ("penyebut", f.label_penyebut if f else "")):
        label = label or bagian
        teks, jumlah = getattr(ind, f"sumber_{bagian}"), getattr(r, f"realisasi_{bagian}")
        src = urai(teks, k.lkjip.pendukung) if teks else None
        if not isinstance(src, Sumber) or jumlah is None:
            continue
        nilai = nilai_sumber(src, k.hasil)
        if nilai is None or bulat(nilai, k.nd) != bulat(jumlah, k.nd):
            continue
        baris = f", baris {src.label_baris}" if src.baris is not None else ", jumlahnya"
        per_tabel.setdefault(src.indeks_tabel, []).append(f"{_tanpa_jumlah(label)} (kolom {src.kolom.judul}{baris})")
    asal = []
    for i, apa in per_tabel.items():
        e = k.katalog.cari(Jenis.PENDUKUNG, indeks=i)
        judul = k.lkjip.pendukung[i].judul
        asal.append(f"angka {' dan '.join(apa)} bersumber dari " + (f"{e.rujukan} ({judul})" if e else f"tabel {judul}"))
    return "; " + "; ".join(asal) if asal else ""


def kalimat_tahun_lalu(k: Konteks, hi: HasilIndikator) -> list[str]:
    """(2) This year's realisasi and capaian against every earlier year, the latest first."""
    kalimat = []
    for b in reversed(hi.banding):
        lalu = hi.tahun(b.tahun)
        if lalu is None or lalu.realisasi is None or hi.realisasi is None:
            continue
        ini_r, lalu_r = k.nilai(hi.realisasi, hi.satuan), k.nilai(lalu.realisasi, hi.satuan)
        if hi.polaritas is Polaritas.PREDIKAT:
            if b.realisasi_selisih is None:
                continue  # a label off the scale: no rank to compare
            tingkat = b.realisasi_selisih
            if tingkat == 0:
                teks = f"Dibandingkan tahun {b.tahun}, predikat realisasi tetap {ini_r}"
            else:
                arah = "naik" if tingkat > 0 else "turun"
                teks = (f"Dibandingkan tahun {b.tahun}, predikat realisasi {arah} "
                        f"{dengan_kata(round(abs(tingkat)), 'tingkat')}, dari {lalu_r} menjadi {ini_r}")
        elif b.realisasi_selisih is None:
            continue
        else:
            selisih = b.realisasi_selisih
            arah = "lebih tinggi" if selisih > 0 else "lebih rendah" if selisih < 0 else "sama dengan"
            besar = "" if selisih == 0 else " " + k.selisih(abs(selisih), hi.satuan)
            teks = (f"Dibandingkan tahun {b.tahun}, realisasi tahun {k.tahun} sebesar {ini_r} {arah}{besar} "
                    f"{'dari' if selisih else ''} realisasi tahun {b.tahun} sebesar {lalu_r}").replace("  ", " ")
            if b.realisasi_rasio is not None:
                teks += f", atau {k.persen(b.realisasi_rasio)} dari realisasi tahun tersebut"
        if lalu.capaian is not None and hi.capaian is not None:
            c_ini, c_lalu = bulat(hi.capaian, k.nd), bulat(lalu.capaian, k.nd)
            arah = "meningkat" if c_ini > c_lalu else "menurun" if c_ini < c_lalu else "tetap"
            if arah == "tetap":
                teks += f"; capaian kinerjanya tetap {k.persen(hi.capaian)}"
            else:
                teks += (f"; capaian kinerjanya {arah} dari {k.persen(lalu.capaian)} menjadi "
                         f"{k.persen(hi.capaian)}")
        kalimat.append(teks + ".")
    return kalimat


def kalimat_tanpa_tahun_lalu(k: Konteks, hi: HasilIndikator) -> str:
    """(2) where no earlier year has a realisasi: the comparison cannot be made ("" where one can)."""
    if hi.realisasi is None or any(t.tahun < k.tahun and t.realisasi is not None for t in hi.riwayat):
        return ""
    return ("Realisasi indikator ini pada tahun-tahun sebelumnya belum tersedia, sehingga perbandingan dengan "
            "tahun sebelumnya belum dapat disajikan.")


def kalimat_renstra(k: Konteks, hi: HasilIndikator) -> str:
    """(3) Realisasi to date against the Renstra end-period target."""
    br = hi.renstra
    rencana = k.sebutan.rencana
    if br.target_akhir is None:
        return (f"{rencana} belum menetapkan target akhir periode (tahun {br.tahun_akhir}) untuk indikator {br.nama}, "
                f"sehingga realisasi tahun {k.tahun} belum dapat dibandingkan dengan target akhir periode.")
    akhir = k.nilai(br.target_akhir, br.satuan)
    if br.basis is None or br.persen is None:
        sebab = ("satuannya berbeda" if br.basis is None else "realisasinya belum tersedia"
                 if hi.realisasi is None else "realisasinya tidak dapat diukur terhadap target tersebut")
        return (f"Target akhir {rencana} tahun {br.tahun_akhir} untuk indikator {br.nama} adalah {akhir}; "
                f"realisasi tahun {k.tahun} belum dapat dibandingkan dengan target tersebut karena {sebab}.")
    nilai = k.nilai(br.nilai, br.satuan)
    if hi.polaritas is Polaritas.PREDIKAT:
        kalimat = (f"Target akhir {rencana} tahun {br.tahun_akhir} untuk indikator {br.nama} adalah predikat "
                   f"{akhir}; realisasi tahun {k.tahun} berupa predikat {nilai} setara "
                   f"{k.persen(br.persen)} dari target tersebut")
    else:
        kalimat = (f"Terhadap target akhir {rencana} tahun {br.tahun_akhir} untuk indikator {br.nama} sebesar "
                   f"{akhir}, realisasi tahun {k.tahun} sebesar {nilai} telah mencapai {k.persen(br.persen)}")
    if br.kategori and tampil_kategori(k.lkjip.pengaturan, "renstra"):
        kalimat += f" (kategori {br.kategori})"
    if br.sisa is not None and br.sisa > 0:
        if hi.polaritas is Polaritas.PREDIKAT:
            kalimat += (f"; predikat masih perlu ditingkatkan {dengan_kata(round(br.sisa), 'tingkat')} untuk "
                        "memenuhi target akhir periode")
        else:
            arah = "penurunan" if hi.polaritas is Polaritas.NEGATIF else "tambahan"
            kalimat += (f"; masih diperlukan {arah} {k.selisih(br.sisa, br.satuan)} untuk mencapai target "
                        "akhir periode")
    else:
        kalimat += f", sehingga target akhir periode {rencana} telah terpenuhi"
    return kalimat + "."


def kalimat_standar(k: Konteks, hi: HasilIndikator) -> str:
    """(4) Realisasi against a national standard."""
    bs = hi.standar
    if bs.selisih is None:
        return (f"Standar nasional indikator ini sebesar {k.nilai(bs.standar, hi.satuan)}; realisasi tahun "
                f"{k.tahun} belum dapat dibandingkan dengan standar tersebut.")
    selisih = bs.selisih
    arah = "di atas" if selisih > 0 else "di bawah" if selisih < 0 else "sama dengan"
    posisi = f"berada {k.selisih(abs(selisih), hi.satuan)} {arah}" if selisih else arah
    return (f"Dibandingkan standar nasional sebesar {k.nilai(bs.standar, hi.satuan)}, realisasi tahun "
            f"{k.tahun} sebesar {k.nilai(hi.realisasi, hi.satuan)} {posisi} standar tersebut, dengan "
            f"tingkat pemenuhan {k.persen(bs.persen)}"
            + (f" (kategori {bs.kategori})." if bs.kategori and tampil_kategori(k.lkjip.pengaturan, "standar") else "."))


def rangkai(items: Sequence[str]) -> str:
    """Join in Indonesian: "a", "a dan b", "a, b, dan c"."""
    items = [i for i in items if i]
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def rangkai_butir(items: Sequence[str]) -> str:
    """List items joined into one clause: "meningkatkan ..., merevisi ..., dan ..."."""
    return rangkai([awal_kecil(i).rstrip(" .;,") for i in items])


def awal_kecil(teks: str) -> str:
    """Lower-case the first letter, unless the first word is an acronym ("PPKS")."""
    teks = teks.strip()
    if len(teks) > 1 and teks[0].isupper() and teks[1].islower():
        return teks[0].lower() + teks[1:]
    return teks


def awal_besar(teks: str) -> str:
    """Upper-case the first letter, to begin a sentence."""
    teks = teks.strip()
    return teks[:1].upper() + teks[1:]


def _banyak(x: float, satuan: str | None) -> str:
    """A count with its unit where there is one: "581 KK", "581"."""
    return f"{angka(x)} {satuan or ''}".strip()


def _tanpa_jumlah(label: str) -> str:
    """ "Jumlah PPKS Mandiri" -> "PPKS Mandiri": the thing counted, for prose."""
    words = label.strip().split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() == "jumlah" else label.strip()
