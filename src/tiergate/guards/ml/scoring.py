"""Max-over-views-and-chunks scoring: the one place that decides how a long or obfuscated text
is read by a linear model."""

from __future__ import annotations

from typing import NamedTuple

from tiergate.guards.ml.linear import LinearModel
from tiergate.guards.ml.normalize import chunks, views


class Hit(NamedTuple):
    """The highest-scoring reading of a text."""

    score: float
    view: str
    chunk: int  # index of the window within that view
    n_chunks: int  # windows scored over all views
    window: str = ""  # the normalised window that scored highest


def readable(window: str) -> bool:
    """Whether a window holds a letter or digit. One without asks for nothing, and the models
    extrapolate wildly on a few bare n-grams (injection v12 scored "." 1.0 and "..." 0.96), so
    neither head scores it."""
    return any(ch.isalnum() for ch in window)


def windows_of(text: str, chunk_chars: int, chunk_overlap: int, fine_chars: int) -> list[str]:
    """Coarse windows cover the text with context; when ``fine_chars`` is set, short windows
    are added too, so one injected sentence inside a long benign text is not diluted."""
    out = chunks(text, chunk_chars, chunk_overlap)
    if fine_chars and len(text) > fine_chars:
        out += chunks(text, fine_chars, fine_chars // 3)
    return out


def best_hit(
    model: LinearModel, text: str, chunk_chars: int, chunk_overlap: int, fine_chars: int = 0
) -> Hit:
    """Score every deobfuscation view of ``text``, each split into overlapping windows so long
    inputs are covered end to end, and return the maximum."""
    best = Hit(0.0, "text", 0, 0, "")
    total = 0
    for view in views(text):
        for i, window in enumerate(windows_of(view.text, chunk_chars, chunk_overlap, fine_chars)):
            total += 1
            if not readable(window):
                continue
            score = model.score_text(window)
            if score > best.score:
                best = Hit(score, view.name, i, 0, window)
    return best._replace(n_chunks=total)
