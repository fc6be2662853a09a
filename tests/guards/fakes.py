"""Fake scanners for pipeline and stream tests (registered in code, never via entry points)."""

from __future__ import annotations

import asyncio
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from tiergate.guards.base import ScanContext, Verdict
from tiergate.plugins import registry

ALL_STAGES = frozenset({"input", "output", "document", "tool"})


class FixedParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["allow", "redact", "block"] = "allow"
    score: float = 0.0
    trigger: str = ""  # act only when the text contains it ("" = always)
    replace_with: str = "[X]"
    reason: str = "fixed"
    fail: bool = False
    barrier: bool = False  # wait until two scanners are inside scan() at once
    hang: bool = False  # never answer


class FixedScanner:
    """Returns the verdict its params describe; a redact replaces ``trigger`` with
    ``replace_with``. Records every text it saw."""

    name: ClassVar[str] = "test-fixed"
    Params: ClassVar[type[BaseModel]] = FixedParams
    stages: ClassVar[frozenset[str]] = ALL_STAGES
    barrier: ClassVar[asyncio.Barrier | None] = None

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, FixedParams)
        self.p = params
        self.seen: list[tuple[str, str]] = []

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        self.seen.append((ctx.stage, text))
        if self.p.barrier and FixedScanner.barrier is not None:
            await FixedScanner.barrier.wait()
        if self.p.fail:
            raise RuntimeError("boom")
        if self.p.hang:
            await asyncio.Event().wait()
        if self.p.trigger and self.p.trigger not in text:
            return Verdict()
        if self.p.action == "redact":
            new = text.replace(self.p.trigger, self.p.replace_with) if self.p.trigger else "[X]"
            return Verdict(action="redact", score=self.p.score, text=new, reason=self.p.reason)
        return Verdict(action=self.p.action, score=self.p.score, reason=self.p.reason)


class VaultScanner:
    """Pseudonymises the word ALICE as <P1> on input and restores it in the output."""

    name: ClassVar[str] = "test-vault"
    Params: ClassVar[type[BaseModel]] = FixedParams
    stages: ClassVar[frozenset[str]] = frozenset({"input"})

    def __init__(self, params: BaseModel) -> None:
        pass

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if "ALICE" not in text:
            return Verdict()
        ctx.state["vault"] = {"<P1>": "ALICE"}
        return Verdict(action="redact", score=0.5, text=text.replace("ALICE", "<P1>"),
                       reason="pii")  # fmt: skip

    def restore(self, text: str, ctx: ScanContext) -> str:
        for token, value in ctx.state.get("vault", {}).items():
            text = text.replace(token, value)
        return text


class OutputOnlyScanner(FixedScanner):
    name: ClassVar[str] = "test-output-only"
    stages: ClassVar[frozenset[str]] = frozenset({"output"})


def register() -> None:
    reg = registry("scanners")
    for cls in (FixedScanner, VaultScanner, OutputOnlyScanner):
        reg.register(cls.name, cls)
