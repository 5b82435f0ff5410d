"""Content negotiation: pick a response media type from ``Accept`` (q-values, ``*/*``,
``type/*``) or from an explicit ``format=`` parameter, which always wins.

Pure functions over strings so that they are unit-testable without a server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.errors import TiruError

__all__ = [
    "MediaRange",
    "parse_accept",
    "choose",
    "FORMAT_ALIASES",
    "format_media_type",
    "NotAcceptableError",
]


class NotAcceptableError(TiruError):
    """No offered representation matches what the client asked for (HTTP 406)."""


# Short names a user types in ``?format=``; SPARQL result formats and RDF syntaxes share the
# namespace because the query form (SELECT vs CONSTRUCT) decides which family applies.
FORMAT_ALIASES: dict[str, str] = {
    "html": "text/html",
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml",
    "text": "text/plain",
    # Turtle is valid N3, and clients such as SPARQLWrapper ask for "n3".
    "n3": "text/turtle",
    "text/n3": "text/turtle",
    "text/rdf+n3": "text/turtle",
    "application/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/x-json+ld": "application/ld+json",
    "application/sparql-results+json": "application/sparql-results+json",
}


@dataclass(frozen=True)
class MediaRange:
    """One element of an ``Accept`` header."""

    type: str
    subtype: str
    q: float
    order: int

    def matches(self, media_type: str) -> int:
        """Specificity of the match with a concrete ``media_type`` (-1 when none):
        2 exact, 1 ``type/*``, 0 ``*/*``."""
        main, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != main:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str | None) -> list[MediaRange]:
    """Parse an ``Accept`` header; malformed elements are skipped rather than rejected,
    as clients in the wild send odd headers and a best effort beats a 400."""
    if not header:
        return [MediaRange("*", "*", 1.0, 0)]
    ranges: list[MediaRange] = []
    for order, element in enumerate(header.split(",")):
        parts = [p.strip() for p in element.split(";")]
        media = parts[0].lower()
        if "/" not in media:
            if media == "*":
                media = "*/*"
            else:
                continue
        main, _, sub = media.partition("/")
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub or "*", q, order))
    return ranges or [MediaRange("*", "*", 1.0, 0)]


def _quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    """q of the most specific range matching ``media_type`` (RFC 9110 §12.5.1)."""
    best_specificity = -1
    best_q = 0.0
    for r in ranges:
        spec = r.matches(media_type)
        if spec > best_specificity:
            best_specificity, best_q = spec, r.q
        elif spec == best_specificity and spec >= 0:
            best_q = max(best_q, r.q)
    return best_q if best_specificity >= 0 else 0.0


def format_media_type(fmt: str) -> str | None:
    """Media type named by a ``format=`` value (a short name or a media type)."""
    value = fmt.strip().lower()
    if value in FORMAT_ALIASES:
        return FORMAT_ALIASES[value]
    if "/" in value:
        return value
    return None


def choose(
    offers: Sequence[str], accept: str | None, fmt: str | None = None
) -> str:
    """Return the offered media type the client prefers.

    ``fmt`` (the ``format=`` parameter) overrides ``Accept``; it must name one of ``offers``.
    Among offers of equal quality the server's order decides, so the first offer is the default
    for ``*/*``. Raises :class:`NotAcceptableError` when nothing matches.
    """
    if fmt:
        # Several values may come (repeated parameters joined, or a comma-separated list as
        # SPARQLWrapper sends): the first one that names an offer wins.
        for candidate in (c.strip() for c in fmt.split(",")):
            if not candidate:
                continue
            found = _offer_for(candidate, offers)
            if found is not None:
                return found
        raise NotAcceptableError(
            f"format {fmt!r} is not available here; choose one of: "
            + ", ".join(_short_names(offers))
        )
    ranges = parse_accept(accept)
    best: str | None = None
    best_q = 0.0
    for offer in offers:
        q = _quality(ranges, offer)
        if q > best_q:
            best, best_q = offer, q
    if best is None:
        raise NotAcceptableError(
            "none of the requested media types is available; offered: " + ", ".join(offers)
        )
    return best


def _offer_for(fmt: str, offers: Sequence[str]) -> str | None:
    wanted = format_media_type(fmt)
    if wanted in offers:
        return wanted
    # A few aliases cover two families: "json" means JSON-LD for graphs, "xml" RDF/XML.
    family = {
        "application/sparql-results+json": "application/ld+json",
        "application/sparql-results+xml": "application/rdf+xml",
        "application/ld+json": "application/json",
    }
    alt = family.get(wanted or "")
    return alt if alt in offers else None


def _short_names(offers: Sequence[str]) -> list[str]:
    names = []
    for offer in offers:
        short = next((k for k, v in FORMAT_ALIASES.items() if v == offer), offer)
        names.append(short)
    return names
