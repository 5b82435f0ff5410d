"""The facts the reader finds in an article: visits, adoptions and their parts.

Plain data with evidence and offsets, filled by :mod:`graph.extraction` and written as
JSON by ``tiru extract`` and as RDF by :mod:`graph.ingest`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from graph.article import Article

__all__ = [
    "RegionRef",
    "Party",
    "ProgramRef",
    "OfficialRef",
    "Evidence",
    "Visit",
    "Adoption",
    "Extraction",
    "METHOD",
]

METHOD = "PatternExtraction"


@dataclass(frozen=True)
class RegionRef:
    """A resolved region mention in the article text."""

    start: int
    end: int
    code: str
    text: str
    unit: str | None = None
    decided: bool = True  # False when context, not the text itself, picked the region
    governed: bool = False  # named with a word of government: "Pemprov", "Provinsi", "DPRD"


@dataclass(frozen=True)
class Party:
    """A visitor or host of a visit: a region code, its label and an optional unit."""

    code: str
    label: str
    unit: str | None = None


@dataclass(frozen=True)
class ProgramRef:
    """A program of the vocabulary, or a candidate program found in the text."""

    id: str
    label: str
    notation: str | None
    alt_labels: tuple[str, ...] = ()
    candidate: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "notation": self.notation,
                "alt_labels": list(self.alt_labels)}


def _merged_candidates(refs: list[ProgramRef]) -> list[ProgramRef]:
    """One candidate program for a name told both bare and with its region: "Bela Beli" and
    "Bela Beli Kulon Progo" are one program, its longer name kept as an alternative label."""
    candidates = [r for r in refs if r.candidate]
    if len(candidates) < 2:
        return refs
    longer: dict[str, list[str]] = {}
    dropped: set[str] = set()
    for short in candidates:
        for long in candidates:
            if long is not short and long.label.startswith(short.label + " ") \
                    and long.id not in dropped and short.id not in dropped:
                longer.setdefault(short.id, []).append(long.label)
                dropped.add(long.id)
    return [replace(r, alt_labels=(*r.alt_labels, *longer[r.id])) if r.id in longer else r
            for r in refs if r.id not in dropped]


@dataclass
class OfficialRef:
    """An official taking part in a visit."""

    name: str
    title: str
    side: str
    region: str | None
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "side": self.side, "region": self.region}


@dataclass(frozen=True)
class Evidence:
    """A sentence supporting a fact, with offsets into the original text."""

    text: str
    start: int
    end: int
    confidence: float
    method: str = METHOD

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Visit:
    """A visit found in an article: learners (visitors) went to, or learned from, hosts."""

    visitors: list[Party]
    hosts: list[Party]
    start: str | None = None
    end: str | None = None
    programs: list[ProgramRef] = field(default_factory=list)
    officials: list[OfficialRef] = field(default_factory=list)
    recommended_by: list[str] = field(default_factory=list)
    delegation_size: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # Areas of work the visit was about that are no program (the vocabulary's themes: own-source
    # revenue, law-making ...), by their Indonesian label.
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.0
    sentence_ids: list[int] = field(default_factory=list)
    strong: bool = False

    @property
    def visitor_codes(self) -> list[str]:
        return [p.code for p in self.visitors]

    @property
    def host_codes(self) -> list[str]:
        return [p.code for p in self.hosts]

    def to_json(self) -> dict[str, Any]:
        # The contract's "start" and "end" are days ("YYYY-MM-DD") or null. A visit told only by
        # its month ("pada Maret 2025") has no day: its month goes into "period", an addition to
        # the contract, and into the graph (its first day, tiru:datePrecision month) on ingest.
        days = self.start is None or len(self.start) == 10
        return {
            "visitors": [{"code": p.code, "label": p.label, "unit": p.unit} for p in self.visitors],
            "hosts": [{"code": p.code, "label": p.label, "unit": p.unit} for p in self.hosts],
            "start": self.start if days else None,
            "end": self.end if days else None,
            "period": None if days else {"start": self.start, "end": self.end},
            "programs": [p.to_json() for p in self.programs],
            "topics": list(self.topics),
            "officials": [o.to_json() for o in self.officials],
            "recommended_by": list(self.recommended_by),
            "delegation_size": self.delegation_size,
            "evidence": [e.to_json() for e in self.evidence],
            "confidence": round(self.confidence, 2),
        }


@dataclass
class Adoption:
    """A region adopting a program (planned, under construction, launched, inaugurated ...)."""

    region: str
    program: ProgramRef
    status: str
    date: str | None
    evidence: list[Evidence]
    confidence: float
    learned_from: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "program": self.program.to_json(), "date": self.date,
                "status": self.status, "evidence": [e.to_json() for e in self.evidence]}


@dataclass
class Extraction:
    """What one article says: its source, visits and adoptions."""

    article: Article
    visits: list[Visit]
    adoptions: list[Adoption]

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "source": {"path": a.path, "url": a.url, "title": a.title,
                       "published": a.published.isoformat() if a.published else None},
            "visits": [v.to_json() for v in self.visits],
            "adoptions": [x.to_json() for x in self.adoptions],
        }
