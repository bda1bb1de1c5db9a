"""Where every figure of the output workbook lives, and how formulas reach it.

Every input figure is copied once, as a value, into the table where the report shows it: its
*home*. Every derived figure is an Excel formula made by its rule's ``expr`` (``rules.py``)
over the homes of its inputs; a figure shown again elsewhere is a reference formula to its
home. ``Rumah`` gives the homes from the laid-out sheets, then moves the rules' environment
onto them (``Env.relocate`` / ``Env.place``), so that formulas can be generated.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...alamat import pisah_sel
from ...expr import Env, Ref
from ...rules import Hasil
from .lembar import Lembar, Nama, Salin, a1


@dataclass
class Rencana:
    """What the writer puts into one cell: a value, a derived formula, or a reference formula."""

    jenis: str  # "nilai" | "rumus" | "ref" | "tautan"
    nilai: object = None
    nama: str | None = None
    url: str | None = None


class Rumah:
    """Gives every figure its home cell and moves the rules' environment onto the homes."""

    def __init__(self, hasil: Hasil, urutan: list[Lembar]):
        """Give homes in the order of ``urutan``: copied inputs first, then derived figures."""
        self.env: Env = hasil.env.copy()
        self.sumber_nama = {self.env.source(n): n for n in self.env.names(derived=False) if self.env.source(n)}
        self.peta: dict[str, str] = {}  # input workbook cell -> output cell "Sheet!A1"
        self.rumah: dict[str, str] = {}  # env name -> output cell
        self.rencana: dict[tuple[str, int, int], Rencana] = {}
        # inputs first (their natural tables), then derived figures in the order of homes
        for lb in urutan:
            for (r, c), sel in lb.sel.items():
                if isinstance(sel.isi, Salin):
                    self._salin(lb, r, c, sel.isi)
        for lb in urutan:
            for (r, c), sel in lb.sel.items():
                if isinstance(sel.isi, Nama):
                    self._nama(lb, r, c, sel.isi.nama)
        env = self.env
        env.relocate(self.peta)
        for name in env.names(derived=False):
            env.place(name, self.rumah.get(name))  # an input never copied is inlined as its constant
        for name in env.names(derived=True):
            env.place(name, self.rumah.get(name))
        self.tak_tersalin = [n for n in env.names(derived=False) if n not in self.rumah]

    def _here(self, lb: Lembar, r: int, c: int) -> str:
        return f"{lb.nama}!{a1(r, c)}"

    def _peta(self, src: str | None, here: str) -> None:
        if src and src not in self.peta:
            self.peta[src] = here

    def _salin(self, lb: Lembar, r: int, c: int, isi: Salin) -> None:
        here = self._here(lb, r, c)
        name = self.sumber_nama.get(isi.sumber)
        key = (lb.nama, r, c)
        if name is not None and name in self.rumah:
            self.rencana[key] = Rencana("ref", self.env.value(name), name)
            return
        if name is not None:
            self.rumah[name] = here
            self.rencana[key] = Rencana("nilai", self.env.value(name))
        else:
            self.rencana[key] = Rencana("nilai", isi.nilai)
        self._peta(isi.sumber, here)
        for a in isi.alias:
            self._peta(a, here)

    def _nama(self, lb: Lembar, r: int, c: int, name: str) -> None:
        env, here, key = self.env, self._here(lb, r, c), (lb.nama, r, c)
        if name not in env:
            self.rencana[key] = Rencana("nilai", None)
            return
        if name in self.rumah:
            self.rencana[key] = Rencana("ref", env.value(name), name)
            return
        expr = env.expr(name)
        if expr is None:  # an input shown here first
            self.rumah[name] = here
            self._peta(env.source(name), here)
            self.rencana[key] = Rencana("nilai", env.value(name))
            return
        if isinstance(expr, Ref) and expr.name in env and env.expr(expr.name) is None and expr.name not in self.rumah:
            # a derived figure that only passes an input on: the input itself lives here
            self.rumah[expr.name] = here
            self._peta(env.source(expr.name), here)
            self.rencana[key] = Rencana("nilai", env.value(expr.name))
            return
        self.rumah[name] = here
        self.rencana[key] = Rencana("rumus", env.value(name), name)

    def formula(self, rencana: Rencana) -> str:
        """The Excel formula of a derived or reference cell (from the rules' expressions only)."""
        if rencana.jenis == "rumus":
            return self.env.expr(rencana.nama).formula(self.env)
        return Ref(rencana.nama).formula(self.env)

    def tautkan_tertulis(self, padanan) -> None:
        """Let the cell of a stated figure (typed in the input, ``tertulis.Padanan``) lead to the cell here that
        shows the derived figure it states, so that its finding links there and the cell carries its comment."""
        for pd in padanan:
            here = self.rumah.get(pd.nama) if pd.nama else None
            here = here or (self.peta.get(pd.salinan) if pd.salinan else None)
            if pd.sel and here and pd.sel not in self.peta:
                self.peta[pd.sel] = here

    def lokasi(self, sel: str) -> tuple[str, int, int] | None:
        """The output cell (sheet, row, column) of an input workbook cell, if it was copied."""
        out = self.peta.get(sel)
        if out is None:
            return None
        return pisah_sel(out)
