"""What the pages show, fetched with SPARQL through the query runner.

These are read-only look-ups shaped for templates and JSON twins (plain dicts of strings and
numbers); the analytics themselves live in :mod:`graph`. Every IRI put into a query text comes
from a URL path, so it is checked first (:func:`safe_iri`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.store import Store
from graph.vocab import TID, sparql_prefixes
from server.backend import QueryRunner
from server.errors import BadRequestError
from server.links import compact, href

__all__ = [
    "safe_iri",
    "term_json",
    "home_data",
    "entity_types",
    "entity_properties",
    "region_data",
    "visit_data",
    "program_data",
    "person_data",
    "article_data",
    "group_data",
    "diffusion_events",
    "network_choices",
    "label_of",
]

P = sparql_prefixes()
_IRI_OK = re.compile(r"^[^\s<>\"{}|^`\\]+$")


def safe_iri(iri: str) -> str:
    """Refuse anything that could break out of ``<...>`` in a query text."""
    if not _IRI_OK.match(iri):
        raise BadRequestError("not a valid IRI")
    return iri


def term_json(term: Node | None) -> dict[str, Any] | None:
    """An rdflib term as a small JSON object with a link when it has one."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return {"type": "iri", "value": str(term), "short": compact(term), "href": href(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"type": "literal", "value": str(term)}
        if term.language:
            out["lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = compact(term.datatype)
        return out
    return {"type": "unknown", "value": str(term)}


def _s(row: dict[str, Node], key: str) -> str | None:
    value = row.get(key)
    return None if value is None else str(value)


async def home_data(runner: QueryRunner) -> dict[str, Any]:
    """Counts, last update, top models and learners."""
    counts = await runner.call(functools.partial(runner.store.counts, timeout=runner.timeout))
    kinds = await runner.select(P + """
        SELECT ?kind (COUNT(DISTINCT ?s) AS ?n) WHERE {
          VALUES ?kind { tiru:Province tiru:Regency tiru:City tiru:Visit tiru:Adoption
                         tiru:SourceArticle tiru:Program tiru:Official }
          ?s a ?kind } GROUP BY ?kind""")
    by_kind = {compact(r["kind"]).split(":", 1)[1]: int(r["n"]) for r in kinds}  # type: ignore[call-overload]
    # When Tiru last changed the data (analytics and ingest runs, see docs/design.md), not the
    # newest article's date: that one needed a scan of every article.
    last = await runner.select(P + """
        SELECT (MAX(?t) AS ?last) WHERE {
          { ?s prov:startedAtTime ?t } UNION { ?s prov:endedAtTime ?t }
          UNION { ?s dct:modified ?t } }""")
    top: dict[str, list[dict[str, Any]]] = {}
    for role, prop in (("models", "tiru:host"), ("learners", "tiru:visitor")):
        # Count first, then read the labels of the ten alone: joining labels (and the visit's
        # type, which tiru:visitor and tiru:host imply by their rdfs:domain) before grouping
        # made the store do it for every visit, 5-6x the work at a million triples. MIN, not
        # SAMPLE, so that every engine shows the same label.
        rows = await runner.select(P + f"""
            SELECT ?r (MIN(STR(?l)) AS ?label) ?visits WHERE {{
              {{ SELECT ?r (COUNT(DISTINCT ?v) AS ?visits) WHERE {{ ?v {prop} ?r }}
                GROUP BY ?r ORDER BY DESC(?visits) ?r LIMIT 10 }}
              OPTIONAL {{ ?r rdfs:label ?l }}
            }} GROUP BY ?r ?visits ORDER BY DESC(?visits) ?r""")
        top[role] = [
            {"iri": str(r["r"]), "href": href(r["r"]), "label": _s(r, "label") or compact(r["r"]),
             "visits": int(r["visits"])}  # type: ignore[call-overload]
            for r in rows
        ]
    return {
        "graphs": [{"graph": g, "short": compact(g), "triples": n}
                   for g, n in sorted(counts.items())],
        "triples": sum(counts.values()),
        "resources": by_kind,
        "last_update": _s(last.rows[0], "last") if last.rows else None,
        "top_models": top["models"],
        "top_learners": top["learners"],
    }


async def entity_types(runner: QueryRunner, iri: str) -> list[str]:
    rows = await runner.select(f"SELECT DISTINCT ?t WHERE {{ <{safe_iri(iri)}> a ?t }}")
    return [str(r["t"]) for r in rows]


async def label_of(runner: QueryRunner, iri: str) -> str | None:
    rows = await runner.select(P + f"""
        SELECT ?l WHERE {{ <{safe_iri(iri)}> rdfs:label|skos:prefLabel|schema:name|dct:title ?l }}
        LIMIT 1""")
    return _s(rows.rows[0], "l") if rows.rows else None


async def entity_properties(runner: QueryRunner, iri: str) -> dict[str, Any]:
    """Outgoing and (a sample of) incoming statements of any resource."""
    iri = safe_iri(iri)
    out = await runner.select(P + f"""
        SELECT ?p ?o ?ol WHERE {{ <{iri}> ?p ?o
          OPTIONAL {{ ?o rdfs:label|skos:prefLabel|schema:name|dct:title ?ol }} }}
        ORDER BY ?p ?o""", limit=2000)
    incoming = await runner.select(P + f"""
        SELECT ?s ?p ?sl WHERE {{ ?s ?p <{iri}>
          OPTIONAL {{ ?s rdfs:label|skos:prefLabel|schema:name|dct:title ?sl }} }}
        ORDER BY ?p ?s LIMIT 200""", limit=200)
    seen: set[tuple[str, str]] = set()
    props = []
    for r in out:
        key = (str(r["p"]), str(r["o"]))
        if key in seen:
            continue
        seen.add(key)
        props.append({"predicate": term_json(r["p"]), "object": term_json(r["o"]),
                      "object_label": _s(r, "ol")})
    seen.clear()
    inc = []
    for r in incoming:
        key = (str(r["s"]), str(r["p"]))
        if key in seen:
            continue
        seen.add(key)
        inc.append({"subject": term_json(r["s"]), "predicate": term_json(r["p"]),
                    "subject_label": _s(r, "sl")})
    return {"properties": props, "incoming": inc, "incoming_truncated": incoming.truncated}


_VISIT_DETAILS = """
          OPTIONAL { ?v tiru:program ?prog OPTIONAL { ?prog skos:prefLabel ?progl } }
          OPTIONAL { ?v prov:wasDerivedFrom ?art OPTIONAL { ?art schema:url ?url }
                     OPTIONAL { ?art dct:title ?title } }"""

# Visits listed per page of a region or program. A famous host draws thousands of visits at
# national scale; listing them all made the page's query return one row per visit, region,
# program and source (tens of thousands), and the row cap then cut the list short silently.
VISITS_PER_PAGE = 100


# Patterns on ?v that make it a visit by themselves: tiru:visitor and tiru:host have the
# domain tiru:Visit. Matching the type as well cost Oxigraph 3-6x on a famous host's page.
_VISIT_ONLY = re.compile(r"\?v tiru:(?:visitor|host) <[^>]+> \.")


def _visit_typed(where: str) -> str:
    """``where`` and, unless it already implies it, ``?v a tiru:Visit``."""
    return where if _VISIT_ONLY.fullmatch(where.strip()) else f"{where} ?v a tiru:Visit ."


class _Listing(list[dict[str, Any]]):
    """Visits or adoptions for a page; ``truncated`` when the row cap cut the list short."""

    truncated: bool = False


# Rows read for one list of visits or adoptions (several rows per visit: one per region,
# program and source). Lists that can outgrow it say so (``truncated``) instead of ending early.
_LIST_ROWS = 20000


async def _visits(runner: QueryRunner, where: str, *, limit: int | None = None,
                  offset: int = 0, details: bool = True) -> _Listing:
    """Visits matching a graph pattern on ?v, with their regions, programs and sources.

    With ``limit``, only that many visits from ``offset`` on, newest first (undated last): the
    visits are chosen in a subquery, so the details are read for those visits alone. Without
    ``details``, programs and sources are left out (fewer rows: one per visit and region).
    """
    chosen = f"{_visit_typed(where)} OPTIONAL {{ ?v schema:startDate ?date }}"
    if limit is not None:
        # DISTINCT ?v ?date: a visit with two recorded dates takes two places on the page and
        # is shown once; this is rare enough not to pay for a GROUP BY on every page.
        chosen = f"""{{ SELECT DISTINCT ?v ?date WHERE {{ {chosen} }}
          ORDER BY DESC(?date) DESC(?v) LIMIT {int(limit)} OFFSET {int(offset)} }}"""
    rows = await runner.select(P + f"""
        SELECT ?v ?date ?side ?r ?rl ?prog ?progl ?art ?url ?title WHERE {{
          {chosen}
          OPTIONAL {{ {{ ?v tiru:visitor ?r BIND("visitor" AS ?side) }}
                      UNION {{ ?v tiru:host ?r BIND("host" AS ?side) }}
                      OPTIONAL {{ ?r rdfs:label ?rl }} }}
          {_VISIT_DETAILS if details else ""}
        }}""", limit=_LIST_ROWS)
    visits: dict[str, dict[str, Any]] = {}
    for r in rows:
        key = str(r["v"])
        v = visits.setdefault(key, {
            "iri": key, "href": href(key), "date": _s(r, "date"),
            "visitors": {}, "hosts": {}, "programs": {}, "sources": {}})
        if r.get("r") is not None:
            side = "visitors" if _s(r, "side") == "visitor" else "hosts"
            v[side][str(r["r"])] = {"iri": str(r["r"]), "href": href(r["r"]),
                                    "label": _s(r, "rl") or compact(r["r"])}
        if r.get("prog") is not None:
            v["programs"][str(r["prog"])] = {"iri": str(r["prog"]), "href": href(r["prog"]),
                                             "label": _s(r, "progl") or compact(r["prog"])}
        if r.get("art") is not None:
            v["sources"][str(r["art"])] = {"iri": str(r["art"]), "href": href(r["art"]),
                                           "url": _s(r, "url"), "title": _s(r, "title")}
    result = _Listing()
    for v in visits.values():
        for key in ("visitors", "hosts", "programs", "sources"):
            v[key] = list(v[key].values())
        result.append(v)
    result.sort(key=lambda v: (v["date"] or "", v["iri"]), reverse=True)
    result.truncated = rows.truncated
    return result


async def _visit_page(runner: QueryRunner, where: str, page: int) -> tuple[list[dict[str, Any]],
                                                                          dict[str, int]]:
    """Page ``page`` (from 1) of the visits matching ``where``, and where it lies among them.

    Raises
    ------
    BadRequestError
        When ``page`` is past the last page.
    """
    count = await runner.select(P + f"""
        SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {_visit_typed(where)} }}""")
    total = int(count.rows[0]["n"]) if count.rows else 0  # type: ignore[call-overload]
    pages = max(1, -(-total // VISITS_PER_PAGE))
    if page > pages:
        raise BadRequestError(f"page {page} asked, but there are {pages} page(s) of "
                              f"{VISITS_PER_PAGE} visits ({total} in all)")
    visits = await _visits(runner, where, limit=VISITS_PER_PAGE,
                           offset=(page - 1) * VISITS_PER_PAGE)
    return visits, {"total": total, "page": page, "pages": pages, "per_page": VISITS_PER_PAGE}


async def _adoptions(runner: QueryRunner, where: str) -> _Listing:
    rows = await runner.select(P + f"""
        SELECT ?a ?r ?rl ?prog ?progl ?status ?date ?from ?froml ?art ?url WHERE {{
          {where}
          ?a a tiru:Adoption ; tiru:adopter ?r .
          OPTIONAL {{ ?r rdfs:label ?rl }}
          OPTIONAL {{ ?a tiru:program ?prog OPTIONAL {{ ?prog skos:prefLabel ?progl }} }}
          OPTIONAL {{ ?a tiru:status ?status }}
          OPTIONAL {{ ?a schema:startDate ?date }}
          OPTIONAL {{ ?a tiru:learnedFrom ?from OPTIONAL {{ ?from rdfs:label ?froml }} }}
          OPTIONAL {{ ?a prov:wasDerivedFrom ?art OPTIONAL {{ ?art schema:url ?url }} }}
        }} ORDER BY ?date ?a""", limit=_LIST_ROWS)
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        key = str(r["a"])
        a = out.setdefault(key, {
            "iri": key, "href": href(key), "date": _s(r, "date"),
            "region": {"iri": str(r["r"]), "href": href(r["r"]),
                       "label": _s(r, "rl") or compact(r["r"])},
            "program": None, "status": None, "learned_from": None, "sources": {}})
        if r.get("prog") is not None:
            a["program"] = {"iri": str(r["prog"]), "href": href(r["prog"]),
                            "label": _s(r, "progl") or compact(r["prog"])}
        if r.get("status") is not None:
            a["status"] = compact(r["status"]).split(":", 1)[-1]
        if r.get("from") is not None:
            a["learned_from"] = {"iri": str(r["from"]), "href": href(r["from"]),
                                 "label": _s(r, "froml") or compact(r["from"])}
        if r.get("art") is not None:
            a["sources"][str(r["art"])] = {"iri": str(r["art"]), "href": href(r["art"]),
                                           "url": _s(r, "url")}
    result = _Listing(out.values())
    for a in result:
        a["sources"] = list(a["sources"].values())
    result.truncated = rows.truncated
    return result


async def _ego(runner: QueryRunner, iri: str, label: str) -> dict[str, Any]:
    """The region and the regions it visited or hosted, edges learner → model by visit count.

    Counted by the store over every visit, not over the page's visits, so the neighbourhood is
    whole whichever page of visits is shown.
    """
    edges = await runner.select(P + f"""
        SELECT ?a ?b (COUNT(DISTINCT ?v) AS ?n) WHERE {{
          {{ ?v tiru:visitor <{iri}> ; tiru:host ?b . BIND(<{iri}> AS ?a) }}
          UNION {{ ?v tiru:host <{iri}> ; tiru:visitor ?a . BIND(<{iri}> AS ?b) }}
        }} GROUP BY ?a ?b""")
    weights = {(str(r["a"]), str(r["b"])): int(r["n"])  # type: ignore[call-overload]
               for r in edges if isinstance(r.get("a"), URIRef) and isinstance(r.get("b"), URIRef)}
    others = sorted({end for pair in weights for end in pair} - {iri})
    labels: dict[str, str] = {}
    if others:
        values = " ".join(f"<{safe_iri(o)}>" for o in others)
        rows = await runner.select(P + f"""
            SELECT ?r (MIN(STR(?l)) AS ?label) WHERE {{
              VALUES ?r {{ {values} }} ?r rdfs:label ?l }} GROUP BY ?r""")
        labels = {str(r["r"]): str(r["label"]) for r in rows if r.get("label") is not None}
    nodes = [{"id": iri, "label": label, "href": href(iri), "center": True}]
    nodes += [{"id": o, "label": labels.get(o) or compact(URIRef(o)), "href": href(o),
               "center": False} for o in others]
    return {"nodes": nodes, "edges": [{"from": a, "to": b, "visits": n}
                                      for (a, b), n in sorted(weights.items())]}


async def region_data(runner: QueryRunner, iri: str, label: str, *, in_page: int = 1,
                      out_page: int = 1) -> dict[str, Any]:
    """A region's page: one page each of the visits it hosted and made (see
    :data:`VISITS_PER_PAGE`), its adoptions, measures, province and island group."""
    iri = safe_iri(iri)
    out, out_paging = await _visit_page(runner, f"?v tiru:visitor <{iri}> .", out_page)
    inc, in_paging = await _visit_page(runner, f"?v tiru:host <{iri}> .", in_page)
    adoptions = await _adoptions(runner, f"?a tiru:adopter <{iri}> .")
    learned_by = await _adoptions(runner, f"?a tiru:learnedFrom <{iri}> .")
    measures = await runner.select(P + f"""
        SELECT ?measure ?value ?level ?run ?time ?p ?program ?since ?until WHERE {{
          ?m tiru:subject <{iri}> ; tiru:measure ?measure ; tiru:value ?value .
          OPTIONAL {{ ?m tiru:level ?level }}
          OPTIONAL {{ ?m prov:wasGeneratedBy ?run
                     OPTIONAL {{ ?run prov:startedAtTime ?time }}
                     OPTIONAL {{ ?run tiru:sliceProgram ?p
                                OPTIONAL {{ ?p skos:notation ?program }} }}
                     OPTIONAL {{ ?run tiru:sliceSince ?since }}
                     OPTIONAL {{ ?run tiru:sliceUntil ?until }} }}
        }} ORDER BY ?measure ?program DESC(?time)""")
    # The island group's English name first (the page says "island group"); with LIMIT 1 and
    # two names, engines picked different ones.
    info = await runner.select(P + f"""
        SELECT ?prov ?provl ?island ?islandl ?code WHERE {{
          OPTIONAL {{ <{iri}> tiru:province ?prov OPTIONAL {{ ?prov rdfs:label ?provl }} }}
          OPTIONAL {{ <{iri}> tiru:islandGroup ?island
                     OPTIONAL {{ ?island rdfs:label ?islandl FILTER(LANG(?islandl) = "en") }}
                     OPTIONAL {{ ?island rdfs:label ?islandl }} }}
          OPTIONAL {{ <{iri}> tiru:kemendagriCode ?code }} }} LIMIT 1""")
    row = info.rows[0] if info.rows else {}
    return {
        "code": _s(row, "code"),
        "province": {"iri": _s(row, "prov"), "href": href(row["prov"]), "label": _s(row, "provl")}
        if row.get("prov") is not None else None,
        "island": {"iri": _s(row, "island"), "href": href(row["island"]),
                   "label": _s(row, "islandl")} if row.get("island") is not None else None,
        "visits_out": out,
        "visits_in": inc,
        "paging": {"visits_in": in_paging, "visits_out": out_paging},
        "adoptions": adoptions,
        "taught_adoptions": learned_by,
        "measures": [{"measure": compact(r["measure"]).split(":", 1)[-1],
                      "value": float(r["value"]),  # type: ignore[arg-type]
                      "level": _s(r, "level"), "run": _s(r, "run"), "time": _s(r, "time"),
                      "slice": _slice(r)}
                     for r in measures],
        "ego": await _ego(runner, iri, label),
    }


def _slice(row: dict[str, Any]) -> str:
    """The analytics run's slice in words: a measure means little without what it measured."""
    program = _s(row, "program") or (_s(row, "p") or "").rsplit("/", 1)[-1]
    words = [program or "all programs"]
    if row.get("since") is not None:
        words.append(f"since {_s(row, 'since')}")
    if row.get("until") is not None:
        words.append(f"until {_s(row, 'until')}")
    return " ".join(words)


async def visit_data(runner: QueryRunner, iri: str) -> dict[str, Any]:
    iri = safe_iri(iri)
    visits = await _visits(runner, f"VALUES ?v {{ <{iri}> }}")
    parts = await runner.select(P + f"""
        SELECT ?part ?person ?name ?role ?side ?title WHERE {{
          <{iri}> prov:qualifiedAssociation ?part .
          OPTIONAL {{ ?part prov:agent ?person OPTIONAL {{ ?person schema:name ?name }} }}
          OPTIONAL {{ ?part prov:hadRole ?role }} OPTIONAL {{ ?part tiru:side ?side }}
          OPTIONAL {{ ?part tiru:title ?title }} }}""")
    evidence = await runner.select(P + f"""
        SELECT ?e ?quote ?comment ?art WHERE {{ <{iri}> tiru:evidence ?e .
          OPTIONAL {{ ?e tiru:quote ?quote }} OPTIONAL {{ ?e rdfs:comment ?comment }}
          OPTIONAL {{ ?e prov:wasQuotedFrom ?art }} }}""")
    return {
        "visit": visits[0] if visits else None,
        "participants": [
            {"person": _s(r, "person"), "href": href(r["person"]) if r.get("person") else None,
             "name": _s(r, "name"), "title": _s(r, "title"),
             "role": compact(r["role"]).split(":", 1)[-1] if r.get("role") else None,
             "side": compact(r["side"]).split(":", 1)[-1] if r.get("side") else None}
            for r in parts],
        "evidence": [{"iri": str(r["e"]), "href": href(r["e"]), "quote": _s(r, "quote"),
                      "comment": _s(r, "comment"), "article": _s(r, "art"),
                      "article_href": href(r["art"]) if r.get("art") else None}
                     for r in evidence],
    }


async def program_data(runner: QueryRunner, iri: str, *, page: int = 1) -> dict[str, Any]:
    """A program's page: its notation, broader concept, adoptions and one page of its visits."""
    iri = safe_iri(iri)
    info = await runner.select(P + f"""
        SELECT ?notation ?broader ?bl WHERE {{
          OPTIONAL {{ <{iri}> skos:notation ?notation }}
          OPTIONAL {{ <{iri}> skos:broader ?broader OPTIONAL {{ ?broader skos:prefLabel ?bl }} }}
        }} LIMIT 1""")
    row = info.rows[0] if info.rows else {}
    visits, paging = await _visit_page(runner, f"?v tiru:program <{iri}> .", page)
    return {
        "notation": _s(row, "notation"),
        "broader": {"iri": _s(row, "broader"), "href": href(row["broader"]),
                    "label": _s(row, "bl")} if row.get("broader") is not None else None,
        "visits": visits,
        "paging": {"visits": paging},
        "adoptions": await _adoptions(runner, f"?a tiru:program <{iri}> ."),
    }


async def person_data(runner: QueryRunner, iri: str) -> dict[str, Any]:
    iri = safe_iri(iri)
    rows = await runner.select(P + f"""
        SELECT ?v ?date ?role ?title ?org ?orgl WHERE {{
          OPTIONAL {{ <{iri}> org:memberOf ?org OPTIONAL {{ ?org rdfs:label ?orgl }} }}
          OPTIONAL {{ ?v prov:qualifiedAssociation ?part . ?part prov:agent <{iri}> .
                      OPTIONAL {{ ?v schema:startDate ?date }}
                      OPTIONAL {{ ?part prov:hadRole ?role }}
                      OPTIONAL {{ ?part tiru:title ?title }} }}
        }} ORDER BY DESC(?date)""")
    first = rows.rows[0] if rows.rows else {}
    return {
        "member_of": {"iri": _s(first, "org"), "href": href(first["org"]),
                      "label": _s(first, "orgl")} if first.get("org") is not None else None,
        "participations": [
            {"visit": str(r["v"]), "href": href(r["v"]), "date": _s(r, "date"),
             "role": compact(r["role"]).split(":", 1)[-1] if r.get("role") else None,
             "title": _s(r, "title")}
            for r in rows if r.get("v") is not None],
    }


async def article_data(runner: QueryRunner, iri: str) -> dict[str, Any]:
    iri = safe_iri(iri)
    info = await runner.select(P + f"""
        SELECT ?url ?title ?publisher ?issued WHERE {{
          OPTIONAL {{ <{iri}> schema:url ?url }} OPTIONAL {{ <{iri}> dct:title ?title }}
          OPTIONAL {{ <{iri}> dct:publisher ?publisher }} OPTIONAL {{ <{iri}> dct:issued ?issued }}
        }} LIMIT 1""")
    row = info.rows[0] if info.rows else {}
    url = _s(row, "url")
    return {
        "url": url,
        "url_href": href(url) if url else None,
        "title": _s(row, "title"),
        "publisher": _s(row, "publisher"),
        "issued": _s(row, "issued"),
        "visits": await _visits(runner, f"?v prov:wasDerivedFrom <{iri}> ."),
        "adoptions": await _adoptions(runner, f"?a prov:wasDerivedFrom <{iri}> ."),
    }


async def group_data(runner: QueryRunner, iri: str) -> dict[str, Any]:
    """Members of a province or island group."""
    iri = safe_iri(iri)
    rows = await runner.select(P + f"""
        SELECT ?r ?l ?code WHERE {{ ?r tiru:province|tiru:islandGroup <{iri}> .
          OPTIONAL {{ ?r rdfs:label ?l }} OPTIONAL {{ ?r tiru:kemendagriCode ?code }} }}
        ORDER BY ?code""")
    return {"members": [{"iri": str(r["r"]), "href": href(r["r"]),
                         "label": _s(r, "l") or compact(r["r"]), "code": _s(r, "code")}
                        for r in rows]}


async def diffusion_events(runner: QueryRunner, program: str) -> dict[str, Any]:
    """Dated adoptions of a program and dated visits about it, for the replay slider."""
    prog = await runner.select(P + """
        SELECT ?p ?l WHERE { ?p a tiru:Program .
          OPTIONAL { ?p skos:notation ?n } OPTIONAL { ?p skos:prefLabel ?l }
          FILTER(LCASE(STR(?n)) = LCASE(?q) || STRENDS(STR(?p), CONCAT("/", LCASE(?q))))
        } LIMIT 1""".replace("?q", _quote(program)))
    if not prog.rows:
        raise BadRequestError(f"unknown program {program!r}")
    piri = str(prog.rows[0]["p"])
    # The replay shows who visited whom and when: no programs or sources, so fewer rows.
    visits = await _visits(runner, f"?v tiru:program <{piri}> .", details=False)
    adoptions = await _adoptions(runner, f"?a tiru:program <{piri}> .")
    return {"program": {"iri": piri, "href": href(piri),
                        "label": _s(prog.rows[0], "l") or compact(piri)},
            "visits": [v for v in visits if v["date"]],
            "adoptions": [a for a in adoptions if a["date"]],
            "truncated": visits.truncated or adoptions.truncated}


def network_choices(store: Store, *, timeout: float, limit: int) -> dict[str, Any]:
    """Programs and groups (provinces, island groups) the network view can be sliced by.

    Synchronous, unlike the rest of this module: it is part of the ``/graph`` view, which is
    computed in one worker thread and cached as a whole (:class:`server.state.ViewCache`).
    """
    programs = store.select_strings(P + """
        SELECT DISTINCT ?n ?l WHERE { ?v tiru:program ?p . ?p skos:notation ?n .
          OPTIONAL { ?p skos:prefLabel ?l } } ORDER BY ?n""", timeout=timeout, limit=limit)
    groups = store.select_strings(P + """
        SELECT ?code ?l ?kind WHERE {
          { ?g a tiru:Province ; tiru:kemendagriCode ?code BIND("province" AS ?kind) }
          UNION { ?g a tiru:IslandGroup BIND(REPLACE(STR(?g), "^.*/", "") AS ?code)
                  BIND("island" AS ?kind) }
          OPTIONAL { ?g rdfs:label ?l } } ORDER BY ?kind ?code""", timeout=timeout, limit=limit)
    return {
        "programs": [{"notation": n or "", "label": label or n or ""} for n, label in programs],
        "groups": [{"code": code or "", "label": label or code or "", "kind": kind or ""}
                   for code, label, kind in groups],
    }


def _quote(text: str) -> str:
    """A SPARQL string literal holding ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return f'"{escaped}"'


TID_STR = str(TID)
