from pathlib import Path

import pytest

import attribution

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def parser() -> attribution.Parser:
    """A parser with the built-in plugins only."""
    return attribution.Parser(entry_points=False)
