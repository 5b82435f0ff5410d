# ruff: noqa: E501  (the curator's table below is data: one record a line)
"""One-off, reproducible conversion of ``../shared/data`` into Tiru's curated files in ``data/``.

Run from the repository root by a developer who has the shared material beside the checkout::

    .venv/bin/python data/convert_shared.py [--shared ../shared]

It reads ``real_visits.jsonl``, ``real_adoptions.jsonl`` and the seeds' gold files and writes
``visits.csv``, ``visit_sources.csv``, ``adoptions.csv`` and ``rejects.csv``. Tiru itself (the
build, the tests) reads only those CSV files and never needs ``../shared``.

Only facts are carried over: region codes (always looked up in the gazetteer, never typed),
dates, names and titles of officials, short topic keywords, URLs, publishers and publication
dates. The shared files' prose fields ("evidence", "notes", "direction_cue") are not copied; the
``note`` column holds short remarks written for this conversion.

The table :data:`PARTIES` below is the curator's reading of each record: which region (by its
official name, resolved through :mod:`graph.gazetteer`) and which unit stands on each side.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.vocab import slugify  # noqa: E402

__all__ = ["main", "convert"]

DATA = ROOT / "data"

# --- the curator's reading of every record -------------------------------------------------
# record id -> "visitor names | visitor units | host names | host units | delegation"
# Names are official region names (resolved by the gazetteer); several are joined with ";".
# Units are the organisational unit of the single region on that side (DPRD, an agency, a
# village: a village is its regency or city with the village as the unit).
PARTIES_TEXT = """
R001 | Kabupaten Musi Rawas Utara | | Kota Batu | | executive
R002 | Kota Palopo | | Kota Batu | | executive
R003 | Kota Palopo | | Kota Batu | | executive
R004 | Kota Tegal | | Kabupaten Bantul | | executive
R005 | Kota Cirebon | DPRD | Kabupaten Bantul | | legislative
R006 | Kabupaten Lampung Utara | | Kabupaten Bantul | | executive
R007 | Kota Banjarmasin | DPRD | Kota Bogor | | legislative
R009 | Kabupaten Boyolali | | Kabupaten Banyuwangi | | executive
R010 | Kabupaten Pemalang | | Kabupaten Banyuwangi | | executive
R011 | Kabupaten Pemalang | | Kabupaten Banyuwangi | | executive
R012 | Provinsi Sumatera Barat | | Kabupaten Banyuwangi | | executive
R013 | Provinsi Sumatera Barat | | Kabupaten Banyuwangi | | executive
R014 | Kabupaten Pandeglang | | Kabupaten Banyuwangi | | executive
R015 | Kabupaten Barito Kuala | | Kabupaten Banyuwangi | | executive
R016 | Kabupaten Enrekang | | Kabupaten Banyuwangi | | executive
R017 | Kota Palangka Raya | | Kabupaten Banyuwangi | | executive
R018 | Kota Bontang | | Kabupaten Banyuwangi | | executive
R019 | Kabupaten Biak Numfor | | Kabupaten Banyuwangi | | executive
R020 | Kabupaten Seruyan | | Kabupaten Banyuwangi | | executive
R021 | Kabupaten Seruyan | | Kabupaten Banyuwangi | | executive
R022 | Kabupaten Siak | | Kabupaten Sumedang | | village
R023 | Kabupaten Nganjuk | | Kabupaten Probolinggo | | executive
R024 | Kabupaten Kotawaringin Barat | | Kota Padang | | executive
R025 | Kabupaten Minahasa Tenggara | | Kabupaten Malang | | executive
R026 | Kota Banjarmasin | Kecamatan Banjarmasin Selatan | Kota Malang | Kecamatan Lowokwaru | executive
R027 | Kabupaten Kapuas | | Kabupaten Tanah Bumbu | Desa Mekar Jaya | executive
R028 | Kabupaten Tulungagung | | Kota Banjarbaru | | executive
R029 | Kota Semarang | | Kota Banjarmasin | | executive
R030 | Kabupaten Pekalongan | | Kota Balikpapan | | executive
R031 | Kabupaten Tanah Bumbu | | Kabupaten Banyuwangi | | executive
R032 | Kabupaten Bulungan | | Kota Makassar | | executive
R033 | Kabupaten Morowali Utara | | Kabupaten Sumedang | | executive
R034 | Kabupaten Kepulauan Selayar | | Kota Parepare | | executive
R035 | Kota Palopo | | Kabupaten Banggai | | executive
R037 | Provinsi Jawa Tengah | | Provinsi Kalimantan Timur | | executive
R038 | Kabupaten Pesawaran | | Kabupaten Malang | | executive
R040 | Kabupaten Bangka Barat | DPRD | Provinsi DKI Jakarta | DPRD | legislative
R041 | Kota Pasuruan | DPRD | Provinsi DKI Jakarta | DPRD | legislative
R042 | Kabupaten Badung | DPRD | Kota Palangka Raya | DPRD | legislative
R043 | Kota Banjarbaru | DPRD | Kota Palangka Raya | DPRD | legislative
R044 | Kota Padang | DPRD | Kota Palangka Raya | | legislative
R045 | Kabupaten Bandung | | Kabupaten Sumedang | | executive
R046 | Kabupaten Majalengka | | Kabupaten Sumedang | | executive
R047 | Kabupaten Majalengka | | Kabupaten Sumedang | | executive
R048 | Kabupaten Blora | | Kabupaten Sumedang | | executive
R049 | Kabupaten Kuningan | Diskominfo | Kabupaten Sumedang | Diskominfosanditik | executive
R051 | Kabupaten Subang | | Kabupaten Badung | Desa Kutuh | village
R052 | Kota Balikpapan | DPRD | Kota Banda Aceh | | legislative
R054 | Kota Metro | | Kota Surabaya | | executive
R055 | Kota Batu | | Kota Surabaya | | executive
R056 | Kabupaten Tapin | Desa Puncak Harapan | Kabupaten Balangan | Desa Balida | village
R057 | Kabupaten Agam | | Kabupaten Banyuasin | | executive
R058 | Kabupaten Ogan Ilir | | Kabupaten Sumedang | | executive
R059 | Kabupaten Ogan Ilir | | Kabupaten Sumedang | | executive
R060 | Kabupaten Lampung Selatan | TP PKK | Kabupaten Sumedang | | executive
R061 | Kabupaten Lampung Selatan | | Kabupaten Sumedang | | executive
R062 | Kabupaten Konawe Selatan | TP PKK | Kota Denpasar | | executive
R063 | Kota Sungai Penuh | | Kabupaten Merangin | | executive
R064 | Kota Sungai Penuh | | Kabupaten Tanjung Jabung Barat | | executive
R065 | Kota Pasuruan | | Kabupaten Manggarai Timur | | executive
R066 | Kota Pasuruan | | Kabupaten Manggarai Barat | | executive
R067 | Kota Kotamobagu | | Kota Mataram | Kelurahan Banjar | village
R068 | Kota Kotamobagu | | Kabupaten Lombok Barat | Desa Lingsar | village
R069 | Kabupaten Malaka | DPRD | Kota Batam | | legislative
R070 | Kabupaten Malaka | DPRD | Kota Depok | | legislative
R071 | Kabupaten Bangka | | Kabupaten Manggarai Barat | | executive
R072 | Kabupaten Manggarai Timur | DPRD | Kabupaten Bantul | | legislative
R073 | Kabupaten Bolaang Mongondow Selatan | Sekretariat Daerah | Kabupaten Gorontalo | | executive
R074 | Kabupaten Pohuwato | | Kota Gorontalo | | executive
R075 | Kabupaten Paser | | Kabupaten Badung | DPMPTSP | executive
R076 | Kabupaten Temanggung | DPRD | Kota Kediri | DPMPTSP | legislative
R077 | Kabupaten Tanah Laut | | Kota Batu | DPMPTSP | executive
R078 | Provinsi Jawa Tengah | | Provinsi Kalimantan Barat | | executive
R079 | Kabupaten Halmahera Timur | | Kabupaten Semarang | | executive
R080 | Provinsi Maluku | | Kabupaten Buru | | executive
R081 | Kabupaten Biak Numfor | | Kabupaten Jembrana | | executive
R082 | Kabupaten Seram Bagian Timur | Bagian Humas dan Protokol | Kabupaten Bantaeng | | executive
R083 | Kabupaten Pasangkayu | | Kabupaten Malang | Desa Pujon Kidul | village
R084 | Kabupaten Way Kanan | | Kabupaten Malang | Desa Pujon Kidul | village
R085 | Kabupaten Magetan | Desa Pacalan | Kota Batu | Desa Bulukerto | village
R086 | Kabupaten Sidoarjo | Desa Kebaron | Kabupaten Malang | Desa Pujon Kidul | village
R087 | Kabupaten Rembang | | Kabupaten Malang | Desa Pujon Kidul | executive
R088 | Provinsi Kalimantan Selatan | DPRD | Kabupaten Malang | Desa Pujon Kidul | legislative
R089 | Kota Bitung | | Kabupaten Badung | | executive
R090 | Kabupaten Bekasi | | Kota Manado | | executive
R091 | Kabupaten Minahasa | | Provinsi DKI Jakarta | | executive
R092 | Kabupaten Minahasa | | Kota Semarang | | executive
R093 | Kabupaten Mimika | DPRD | Kota Manado | | legislative
R094 | Kota Pangkalpinang | | Kota Manado | | executive
R095 | Kabupaten Gianyar | DPRD | Kota Batam | DPRD | legislative
R096 | Kabupaten Serdang Bedagai | DPRD | Kota Batam | DPRD | legislative
R097 | Provinsi Jawa Timur | | Kabupaten Bintan | | executive
R098 | Kabupaten Bengkalis | | Kabupaten Bintan | | executive
R099 | Kabupaten Labuhanbatu Utara | | Kabupaten Bintan | | executive
R100 | Kota Pangkalpinang | Bagian Humas | Kota Batam | | executive
R101 | Kabupaten Balangan | | Kabupaten Penajam Paser Utara | | executive
R102 | Kabupaten Tanah Bumbu | | Kabupaten Penajam Paser Utara | | executive
R103 | Kabupaten Pulang Pisau | | Kabupaten Penajam Paser Utara | | executive
R104 | Kota Denpasar | Desa Dangin Puri Kauh | Kabupaten Kutai Kartanegara | Desa Loa Duri Ilir | village
R105 | Kota Denpasar | Desa Dangin Puri Kauh | Kabupaten Kutai Kartanegara | Desa Loa Duri Ilir | village
R106 | Kabupaten Sorong | Dinas Pendapatan Daerah | Kabupaten Balangan | | executive
R107 | Kota Palangka Raya | | Kabupaten Badung | | executive
R108 | Kota Palangka Raya | | Kabupaten Badung | | executive
R109 | Kabupaten Demak | Desa Sumberejo | Kabupaten Semarang | Desa Banyubiru | village
R110 | Kabupaten Bojonegoro | DPRD | Kabupaten Lombok Barat | | legislative
R111 | Kabupaten Tangerang | DPRD | Kabupaten Lombok Barat | | legislative
R112 | Kabupaten Karangasem | | Kabupaten Lombok Barat | | executive
R113 | Kabupaten Lombok Tengah | | Kota Malang | | executive
R114 | Kabupaten Lembata | | Kabupaten Badung | | executive
R115 | Kabupaten Teluk Bintuni | | Kota Denpasar | | executive
R116 | Kota Mojokerto | | Kabupaten Raja Ampat | | executive
R117 | Kota Jayapura | | Kota Surabaya | | executive
R118 | Provinsi Lampung | | Provinsi Jawa Timur | | executive
R119 | Provinsi Lampung | | Provinsi Jawa Timur | Sekretariat Daerah | executive
R120 | Kabupaten Lampung Timur | | Provinsi Jawa Timur | | executive
R121 | Kabupaten Kulon Progo | | Kabupaten Kebumen | | executive
R123 | Kabupaten Madiun | | Kabupaten Kulon Progo | | executive
R124 | Kabupaten Kebumen | Badan Pengelola Pendapatan Daerah | Kabupaten Trenggalek | | executive
R126 | Kabupaten Dharmasraya | | Kabupaten Malang | Desa Ngroto; Desa Bendosari | village
R127 | Kabupaten Bungo | | Kota Semarang | | village
R128 | Kabupaten Siak | | Kabupaten Tabanan | | executive
R129 | Kabupaten Siak | | Kabupaten Badung | | executive
R130 | Kabupaten Padang Pariaman | | Kabupaten Serang | | executive
R131 | Kota Sungai Penuh | | Kabupaten Agam | Nagari Panampuang | village
R132 | Provinsi Sumatera Barat | DPRD | Provinsi Kalimantan Timur | DPRD | legislative
R134 | Kabupaten Ngawi | Dinas Perpustakaan dan Kearsipan | Provinsi Daerah Istimewa Yogyakarta | Dinas Perpustakaan dan Arsip Daerah | executive
R135 | Kabupaten Jombang | | Kota Malang | | executive
R136 | Kabupaten Trenggalek | Dinas Pemberdayaan Masyarakat dan Desa | Kota Denpasar | | executive
R137 | Kabupaten Trenggalek | Dinas Pemberdayaan Masyarakat dan Desa | Kota Denpasar | Dinas Perindustrian dan Perdagangan | executive
R138 | Kota Yogyakarta | Bappeda; DPRD | Kota Denpasar | | legislative
R139 | Kota Yogyakarta | Bappeda; DPRD | Kota Denpasar | | legislative
R140 | Kota Palembang | | Kota Denpasar | Dinas Perindustrian dan Perdagangan | executive
R141 | Kota Palembang | | Kota Denpasar | | executive
R143 | Kabupaten Malang | DPRD | Kota Semarang | Dinas Kesehatan | legislative
R144 | Kabupaten Karawang | | Kabupaten Banyuwangi | | executive
R145 | Kabupaten Tulang Bawang | | Kabupaten Banyuwangi | | executive
R146 | Kabupaten Tanjung Jabung Timur | | Kabupaten Banyuwangi | | executive
R147 | Kabupaten Badung | DPRD | Provinsi DKI Jakarta | DPRD | legislative
R148 | Kota Semarang | | Kabupaten Lombok Barat | | executive
R149 | Kota Banjarmasin | DPRD | Kota Balikpapan; Kota Samarinda | | legislative
R150 | Kota Banjarmasin | DPRD | Kota Surabaya; Kota Balikpapan | | legislative
R152 | Kota Pangkalpinang | | Kota Tomohon | | executive
R153 | Kabupaten Serdang Bedagai | DPRD | Kabupaten Langkat | Bagian Organisasi | legislative
R154 | Kabupaten Bener Meriah | | Kota Medan | | executive
R155 | Kabupaten Pringsewu | | Kota Medan | | executive
R157 | Kabupaten Kudus | DPRD | Kota Medan | | legislative
R159 | Kota Depok | | Kota Medan | | executive
R160 | Kota Kendari | | Kabupaten Bangli | Desa Penglipuran | executive
R161 | Kota Kendari | | Kabupaten Bangli | Desa Penglipuran | executive
R162 | Kota Kendari | | Kabupaten Badung | | executive
R163 | Kota Magelang | | Kota Kendari | | executive
R164 | Kabupaten Seram Bagian Barat | DPRD | Kota Kendari | | legislative
R165 | Provinsi Jawa Tengah | Biro Pemerintahan, Otonomi Daerah dan Kerja Sama | Provinsi Sulawesi Tenggara | Biro Kerja Sama dan Komunikasi Publik | executive
R166 | Kota Sukabumi | Bappeda | Kota Baubau | Bappeda | executive
"""

# Records left out, with the reason (written for this dataset).
REJECTS: dict[str, str] = {
    "E007": "host is an island (Lombok), not a region; no government body named",
    "E032": "visitor is a central body (DPR RI secretariat), not a region",
    "E035": "visitor is a training cohort of a central agency (LAN), not one region",
    "E045": "host is an area (Dieng) spanning two regencies; the village is not named",
    "E048": "'Pekalongan' names both a regency and a city; the source does not say which",
    "E112": "visitor is a central ministry training unit (Kemenristekdikti), not a region",
    "E115": "announced in future tense: planned, not a visit",
    "E123": "host named only as 'Bandung' (city or regency?); no government body",
    "E129": "announced in future tense: planned, not a visit",
    "E138": "host named only as an island/province nickname (Bali); no government body",
    "E143": "private trip to sites in both Semarang city and regency; host not resolvable",
    "E145": "visitor is a central ministry training unit (PPSDM Kemendagri), not a region",
}

# Event-level corrections and remarks, in our own words.
EVENT_EXTRA: dict[str, dict[str, str]] = {
    "E017": {"end": "2026-02-11"},
    "E018": {"end": "2024-05-18", "delegation_size": "122",
             "note": "village secretaries in a regency-led group"},
    "E022": {"note": "sub-district (kecamatan) heads on both sides"},
    "E023": {"end": "2017-02-12", "note": "learning site is a village of the host regency"},
    "E040": {"end": "2022-05-26"},
    "E046": {"delegation_size": "120", "note": "date is the departure day"},
    "E053": {"start": "2023-03-13", "end": "2023-03-14",
             "note": "the two sources give different days (13 and 14 March)"},
    "E055": {"end": "2023-09-29", "note": "PKK-led delegation"},
    "E060": {"note": "same trip as E061"},
    "E077": {"delegation_size": "112"},
    "E080": {"end": "2018-11-17"},
    "E097": {"start": "2025-11-04", "end": "2025-11-05",
             "note": "sources differ by one day; learning site is a village of the host"},
    "E108": {"note": "the model city's officials travelled to the learner"},
    "E117": {"note": "source is internally inconsistent about the organiser"},
    "E136": {"note": "one commission, two host cities"},
    "E137": {"note": "one commission, two host cities"},
    "E147": {"start": "2025-10-21",
             "note": "one outlet names Denpasar; the city's itinerary names Bangli (kept)"},
}

# The seeds' visits and adoptions (gold files plus the facts their texts state).
SEED_SOURCES: dict[str, dict[str, str]] = {
    "seed001": {"publisher": "Sorotonline.com", "published": "", "title": ""},
    "seed002": {"publisher": "", "published": "2019-10-09",
                "title": "Bupati Seruyan-Kalimantan Tengah Bawa 30 Pejabat Terasnya Belajar "
                         "Berbagai Inovasi Banyuwangi"},
    "seed003": {"publisher": "SuaraKaltim.id", "published": "2025-10-27",
                "title": "Sambut IKN, Pemkab PPU Tata Layanan Publik agar Lebih Terpadu dan "
                         "Responsif"},
    "seed004": {"publisher": "", "published": "", "title": ""},
}
SEED_VISITS: list[dict[str, str]] = [
    # Seruyan -> Banyuwangi, 2019: not in real_visits.jsonl (E017 is a later trip).
    {"event_id": "S002", "seed": "seed002", "visitors": "Kabupaten Seruyan",
     "hosts": "Kabupaten Banyuwangi", "start": "2019-10-09", "end": "2019-10-10",
     "delegation": "executive", "programs": "SAKIP;MPP", "topics": "pariwisata;pelayanan publik",
     "delegation_size": "30",
     "officials": "Yulhaidir|Bupati Seruyan|visitor||lead; "
                  "Abdullah Azwar Anas|Bupati Banyuwangi|host||receiver",
     "note": "seed article; the visitor cites a central-government recommendation"},
    # PPU -> Kutai Kartanegara, 2025-06-19.
    {"event_id": "S004", "seed": "seed004", "visitors": "Kabupaten Penajam Paser Utara",
     "hosts": "Kabupaten Kutai Kartanegara", "start": "2025-06-19", "end": "2025-06-19",
     "delegation": "executive", "programs": "MPP", "topics": "",
     "host_units": "DPMPTSP",
     "officials": "Fahmi|Kepala Bagian Organisasi dan Tata Laksana|visitor||lead; "
                  "Ahyani Fadianur Diani|Asisten Perekonomian dan Pembangunan|host||receiver; "
                  "Sri Ridayani|Sekretaris DPMPTSP|host||member",
     "note": "seed article"},
]
# Seeds that report a visit already in real_visits.jsonl: an extra source for that event.
SEED_EXTRA_SOURCE = {"seed001": "E068"}
# Facts the seed texts add to an existing event (roles and programs from the seed's gold).
SEED_EVENT_FACTS: dict[str, dict[str, str]] = {
    "E094": {"programs": "SAKIP;MCP;WTP"},
    "E068": {"programs": "MPP"},
}
# Delegation leads that the seed texts name for events of real_visits.jsonl.
EVENT_LEADS: dict[str, tuple[str, ...]] = {"E094": ("Hasmiati",), "E068": ("Fahmi Fadli",)}
SEED_ADOPTIONS: list[dict[str, str]] = [
    {"seed": "seed003", "region": "Kabupaten Penajam Paser Utara", "program": "SIPPN",
     "status": "integrated", "date": "2025-10", "note": "seed: integration under way"},
    {"seed": "seed004", "region": "Kabupaten Kutai Kartanegara", "program": "MPP",
     "status": "inaugurated", "date": "2022-12", "inaugurated_by": "Bupati Edi Damansyah",
     "note": "seed: stated in passing"},
    {"seed": "seed004", "region": "Kabupaten Penajam Paser Utara", "program": "MPP",
     "status": "planned", "date": "", "note": "seed: MPP being prepared at the time of the visit"},
]

# Adoption program names in real_adoptions.jsonl -> notation or slug in ontology/programs.ttl.
ADOPTION_PROGRAMS = {
    "Mal Pelayanan Publik": "MPP",
    "MPP Digital": "mpp-digital",
    "Mini Mal Pelayanan Publik": "mpp",
    "Pasar Pelayanan Publik": "pasar-pelayanan-publik",
    "Layanan Publik Akhir Pekan (MPP)": "mpp",
}
# Names in the shared files that differ from the official name the gazetteer knows.
NAME_FIXES: dict[str, str] = {
    "Kabupaten Pangkajene dan Kepulauan": "Kabupaten Pangkajene Kepulauan",
}
# learned_from values that are not Indonesian regions (kept as a note only).
FOREIGN_MODELS = ("azerbaijan", "georgia", "asan")

@dataclass
class Resolver:
    """Official region names -> codes through the project's gazetteer."""

    gaz: Any = None
    cache: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from graph.gazetteer import load_gazetteer

        self.gaz = load_gazetteer()

    def code(self, name: str) -> str:
        name = NAME_FIXES.get(name, name)
        if name not in self.cache:
            self.cache[name] = self.gaz.resolve(name).code
        return self.cache[name]

    def label(self, code: str) -> str:
        return str(self.gaz.get(code).label)


def _clean_name(name: str) -> str:
    """Drop honorifics and degrees the way the extractor does (one person, one IRI)."""
    from graph.curated import normalise_person_name

    return normalise_person_name(name)


def _clean_title(title: str | None) -> str:
    if not title:
        return ""
    # Parenthesised remarks in the shared titles are commentary, not the title as written.
    return re.sub(r"\s*\(.*?\)", "", title).replace("|", "/").replace(";", ",").strip()


def _precision(date: str) -> int:
    return len(date or "")


def _programs_and_topics(topics: Iterable[str], scheme: Any) -> tuple[list[str], list[str]]:
    programs: list[str] = []
    rest: list[str] = []
    for topic in topics:
        found = scheme.find(topic) if scheme is not None else []
        for _s, _e, program in found:
            if program.slug not in programs:
                programs.append(program.slug)
        key = topic.strip()
        if key and not found and key not in rest:
            rest.append(key)
    return programs, rest


def _load_scheme() -> Any:
    try:
        from graph.programs import load_programs
    except ImportError:  # the ontology helper's module has not landed yet
        return None
    return load_programs()


def _parties() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in PARTIES_TEXT.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split(";") if c.strip()]


def _file_sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def convert(shared: Path, out: Path = DATA) -> dict[str, int]:
    """Convert the shared JSONL files and seeds into the curated CSV files in ``out``."""
    res = Resolver()
    scheme = _load_scheme()
    parties = _parties()
    records = [json.loads(line) for line in (shared / "data/real_visits.jsonl").open()]
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_event[rec["event_id"]].append(rec)

    visits: list[dict[str, str]] = []
    sources: list[dict[str, str]] = []
    rejects: list[dict[str, str]] = []
    for event_id, recs in by_event.items():
        if event_id in REJECTS or any(r["tense"] == "planned" for r in recs):
            reason = REJECTS.get(event_id, "announced in future tense: planned, not a visit")
            for r in recs:
                rejects.append({"file": "real_visits.jsonl", "record_id": r["record_id"],
                                "event_id": event_id, "reason": reason})
            continue
        readings = [parties[r["record_id"]] for r in recs]
        # The first record's reading stands for the event; every record must agree on regions.
        v_names, v_units, h_names, h_units, delegation = readings[0]
        for other in readings[1:]:
            if (other[0], other[2]) != (v_names, h_names):
                raise SystemExit(f"{event_id}: records disagree on the parties: {readings}")
            v_units = v_units or other[1]
            h_units = h_units or other[3]
        visitors = [res.code(n) for n in _split(v_names)]
        hosts = [res.code(n) for n in _split(h_names)]
        dates = sorted({r["visit_date"] for r in recs if r["visit_date"]},
                       key=lambda d: (-_precision(d), d))
        start = dates[0] if dates else ""
        extra = EVENT_EXTRA.get(event_id, {})
        start = extra.get("start", start)
        end = extra.get("end", start if _precision(start) == 10 else "")
        topics = [t for r in recs for t in r["topics"]]
        programs, rest = _programs_and_topics(topics, scheme)
        for p in _split(SEED_EVENT_FACTS.get(event_id, {}).get("programs", "")):
            slug = scheme.get(p).slug if scheme is not None else slugify(p)
            if slug not in programs:
                programs.append(slug)
        officials: list[str] = []
        seen: set[tuple[str, str]] = set()
        for r in recs:
            for o in r["officials"]:
                if not o.get("name"):
                    continue
                name = _clean_name(o["name"])
                key = (slugify(name), o["side"])
                if key in seen:
                    continue
                seen.add(key)
                title_lower = (o.get("title") or "").lower()
                if name in EVENT_LEADS.get(event_id, ()) or "rombongan" in title_lower:
                    role = "lead"  # "ketua/pimpinan rombongan" is the delegation's lead
                else:
                    role = "member" if o["side"] == "visitor" else "receiver"
                officials.append(f"{name}|{_clean_title(o.get('title'))}|{o['side']}||{role}")
        recommended: list[str] = []
        for r in recs:
            rb = r.get("recommended_by") or ""
            if "PANRB" in rb:
                recommended.append("Kementerian PANRB")
            if "Kemendagri" in rb or "Dalam Negeri" in rb:
                recommended.append("Ditjen Otda Kemendagri" if "Otda" in rb
                                   else "Kementerian Dalam Negeri")
            if "Wantiknas" in rb:
                recommended.append("Wantiknas")
        visits.append({
            "event_id": event_id,
            "visitors": ";".join(visitors),
            "visitor_names": ";".join(res.label(c) for c in visitors),
            "visitor_units": v_units,
            "hosts": ";".join(hosts),
            "host_names": ";".join(res.label(c) for c in hosts),
            "host_units": h_units,
            "delegation": delegation,
            "start": start,
            "end": end,
            "programs": ";".join(programs),
            "topics": ";".join(rest),
            "recommended_by": ";".join(dict.fromkeys(recommended)),
            "delegation_size": extra.get("delegation_size", ""),
            "officials": "; ".join(officials),
            "note": extra.get("note", ""),
        })
        for r in recs:
            sources.append({"event_id": event_id, "url": r["url"], "publisher": r["publisher"],
                            "published": r["published"] or "", "title": "", "content_sha1": "",
                            "record_id": r["record_id"], "note": ""})

    seeds = shared / "seeds"
    for sv in SEED_VISITS:
        visitors = [res.code(n) for n in _split(sv["visitors"])]
        hosts = [res.code(n) for n in _split(sv["hosts"])]
        programs = [scheme.get(p).slug if scheme is not None else slugify(p)
                    for p in _split(sv["programs"])]
        officials = []
        for entry in _split(sv["officials"]):
            name, title, side, _region, role = entry.split("|")
            officials.append(f"{name}|{title}|{side}||{role}")
        visits.append({
            "event_id": sv["event_id"], "visitors": ";".join(visitors),
            "visitor_names": ";".join(res.label(c) for c in visitors), "visitor_units": "",
            "hosts": ";".join(hosts), "host_names": ";".join(res.label(c) for c in hosts),
            "host_units": sv.get("host_units", ""), "delegation": sv["delegation"],
            "start": sv["start"], "end": sv["end"], "programs": ";".join(programs),
            "topics": sv["topics"], "recommended_by": "",
            "delegation_size": sv.get("delegation_size", ""),
            "officials": "; ".join(officials), "note": sv["note"],
        })
        meta = SEED_SOURCES[sv["seed"]]
        sources.append({"event_id": sv["event_id"], "url": "", "publisher": meta["publisher"],
                        "published": meta["published"], "title": meta["title"],
                        "content_sha1": _file_sha1(seeds / f"{sv['seed']}.txt"),
                        "record_id": sv["seed"], "note": "seed article, no URL"})
    for seed, event_id in SEED_EXTRA_SOURCE.items():
        meta = SEED_SOURCES[seed]
        sources.append({"event_id": event_id, "url": "", "publisher": meta["publisher"],
                        "published": meta["published"], "title": meta["title"],
                        "content_sha1": _file_sha1(seeds / f"{seed}.txt"),
                        "record_id": seed, "note": "seed article, no URL"})

    adoptions, adoption_rejects = _adoptions(shared, res, scheme)
    rejects.extend(adoption_rejects)

    _write(out / "visits.csv", visits)
    _write(out / "visit_sources.csv", sources)
    _write(out / "adoptions.csv", adoptions)
    _write(out / "rejects.csv", rejects)
    return {"visits": len(visits), "sources": len(sources), "adoptions": len(adoptions),
            "rejects": len(rejects)}


def _adoptions(shared: Path, res: Resolver, scheme: Any) -> tuple[list[dict[str, str]],
                                                                  list[dict[str, str]]]:
    rows: list[dict[str, str]] = []
    rejects: list[dict[str, str]] = []
    lines = (shared / "data/real_adoptions.jsonl").read_text().splitlines()
    for number, line in enumerate(lines, start=1):
        rec = json.loads(line)
        program = ADOPTION_PROGRAMS.get(rec["program"], "")
        try:
            slug = scheme.get(program).slug if scheme is not None else slugify(program)
        except Exception:  # noqa: BLE001 - any lookup failure means "not in the scheme"
            rejects.append({"file": "real_adoptions.jsonl", "record_id": f"line {number}",
                            "event_id": rec["event_id"],
                            "reason": f"program '{rec['program']}' is not in programs.ttl"})
            continue
        try:
            region_code = res.code(rec["region"])
        except Exception as exc:  # noqa: BLE001 - an unresolvable region is a reject, with why
            rejects.append({"file": "real_adoptions.jsonl", "record_id": f"line {number}",
                            "event_id": rec["event_id"], "reason": str(exc)})
            continue
        learned: list[str] = []
        foreign = False
        for part in re.split(r";", rec.get("learned_from") or ""):
            part = part.strip()
            if not part:
                continue
            if any(f in part.lower() for f in FOREIGN_MODELS):
                foreign = True
                continue
            learned.append(res.code(part))
        date = rec["date"] or ""
        precision = {10: "day", 7: "month", 4: "year", 0: ""}[len(date)]
        rows.append({
            "event_id": rec["event_id"], "region": region_code,
            "region_name": res.label(region_code), "program": slug,
            "status": rec["event"], "date": date, "date_precision": precision,
            "learned_from": ";".join(learned),
            "inaugurated_by": (rec.get("inaugurated_by") or "").replace(";", ","),
            "url": rec["url"], "publisher": rec["publisher"], "published": rec["published"] or "",
            "title": "", "content_sha1": "",
            "note": "also cites a foreign service-hall model (ASAN)" if foreign else "",
        })
    seeds = shared / "seeds"
    for sa in SEED_ADOPTIONS:
        code = res.code(sa["region"])
        slug = scheme.get(sa["program"]).slug if scheme is not None else slugify(sa["program"])
        date = sa["date"]
        precision = {10: "day", 7: "month", 4: "year", 0: ""}[len(date)]
        meta = SEED_SOURCES[sa["seed"]]
        rows.append({
            "event_id": f"{sa['seed']}|{code}|{slug}|{sa['status']}", "region": code,
            "region_name": res.label(code), "program": slug, "status": sa["status"],
            "date": date, "date_precision": precision, "learned_from": "",
            "inaugurated_by": sa.get("inaugurated_by", ""), "url": "",
            "publisher": meta["publisher"], "published": meta["published"],
            "title": meta["title"], "content_sha1": _file_sha1(seeds / f"{sa['seed']}.txt"),
            "note": sa["note"],
        })
    return rows, rejects


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    if not rows:
        path.write_text("")
        return
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder (default ../shared)")
    parser.add_argument("--out", type=Path, default=DATA, help="output folder (default data/)")
    args = parser.parse_args(argv)
    figures = convert(args.shared, args.out)
    print(", ".join(f"{k}: {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
