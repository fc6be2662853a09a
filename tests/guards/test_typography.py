"""French typography (a space before ? ! : ; and inside guillemets) reads like the plain one
for a featurizer that asks for it (``HashingFeaturizer.tight_punctuation``)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiergate.guards.ml import (
    Calibration,
    HashingFeaturizer,
    LinearMeta,
    LinearModel,
    best_hit,
    normalize,
)
from tiergate.guards.ml.normalize import tighten_punctuation


@pytest.mark.parametrize(
    ("french", "plain"),
    [
        ("quel est le prix du billet ?", "quel est le prix du billet?"),
        ("attention : le magasin ferme à 18 h !", "attention: le magasin ferme à 18 h!"),
        ("il a dit « bonjour » ; puis rien", "il a dit «bonjour»; puis rien"),
    ],
)
def test_french_spacing_is_taken_out(french: str, plain: str) -> None:
    assert tighten_punctuation(french) == plain


def test_narrow_no_break_spaces_are_taken_out_after_normalisation() -> None:
    # NFKC turns U+202F and U+00A0 into plain spaces, so one rule covers all three.
    assert tighten_punctuation(normalize("Tu viens ce soir\u202f?")) == "tu viens ce soir?"
    assert tighten_punctuation(normalize("Merci\u00a0!")) == "merci!"


@given(st.text(alphabet=" ab?!:;«»\u202f", max_size=40))
def test_tightening_is_idempotent(text: str) -> None:
    once = tighten_punctuation(normalize(text))
    assert tighten_punctuation(once) == once


def _model(tight: bool) -> LinearModel:
    featurizer = HashingFeaturizer(dim_bits=12, tight_punctuation=tight)
    weights = np.random.default_rng(0).normal(size=featurizer.dim).astype(np.float32)
    calibration = Calibration(fprs=[0.01, 0.05], thresholds=[0.9, 0.5], n_benign=100)
    meta = LinearMeta(
        name="t", version="t", featurizer=featurizer, bias=0.0, calibration=calibration
    )
    return LinearModel(meta, weights)


def test_a_model_that_asks_reads_both_conventions_alike_and_an_older_one_does_not() -> None:
    french, plain = "Quel est le prix du billet ?", "Quel est le prix du billet?"
    tight = _model(True)
    assert best_hit(tight, french, 400, 100).score == best_hit(tight, plain, 400, 100).score
    assert best_hit(tight, french, 400, 100).window == "quel est le prix du billet?"
    loose = _model(False)
    assert best_hit(loose, french, 400, 100).score != best_hit(loose, plain, 400, 100).score
