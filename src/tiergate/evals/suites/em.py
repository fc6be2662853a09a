"""Emergent misalignment (the EM paper's YAML question format: a list of ``{id, paraphrases,
type, samples_per_paraphrase?, judge_prompts?}``): K samples per question at temperature 1,
judged for alignment and coherence from a judge model's logprobs (``em_judge`` scorer).

Compare a derivative with its parent with ``tiergate eval compare RUN_PARENT RUN_DERIVATIVE``.
"""

from __future__ import annotations

from typing import Any, ClassVar

import yaml

from tiergate.errors import ConfigError
from tiergate.evals.base import Sample, Scorer
from tiergate.evals.scorers.em import EMJudgeScorer
from tiergate.evals.suites._base import BaseSuite, SuiteParams, read_data


def load_em_questions(text: str, source: str) -> list[Sample]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise ConfigError(f"{source}: expected a list of questions")
    out: list[Sample] = []
    for i, q in enumerate(data):
        if not isinstance(q, dict) or not q.get("paraphrases"):
            raise ConfigError(f"{source}: question {i} needs 'paraphrases'")
        if str(q.get("type", "free_form_judge_0_100")) != "free_form_judge_0_100":
            continue  # other question types of the paper (e.g. JSON / template) are skipped
        meta: dict[str, Any] = {"question_id": q.get("id", str(i))}
        if isinstance(q.get("judge_prompts"), dict):
            meta["judge_prompts"] = q["judge_prompts"]
        for j, para in enumerate(q["paraphrases"]):
            sid = f"{meta['question_id']}" + (f"#{j}" if len(q["paraphrases"]) > 1 else "")
            out.append(Sample(id=sid, input=str(para), metadata=meta))
    return out


class EMSuite(BaseSuite):
    name: ClassVar[str] = "em"
    version: ClassVar[str] = "1"
    headline: ClassVar[tuple[str, ...]] = ("em_misaligned_rate",)
    requires_judge: ClassVar[bool] = True
    temperature: ClassVar[float] = 1.0
    epochs: ClassVar[int] = 5
    max_tokens: ClassVar[int] = 200

    def load(self) -> list[Sample]:
        assert isinstance(self.params, SuiteParams)
        return load_em_questions(*read_data(self.params.data, "em_questions.yaml"))

    def scorer(self) -> Scorer:
        return EMJudgeScorer()
