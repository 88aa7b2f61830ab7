from pathlib import Path

import pytest

import attribution

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def parser() -> attribution.Parser:
    """A parser with the built-in plugins only."""
    return attribution.Parser(entry_points=False)


@pytest.fixture(scope="session")
def rules_only() -> attribution.Parser:
    """The core rules with no confidence filter: what each rule finds, whatever the model's weights."""
    return attribution.Parser(entry_points=False, confidence=False)
