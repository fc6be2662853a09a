"""``tiergate scan``: run the guard policy over JSONL rows, exactly as the gateway would.

Input text is scanned as a single user message, tool text as a tool result in the request (a
retrieved page, an API response: untrusted third-party text, with the document calibration),
output text as the model's answer, through the same ``GuardPipeline``; one JSON row per input
row on stdout.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import typer

from tiergate.cli.common import fail

if TYPE_CHECKING:
    from tiergate.guards.pipeline import GuardPipeline


class ScanStage(StrEnum):
    input = "input"
    tool = "tool"
    output = "output"


def _rows(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, parsed row) or (line number, error message)."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, f"invalid JSON: {exc.msg} (line {n})"
            continue
        yield n, row if isinstance(row, dict) else f"row must be an object (line {n})"


async def scan_row(pipeline: GuardPipeline, stage: str, model: str, row: dict[str, Any],
                   line: int) -> dict[str, Any]:  # fmt: skip
    from tiergate.guards.base import ScanContext
    from tiergate.types import ChatMessage, ChatRequest

    rid = row.get("id")
    text = row.get("text")
    if not isinstance(text, str):
        return {"id": rid, "error": f"'text' must be a string (line {line})"}
    # JSON may spell a lone UTF-16 surrogate ("\ud800"); Python's parser keeps it, but it is no
    # Unicode text: every scanner would fail on it. The gateway's parser rejects such a body
    # with a 400, so this is an error row, not a fail-closed block.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return {"id": rid, "error": f"'text' holds a lone surrogate at {exc.start} (line {line})"}
    ctx = ScanContext(stage=stage, model=model, request_id=f"scan-{line}")  # type: ignore[arg-type]
    if stage in ("input", "tool"):
        # model_construct: an empty text is still scanned (the gateway would reject it earlier).
        # The pipeline scans a tool message at stage "tool", as the gateway does.
        role = "tool" if stage == "tool" else "user"
        message = ChatMessage(role=role, content=text)
        req = ChatRequest.model_construct(model=model or "scan", messages=[message])
        res = await pipeline.scan_input(req, ctx)
        verdicts, action, score = res.verdicts, res.action, res.score
    else:
        out = await pipeline.scan_output(text, ctx)
        verdicts, action, score = out.verdicts, out.action, out.score
    entities = [
        {"type": e.type, "start": e.start, "end": e.end, "score": e.score}
        for v in verdicts.values()
        for e in v.entities
    ]
    return {
        "id": rid,
        "action": action,
        "score": round(score, 4),
        "scanners": {
            name: {"action": v.action, "score": round(v.score, 4), "reason": v.reason}
            for name, v in verdicts.items()
        },
        "entities": sorted(entities, key=lambda e: (e["start"], e["end"], e["type"])),
    }


async def _run(pipeline: GuardPipeline, stage: str, model: str, source: IO[str],
               batch_size: int) -> None:  # fmt: skip
    batch: list[tuple[int, dict[str, Any] | str]] = []

    async def flush() -> None:
        async def one(n: int, row: dict[str, Any] | str) -> dict[str, Any]:
            if isinstance(row, str):
                return {"id": None, "error": row}
            try:
                return await scan_row(pipeline, stage, model, row, n)
            except Exception as exc:  # one bad row must not end the run
                return {"id": row.get("id"), "error": f"{type(exc).__name__}: {exc}"}

        for result in await asyncio.gather(*(one(n, r) for n, r in batch)):
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        batch.clear()

    for item in _rows(source):
        batch.append(item)
        if len(batch) >= batch_size:
            await flush()
    await flush()


def scan(
    file: str = typer.Argument(..., help="JSONL file of {id, text} rows, or - for stdin"),
    stage: ScanStage = typer.Option(
        ScanStage.input, "--stage", help="scan as input, as a tool result / document, or output"
    ),
    policy: Path | None = typer.Option(None, "--policy", help="guard policy YAML"),
    model: str = typer.Option("", "--model", help="model name (selects policy overrides)"),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="rows scanned concurrently"),
) -> None:
    """Scan text with the guard policy; one JSON verdict row per input row."""
    from tiergate.cli.common import settings
    from tiergate.errors import TiergateError
    from tiergate.guards.pipeline import GuardPipeline
    from tiergate.guards.policy import load_policy

    try:
        pipeline = GuardPipeline(load_policy(policy or settings().policy))
    except TiergateError as exc:
        fail(exc.message)
    if file == "-":
        asyncio.run(_run(pipeline, stage.value, model, sys.stdin, batch_size))
        return
    path = Path(file)
    if not path.is_file():
        fail(f"no such file: {file}")
    with path.open(encoding="utf-8") as fh:
        asyncio.run(_run(pipeline, stage.value, model, fh, batch_size))
