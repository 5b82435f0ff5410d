"""Tiru: a knowledge graph of who learns from whom among Indonesia's regions."""

__version__ = "0.1.0"
