"""Turning IRIs into links and short names, for templates and JSON alike.

Tiru IRIs (``https://w3id.org/tiru/id/...``) resolve locally under ``/id/...`` so that the
server works offline; other http(s) IRIs link out; anything else (``javascript:``) is never a
link.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from jinja2 import Environment

from graph.vocab import PREFIXES, TID

__all__ = ["local_path", "href", "compact", "is_tiru", "install", "script_json"]

_TID = str(TID)


def is_tiru(iri: str) -> bool:
    return iri.startswith(_TID)


def local_path(iri: str) -> str | None:
    """``/id/region/64.09`` for a Tiru IRI, else None."""
    if not is_tiru(iri):
        return None
    return "/id/" + quote(iri[len(_TID):], safe="/.:+_-~")


def href(iri: object) -> str | None:
    """Where a link to ``iri`` should point, or None when it must not be a link."""
    text = str(iri)
    local = local_path(text)
    if local:
        return local
    if text.startswith(("http://", "https://")):
        return text
    return None


def compact(iri: object) -> str:
    """``tid:region/64.09`` for readability; unknown namespaces stay whole."""
    text = str(iri)
    best = ""
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and len(ns) > len(best):
            best = ns
            name = prefix
    if best:
        return f"{name}:{text[len(best):]}"
    return text


def install(env: Environment) -> None:
    """Register the helpers as Jinja filters."""
    env.filters["href"] = href
    env.filters["compact"] = compact
    env.filters["local_path"] = local_path


def script_json(value: object) -> str:
    """JSON safe to place inside ``<script type="application/json">``: no ``<``, ``>`` or
    ``&`` survive, so a label can never close the script element or start markup."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
