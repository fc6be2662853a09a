"""Span-level detection metrics (pure functions; the measurement script and the benchmark do I/O).

Two matching modes:
- ``exact``: a prediction counts only if (label, start, end) equals a gold span;
- ``overlap``: a prediction counts if it overlaps a gold span with the same label (each gold span
  and each prediction is matched at most once). Overlap is the right primary measure for
  redaction: masking "Dr. Jane Doe" when the gold span is "Jane Doe" protects the value.
F-beta with beta=2 weights recall (a missed SSN is a leak) four times as much as precision.
"""

# ruff: noqa: SIM905

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["exact", "overlap"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f_beta(self, beta: float = 2.0) -> float:
        p, r = self.precision, self.recall
        b2 = beta * beta
        return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f_beta(1.0), 4),
            "f2": round(self.f_beta(2.0), 4),
        }


@dataclass(slots=True)
class Report:
    per_label: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.per_label.values():
            total.add(c)
        return total

    def as_dict(self) -> dict[str, dict[str, float]]:
        out = {label: c.as_dict() for label, c in sorted(self.per_label.items())}
        out["micro"] = self.micro.as_dict()
        return out


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def match_row(gold: Sequence[Span], pred: Sequence[Span], mode: Mode) -> dict[str, Counts]:
    """Per-label counts for one text."""
    counts: dict[str, Counts] = {}
    used: set[int] = set()
    for p in pred:
        hit = None
        for i, g in enumerate(gold):
            if i in used or g.label != p.label:
                continue
            same = (g.start, g.end) == (p.start, p.end)
            if same or (mode == "overlap" and _overlaps(g, p)):
                hit = i
                break
        c = counts.setdefault(p.label, Counts())
        if hit is None:
            c.fp += 1
        else:
            used.add(hit)
            c.tp += 1
    for i, g in enumerate(gold):
        if i not in used:
            counts.setdefault(g.label, Counts()).fn += 1
    return counts


def evaluate(
    pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]],
    mode: Mode = "overlap",
    labels: frozenset[str] | None = None,
) -> Report:
    """Aggregate over (gold, predicted) pairs; ``labels`` restricts the scored entity types."""
    report = Report()
    for gold, pred in pairs:
        if labels is not None:
            gold = [s for s in gold if s.label in labels]
            pred = [s for s in pred if s.label in labels]
        for label, c in match_row(gold, pred, mode).items():
            report.per_label.setdefault(label, Counts()).add(c)
    return report


def relabel(spans: Iterable[Span], mapping: Mapping[str, str]) -> list[Span]:
    """Map detector types onto the gold label set (e.g. ADDRESS -> LOCATION)."""
    return [Span(s.start, s.end, mapping.get(s.label, s.label)) for s in spans]


# Our detector's extra types mapped onto the dataset's Presidio label set.
DATASET_LABELS = frozenset(
    """PERSON LOCATION ORGANIZATION EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD US_SSN IBAN_CODE
    IP_ADDRESS DATE_TIME""".split()
)
TO_DATASET = {"ADDRESS": "LOCATION"}


def gold_spans(row: Mapping[str, object]) -> list[Span]:
    spans = row.get("spans") or []
    assert isinstance(spans, list)
    return [Span(int(s["start"]), int(s["end"]), str(s["label"])) for s in spans]


def evaluate_pii(
    rows: Sequence[Mapping[str, object]],
    *,
    use_ner: bool = False,
    threshold: float = 0.5,
    mode: Mode = "overlap",
) -> dict[str, dict[str, float]]:
    """Run tiergate's PII detector on ``{text, spans}`` rows and score it (per label + micro).
    Scored on the dataset's label set only; detector-only types (API_KEY, UK_NINO...) ignored."""
    from tiergate.guards.pii.engine import analyze

    pairs = []
    for row in rows:
        text = str(row["text"])
        found = analyze(text, threshold=threshold, use_ner=use_ner)
        pred = relabel((Span(m.start, m.end, m.type) for m in found), TO_DATASET)
        pairs.append((gold_spans(row), pred))
    return evaluate(pairs, mode, DATASET_LABELS).as_dict()
