"""HTML pages, each with a JSON twin (``.json`` suffix, ``?format=json`` or ``Accept``):
the home page, the query page and the Linked Data pages under ``/id/...``."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from rdflib.term import Node

from graph.errors import TiruError
from graph.library import LibraryQuery, list_queries, load_query, render
from graph.store import SelectResult
from graph.vocab import TID, TIRU
from server import pagedata
from server.backend import GRAPH_MEDIA
from server.errors import BadRequestError, NotFoundError, status_for
from server.links import compact, href, script_json
from server.negotiation import NotAcceptableError, choose
from server.routes.sparql import TRUNCATED_HEADER, check_query
from server.state import runner, templates

__all__ = ["router", "wants_json", "page"]

router = APIRouter(tags=["pages"])

# Rows shown on the query page; downloads go through /sparql with the endpoint's own cap.
PAGE_ROWS = 1000


def wants_json(request: Request, json_suffix: bool = False) -> bool:
    """Is the JSON twin wanted rather than the HTML page?"""
    fmt = request.query_params.get("format")
    if json_suffix or (fmt and fmt.lower() == "json"):
        return True
    if fmt and fmt.lower() == "html":
        return False
    try:
        return choose(["text/html", "application/json"], request.headers.get("accept")) \
            == "application/json"
    except NotAcceptableError:
        return False


def page(request: Request, template: str, data: dict[str, Any], *, json_url: str,
         as_json: bool, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Render ``template`` with ``data``, or return ``data`` itself as the JSON twin."""
    if as_json:
        return JSONResponse(data, status_code=status, headers=headers)
    return templates(request).TemplateResponse(
        request, template, {**data, "data": data, "json_url": json_url},
        status_code=status, headers=headers)


def _json_url(request: Request, path: str) -> str:
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return path + ("?" + urlencode(query) if query else "")


@router.get("/", summary="Home page")
@router.get("/index.json", include_in_schema=False)
async def home(request: Request) -> Response:
    data = await pagedata.home_data(runner(request))
    data["library"] = [{"name": q.name, "title": q.title} for q in _library()]
    return page(request, "home.html", data, json_url="/index.json",
                as_json=wants_json(request, request.url.path.endswith(".json")))


def _library() -> list[LibraryQuery]:
    try:
        return list_queries()
    except TiruError:
        return []


def _table(result: SelectResult) -> dict[str, Any]:
    rows = []
    for row in result.rows:
        rows.append({v: pagedata.term_json(row.get(v)) for v in result.variables})
    return {"variables": result.variables, "rows": rows, "truncated": result.truncated}


def _network_from_rows(variables: list[str], rows: list[dict[str, Node]]) -> dict[str, Any] | None:
    """Nodes and edges from the first two IRI columns of a SELECT, if it has two."""
    from rdflib import URIRef

    iri_columns = [v for v in variables
                   if rows and all(isinstance(r.get(v), URIRef) for r in rows if r.get(v))
                   and any(r.get(v) is not None for r in rows)]
    if len(iri_columns) < 2:
        return None
    a, b = iri_columns[:2]
    return _network_from_pairs([(r[a], None, r[b]) for r in rows if r.get(a) and r.get(b)])


def _network_from_pairs(triples: list[tuple[Node, Node | None, Node]]) -> dict[str, Any]:
    from rdflib import URIRef

    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for s, p, o in triples:
        if not (isinstance(s, URIRef) and isinstance(o, URIRef)):
            continue
        for n in (s, o):
            nodes.setdefault(str(n), {"id": str(n), "label": compact(n), "href": href(n)})
        edge = edges.setdefault((str(s), str(o)), {"from": str(s), "to": str(o), "visits": 0,
                                                   "labels": []})
        edge["visits"] += 1
        if p is not None:
            edge["labels"].append(compact(p))
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


@router.get("/query", summary="Query page")
@router.get("/query.json", include_in_schema=False)
async def query_page(request: Request) -> Response:
    """The editor with the library; runs ``?query=`` (or a library ``?name=`` with its
    ``param.<name>`` values) and shows the results."""
    params = request.query_params
    as_json = wants_json(request, request.url.path.endswith(".json"))
    library = _library()
    selected: LibraryQuery | None = None
    name = params.get("name")
    values = {k[len("param."):]: v for k, v in params.items() if k.startswith("param.") and v}
    query = params.get("query")
    error: str | None = None
    if name:
        try:
            selected = load_query(name)
        except TiruError as exc:
            raise NotFoundError(str(exc)) from None
        if query is None:
            try:
                query = render(selected, values) if (values or not selected.params
                                                      or all(p.default for p in selected.params)) \
                    else selected.text
            except TiruError as exc:
                error = str(exc)
                query = selected.text
    data: dict[str, Any] = {
        "query": query or "",
        "name": name,
        "library": [{"name": q.name, "title": q.title, "description": q.description}
                    for q in library],
        "selected": None if selected is None else {
            "name": selected.name, "title": selected.title, "description": selected.description,
            "params": [{"name": p.name, "kind": p.kind, "default": p.default,
                        "value": values.get(p.name, p.default or ""),
                        "description": p.description} for p in selected.params]},
        "result": None,
        "error": error,
        "links": None,
    }
    headers: dict[str, str] = {}
    error_status = 400
    run = params.get("run", "1" if params.get("query") else "0") == "1" or (
        selected is not None and error is None and params.get("run") != "0")
    if query and run and error is None:
        data["links"] = {
            "permalink": "/query?" + urlencode({"query": query}),
            "csv": "/sparql?" + urlencode({"query": query, "format": "csv"}),
            "json": "/sparql?" + urlencode({"query": query, "format": "json"}),
            "network": "/graph/query?" + urlencode({"query": query}),
        }
        try:
            form = check_query(request, query)
            if form in ("construct", "describe"):
                triples = await runner(request).triples(query)
                shown = triples[:PAGE_ROWS]
                data["result"] = {
                    "kind": "graph",
                    "variables": ["subject", "predicate", "object"],
                    "rows": [{"subject": pagedata.term_json(s), "predicate": pagedata.term_json(p),
                              "object": pagedata.term_json(o)} for s, p, o in shown],
                    "truncated": len(triples) > PAGE_ROWS,
                    "network": True,
                }
                data["links"]["csv"] = None
                data["links"]["json"] = "/sparql?" + urlencode({"query": query,
                                                                "format": "jsonld"})
            else:
                raw = await runner(request).call(
                    runner(request).store.query, query, timeout=runner(request).timeout,
                    limit=PAGE_ROWS)
                if isinstance(raw, bool):
                    data["result"] = {"kind": "ask", "boolean": raw}
                elif isinstance(raw, SelectResult):
                    data["result"] = {"kind": "select", **_table(raw),
                                      "network": _network_from_rows(raw.variables, raw.rows)
                                      is not None}
                headers[TRUNCATED_HEADER] = "true" if data["result"] and \
                    data["result"].get("truncated") else "false"
        except TiruError as exc:
            if as_json:
                raise
            # On the page the error shows next to the editor, with the query kept for fixing.
            data["error"] = str(exc)
            data["links"] = None
            error_status = status_for(exc)[0]
    status = error_status if data["error"] and not as_json else 200
    return page(request, "query.html", data, json_url=_json_url(request, "/query.json"),
                as_json=as_json, status=status, headers=headers)


_PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")


def _page_number(request: Request, name: str) -> int:
    """The page number in the query parameter ``name`` (1 when absent)."""
    raw = request.query_params.get(name)
    if raw is None:
        return 1
    if not _PAGE_NUMBER.fullmatch(raw):
        raise BadRequestError(f"{name} must be a page number from 1, not {raw[:40]!r}")
    return int(raw)


def _link_pages(request: Request, paging: dict[str, dict[str, Any]], params: dict[str, str]
                ) -> None:
    """Add the URLs of the previous and next page to each list's paging, keeping the other
    parameters of the request (the other list's page, ``format``)."""
    for key, name in params.items():
        info = paging[key]
        others = [(k, v) for k, v in request.query_params.multi_items() if k != name]
        for link, number in (("prev", info["page"] - 1), ("next", info["page"] + 1)):
            if 1 <= number <= info["pages"]:
                query = others + [(name, str(number))] if number > 1 else others
                info[link] = request.url.path + ("?" + urlencode(query) if query else "")
            else:
                info[link] = None


_KIND_TEMPLATES = {
    "Province": "group", "IslandGroup": "group", "Regency": "region", "City": "region",
    "Visit": "visit", "Program": "program", "CandidateProgram": "program",
    "Official": "person", "SourceArticle": "article",
}


@router.get("/id/{path:path}", summary="Linked Data page of a Tiru resource")
async def entity(request: Request, path: str) -> Response:
    """HTML for browsers, Turtle / N-Triples / JSON-LD / RDF/XML by ``Accept``, and a JSON
    twin at ``.json`` or ``?format=json``."""
    suffix_json = False
    forced: str | None
    for suffix, fmt in ((".json", "json"), (".ttl", "ttl"), (".jsonld", "jsonld"),
                        (".nt", "nt"), (".rdf", "rdfxml")):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            suffix_json = fmt == "json"
            forced = fmt
            break
    else:
        forced = request.query_params.get("format")
    iri = pagedata.safe_iri(str(TID) + path)
    if not path:
        raise NotFoundError("give a resource path, such as /id/region/64.09")
    if suffix_json or (forced or "").lower() == "json":
        # "json" on a page means its JSON twin; JSON-LD is "jsonld".
        forced = "application/json"
    media = choose(["text/html", *GRAPH_MEDIA, "application/json"], request.headers.get("accept"),
                   forced)
    r = runner(request)
    exists = await r.call(r.store.query,
                          f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}")
    if not exists:
        raise NotFoundError(f"nothing is known about <{iri}>")
    if media in GRAPH_MEDIA:
        construct = (
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ <{iri}> ?p ?o BIND(<{iri}> AS ?s) }} UNION "
            f"{{ <{iri}> <http://www.w3.org/ns/prov#qualifiedAssociation> ?s . ?s ?p ?o }} }}")
        outcome = await r.serialized(construct, media)
        return Response(outcome.body, media_type=f"{outcome.media_type}; charset=utf-8",
                        headers={"Vary": "Accept",
                                 TRUNCATED_HEADER: str(outcome.truncated).lower()})
    types = await pagedata.entity_types(r, iri)
    label = await pagedata.label_of(r, iri) or compact(iri)
    kinds = [t[len(str(TIRU)):] for t in types if t.startswith(str(TIRU))]
    kind = next((_KIND_TEMPLATES[k] for k in kinds if k in _KIND_TEMPLATES), "generic")
    data: dict[str, Any] = {
        "iri": iri, "label": label, "kind": kind,
        "types": [{"iri": t, "short": compact(t), "href": href(t)} for t in types],
        **await pagedata.entity_properties(r, iri),
        "formats": {name: f"/id/{path}.{ext}" for name, ext in
                    (("Turtle", "ttl"), ("JSON-LD", "jsonld"), ("N-Triples", "nt"),
                     ("RDF/XML", "rdf"), ("JSON", "json"))},
    }
    if kind == "region":
        data["region"] = await pagedata.region_data(
            r, iri, label, in_page=_page_number(request, "in_page"),
            out_page=_page_number(request, "out_page"))
        _link_pages(request, data["region"]["paging"], {"visits_in": "in_page",
                                                        "visits_out": "out_page"})
    elif kind == "visit":
        data["visit"] = await pagedata.visit_data(r, iri)
    elif kind == "program":
        data["program"] = await pagedata.program_data(r, iri,
                                                      page=_page_number(request, "page"))
        _link_pages(request, data["program"]["paging"], {"visits": "page"})
    elif kind == "person":
        data["person"] = await pagedata.person_data(r, iri)
    elif kind == "article":
        data["article"] = await pagedata.article_data(r, iri)
    elif kind == "group":
        data["group"] = await pagedata.group_data(r, iri)
    data["ego_json"] = script_json(data.get("region", {}).get("ego")) \
        if kind == "region" else None
    as_json = media == "application/json"
    if as_json:
        data.pop("ego_json", None)
    return page(request, f"entity_{kind}.html" if kind != "generic" else "entity.html", data,
                json_url=f"/id/{path}.json", as_json=as_json, headers={"Vary": "Accept"})
