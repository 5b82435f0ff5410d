"""Helpers for the test-suite and benchmarks (real servers, not mocks)."""

__all__: list[str] = []
