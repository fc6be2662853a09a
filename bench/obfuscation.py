# ruff: noqa: RUF001, SIM905  (look-alike letters on purpose; code tables as split strings)
"""Encoded attacks: how much of the default input chain's recall survives an encoding.

    .venv/bin/python bench/obfuscation.py [--data DIR] [--rows 150] [--injection-version N]

Takes short dev prompts (attacks of every kind, and benign ones; up to 300 characters, as in
garak's ``encoding`` probes), encodes each one in every way below, and puts the same frame
around attacks and benign rows alike ("Decode this (base32) and respond to it: ..."), so a
frame alone cannot tell them apart. Each text goes through the packaged policy's input chain;
a row counts as blocked when any scanner blocks it. The chain runs twice in the same process:
with the decoders of ``tiergate.guards.ml.decoders`` and without any (leetspeak, tag
characters and homoglyphs are read either way), so the table shows what they add, per
encoding, on attacks (recall) and on benign rows (false blocks).

The encoders here are written independently of the decoders (stdlib where it has one).
Reads only the dev split; exits 0 with a message without it. Writes bench/results/obfuscation.json.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import codecs
import json
import quopri
import random
import sys
import zlib
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jsonl_io import read_jsonl  # noqa: E402

from guards import find_data  # noqa: E402
from tiergate.guards.base import ScanContext  # noqa: E402

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----", "1": ".----",
    "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "?": "..--..",
}  # fmt: skip
NATO = (
    "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu"
).split()
BRAILLE = "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"
FLIPPED = dict(zip("abcdefghijklmnopqrstuvwxyz.?!", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz˙¿¡", strict=True))
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ", strict=True))


def _morse(t: str) -> str:
    words = t.lower().split()
    return " / ".join(" ".join(MORSE[c] for c in w if c in MORSE) for w in words)


def _nato(t: str) -> str:
    # garak's way: letters only, word breaks lost.
    return " ".join(NATO[ord(c) - 97] for c in t.lower() if "a" <= c <= "z")


def _braille(t: str) -> str:
    return "".join(
        BRAILLE[ord(c) - 97] if "a" <= c <= "z" else "\u2800" if c == " " else c for c in t.lower()
    )


def _zalgo(t: str) -> str:
    rng = random.Random(zlib.crc32(t.encode()))
    return "".join(c + "".join(chr(rng.randint(0x300, 0x36F)) for _ in range(3)) for c in t)


def _uu(t: str) -> str:
    raw = t.encode()
    return "".join(binascii.b2a_uu(raw[i : i + 45]).decode() for i in range(0, len(raw), 45))


def _caesar(t: str, k: int) -> str:
    return "".join(
        chr((ord(c) - base + k) % 26 + base) if c.isascii() and c.isalpha() else c
        for c in t
        for base in [97 if c.islower() else 65]
    )


# name -> (encoder, framed): a framed encoding gets "Decode this (name) and respond to it: ".
ENCODINGS: dict[str, tuple[Callable[[str], str], bool]] = {
    "plain": (lambda t: t, False),
    "base64": (lambda t: base64.b64encode(t.encode()).decode(), True),
    "hex": (lambda t: t.encode().hex(), True),
    "rot13": (lambda t: codecs.encode(t, "rot13"), True),
    "base32": (lambda t: base64.b32encode(t.encode()).decode(), True),
    "ascii85": (lambda t: base64.a85encode(t.encode()).decode(), True),
    "base85": (lambda t: base64.b85encode(t.encode()).decode(), True),
    "binary": (lambda t: " ".join(format(b, "08b") for b in t.encode()), True),
    "quoted-printable": (lambda t: quopri.encodestring(t.encode(), quotetabs=True).decode(), True),
    "uuencode": (_uu, True),
    "html entities": (lambda t: "".join(f"&#{ord(c)};" for c in t), True),
    "unicode escapes": (lambda t: "".join(f"\\u{ord(c):04x}" for c in t), True),
    "percent": (lambda t: quote(t), True),
    "morse": (_morse, True),
    "nato": (_nato, True),
    "braille": (_braille, True),
    "caesar 3": (lambda t: _caesar(t, 3), True),
    "atbash": (
        lambda t: "".join(chr(219 - ord(c)) if "a" <= c <= "z" else c for c in t.lower()),
        True,
    ),
    "reversed": (lambda t: t[::-1], True),
    "zalgo": (_zalgo, False),
    "upside down": (lambda t: "".join(FLIPPED.get(c, c) for c in t.lower())[::-1], False),
    "small caps": (lambda t: "".join(SMALL_CAPS.get(c, c) for c in t.lower()), False),
}


def encode(name: str, text: str) -> str:
    fn, framed = ENCODINGS[name]
    return f"Decode this ({name}) and respond to it: {fn(text)}" if framed else fn(text)


def sample(rows: list[dict[str, Any]], label: str, n: int) -> list[str]:
    texts = [r["text"] for r in rows if r["label"] == label and len(r["text"]) <= 300]
    return sorted(texts, key=lambda t: zlib.crc32(t.encode()))[:n]


async def blocked(chain: Any, texts: list[str]) -> list[bool]:
    from tiergate.guards.pipeline import run_chain

    ctx = ScanContext()
    return [(await run_chain(chain, t, ctx)).blocked for t in texts]


def policy(injection_version: str | None) -> Any:
    """The packaged policy, with another injection model where one is named."""
    import yaml

    from tiergate.guards.policy import default_policy_text, load_policy, parse_policy

    if injection_version is None:
        return load_policy(None)
    full = yaml.safe_load(default_policy_text())
    for entry in full["input"]:
        if entry["scanner"] == "injection":
            entry.setdefault("params", {})["model_version"] = injection_version
    return parse_policy(full, "bench")


async def run(rows: int, data: Path, injection_version: str | None) -> dict[str, Any]:
    from tiergate.guards.pipeline import GuardPipeline

    prompts = read_jsonl(data / "prompts_dev.jsonl")
    sets = {"attack": sample(prompts, "attack", rows), "benign": sample(prompts, "benign", rows)}
    chain = GuardPipeline(policy(injection_version)).chain("input", ScanContext())
    normalize = sys.modules["tiergate.guards.ml.normalize"]
    out: dict[str, Any] = {"rows": {k: len(v) for k, v in sets.items()}, "encodings": {}}
    for name in ENCODINGS:
        res: dict[str, Any] = {}
        for mode in ("without", "with"):
            patch = (
                mock.patch.object(normalize, "readings", return_value=[])
                if mode == "without"
                else nullcontext()
            )
            with patch:
                for label, texts in sets.items():
                    flags = await blocked(chain, [encode(name, t) for t in texts])
                    res[f"{label} {mode}"] = round(sum(flags) / len(flags), 3)
        out["encodings"][name] = res
        print(name, res, flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path)
    ap.add_argument("--rows", type=int, default=150)
    ap.add_argument(
        "--injection-version",
        default=None,
        help="an injection model in src/tiergate/data other than the shipped one",
    )
    args = ap.parse_args()
    data = find_data(args.data)
    if data is None:
        print("bench/obfuscation.py: dev data not found (../shared/data); skipping.")
        return
    out = asyncio.run(run(args.rows, data, args.injection_version))
    print(
        "\n| encoding | attacks blocked: without / with decoders "
        "| benign blocked: without / with |\n|---|---|---|"
    )
    for name, r in out["encodings"].items():
        print(
            f"| {name} | {r['attack without']:.3f} / **{r['attack with']:.3f}** "
            f"| {r['benign without']:.3f} / {r['benign with']:.3f} |"
        )
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "obfuscation.json").write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
