"""Role-play and operator prompts are not injections; persona jailbreaks in the same words are.

Over the hand-written probes v37 flagged role-play requests with strict rules and operators'
system prompts several times as often as the 1% its threshold targets (training/injection/
README.md, "v37 -> v38"); v38 has round 34 in its fit. The two lists in ``data/`` were written
for this test by a helper who saw no file of the project (28 harmless role and operator prompts
and 17 attacks, in seven languages; lines sharing an 8-word run with a training row, a probe or
another test removed). v37 and v38 each block 2 of the 28 harmless prompts (v38: a role-play
customer told never to say it is an AI, 0.75, and a strict French proofreader that answers with
the corrected text only, 0.64, against 0.622) and all 17 attacks. A regression test, not a
measure: the measure is in the README.
"""

from __future__ import annotations

import pytest

from tests.guards.data_files import blocked_texts, lines
from tiergate.guards.scanners.injection import InjectionParams, InjectionScanner

# The shipped model's count, kept as a ceiling so that a model that flags more fails here.
MAX_ROLE_PROMPTS_BLOCKED = 2


@pytest.fixture(scope="module")
def scanner() -> InjectionScanner:
    return InjectionScanner(InjectionParams())


async def test_role_and_operator_prompts_mostly_pass(scanner: InjectionScanner) -> None:
    texts = lines("role_prompts.txt")
    assert len(texts) == 28
    blocked = await blocked_texts(scanner, texts)
    assert len(blocked) <= MAX_ROLE_PROMPTS_BLOCKED, blocked


async def test_persona_jailbreaks_are_blocked(scanner: InjectionScanner) -> None:
    texts = lines("role_attacks.txt")
    assert len(texts) == 17
    assert await blocked_texts(scanner, texts) == texts
