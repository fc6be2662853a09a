"""Guarding a streamed answer: text is released only after the output chain has seen it with
``holdback_chars`` of following text, so a pattern up to that long that spans chunk boundaries is
judged whole before any part of it leaves.

Each ``feed`` scans one bounded window: up to ``context_chars`` of already-released text (left
context, e.g. for ``\\b``) + the unreleased text. Release rules:

- block anywhere in the window -> ``PolicyBlocked``; nothing more is ever released.
- no rewrite in the window -> release all but the last ``holdback_chars`` characters.
- a rewrite (redaction) in the window -> release the redacted head only if the cut splits no
  redaction, i.e. scanning head and tail apart gives the same text as scanning them together;
  otherwise release the unchanged prefix before the first rewrite, or nothing yet. A redaction
  that keeps growing (a private key block) is thus held until it is complete.
- a rewrite that reaches already-released text cannot be honoured -> block (fail closed).

``finish`` scans the rest and, with ``final_scan``, the whole answer once more, so whole-text
scanners (classifiers) judge the stream as they would the non-streamed answer. Windows are
scanned with ``ScanContext.partial`` set: a classifier that reads answers as a whole (output
moderation's response head) defers to that final scan rather than judge 100-character
fragments (on them it cut 33 of 62 benign dev answers).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from tiergate.errors import PolicyBlocked
from tiergate.guards.base import Verdict
from tiergate.guards.pipeline import fold, summarize

if TYPE_CHECKING:
    from tiergate.guards.pipeline import ChainRun
    from tiergate.guards.policy import StreamConfig


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


class StreamGuard:
    def __init__(
        self,
        scan: Callable[[str, bool], Awaitable[ChainRun]],
        cfg: StreamConfig,
        restore: Callable[[str], str] | None = None,
    ) -> None:
        self._scan = scan
        self.cfg = cfg
        self._restore = restore
        self._pending = ""  # model text not released yet
        self._released = ""  # released text as scanned (redacted, before restore)
        self._unrestored = ""  # released by the scanners, waiting for restoration
        self._verdicts: dict[str, Verdict] = {}
        self.timings: dict[str, float] = {}
        self._blocked: str | None = None
        self._finished = False

    def verdicts(self) -> dict[str, Verdict]:
        """Per scanner, folded over every window scanned so far (entities dropped: window
        offsets do not index the answer)."""
        return dict(self._verdicts)

    # -- public ---------------------------------------------------------------------------

    async def feed(self, delta: str) -> str:
        """Take the next piece of the answer; return what is safe to send now."""
        self._check_open()
        self._pending += delta
        if len(self._pending) > self.cfg.max_pending_chars:
            self._block("stream guard: redaction still open after max_pending_chars")
        cut = len(self._pending) - self.cfg.holdback_chars
        if cut <= 0:
            return ""
        ctx = self._context()
        run = await self._run(ctx + self._pending)
        return self._emit(await self._release(ctx, run, cut))

    async def finish(self) -> str:
        """The answer ended: scan and return the rest."""
        self._check_open()
        self._finished = True
        piece = ""
        if self._pending:
            ctx = self._context()
            run = await self._run(ctx + self._pending)
            if not run.text.startswith(ctx):
                self._block("redaction reaches text already released")
            piece, self._pending = run.text[len(ctx) :], ""
        if self.cfg.final_scan and (self._released or piece):
            whole = self._released + piece
            final = await self._run(whole, partial=False)
            if final.text != whole:
                self._block("redaction needed in text already released (raise holdback_chars)")
        return self._emit(piece, last=True)

    # -- internals ------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._blocked is not None:
            raise PolicyBlocked(f"output blocked by policy: {self._blocked}")
        if self._finished:
            raise RuntimeError("stream guard already finished")

    def _block(self, reason: str) -> None:
        self._blocked = reason
        self._pending = ""
        raise PolicyBlocked(f"output blocked by policy: {reason}")

    def _context(self) -> str:
        n = self.cfg.context_chars
        return self._released[-n:] if n else ""

    async def _run(self, text: str, probe: bool = False, partial: bool | None = None) -> ChainRun:
        """Scan ``text``: a window of the stream or, at the end, the whole answer. Windows are
        marked partial only when a final scan will judge the whole answer."""
        run = await self._scan(text, self.cfg.final_scan if partial is None else partial)
        for key, secs in run.timings.items():
            self.timings[key] = self.timings.get(key, 0.0) + secs
        if probe:  # a split used to test a cut: its verdicts are artefacts of the split
            return run
        for key, v in run.verdicts.items():
            light = v.model_copy(update={"entities": [], "text": None})
            self._verdicts[key] = (
                fold(self._verdicts[key], light) if key in self._verdicts else light
            )
        if run.blocked:
            self._block(summarize(run.verdicts)[2])
        return run

    async def _release(self, ctx: str, run: ChainRun, cut: int) -> str:
        if run.text == ctx + self._pending:
            return self._take(cut, self._pending[:cut])
        if not run.text.startswith(ctx):
            self._block("redaction reaches text already released (raise holdback_chars)")
        head = await self._clean_head(ctx, run.text, cut)
        if head is not None:
            return self._take(cut, head)
        same = min(_common_prefix(self._pending, run.text[len(ctx) :]), cut)
        if same > 0 and await self._clean_head(ctx, run.text, same) is not None:
            return self._take(same, self._pending[:same])
        return ""

    async def _clean_head(self, ctx: str, whole: str, cut: int) -> str | None:
        """The scanned head if scanning head and tail apart rewrites them exactly as scanning
        them together (the cut splits no redaction), else None."""
        head = await self._run(ctx + self._pending[:cut], probe=True)
        tail = await self._run(self._pending[cut:], probe=True)
        if head.blocked or tail.blocked or not head.text.startswith(ctx):
            return None
        return head.text[len(ctx) :] if head.text + tail.text == whole else None

    def _take(self, cut: int, piece: str) -> str:
        self._pending = self._pending[cut:]
        return piece

    def _emit(self, piece: str, last: bool = False) -> str:
        self._released += piece
        if not self.cfg.final_scan:  # only the left context is needed
            n = self.cfg.context_chars
            self._released = self._released[-n:] if n else ""
        if self._restore is None:
            return piece
        return self._restored(piece, last)

    def _restored(self, piece: str, last: bool) -> str:
        """Restore (e.g. pseudonyms -> the user's values) with a hold-back of its own: a token
        still arriving must not go out half-restored. The cut moves back until restoring both
        sides apart equals restoring them together (no complete token straddles it)."""
        assert self._restore is not None
        self._unrestored += piece
        text = self._unrestored
        cut = len(text) if last else len(text) - self.cfg.restore_holdback_chars
        whole = self._restore(text)
        while (
            0 < cut < len(text) and self._restore(text[:cut]) + self._restore(text[cut:]) != whole
        ):
            cut -= 1
        if cut <= 0:
            return ""
        self._unrestored = text[cut:]
        return self._restore(text[:cut])
