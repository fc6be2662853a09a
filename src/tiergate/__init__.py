"""tiergate: the governance gateway for open-weight LLMs."""

__version__ = "0.1.0"
