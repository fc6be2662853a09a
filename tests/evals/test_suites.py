"""Loaders for the public formats, and contract tests over every registered suite / scorer /
judge plugin."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest

from tiergate.errors import ConfigError
from tiergate.evals.base import Sample, Score, Suite, suite_hash
from tiergate.evals.suites._base import SuiteParams
from tiergate.evals.suites.bbq import BBQSuite, answer_kinds
from tiergate.evals.suites.canary import load_canaries
from tiergate.evals.suites.em import load_em_questions
from tiergate.evals.suites.harmful import load_requests
from tiergate.evals.suites.insecure_code import load_coding_prompts
from tiergate.evals.suites.jailbreak import JailbreakParams, JailbreakSuite
from tiergate.evals.suites.mcq import MCQParams, MCQSuite
from tiergate.evals.suites.overrefusal import load_xstest
from tiergate.plugins import registry

SUITES = registry("suites").names()


@pytest.mark.parametrize("name", SUITES)
def test_every_suite_loads_its_builtin_set(name: str) -> None:
    cls = cast(type[Suite], registry("suites").get(name))
    suite = cls(cls.Params())
    samples = suite.samples()
    assert samples
    assert all(isinstance(s, Sample) for s in samples)
    assert len({s.id for s in samples}) == len(samples)
    assert suite.headline, "a suite names the metrics it records for the tier policy"
    assert suite.scorer().name in registry("scorers").names()
    assert len(suite_hash(suite)) == 64


def test_headline_metrics_match_the_tier_policy() -> None:
    from tiergate.tiers.policy import load_policy

    policy_metrics = {d.metric for d in load_policy().domains.values()}
    ours = {m for n in SUITES for m in cast(Any, registry("suites").get(n)).headline}
    assert policy_metrics <= ours


@pytest.mark.parametrize("name", registry("scorers").names())
def test_every_scorer_has_identity(name: str) -> None:
    scorer = cast(Any, registry("scorers").get(name))()
    assert scorer.name == name
    assert scorer.version


@pytest.mark.parametrize("name", registry("judges").names())
def test_every_judge_has_identity(name: str) -> None:
    judge = cast(Any, registry("judges").get(name))()
    assert judge.name == name
    assert judge.version


def test_suite_hash_follows_content(tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    a.write_text("goal\nrequest one\n")
    h1 = suite_hash(JailbreakSuite(JailbreakParams(data=a)))
    a.write_text("goal\nrequest two\n")
    assert suite_hash(JailbreakSuite(JailbreakParams(data=a))) != h1


@pytest.mark.parametrize(
    ("header", "column"),
    [("Behavior,BehaviorID", "Behavior"), ("goal,target", "goal"),
     ("category,source,forbidden_prompt", "forbidden_prompt")],
)  # fmt: skip
def test_harmful_loaders(header: str, column: str) -> None:
    cols = header.split(",")
    row = ",".join("the request" if c == column else "x" for c in cols)
    samples = load_requests(f"{header}\n{row}\n", "f.csv")
    assert samples[0].input == "the request"


def test_harmful_loader_rejects_unknown_columns() -> None:
    with pytest.raises(ConfigError, match="no prompt column"):
        load_requests("foo,bar\n1,2\n", "f.csv")


def test_xstest_keeps_only_safe_prompts() -> None:
    text = "id,prompt,type,label\n1,kill a process,homonyms,safe\n2,bad,contrast_homonyms,unsafe\n"
    assert [s.id for s in load_xstest(text, "x.csv")] == ["1"]


def test_cyberseceval_json_array_and_jsonl() -> None:
    rows = [{"test_case_prompt": "write code", "cwe_identifier": "CWE-78", "language": "python"}]
    assert load_coding_prompts(json.dumps(rows), "a.json")[0].metadata["cwe_identifier"] == "CWE-78"
    assert len(load_coding_prompts(json.dumps(rows[0]) + "\n", "a.jsonl")) == 1
    with pytest.raises(ConfigError):
        load_coding_prompts('[{"nope": 1}]', "a.json")


def test_em_yaml_format() -> None:
    text = """
- id: q1
  type: free_form_judge_0_100
  paraphrases: ["one?", "two?"]
  judge_prompts: {aligned: "A {question} {answer}", coherent: "C {question} {answer}"}
- id: q2
  type: free_form_judge
  paraphrases: ["skipped"]
"""
    samples = load_em_questions(text, "q.yaml")
    assert [s.id for s in samples] == ["q1#0", "q1#1"]
    assert samples[0].metadata["judge_prompts"]["aligned"].startswith("A ")
    with pytest.raises(ConfigError):
        load_em_questions("{not: a list}", "q.yaml")


def test_canary_loader() -> None:
    s = load_canaries('{"id": "c", "prefix": "PIN ", "secret": "1234"}\n', "c.jsonl")[0]
    assert s.target == "1234"
    assert s.metadata["prefix"] == "PIN "
    with pytest.raises(ConfigError):
        load_canaries('{"prefix": "x"}\n', "c.jsonl")


def test_bbq_answer_kinds_follow_polarity() -> None:
    row = {
        "answer_info": {"ans0": ["old", "old"], "ans1": ["young", "nonOld"],
                        "ans2": ["unknown", "unknown"]},
        "additional_metadata": {"stereotyped_groups": ["old"]},
    }  # fmt: skip
    assert answer_kinds({**row, "question_polarity": "neg"}) == ["biased", "counter", "unknown"]
    assert answer_kinds({**row, "question_polarity": "nonneg"}) == ["counter", "biased", "unknown"]


def _bbq_scores(kinds_correct: list[tuple[str, str, bool]]) -> list[tuple[Sample, Score]]:
    out = []
    for i, (cond, kind, correct) in enumerate(kinds_correct):
        values: dict[str, float | None] = {
            "bbq_accuracy": float(correct),
            f"bbq_accuracy_{cond}": float(correct),
        }
        out.append((Sample(id=str(i), input="q"),
                    Score(values=values, meta={"kind": kind, "condition": cond})))  # fmt: skip
    return out


def test_bbq_bias_scores() -> None:
    suite = BBQSuite(SuiteParams())
    # Ambiguous: 2 biased wrong answers, 2 unknown (correct): acc 0.5, s_dis = 1 -> s_amb 0.5.
    # Disambiguated: 1 biased, 3 counter, all correct: s_dis = 2 * 1/4 - 1 = -0.5.
    scores = _bbq_scores(
        [("ambig", "biased", False)] * 2 + [("ambig", "unknown", True)] * 2
        + [("disambig", "biased", True)] + [("disambig", "counter", True)] * 3
    )  # fmt: skip
    m = suite.aggregate(scores)
    assert m["bbq_bias_score_ambig"].value == pytest.approx(0.5)
    assert m["bbq_bias_score"].value == pytest.approx(0.5)
    assert m["bbq_bias_score_disambig"].value == pytest.approx(-0.5)
    assert m["bbq_accuracy_ambig"].value == pytest.approx(0.5)


def test_mcq_domains_map_to_policy_metrics(tmp_path: Path) -> None:
    f = tmp_path / "wmdp-cyber.jsonl"
    f.write_text(json.dumps({"question": "q", "choices": ["a", "b"], "answer": 1}) + "\n")
    s = MCQSuite(MCQParams(data=f, domain="cyber")).samples()[0]
    assert s.metadata["metric_prefix"] == "cyber"
    assert s.target == "1"
    f.write_text(json.dumps({"question": "q", "choices": ["a"], "answer": 3}) + "\n")
    with pytest.raises(ConfigError, match="out of range"):
        MCQSuite(MCQParams(data=f)).samples()


def test_builtin_mcq_never_feeds_the_policy_metrics() -> None:
    prefixes = {s.metadata["metric_prefix"] for s in MCQSuite(MCQParams()).samples()}
    assert prefixes == {"format_demo"}


def test_jailbreak_params() -> None:
    assert JailbreakParams.model_validate({"attacks": "rot13,base64"}).attacks == [
        "rot13",
        "base64",
    ]
    with pytest.raises(ValueError, match="unknown attacks"):
        JailbreakParams.model_validate({"attacks": "nope"})
    suite = JailbreakSuite(JailbreakParams(attacks=["multi_turn"]))
    sample = suite.samples()[0]
    assert isinstance(sample.input, list)
    assert sample.input[-1].role == "user"
    assert sample.metadata["attack"] == "multi_turn"


def test_missing_data_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        MCQSuite(MCQParams(data=tmp_path / "nope.jsonl")).samples()
