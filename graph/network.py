"""The learning network: who learns from whom, read from the store into networkx.

:func:`learning_network` is the one function in Tiru that turns RDF into a networkx graph. It
reads visits by SPARQL through the :class:`graph.store.Store` interface (so it works on the
embedded store and on a remote endpoint alike) and returns a :class:`networkx.DiGraph` whose
edges point from the learner (the visiting region) to the model (the host), the direction in
which recognition flows: PageRank and HITS authority then gather at the models.

The helpers :func:`ego_network` and :func:`network_summary` serve the web pages and the CLI.

Examples
--------
>>> from graph.store import open_store
>>> store = open_store(":memory:")
>>> _ = store.load(EXAMPLE_TTL, "ttl", "curated")
>>> G = learning_network(store)
>>> sorted(G.edges())
[('63.11', '64.09'), ('64.09', '64.02')]
>>> G.edges["64.09", "64.02"]["visits"], G.edges["64.09", "64.02"]["sources"]
(1, ['https://example.org/b'])
>>> sorted(learning_network(store, program="MPP").edges())
[('64.09', '64.02')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from graph.errors import TiruError, UnknownRegionError
from graph.store import SelectResult, Store
from graph.vocab import TID, TIRU, graph_iri, sparql_prefixes

__all__ = [
    "Level",
    "Layer",
    "Delegation",
    "LEVELS",
    "LAYERS",
    "DELEGATIONS",
    "UnknownProgramError",
    "learning_network",
    "resolve_program",
    "program_closure",
    "ego_network",
    "network_summary",
    "region_code",
    "EXAMPLE_TTL",
]

Level = Literal["region", "province", "island"]
Layer = Literal["both", "curated", "extracted"]
Delegation = Literal["executive", "legislative", "village"]

LEVELS: tuple[str, ...] = ("region", "province", "island")
LAYERS: tuple[str, ...] = ("both", "curated", "extracted")
DELEGATIONS: dict[str, str] = {
    "executive": str(TIRU.ExecutiveDelegation),
    "legislative": str(TIRU.LegislativeDelegation),
    "village": str(TIRU.VillageDelegation),
}

_REGION_PREFIX = f"{TID}region/"
_ISLAND_PREFIX = f"{TID}island/"
_PROGRAM_PREFIX = f"{TID}program/"

# A tiny dataset for the doctests of this module and of graph.measures / graph.export.
EXAMPLE_TTL = """
@prefix tiru: <https://w3id.org/tiru/ontology#> .
@prefix schema: <http://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix r: <https://w3id.org/tiru/id/region/> .
@prefix p: <https://w3id.org/tiru/id/program/> .
@prefix v: <https://w3id.org/tiru/id/visit/> .
@prefix a: <https://w3id.org/tiru/id/article/> .
p:mpp a tiru:Program ; skos:notation "MPP" ; skos:prefLabel "Mal Pelayanan Publik"@id .
v:one a tiru:Visit ; tiru:visitor r:63.11 ; tiru:host r:64.09 ;
    schema:startDate "2025-12-03"^^xsd:date ; prov:wasDerivedFrom a:1 .
v:two a tiru:Visit ; tiru:visitor r:64.09 ; tiru:host r:64.02 ; tiru:program p:mpp ;
    schema:startDate "2025-06-19"^^xsd:date ; prov:wasDerivedFrom a:2 .
a:1 schema:url <https://example.org/a> .
a:2 schema:url <https://example.org/b> .
"""


class UnknownProgramError(TiruError):
    """A program given as a slice (notation, slug or IRI) is not in the store."""


def region_code(iri: str) -> str:
    """The Kemendagri code at the end of a region IRI (``.../region/64.09`` -> ``"64.09"``).

    Examples
    --------
    >>> region_code("https://w3id.org/tiru/id/region/64.09")
    '64.09'
    """
    if iri.startswith(_REGION_PREFIX):
        return iri[len(_REGION_PREFIX):]
    return iri.rsplit("/", 1)[-1]


def _select(store: Store, sparql: str) -> SelectResult:
    result = store.query(sparql_prefixes() + sparql)
    if not isinstance(result, SelectResult):  # pragma: no cover - only SELECT is sent
        raise TiruError("expected a SELECT result from the store")
    return result


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


def resolve_program(store: Store, program: str) -> str:
    """The IRI of a program given by notation (``"MPP"``), slug (``"mpp"``) or IRI.

    Raises :class:`UnknownProgramError` when the store knows no such program.
    """
    program = program.strip()
    if program.startswith("http://") or program.startswith("https://"):
        candidates = [program]
    else:
        candidates = []
    rows = _select(store, """
        SELECT DISTINCT ?p ?notation WHERE {
          { ?p a tiru:Program } UNION { ?p a skos:Concept } UNION { ?x tiru:program ?p }
          OPTIONAL { ?p skos:notation ?notation }
        }""").rows
    wanted = program.casefold()
    for row in rows:
        iri = str(row["p"])
        notation = _text(row.get("notation"))
        if iri in candidates or (notation is not None and notation.casefold() == wanted):
            return iri
        if iri.startswith(_PROGRAM_PREFIX) and iri[len(_PROGRAM_PREFIX):].casefold() == wanted:
            return iri
    raise UnknownProgramError(
        f"unknown program {program!r}: give a notation (MPP), slug (mpp) or IRI")


def program_closure(store: Store, program_iri: str) -> set[str]:
    """The program and every concept below it by ``skos:broader`` (its SKOS narrower closure)."""
    rows = _select(store, f"""
        SELECT DISTINCT ?p WHERE {{ ?p skos:broader* <{program_iri}> }}""").rows
    return {program_iri} | {str(r["p"]) for r in rows}


@dataclass
class _Place:
    """What the gazetteer graph says about one region."""

    iri: str
    code: str
    label: str
    name: str
    kind: str
    province: str | None
    island: str | None
    island_label: str | None = None


@dataclass
class _Visit:
    iri: str
    date: str
    visitors: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    programs: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)


def _places(store: Store) -> tuple[dict[str, _Place], dict[str, str]]:
    """Regions by IRI and island labels by slug, from whatever region data the store holds."""
    rows = _select(store, """
        SELECT ?r ?code ?label ?name ?type ?pcode ?island ?ilabel WHERE {
          ?r tiru:kemendagriCode ?code .
          OPTIONAL { ?r rdfs:label ?label }
          OPTIONAL { ?r schema:name ?name }
          OPTIONAL { ?r a ?type FILTER(?type IN (tiru:Province, tiru:Regency, tiru:City)) }
          OPTIONAL { ?r tiru:province ?prov . ?prov tiru:kemendagriCode ?pcode }
          OPTIONAL { ?r tiru:islandGroup ?island OPTIONAL { ?island rdfs:label ?ilabel } }
        }""").rows
    kinds = {str(TIRU.Province): "province", str(TIRU.Regency): "regency", str(TIRU.City): "city"}
    places: dict[str, _Place] = {}
    islands: dict[str, str] = {}
    for row in rows:
        iri = str(row["r"])
        code = str(row["code"])
        island_iri = _text(row.get("island"))
        island = island_iri[len(_ISLAND_PREFIX):] if island_iri else None
        ilabel = row.get("ilabel")
        if island and isinstance(ilabel, RdfLiteral) and (
            island not in islands or ilabel.language == "en"
        ):
            islands[island] = str(ilabel)
        label = row.get("label")
        place = places.get(iri)
        kind = kinds.get(str(row.get("type")), "province" if "." not in code else "regency")
        if place is None:
            place = _Place(iri=iri, code=code, label=str(label or row.get("name") or code),
                           name=str(row.get("name") or label or code), kind=kind,
                           province=_text(row.get("pcode")) or (code if "." not in code else None),
                           island=island)
            places[iri] = place
        elif isinstance(label, RdfLiteral) and label.language == "id":
            place.label = str(label)
    return places, islands


def _place_for(places: dict[str, _Place], iri: str) -> _Place:
    place = places.get(iri)
    if place is None:
        # A region the gazetteer graph does not describe (a partial store): keep what the IRI says.
        code = region_code(iri)
        province = code.split(".")[0] if code[:2].isdigit() else None
        place = _Place(iri=iri, code=code, label=code, name=code,
                       kind="province" if "." not in code else "regency",
                       province=province, island=None)
        places[iri] = place
    if place.island is None and place.province is not None:
        parent = places.get(f"{_REGION_PREFIX}{place.province}")
        if parent is not None:
            place.island = parent.island
    return place


def _node_of(place: _Place, places: dict[str, _Place], islands: dict[str, str],
             level: str) -> tuple[str, dict[str, Any]]:
    if level == "region":
        return place.code, {"iri": place.iri, "label": place.label, "name": place.name,
                            "kind": place.kind, "province": place.province, "island": place.island}
    if level == "province":
        code = place.province or place.code
        parent = places.get(f"{_REGION_PREFIX}{code}")
        label = parent.label if parent else code
        island = parent.island if parent and parent.island else place.island
        return code, {"iri": f"{_REGION_PREFIX}{code}", "label": label, "name": label,
                      "kind": "province", "province": code, "island": island}
    slug = place.island or "unknown"
    label = islands.get(slug, slug)
    return slug, {"iri": f"{_ISLAND_PREFIX}{slug}", "label": label, "name": label,
                  "kind": "island", "province": None, "island": slug}


def _visit_pattern(layer: str, extra: str = "") -> str:
    core = f"?v a tiru:Visit ; tiru:visitor ?visitor ; tiru:host ?host . {extra}"
    if layer == "both":
        return core
    return f"GRAPH <{graph_iri(layer)}> {{ {core} }}"


def learning_network(
    store: Store,
    *,
    level: Level | str = "region",
    program: str | None = None,
    since: str | None = None,
    until: str | None = None,
    delegation: Delegation | str | None = None,
    layer: Layer | str = "both",
) -> nx.DiGraph:
    """Build the directed learning network (learner -> model) from the visits in the store.

    Parameters
    ----------
    store : Store
        Any Tiru store (embedded or remote).
    level : {"region", "province", "island"}
        Node granularity. At province and island level, visits inside one group are counted in
        the node attribute ``internal_visits`` rather than as self-loops.
    program : str, optional
        Keep only visits about this program or a narrower one (notation, slug or IRI).
    since, until : str, optional
        ISO dates bounding ``schema:startDate`` (inclusive); undated visits are then left out.
    delegation : {"executive", "legislative", "village"}, optional
        Keep only visits of this delegation type.
    layer : {"both", "curated", "extracted"}
        Which data layer's visits to read.

    Returns
    -------
    networkx.DiGraph
        Nodes are region codes (``"64.09"``), province codes (``"64"``) or island slugs, with
        attributes ``iri, label, name, kind, province, island``. An edge learner -> model carries
        ``visits`` (int, also as ``weight``), ``visit_iris`` and ``dates`` (aligned, ascending
        by date, ``""`` for an undated visit), ``programs`` (IRIs), ``program_labels`` and
        ``sources`` (URLs). Graph attributes record the slice.

    Examples
    --------
    >>> from graph.store import open_store
    >>> store = open_store(":memory:")
    >>> _ = store.load(EXAMPLE_TTL, "ttl", "curated")
    >>> G = learning_network(store, since="2025-07-01")
    >>> list(G.edges(data="dates"))
    [('63.11', '64.09', ['2025-12-03'])]
    """
    if level not in LEVELS:
        raise TiruError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    if layer not in LAYERS:
        raise TiruError(f"unknown layer {layer!r}; expected one of {', '.join(LAYERS)}")
    if delegation is not None and delegation not in DELEGATIONS:
        raise TiruError(
            f"unknown delegation {delegation!r}; expected one of {', '.join(DELEGATIONS)}")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _is_iso_date(value):
            raise TiruError(
                f"--{name} must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not {value!r}")

    filters = []
    program_iri = None
    closure: set[str] = set()
    if program is not None:
        program_iri = resolve_program(store, program)
        closure = program_closure(store, program_iri)
        filters.append(f"?v tiru:program ?prog . ?prog skos:broader* <{program_iri}> .")
    if delegation is not None:
        filters.append(f"?v tiru:delegationType <{DELEGATIONS[delegation]}> .")
    body = _visit_pattern(layer) + "\n" + "\n".join(filters)
    rows = _select(store, f"""
        SELECT DISTINCT ?v ?visitor ?host ?date WHERE {{
          {body}
          OPTIONAL {{ ?v schema:startDate ?date }}
        }}""").rows

    visits: dict[str, _Visit] = {}
    for row in rows:
        iri = str(row["v"])
        date = str(row.get("date") or "")
        visit = visits.get(iri)
        if visit is None:
            visit = visits[iri] = _Visit(iri=iri, date=date)
        elif date and (not visit.date or date < visit.date):
            visit.date = date  # two sources disagreeing on the day: the earliest is kept
        visit.visitors.add(str(row["visitor"]))
        visit.hosts.add(str(row["host"]))
    lo = _pad(since, "start") if since else None
    hi = _pad(until, "end") if until else None
    if lo or hi:
        visits = {k: v for k, v in visits.items()
                  if v.date and (lo is None or v.date >= lo) and (hi is None or v.date <= hi)}

    labels: dict[str, str] = {}
    if visits:
        for row in _select(store, f"""
                SELECT DISTINCT ?v ?p ?notation ?label WHERE {{
                  {_visit_pattern(layer, "?v tiru:program ?p .")}
                  OPTIONAL {{ ?p skos:notation ?notation }}
                  OPTIONAL {{ ?p skos:prefLabel ?label }}
                }}""").rows:
            visit = visits.get(str(row["v"]))
            if visit is None:
                continue
            p = str(row["p"])
            visit.programs.add(p)
            labels.setdefault(p, str(row.get("notation") or row.get("label")
                                     or p.rsplit("/", 1)[-1]))
        for row in _select(store, f"""
                SELECT DISTINCT ?v ?url WHERE {{
                  {_visit_pattern(layer, "?v prov:wasDerivedFrom ?a .")}
                  ?a schema:url ?url .
                }}""").rows:
            visit = visits.get(str(row["v"]))
            if visit is not None:
                visit.sources.add(str(row["url"]))

    places, islands = _places(store)
    G = nx.DiGraph(level=level, program=program_iri, since=since, until=until,
                   delegation=delegation, layer=layer)
    pairs: dict[tuple[str, str], list[_Visit]] = defaultdict(list)
    internal: dict[str, set[str]] = defaultdict(set)
    for visit in visits.values():
        learners = [_node_of(_place_for(places, r), places, islands, level) for r in visit.visitors]
        models = [_node_of(_place_for(places, r), places, islands, level) for r in visit.hosts]
        for node, attrs in learners + models:
            if node not in G:
                G.add_node(node, **attrs)
        for u in {n for n, _ in learners}:
            for w in {n for n, _ in models}:
                if u == w:
                    internal[u].add(visit.iri)
                else:
                    pairs[(u, w)].append(visit)
    for node in G:
        G.nodes[node]["internal_visits"] = len(internal.get(node, ()))
    for (u, w), group in sorted(pairs.items()):
        group.sort(key=lambda v: (v.date == "", v.date, v.iri))
        programs = sorted({p for v in group for p in v.programs})
        G.add_edge(u, w, visits=len(group), weight=len(group),
                   visit_iris=[v.iri for v in group], dates=[v.date for v in group],
                   programs=programs, program_labels=[labels.get(p, p) for p in programs],
                   sources=sorted({s for v in group for s in v.sources}))
    G.graph["program_closure"] = sorted(closure)
    return G


def _is_iso_date(value: str) -> bool:
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return False
    return len(parts[0]) == 4 and all(len(p) == 2 for p in parts[1:])


def _pad(value: str, side: str) -> str:
    """Complete a partial ISO date to its first (``start``) or last (``end``) possible day."""
    parts = value.split("-")
    if side == "start":
        return "-".join(parts + ["01"] * (3 - len(parts)))
    return "-".join(parts + ["12", "31"][len(parts) - 1:]) if len(parts) < 3 else value


def ego_network(G: nx.DiGraph, node: Hashable, radius: int = 1) -> nx.DiGraph:
    """The neighbourhood of ``node`` within ``radius`` steps, ignoring direction.

    Raises :class:`graph.errors.UnknownRegionError` when ``node`` is not in the network.

    Examples
    --------
    >>> G = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego_network(G, "b").edges())
    [('a', 'b'), ('b', 'c')]
    """
    if node not in G:
        raise UnknownRegionError(f"{node} has no learning visits in this network")
    return nx.ego_graph(G, node, radius=radius, undirected=True).copy()


def _sources(G: nx.DiGraph, edges: Iterable[tuple[Hashable, Hashable]]) -> list[str]:
    return sorted({s for u, w in edges for s in G.edges[u, w].get("sources", ())})


def network_summary(G: nx.DiGraph, top: int = 10, *, seed: int = 0,
                    measures: dict[str, dict[Hashable, float]] | None = None) -> dict[str, Any]:
    """Top models, learners and brokers of a learning network, each with its sources.

    Models are ranked by PageRank (recognition flowing along learner -> model edges), learners
    by the number of visits they made, brokers by betweenness (only non-zero scores are listed).

    Returns
    -------
    dict
        ``nodes, edges, visits, reciprocity`` and lists ``models, learners, brokers`` of dicts
        with ``node, label, kind`` and the node's measures, plus ``partners`` (labels) and
        ``sources`` (URLs of the visits behind the ranking).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", visits=2, weight=2, sources=["https://x.org/1"])
    >>> G.add_edge("c", "b", visits=1, weight=1, sources=["https://x.org/2"])
    >>> s = network_summary(G, top=1)
    >>> s["models"][0]["node"], s["models"][0]["sources"]
    ('b', ['https://x.org/1', 'https://x.org/2'])
    >>> s["learners"][0]["node"]
    'a'
    """
    from graph.measures import compute_measures
    from graph.measures import top as top_nodes

    m = measures if measures is not None else compute_measures(G, seed=seed)

    def describe(node: Hashable, edges: list[tuple[Hashable, Hashable]]) -> dict[str, Any]:
        attrs = G.nodes[node]
        row: dict[str, Any] = {"node": node, "label": attrs.get("label", str(node)),
                               "name": attrs.get("name", attrs.get("label", str(node))),
                               "kind": attrs.get("kind")}
        for name, values in m.items():
            if node in values:
                row[name] = values[node]
        others = {w if u == node else u for u, w in edges}
        row["partners"] = sorted(G.nodes[o].get("name", G.nodes[o].get("label", str(o)))
                                 for o in others)
        row["sources"] = _sources(G, edges)
        return row

    models = [describe(n, list(G.in_edges(n))) for n, _ in top_nodes(m, "pagerank", top)
              if G.in_degree(n) > 0]
    learners = [describe(n, list(G.out_edges(n)))
                for n, _ in top_nodes(m, "out_visits", top) if G.out_degree(n) > 0]
    brokers = [describe(n, list(G.in_edges(n)) + list(G.out_edges(n)))
               for n, v in top_nodes(m, "betweenness", top) if v > 0]
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "visits": len({i for _, _, ids in G.edges(data="visit_iris", default=[]) for i in ids}),
        "reciprocity": nx.overall_reciprocity(G) if G.number_of_edges() else 0.0,
        "models": models,
        "learners": learners,
        "brokers": brokers,
    }
