"""Scorers: one per module, each a plugin in ``tiergate.scorers``."""
