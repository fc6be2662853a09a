#!/usr/bin/env bash
# One command: install everything, then run the gateway on its embedded default
# (SQLite under $TIERGATE_HOME, the bundled SmolLM2-135M-Instruct model, 127.0.0.1:8000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/tiergate serve "$@"
