"""PII scanner: detect, then redact (``<EMAIL_ADDRESS>``), pseudonymize reversibly
(``<PERSON_1>``, restored in the answer) or block, per entity type.

Detection is tiergate.guards.pii: checksum-validated regex recognizers (cards, IBANs, SSNs, EU
national IDs, IPs, phones, emails, addresses, API keys, birth dates), gazetteer name heuristics
and a small trained CRF name tagger (``use_tagger``), ~2 ms per kB together; spaCy NER is opt-in
(``use_ner``, ~25 ms per kB, run in a thread).

Values written in an encoding that decodes back exactly (base64, hex, base32, base85, binary,
HTML entities, backslash or percent escapes; ``decode_encoded``) are found in their decoding,
and the whole encoded run is acted on as that entity: a model asked to "answer in base64" would
otherwise leak an address no recognizer reads, and "jo&#64;example&#46;com" kept its domain.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Sequence
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tiergate.guards.base import ACTION_RANK, Action, Entity, ScanContext, Verdict
from tiergate.guards.ml.decoders import encoded_blobs
from tiergate.guards.pii.engine import ALL_TYPES, analyze
from tiergate.guards.pii.recognizers import Match
from tiergate.guards.pii.vault import Vault, placeholder

PIIAction = Literal["allow", "redact", "pseudonymize", "block"]
VAULT_KEY = "pii_vault"
# Organisation and place names are rarely personal and often what the prompt is about; street
# addresses are personal (ADDRESS). Secrets never need to round-trip through the model.
DEFAULT_ACTIONS: dict[str, PIIAction] = {
    "ORGANIZATION": "allow",
    "LOCATION": "allow",
    "API_KEY": "redact",
}


class PIIParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entities: list[str] = Field(default_factory=lambda: sorted(ALL_TYPES))
    default_action: PIIAction = "pseudonymize"
    actions: dict[str, PIIAction] = Field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    score_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    use_ner: bool = False
    use_tagger: bool = True  # the CRF name tagger; off leaves the gazetteer heuristics alone
    language: Literal["en"] = "en"
    allow_list: list[str] = Field(default_factory=list)  # exact values never flagged
    decode_encoded: bool = True  # also read base64 / hex / escaped runs (see the module doc)

    @field_validator("entities", "actions")
    @classmethod
    def _known_entities(cls, value: list[str] | dict[str, PIIAction]) -> object:
        unknown = sorted(set(value) - ALL_TYPES)
        if unknown:
            raise ValueError(f"unknown PII entities {unknown}; known: {sorted(ALL_TYPES)}")
        return value

    def action_for(self, kind: str) -> PIIAction:
        return self.actions.get(kind, self.default_action)


class PIIScanner:
    name: ClassVar[str] = "pii"
    Params: ClassVar[type[BaseModel]] = PIIParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, PIIParams)
        self.params = params
        self._types = frozenset(params.entities)

    def _analyze(self, text: str) -> list[Match]:
        p = self.params
        return analyze(
            text,
            self._types,
            threshold=p.score_threshold,
            use_ner=p.use_ner,
            use_tagger=p.use_tagger,
            allow_list=p.allow_list,
        )

    def _detect(self, text: str) -> tuple[list[Match], list[str]]:
        """Matches in ``text`` and in its encoded runs, and the names of the encodings found."""
        matches = self._analyze(text)
        if not self.params.decode_encoded:
            return matches, []
        encoded: list[tuple[str, Match]] = []
        for name, blob in encoded_blobs(text):
            inner = [m for m in self._analyze(blob.text) if self._severity(m.type)]
            if inner:
                # One entity for the run: the type whose action is strictest, then the surest.
                top = max(inner, key=lambda m: (self._severity(m.type), m.score))
                encoded.append((name, Match(top.type, blob.start, blob.end, top.score)))
        if not encoded:
            return matches, []
        merged = _merge(matches, [m for _, m in encoded], self._severity)
        return merged, sorted({n for n, _ in encoded})

    def _severity(self, kind: str) -> int:
        """The rank of ``kind``'s action: 0 allow, 1 redact or pseudonymize, 2 block."""
        action = self.params.action_for(kind)
        return ACTION_RANK["redact" if action == "pseudonymize" else action]

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        # The default path takes ~2 ms per kB: a thread hop would cost more than it saves.
        if self.params.use_ner:
            matches, encodings = await asyncio.to_thread(self._detect, text)
        else:
            matches, encodings = self._detect(text)
        return self.decide(text, matches, ctx, encodings)

    def decide(
        self, text: str, matches: list[Match], ctx: ScanContext, encodings: Sequence[str] = ()
    ) -> Verdict:
        entities = [Entity(type=m.type, start=m.start, end=m.end, score=m.score) for m in matches]
        acting = [(m, self._action(m.type, ctx)) for m in matches]
        acting = [(m, a) for m, a in acting if a != "allow"]
        if not acting:
            return Verdict(entities=entities)
        counts = Counter(m.type for m, _ in acting)
        reason = "PII: " + ", ".join(f"{k} x{n}" for k, n in sorted(counts.items()))
        if encodings:
            reason += f" (read through {', '.join(encodings)})"
        score = max(m.score for m, _ in acting)
        verdict_action: Action = max(
            ("block" if a == "block" else "redact" for _, a in acting), key=ACTION_RANK.__getitem__
        )
        if verdict_action == "block":
            return Verdict(action="block", score=score, reason=reason, entities=entities)
        rewritten = self._rewrite(text, acting, ctx)
        pseudonymized = sum(a == "pseudonymize" for _, a in acting)
        return Verdict(
            action="redact",
            score=score,
            text=rewritten,
            reason=reason,
            entities=entities,
            details={
                "counts": dict(counts),
                "pseudonymized": pseudonymized,
                **({"encodings": list(encodings)} if encodings else {}),
            },
        )

    def _action(self, kind: str, ctx: ScanContext) -> PIIAction:
        action = self.params.action_for(kind)
        # A token minted on the output would be "restored" into the very leak it hides.
        if action == "pseudonymize" and ctx.stage == "output":
            return "redact"
        return action

    def _rewrite(self, text: str, acting: list[tuple[Match, PIIAction]], ctx: ScanContext) -> str:
        parts: list[str] = []
        pos = 0
        for m, action in acting:  # sorted by start, non-overlapping
            value = text[m.start : m.end]
            token = _vault(ctx).token(m.type, value) if action == "pseudonymize" else None
            parts += [text[pos : m.start], token or placeholder(m.type)]
            pos = m.end
        parts.append(text[pos:])
        return "".join(parts)

    def restore(self, text: str, ctx: ScanContext) -> str:
        vault = ctx.state.get(VAULT_KEY)
        return vault.restore(text) if isinstance(vault, Vault) else text


def _merge(plain: list[Match], encoded: list[Match], severity: Callable[[str], int]) -> list[Match]:
    """Both lists as one, sorted and without overlaps: an encoded run takes in whatever plain
    match overlaps it (the tagger read the "jo" of "jo&#64;example&#46;com" as a name), and
    overlapping runs (one blob read as base64 and as base85) become one. The merged match is
    named after the type whose action is most severe, then after the run."""
    out: list[tuple[Match, bool]] = []
    for m, is_run in sorted([*((m, False) for m in plain), *((m, True) for m in encoded)],
                            key=lambda pair: (pair[0].start, not pair[1])):  # fmt: skip
        if out and m.start < out[-1][0].end:
            prev, prev_run = out[-1]
            keep = max((prev, prev_run), (m, is_run), key=lambda p: (severity(p[0].type), p[1]))
            out[-1] = (
                Match(keep[0].type, prev.start, max(prev.end, m.end), max(prev.score, m.score)),
                prev_run or is_run,
            )
        else:
            out.append((m, is_run))
    return [m for m, _ in out]


def _vault(ctx: ScanContext) -> Vault:
    vault = ctx.state.get(VAULT_KEY)
    if not isinstance(vault, Vault):  # no await between get and set: no race on one loop
        vault = Vault()
        ctx.state[VAULT_KEY] = vault
    return vault
