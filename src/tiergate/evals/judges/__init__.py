"""Judges: a configured model (``JudgeModel``) plus a grading procedure (0-100 from token
logprobs; the StrongREJECT rubric). Procedures are plugins in ``tiergate.judges``."""
