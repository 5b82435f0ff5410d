"""The full ``tiru`` command: the graph commands plus ``serve``."""

from __future__ import annotations

from graph.cli import app

__all__ = ["app", "main"]


def main() -> None:
    app()
