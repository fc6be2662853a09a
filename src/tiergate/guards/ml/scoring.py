"""Max-over-views-and-chunks scoring: the one place that decides how a long or obfuscated text
is read by a linear model."""

from __future__ import annotations

from typing import NamedTuple

from tiergate.guards.ml.linear import LinearModel
from tiergate.guards.ml.normalize import chunk_spans, views


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
    return [text[a:b] for a, b in window_spans(text, chunk_chars, chunk_overlap, fine_chars)]


def window_spans(
    text: str, chunk_chars: int, chunk_overlap: int, fine_chars: int
) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of :func:`windows_of`'s windows."""
    out = chunk_spans(text, chunk_chars, chunk_overlap)
    if fine_chars and len(text) > fine_chars:
        out += chunk_spans(text, fine_chars, fine_chars // 3)
    return out


def best_hit(
    model: LinearModel, text: str, chunk_chars: int, chunk_overlap: int, fine_chars: int = 0
) -> Hit:
    """Score every deobfuscation view of ``text``, each split into overlapping windows so long
    inputs are covered end to end, and return the maximum."""
    best = Hit(0.0, "text", 0, 0, "")
    total = 0
    for view in views(text):
        spans = window_spans(view.text, chunk_chars, chunk_overlap, fine_chars)
        # Windows overlap (a 1 kB prompt has eight): hash the view once and slice per window.
        prep = model.meta.featurizer.prepare(view.text) if len(spans) > 1 else None
        for i, (start, end) in enumerate(spans):
            total += 1
            window = view.text[start:end]
            if not readable(window):
                continue
            if prep is None:
                score = model.score_text(window)
            else:
                score = model.score_window(prep, start, end)
            if score > best.score:
                best = Hit(score, view.name, i, 0, window)
    return best._replace(n_chunks=total)
