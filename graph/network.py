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

import contextlib
import gc
import threading
import weakref
from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import networkx as nx

from graph.errors import TiruError, UnknownRegionError
from graph.store import SelectResult, Store, StringRows
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
    "program_values",
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


def _strings(store: Store, sparql: str) -> StringRows:
    """A SELECT's cells as lexical strings (the store's fast path: no rdflib terms)."""
    return store.select_strings(sparql_prefixes() + sparql)


def resolve_program(store: Store, program: str) -> str:
    """The IRI of a program given by notation (``"MPP"``), slug (``"mpp"``) or IRI.

    Raises :class:`UnknownProgramError` when the store knows no such program.
    """
    program = program.strip()
    if program.startswith("http://") or program.startswith("https://"):
        candidates = [program]
    else:
        candidates = []
    rows = _strings(store, """
        SELECT DISTINCT ?p ?notation WHERE {
          { ?p a tiru:Program } UNION { ?p a skos:Concept } UNION { ?x tiru:program ?p }
          OPTIONAL { ?p skos:notation ?notation }
        }""").rows
    wanted = program.casefold()
    for iri, notation in rows:
        if iri is None:  # pragma: no cover - ?p is bound in every solution
            continue
        if iri in candidates or (notation is not None and notation.casefold() == wanted):
            return iri
        if iri.startswith(_PROGRAM_PREFIX) and iri[len(_PROGRAM_PREFIX):].casefold() == wanted:
            return iri
    raise UnknownProgramError(
        f"unknown program {program!r}: give a notation (MPP), slug (mpp) or IRI")


def program_closure(store: Store, program_iri: str) -> set[str]:
    """The program and every concept below it (``skos:broaderTransitive``, see
    :func:`graph.programs.vocabulary_graph`)."""
    rows = _strings(store, f"""
        SELECT DISTINCT ?p WHERE {{ ?p skos:broaderTransitive <{program_iri}> }}""").rows
    return {program_iri} | {p for (p,) in rows if p is not None}


def program_values(variable: str, closure: set[str]) -> str:
    """A ``VALUES`` block that binds ``?variable`` to each IRI of a program closure.

    Used instead of the path ``skos:broader*`` inside a larger pattern, which Virtuoso 7.2
    evaluated wrongly there (it matched other programs too).
    """
    return f"VALUES ?{variable} {{ {' '.join(f'<{iri}>' for iri in sorted(closure))} }}"


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


class _Visit(NamedTuple):
    """One visit as read: its regions, programs and source URLs (sets, or tuples of one)."""

    iri: str
    date: str
    visitors: Collection[str]
    hosts: Collection[str]
    programs: Collection[str]
    sources: Collection[str]


# The gazetteer rarely changes, and reading it costs a query with a row per label and language
# combination; so its digest is kept per store, under the store's data version (a store that
# cannot tell its version, Store.data_version() -> None, is read every time). Weak keys: a
# closed and dropped store takes its entry with it.
_PLACES_CACHE: weakref.WeakKeyDictionary[
    Store, tuple[Hashable, dict[str, _Place], dict[str, str]]
] = weakref.WeakKeyDictionary()
_PLACES_LOCK = threading.Lock()


def _places(store: Store) -> tuple[dict[str, _Place], dict[str, str]]:
    """Regions by IRI and island labels by slug, from whatever region data the store holds.

    The returned dicts are shared with later calls on the same data: callers copy the region
    dict before adding to it (see :func:`_place_for`) and never change a :class:`_Place`.
    """
    version = store.data_version()
    if version is not None:
        with _PLACES_LOCK:
            hit = _PLACES_CACHE.get(store)
        if hit is not None and hit[0] == version:
            return hit[1], hit[2]
    places, islands = _read_places(store)
    if version is not None:
        with _PLACES_LOCK:
            _PLACES_CACHE[store] = (version, places, islands)
    return places, islands


def _read_places(store: Store) -> tuple[dict[str, _Place], dict[str, str]]:
    # LANG() travels as its own column: the lexical rows carry no language tags.
    rows = _strings(store, """
        SELECT ?r ?code ?label (LANG(?label) AS ?llang) ?name ?type ?pcode ?island ?ilabel
               (LANG(?ilabel) AS ?ilang) WHERE {
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
    for iri, code, label, llang, name, rtype, pcode, island_iri, ilabel, ilang in rows:
        if iri is None or code is None:  # pragma: no cover - both are required by the pattern
            continue
        island = island_iri[len(_ISLAND_PREFIX):] if island_iri else None
        if island and ilabel is not None and (island not in islands or ilang == "en"):
            islands[island] = ilabel
        place = places.get(iri)
        kind = kinds.get(str(rtype), "province" if "." not in code else "regency")
        if place is None:
            places[iri] = _Place(iri=iri, code=code, label=label or name or code,
                                 name=name or label or code, kind=kind,
                                 province=pcode or (code if "." not in code else None),
                                 island=island)
        elif label is not None and llang == "id":
            place.label = label
    # A regency without an island group of its own lies on its province's: settled once here,
    # so that the shared places are never changed by a reader.
    for place in places.values():
        if place.island is None and place.province is not None:
            parent = places.get(f"{_REGION_PREFIX}{place.province}")
            if parent is not None:
                place.island = parent.island
    return places, islands


def _place_for(places: dict[str, _Place], iri: str) -> _Place:
    """The place of a region IRI; ``places`` is the caller's own copy, where unknown ones go."""
    place = places.get(iri)
    if place is None:
        # A region the gazetteer graph does not describe (a partial store): keep what the IRI says.
        code = region_code(iri)
        province = code.split(".")[0] if code[:2].isdigit() else None
        place = _Place(iri=iri, code=code, label=code, name=code,
                       kind="province" if "." not in code else "regency",
                       province=province, island=None)
        if province is not None:
            parent = places.get(f"{_REGION_PREFIX}{province}")
            if parent is not None:
                place.island = parent.island
        places[iri] = place
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


def _in_layer(layer: str, pattern: str) -> str:
    """``pattern`` read from the layer's graph, or from every graph for ``"both"``."""
    return pattern if layer == "both" else f"GRAPH <{graph_iri(layer)}> {{ {pattern} }}"


def _visits_query(layer: str, filters: str) -> str:
    """One query for every visit with its date, programs and source URLs.

    One query rather than one per attribute: each query re-matches the visit pattern, which is
    most of the engine's work. A visit comes back once per (visitor, host, date, program,
    source) combination, usually once; no DISTINCT, as the rows are gathered into sets anyway.
    Programs and the links to articles are read from the layer, dates, slicing filters and
    article URLs from every graph, as the network has always been defined.
    """
    return f"""
        SELECT ?v ?visitor ?host ?date ?p ?url WHERE {{
          {_visit_pattern(layer)}
          {filters}
          OPTIONAL {{ ?v schema:startDate ?date }}
          OPTIONAL {{ {_in_layer(layer, "?v tiru:program ?p .")} }}
          OPTIONAL {{ {_in_layer(layer, "?v prov:wasDerivedFrom ?a .")} ?a schema:url ?url . }}
        }}"""


def _program_labels(store: Store, programs: set[str]) -> dict[str, str]:
    """Notation of each program, else its Indonesian preferred label, else another preferred
    label (the smallest, so that the choice does not depend on the engine's row order), else
    the IRI's last segment."""
    if not programs:
        return {}
    values = " ".join(f"<{p}>" for p in sorted(programs))
    best: dict[str, tuple[int, str]] = {}
    for p, notation, label, lang in _strings(store, f"""
            SELECT ?p ?notation ?label (LANG(?label) AS ?lang) WHERE {{
              VALUES ?p {{ {values} }}
              OPTIONAL {{ ?p skos:notation ?notation }}
              OPTIONAL {{ ?p skos:prefLabel ?label }}
            }}""").rows:
        if p is None:  # pragma: no cover - VALUES binds ?p
            continue
        candidates = [(0, notation)] if notation else []
        if label:
            candidates.append((1 if lang == "id" else 2, label))
        for candidate in candidates:
            if p not in best or candidate < best[p]:
                best[p] = candidate
    return {p: best[p][1] if p in best else p.rsplit("/", 1)[-1] for p in programs}


def _gather(rows: list[tuple[str | None, ...]]) -> dict[str, _Visit]:
    """Visits by IRI from the rows of :func:`_visits_query`.

    Nearly every visit is one row (one learner, one model, one program, one source), so a
    visit is first kept as tuples of one and turned into sets only when a second row comes.
    """
    visits: dict[str, _Visit] = {}
    get = visits.get
    for iri, visitor, host, date, prog, url in rows:
        # ?v, ?visitor and ?host are bound in every solution of the query.
        assert iri is not None and visitor is not None and host is not None
        visit = get(iri)
        if visit is None:
            visits[iri] = _Visit(iri, date or "", (visitor,), (host,),
                                 (prog,) if prog is not None else (),
                                 (url,) if url is not None else ())
            continue
        if not isinstance(visit.visitors, set):
            visit = visits[iri] = _Visit(iri, visit.date, set(visit.visitors), set(visit.hosts),
                                         set(visit.programs), set(visit.sources))
        if date and (not visit.date or date < visit.date):
            # Two sources disagreeing on the day: the earliest is kept.
            visit = visits[iri] = visit._replace(date=date)
        visit.visitors.add(visitor)  # type: ignore[attr-defined]
        visit.hosts.add(host)  # type: ignore[attr-defined]
        if prog is not None:
            visit.programs.add(prog)  # type: ignore[attr-defined]
        if url is not None:
            visit.sources.add(url)  # type: ignore[attr-defined]
    return visits


def _edge(u: str, w: str, group: list[_Visit],
          labels: dict[str, str]) -> tuple[str, str, dict[str, Any]]:
    """The edge learner ``u`` -> model ``w`` and its attributes, from the visits behind it."""
    if len(group) == 1:  # most pairs at national scale; no sorting or merging to do
        (visit,) = group
        programs = sorted(visit.programs)
        sources = sorted(visit.sources)
    else:
        group.sort(key=lambda v: (v.date == "", v.date, v.iri))
        programs = sorted({p for v in group for p in v.programs})
        sources = sorted({s for v in group for s in v.sources})
    return u, w, {"visits": len(group), "weight": len(group),
                  "visit_iris": [v.iri for v in group], "dates": [v.date for v in group],
                  "programs": programs, "program_labels": [labels.get(p, p) for p in programs],
                  "sources": sources}


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

    Notes
    -----
    The visits are read with one SELECT through :meth:`graph.store.Store.select_strings`
    (lexical strings, no rdflib terms) and the gazetteer is cached per store under
    :meth:`graph.store.Store.data_version`; program labels cost one more small query. Nodes
    are added in the order of the visits' IRIs, so the same data gives the same graph on any
    backend.

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
        filters.append(f"?v tiru:program ?prog . {program_values('prog', closure)}")
    if delegation is not None:
        filters.append(f"?v tiru:delegationType <{DELEGATIONS[delegation]}> .")
    with _collector_paused():
        return _build(store, level, layer, "\n".join(filters), since, until,
                      graph_attrs={"level": level, "program": program_iri, "since": since,
                               "until": until, "delegation": delegation, "layer": layer},
                      closure=closure)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a network is built.

    Building allocates a few hundred thousand small containers (rows, visits, edge
    attributes) that form no reference cycles; each allocation burst made the collector walk
    every live object again, which cost a third of the build at national scale. Reference
    counting still frees everything at once; the collector is switched back on (if it was on)
    at the end, and catches any cycle then. Other threads only see a later collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(store: Store, level: str, layer: str, filters: str, since: str | None,
           until: str | None, *, graph_attrs: dict[str, Any], closure: set[str]) -> nx.DiGraph:
    """The body of :func:`learning_network`, its arguments checked and its program resolved."""
    rows = _strings(store, _visits_query(layer, filters)).rows

    visits = _gather(rows)
    lo = _pad(since, "start") if since else None
    hi = _pad(until, "end") if until else None
    if lo or hi:
        visits = {k: v for k, v in visits.items()
                  if v.date and (lo is None or v.date >= lo) and (hi is None or v.date <= hi)}
    labels = _program_labels(store, {p for v in visits.values() for p in v.programs})

    shared, islands = _places(store)
    places = dict(shared)  # regions missing from the gazetteer are added to this copy only
    G = nx.DiGraph(**graph_attrs)
    # Visits in IRI order, whatever order the engine gave: nodes, and the region whose
    # attributes a province or island node takes, are then the same on every backend.
    ordered = [visits[key] for key in sorted(visits)]
    node_of: dict[str, str] = {}  # region IRI -> node
    attrs_of: dict[str, dict[str, Any]] = {}  # node -> attributes of its first region
    for visit in ordered:
        for region in (*sorted(visit.visitors), *sorted(visit.hosts)):  # sets: hash order
            if region not in node_of:
                node, attrs = _node_of(_place_for(places, region), places, islands, level)
                node_of[region] = node
                attrs_of.setdefault(node, attrs)

    pairs: dict[tuple[str, str], list[_Visit]] = defaultdict(list)
    internal: dict[str, set[str]] = defaultdict(set)
    order: dict[str, None] = {}  # nodes in order of first appearance
    for visit in ordered:
        if len(visit.visitors) == 1 and len(visit.hosts) == 1:
            # The usual visit, one learner and one model: no sets to build and sort.
            (a,), (b,) = visit.visitors, visit.hosts
            learners, models = [node_of[a]], [node_of[b]]
        else:
            learners = sorted({node_of[r] for r in visit.visitors})
            models = sorted({node_of[r] for r in visit.hosts})
        for node in (*learners, *models):
            order.setdefault(node)
        for u in learners:
            for w in models:
                if u == w:
                    internal[u].add(visit.iri)
                else:
                    pairs[(u, w)].append(visit)
    G.add_nodes_from((node, {**attrs_of[node], "internal_visits": len(internal.get(node, ()))})
                     for node in order)
    G.add_edges_from(_edge(u, w, group, labels) for (u, w), group in sorted(pairs.items()))
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
