"""Conversion between pyoxigraph terms and rdflib terms.

Kept apart from :mod:`graph.store` (the adapter) in the way oxrdflib separates its converters.
Only :mod:`graph.store` calls these functions.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["to_rdflib", "to_oxigraph", "to_oxigraph_quad"]


def to_rdflib(term: object) -> Node:
    """Convert a pyoxigraph term into the equal rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        # normalize=False: the store's own lexical form ("0"^^xsd:double), not rdflib's
        # re-lexicalised one ("0.0"), so that a value reads the same from the Python API, the
        # CLI and the SPARQL endpoint (which serialises the store's form).
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    raise TypeError(f"unsupported term {term!r}")


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
