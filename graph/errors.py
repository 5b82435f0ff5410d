"""The exception family of Tiru.

Every error a user can cause derives from :class:`TiruError`; the CLI and the server turn these
into readable messages and never show a traceback.
"""

from __future__ import annotations

__all__ = [
    "TiruError",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "StoreError",
    "DataError",
    "UnknownRegionError",
    "AmbiguousRegionError",
    "UnknownProgramError",
    "ValidationError",
    "InputError",
    "ExtractionError",
]


class TiruError(Exception):
    """Base class for every error that Tiru reports to a user."""


class QuerySyntaxError(TiruError):
    """A SPARQL query or update could not be parsed; the message is the parser's."""


class QueryTimeoutError(TiruError):
    """A query ran past its time limit and was stopped."""


class StoreError(TiruError):
    """The store could not be opened, read or written."""


class DataError(TiruError):
    """Input data (a curated file, RDF, a record) is malformed.

    ``path`` and ``line`` say where, when known.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")


class UnknownRegionError(TiruError):
    """A mention or code does not name any region in the gazetteer."""


class AmbiguousRegionError(TiruError):
    """A mention names more than one region (a bare "Bogor") and context does not decide."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        self.candidates = candidates or []
        super().__init__(message)


class UnknownProgramError(TiruError):
    """A name, notation, slug or IRI that is not a concept of the program scheme."""


class ValidationError(TiruError):
    """The data does not conform to the SHACL shapes."""


class InputError(TiruError):
    """An article or file cannot be read (binary, empty, too large, not Indonesian)."""


class ExtractionError(TiruError):
    """Reading an article failed inside Tiru (a defect, not the article's fault).

    Raised instead of the underlying exception so that one article never stops a run over a
    folder: the CLI reports it with the article's name and goes on, ``tiru ingest`` writes
    nothing of that article, and ``tiru evaluate`` scores it as read with no finds.
    """
