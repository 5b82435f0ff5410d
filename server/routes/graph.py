"""Network views: ``/graph`` (the learning network drawn with pyvis and vis-network),
``/graph/diffusion`` (a month-by-month replay of one program's spread) and ``/graph/query``
(any CONSTRUCT, or a SELECT with two IRI columns, as a network).

pyvis assembles the nodes, edges and options; the page is our own template, which loads
vis-network from this server (pyvis's bundled copy) so that nothing is fetched from elsewhere.
Labels travel as JSON inside ``<script type="application/json">`` (see
:func:`server.links.script_json`) and tooltips are built as DOM text by ``static/network.js``,
so no label is ever parsed as HTML.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any

import networkx as nx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pyvis.edge import Edge
from pyvis.network import Network

from graph.measures import MEASURES, compute_measures
from graph.network import LEVELS, learning_network
from graph.store import SelectResult, Store
from server import pagedata
from server.errors import BadRequestError
from server.links import href, script_json
from server.routes.pages import _network_from_pairs, _network_from_rows, page, wants_json
from server.routes.sparql import check_query
from server.state import runner, view_cache

__all__ = ["router", "ISLAND_COLOURS", "network_view", "parse_filters"]

router = APIRouter(tags=["network"])

# One colour per island group (colour-blind-safe hues), grey for anything else.
ISLAND_COLOURS: dict[str, str] = {
    "sumatra": "#E69F00",
    "java": "#56B4E9",
    "kalimantan": "#009E73",
    "sulawesi": "#F0E442",
    "bali-nusa-tenggara": "#CC79A7",
    "maluku": "#D55E00",
    "papua": "#0072B2",
}
OTHER_COLOUR = "#999999"

# Physics settles with a bounded number of iterations, then network.js switches it off.
_OPTIONS: dict[str, Any] = {
    "layout": {"improvedLayout": False, "randomSeed": 7},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90,
                             "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
        "minVelocity": 1,
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "smooth": {"type": "continuous"}, "color": {"inherit": "from", "opacity": 0.6}},
    "nodes": {"shape": "dot", "font": {"size": 12}},
}


def parse_filters(request: Request) -> dict[str, Any]:
    """Filters of the network views from the query string, validated."""
    q = request.query_params
    level = q.get("level") or "region"
    if level not in LEVELS:
        raise BadRequestError(f"level must be one of {', '.join(LEVELS)}")
    measure = q.get("measure") or "pagerank"
    if measure not in MEASURES:
        raise BadRequestError(f"measure must be one of {', '.join(MEASURES)}")
    years: dict[str, int | None] = {}
    for key in ("since", "until"):
        value = (q.get(key) or "").strip()
        if value and not (value.isdigit() and len(value) == 4):
            raise BadRequestError(f"{key} must be a year such as 2021")
        years[key] = int(value) if value else None
    return {
        "program": (q.get("program") or "").strip() or None,
        "since": years["since"],
        "until": years["until"],
        "group": (q.get("group") or "").strip() or None,
        "level": level,
        "measure": measure,
        "layer": q.get("layer") or "both",
    }


def _slug(value: object) -> str:
    return str(value or "").rstrip("/").rsplit("/", 1)[-1]


def _build(store: Store, f: dict[str, Any]) -> tuple[nx.DiGraph, dict[str, float]]:
    """Runs in a worker thread: read the network, keep the group, size nodes by the measure."""
    G = learning_network(
        store, level=f["level"], program=f["program"],
        since=f"{f['since']}-01-01" if f["since"] else None,
        until=f"{f['until']}-12-31" if f["until"] else None,
        layer=f["layer"],
    )
    if f["group"]:
        group = f["group"]
        inside = {n for n, d in G.nodes(data=True)
                  if group in (str(d.get("province")), _slug(d.get("island")), str(n))}
        # Keep the flows in and out of the group, so its links to the rest stay visible.
        keep = set(inside)
        for u, v in G.edges():
            if u in inside or v in inside:
                keep.update((u, v))
        G = G.subgraph(keep).copy()
    values = compute_measures(G, [f["measure"]], seed=0).get(f["measure"], {}) if len(G) else {}
    return G, {str(k): float(v) for k, v in values.items()}


def network_view(G: nx.DiGraph, values: dict[str, float], measure: str) -> dict[str, Any]:
    """Nodes, edges and options for vis-network, assembled by pyvis."""
    net = Network(directed=True, cdn_resources="local")
    finite = [v for v in values.values() if math.isfinite(v)]
    lo, hi = (min(finite), max(finite)) if finite else (0.0, 0.0)
    for node, d in G.nodes(data=True):
        value = values.get(str(node), 0.0)
        scaled = 0.0 if hi == lo else (value - lo) / (hi - lo)
        island = _slug(d.get("island"))
        iri = str(d.get("iri") or "")
        net.add_node(
            str(node), label=str(d.get("label") or node), shape="dot",
            color=ISLAND_COLOURS.get(island, OTHER_COLOUR), size=8 + 32 * scaled,
            # Extra fields ride along in the DataSet; network.js builds the tooltip from them.
            href=href(iri) if iri else None, island=island, kind=d.get("kind"),
            measure=measure, measure_value=round(value, 6), code=str(node),
        )
    for u, v, d in G.edges(data=True):
        visits = int(d.get("visits", 1))
        sources = [s for s in d.get("sources", []) if str(s).startswith(("http://", "https://"))]
        # pyvis's own Edge, without Network.add_edge: that checks both ends against the list
        # of node ids, a linear scan per edge (a quarter second at 30,000 visits), and the ends
        # are nodes of G, added above.
        net.edges.append(Edge(
            str(u), str(v), net.directed, width=1 + 2 * math.log2(visits), visits=visits,
            dates=[x for x in d.get("dates", []) if x],
            programs=list(d.get("program_labels", [])), sources=sources[:20],
        ).options)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": _OPTIONS}


@dataclass
class _GraphView:
    """A computed ``/graph`` view and its two renderings, each made on first demand."""

    data: dict[str, Any]
    json_body: bytes | None = None
    network_json: str | None = None


def _graph_view(store: Store, f: dict[str, Any], timeout: float, max_rows: int) -> _GraphView:
    """Runs in a worker thread: everything ``/graph`` shows for the filters ``f``."""
    G, values = _build(store, f)
    data: dict[str, Any] = {
        "filters": f,
        "summary": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                    "visits": sum(int(d.get("visits", 1)) for _, _, d in G.edges(data=True))},
        "network": network_view(G, values, f["measure"]),
        "choices": {"levels": list(LEVELS), "measures": list(MEASURES),
                    **pagedata.network_choices(store, timeout=timeout, limit=max_rows)},
        "islands": ISLAND_COLOURS,
    }
    return _GraphView(data)


@router.get("/graph", summary="The learning network (HTML; JSON twin at /graph.json)")
@router.get("/graph.json", include_in_schema=False)
async def graph_page(request: Request) -> Response:
    f = parse_filters(request)
    r = runner(request)
    # The same filters on the same data give the same view: computed once, then served from
    # the cache until a write changes the store's data version (see server.state.ViewCache).
    key = ("graph", tuple(sorted(f.items())))
    view = await r.call(view_cache(request).get_or_compute, key, r.store.data_version(),
                        functools.partial(_graph_view, r.store, f, r.timeout, r.max_rows))
    as_json = wants_json(request, request.url.path.endswith(".json"))
    if as_json:
        if view.json_body is None:
            # Rendered as page() would (JSONResponse), once per view rather than per request.
            view.json_body = bytes(JSONResponse(view.data).body)
        return Response(view.json_body, media_type="application/json")
    if view.network_json is None:
        view.network_json = script_json(view.data["network"])
    query = request.url.query
    return page(request, "graph.html", {**view.data, "network_json": view.network_json},
                json_url="/graph.json" + (f"?{query}" if query else ""), as_json=False)


@router.get("/graph/diffusion", summary="Month-by-month replay of a program's diffusion")
async def diffusion_page(request: Request) -> Response:
    program = (request.query_params.get("program") or "").strip()
    if not program:
        raise BadRequestError("give a program, such as ?program=MPP")
    events = await pagedata.diffusion_events(runner(request), program)
    as_json = wants_json(request)
    data: dict[str, Any] = {"program": events["program"], "events": events}
    if not as_json:
        data["events_json"] = script_json(events)
    return page(request, "diffusion.html", data,
                json_url=f"/graph/diffusion?program={program}&format=json", as_json=as_json)


@router.get("/graph/query", summary="A query's result drawn as a network")
async def query_network(request: Request) -> Response:
    query = request.query_params.get("query")
    if not query:
        raise BadRequestError("give a query: a CONSTRUCT, or a SELECT with two IRI columns")
    form = check_query(request, query)
    r = runner(request)
    view: dict[str, Any] | None
    if form in ("construct", "describe"):
        view = _network_from_pairs([(s, p, o) for s, p, o in await r.triples(query)])
    else:
        raw = await r.call(r.store.query, query, timeout=r.timeout, limit=r.max_rows)
        if not isinstance(raw, SelectResult):
            raise BadRequestError("an ASK query has no network to show")
        view = _network_from_rows(raw.variables, raw.rows)
        if view is None:
            raise BadRequestError("the SELECT needs two columns of IRIs to draw a network")
    assert view is not None
    network = {
        "nodes": [{"id": n["id"], "label": n["label"], "href": n["href"], "shape": "dot",
                   "size": 10, "color": OTHER_COLOUR} for n in view["nodes"]],
        "edges": [{"from": e["from"], "to": e["to"], "visits": e["visits"],
                   "programs": e.get("labels", []), "width": 1 + math.log2(e["visits"])}
                  for e in view["edges"]],
        "options": _OPTIONS,
    }
    as_json = wants_json(request)
    data: dict[str, Any] = {"query": query, "network": network,
                            "summary": {"nodes": len(network["nodes"]),
                                        "edges": len(network["edges"])}}
    if not as_json:
        data["network_json"] = script_json(network)
    return page(request, "graph_query.html", data, json_url=str(request.url.include_query_params(
        format="json")), as_json=as_json)
