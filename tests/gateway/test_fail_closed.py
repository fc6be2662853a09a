"""Fail closed on every path: each stream mode x stage x verdict (allow / redact / block /
scanner error / backend error) ends as the policy says, and blocked text never reaches the client.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

REPLY = "Hello there. The secret word is PINEAPPLE and more text follows here."


def sse_events(resp: httpx.Response) -> list[dict[str, Any]]:
    events = []
    for line in resp.text.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            events.append(json.loads(line[6:]))
    return events


def streamed_text(events: list[dict[str, Any]]) -> str:
    return "".join(
        (e["choices"][0]["delta"].get("content") or "") for e in events if e.get("choices")
    )


def scripted(**params: Any) -> list[dict[str, Any]]:
    return [{"scanner": "scripted", "params": params}]


CASES = [
    # (stage, scanner params, expected status non-stream, expected outcome)
    ("input", {"action": "allow"}, 200, "pass"),
    ("input", {"action": "redact", "trigger": "SECRETINPUT"}, 200, "redacted-input"),
    ("input", {"action": "block"}, 403, "blocked"),
    ("input", {"fail": True}, 403, "blocked"),
    ("output", {"action": "allow"}, 200, "pass"),
    ("output", {"action": "redact", "trigger": "PINEAPPLE"}, 200, "redacted-output"),
    ("output", {"action": "block", "trigger": "PINEAPPLE"}, 403, "blocked"),
    ("output", {"fail": True}, 403, "blocked"),
]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("stage", "params", "status", "outcome"), CASES)
async def test_matrix(
    harness_factory: Any,
    stream: bool,
    stage: str,
    params: dict[str, Any],
    status: int,
    outcome: str,
) -> None:
    chain = scripted(**params)
    h = await harness_factory(
        input_=chain if stage == "input" else None,
        output=chain if stage == "output" else None,
        replies=[REPLY],
    )
    resp = await h.chat("please echo SECRETINPUT", stream=stream)
    if not stream or stage == "input":
        # Input is judged before any byte is sent, so even SSE requests get a real status.
        assert resp.status_code == status, resp.text
        if status != 200:
            body = resp.json()
            assert body["error"]["code"] == "content_policy_violation"
            assert "PINEAPPLE" not in resp.text
            return
        text = (
            resp.json()["choices"][0]["message"]["content"]
            if not stream
            else streamed_text(sse_events(resp))
        )
    else:
        assert resp.status_code == 200  # headers were sent before the output was judged
        events = sse_events(resp)
        text = streamed_text(events)
        if outcome == "blocked":
            assert "error" in events[-1], events[-1]
            assert events[-1]["error"]["code"] == "content_policy_violation"
            assert "PINEAPPLE" not in text
            assert "[DONE]" not in resp.text
            return
        assert "[DONE]" in resp.text
    if outcome == "pass":
        assert text == REPLY
    elif outcome == "redacted-output":
        assert "PINEAPPLE" not in text
        assert "[X]" in text
    elif outcome == "redacted-input":
        assert text == REPLY  # the fake backend ignores input; the audit shows the redaction
    assert "error" not in text


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
async def test_backend_failure_fails_closed(harness_factory: Any, stream: bool) -> None:
    h = await harness_factory(replies=[REPLY])
    served = await h.services.models.get("fake")
    served.backend.p.fail_with = 500  # type: ignore[attr-defined]
    resp = await h.chat("hi", stream=stream)
    if not stream:
        assert resp.status_code >= 500
        assert resp.json()["error"]["message"]
    else:
        events = sse_events(resp)
        assert resp.status_code >= 500 or "error" in events[-1]
        assert "[DONE]" not in resp.text


async def test_blocked_requests_are_audited(harness_factory: Any) -> None:
    h = await harness_factory(input_=scripted(action="block"))
    await h.chat("anything")
    result = h.services.audit.verify()
    assert result.ok
    rows = h.services.audit.tail(5)
    assert any(r.kind == "chat" and r.action == "block" and r.status == 403 for r in rows)
