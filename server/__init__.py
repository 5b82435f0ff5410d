"""The Tiru HTTP server: SPARQL endpoint, query page, entity pages and network views."""
