"""Synthetic agency workbooks of realistic size, for the benchmarks and the tests.

``isi_sintetis(seed)`` returns an ``Isi`` (the content of a standard workbook)
with 5-10 sasaran, 10-40 indicators (some formula, negatif and predikat ones),
10-30 programs, 4 supporting tables, AKIP scores and narrative; every workbook
is consistent enough to convert, and different for every seed.
``isi_sintetis(seed, n_indikator=400)`` makes the very large workbook of the
benchmarks (a report of some two hundred pages).
"""

from __future__ import annotations

import random

from lkj_excel.template import Isi, isi_kosong

INSTANSI = ("Dinas Kesehatan", "Dinas Pendidikan", "Dinas Sosial", "Dinas Perhubungan", "Badan Pendapatan Daerah",
            "Dinas Pertanian", "Dinas Lingkungan Hidup", "Dinas Pekerjaan Umum", "Bappeda", "Inspektorat")
DAERAH = ("Kabupaten Bengkalis", "Kabupaten Siak", "Kota Dumai", "Kabupaten Kampar", "Kota Pekanbaru")
PREDIKAT = ("C", "CC", "B", "BB", "A")


def isi_sintetis(seed: int, tahun: int = 2024, n_indikator: int | None = None) -> Isi:
    """A random but coherent workbook content (deterministic for a seed).

    Args:
        seed: the seed; every seed gives a different agency.
        tahun: the year reported on.
        n_indikator: the number of indicators (default: a random 10-40).
    """
    rnd = random.Random(seed)
    base = isi_kosong().lembar
    awal = tahun - rnd.randint(1, 3)
    years = tuple(range(awal, awal + 5))
    n_sasaran = rnd.randint(5, 10)
    drawn = rnd.randint(max(10, n_sasaran), 40)  # drawn even when given: the rest stays as for the seed
    n_indikator = n_indikator or drawn
    pk, realisasi, renstra, ops = [], [], [], []
    for i in range(n_indikator):
        s = i % n_sasaran + 1
        kode = f"I{i + 1}"
        kind = rnd.random()
        row = {"kode_sasaran": f"S{s}", "sasaran": f"Meningkatnya kinerja layanan bidang {s}", "kode": kode,
               "nama": f"Indikator kinerja {i + 1} sasaran {s}", "kode_renstra": f"R{i + 1}"}
        if kind < 0.15:
            t = rnd.choice(PREDIKAT[1:])
            row.update(satuan="predikat", polaritas="predikat", target=t)
            renstra.append({"kode": f"R{i + 1}", "tujuan": "Terwujudnya tata kelola yang akuntabel", "nama": row["nama"], "satuan": "predikat",
                            "polaritas": "predikat", **{f"target_tahunan_{y}": t for y in years}, "target_akhir": t})
            realisasi.append({"kode_indikator": kode, "tahun": tahun, "realisasi": rnd.choice(PREDIKAT)})
            realisasi.append({"kode_indikator": kode, "tahun": tahun - 1, "target": t, "realisasi": rnd.choice(PREDIKAT)})
        elif kind < 0.45:
            den = rnd.randint(1000, 200000)
            t_num = int(den * rnd.uniform(0.02, 0.9))
            target = round(t_num / den * 100, 2)
            row.update(satuan="%", polaritas="positif", target=target, label_pembilang="Jumlah penerima layanan", satuan_pembilang="orang",
                       target_pembilang=t_num, label_penyebut="Jumlah sasaran layanan", satuan_penyebut="orang", target_penyebut=den, faktor=100)
            renstra.append({"kode": f"R{i + 1}", "tujuan": "Meningkatnya kualitas layanan publik", "nama": "Jumlah penerima layanan", "satuan": "orang",
                            "polaritas": "positif", **{f"target_tahunan_{y}": t_num + 10 * k for k, y in enumerate(years)}, "target_akhir": t_num + 50})
            realisasi.append({"kode_indikator": kode, "tahun": tahun, "realisasi_pembilang": int(t_num * rnd.uniform(0.7, 1.3)), "realisasi_penyebut": den})
            realisasi.append({"kode_indikator": kode, "tahun": tahun - 1, "target_pembilang": t_num, "target_penyebut": den,
                              "realisasi_pembilang": int(t_num * rnd.uniform(0.7, 1.2)), "realisasi_penyebut": den})
        else:
            negatif = rnd.random() < 0.25
            target = round(rnd.uniform(5, 95), 2)
            row.update(satuan="%", polaritas="negatif" if negatif else "positif", target=target)
            renstra.append({"kode": f"R{i + 1}", "tujuan": "Meningkatnya kualitas layanan publik", "nama": row["nama"], "satuan": "%",
                            "polaritas": row["polaritas"], "kondisi_awal": target, **{f"target_tahunan_{y}": target for y in years}, "target_akhir": target})
            realisasi.append({"kode_indikator": kode, "tahun": tahun, "realisasi": round(target * rnd.uniform(0.6, 1.3), 2)})
            realisasi.append({"kode_indikator": kode, "tahun": tahun - 1, "target": target, "realisasi": round(target * rnd.uniform(0.6, 1.2), 2)})
        pk.append(row)
    programs = []
    for p in range(rnd.randint(10, 30)):
        anggaran = rnd.randint(100, 20000) * 1_000_000
        programs.append({"nama": f"Program layanan {p + 1}", "kode_sasaran": f"S{p % n_sasaran + 1}", "anggaran": anggaran,
                         "realisasi": int(anggaran * rnd.uniform(0.6, 1.0)), "sumber_dana": "APBD"})
    for o in range(rnd.randint(4, 10)):
        ops.append({"kode_sasaran": f"S{o % n_sasaran + 1}", "unit": f"Bidang {o % 4 + 1}", "sasaran_operasional": f"Sasaran operasional {o + 1}",
                    "nama": f"Persentase capaian layanan {o + 1}", "satuan": "%", "polaritas": "positif", "realisasi_lalu": 80,
                    "target": 90, "realisasi_pembilang": rnd.randint(50, 100), "realisasi_penyebut": 100})
    tables = []
    for t in range(4):
        rows = [[r + 1, f"Jenis layanan {r + 1}", rnd.randint(0, 5000), rnd.randint(0, 5000)] for r in range(rnd.randint(5, 15))]
        tables.append((f"Data_{t + 1}", {"judul": f"Data pendukung {t + 1}", "kode_sasaran": f"S{t % n_sasaran + 1}"},
                       ["No", "Uraian", f"Jumlah {tahun - 1}", f"Jumlah {tahun}"], rows, None))
    akip = [{**row, **{f"nilai_{y}": round(row["bobot"] * rnd.uniform(0.6, 0.9), 2) for y in (tahun - 2, tahun - 1)}} for row in base["AKIP"]]
    instansi = rnd.choice(INSTANSI)
    daerah = rnd.choice(DAERAH)
    return Isi(
        judul=f"Workbook LKjIP {instansi}",
        lembar={
            **base,
            "Identitas": {**base["Identitas"], "nama_instansi": f"{instansi} {seed}", "pemerintah_daerah": daerah, "provinsi": "Riau", "tahun": tahun,
                          "renstra_awal": years[0], "renstra_akhir": years[-1], "kepala_jabatan": f"Kepala {instansi}", "kepala_nama": "NAMA KEPALA, S.E., M.Si.",
                          "kepala_pangkat": "Pembina Tingkat I (IV/b)", "kepala_nip": "19700101 199503 1 001", "tempat_ttd": daerah.split()[-1],
                          "tanggal_ttd": f"Januari {tahun + 1}", "pemberi_amanah_jabatan": "Bupati"},
            "TugasFungsi": [{"jenis": "Tugas", "uraian": "Membantu kepala daerah melaksanakan urusan pemerintahan."}]
            + [{"jenis": "Fungsi", "uraian": f"Fungsi ke-{k + 1} perangkat daerah."} for k in range(5)],
            "Organisasi": [{"kode": "K", "nama": f"Kepala {instansi}"}, {"kode": "SEK", "nama": "Sekretariat", "induk": "K"}]
            + [{"kode": f"B{k}", "nama": f"Bidang {k}", "induk": "K"} for k in range(1, 5)],
            "Renstra": [{"tujuan": "Meningkatnya kualitas layanan publik", "sasaran": f"Meningkatnya kinerja layanan bidang {s + 1}",
                         "strategi": f"Strategi {s + 1}", "arah_kebijakan": f"Arah kebijakan {s + 1}"} for s in range(n_sasaran)],
            "IndikatorRenstra": renstra,
            "PK": pk,
            "Anggaran": programs,
            "Realisasi": realisasi,
            "Operasional": ops,
            "AKIP": akip,
            "Narasi": [{"bagian": "Latar Belakang", "teks": "Laporan ini disusun sebagai pertanggungjawaban kinerja tahunan."},
                       {"bagian": "Kesimpulan", "teks": "Sebagian besar sasaran tercapai."},
                       {"bagian": "Langkah Selanjutnya", "teks": "Memperbaiki kualitas data kinerja."}],
        },
        tahun={"target_tahunan": years, "nilai": (tahun - 2, tahun - 1)},
        pendukung=tables,
    )
