"""Pure lineage decisions: what kind of derivative a model is, and the family tree."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tiergate.registry.records import DerivativeKind, Inspection, LineageNode

# Conversions drop or add a few tensors (tied embeddings, rope tables): same model within 2 %.
PARAM_TOLERANCE = 0.02


def infer_kind(child: Inspection, parent: Inspection | None) -> tuple[DerivativeKind, str]:
    """The derivative kind and why, when the user did not say."""
    if child.adapter is not None:
        return "lora", "the new model is an adapter"
    if parent is None:
        return "finetune", "parent has no inspected version; assuming a fine-tune"
    same_arch = _norm(child.architecture) == _norm(parent.architecture)
    same_size = _close(child.total_params, parent.total_params)
    if same_arch and same_size and _norm(child.quantization) != _norm(parent.quantization):
        return "quantization", (
            f"same architecture and parameter count, quantization "
            f"{parent.quantization} -> {child.quantization}"
        )
    return "finetune", "weights differ without a quantization change; assuming a fine-tune"


def _norm(value: str | None) -> str:
    return re.sub(r"[-_ ]", "", (value or "").lower())


def _close(a: int, b: int) -> bool:
    return a > 0 and b > 0 and abs(a - b) <= PARAM_TOLERANCE * max(a, b)


@dataclass(frozen=True)
class FamilyMember:
    name: str
    parent: str | None
    derivative_kind: DerivativeKind | None
    parent_version: int | None
    served_version: int | None
    identity_sha256: str | None


def ancestors(name: str, family: Mapping[str, FamilyMember]) -> list[str]:
    """Parent chain oldest first, stopping at a cycle (which registration prevents anyway)."""
    chain: list[str] = []
    seen = {name}
    current = family[name].parent
    while current is not None and current in family and current not in seen:
        chain.append(current)
        seen.add(current)
        current = family[current].parent
    return list(reversed(chain))


def descendants(name: str, family: Mapping[str, FamilyMember]) -> LineageNode:
    children: dict[str, list[str]] = {}
    for member in family.values():
        if member.parent is not None:
            children.setdefault(member.parent, []).append(member.name)

    def build(n: str, seen: frozenset[str]) -> LineageNode:
        node = node_of(family[n])
        node.children = [build(c, seen | {c}) for c in sorted(children.get(n, [])) if c not in seen]
        return node

    return build(name, frozenset({name}))


def node_of(member: FamilyMember) -> LineageNode:
    return LineageNode(
        name=member.name,
        derivative_kind=member.derivative_kind,
        parent_version=member.parent_version,
        served_version=member.served_version,
        identity_sha256=member.identity_sha256,
    )
