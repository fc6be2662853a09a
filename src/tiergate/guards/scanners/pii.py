"""PII scanner: detect, then redact (``<EMAIL_ADDRESS>``), pseudonymize reversibly
(``<PERSON_1>``, restored in the answer) or block, per entity type.

Detection is tiergate.guards.pii: checksum-validated regex recognizers (cards, IBANs, SSNs, EU
national IDs, IPs, phones, emails, addresses, API keys, birth dates), gazetteer name heuristics
and a small trained CRF name tagger (``use_tagger``), ~2 ms per kB together; spaCy NER is opt-in
(``use_ner``, ~25 ms per kB, run in a thread).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tiergate.guards.base import ACTION_RANK, Action, Entity, ScanContext, Verdict
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

    def _detect(self, text: str) -> list[Match]:
        p = self.params
        return analyze(
            text,
            self._types,
            threshold=p.score_threshold,
            use_ner=p.use_ner,
            use_tagger=p.use_tagger,
            allow_list=p.allow_list,
        )

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        # The default path takes ~2 ms per kB: a thread hop would cost more than it saves.
        if self.params.use_ner:
            matches = await asyncio.to_thread(self._detect, text)
        else:
            matches = self._detect(text)
        return self.decide(text, matches, ctx)

    def decide(self, text: str, matches: list[Match], ctx: ScanContext) -> Verdict:
        entities = [Entity(type=m.type, start=m.start, end=m.end, score=m.score) for m in matches]
        acting = [(m, self._action(m.type, ctx)) for m in matches]
        acting = [(m, a) for m, a in acting if a != "allow"]
        if not acting:
            return Verdict(entities=entities)
        counts = Counter(m.type for m, _ in acting)
        reason = "PII: " + ", ".join(f"{k} x{n}" for k, n in sorted(counts.items()))
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
            details={"counts": dict(counts), "pseudonymized": pseudonymized},
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


def _vault(ctx: ScanContext) -> Vault:
    vault = ctx.state.get(VAULT_KEY)
    if not isinstance(vault, Vault):  # no await between get and set: no race on one loop
        vault = Vault()
        ctx.state[VAULT_KEY] = vault
    return vault
