from __future__ import annotations

from tests.guards import fakes

fakes.register()
