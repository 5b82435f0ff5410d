"""Server settings, read from ``TIRU_*`` environment variables (pydantic-settings).

A :class:`Settings` instance is passed to :func:`server.app.create_app`; nothing here is read at
import time, so tests build as many differently configured apps as they like.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from graph.store import MIRROR_MAX_MB

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Everything ``tiru serve`` can be told, each with a safe default.

    Attributes
    ----------
    store : embedded store directory, or ``":memory:"``; ignored when ``endpoint`` is set.
    endpoint, update_endpoint : a remote SPARQL 1.1 store (Virtuoso) instead of the embedded one.
    query_timeout : seconds a query may run before it is stopped.
    query_mirror_mb : an embedded store whose directory is at most this large (MB) is answered
        from an in-memory copy in the query workers (0: always read the disk); see graph.store.
    max_rows : rows returned at most; a truncated result carries ``X-Tiru-Truncated: true``.
    max_body : largest accepted request body in bytes (413 above).
    update_token : bearer token that unlocks SPARQL Update; empty means read-only.
    service_allowlist : SERVICE endpoints a query may call; every other SERVICE is refused.
    cors : origins allowed to read GET responses from a browser (``*`` for everyone).
    public_url : base URL the server is reached at, used in the Service Description.
    """

    model_config = SettingsConfigDict(env_prefix="TIRU_", extra="ignore")

    store: str = ".tiru/store"
    endpoint: str | None = None
    update_endpoint: str | None = None
    query_timeout: float = Field(default=10.0, gt=0)
    query_mirror_mb: int = Field(default=MIRROR_MAX_MB, ge=0)
    max_rows: int = Field(default=10_000, gt=0)
    max_body: int = Field(default=1_000_000, gt=0)
    update_token: str | None = None
    # NoDecode: a shell user writes TIRU_CORS="https://a.id, https://b.id", not a JSON array.
    service_allowlist: Annotated[list[str], NoDecode] = Field(default_factory=list)
    cors: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["*"])
    query_workers: int = Field(default=8, gt=0)
    public_url: str | None = None

    @field_validator("service_allowlist", "cors", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        """Accept a comma/space separated string as well as a list."""
        if isinstance(value, str):
            return [part for part in re.split(r"[\s,]+", value) if part]
        return value

    @field_validator("endpoint", "update_endpoint", "update_token", "public_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        """An empty variable (``TIRU_UPDATE_TOKEN=``) means "not set", never an empty token."""
        if isinstance(value, str) and not value.strip():
            return None
        return value
