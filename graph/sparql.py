"""What a SPARQL request is, found without running it.

The server must know, before anything is evaluated, whether a request is an update (which needs
a token) and which remote endpoints its ``SERVICE`` clauses would call (which must be on the
allow-list). Running the request to find out is not an option: pyoxigraph evaluates
``SERVICE`` by calling the endpoint, and an aggregate does all its work before the first row.

:func:`parse_operation` therefore reads the request with a small lexer that follows the token
rules of the SPARQL 1.1 grammar (strings, long strings, IRIs, comments, prefixed names,
variables). It never evaluates anything and never fails on unusual but valid syntax: it only has
to find the query form keyword and the ``SERVICE`` clauses, which are plain tokens. Full syntax
checking is the store's parser's job (its message reaches the user as
:class:`~graph.errors.QuerySyntaxError`).

Why a lexer and not rdflib's parser: rdflib's grammar lags behind pyoxigraph's (SPARQL 1.2 /
RDF-star terms), so it would reject queries the store accepts, and it is slow on long queries.
The lexer is conservative where it must be: a ``SERVICE`` whose endpoint is a variable, or
anything it cannot read as an IRI, is reported as ``dynamic_service`` so that the caller refuses
it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

from graph.errors import QuerySyntaxError

__all__ = ["Operation", "OperationKind", "QUERY_KINDS", "UPDATE_KEYWORDS", "parse_operation"]

OperationKind = Literal["select", "ask", "construct", "describe", "update"]

QUERY_KINDS: frozenset[str] = frozenset({"select", "ask", "construct", "describe"})
UPDATE_KEYWORDS: frozenset[str] = frozenset(
    {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}
)


@dataclass(frozen=True)
class Operation:
    """The shape of a SPARQL request.

    Attributes
    ----------
    kind : {"select", "ask", "construct", "describe", "update"}
        The query form, or ``"update"`` for SPARQL Update requests.
    service_iris : tuple of str
        Endpoint IRIs named by ``SERVICE`` clauses, in order of appearance, without repeats.
    dynamic_service : bool
        True when some ``SERVICE`` endpoint is a variable or could not be read as an IRI; such a
        request can call any endpoint and should be refused unless every endpoint is allowed.
    """

    kind: OperationKind
    service_iris: tuple[str, ...] = field(default=())
    dynamic_service: bool = False

    @property
    def is_update(self) -> bool:
        """True for SPARQL Update requests."""
        return self.kind == "update"

    @property
    def result_kind(self) -> Literal["select", "ask", "graph", "update"]:
        """The kind of result, as :class:`graph.store.SerializedResult` names it."""
        if self.kind in ("construct", "describe"):
            return "graph"
        return self.kind  # type: ignore[return-value]

    @property
    def uses_service(self) -> bool:
        """True when the request has any ``SERVICE`` clause."""
        return bool(self.service_iris) or self.dynamic_service


# One alternative per token class of the SPARQL 1.1 grammar (section 19.8). The order matters:
# long strings before short ones, prefixed names before bare words (``service:x`` is a name,
# not the keyword), and IRIREF only when the whole ``<...>`` is made of IRI characters, which
# keeps ``?a < ?b`` an operator.
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>
        \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\r\n]|\\.)*"
      | '(?:[^'\\\r\n]|\\.)*'
    )
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\U000EFFFF]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\U000EFFFF][A-Za-z0-9_\-.\u00B7-\U000EFFFF]*)?
              :(?:[A-Za-z0-9_\-:.%\u00B7-\U000EFFFF]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str


def _tokens(sparql: str) -> list[_Token]:
    found: list[_Token] = []
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        text = match.group()
        if kind == "pname":
            # A prefixed name cannot end with '.', which there is the triple terminator.
            text = text.rstrip(".")
        found.append(_Token(kind, text))
    return found


def parse_operation(sparql: str) -> Operation:
    """Tell what a SPARQL request is without evaluating it.

    Parameters
    ----------
    sparql : str
        A SPARQL 1.1 query or update request.

    Returns
    -------
    Operation
        Its kind and the endpoints its ``SERVICE`` clauses call.

    Raises
    ------
    QuerySyntaxError
        When the request has neither a query form (SELECT, ASK, CONSTRUCT, DESCRIBE) nor an
        update operation where one must start.

    Examples
    --------
    >>> op = parse_operation("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o }}")
    >>> op.kind, op.service_iris
    ('select', ('https://query.wikidata.org/sparql',))
    >>> parse_operation("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }").is_update
    True
    """
    tokens = _tokens(sparql)
    prefixes: dict[str, str] = {}
    base = ""
    kind: OperationKind | None = None
    services: list[str] = []
    dynamic = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.text.lower() if token.kind == "word" else ""
        # Prologue declarations may appear before every update operation, so track them all.
        if word == "base" and i + 1 < len(tokens) and tokens[i + 1].kind == "iri":
            base = urljoin(base, tokens[i + 1].text[1:-1])
            i += 2
            continue
        if word == "prefix" and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
            name = tokens[i + 1].text
            if name.endswith(":"):
                prefixes[name[:-1]] = urljoin(base, tokens[i + 2].text[1:-1])
            i += 3
            continue
        if kind is None and word:
            if word in QUERY_KINDS:
                kind = word  # type: ignore[assignment]
            elif word in UPDATE_KEYWORDS:
                kind = "update"
            else:
                raise QuerySyntaxError(
                    f"expected SELECT, ASK, CONSTRUCT, DESCRIBE or an update operation, "
                    f"found {token.text!r}"
                )
        if word == "service":
            j = i + 1
            if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.lower() == "silent":
                j += 1
            target = tokens[j] if j < len(tokens) else None
            iri: str | None = None
            if target is not None and target.kind == "iri":
                iri = urljoin(base, target.text[1:-1])
            elif target is not None and target.kind == "pname":
                prefix, _, local = target.text.partition(":")
                if prefix in prefixes:
                    iri = prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
            if iri is None:
                dynamic = True
            elif iri not in services:
                services.append(iri)
        i += 1
    if kind is None:
        raise QuerySyntaxError(
            "empty request: expected SELECT, ASK, CONSTRUCT, DESCRIBE or an update operation"
        )
    return Operation(kind, tuple(services), dynamic)
