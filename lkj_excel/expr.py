"""A tiny expression language: one definition gives a number's value and its Excel formula.

Every derived number of the report (a realisasi from pembilang/penyebut, a capaian, a
category, a budget total...) is written once as a tree of nodes. The same tree gives

* ``node.value(env)``: the Python value, a ``float``, a ``str`` (a label such as
  ``"Sangat Tinggi"``), a ``bool`` (comparisons only) or ``None``;
* ``node.excel(env)``: the Excel formula text **without** the leading ``"="``;
  ``node.formula(env)`` is the same text with it. The text works in Excel and in
  LibreOffice Calc (only ``IF, IFERROR, ISNUMBER, COUNT, AND, NA, N, ROUND, MIN, MAX,
  SUM, AVERAGE, INDEX, MATCH, SUMPRODUCT`` are used).

Undefined values
    ``None`` means "not defined": an input is missing, a label is not on its scale, or
    a division by zero. ``None`` propagates through arithmetic, comparisons, rounding,
    ``Min``/``Max`` and scale lookups; ``Sum``, ``Mean`` and ``WeightedMean`` skip it
    (as Excel's ``SUM``/``AVERAGE`` skip text). On the Excel side an undefined result is
    the empty text ``""`` (the formatter shows it as "-"): each formula checks that the
    cells it needs hold a value (``ISNUMBER``, or ``<>""`` for label cells) and wraps
    divisions and lookups in ``IFERROR(...,"")``. Nothing raises.

The environment
    ``Env`` maps a *name* (``"indikator:I1:2023.capaian"``) to a value and, optionally,
    to the cell that holds it. ``Ref(name)`` becomes that cell's address in a formula;
    a name without a cell becomes its constant value (an input) or its own expression
    in brackets (a derived number). Derived numbers are ``Env.define``-d from their
    expression, so a Python value can never differ from what its formula computes.

Scales
    A scale is a list of ``Pita`` (lower bound, inclusive or strict, label). A value gets
    the label of the highest band whose bound it reaches (``>=`` when inclusive, ``>``
    when strict); the lowest band also takes every value below it. In Excel the lookup
    is ``INDEX(labels, MAX(1, SUMPRODUCT((x>bounds)+(x=bounds)*flags)))`` over a table
    sorted by ascending bound (see ``urut_pita``; flags are TRUE/FALSE or 1/0), given
    with ``Env.set_scale_ranges``; without a table it is a nested ``IF`` of the bands.
"""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .alamat import nomor_kolom
from .angka import bulat
from .model import Pita

Value = float | str | bool | None

_CELL = re.compile(r"^(?:(?P<sheet>'(?:[^']|'')+'|[^!']+)!)?\$?(?P<col>[A-Z]{1,3})\$?(?P<row>\d+)$")


# --------------------------------------------------------------------------- helpers


def is_number(x: object) -> bool:
    """True for an int or float (a bool counts: Excel treats TRUE as 1 in arithmetic)."""
    return isinstance(x, (int, float))


def urut_pita(pita: Iterable[Pita]) -> list[Pita]:
    """The bands of a scale in ascending order, as the Excel lookup table must hold them.

    For an equal bound the inclusive band comes first: it is the lower of the two.
    """
    return sorted(pita, key=lambda p: (p.batas, not p.inklusif))


def label_skala(x: Value, pita: Sequence[Pita]) -> str | None:
    """The label of ``x`` on a scale (see the module docstring); None if ``x`` is no number."""
    if not is_number(x) or not pita:
        return None
    bands = urut_pita(pita)
    label = bands[0].label
    for p in bands[1:]:
        if x > p.batas or (p.inklusif and x == p.batas):
            label = p.label
    return label


def _norm_label(s: str) -> str:
    return s.strip().casefold()


def excel_address(cell: str) -> str:
    """A ``"Sheet!A1"`` cell as Excel wants it in a formula (sheet quoted where needed)."""
    sheet, sep, ref = cell.rpartition("!")
    plain = re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", sheet) and not re.fullmatch(r"[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*", sheet)
    if not sep or sheet.startswith("'") or plain:
        return cell
    return "'" + sheet.replace("'", "''") + "'!" + ref


def excel_number(x: float) -> str:
    """A number literal for a formula: ``100``, ``3.25``, ``1E-05``, ``(-2)``."""
    text = format(float(x), ".15g").replace("e", "E")
    if text.endswith(".0"):
        text = text[:-2]
    return f"({text})" if text.startswith("-") else text


def excel_text(s: str) -> str:
    """A text literal for a formula, quotes doubled."""
    return '"' + s.replace('"', '""') + '"'


def excel_literal(v: Value) -> str:
    """Any Python value as a formula literal; None is the empty text."""
    if v is None:
        return '""'
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if is_number(v):
        return excel_number(v)
    return excel_text(str(v))


def _compact(cells: list[str]) -> list[str]:
    """Consecutive cells of one column (or row) of one sheet as one range ``A1:A5``."""
    if len(cells) < 2:
        return cells
    parts = [_CELL.match(c) for c in cells]
    if not all(parts) or len({p["sheet"] for p in parts}) != 1:
        return cells
    cols = [nomor_kolom(p["col"]) for p in parts]
    rows = [int(p["row"]) for p in parts]
    same_col = len(set(cols)) == 1 and rows == list(range(rows[0], rows[0] + len(rows)))
    same_row = len(set(rows)) == 1 and cols == list(range(cols[0], cols[0] + len(cols)))
    if not (same_col or same_row):
        return cells
    last = cells[-1].rpartition("!")[2]
    return [f"{cells[0]}:{last}"]


# --------------------------------------------------------------------------- environment


@dataclass(frozen=True)
class ScaleRanges:
    """Where the output workbook holds one scale: three ranges of equal length.

    Rows sorted by ascending bound (``urut_pita``); ``inklusif`` holds TRUE/FALSE or 1/0.
    """

    batas: str
    inklusif: str
    label: str


@dataclass
class _Entry:
    value: Value
    expr: Expr | None = None  # set for derived numbers
    cell: str | None = None  # where a formula finds it now
    source: str | None = None  # the input workbook's cell it came from
    teks: bool = False  # holds a label (checked with <>"" rather than ISNUMBER)


class Env:
    """Names -> values, expressions and cells; plus the scales the lookups use."""

    def __init__(self, skala: dict[str, list[Pita]] | None = None):
        self._entries: dict[str, _Entry] = {}
        self.skala: dict[str, list[Pita]] = dict(skala or {})
        self.scale_ranges: dict[str, ScaleRanges] = {}

    # building
    def input(self, name: str, value: Value, cell: str | None = None, teks: bool | None = None) -> Value:
        """Record an input value (and the cell it was read from); returns the value."""
        self._entries[name] = _Entry(value, None, cell, cell, isinstance(value, str) if teks is None else teks)
        return value

    def define(self, name: str, expr: Expr, teks: bool | None = None) -> Value:
        """Record a derived number by its expression; returns its value, computed now."""
        value = expr.value(self)
        self._entries[name] = _Entry(value, expr, None, None, isinstance(value, str) if teks is None else teks)
        return value

    # reading
    def __contains__(self, name: str) -> bool:
        """The name is known (an input or a derived number)."""
        return name in self._entries

    def value(self, name: str) -> Value:
        """The value of a name (None for an unknown name)."""
        e = self._entries.get(name)
        return None if e is None else e.value

    def expr(self, name: str) -> Expr | None:
        """The expression of a derived name (None for an input)."""
        e = self._entries.get(name)
        return None if e is None else e.expr

    def cell(self, name: str) -> str | None:
        """The cell a formula uses for this name, if placed."""
        e = self._entries.get(name)
        return None if e is None else e.cell

    def source(self, name: str) -> str | None:
        """The input workbook's cell of an input name."""
        e = self._entries.get(name)
        return None if e is None else e.source

    def is_text(self, name: str) -> bool:
        """The name holds a label (its cell is checked with ``<>""``, not ISNUMBER)."""
        e = self._entries.get(name)
        return bool(e and e.teks)

    def names(self, derived: bool | None = None) -> list[str]:
        """All names in definition order (only inputs: ``derived=False``; only derived: True)."""
        return [n for n, e in self._entries.items() if derived is None or (e.expr is not None) == derived]

    # placing (for renderers)
    def place(self, name: str, cell: str | None) -> None:
        """Say where the output workbook holds ``name`` (None: nowhere, inline it)."""
        self._entries[name].cell = cell

    def relocate(self, mapping: dict[str, str]) -> None:
        """Move inputs by their source cell: ``{"PK!G5": "Pengukuran!D7"}``."""
        for e in self._entries.values():
            if e.source in mapping:
                e.cell = mapping[e.source]

    def set_scale_ranges(self, skala: str, ranges: ScaleRanges) -> None:
        """Make lookups on ``skala`` use a table of the output workbook."""
        self.scale_ranges[skala] = ranges

    def copy(self, cells: bool = True) -> Env:
        """An independent copy; ``cells=False`` forgets every placement (all inline)."""
        other = Env(self.skala)
        other.scale_ranges = dict(self.scale_ranges)
        for n, e in self._entries.items():
            other._entries[n] = _Entry(e.value, e.expr, e.cell if cells else None, e.source, e.teks)
        return other


# --------------------------------------------------------------------------- nodes

_Check = tuple[str, bool]  # (formula text of a reference, holds a label)
_EMPTY = '""'  # Excel's form of an undefined value


def _unique(items: Iterable[_Check]) -> list[_Check]:
    return list(dict.fromkeys(items))


def _as_number(x: Expr, env: Env) -> list[_Check]:
    """The needs of an operand used as a number: a cell or constant must hold a number.

    (A label cell read by ``Rank`` is checked for a text; read as a number, for a number.)
    """
    if isinstance(x, Ref) and x._inline(env) is None:
        return [(c, False) for c, _ in x.needs(env)]
    return x.needs(env)


def _check_text(checks: list[_Check]) -> str:
    """The condition "every needed reference holds a value"."""
    if len(checks) > 1 and not any(t for _, t in checks) and all(_CELL.match(c) for c, _ in checks):
        return f"COUNT({','.join(c for c, _ in checks)})={len(checks)}"
    parts = [f'{c}<>""' if t else f"ISNUMBER({c})" for c, t in checks]
    return parts[0] if len(parts) == 1 else f"AND({','.join(parts)})"


class Expr:
    """Base node. Subclasses define ``value``, ``needs`` and ``_body``."""

    # precedence of the node's Excel text, for brackets (atoms: 9)
    prec = 9

    def value(self, env: Env) -> Value:  # pragma: no cover - abstract
        """The Python value of the node."""
        raise NotImplementedError

    def needs(self, env: Env) -> list[_Check]:
        """References that must all hold a value for this node to be defined."""
        return []

    def _body(self, env: Env, ok: frozenset[_Check], top: bool) -> tuple[str, bool]:  # pragma: no cover
        """Excel text of the node, assuming the references in ``ok`` were checked.

        Returns the text and whether it may evaluate to an Excel error (which the
        outermost formula turns into ``""`` with IFERROR).
        """
        raise NotImplementedError

    def _x(self, env: Env, ok: frozenset[_Check] = frozenset(), top: bool = False) -> tuple[str, bool]:
        # a cell checked for a number needs no check for a text
        new = [c for c in _unique(self.needs(env)) if c not in ok and not (c[1] and (c[0], False) in ok)]
        text, fails = self._body(env, ok | frozenset(new), top)
        if new:
            # An undefined part of a formula is an error (NA) so that it propagates like
            # None; only the outermost level yields "" directly.
            text = f"IF({_check_text(new)},{text},{_EMPTY if top else 'NA()'})"
            fails = fails or not top
        return text, fails

    def excel(self, env: Env) -> str:
        """The Excel formula, without the leading ``=``."""
        text, fails = self._x(env, frozenset(), True)
        return f'IFERROR({text},"")' if fails else text

    def formula(self, env: Env) -> str:
        """The Excel formula with its leading ``=``, ready for a cell."""
        return "=" + self.excel(env)

    def _prec(self, env: Env) -> int:
        return self.prec

    def _operand(self, env: Env, ok: frozenset[_Check], prec: int) -> tuple[str, bool]:
        text, fails = self._x(env, ok)
        return (f"({text})" if self._prec(env) < prec else text), fails

    # arithmetic sugar: Ref("a") / Ref("b") * 100
    def __add__(self, o): return BinOp("+", self, lift(o))
    def __radd__(self, o): return BinOp("+", lift(o), self)
    def __sub__(self, o): return BinOp("-", self, lift(o))
    def __rsub__(self, o): return BinOp("-", lift(o), self)
    def __mul__(self, o): return BinOp("*", self, lift(o))
    def __rmul__(self, o): return BinOp("*", lift(o), self)
    def __truediv__(self, o): return BinOp("/", self, lift(o))
    def __rtruediv__(self, o): return BinOp("/", lift(o), self)


def lift(x: Expr | Value) -> Expr:
    """A plain value as a ``Const``; an expression as is."""
    return x if isinstance(x, Expr) else Const(x)


@dataclass(eq=False)
class Const(Expr):
    """A constant. ``Const(None)`` is "undefined" (Excel ``""``): use it as a result."""

    v: Value

    def value(self, env):
        return self.v

    def _body(self, env, ok, top):
        return excel_literal(self.v), False


@dataclass(eq=False)
class Ref(Expr):
    """A named input or derived number of the environment."""

    name: str

    def value(self, env):
        return env.value(self.name)

    def _inline(self, env) -> Expr | None:
        return env.expr(self.name) if env.cell(self.name) is None else None

    def _prec(self, env):
        inner = self._inline(env)
        return 9 if inner is None else inner._prec(env)

    def needs(self, env):
        cell = env.cell(self.name)
        if cell is not None:
            return [(excel_address(cell), env.is_text(self.name))]
        inner = self._inline(env)
        if inner is not None:
            return inner.needs(env)
        return [('""', env.is_text(self.name))] if env.value(self.name) is None else []

    def _body(self, env, ok, top):
        cell = env.cell(self.name)
        if cell is not None:
            return excel_address(cell), False
        inner = self._inline(env)
        if inner is not None:
            return inner._x(env, ok, top)
        return excel_literal(env.value(self.name)), False

    def is_cell(self, env) -> bool:
        """The name is placed in a cell (rather than inlined)."""
        return env.cell(self.name) is not None


_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


@dataclass(eq=False)
class BinOp(Expr):
    """``a op b`` for ``+ - * /``; None if an operand is no number or on division by zero."""

    op: str
    a: Expr
    b: Expr

    @property
    def prec(self):
        return _PREC[self.op]

    def value(self, env):
        a, b = self.a.value(env), self.b.value(env)
        if not (is_number(a) and is_number(b)):
            return None
        if self.op == "/" and b == 0:
            return None
        result = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}[self.op](a, b)
        return result if math.isfinite(result) else None  # Excel: #NUM!

    def needs(self, env):
        return _as_number(self.a, env) + _as_number(self.b, env)

    def _body(self, env, ok, top):
        p = self.prec
        a, fa = self.a._operand(env, ok, p)
        # the right operand of - and / needs brackets at equal precedence
        b, fb = self.b._operand(env, ok, p + (self.op in "-/"))
        undefined_const = any(isinstance(x, Const) and x.v is None for x in (self.a, self.b))
        return f"{a}{self.op}{b}", fa or fb or self.op == "/" or undefined_const


_CMP = {">": "__gt__", ">=": "__ge__", "<": "__lt__", "<=": "__le__", "=": "__eq__", "<>": "__ne__"}


def _cmp_key(x: Value) -> tuple:
    # Excel: numbers sort before texts; texts compare without case.
    return (0, float(x)) if is_number(x) else (1, _norm_label(str(x)))


@dataclass(eq=False)
class Cmp(Expr):
    """A comparison (``> >= < <= = <>``); None if an operand is None."""

    op: str
    a: Expr
    b: Expr
    prec = 0

    def value(self, env):
        a, b = self.a.value(env), self.b.value(env)
        if a is None or b is None:
            return None
        return getattr(_cmp_key(a), _CMP[self.op])(_cmp_key(b))

    def needs(self, env):
        return self.a.needs(env) + self.b.needs(env)

    def _body(self, env, ok, top):
        a, fa = self.a._operand(env, ok, 1)
        b, fb = self.b._operand(env, ok, 1)
        return f"{a}{self.op}{b}", fa or fb


def gt(a, b) -> Cmp:
    """``a > b``."""
    return Cmp(">", lift(a), lift(b))


def ge(a, b) -> Cmp:
    """``a >= b``."""
    return Cmp(">=", lift(a), lift(b))


def lt(a, b) -> Cmp:
    """``a < b``."""
    return Cmp("<", lift(a), lift(b))


def eq(a, b) -> Cmp:
    """``a = b`` (texts without case, as Excel)."""
    return Cmp("=", lift(a), lift(b))


@dataclass(eq=False)
class IsNumber(Expr):
    """True where the value is a number (never undefined itself)."""

    x: Expr

    def value(self, env):
        return is_number(self.x.value(env))

    def _body(self, env, ok, top):
        x = self.x
        # ISNUMBER is FALSE for blanks, texts and errors alike: a cell needs no guard.
        direct = isinstance(x, Ref) and x.is_cell(env)
        text, _ = x._x(env, ok | frozenset(x.needs(env)) if direct else ok)
        return f"ISNUMBER({text})", False


@dataclass(eq=False)
class If(Expr):
    """``IF(cond, a, b)``; None if the condition is None."""

    cond: Expr
    a: Expr
    b: Expr

    def __init__(self, cond, a, b):
        self.cond, self.a, self.b = lift(cond), lift(a), lift(b)

    def value(self, env):
        c = self.cond.value(env)
        if c is None:
            return None
        return self.a.value(env) if c else self.b.value(env)

    def needs(self, env):
        both = set(self.a.needs(env)) & set(self.b.needs(env))
        return self.cond.needs(env) + [c for c in self.a.needs(env) if c in both]

    def _body(self, env, ok, top):
        c, fc = self.cond._x(env, ok)
        a, fa = self.a._x(env, ok, top)  # a branch is the result: it may yield "" itself
        b, fb = self.b._x(env, ok, top)
        return f"IF({c},{a},{b})", fc or fa or fb


@dataclass(eq=False)
class Round(Expr):
    """Round half up (away from zero), like Excel's ROUND."""

    x: Expr
    nd: int = 2

    def __init__(self, x, nd: int = 2):
        x = lift(x)
        # rounding twice to the same decimals changes nothing: keep formulas short
        self.x, self.nd = (x.x if isinstance(x, Round) and x.nd == nd else x), nd

    def value(self, env):
        v = self.x.value(env)
        if not is_number(v):
            return None
        # beyond 15 significant digits there is nothing left to round (as in Excel)
        return float(v) if abs(v) >= 1e15 else bulat(v, self.nd)

    def needs(self, env):
        return _as_number(self.x, env)

    def _body(self, env, ok, top):
        text, fails = self.x._x(env, ok)
        return f"ROUND({text},{self.nd})", fails


@dataclass(eq=False)
class _Many(Expr):
    xs: tuple[Expr, ...]

    def __init__(self, *xs):
        self.xs = tuple(lift(x) for x in (xs[0] if len(xs) == 1 and isinstance(xs[0], (list, tuple)) else xs))

    def _numbers(self, env) -> list[float]:
        return [v for v in (x.value(env) for x in self.xs) if is_number(v)]

    def _items(self, env, ok) -> tuple[list[str], list[str]]:
        """Cells (compacted to ranges) and other items (undefined -> "")."""
        cells, others = [], []
        for x in self.xs:
            text, is_cell = _item(x, env, ok)
            (cells if is_cell else others).append(text)
        return _compact(cells), others


def _item(x: Expr, env: Env, ok: frozenset[_Check]) -> tuple[str, bool]:
    """An argument of SUM/AVERAGE-like formulas: (text, is a cell); undefined gives "".

    A cell is used as it is (those functions skip blanks and texts); anything else is
    guarded so that an undefined value becomes "" rather than an error.
    """
    if isinstance(x, Ref) and x._inline(env) is None:  # a cell, or an input's constant
        return x._body(env, ok, False)[0], x.is_cell(env)
    text, fails = x._x(env, ok)
    return (f'IFERROR({text},"")' if fails else text), False


class Min(_Many):
    """The smallest of its arguments; None if any is undefined."""

    def value(self, env):
        vs = [x.value(env) for x in self.xs]
        return min(vs) if vs and all(is_number(v) for v in vs) else None

    def needs(self, env):
        return [c for x in self.xs for c in _as_number(x, env)]

    def _body(self, env, ok, top):
        parts = [x._x(env, ok) for x in self.xs]
        return f"{type(self).__name__.upper()}({','.join(t for t, _ in parts)})", any(f for _, f in parts)


class Max(Min):
    """The largest of its arguments; None if any is undefined."""

    def value(self, env):
        vs = [x.value(env) for x in self.xs]
        return max(vs) if vs and all(is_number(v) for v in vs) else None


class Sum(_Many):
    """The sum of the defined arguments (0 if none), like Excel's SUM."""

    def value(self, env):
        return float(sum(self._numbers(env)))

    def _body(self, env, ok, top):
        cells, others = self._items(env, ok)
        if not cells and not others:
            return "0", False  # Excel wants at least one argument
        return f"SUM({','.join(cells + [f'N({o})' for o in others])})", False


class Mean(_Many):
    """The mean of the defined arguments; None if none is defined."""

    def value(self, env):
        vs = self._numbers(env)
        return sum(vs) / len(vs) if vs else None

    def _body(self, env, ok, top):
        cells, others = self._items(env, ok)
        if not cells and not others:
            return "NA()", True
        if not others:
            return f"AVERAGE({','.join(cells)})", True  # no number: #DIV/0! -> ""
        items = cells + others
        nums = "+".join(f"COUNT({c})" if c in cells else f"ISNUMBER({c})" for c in items)
        total = ",".join(cells + [f"N({o})" for o in others])
        return f"SUM({total})/({nums})", True


@dataclass(eq=False)
class WeightedMean(Expr):
    """Sum of weight x value over the defined values, divided by their weights.

    A missing weight counts as 0. None if no defined value has a weight.
    """

    pairs: tuple[tuple[Expr, Expr], ...]

    def __init__(self, pairs):
        self.pairs = tuple((lift(w), lift(x)) for w, x in pairs)

    def value(self, env):
        num = den = 0.0
        for w, x in self.pairs:
            wv, xv = w.value(env), x.value(env)
            if is_number(xv) and is_number(wv):
                num += wv * xv
                den += wv
        return None if den == 0 else num / den

    def _body(self, env, ok, top):
        if not self.pairs:
            return "NA()", True
        num, den = [], []
        for w, x in self.pairs:
            wt, xt = _item(w, env, ok)[0], _item(x, env, ok)[0]
            num.append(f"IF(ISNUMBER({xt}),N({wt})*{xt},0)")
            den.append(f"IF(ISNUMBER({xt}),N({wt}),0)")
        return f"({'+'.join(num)})/({'+'.join(den)})", True


@dataclass(eq=False)
class ScaleLookup(Expr):
    """The label of a number on a named scale of ``env.skala``."""

    x: Expr
    skala: str

    def __init__(self, x, skala: str):
        self.x, self.skala = lift(x), skala

    def value(self, env):
        return label_skala(self.x.value(env), env.skala.get(self.skala, []))

    def needs(self, env):
        return _as_number(self.x, env)

    def _body(self, env, ok, top):
        x, fails = self.x._x(env, ok)
        r = env.scale_ranges.get(self.skala)
        if r is not None:
            hits = f"SUMPRODUCT(({x}>{r.batas})+({x}={r.batas})*{r.inklusif})"
            return f"INDEX({r.label},MAX(1,{hits}))", fails
        bands = urut_pita(env.skala.get(self.skala, []))
        if not bands:
            return "NA()", True
        text = excel_text(bands[0].label)
        for p in bands[1:]:
            text = f"IF({x}{'>=' if p.inklusif else '>'}{excel_number(p.batas)},{excel_text(p.label)},{text})"
        return text, fails


@dataclass(eq=False)
class Rank(Expr):
    """The bound (rank, score) of a label on a named scale: ``Rank("BB")`` = 5.

    With ``numbers=True`` a number passes through unchanged (a numeric score).
    None for a label not on the scale.
    """

    x: Expr
    skala: str
    numbers: bool = False

    def __init__(self, x, skala: str, numbers: bool = False):
        self.x, self.skala, self.numbers = lift(x), skala, numbers

    def value(self, env):
        v = self.x.value(env)
        if is_number(v) and not isinstance(v, bool):
            return v if self.numbers else None
        if not isinstance(v, str):
            return None
        key = _norm_label(v)
        return next((p.batas for p in env.skala.get(self.skala, []) if _norm_label(p.label) == key), None)

    def needs(self, env):
        return self.x.needs(env)

    def _body(self, env, ok, top):
        x, _ = self.x._x(env, ok)
        r = env.scale_ranges.get(self.skala)
        if r is not None:
            text = f"INDEX({r.batas},MATCH({x},{r.label},0))"
        else:
            text = "NA()"
            for p in reversed(urut_pita(env.skala.get(self.skala, []))):
                text = f"IF({x}={excel_text(p.label)},{excel_number(p.batas)},{text})"
        if self.numbers:
            text = f"IF(ISNUMBER({x}),{x},{text})"
        return text, True


__all__ = [
    "Env", "ScaleRanges", "Expr", "Const", "Ref", "BinOp", "Cmp", "If", "IsNumber", "Round",
    "Min", "Max", "Sum", "Mean", "WeightedMean", "ScaleLookup", "Rank",
    "gt", "ge", "lt", "eq", "lift", "label_skala", "urut_pita", "excel_address", "excel_number",
    "excel_literal", "is_number",
]
