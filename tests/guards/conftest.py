from __future__ import annotations

import pytest

from tests.guards import fakes
from tiergate.guards.scanners.injection import InjectionParams, InjectionScanner

fakes.register()


@pytest.fixture(scope="session")
def injection_scanner() -> InjectionScanner:
    """The shipped injection model at default params, loaded once for the session."""
    return InjectionScanner(InjectionParams())
