"""Accessors for what :func:`server.app.create_app` puts on ``app.state``: routes read the
store runner, settings and templates from the request, never from module globals."""

from __future__ import annotations

from fastapi import Request
from fastapi.templating import Jinja2Templates

from server.backend import QueryRunner
from server.settings import Settings

__all__ = ["runner", "settings", "templates"]


def runner(request: Request) -> QueryRunner:
    return request.app.state.runner  # type: ignore[no-any-return]


def settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates  # type: ignore[no-any-return]
