"""The guard pipeline: runs the policy's scanner chain on a request and on the model's answer.

Semantics (what the gateway and ``tiergate scan`` rely on):

- Every message of a request is scanned: the client writes the whole ``messages`` array, system
  and assistant turns included, so none of it is trusted. Tool results (role ``tool`` /
  ``function``) and the ``arguments`` of tool calls in the history are scanned at stage
  ``tool``; the rest at stage ``input``. Content parts are scanned one by one.
- Within one text, scanners run concurrently on the original. If none rewrote it, that is the
  answer. If some did, the chain is replayed in policy order: each scanner after the first
  rewrite is re-run on the text as rewritten so far, so redactions compose in policy order and a
  normaliser (unicode) placed first exposes what it un-hid to the scanners after it.
- Merging is deterministic: block > redact > allow, score = max, reasons in policy order.
- A scanner that raises, exceeds its ``timeout_s`` or returns a redact without text blocks: the
  pipeline fails closed.
- Entities always index the original text (the one given to the pipeline).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from tiergate.guards.base import ACTION_RANK, Action, Restorer, ScanContext, Scanner, Verdict
from tiergate.guards.policy import (
    CHAIN_STAGES,
    ChainStage,
    GuardPolicy,
    ScannerEntry,
    resolve_chain,
    resolve_stream,
    scanner_class,
    validate_entry,
)
from tiergate.types import ChatRequest

if TYPE_CHECKING:
    from tiergate.guards.stream import StreamGuard

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BoundScanner:
    """A policy entry with its constructed scanner and the stages it runs at."""

    entry: ScannerEntry
    scanner: Scanner
    stages: frozenset[str]

    @property
    def key(self) -> str:
        return self.entry.key


@dataclass
class ChainRun:
    """One chain over one text."""

    text: str
    verdicts: dict[str, Verdict]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return any(v.action == "block" for v in self.verdicts.values())


class InputResult(BaseModel):
    action: Action
    score: float
    verdicts: dict[str, Verdict]
    request: ChatRequest
    reason: str = ""
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per scanner")


class OutputResult(BaseModel):
    action: Action
    score: float
    verdicts: dict[str, Verdict]
    text: str
    reason: str = ""
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per scanner")


# -- pure merging ---------------------------------------------------------------------------


def strictest(a: Action, b: Action) -> Action:
    return a if ACTION_RANK[a] >= ACTION_RANK[b] else b


def summarize(verdicts: dict[str, Verdict]) -> tuple[Action, float, str]:
    """(action, score, reason) over verdicts in policy order (dicts keep insertion order)."""
    action: Action = "allow"
    score = 0.0
    reasons = []
    for v in verdicts.values():
        action = strictest(action, v.action)
        score = max(score, v.score)
        if v.action != "allow" and v.reason:
            reasons.append(v.reason)
    return action, score, "; ".join(reasons)


def fold(a: Verdict, b: Verdict) -> Verdict:
    """Two verdicts of one scanner (several texts, or windows of a stream) as one."""
    reasons = [r for r in (a.reason, b.reason) if r]
    return Verdict(
        action=strictest(a.action, b.action),
        score=max(a.score, b.score),
        reason="; ".join(dict.fromkeys(reasons)),
        entities=[*a.entities, *b.entities],
        details={**a.details, **b.details},
    )


def judge(entry: ScannerEntry, v: Verdict) -> Verdict:
    """Apply the entry's threshold and action override to a scanner's own verdict."""
    flagged = v.action != "allow" if entry.threshold is None else v.score >= entry.threshold
    if not flagged:
        return v.model_copy(update={"action": "allow", "text": None})
    action: Action = entry.action or (v.action if v.action != "allow" else "block")
    reason = v.reason or f"{entry.key} flagged (score {v.score:.2f})"
    if action == "redact" and v.text is None:
        action, reason = "block", f"{reason} (no redaction available)"
    text = v.text if action == "redact" else None
    # Marked so a monitor-only entry (action: allow) still shows as a flag in metrics/audit.
    details = {**v.details, "flagged": True}
    return v.model_copy(
        update={"action": action, "text": text, "reason": reason, "details": details}
    )


# -- running a chain ------------------------------------------------------------------------


async def _call(b: BoundScanner, text: str, ctx: ScanContext) -> tuple[Verdict, float]:
    t0 = time.perf_counter()
    try:
        v = await asyncio.wait_for(b.scanner.scan(text, ctx), b.entry.timeout_s)
        if not isinstance(v, Verdict):
            raise TypeError(f"scan returned {type(v).__name__}, not Verdict")
        if v.action == "redact" and v.text is None:
            raise ValueError("redact verdict without text")
        v = judge(b.entry, v)
    except Exception as exc:  # fail closed on any scanner error
        log.exception("scanner %s failed", b.key)
        v = Verdict(action="block", score=1.0, reason=f"scanner {b.key} failed",
                    details={"error": type(exc).__name__})  # fmt: skip
    return v, time.perf_counter() - t0


def _replayed(first: Verdict, again: Verdict, current: str) -> Verdict:
    action = strictest(first.action, again.action)
    text = (again.text if again.action == "redact" else current) if action == "redact" else None
    reason = again.reason if again.action != "allow" else first.reason
    return first.model_copy(update={"action": action, "score": max(first.score, again.score),
                                    "text": text, "reason": reason})  # fmt: skip


async def run_chain(chain: Sequence[BoundScanner], text: str, ctx: ScanContext) -> ChainRun:
    """Run the chain's scanners that apply at ``ctx.stage`` on one text."""
    active = [b for b in chain if ctx.stage in b.stages]
    results = await asyncio.gather(*(_call(b, text, ctx) for b in active))
    verdicts = {b.key: v for b, (v, _) in zip(active, results, strict=True)}
    timings = {b.key: t for b, (_, t) in zip(active, results, strict=True)}
    run = ChainRun(text, verdicts, timings)
    if run.blocked or all(v.action != "redact" for v in verdicts.values()):
        return run
    current = text
    for b in active:
        v = verdicts[b.key]
        if current != text:  # an earlier scanner rewrote the text: judge the rewrite
            again, secs = await _call(b, current, ctx)
            timings[b.key] += secs
            v = verdicts[b.key] = _replayed(v, again, current)
        if v.action == "block":
            return run
        if v.action == "redact" and v.text is not None:
            current = v.text
    run.text = current
    return run


# -- the pipeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Segment:
    where: str
    message: int
    stage: str
    text: str
    part: int | None = None
    call: int | None = None


def _segments(req: ChatRequest) -> list[_Segment]:
    out: list[_Segment] = []
    for i, msg in enumerate(req.messages):
        stage = "tool" if msg.role in ("tool", "function") else "input"
        if isinstance(msg.content, str):
            out.append(_Segment(f"messages[{i}]", i, stage, msg.content))
        elif msg.content is not None:
            for j, part in enumerate(msg.content):
                if part.type == "text" and part.text:
                    out.append(_Segment(f"messages[{i}].content[{j}]", i, stage, part.text, part=j))
        for k, call in enumerate(msg.tool_calls or []):
            args = (call.get("function") or {}).get("arguments")
            if isinstance(args, str) and args:
                out.append(_Segment(f"messages[{i}].tool_calls[{k}]", i, "tool", args, call=k))
    return out


def _rewrite(req: ChatRequest, seg: _Segment, text: str) -> None:
    msg = req.messages[seg.message]
    if seg.call is not None:
        (msg.tool_calls or [])[seg.call]["function"]["arguments"] = text
    elif seg.part is not None and isinstance(msg.content, list):
        msg.content[seg.part].text = text
    else:
        msg.content = text


class GuardPipeline:
    """Built once per policy. Scanner instances are constructed when the pipeline is built (bad
    params and missing models fail at start-up) and shared by every chain that uses them."""

    def __init__(self, policy: GuardPolicy) -> None:
        self.policy = policy
        self.policy_hash = policy.hash
        self._instances: dict[str, Scanner] = {}
        self._chains: dict[tuple[str, str, str | None, str | None], tuple[BoundScanner, ...]] = {}
        self._restorers: dict[int, list[Restorer]] = {}
        entries: list[tuple[ScannerEntry, ChainStage]] = [
            *((e, "input") for e in policy.input), *((e, "output") for e in policy.output)
        ]  # fmt: skip
        for ov in policy.overrides:
            entries += [(e, "input") for e in ov.input.add] + [(e, "output") for e in ov.output.add]
        for entry, stage in entries:
            self._bind(entry, stage)

    def _bind(self, entry: ScannerEntry, stage: ChainStage) -> BoundScanner:
        cls: Any = scanner_class(entry.scanner)
        key = entry.canonical()
        if key not in self._instances:
            self._instances[key] = cls(validate_entry(entry, stage, (stage,)))
        usable = CHAIN_STAGES[stage] & frozenset(cls.stages)
        stages = usable & frozenset(entry.stages) if entry.stages else usable
        return BoundScanner(entry, self._instances[key], stages)

    def chain(self, stage: ChainStage, ctx: ScanContext) -> tuple[BoundScanner, ...]:
        """The resolved chain for a request context, cached per (stage, model, key)."""
        cache_key = (stage, ctx.model, ctx.key_id, ctx.key_name)
        chain = self._chains.get(cache_key)
        if chain is None:
            entries = resolve_chain(self.policy, stage, ctx.model, ctx.key_id, ctx.key_name)
            chain = tuple(self._bind(e, stage) for e in entries)
            self._chains[cache_key] = chain
        return chain

    def restorers(self, ctx: ScanContext) -> list[Restorer]:
        # Cached per chain: isinstance() on a runtime-checkable Protocol is slow, and this runs
        # on every response.
        chain = self.chain("input", ctx)
        found = self._restorers.get(id(chain))
        if found is None:
            found = [b.scanner for b in chain if isinstance(b.scanner, Restorer)]
            self._restorers[id(chain)] = found
        return found

    def restore(self, text: str, ctx: ScanContext) -> str:
        for r in self.restorers(ctx):
            text = r.restore(text, ctx)
        return text

    async def scan_input(self, req: ChatRequest, ctx: ScanContext) -> InputResult:
        chain = self.chain("input", ctx)
        segments = _segments(req)
        verdicts: dict[str, Verdict] = {}
        timings: dict[str, float] = {b.key: 0.0 for b in chain}
        out = req
        # Texts in order, not concurrently: pseudonym numbering in ctx.state stays deterministic.
        for seg in segments:
            seg_ctx = ctx.model_copy(
                update={"stage": seg.stage, "role": req.messages[seg.message].role}
            )
            run = await run_chain(chain, seg.text, seg_ctx)
            for key, secs in run.timings.items():
                timings[key] += secs
            for key, v in run.verdicts.items():
                if len(segments) > 1 and v.action != "allow":
                    v = v.model_copy(update={"reason": f"{seg.where}: {v.reason}"})
                verdicts[key] = fold(verdicts[key], v) if key in verdicts else v
            if run.text != seg.text and not run.blocked:
                out = out.model_copy(deep=True) if out is req else out
                _rewrite(out, seg, run.text)
        ordered = {b.key: verdicts[b.key] for b in chain if b.key in verdicts}
        action, score, reason = summarize(ordered)
        return InputResult(action=action, score=score, verdicts=ordered, request=out,
                           reason=reason, timings=timings)  # fmt: skip

    async def scan_output(self, text: str, ctx: ScanContext) -> OutputResult:
        """Output scanners judge the model's own text; then input scanners that pseudonymised
        the request restore the user's values (e.g. PII) in what is returned."""
        ctx = ctx if ctx.stage == "output" else ctx.model_copy(update={"stage": "output"})
        run = await run_chain(self.chain("output", ctx), text, ctx)
        action, score, reason = summarize(run.verdicts)
        final = self.restore(run.text, ctx) if action != "block" else ""
        return OutputResult(action=action, score=score, verdicts=run.verdicts, text=final,
                            reason=reason, timings=run.timings)  # fmt: skip

    def stream_guard(self, ctx: ScanContext) -> StreamGuard:
        from tiergate.guards.stream import StreamGuard

        ctx = ctx if ctx.stage == "output" else ctx.model_copy(update={"stage": "output"})
        chain = self.chain("output", ctx)
        cfg = resolve_stream(self.policy, ctx.model, ctx.key_id, ctx.key_name)
        restorers = self.restorers(ctx)

        window_ctx = ctx.model_copy(update={"partial": True})  # state (the vault) is shared

        async def scan(text: str, partial: bool) -> ChainRun:
            return await run_chain(chain, text, window_ctx if partial else ctx)

        def restore(text: str) -> str:
            for r in restorers:
                text = r.restore(text, ctx)
            return text

        return StreamGuard(scan, cfg, restore if restorers else None)
