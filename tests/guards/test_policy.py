from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tiergate.errors import ConfigError
from tiergate.guards.base import ScanContext
from tiergate.guards.pipeline import GuardPipeline
from tiergate.guards.policy import (
    GuardPolicy,
    load_policy,
    parse_policy,
    resolve_chain,
    resolve_stream,
)


def policy(**extra: Any) -> dict[str, Any]:
    return {"version": 1, "input": [{"scanner": "secrets"}], "output": [], **extra}


def test_packaged_default_loads() -> None:
    p = load_policy(None)
    # moderation before pii: it must read "Xanax", not the <PERSON_1> a name tagger may make of it.
    assert [e.scanner for e in p.input] == ["injection", "unicode", "secrets", "moderation", "pii"]
    assert [e.scanner for e in p.output] == ["unicode", "secrets", "pii", "moderation", "code"]
    # Every scanner in the packaged policy builds with its params (no ConfigError at start).
    GuardPipeline(p).chain("input", ScanContext())
    assert len(p.hash) == 64


def test_hash_is_canonical_and_content_sensitive(tmp_path: Path) -> None:
    a = parse_policy(policy())
    b = parse_policy(yaml.safe_load(yaml.safe_dump(policy(), sort_keys=True)))
    assert a.hash == b.hash
    assert parse_policy(policy(stream={"holdback_chars": 8})).hash != a.hash


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (None, "policy is empty"),
        ({}, "policy is empty"),
        ([1, 2], "must be a mapping"),
        ({"input": []}, "version: Field required"),
        (policy(version=2), "version: Input should be 1"),
        (policy(extra_key=1), "extra_key: Extra inputs are not permitted"),
        (policy(input=[{"scanner": "secrets", "paramz": {}}]), "input[0].paramz: Extra inputs"),
        (policy(input=[{"scanner": "nope"}]), "input[0].scanner: unknown scanner 'nope' (known:"),
        (
            policy(input=[{"scanner": "secrets", "params": {"action": "x"}}]),
            "input[0].params.action: Input should be 'redact' or 'block'",
        ),
        (
            policy(
                input=[{"scanner": "regex", "params": {"rules": [{"name": "r", "pattern": "("}]}}]
            ),
            "input[0].params.rules[0]: Value error, invalid pattern",
        ),
        (
            policy(input=[{"scanner": "secrets"}, {"scanner": "secrets"}]),
            "input[1]: duplicate entry 'secrets'",
        ),
        (policy(input=[{"scanner": "test-output-only"}]), "does not support the input stage"),
        (
            policy(output=[{"scanner": "secrets", "stages": ["tool"]}]),
            "output[0].stages: stage 'tool' is not available",
        ),
        (
            policy(input=[{"scanner": "secrets", "threshold": 2}]),
            "input[0].threshold: Input should be less than or equal to 1",
        ),
        (policy(stream={"holdback_chars": -1}), "stream.holdback_chars"),
        (
            policy(overrides=[{"input": {"remove": ["secrets"]}}]),
            "overrides[0]: Value error, an override needs 'models' and/or 'keys'",
        ),
        (
            policy(overrides=[{"models": ["m"], "output": {"add": [{"scanner": "zzz"}]}}]),
            "overrides[0].output.add[0].scanner: unknown scanner 'zzz'",
        ),
    ],
)
def test_invalid_policies_name_the_yaml_path(data: Any, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_policy(data, "p.yaml")
    assert message in err.value.message
    assert err.value.message.startswith("p.yaml: ")


def test_unknown_scanner_lists_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"known: .*regex.*secrets.*unicode"):
        parse_policy(policy(input=[{"scanner": "nope"}]))


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "policy file not found"), ("", "policy is empty"), ("  \n# only a comment\n",
      "policy is empty"), ("version: [1\n", "invalid YAML")],
)  # fmt: skip
def test_load_policy_file_errors(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "policy.yaml"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_policy(path)


def test_load_policy_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(policy(stream={"holdback_chars": 5})))
    assert load_policy(path).stream.holdback_chars == 5


WORD_RULE = {"name": "w", "words": ["x"]}
OVERRIDES = policy(
    input=[{"scanner": "unicode"}, {"scanner": "secrets"}],
    overrides=[
        {"models": ["big-*"], "input": {"remove": ["unicode"]}, "stream": {"holdback_chars": 3}},
        {"keys": ["key-1", "ops"], "input": {"add": [
            {"scanner": "secrets", "params": {"action": "block"}},
            {"scanner": "regex", "id": "words", "params": {"rules": [WORD_RULE]}},
        ]}},
        {"models": ["big-2"], "keys": ["key-1"], "input": {"remove": ["words"]}},
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("model", "key_id", "key_name", "chain", "secrets_action"),
    [
        ("small", None, None, ["unicode", "secrets"], None),
        ("big-1", None, None, ["secrets"], None),
        ("small", "key-1", None, ["unicode", "secrets", "words"], "block"),
        ("small", "other", "ops", ["unicode", "secrets", "words"], "block"),
        ("big-1", "key-1", None, ["secrets", "words"], "block"),
        ("big-2", "key-1", None, ["secrets"], "block"),
        ("big-2", "key-2", None, ["secrets"], None),
    ],
)
def test_resolve_chain(model: str, key_id: str | None, key_name: str | None, chain: list[str],
                       secrets_action: str | None) -> None:  # fmt: skip
    p = parse_policy(OVERRIDES)
    entries = resolve_chain(p, "input", model, key_id, key_name)
    assert [e.key for e in entries] == chain
    secrets = next(e for e in entries if e.key == "secrets")
    assert secrets.params.get("action") == secrets_action
    # Replacing keeps the position (reconfigure), the function is pure.
    assert resolve_chain(p, "input", model, key_id, key_name) == entries
    assert resolve_chain(p, "output", model, key_id, key_name) == ()


def test_resolve_stream() -> None:
    p = parse_policy(OVERRIDES)
    assert resolve_stream(p, "big-9").holdback_chars == 3
    assert resolve_stream(p, "small").holdback_chars == GuardPolicy(version=1).stream.holdback_chars
