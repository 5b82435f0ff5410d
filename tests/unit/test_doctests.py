"""Run the Examples sections of every module in ``graph/`` as tests.

Modules are found by their source holding a doctest prompt, so a new module's examples are
tested without anyone remembering to list it; the analytics modules must have some.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

GRAPH = Path(__file__).resolve().parents[2] / "graph"
REQUIRED = {"graph.network", "graph.measures", "graph.diffusion", "graph.netinf",
            "graph.analytics", "graph.export"}
WITH_EXAMPLES = sorted(f"graph.{p.stem}" for p in GRAPH.glob("*.py")
                       if ">>> " in p.read_text(encoding="utf-8"))


def test_the_analytics_modules_have_examples() -> None:
    assert not REQUIRED - set(WITH_EXAMPLES)


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no runnable examples"
    assert result.failed == 0
