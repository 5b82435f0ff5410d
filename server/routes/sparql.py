"""The SPARQL 1.1 Protocol endpoint at ``/sparql``.

Queries by GET, POST form and POST ``application/sparql-query``; updates by POST form or
``application/sparql-update`` with a bearer token only. Safety rules are checked before the
store sees anything: read-only by default, SERVICE only to allow-listed endpoints, a body cap,
a row cap (flagged in ``X-Tiru-Truncated``) and the store's time limit.
"""

from __future__ import annotations

import hmac
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from graph.vocab import GRAPHS, PREFIXES, TGRAPH
from server.backend import GRAPH_MEDIA, MEDIA_TO_FORMAT, SELECT_MEDIA, serialize
from server.errors import (
    BadRequestError,
    ForbiddenError,
    PayloadTooLargeError,
    UnsupportedMediaTypeError,
)
from server.negotiation import choose
from server.sparql_text import inspect_sparql
from server.state import runner, settings

__all__ = ["router", "read_body", "check_query", "TRUNCATED_HEADER"]

router = APIRouter(tags=["sparql"])

TRUNCATED_HEADER = "X-Tiru-Truncated"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")


async def read_body(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it passes ``TIRU_MAX_BODY``."""
    cap = settings(request).max_body
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise PayloadTooLargeError(f"request body larger than {cap} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise PayloadTooLargeError(f"request body larger than {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _authorized(request: Request) -> bool:
    token = settings(request).update_token
    if not token:
        return False
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip(), token)


def check_query(request: Request, text: str, *, update: bool = False) -> str:
    """Apply the endpoint's rules to SPARQL text; returns its form. Raises 403 for a refused
    update or SERVICE, 400 for an update where a query belongs and vice versa."""
    info = inspect_sparql(text)
    if info.is_update or update:
        if not settings(request).update_token:
            raise ForbiddenError("this endpoint is read-only: SPARQL Update is disabled")
        if not _authorized(request):
            raise ForbiddenError("SPARQL Update needs a valid bearer token")
        if not update:
            raise BadRequestError("an update goes in the 'update' parameter, not 'query'")
        if not info.is_update:
            raise BadRequestError("the 'update' parameter holds a query, not an update")
    allowed = set(settings(request).service_allowlist)
    if info.variable_service:
        raise ForbiddenError("SERVICE with a variable endpoint is not allowed")
    for endpoint in info.services:
        if endpoint not in allowed:
            raise ForbiddenError(
                f"SERVICE <{endpoint}> is not on this server's allow-list"
                + (f" (allowed: {', '.join(sorted(allowed))})" if allowed else "")
            )
    return info.form


def _text_media(media: str) -> str:
    # Textual formats travel with their charset so that browsers and clients decode UTF-8.
    if media.startswith("text/") or media.endswith("json") or media.endswith("xml") \
            or media == "application/n-triples":
        return f"{media}; charset=utf-8"
    return media


async def _run(
    request: Request,
    query: str,
    *,
    fmt: str | None,
    default_graphs: list[str],
    named_graphs: list[str],
    allow_html: bool,
) -> Response:
    if len(query.encode("utf-8")) > settings(request).max_body:
        raise PayloadTooLargeError(f"query larger than {settings(request).max_body} bytes")
    form = check_query(request, query)
    offers = list(GRAPH_MEDIA if form in ("construct", "describe") else SELECT_MEDIA)
    if allow_html:
        offers.append("text/html")
    media = choose(offers, request.headers.get("accept"), fmt)
    if media == "text/html":
        # A browser following a query link lands on the query page, which runs it.
        params = {"query": query}
        return RedirectResponse(f"/query?{urlencode(params)}", status_code=303)
    outcome = await runner(request).serialized(
        query, media, default_graph_uris=default_graphs or None,
        named_graph_uris=named_graphs or None,
    )
    return Response(
        outcome.body,
        media_type=_text_media(outcome.media_type),
        headers={TRUNCATED_HEADER: "true" if outcome.truncated else "false", "Vary": "Accept"},
    )


@router.get("/sparql", name="sparql", summary="SPARQL 1.1 query (GET) or Service Description")
async def sparql_get(request: Request) -> Response:
    """``?query=`` runs a query; without it a browser gets the query page and a client the
    SPARQL Service Description."""
    params = request.query_params
    if "update" in params:
        raise BadRequestError("SPARQL Update must be sent with POST")
    query = params.get("query")
    if query is None:
        media = choose(["text/turtle", "text/html", *GRAPH_MEDIA[1:]],
                       request.headers.get("accept"), params.get("format"))
        if media == "text/html":
            return RedirectResponse("/query", status_code=303)
        return await _service_description(request, media)
    return await _run(
        request, query, fmt=",".join(params.getlist("format")) or None,
        default_graphs=params.getlist("default-graph-uri"),
        named_graphs=params.getlist("named-graph-uri"), allow_html=True,
    )


@router.post("/sparql", summary="SPARQL 1.1 query or update (POST)")
async def sparql_post(request: Request) -> Response:
    """Form-encoded ``query=``/``update=``, or a raw ``application/sparql-query`` /
    ``application/sparql-update`` body."""
    body = await read_body(request)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    url_params = request.query_params
    if ctype == "application/x-www-form-urlencoded":
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise BadRequestError("the form body is not UTF-8") from None
        queries, updates = form.get("query", []), form.get("update", [])
        if len(queries) + len(updates) != 1:
            raise BadRequestError("send exactly one 'query' or one 'update' parameter")
        if updates:
            return await _update(request, updates[0])
        return await _run(
            request, queries[0],
            fmt=",".join(form.get("format") or url_params.getlist("format")) or None,
            default_graphs=form.get("default-graph-uri", []),
            named_graphs=form.get("named-graph-uri", []), allow_html=False,
        )
    if ctype in ("application/sparql-query", "application/sparql-update"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequestError("the body is not UTF-8") from None
        if ctype == "application/sparql-update":
            return await _update(request, text)
        return await _run(
            request, text, fmt=",".join(url_params.getlist("format")) or None,
            default_graphs=url_params.getlist("default-graph-uri"),
            named_graphs=url_params.getlist("named-graph-uri"), allow_html=False,
        )
    raise UnsupportedMediaTypeError(
        "POST a form (application/x-www-form-urlencoded), application/sparql-query or "
        "application/sparql-update"
    )


async def _update(request: Request, text: str) -> Response:
    check_query(request, text, update=True)
    await runner(request).update(text)
    return Response(status_code=204)


async def _service_description(request: Request, media: str) -> Response:
    """SPARQL 1.1 Service Description with a VoID triple count for every named graph."""
    counts = await runner(request).call(runner(request).store.counts)
    public = settings(request).public_url
    endpoint = URIRef(public.rstrip("/") + "/sparql" if public else str(request.url_for("sparql")))
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    service = BNode("service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, endpoint))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if settings(request).update_token:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    g.add((service, SD.feature, SD.BasicFederatedQuery))
    for fmt_iri in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                    "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        g.add((service, SD.resultFormat, URIRef(f"http://www.w3.org/ns/formats/{fmt_iri}")))
    dataset = BNode("dataset")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    default = BNode("default")
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, VOID.triples, Literal(sum(counts.values()), datatype=XSD.integer)))
    known = [str(TGRAPH[name]) for name in GRAPHS]
    for iri in known + sorted(set(counts) - set(known)):
        if iri not in counts:
            continue
        named = BNode(f"g{len(g)}")
        graph_node = BNode(f"d{len(g)}")
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(iri)))
        g.add((named, SD.graph, graph_node))
        g.add((graph_node, RDF.type, SD.Graph))
        g.add((graph_node, VOID.triples, Literal(counts[iri], datatype=XSD.integer)))
    outcome = serialize(list(g), MEDIA_TO_FORMAT[media], limit=len(g) + 1)
    return Response(outcome.body, media_type=_text_media(outcome.media_type),
                    headers={"Vary": "Accept"})
