"""Hand-written injection rows, round 30 (license CC0-1.0), by three helpers who saw no project file
but round 29's format (session 28): short everyday questions and chat or support requests in 24
languages that use the words of an attack in their ordinary senses (a payment mode, the role of
an organ, the rules of a game, one's own Wi-Fi password, dark mode, system settings, who plays a
character, speed limits, a coffee filter; "from now on call me Mia", "ignore my last message"),
against overrides, extraction requests and role-play jailbreaks of the same length in the same
languages. Written because everyday French questions were blocked as injections ("what is the
role of the immune system", "which payment mode is accepted", both over 0.99 on v28) while their
English twins scored under 0.01. 31 rows equal to a probe, dev or test-list row, or sharing
a run with one, were removed before the fit. Each third is its own file:

- ``handwritten_r30a.py``: fr, es, pt, it, ro, ca, nl (400 rows: 306 benign, 94 attacks)
- ``handwritten_r30b.py``: en, de, pl, ru, uk, cs, sv, el (421 rows: 319 benign, 102 attacks)
- ``handwritten_r30c.py``: ja, zh, ko, ar, hi, tr, vi, id, fa (419 rows: 326 benign, 93 attacks)

    python training/injection/handwritten_r30.py   # prints counts per family, language and label
"""

from __future__ import annotations

import handwritten_r30a
import handwritten_r30b
import handwritten_r30c
import rounds

_PARTS = (handwritten_r30a, handwritten_r30b, handwritten_r30c)


def rows(seed: int = 0) -> list[tuple[str, str, int, str]]:
    """Round 30 as (family, text, label, kind); each third shuffled with its own seed; raises
    ValueError on a text repeated within or across the thirds."""
    out = [row for part in _PARTS for row in part.rows(seed)]
    rounds.checked_rows([(fam, "", text, label, kind) for fam, text, label, kind in out], 0)
    return out


if __name__ == "__main__":
    tagged = [
        row
        for part, prefix in zip(_PARTS, ("r30a", "r30b", "r30c"), strict=True)
        for row in rounds.tagged(prefix, part._FAMILIES)
    ]
    rows()
    rounds.print_summary(tagged, width=26)
