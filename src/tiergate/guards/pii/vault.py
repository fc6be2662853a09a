"""Per-request pseudonym vault: the same value always gets the same placeholder within a request,
and ``restore`` puts the user's values back into the model's answer.

Placeholders are tokens like ``<PERSON_1>`` rather than realistic fake values: a token cannot
collide with real text in the answer (a fake "John Smith" might be a real person the model talks
about), it tells the model what kind of value stood there, and restoring it is exact.
"""

from __future__ import annotations

import re
import threading

# Tolerates the ways a model echoes a token: <PERSON_1>, <person_1>, [PERSON_1], < PERSON 1 >,
# <PERSON-1>, or the bare upper-case PERSON_1. Only tokens the vault issued are replaced.
_TOKEN = re.compile(
    r"[<\[]\s*([A-Za-z][A-Za-z_]*?)[\s_-]?(\d+)\s*[>\]]|\b([A-Z][A-Z_]*[A-Z])_(\d+)\b"
)


def placeholder(kind: str) -> str:
    """The irreversible redaction token for one entity type."""
    return f"<{kind}>"


class Vault:
    def __init__(self) -> None:
        self._lock = threading.Lock()  # scans of one request may run in worker threads
        self._token_of: dict[tuple[str, str], str] = {}
        self._value_of: dict[str, str] = {}
        self._count: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._value_of)

    def token(self, kind: str, value: str) -> str:
        with self._lock:
            key = (kind, value)
            found = self._token_of.get(key)
            if found is None:
                n = self._count.get(kind, 0) + 1
                self._count[kind] = n
                found = f"<{kind}_{n}>"
                self._token_of[key] = found
                self._value_of[found] = value
            return found

    def restore(self, text: str) -> str:
        if not self._value_of or not text:
            return text

        def swap(m: re.Match[str]) -> str:
            kind, n = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            return self._value_of.get(f"<{kind.upper()}_{int(n)}>", m.group(0))

        return _TOKEN.sub(swap, text)
