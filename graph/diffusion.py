"""How programs spread: learning chains, adoption cascades and innovativeness.

* :func:`learning_chains` finds time-respecting learning paths in the visit network: A learned
  from B *after* B had learned from C, so what B showed A may include what B took from C.
* :func:`adoption_cascade` orders the adoptions of one program (the earliest opening per
  region) and attaches the visits the adopter made, before adopting, to regions that had
  adopted earlier, with the days from visit to adoption.
* :func:`innovativeness` gives Walker's score: how early a region adopts relative to the others.
* :func:`diffusion_timeline` lists every adoption event month by month for a replay slider.

Adoptions are read by SPARQL through the store; visits come from
:func:`graph.network.learning_network`, the one reader of RDF into networkx.

Examples
--------
>>> import networkx as nx
>>> G = nx.DiGraph()
>>> G.add_edge("63.11", "64.09", visit_iris=["v2"], dates=["2025-12-03"])
>>> G.add_edge("64.09", "64.02", visit_iris=["v1"], dates=["2025-06-19"])
>>> [c.regions for c in learning_chains(G)]
[('63.11', '64.09', '64.02')]
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

from graph.errors import TiruError
from graph.network import (
    _select,
    learning_network,
    program_closure,
    program_values,
    region_code,
    resolve_program,
)
from graph.store import Store
from graph.vocab import TIME, graph_iri

__all__ = [
    "ADOPTED_STATUSES",
    "LearningChain",
    "PrecedingVisit",
    "AdoptionEvent",
    "AdoptionRecord",
    "learning_chains",
    "adoption_records",
    "adoption_cascade",
    "cascade_summary",
    "innovativeness",
    "walker_scores",
    "adoption_times",
    "diffusion_timeline",
]

# Statuses that mean the program runs (a plan or a building site is an intention, not adoption).
ADOPTED_STATUSES: tuple[str, ...] = ("SoftLaunch", "Launched", "Inaugurated", "Operating",
                                     "Integrated")
_PRECISION = {str(TIME.unitDay): "day", str(TIME.unitMonth): "month", str(TIME.unitYear): "year"}


@dataclass(frozen=True)
class LearningChain:
    """A time-respecting learning path, in the direction of learning.

    ``regions[0]`` learned from ``regions[1]`` on ``dates[0]``, which had learned from
    ``regions[2]`` on the earlier ``dates[1]``, and so on.
    """

    regions: tuple[Hashable, ...]
    dates: tuple[str, ...]
    visit_iris: tuple[str, ...]

    @property
    def length(self) -> int:
        return len(self.visit_iris)


def learning_chains(G: nx.DiGraph, *, max_length: int = 4, limit: int = 100_000
                    ) -> list[LearningChain]:
    """Maximal time-respecting learning chains of two or more visits.

    A chain ``A -> B -> C`` is time-respecting when A's visit to B comes strictly after B's
    visit to C (a model passes on what it learned before). Chains are maximal: they cannot be
    extended at either end within ``max_length`` visits. Undated visits never take part.

    Parameters
    ----------
    G : networkx.DiGraph
        A learning network whose edges carry aligned ``visit_iris`` and ``dates``.
    max_length : int
        Longest chain reported, in visits.
    limit : int
        Stop after this many chains (dense networks have very many).

    Returns
    -------
    list of LearningChain
        Sorted by the date of the first (most recent) visit, then regions.

    References
    ----------
    .. [1] Holme, P. and Saramäki, J. (2012). Temporal networks. *Physics Reports* 519(3),
       97-125 (time-respecting paths).
    .. [2] Shipan, C. R. and Volden, C. (2008). The mechanisms of policy diffusion. *American
       Journal of Political Science* 52(4), 840-857 (learning as a diffusion mechanism).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", visit_iris=["v1"], dates=["2020-01-01"])
    >>> G.add_edge("b", "c", visit_iris=["v2"], dates=["2021-01-01"])
    >>> learning_chains(G)   # b learned from c only after a had visited b
    []
    """
    if max_length < 2:
        raise TiruError("a learning chain has at least two visits")
    # Dated visits leaving each region: (date, model, iri).
    out: dict[Hashable, list[tuple[str, Hashable, str]]] = defaultdict(list)
    into: dict[Hashable, list[tuple[str, Hashable]]] = defaultdict(list)
    for u, w, data in G.edges(data=True):
        for iri, day in zip(data.get("visit_iris", ()), data.get("dates", ()), strict=False):
            if day:
                out[u].append((day, w, iri))
                into[w].append((day, u))
    chains: list[LearningChain] = []

    def extend(path: list[tuple[str, Hashable, str]], start: Hashable) -> None:
        if len(chains) >= limit:
            return
        last_day, last_model, _ = path[-1]
        nexts = [] if len(path) >= max_length else [
            step for step in out.get(last_model, ()) if step[0] < last_day
            and step[1] != start and all(step[1] != p[1] for p in path)]
        if not nexts:
            regions = {start, *(p[1] for p in path)}
            # Not maximal when a later visit into the first learner, from outside the chain,
            # could be put in front of it: that longer chain is reported instead.
            extendable = len(path) < max_length and any(
                day > path[0][0] and z not in regions for day, z in into.get(start, ()))
            if len(path) >= 2 and not extendable:
                chains.append(LearningChain(
                    regions=(start, *[p[1] for p in path]),
                    dates=tuple(p[0] for p in path),
                    visit_iris=tuple(p[2] for p in path)))
            return
        for step in sorted(nexts, key=lambda s: (s[0], str(s[1]), s[2])):
            extend([*path, step], start)

    for learner in sorted(out, key=str):
        for step in sorted(out[learner], key=lambda s: (s[0], str(s[1]), s[2])):
            extend([step], learner)
    chains.sort(key=lambda c: (c.dates[0], tuple(str(r) for r in c.regions)), reverse=True)
    return chains


@dataclass(frozen=True)
class AdoptionRecord:
    """One adoption resource as stored: a region's status for a program at a date."""

    iri: str
    region: str
    program: str
    status: str
    date: str
    precision: str | None
    learned_from: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrecedingVisit:
    """A visit the adopter made, before adopting, to a region that had adopted earlier."""

    visit_iri: str
    host: str
    date: str
    days_to_adoption: int
    host_adopted: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class AdoptionEvent:
    """The earliest adoption of a program by one region, with its place in the cascade."""

    order: int
    region: str
    label: str
    program: str
    date: str
    precision: str | None
    status: str
    adoption_iri: str
    learned_from: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    preceding_visits: tuple[PrecedingVisit, ...] = field(default_factory=tuple)

    @property
    def days_from_last_visit(self) -> int | None:
        """Days from the latest preceding visit to the adoption (None without such a visit)."""
        if not self.preceding_visits:
            return None
        return min(v.days_to_adoption for v in self.preceding_visits)


def adoption_records(store: Store, program: str | None = None, *, layer: str = "both"
                     ) -> list[AdoptionRecord]:
    """Every dated adoption record (all statuses), optionally for one program and its narrower
    concepts, sorted by date and region."""
    filt = ""
    if program is not None:
        closure = program_closure(store, resolve_program(store, program))
        filt = f"?a tiru:program ?q . {program_values('q', closure)}"
    pattern = ("?a a tiru:Adoption ; tiru:adopter ?r ; tiru:program ?p ; tiru:status ?s ; "
               "schema:startDate ?d .")
    if layer != "both":
        pattern = f"GRAPH <{graph_iri(layer)}> {{ {pattern} }}"
    rows = _select(store, f"""
        SELECT ?a ?r ?p ?s ?d ?prec ?from ?url WHERE {{
          {pattern} {filt}
          OPTIONAL {{ ?a tiru:datePrecision ?prec }}
          OPTIONAL {{ ?a tiru:learnedFrom ?from }}
          OPTIONAL {{ ?a prov:wasDerivedFrom ?art . ?art schema:url ?url }}
        }}""").rows
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        iri = str(row["a"])
        rec = merged.setdefault(iri, {
            "iri": iri, "region": region_code(str(row["r"])), "program": str(row["p"]),
            "status": str(row["s"]).rsplit("#", 1)[-1], "date": str(row["d"])[:10],
            "precision": _PRECISION.get(str(row.get("prec"))),
            "learned_from": set(), "sources": set()})
        if row.get("from") is not None:
            rec["learned_from"].add(region_code(str(row["from"])))
        if row.get("url") is not None:
            rec["sources"].add(str(row["url"]))
    records = [AdoptionRecord(**{**r, "learned_from": tuple(sorted(r["learned_from"])),
                                 "sources": tuple(sorted(r["sources"]))})
               for r in merged.values()]
    records.sort(key=lambda r: (r.date, r.region, r.status, r.iri))
    return records


def _earliest(records: Iterable[AdoptionRecord], statuses: Iterable[str]
              ) -> dict[str, AdoptionRecord]:
    wanted = set(statuses)
    first: dict[str, AdoptionRecord] = {}
    for rec in records:
        if rec.status in wanted and (rec.region not in first or rec.date < first[rec.region].date):
            first[rec.region] = rec
    return first


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days


def _region_labels(store: Store, codes: Iterable[str]) -> dict[str, str]:
    wanted = set(codes)
    rows = _select(store, """
        SELECT ?code ?name WHERE { ?r tiru:kemendagriCode ?code ; schema:name ?name }""").rows
    return {str(r["code"]): str(r["name"]) for r in rows if str(r["code"]) in wanted}


def adoption_cascade(
    store: Store,
    program: str,
    *,
    statuses: Iterable[str] = ADOPTED_STATUSES,
    layer: str = "both",
    any_program: bool = False,
) -> list[AdoptionEvent]:
    """The adoption cascade of a program: the earliest adoption per region, in order.

    Each event lists the visits about the program (or a narrower one; with ``any_program``,
    visits about anything) that the adopter made strictly before its adoption date to regions
    whose own adoption is earlier than the adopter's, with the days from visit to adoption.
    Dates of month or year precision stand for the first day of their period (``precision``
    says which).

    Parameters
    ----------
    store : Store
    program : str
        Notation, slug or IRI.
    statuses : iterable of str
        Status local names that count as adoption (default :data:`ADOPTED_STATUSES`).
    layer : {"both", "curated", "extracted"}

    References
    ----------
    .. [1] Rogers, E. M. (2003). *Diffusion of Innovations*, 5th ed. Free Press.
    .. [2] Shipan, C. R. and Volden, C. (2008). The mechanisms of policy diffusion. *American
       Journal of Political Science* 52(4), 840-857.

    Examples
    --------
    >>> from graph.store import open_store
    >>> store = open_store(":memory:")
    >>> _ = store.load(EXAMPLE_TTL, "ttl", "curated")
    >>> [(e.order, e.region, e.date) for e in adoption_cascade(store, "MPP")]
    [(1, '35.10', '2017-12-01'), (2, '62.07', '2021-03-15')]
    >>> adoption_cascade(store, "MPP")[1].preceding_visits[0].days_to_adoption
    523
    """
    iri = resolve_program(store, program)
    records = adoption_records(store, iri, layer=layer)
    first = _earliest(records, statuses)
    G = learning_network(store, program=None if any_program else iri, layer=layer)
    labels = _region_labels(store, first)
    ordered = sorted(first.values(), key=lambda r: (r.date, r.region))
    events: list[AdoptionEvent] = []
    for i, rec in enumerate(ordered, start=1):
        preceding: list[PrecedingVisit] = []
        if rec.region in G:
            for _, host, data in G.out_edges(rec.region, data=True):
                host_rec = first.get(str(host))
                if host_rec is None or host_rec.date >= rec.date:
                    continue
                for visit, day in zip(data["visit_iris"], data["dates"], strict=True):
                    if day and day < rec.date:
                        preceding.append(PrecedingVisit(
                            visit_iri=visit, host=str(host), date=day,
                            days_to_adoption=_days(day, rec.date), host_adopted=host_rec.date,
                            sources=tuple(data.get("sources", ()))))
        preceding.sort(key=lambda v: (v.date, v.host))
        events.append(AdoptionEvent(
            order=i, region=rec.region, label=labels.get(rec.region, rec.region), program=iri,
            date=rec.date, precision=rec.precision, status=rec.status, adoption_iri=rec.iri,
            learned_from=rec.learned_from, sources=rec.sources,
            preceding_visits=tuple(preceding)))
    return events


def cascade_summary(events: list[AdoptionEvent]) -> dict[str, Any]:
    """Figures of one cascade: size, span, how many adopters had visited an earlier adopter and
    the days from that (latest) visit to adoption.

    Examples
    --------
    >>> cascade_summary([])["adopters"]
    0
    """
    lags = [e.days_from_last_visit for e in events if e.days_from_last_visit is not None]
    by_year: dict[str, int] = defaultdict(int)
    for e in events:
        by_year[e.date[:4]] += 1
    return {
        "adopters": len(events),
        "first": (events[0].region, events[0].date) if events else None,
        "last": (events[-1].region, events[-1].date) if events else None,
        "by_year": dict(sorted(by_year.items())),
        "with_preceding_visit": len(lags),
        "share_with_preceding_visit": len(lags) / len(events) if events else 0.0,
        "median_days_visit_to_adoption": statistics.median(lags) if lags else None,
        "mean_days_visit_to_adoption": statistics.fmean(lags) if lags else None,
        "stated_learned_from": sum(1 for e in events if e.learned_from),
    }


def walker_scores(times: dict[Hashable, str]) -> dict[Hashable, float]:
    """Walker's innovativeness for one program: 1 for the first adopter, 0 for the last.

    A region's score is one minus the share of the program's diffusion span (first to last
    adoption, in days) that had elapsed when it adopted. A program adopted on one day only
    gives everyone 1.

    References
    ----------
    .. [1] Walker, J. L. (1969). The diffusion of innovations among the American states.
       *American Political Science Review* 63(3), 880-899.

    Examples
    --------
    >>> walker_scores({"a": "2017-01-01", "b": "2017-01-11", "c": "2017-01-21"})
    {'a': 1.0, 'b': 0.5, 'c': 0.0}
    """
    if not times:
        return {}
    first, last = min(times.values()), max(times.values())
    span = _days(first, last)
    return {r: 1.0 if span == 0 else 1.0 - _days(first, t) / span for r, t in times.items()}


def innovativeness(
    store: Store,
    programs: Iterable[str] | None = None,
    *,
    statuses: Iterable[str] = ADOPTED_STATUSES,
    min_adopters: int = 2,
    layer: str = "both",
) -> dict[str, dict[str, float]]:
    """Walker-style innovativeness per program and overall.

    Returns ``{program IRI: {region: score}}`` for every program with at least ``min_adopters``
    adopters, and under the key ``"overall"`` each region's mean score over the programs it
    adopted (Walker's composite). Non-adopters have no score.

    References
    ----------
    .. [1] Walker, J. L. (1969). The diffusion of innovations among the American states.
       *American Political Science Review* 63(3), 880-899.
    .. [2] Boehmke, F. J. and Skinner, P. (2012). State policy innovativeness revisited.
       *State Politics & Policy Quarterly* 12(3), 303-329.

    Examples
    --------
    >>> from graph.store import open_store
    >>> store = open_store(":memory:")
    >>> _ = store.load(EXAMPLE_TTL, "ttl", "curated")
    >>> innovativeness(store)["overall"]
    {'35.10': 1.0, '62.07': 0.0}
    """
    statuses = tuple(statuses)
    records = adoption_records(store, layer=layer)
    wanted = None if programs is None else {resolve_program(store, p) for p in programs}
    by_program: dict[str, list[AdoptionRecord]] = defaultdict(list)
    for rec in records:
        if wanted is None or rec.program in wanted:
            by_program[rec.program].append(rec)
    out: dict[str, dict[str, float]] = {}
    totals: dict[str, list[float]] = defaultdict(list)
    for prog in sorted(by_program):
        first = _earliest(by_program[prog], statuses)
        if len(first) < min_adopters:
            continue
        scores = walker_scores({r: rec.date for r, rec in first.items()})
        out[prog] = {str(r): s for r, s in sorted(scores.items(), key=lambda kv: str(kv[0]))}
        for r, s in out[prog].items():
            totals[r].append(s)
    out["overall"] = {r: statistics.fmean(v) for r, v in sorted(totals.items())}
    return out


def adoption_times(
    store: Store,
    programs: Iterable[str] | None = None,
    *,
    statuses: Iterable[str] = ADOPTED_STATUSES,
    unit_days: float = 365.25,
    layer: str = "both",
) -> dict[str, dict[str, float]]:
    """Cascades for :func:`graph.netinf.netinf`: per program, each adopter's earliest adoption
    time in years (``unit_days``) since 2000-01-01.

    Examples
    --------
    >>> from graph.store import open_store
    >>> store = open_store(":memory:")
    >>> _ = store.load(EXAMPLE_TTL, "ttl", "curated")
    >>> {r: round(t, 2) for r, t in adoption_times(store)[
    ...     "https://w3id.org/tiru/id/program/mpp"].items()}
    {'35.10': 17.92, '62.07': 21.2}
    """
    statuses = tuple(statuses)
    wanted = None if programs is None else {resolve_program(store, p) for p in programs}
    by_program: dict[str, list[AdoptionRecord]] = defaultdict(list)
    for rec in adoption_records(store, layer=layer):
        if wanted is None or rec.program in wanted:
            by_program[rec.program].append(rec)
    epoch = "2000-01-01"
    return {prog: {r: _days(epoch, rec.date) / unit_days
                   for r, rec in sorted(_earliest(recs, statuses).items())}
            for prog, recs in sorted(by_program.items())}


def diffusion_timeline(store: Store, program: str, *, layer: str = "both"
                       ) -> list[tuple[str, str, str]]:
    """Every adoption event of a program as ``(month "YYYY-MM", region code, status)``.

    All statuses are listed (planned, launched, inaugurated ...) in date order, so that a replay
    can show each region's state month by month; the status is the ``tiru:`` local name.

    Examples
    --------
    >>> from graph.store import open_store
    >>> store = open_store(":memory:")
    >>> _ = store.load(EXAMPLE_TTL, "ttl", "curated")
    >>> diffusion_timeline(store, "mpp")  # doctest: +NORMALIZE_WHITESPACE
    [('2017-12', '35.10', 'Inaugurated'), ('2020-01', '62.07', 'Planned'),
     ('2021-03', '62.07', 'Inaugurated')]
    """
    return [(r.date[:7], r.region, r.status)
            for r in adoption_records(store, program, layer=layer)]


# The network module's example plus two MPP adoptions and Seruyan's visit to Banyuwangi.
EXAMPLE_TTL = """
@prefix tiru: <https://w3id.org/tiru/ontology#> .
@prefix schema: <http://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix r: <https://w3id.org/tiru/id/region/> .
@prefix p: <https://w3id.org/tiru/id/program/> .
@prefix ad: <https://w3id.org/tiru/id/adoption/> .
p:mpp a tiru:Program ; skos:notation "MPP" .
r:35.10 tiru:kemendagriCode "35.10" ; schema:name "Banyuwangi" .
r:62.07 tiru:kemendagriCode "62.07" ; schema:name "Seruyan" .
<https://w3id.org/tiru/id/visit/2019-10-09/62.07_to_35.10> a tiru:Visit ;
    tiru:visitor r:62.07 ; tiru:host r:35.10 ; tiru:program p:mpp ;
    schema:startDate "2019-10-09"^^xsd:date .
ad:a1 a tiru:Adoption ; tiru:adopter r:35.10 ; tiru:program p:mpp ; tiru:status tiru:Inaugurated ;
    schema:startDate "2017-12-01"^^xsd:date ; tiru:datePrecision time:unitMonth .
ad:a2 a tiru:Adoption ; tiru:adopter r:62.07 ; tiru:program p:mpp ; tiru:status tiru:Planned ;
    schema:startDate "2020-01-01"^^xsd:date ; tiru:datePrecision time:unitYear .
ad:a3 a tiru:Adoption ; tiru:adopter r:62.07 ; tiru:program p:mpp ; tiru:status tiru:Inaugurated ;
    schema:startDate "2021-03-15"^^xsd:date ; tiru:datePrecision time:unitDay .
"""
