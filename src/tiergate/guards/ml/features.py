"""Hashed char + word n-gram features, pure numpy.

The same code featurizes at training and at inference time, so shipped coefficients need no
pickle and no vocabulary: a feature's index is a fixed 64-bit hash of the n-gram, folded into
``2**dim_bits`` buckets. Hashes are arithmetic on code points (no Python ``hash()``, which is
salted per process), so the output is identical across runs and platforms.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field

_U64 = np.uint64
_PRIME = _U64(0x100000001B3)
_MIX1 = _U64(0xFF51AFD7ED558CCD)
_MIX2 = _U64(0xC4CEB9FE1A85EC53)
_WORD_RE = re.compile(r"\w+", re.UNICODE)
# Clause ends for the negation block: sentence punctuation in Latin, CJK and Indic scripts.
_CLAUSE_RE = re.compile(r"[^.!?;:\n\u3002\uff01\uff1f\uff1b\u0964]+")
_CJK_RE = re.compile(r"[\u2e80-\U0010ffff]")
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


def _crc_words(words: list[str]) -> NDArray[np.uint64]:
    return np.array([zlib.crc32(w.encode()) for w in words], dtype=np.uint64)


def _ngram_hashes(codes: NDArray[np.uint64], offset: int, lo: int, hi: int) -> NDArray[np.uint64]:
    """Hashes of the ``lo``..``hi``-grams of ``codes`` (code points or word hashes); ``offset``
    + n seeds each order, so the blocks (chars 0, words 1000, negated words 3000) never share
    buckets by construction."""
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


def _negated_terms(words: list[str]) -> list[str]:
    """The terms of a negated clause's words; an unspaced CJK run gives its character bigrams."""
    out: list[str] = []
    for w in words:
        if len(w) > 2 and not w.isascii() and _CJK_RE.search(w):
            out.extend(w[i : i + 2] for i in range(len(w) - 1))
        else:
            out.append(w)
    return out


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

    @property
    def dim(self) -> int:
        return 1 << self.dim_bits

    def _char_hashes(self, text: str) -> NDArray[np.uint64]:
        padded = f" {text} "
        cps = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        return _ngram_hashes(cps, 0, self.char_min, self.char_max)

    def _word_hashes(self, text: str) -> NDArray[np.uint64]:
        return _ngram_hashes(_crc_words(_WORD_RE.findall(text)), 1000, self.word_min, self.word_max)

    def _negated_hashes(self, text: str) -> NDArray[np.uint64]:
        words: list[str] = []
        for clause in _CLAUSE_RE.findall(text):
            lowered = clause.lower()
            clause_words = _WORD_RE.findall(lowered)
            if _is_negated(clause, lowered, clause_words):
                words.extend(_negated_terms(clause_words))
        return _ngram_hashes(_crc_words(words), 3000, 1, 1)

    def _block(self, hashes: NDArray[np.uint64], weight: float, floor: float) -> SparseVec:
        if hashes.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx, counts = np.unique(hashes & _U64(self.dim - 1), return_counts=True)
        vals = 1.0 + np.log(counts.astype(np.float32))
        vals *= weight / max(float(np.linalg.norm(vals)), floor)
        return idx.astype(np.int64), vals.astype(np.float32)

    def transform(self, text: str) -> SparseVec:
        """(indices, values) of one text; indices may repeat across blocks (sum them)."""
        ci, cv = self._block(self._char_hashes(text), 1.0, self.char_norm_floor)
        wi, wv = self._block(self._word_hashes(text), self.word_weight, self.word_norm_floor)
        if not self.negation_weight:
            return np.concatenate([ci, wi]), np.concatenate([cv, wv])
        ni, nv = self._block(self._negated_hashes(text), self.negation_weight, self.word_norm_floor)
        return np.concatenate([ci, wi, ni]), np.concatenate([cv, wv, nv])
