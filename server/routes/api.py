"""The JSON API under ``/api``: regions, visits, programs and the network, with filters.

Documented by FastAPI's OpenAPI (``/openapi.json``); ``/api/docs`` renders that document as a
page of our own, because Swagger UI would load its code from a CDN.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from graph.measures import MEASURES
from graph.network import LEVELS
from server import pagedata
from server.errors import BadRequestError
from server.links import compact, href
from server.routes.graph import _build, network_view
from server.routes.pages import page
from server.state import runner

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^\d{2}(\.\d{2})?$")


class Region(BaseModel):
    iri: str
    href: str | None
    code: str | None
    label: str | None
    kind: str
    province: str | None
    island: str | None


class RegionRef(BaseModel):
    iri: str
    href: str | None
    label: str


class Source(BaseModel):
    iri: str
    href: str | None
    url: str | None = None
    title: str | None = None


class Visit(BaseModel):
    iri: str
    href: str | None
    date: str | None
    visitors: list[RegionRef]
    hosts: list[RegionRef]
    programs: list[RegionRef]
    sources: list[Source]


class Program(BaseModel):
    iri: str
    href: str | None
    notation: str | None
    label: str | None
    broader: str | None
    visits: int
    adoptions: int


class NetworkNode(BaseModel):
    id: str
    label: str
    href: str | None = None
    island: str | None = None
    kind: str | None = None
    measure_value: float | None = None


class NetworkEdge(BaseModel):
    source: str
    target: str
    visits: int
    dates: list[str]
    programs: list[str]
    sources: list[str]


class NetworkResponse(BaseModel):
    level: str
    measure: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


def _date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise BadRequestError(f"{name} must be a date YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@router.get("/regions", response_model=list[Region], summary="Provinces, regencies and cities")
async def regions(
    request: Request,
    province: str | None = Query(None, description="Kemendagri code of a province, e.g. 64"),
    kind: str | None = Query(None, pattern="^(province|regency|city)$"),
) -> list[dict[str, Any]]:
    if province and not _CODE.match(province):
        raise BadRequestError("province must be a code such as 64")
    filters = []
    if province:
        filters.append(f'?r tiru:province ?p . ?p tiru:kemendagriCode "{province}" .')
    if kind:
        filters.append(f"?r a tiru:{kind.capitalize()} .")
    rows = await runner(request).select(pagedata.P + f"""
        SELECT ?r ?code ?label ?type ?pcode ?island WHERE {{
          VALUES ?type {{ tiru:Province tiru:Regency tiru:City }}
          ?r a ?type . {" ".join(filters)}
          OPTIONAL {{ ?r tiru:kemendagriCode ?code }} OPTIONAL {{ ?r rdfs:label ?label }}
          OPTIONAL {{ ?r tiru:province/tiru:kemendagriCode ?pcode }}
          OPTIONAL {{ ?r tiru:islandGroup ?island }}
        }} ORDER BY ?code""")
    return [{"iri": str(r["r"]), "href": href(r["r"]), "code": _s(r, "code"),
             "label": _s(r, "label"), "kind": compact(r["type"]).split(":")[1].lower(),
             "province": _s(r, "pcode"),
             "island": str(r["island"]).rsplit("/", 1)[-1] if r.get("island") else None}
            for r in rows]


def _s(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    return None if value is None else str(value)


@router.get("/visits", response_model=list[Visit], summary="Visits, newest first")
async def visits(
    request: Request,
    program: str | None = Query(None, description="Program notation or slug, e.g. MPP"),
    since: str | None = Query(None, description="Earliest start date (inclusive)"),
    until: str | None = Query(None, description="Latest start date (inclusive)"),
    region: str | None = Query(None, description="Kemendagri code of a visitor or host"),
) -> list[dict[str, Any]]:
    since, until = _date(since, "since"), _date(until, "until")
    parts = []
    if program:
        if not re.match(r"^[A-Za-z0-9\-]+$", program):
            raise BadRequestError("program must be a notation or slug such as MPP")
        # The program or one below it (skos:broaderTransitive, materialised by the build).
        parts.append(f"""{{ ?v tiru:program ?p0 }}
            UNION {{ ?v tiru:program ?prog . ?prog skos:broaderTransitive ?p0 }}
            {{ ?p0 skos:notation ?n FILTER(LCASE(STR(?n)) = "{program.lower()}") }}
            UNION {{ ?p0 a tiru:Program
                     FILTER(STRENDS(STR(?p0), "/program/{program.lower()}")) }}""")
    if region:
        if not _CODE.match(region):
            raise BadRequestError("region must be a code such as 64.09")
        parts.append(f"?v tiru:visitor|tiru:host <{pagedata.TID_STR}region/{region}> .")
    if since or until:
        parts.append("?v schema:startDate ?d0 .")
        if since:
            parts.append(f'FILTER(STR(?d0) >= "{since}")')
        if until:
            # "2023" or "2023-05" include the whole year or month.
            parts.append(f'FILTER(SUBSTR(STR(?d0), 1, {len(until)}) <= "{until}")')
    return await pagedata._visits(runner(request), "\n".join(parts))  # noqa: SLF001


@router.get("/programs", response_model=list[Program],
            summary="Programs with visit and adoption counts")
async def programs(request: Request) -> list[dict[str, Any]]:
    rows = await runner(request).select(pagedata.P + """
        SELECT ?p ?n ?l ?b (COUNT(DISTINCT ?v) AS ?visits) (COUNT(DISTINCT ?a) AS ?adoptions)
        WHERE {
          ?p a tiru:Program .
          OPTIONAL { ?p skos:notation ?n } OPTIONAL { ?p skos:prefLabel ?l }
          OPTIONAL { ?p skos:broader ?b }
          OPTIONAL { ?v tiru:program ?p . ?v a tiru:Visit }
          OPTIONAL { ?a tiru:program ?p . ?a a tiru:Adoption }
        } GROUP BY ?p ?n ?l ?b ORDER BY ?n ?p""")
    return [{"iri": str(r["p"]), "href": href(r["p"]), "notation": _s(r, "n"),
             "label": _s(r, "l"), "broader": _s(r, "b"),
             "visits": int(r["visits"]), "adoptions": int(r["adoptions"])}  # type: ignore[call-overload]
            for r in rows]


@router.get("/network", response_model=NetworkResponse, summary="The learning network")
async def network(
    request: Request,
    level: str = Query("region", description=f"One of {', '.join(LEVELS)}"),
    program: str | None = Query(None, description="Program notation or slug"),
    since: int | None = Query(None, ge=1900, le=2100, description="First year"),
    until: int | None = Query(None, ge=1900, le=2100, description="Last year"),
    measure: str = Query("pagerank", description=f"One of {', '.join(MEASURES)}"),
    group: str | None = Query(None, description="Province code or island group slug"),
) -> dict[str, Any]:
    if level not in LEVELS:
        raise BadRequestError(f"level must be one of {', '.join(LEVELS)}")
    if measure not in MEASURES:
        raise BadRequestError(f"measure must be one of {', '.join(MEASURES)}")
    f = {"level": level, "program": program, "since": since, "until": until,
         "measure": measure, "group": group, "layer": "both"}
    r = runner(request)
    G, values = await r.call(_build, r.store, f)
    view = network_view(G, values, measure)
    return {
        "level": level, "measure": measure,
        "nodes": [{"id": n["id"], "label": n["label"], "href": n.get("href"),
                   "island": n.get("island"), "kind": n.get("kind"),
                   "measure_value": n.get("measure_value")} for n in view["nodes"]],
        "edges": [{"source": e["from"], "target": e["to"], "visits": e["visits"],
                   "dates": e["dates"], "programs": e["programs"], "sources": e["sources"]}
                  for e in view["edges"]],
    }


@router.get("/docs", include_in_schema=False)
async def docs(request: Request) -> Response:
    """The OpenAPI document as a readable page (no Swagger UI: it would need a CDN)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            operations.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "params": [{"name": p["name"], "in": p["in"],
                            "description": p.get("description", ""),
                            "required": p.get("required", False)}
                           for p in op.get("parameters", [])],
            })
    return page(request, "api_docs.html", {"operations": operations,
                                           "title": spec.get("info", {}).get("title", "")},
                json_url="/openapi.json", as_json=False)
