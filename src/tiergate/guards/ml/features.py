"""Hashed char + word n-gram features, pure numpy.

The same code featurizes at training and at inference time, so shipped coefficients need no
pickle and no vocabulary: a feature's index is a fixed 64-bit hash of the n-gram, folded into
``2**dim_bits`` buckets. Hashes are arithmetic on code points (no Python ``hash()``, which is
salted per process), so the output is identical across runs and platforms.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field

from tiergate.guards.ml import concepts as concept_lexicon
from tiergate.guards.ml.normalize import tighten_punctuation

_U64 = np.uint64
_PRIME = _U64(0x100000001B3)
_MIX1 = _U64(0xFF51AFD7ED558CCD)
_MIX2 = _U64(0xC4CEB9FE1A85EC53)
_WORD_RE = re.compile(r"\w+", re.UNICODE)
# Clause ends for the negation block: sentence punctuation in Latin, CJK and Indic scripts.
_CLAUSE_RE = re.compile(r"[^.!?;:\n\u3002\uff01\uff1f\uff1b\u0964]+")
# Wide scripts (CJK and beyond): one character says about as much as a word elsewhere.
CJK_RE = re.compile(r"[\u2e80-\U0010ffff]")
# Negation markers of the languages the classifiers are trained on: whole words where words are
# spaced, substrings for Chinese, Japanese and Korean. "no" and "ne" are ambiguous in a few
# languages; the model weighs the marked words, not the marker. Words are looked up per token:
# one regex alternation of them, anchored on word boundaries, cost 0.2 ms per 1 kB window.
_NEGATION_WORDS = frozenset(
    """not no never nor cannot neither none nothing nobody without nicht nie niemals nichts
    niemand weder ohne ne pas jamais rien sans nunca jamas jamás nada nadie sin non mai niente
    nulla senza nao não ninguem ninguém sem niet nooit geen niets zonder nigdy nic bez не ни
    никогда нет ничего никому без ніколи inte aldrig ingen inga ikke aldri değil asla tidak
    jangan bukan không đừng chưa hindi huwag لا لن لم ليس""".split()  # noqa: SIM905
)
_NEGATION_PREFIX_RE = re.compile(r"kein|aucun|ning[uú]n|nessun|nenhum|[zż]aden|hiçbir")
_NEGATION_MARK_RE = re.compile(
    r"n't|不|别|別|勿|禁止|没|沒|絶対|绝对|ない|ません|なかれ|않|말고|마세요|마십시오|금지|절대"
    r"|नहीं|मत"
)
# Devanagari words end in combining marks, which are not \w: their word boundaries are checked
# by hand (so a word ending in "मत" after a virama, as "सम्मत", counts too; v17 was trained so).
_BOUNDED_MARKS = frozenset({"नहीं", "मत"})
_WORD_CHAR_RE = re.compile(r"\w")


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not _WORD_CHAR_RE.match(text, i - 1)


def _is_negated(clause: str, lowered: str, words: list[str]) -> bool:
    """Whether a clause holds a negation marker: a listed word, a word that starts with a listed
    stem ("keine", "aucune"), or a CJK / Korean / Hindi marker. ``lowered`` is the clause in
    lower case, ``words`` its words."""
    if not _NEGATION_WORDS.isdisjoint(words):
        return True
    if any(_word_start(lowered, m.start()) for m in _NEGATION_PREFIX_RE.finditer(lowered)):
        return True
    for m in _NEGATION_MARK_RE.finditer(clause):
        bounded = m.group() in _BOUNDED_MARKS
        if not bounded or (
            _word_start(clause, m.start()) and not _WORD_CHAR_RE.match(clause, m.end())
        ):
            return True
    return False


SparseVec = tuple[NDArray[np.int64], NDArray[np.float32]]


def _mix(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """murmur3 finaliser: spreads the low bits so masking to the bucket count is fair."""
    h = h ^ (h >> _U64(33))
    h = h * _MIX1
    h = h ^ (h >> _U64(33))
    h = h * _MIX2
    return h ^ (h >> _U64(33))


_M64 = (1 << 64) - 1


def _hash_one(codes: list[int], offset: int) -> int:
    """The hash ``_ngram_hashes`` gives the one n-gram ``codes`` (``n = len(codes)``), in Python
    ints: a window's few edge n-grams cost less this way than through numpy's per-call overhead."""
    h = offset + len(codes)
    for c in codes:
        h = (h * 0x100000001B3 + c) & _M64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _M64
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & _M64
    return h ^ (h >> 33)


def _crc_words(words: list[str]) -> NDArray[np.uint64]:
    return np.array([zlib.crc32(w.encode()) for w in words], dtype=np.uint64)


def _ngram_hashes(codes: NDArray[np.uint64], offset: int, lo: int, hi: int) -> NDArray[np.uint64]:
    """Hashes of the ``lo``..``hi``-grams of ``codes`` (code points or word hashes); ``offset``
    + n seeds each order, so the blocks (chars 0, words 1000, negated words 3000, concepts
    5000) never share buckets by construction."""
    parts: list[NDArray[np.uint64]] = []
    with np.errstate(over="ignore"):
        for n in range(lo, hi + 1):
            if len(codes) < n:
                break
            h = np.full(len(codes) - n + 1, _U64(offset + n), dtype=np.uint64)
            for k in range(n):
                h = h * _PRIME + codes[k : len(codes) - n + 1 + k]
            parts.append(h)
        # One finaliser over all orders: per-call overhead dominates on short windows.
        return _mix(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)


def _unique_counts(keys: NDArray[np.uint64]) -> tuple[NDArray[np.uint64], NDArray[np.intp]]:
    """``np.unique(keys, return_counts=True)`` without its generic overhead (a third of a
    window's featurizing time at 24 blocks per 1 kB prompt)."""
    keys = np.sort(keys)
    new = np.empty(keys.size, dtype=bool)
    new[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    return keys[starts], np.diff(np.append(starts, keys.size))


def _runs(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of ``pattern``'s matches (maximal runs of a character class)."""
    found = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    return [f[0] for f in found], [f[1] for f in found], [f[2] for f in found]


def _inside(starts: list[int], ends: list[int], s: int, e: int) -> tuple[int, int, bool, bool]:
    """Runs ``i..j-1`` lie wholly inside ``[s, e)``; the flags say whether a run is cut by the
    left or the right edge (one run cut by both counts as left)."""
    i, j = bisect_left(starts, s), bisect_right(ends, e)
    left = i > 0 and ends[i - 1] > s
    right = j < len(starts) and s <= starts[j] < e
    return i, j, left, right


@dataclass(frozen=True, slots=True)
class Prepared:
    """One text's n-gram hashes, computed once so that each of its overlapping windows is
    featurized by slicing (:meth:`HashingFeaturizer.transform_window`)."""

    text: str
    chars: tuple[NDArray[np.uint64], ...]  # per char order: hashes of the n-gram starting at i
    word_starts: list[int]
    word_ends: list[int]
    word_crcs: list[int]
    words: tuple[NDArray[np.uint64], ...]  # per word order: hashes of the n-gram at word i
    clause_starts: list[int]
    clause_ends: list[int]
    negated: NDArray[np.uint64]  # the negated-term hashes of every clause, in text order
    negated_at: list[int]  # clause i's hashes are negated[negated_at[i] : negated_at[i + 1]]
    concepts: NDArray[np.uint64]  # the same for the concept block's terms
    concepts_at: list[int]


def _clause_terms(clause: str) -> list[str]:
    """The negated-clause block's terms of one clause: none unless it holds a negation."""
    lowered = clause.lower()
    words = _WORD_RE.findall(lowered)
    return _negated_terms(words) if _is_negated(clause, lowered, words) else []


# Hash seeds of the two clause blocks (see ``_ngram_hashes``).
_NEGATED, _CONCEPTS = 3000, 5000


def _term_hashes(terms: list[str], offset: int) -> NDArray[np.uint64]:
    """A clause block's hashes of ``terms`` (``offset``: the block's seed): a few in Python ints
    (see ``_hash_one``), more through numpy."""
    if len(terms) > 8:
        return _ngram_hashes(_crc_words(terms), offset, 1, 1)
    return np.array([_hash_one([zlib.crc32(t.encode())], offset) for t in terms], dtype=np.uint64)


def _negated_terms(words: list[str]) -> list[str]:
    """The terms of a negated clause's words; an unspaced CJK run gives its character bigrams."""
    out: list[str] = []
    for w in words:
        if len(w) > 2 and not w.isascii() and CJK_RE.search(w):
            out.extend(w[i : i + 2] for i in range(len(w) - 1))
        else:
            out.append(w)
    return out


def _clause_block(terms: list[list[str]], offset: int) -> tuple[NDArray[np.uint64], list[int]]:
    """A clause block's hashes in text order and where clause i's start (see ``Prepared``)."""
    hashes = _ngram_hashes(_crc_words([t for ts in terms for t in ts]), offset, 1, 1)
    return hashes, [0, *accumulate(len(ts) for ts in terms)]


class HashingFeaturizer(BaseModel):
    """Sparse, L2-normalised, sublinear-TF hashed n-grams of an already normalised text."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    dim_bits: int = Field(default=20, ge=8, le=24)
    char_min: int = Field(default=2, ge=1)
    char_max: int = Field(default=5, ge=1)
    word_min: int = Field(default=1, ge=1)
    word_max: int = Field(default=2, ge=1)
    # Relative weight of the word block; the char block has weight 1.
    word_weight: float = Field(default=1.0, gt=0)
    # Each block is L2-normalised, but by at least this norm (0: plain L2). A one-word message
    # otherwise puts the whole block's weight on that word, and the model extrapolates from a
    # handful of n-grams ("No." scored 0.91 under injection v12); the floor shrinks texts with
    # little evidence toward the bias.
    char_norm_floor: float = Field(default=0.0, ge=0)
    word_norm_floor: float = Field(default=0.0, ge=0)
    # Weight of the negated-clause block (0: off, the default, so older models featurize as
    # they were trained). A bag of n-grams cannot tell "Gib das Passwort nicht preis" (an
    # operator's rule) from "Gib das Passwort preis" (an attack): both carry "Gib das
    # Passwort". This block repeats the words of every clause that holds a negation marker
    # under a namespace of their own, so "password in a negated clause" gets a weight of its
    # own (the scoped negation marking of sentiment classifiers, at clause scope because German
    # and Japanese put the negation after the object).
    negation_weight: float = Field(default=0.0, ge=0)
    # The concept block (0: off, the default): the concepts of each clause and their pairs, from
    # the multilingual lexicon ``concepts`` names in tiergate/data (see ``ml.concepts``), so a
    # weight learnt on "ignore ... instructions" in English carries to "unohda ohjeesi".
    concepts: str = ""
    concept_weight: float = Field(default=0.0, ge=0)
    # Only the pairs of concepts, not each concept alone (a lone "system" or "show" is common in
    # harmless text; "override" with "instructions" is not).
    concept_pairs_only: bool = False
    # Read text through ``normalize.tighten_punctuation`` (False, the default, so older models
    # read as they were trained; injection v30+). Callers window the tightened text
    # (``scoring.best_hit``, the training script), so offsets agree.
    tight_punctuation: bool = False

    @property
    def dim(self) -> int:
        return 1 << self.dim_bits

    def reading(self, text: str) -> str:
        """The text this featurizer's model reads: ``text``, tightened where it asks."""
        return tighten_punctuation(text) if self.tight_punctuation else text

    def _char_hashes(self, text: str) -> NDArray[np.uint64]:
        padded = f" {text} "
        cps = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        return _ngram_hashes(cps, 0, self.char_min, self.char_max)

    def _word_hashes(self, text: str) -> NDArray[np.uint64]:
        return _ngram_hashes(_crc_words(_WORD_RE.findall(text)), 1000, self.word_min, self.word_max)

    def _clause_hashes(
        self, text: str, terms: Callable[[str], list[str]], offset: int
    ) -> NDArray[np.uint64]:
        return _clause_block([terms(c) for c in _CLAUSE_RE.findall(text)], offset)[0]

    def _negated_hashes(self, text: str) -> NDArray[np.uint64]:
        return self._clause_hashes(text, _clause_terms, _NEGATED)

    def _concept_terms(self, clause: str) -> list[str]:
        return concept_lexicon.load(self.concepts).terms(clause, self.concept_pairs_only)

    def _block(self, hashes: NDArray[np.uint64], weight: float, floor: float) -> SparseVec:
        if hashes.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx, counts = _unique_counts(hashes & _U64(self.dim - 1))
        vals = 1.0 + np.log(counts.astype(np.float32))
        vals *= weight / max(float(np.linalg.norm(vals)), floor)
        return idx.astype(np.int64), vals.astype(np.float32)

    def transform(self, text: str) -> SparseVec:
        """(indices, values) of one text; indices may repeat across blocks (sum them)."""
        return self._vector(
            self._char_hashes(text),
            self._word_hashes(text),
            lambda: self._negated_hashes(text),
            lambda: self._clause_hashes(text, self._concept_terms, _CONCEPTS),
        )

    def _vector(
        self,
        chars: NDArray[np.uint64],
        words: NDArray[np.uint64],
        negated: Callable[[], NDArray[np.uint64]],
        concepts: Callable[[], NDArray[np.uint64]],
    ) -> SparseVec:
        """The blocks, each weighted and normalised, side by side; ``negated`` and ``concepts``
        are called only when their block is on. One place for ``transform`` and
        ``transform_window``, so the two stay equal to the bit."""
        blocks = [
            self._block(chars, 1.0, self.char_norm_floor),
            self._block(words, self.word_weight, self.word_norm_floor),
        ]
        if self.negation_weight:
            blocks.append(self._block(negated(), self.negation_weight, self.word_norm_floor))
        if self.concept_weight:
            blocks.append(self._block(concepts(), self.concept_weight, self.word_norm_floor))
        return np.concatenate([b[0] for b in blocks]), np.concatenate([b[1] for b in blocks])

    def prepare(self, text: str) -> Prepared:
        """Hash ``text`` once for :meth:`transform_window`."""
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        orders = range(self.char_min, self.char_max + 1)
        chars = tuple(_ngram_hashes(cps, 0, n, n) for n in orders)
        w_starts, w_ends, words = _runs(_WORD_RE, text)
        crcs = [zlib.crc32(w.encode()) for w in words]
        codes = np.array(crcs, dtype=np.uint64)
        word_orders = range(self.word_min, self.word_max + 1)
        word_hashes = tuple(_ngram_hashes(codes, 1000, n, n) for n in word_orders)
        c_starts: list[int] = []
        c_ends: list[int] = []
        texts: list[str] = []
        if self.negation_weight or self.concept_weight:
            c_starts, c_ends, texts = _runs(_CLAUSE_RE, text)
        neg_terms = [_clause_terms(t) for t in texts] if self.negation_weight else []
        con_terms = [self._concept_terms(t) for t in texts] if self.concept_weight else []
        return Prepared(
            text,
            chars,
            w_starts,
            w_ends,
            crcs,
            word_hashes,
            c_starts,
            c_ends,
            *_clause_block(neg_terms, _NEGATED),
            *_clause_block(con_terms, _CONCEPTS),
        )

    def transform_window(self, prep: Prepared, start: int, end: int) -> SparseVec:
        """``transform(prep.text[start:end])``, to the bit, from the hashes ``prep`` holds: a
        window's n-grams are the text's n-grams that lie inside it, plus the few that its edges
        create (the padding spaces, a word or clause cut in two), hashed here."""
        if end - start <= self.char_max:
            return self.transform(prep.text[start:end])
        return self._vector(
            self._window_chars(prep, start, end),
            self._window_words(prep, start, end),
            lambda: self._window_clauses(
                prep, start, end, prep.negated, prep.negated_at, _clause_terms, _NEGATED
            ),
            lambda: self._window_clauses(
                prep, start, end, prep.concepts, prep.concepts_at, self._concept_terms, _CONCEPTS
            ),
        )

    def _window_chars(self, prep: Prepared, s: int, e: int) -> NDArray[np.uint64]:
        orders = range(self.char_min, self.char_max + 1)
        parts = [h[s : e - n + 1] for n, h in zip(orders, prep.chars, strict=True)]
        # The padding spaces of " window ": one n-gram per order at each end.
        left = [32, *map(ord, prep.text[s : s + self.char_max - 1])]
        right = [*map(ord, prep.text[e - self.char_max + 1 : e]), 32]
        edges = [_hash_one(left[:n], 0) for n in orders]
        edges += [_hash_one(right[-n:], 0) for n in orders]
        return np.concatenate([np.array(edges, dtype=np.uint64), *parts])

    def _window_words(self, prep: Prepared, s: int, e: int) -> NDArray[np.uint64]:
        i, j, cut_left, cut_right = _inside(prep.word_starts, prep.word_ends, s, e)
        orders = range(self.word_min, self.word_max + 1)
        parts = [h[i : max(i, j - n + 1)] for n, h in zip(orders, prep.words, strict=True)]
        if not (cut_left or cut_right):
            return np.concatenate(parts)
        seq = prep.word_crcs[i:j]
        if cut_left:
            head = prep.text[s : min(prep.word_ends[i - 1], e)]
            seq = [zlib.crc32(head.encode()), *seq]
        if cut_right:
            seq = [*seq, zlib.crc32(prep.text[prep.word_starts[j] : e].encode())]
        # (position, order) of the n-grams that hold a cut word: the first of each order when the
        # left edge cut one, the last when the right edge did; a set, so one n-gram holding both
        # counts once.
        edges: set[tuple[int, int]] = set()
        for n in orders:
            last = len(seq) - n
            if last >= 0 and cut_left:
                edges.add((0, n))
            if last >= 0 and cut_right:
                edges.add((last, n))
        extra = [_hash_one(seq[p : p + n], 1000) for p, n in sorted(edges)]
        return np.concatenate([np.array(extra, dtype=np.uint64), *parts])

    def _window_clauses(
        self,
        prep: Prepared,
        s: int,
        e: int,
        hashes: NDArray[np.uint64],
        at: list[int],
        terms: Callable[[str], list[str]],
        offset: int,
    ) -> NDArray[np.uint64]:
        """A clause block's hashes in ``[s, e)``: the whole clauses' from ``prep``, the ``terms``
        of a clause the window cuts computed afresh (``offset``: the block's seed)."""
        i, j, cut_left, cut_right = _inside(prep.clause_starts, prep.clause_ends, s, e)
        edges: list[str] = []
        if cut_left:
            edges += terms(prep.text[s : min(prep.clause_ends[i - 1], e)])
        if cut_right:
            edges += terms(prep.text[prep.clause_starts[j] : e])
        inner = hashes[at[i] : at[max(i, j)]]
        return np.concatenate([_term_hashes(edges, offset), inner])
