"""Conversion between pyoxigraph terms and rdflib terms.

Kept apart from :mod:`graph.store` (the adapter) in the way oxrdflib separates its converters.
Only :mod:`graph.store` calls these functions.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["to_rdflib", "to_oxigraph", "to_oxigraph_quad"]


# Literals already converted, by (lexical form, datatype, language). Building an rdflib Literal
# parses its value into a Python object (5-10 us for a date or a number), and query results
# repeat the same dates, counts and labels on many rows; rdflib terms are immutable, so one
# object can serve every row. Cleared when full rather than kept in LRU order: cheaper per hit.
_LITERALS: dict[tuple[str, str, str | None], Literal] = {}
_LITERALS_MAX = 1 << 16
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: object) -> Node:
    """Convert a pyoxigraph term into the equal rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        language = term.language
        key = (term.value, term.datatype.value, language)
        literal = _LITERALS.get(key)
        if literal is None:
            literal = _literal(*key)
            if len(_LITERALS) >= _LITERALS_MAX:
                _LITERALS.clear()
            _LITERALS[key] = literal
        return literal
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


def _literal(value: str, datatype: str, language: str | None) -> Literal:
    if language:
        return Literal(value, lang=language)
    if datatype == _XSD_STRING:
        return Literal(value)
    # normalize=False: the store's own lexical form ("0"^^xsd:double), not rdflib's
    # re-lexicalised one ("0.0"), so that a value reads the same from the Python API, the CLI
    # and the SPARQL endpoint (which serialises the store's form).
    return Literal(value, datatype=URIRef(datatype), normalize=False)


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term into the equal pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph_quad(s: Node, p: Node, o: Node, graph: str) -> ox.Quad:
    """Build a pyoxigraph quad from rdflib terms and a graph IRI."""
    return ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(graph))  # type: ignore[arg-type]
