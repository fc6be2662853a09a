"""Shared, dependency-light ML runtime for text guards (injection, moderation, ...).

Public API (stable; the moderation scanner reuses it):

- ``normalize.normalize(text) -> str``: NFKC, invisible/tag characters removed, homoglyphs
  folded, lower case, whitespace collapsed.
- ``normalize.views(text) -> list[View(name, text)]``: the canonical view first (the text, or
  where most of it is encoded, its decoding), then deobfuscated readings ("tag-chars",
  "leetspeak", and one per applicable decoder of ``decoders.DECODERS``: "base64-decoded",
  "hex-decoded", "morse-decoded", "cipher-decoded", ...), each already normalised. Score each
  and keep the max. Scanners of one chain share them through ``ScanContext.memo(VIEWS_KEY,
  text, views)``, so a text is read once per request, not once per scanner.
- ``normalize.chunks(text, size, overlap) -> list[str]``: overlapping windows covering the text.
- ``features.HashingFeaturizer``: pydantic config; ``.transform(text) -> (indices, values)``,
  hashed char + word n-grams, pure numpy, deterministic; ``.prepare(text)`` hashes a text once
  and ``.transform_window(prepared, start, end)`` gives ``transform(text[start:end])`` from it.
- ``linear.LinearModel``: ``load(stem)`` / ``save(stem)`` for ``stem.npz`` (non-zero
  coefficients, no pickle) + ``stem.json`` (``LinearMeta``: featurizer, bias, calibration,
  provenance); ``score_text(normalised_text) -> float`` in [0, 1].
- ``linear.Calibration``: benign-score quantiles; ``threshold_for(target_fpr) -> float``.
- ``scoring.best_hit(model, text, chunk_chars, chunk_overlap, fine_chars=0, sentence_chars=0,
  read=None) -> Hit(score, view, chunk, n_chunks)``: max over views x windows (coarse windows
  plus, if ``fine_chars``, short ones, plus the sentences of a text of at most ``sentence_chars``);
  ``scoring.windows_of`` gives the same windows for training (``scoring.window_spans`` their
  offsets).

Training uses scikit-learn (``LogisticRegression`` on ``scipy.sparse`` rows built from
``HashingFeaturizer.transform``); inference needs only numpy.
"""

from tiergate.guards.ml.features import HashingFeaturizer
from tiergate.guards.ml.linear import Calibration, LinearMeta, LinearModel
from tiergate.guards.ml.normalize import VIEWS_KEY, View, chunks, normalize, views
from tiergate.guards.ml.scoring import Hit, best_hit, readable, windows_of

__all__ = [
    "VIEWS_KEY",
    "Calibration",
    "HashingFeaturizer",
    "Hit",
    "LinearMeta",
    "LinearModel",
    "View",
    "best_hit",
    "chunks",
    "normalize",
    "readable",
    "views",
    "windows_of",
]
