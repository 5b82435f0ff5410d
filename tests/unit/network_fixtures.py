"""Shared helpers for the network tests: a store holding the tiny Turtle fixtures."""

from __future__ import annotations

from pathlib import Path

from graph.store import Store, open_store

TTL = Path(__file__).resolve().parent.parent / "fixtures" / "ttl"
LAYERS = ("gazetteer", "vocabulary", "curated", "extracted")


def fixture_store(layers: tuple[str, ...] = LAYERS) -> Store:
    """An in-memory store with ``tests/fixtures/ttl/network_<layer>.ttl`` in each named graph."""
    store = open_store(":memory:")
    for layer in layers:
        store.load((TTL / f"network_{layer}.ttl").read_bytes(), "ttl", layer)
    return store
