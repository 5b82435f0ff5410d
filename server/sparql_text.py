"""The endpoint's view of a SPARQL request's text: its form, whether it is an update, and the
SERVICE endpoints it would call, found without running it.

A thin adapter over :func:`graph.sparql.parse_operation` (the lexer lives in ``graph``, next to
the store), reshaped into what the route's safety checks need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from graph.sparql import parse_operation

__all__ = ["SparqlInfo", "inspect_sparql"]

QueryForm = Literal["select", "ask", "construct", "describe", "update"]


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


def inspect_sparql(text: str) -> SparqlInfo:
    """Classify ``text`` and list the SERVICE IRIs it calls (prefixed names resolved).

    Raises :class:`graph.errors.QuerySyntaxError` when the text has no query form at all.

    >>> inspect_sparql("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }").services
    ['http://x/sparql']
    >>> inspect_sparql("PREFIX a: <http://a/> INSERT DATA { a:s a:p 1 }").is_update
    True
    """
    op = parse_operation(text)
    return SparqlInfo(form=op.kind, services=list(op.service_iris),
                      variable_service=op.dynamic_service)
