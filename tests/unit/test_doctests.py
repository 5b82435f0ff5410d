"""Run the Examples sections of the network analytics modules as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["graph.network", "graph.measures", "graph.diffusion", "graph.netinf",
           "graph.analytics", "graph.export"]


@pytest.mark.parametrize("name", MODULES)
def test_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:  # pragma: no cover - modules land one by one
        if exc.name == name:
            pytest.fail(f"{name} is missing")
        raise
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no runnable examples"
    assert result.failed == 0
