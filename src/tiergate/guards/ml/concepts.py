"""A multilingual concept lexicon: words of many languages mapped to a dozen injection concepts.

The hashed n-grams learn "ignore previous instructions" from the languages the training rows are
in, and a language with few rows ("Unohda ohjeesi", Finnish for "forget your instructions")
has char and word n-grams the model never weighed. Mapping words to shared concepts (OVERRIDE,
INSTRUCTIONS, ...) lets a weight learnt on English rows carry to every language the lexicon
covers: the classic cross-lingual trick of a bilingual dictionary in place of embeddings, which
do not install offline here in more than English.

The lexicon is a TSV of ``lang <TAB> CONCEPT <TAB> form`` (``src/tiergate/data/concepts-v*.tsv``).
A form is a whole word, a stem (``instruct*``), a phrase of up to three words (the last may be a
stem), or, for scripts written without spaces (Chinese, Japanese, Thai), a substring. The
language column is documentation: a clause is matched against every language at once, since
the cost of a word of one language matching a stem of another is one feature the model weighs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

# Scripts written without spaces between words: their forms are matched as substrings.
_UNSPACED_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# Words, with the combining marks \w leaves out: Indic vowel signs, Arabic and Hebrew points,
# Latin accents written apart. A plain \w+ cuts "निर्देश" in the middle of the word.
_WORD_RE = re.compile(
    r"(?:\w|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff])+"
)


@dataclass(slots=True)
class Lexicon:
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    stems: dict[str, frozenset[str]] = field(default_factory=dict)
    stem_lengths: tuple[int, ...] = ()
    # first word -> (rest of the words, last word is a stem, concept)
    phrases: dict[str, list[tuple[tuple[str, ...], bool, str]]] = field(default_factory=dict)
    substrings: tuple[tuple[str, str], ...] = ()

    def concepts(self, clause: str) -> set[str]:
        """The concepts named in one clause (any case)."""
        lowered = clause.lower()
        words = _WORD_RE.findall(lowered)
        found: set[str] = set()
        for i, w in enumerate(words):
            found |= self._word(w)
            for rest, stem, concept in self.phrases.get(w, ()):
                if _phrase_at(words, i + 1, rest, stem):
                    found.add(concept)
        if self.substrings and _UNSPACED_RE.search(lowered):
            found.update(c for s, c in self.substrings if s in lowered)
        return found

    def _word(self, w: str) -> set[str]:
        hit = self.words.get(w)
        out: set[str] = set(hit) if hit else set()
        for n in self.stem_lengths:
            if n > len(w):
                break
            s = self.stems.get(w[:n])
            if s:
                out |= s
        return out

    def terms(self, clause: str, pairs_only: bool = False) -> list[str]:
        """The concept block's terms of a clause: each concept (unless ``pairs_only``), and each
        pair of concepts, so that "OVERRIDE with INSTRUCTIONS" carries weight whatever the
        language's word order."""
        found = sorted(self.concepts(clause))
        pairs = [f"{a}+{b}" for i, a in enumerate(found) for b in found[i + 1 :]]
        return pairs if pairs_only else found + pairs


def _phrase_at(words: list[str], i: int, rest: tuple[str, ...], stem: bool) -> bool:
    if i + len(rest) > len(words):
        return False
    *exact, last = rest
    if any(words[i + k] != x for k, x in enumerate(exact)):
        return False
    tail = words[i + len(exact)]
    return tail.startswith(last) if stem else tail == last


def parse(text: str) -> Lexicon:
    """A lexicon from TSV lines; blank lines and ``#`` comments are skipped."""
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    substrings: set[tuple[str, str]] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _lang, concept, form = line.split("\t")
        form = form.strip().lower()
        stem = form.endswith("*")
        # A form is split the way a text is, so "пин-код" or "i-disable" is a phrase.
        parts = _WORD_RE.findall(form)
        form = " ".join(parts)
        if not parts:
            continue
        if len(parts) > 1:
            phrases.setdefault(parts[0], []).append((tuple(parts[1:]), stem, concept))
        elif _UNSPACED_RE.search(form):
            substrings.add((form, concept))
        elif stem:
            stems.setdefault(form, set()).add(concept)
        else:
            words.setdefault(form, set()).add(concept)
    return Lexicon(
        words={k: frozenset(v) for k, v in words.items()},
        stems={k: frozenset(v) for k, v in stems.items()},
        stem_lengths=tuple(sorted({len(k) for k in stems})),
        phrases=phrases,
        substrings=tuple(sorted(substrings)),
    )


@cache
def load(name: str) -> Lexicon:
    """The lexicon ``name`` (e.g. ``concepts-v1``) shipped in ``tiergate/data``."""
    return parse(files("tiergate.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8"))
