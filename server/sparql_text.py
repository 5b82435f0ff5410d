"""Just enough lexing of SPARQL text to enforce the endpoint's safety rules before the store
sees a query: is it an update, what is its form, and which SERVICE endpoints does it call.

This is not a parser (the store's parser has the final word and gives the 400 messages); it
strips comments, strings and IRIs correctly so that a keyword inside a literal or an IRI never
triggers a rule. When the store grows an equivalent, this module becomes a thin adapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["SparqlInfo", "inspect_sparql", "UPDATE_KEYWORDS"]

QueryForm = Literal["select", "ask", "construct", "describe", "update", "unknown"]

UPDATE_KEYWORDS = frozenset(
    {"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"}
)
_QUERY_FORMS = {"select": "select", "ask": "ask", "construct": "construct", "describe": "describe"}

# One alternation, tried left to right at each position: the order matters (long strings first).
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\U000EFFFF]+)
  | (?P<pname>[A-Za-z\u00C0-\U000EFFFF][\w\-.\u00B7-\U000EFFFF]*?:[\w\-.:%\u00B7-\U000EFFFF]*
               |:[\w\-.:%\u00B7-\U000EFFFF]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass
class SparqlInfo:
    """What the endpoint needs to know about a request's SPARQL text."""

    form: QueryForm
    services: list[str] = field(default_factory=list)
    # SERVICE ?var cannot be checked against an allow-list before it runs, so it is reported.
    variable_service: bool = False

    @property
    def is_update(self) -> bool:
        return self.form == "update"


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        out.append((kind, match.group()))
    return out


def inspect_sparql(text: str) -> SparqlInfo:
    """Classify ``text`` and list the SERVICE IRIs it calls (prefixed names resolved).

    >>> inspect_sparql("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }").services
    ['http://x/sparql']
    >>> inspect_sparql("PREFIX a: <http://a/> INSERT DATA { a:s a:p 1 }").is_update
    True
    """
    toks = _tokens(text)
    prefixes: dict[str, str] = {}
    base = ""
    form: QueryForm = "unknown"
    services: list[str] = []
    variable_service = False
    i = 0
    n = len(toks)
    while i < n:
        kind, value = toks[i]
        low = value.lower()
        if kind == "word" and low == "prefix" and i + 2 < n and toks[i + 1][0] == "pname":
            name = toks[i + 1][1].split(":", 1)[0]
            if toks[i + 2][0] == "iri":
                prefixes[name] = _join(base, toks[i + 2][1][1:-1])
            i += 3
            continue
        if kind == "word" and low == "base" and i + 1 < n and toks[i + 1][0] == "iri":
            base = toks[i + 1][1][1:-1]
            i += 2
            continue
        if kind == "word" and form == "unknown":
            if low in _QUERY_FORMS:
                form = _QUERY_FORMS[low]  # type: ignore[assignment]
            elif low in UPDATE_KEYWORDS:
                form = "update"
        if kind == "word" and low == "service":
            j = i + 1
            if j < n and toks[j][0] == "word" and toks[j][1].lower() == "silent":
                j += 1
            if j < n:
                tkind, tval = toks[j]
                if tkind == "iri":
                    services.append(_join(base, tval[1:-1]))
                elif tkind == "pname":
                    prefix, _, local = tval.partition(":")
                    services.append(prefixes.get(prefix, f"{prefix}:") + local)
                else:
                    variable_service = True
        i += 1
    return SparqlInfo(form=form, services=services, variable_service=variable_service)


def _join(base: str, iri: str) -> str:
    """Resolve a relative IRI against BASE well enough for an allow-list comparison."""
    if not base or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", iri):
        return iri
    from urllib.parse import urljoin

    return urljoin(base, iri)
