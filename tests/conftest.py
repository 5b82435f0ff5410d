"""Shared test configuration.

With ``TIRU_REQUIRE_ALL=1`` (set by ``.ci/run``) a skipped test is a failure: CI must run the
Virtuoso and browser tests, never count their absence as a pass.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, None, None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    required = os.environ.get("TIRU_REQUIRE_ALL") == "1"
    if required and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under TIRU_REQUIRE_ALL=1 (CI must run every test): {reason}"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def virtuoso() -> Generator[Any, None, None]:
    """A real Virtuoso on loopback for the whole session (``tests/support/virtuoso.py``);
    ``.sparql_url`` is its query and update endpoint. Skips when Virtuoso is not installed."""
    from support.virtuoso import INSTALL_HINT, find_virtuoso, start_virtuoso

    if find_virtuoso() is None:
        pytest.skip(INSTALL_HINT)
    server = start_virtuoso()
    try:
        yield server
    finally:
        server.stop()
