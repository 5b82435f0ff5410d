"""The one error handler: every failure a request can meet becomes a short message with the
right status code, as JSON for programs and as an HTML page for browsers. Never a traceback.

Routes raise :class:`graph.errors.TiruError` subclasses (the store's own, or the HTTP-flavoured
ones below); Starlette's HTTP exceptions and request validation errors go through the same path.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import (
    AmbiguousRegionError,
    DataError,
    InputError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    TiruError,
    UnknownRegionError,
    ValidationError,
)
from server.negotiation import NotAcceptableError, choose

__all__ = [
    "BadRequestError",
    "ForbiddenError",
    "NotFoundError",
    "PayloadTooLargeError",
    "UnsupportedMediaTypeError",
    "status_for",
    "install_error_handler",
]

log = logging.getLogger("tiru.server")


class BadRequestError(TiruError):
    """The request is malformed (missing parameter, bad value)."""


class ForbiddenError(TiruError):
    """The request is understood and refused (an update without the token, a SERVICE call)."""


class NotFoundError(TiruError):
    """Nothing is known under this address."""


class PayloadTooLargeError(TiruError):
    """The request body is larger than ``TIRU_MAX_BODY``."""


class UnsupportedMediaTypeError(TiruError):
    """A POST body in a media type the endpoint does not read."""


# Most specific class first: the first isinstance() match wins.
_STATUS: tuple[tuple[type[TiruError], int, str], ...] = (
    (QuerySyntaxError, 400, "Bad query"),
    (BadRequestError, 400, "Bad request"),
    (DataError, 400, "Bad data"),
    (InputError, 400, "Bad input"),
    (ValidationError, 400, "Invalid data"),
    (AmbiguousRegionError, 400, "Ambiguous region"),
    (ForbiddenError, 403, "Forbidden"),
    (UnknownRegionError, 404, "Not found"),
    (NotFoundError, 404, "Not found"),
    (NotAcceptableError, 406, "Not acceptable"),
    (PayloadTooLargeError, 413, "Request too large"),
    (UnsupportedMediaTypeError, 415, "Unsupported media type"),
    # Like Fuseki: a query stopped by the time limit is the service declining the work.
    (QueryTimeoutError, 503, "Query timed out"),
    (StoreError, 503, "Store unavailable"),
)


def status_for(exc: TiruError) -> tuple[int, str]:
    """HTTP status and title for a Tiru error."""
    for cls, status, title in _STATUS:
        if isinstance(exc, cls):
            return status, title
    return 500, "Error"


def _render(request: Request, status: int, title: str, message: str) -> Response:
    """Answer in the representation the client prefers: HTML, JSON or plain text."""
    try:
        media = choose(
            ["application/json", "text/html", "text/plain"], request.headers.get("accept")
        )
    except NotAcceptableError:
        media = "application/json"
    # A browser asking for */* after text/html gets a page; curl (*/*) gets JSON.
    headers = {"Cache-Control": "no-store"}
    if media == "text/html":
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            try:
                return templates.TemplateResponse(
                    request,
                    "error.html",
                    {"status": status, "title": title, "message": message},
                    status_code=status,
                    headers=headers,
                )
            except Exception:  # a broken template must not hide the original error
                log.exception("error page failed to render")
        return HTMLResponse(
            f"<!doctype html><title>{status}</title><p>{_escape(message)}</p>",
            status_code=status,
            headers=headers,
        )
    if media == "text/plain":
        return PlainTextResponse(f"{title}: {message}\n", status_code=status, headers=headers)
    body: dict[str, Any] = {"error": {"status": status, "title": title, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


async def _handle(request: Request, exc: Exception) -> Response:
    if isinstance(exc, TiruError):
        status, title = status_for(exc)
        message = str(exc) or title
    elif isinstance(exc, StarletteHTTPException):
        status = exc.status_code
        title = {404: "Not found", 405: "Method not allowed"}.get(status, "HTTP error")
        message = str(exc.detail) if exc.detail else title
        if status == 404:
            message = f"nothing here: {request.url.path}"
    elif isinstance(exc, RequestValidationError):
        status, title = 400, "Bad request"
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
        message = "; ".join(parts) or "invalid request"
    else:
        # Unknown failure: log the traceback for the operator, tell the user only that it failed.
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        status, title, message = 500, "Internal error", "the server failed to answer this request"
    response = _render(request, status, title, message)
    if isinstance(exc, StarletteHTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


def install_error_handler(app: FastAPI) -> None:
    """Route every error class through :func:`_handle`."""
    app.add_exception_handler(TiruError, _handle)
    app.add_exception_handler(StarletteHTTPException, _handle)
    app.add_exception_handler(RequestValidationError, _handle)
    app.add_exception_handler(Exception, _handle)
