from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.guards.fakes import FixedScanner
from tiergate.guards.base import ScanContext, Verdict
from tiergate.guards.pipeline import GuardPipeline, fold, judge, summarize
from tiergate.guards.policy import ScannerEntry, parse_policy
from tiergate.types import ChatRequest


def fixed(id_: str, **params: Any) -> dict[str, Any]:
    return {"scanner": "test-fixed", "id": id_, "params": params}


Chain = list[dict[str, Any]] | None


def pipeline(input_: Chain = None, output: Chain = None, **extra: Any) -> GuardPipeline:
    data = {"version": 1, "input": input_ or [], "output": output or [], **extra}
    return GuardPipeline(parse_policy(data))


def request(*messages: dict[str, Any]) -> ChatRequest:
    return ChatRequest.model_validate({"model": "m", "messages": list(messages)})


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


# -- pure merging ---------------------------------------------------------------------------

V_ALLOW = Verdict()
V_REDACT = Verdict(action="redact", score=0.4, text="x", reason="r")
V_BLOCK = Verdict(action="block", score=0.9, reason="b")


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ([], ("allow", 0.0, "")),
        ([V_ALLOW, V_ALLOW], ("allow", 0.0, "")),
        ([V_REDACT, V_ALLOW], ("redact", 0.4, "r")),
        ([V_ALLOW, V_BLOCK, V_REDACT], ("block", 0.9, "b; r")),
        ([V_REDACT, V_BLOCK], ("block", 0.9, "r; b")),
        ([Verdict(score=0.7, reason="quiet")], ("allow", 0.7, "")),
    ],
)
def test_summarize_is_strictest_max_and_policy_ordered(
    verdicts: list[Verdict], expected: tuple[str, float, str]
) -> None:
    assert summarize({str(i): v for i, v in enumerate(verdicts)}) == expected


def test_fold_is_deterministic() -> None:
    a = Verdict(action="redact", score=0.2, text="t", reason="x")
    b = Verdict(action="block", score=0.1, reason="y")
    assert fold(a, b) == Verdict(action="block", score=0.2, reason="x; y")
    assert fold(a, a).reason == "x"


@pytest.mark.parametrize(
    ("entry", "verdict", "action"),
    [
        ({}, V_REDACT, "redact"),
        ({"action": "allow"}, V_BLOCK, "allow"),  # monitor mode
        ({"action": "block"}, V_REDACT, "block"),
        ({"action": "redact"}, V_BLOCK, "block"),  # no text to redact with: fail closed
        ({"threshold": 0.5}, Verdict(score=0.6), "block"),
        (
            {"threshold": 0.5, "action": "redact"},
            V_REDACT.model_copy(update={"score": 0.6}),
            "redact",
        ),
        ({"threshold": 0.95}, V_BLOCK, "allow"),
    ],
)
def test_judge_applies_threshold_and_override(entry: dict[str, Any], verdict: Verdict,
                                              action: str) -> None:  # fmt: skip
    out = judge(ScannerEntry(scanner="x", **entry), verdict)
    assert out.action == action
    assert (out.text is not None) == (action == "redact")
    assert out.score == verdict.score


# -- scan_input -----------------------------------------------------------------------------


async def test_scans_every_role_and_redacts_a_copy() -> None:
    p = pipeline([fixed("f", action="redact", trigger="SECRET", replace_with="[S]")])
    req = request(
        {"role": "system", "content": "sys SECRET"},
        user("hi SECRET"),
        {"role": "assistant", "content": None,
         "tool_calls": [{"id": "c1", "type": "function",
                         "function": {"name": "f", "arguments": '{"q": "SECRET"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": [{"type": "text", "text": "t SECRET"},
                                                          {"type": "image_url", "image_url": {}}]},
    )  # fmt: skip
    res = await p.scan_input(req, ScanContext(model="m"))
    assert res.action == "redact"
    out = res.request
    assert out.messages[0].content == "sys [S]"
    assert out.messages[1].content == "hi [S]"
    assert out.messages[2].tool_calls is not None
    assert out.messages[2].tool_calls[0]["function"]["arguments"] == '{"q": "[S]"}'
    assert isinstance(out.messages[3].content, list)
    assert out.messages[3].content[0].text == "t [S]"
    assert out.messages[3].content[1].type == "image_url"
    assert req.messages[1].content == "hi SECRET"  # the original is untouched
    seen = p.chain("input", ScanContext(model="m"))[0].scanner
    assert isinstance(seen, FixedScanner)
    assert [s for s, _ in seen.seen] == ["input", "input", "tool", "tool"]
    assert res.reason.startswith("messages[0]: fixed")
    assert set(res.timings) == {"f"}


async def test_entry_stages_restrict_where_it_runs() -> None:
    p = pipeline([{**fixed("f", action="block"), "stages": ["tool"]}])
    ok = await p.scan_input(request(user("hello")), ScanContext())
    assert ok.action == "allow"
    assert ok.request is not None
    bad = await p.scan_input(
        request(user("hi"), {"role": "tool", "tool_call_id": "1", "content": "x"}), ScanContext()
    )
    assert bad.action == "block"


async def test_block_wins_and_reasons_follow_policy_order() -> None:
    p = pipeline([fixed("a", action="redact", score=0.3, reason="ra"),
                  fixed("b", action="block", score=0.8, reason="rb"),
                  fixed("c", action="block", score=0.5, reason="rc")])  # fmt: skip
    for _ in range(3):
        res = await p.scan_input(request(user("x")), ScanContext())
        assert (res.action, res.score, res.reason) == ("block", 0.8, "ra; rb; rc")
        assert list(res.verdicts) == ["a", "b", "c"]
        assert res.request.messages[0].content == "x"  # blocked: no rewrite


async def test_redactions_compose_in_policy_order() -> None:
    # b only fires on what a produced: later scanners judge the rewritten text.
    p = pipeline([fixed("a", action="redact", trigger="one", replace_with="two"),
                  fixed("b", action="redact", trigger="two", replace_with="three"),
                  fixed("c", action="block", trigger="three")])  # fmt: skip
    res = await p.scan_input(request(user("one")), ScanContext())
    assert res.action == "block"
    p2 = pipeline([fixed("a", action="redact", trigger="one", replace_with="two"),
                   fixed("b", action="redact", trigger="two", replace_with="three")])  # fmt: skip
    res2 = await p2.scan_input(request(user("one two")), ScanContext())
    assert res2.request.messages[0].content == "three three"
    assert [v.action for v in res2.verdicts.values()] == ["redact", "redact"]


async def test_unicode_runs_first_and_exposes_hidden_secrets() -> None:
    p = pipeline([{"scanner": "unicode"}, {"scanner": "secrets"}])
    res = await p.scan_input(request(user("key AKIA\u200bIOSFODNN7EXAMPLE")), ScanContext())
    assert res.request.messages[0].content == "key [REDACTED:aws_access_key]"
    assert res.verdicts["secrets"].action == "redact"


@pytest.mark.parametrize("stage", ["input", "output"])
async def test_a_raising_scanner_fails_closed(stage: str) -> None:
    chain = [fixed("ok"), fixed("bad", fail=True)]
    p = pipeline(chain if stage == "input" else None, chain if stage == "output" else None)
    if stage == "input":
        res: Any = await p.scan_input(request(user("fine")), ScanContext())
    else:
        res = await p.scan_output("fine", ScanContext(stage="output"))
        assert res.text == ""  # nothing of a blocked answer is handed back
    assert res.action == "block"
    assert res.reason == "scanner bad failed"
    assert res.verdicts["bad"].details == {"error": "RuntimeError"}


async def test_a_hanging_scanner_times_out_closed() -> None:
    p = pipeline([{**fixed("slow", hang=True), "timeout_s": 0.05}])
    res = await p.scan_input(request(user("x")), ScanContext())
    assert (res.action, res.reason) == ("block", "scanner slow failed")
    assert res.verdicts["slow"].details == {"error": "TimeoutError"}


async def test_scanners_run_concurrently() -> None:
    FixedScanner.barrier = asyncio.Barrier(2)
    try:
        p = pipeline([fixed("a", barrier=True), fixed("b", barrier=True)])
        res = await asyncio.wait_for(p.scan_input(request(user("x")), ScanContext()), 10)
        assert res.action == "allow"
    finally:
        FixedScanner.barrier = None


async def test_scan_output_restores_after_output_scanners() -> None:
    p = pipeline([{"scanner": "test-vault"}],
                 [fixed("o", action="block", trigger="ALICE")])  # fmt: skip
    ctx = ScanContext(model="m")
    res = await p.scan_input(request(user("I am ALICE")), ctx)
    assert res.request.messages[0].content == "I am <P1>"
    out = await p.scan_output("Hello <P1>!", ctx.model_copy(update={"stage": "output"}))
    # The output scanner saw the pseudonym (so did not block on ALICE); the user sees the value.
    assert (out.action, out.text) == ("allow", "Hello ALICE!")


async def test_instances_are_built_once_and_overrides_apply() -> None:
    p = pipeline([fixed("a")], overrides=[{"models": ["big"], "input": {
        "add": [fixed("b", action="block")]}}])  # fmt: skip
    small = p.chain("input", ScanContext(model="small"))
    big = p.chain("input", ScanContext(model="big"))
    assert [b.key for b in small] == ["a"]
    assert [b.key for b in big] == ["a", "b"]
    assert big[0].scanner is small[0].scanner
    assert p.chain("input", ScanContext(model="big")) is big
    assert (await p.scan_input(request(user("x")), ScanContext(model="big"))).action == "block"
    assert (await p.scan_input(request(user("x")), ScanContext(model="small"))).action == "allow"


async def test_default_policy_end_to_end() -> None:
    from tiergate.guards.policy import load_policy

    p = GuardPipeline(load_policy(None))
    res = await p.scan_input(request(user("use sk_live_4eC39HqLyjWDarjtT1zdp7dc")), ScanContext())
    assert res.action == "redact"
    out = await p.scan_output("fine answer", ScanContext(stage="output"))
    assert (out.action, out.text) == ("allow", "fine answer")
    assert p.policy_hash == load_policy(None).hash


async def test_default_output_policy_keeps_login_names_in_configs() -> None:
    from tiergate.guards.policy import load_policy

    p = GuardPipeline(load_policy(None))
    answer = "Set username: postgres_app in the config. The account number 12345678 is on file."
    out = await p.scan_output(answer, ScanContext(stage="output"))
    assert out.text == (
        "Set username: postgres_app in the config. The account number <BANK_ACCOUNT> is on file."
    )
