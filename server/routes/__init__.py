"""HTTP routes, one module per concern; :data:`ROUTERS` is the routes table the app mounts."""

from __future__ import annotations

__all__ = ["ROUTERS"]

from fastapi import APIRouter

from server.routes import api, graph, pages, sparql

# Order matters only for overlapping paths; none overlap.
ROUTERS: list[APIRouter] = [sparql.router, pages.router, api.router, graph.router]
