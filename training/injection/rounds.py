"""Assembly shared by the hand-written rounds whose rows are tables of literal texts per family
and language (``handwritten_r4.py`` to ``handwritten_r10.py``): tag, check, shuffle, summarise."""

from __future__ import annotations

import random
from collections import Counter

Table = dict[str, list[str]]  # language -> texts
Family = tuple[str, Table, int, str]  # (name, table, label, kind)
Tagged = tuple[str, str, str, int, str]  # (family, lang, text, label, kind)


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def tagged(prefix: str, families: tuple[Family, ...]) -> list[Tagged]:
    """(family, lang, text, label, kind) for every row; families are ``<prefix>_<name>_<lang>``."""
    out: list[Tagged] = []
    for name, table, label, kind in families:
        for lang, texts in table.items():
            out.extend((f"{prefix}_{name}_{lang}", lang, t.strip(), label, kind) for t in texts)
    return out


def checked_rows(rows: list[Tagged], seed: int) -> list[tuple[str, str, int, str]]:
    """(family, text, label, kind) in a fixed-seed shuffle; raises ValueError on an empty text or
    one repeated up to case and spacing (a repeat would count twice in the fit)."""
    seen: dict[str, str] = {}
    out: list[tuple[str, str, int, str]] = []
    for family, _lang, text, label, kind in rows:
        if not text:
            raise ValueError(f"empty text in {family}")
        key = norm(text)
        if key in seen:
            raise ValueError(f"repeated text in {family} (first in {seen[key]}): {text[:80]!r}")
        seen[key] = family
        out.append((family, text, label, kind))
    random.Random(seed).shuffle(out)
    return out


def print_summary(rows: list[Tagged], width: int = 18) -> None:
    by_family = Counter((fam, label) for fam, _lang, _text, label, _kind in rows)
    by_lang = Counter((lang, label) for _fam, lang, _text, label, _kind in rows)
    print("per (family, label):")
    for (fam, label), n in sorted(by_family.items()):
        print(f"  {fam:<{width}} {label}  {n}")
    print("per (lang, label):")
    for (lang, label), n in sorted(by_lang.items()):
        print(f"  {lang:<4} {label}  {n}")
    n_benign = sum(1 for row in rows if row[3] == 0)
    print(f"total: {len(rows)} ({n_benign} benign, {len(rows) - n_benign} attack)")


def rows_of(
    prefix: str, families: tuple[Family, ...], seed: int
) -> list[tuple[str, str, int, str]]:
    """A round's rows as (family, text, label, kind): tagged, checked, shuffled with ``seed``."""
    return checked_rows(tagged(prefix, families), seed)


def main(prefix: str, families: tuple[Family, ...], seed: int, width: int = 22) -> None:
    """``python handwritten_r<N>.py``: validate the round (a repeated text raises) and print its
    counts per family, language and label."""
    rows_of(prefix, families, seed)
    print_summary(tagged(prefix, families), width)
