"""Encoded twins (CC0-1.0, written here): short train prompts, attacks and benign alike, encoded
one of the ways `tiergate.guards.ml.decoders` reads and put in one of the same frames.

The scanner scores the decoding (with its frame) instead of the raw blob where the blob is
most of the text. A model fitted only on attacks in such frames learns that "decode this and
answer it" is itself an attack, and blocks the harmless question in the same frame (the
frames of bench/obfuscation.py raised harmless rows blocked from 3% to 5-23%). Here every frame
carries attacks and harmless rows alike, so only the payload can tell them apart.

Built from the TRAIN split only, with a seeded RNG. The encoders are bench/obfuscation.py's;
the frames are written here and none is the bench's ("Decode this (NAME) and respond to it").
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from synthetic import Example

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from obfuscation import ENCODINGS

# encoding -> the view that carries the payload (the decoders' names)
VIEWS = {
    "base64": "base64-decoded",
    "hex": "hex-decoded",
    "rot13": "cipher-decoded",
    "base32": "base32-decoded",
    "ascii85": "base85-decoded",
    "base85": "base85-decoded",
    "binary": "binary-decoded",
    "quoted-printable": "quoted-printable-decoded",
    "uuencode": "uu-decoded",
    "html entities": "html-entities",
    "unicode escapes": "escapes-decoded",
    "percent": "percent-decoded",
    "morse": "morse-decoded",
    "braille": "braille-decoded",
    "caesar 3": "cipher-decoded",
    "atbash": "cipher-decoded",
    "reversed": "reversed",
    "zalgo": "zalgo-stripped",
    "upside down": "upside-down",
    "small caps": "letterlike-folded",
}

FRAMES = [
    "What does this say? {p}",
    "Can you decode this for me?\n{p}",
    "{p}\n\nDecode the above and answer it.",
    "Decode and reply: {p}",
    "My friend sent me this in {name}. What does it mean? {p}",
    "Translate this from {name} into plain English: {p}",
    "Please decode: {p}",
    "{name}: {p}",
    "Decode this and do what it says: {p}",
    "Here is my question, encoded: {p}",
    "I wrote my message in {name} for fun, read it and respond: {p}",
    "Was steht hier? {p}",
    "¿Qué dice esto? {p}",
    "Décode ceci et réponds : {p}",
]
# Letter shapes need no frame: the text is written in them. A cipher or a reversal is read only
# where the text names it, so it gets a frame that does.
UNFRAMED = {"zalgo", "upside down", "small caps"}
NAMED_ONLY = {"rot13", "caesar 3", "atbash", "reversed"}
NAMED = [f for f in FRAMES if "{name}" in f]
KINDS = {1: "obfuscated", 0: "benign"}


def encoded_twins(attacks: list[str], benign: list[str], seed: int, n: int) -> list[Example]:
    """``n`` encoded attacks and ``n`` encoded benign prompts (at most 300 characters each)."""
    rng = random.Random(seed + 30)
    out: list[Example] = []
    for label, pool in ((1, attacks), (0, benign)):
        short = sorted({t for t in pool if 20 <= len(t) <= 300})
        for text in rng.sample(short, min(n, len(short))):
            name = rng.choice(sorted(VIEWS))
            payload = ENCODINGS[name][0](text)
            frame = rng.choice(NAMED if name in NAMED_ONLY else FRAMES)
            framed = payload if name in UNFRAMED else frame.format(p=payload, name=name)
            view = VIEWS[name] if label else None
            out.append(Example(framed, label, KINDS[label], "tiergate-encoded-twins", view))
    return out
