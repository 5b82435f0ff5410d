"""The program vocabulary (``ontology/programs.ttl``) and its Python view (``graph.programs``).

The sentences below are written for these tests in the style of Indonesian regional news.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from graph.errors import DataError, TiruError, UnknownProgramError
from graph.programs import Program, ProgramScheme, _fold, load_programs, vocabulary_graph
from graph.vocab import ONTOLOGY_DIR, TIRU, program_iri

SCHEME = URIRef(program_iri("scheme"))
REQUIRED = [
    "mpp", "sakip", "sippn", "spbe", "ptsp", "sp4n-lapor", "zona-integritas", "wbk", "wbbm",
    "mcp", "wtp", "iga", "smart-city", "desa-wisata", "bank-sampah", "pengelolaan-sampah",
    "stunting", "dukcapil-online", "ikd", "e-budgeting", "e-planning", "bumdes", "sop",
    "reformasi-birokrasi", "sipd", "e-kinerja", "command-center", "ppid", "kla", "adipura",
    "uhc", "pengelolaan-pariwisata", "inovasi-daerah", "perizinan-online", "e-katalog",
    "dana-desa", "tapping-box", "e-retribusi", "rme", "ktr", "dashat", "kartu-tani", "lkjip",
    "tomira", "pbg", "tic", "e-ticketing", "etpd", "tp2dd", "klinik-perizinan",
]


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "programs.ttl", format="turtle")


@pytest.fixture(scope="module")
def scheme() -> ProgramScheme:
    return load_programs()


def concepts(g: Graph) -> set[URIRef]:
    return {c for c in g.subjects(RDF.type, TIRU.Program) if isinstance(c, URIRef)}


# ---- the Turtle file ------------------------------------------------------------------------

@pytest.mark.parametrize("slug", REQUIRED)
def test_required_program_present(vocab: Graph, slug: str) -> None:
    iri = URIRef(program_iri(slug))
    assert (iri, RDF.type, TIRU.Program) in vocab
    assert (iri, RDF.type, SKOS.Concept) in vocab
    assert (iri, SKOS.inScheme, SCHEME) in vocab


def test_scheme_is_a_concept_scheme_with_top_concepts(vocab: Graph) -> None:
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in vocab
    tops = set(vocab.objects(SCHEME, SKOS.hasTopConcept))
    assert len(tops) >= 8
    for top in tops:
        assert vocab.value(top, SKOS.broader) is None, top
        assert (top, SKOS.topConceptOf, SCHEME) in vocab
    # and every concept without a broader one is a top concept: nothing floats outside the tree
    roots = {c for c in concepts(vocab) if vocab.value(c, SKOS.broader) is None}
    assert roots == tops


def test_every_concept_is_complete(vocab: Graph) -> None:
    problems = []
    for c in concepts(vocab):
        langs = {lit.language for lit in vocab.objects(c, SKOS.prefLabel)
                 if isinstance(lit, Literal)}
        if "id" not in langs or "en" not in langs:
            problems.append(f"{c}: prefLabel languages {langs}")
        if len(list(vocab.objects(c, SKOS.prefLabel))) != len(langs):
            problems.append(f"{c}: two prefLabels in one language")
        if vocab.value(c, SKOS.definition) is None:
            problems.append(f"{c}: no definition")
        if (c, SKOS.inScheme, SCHEME) not in vocab:
            problems.append(f"{c}: not in the scheme")
        if (c, RDF.type, SKOS.Concept) not in vocab:
            problems.append(f"{c}: not a skos:Concept")
        if not str(c).startswith(program_iri("")) or str(c) != str(c).lower():
            problems.append(f"{c}: IRI is not program/{{lower-case slug}}")
    assert problems == []


def test_acronym_programs_have_notations(vocab: Graph) -> None:
    for slug, notation in [("mpp", "MPP"), ("sakip", "SAKIP"), ("sippn", "SIPPN"),
                           ("spbe", "SPBE"), ("ptsp", "PTSP"), ("sp4n-lapor", "SP4N-LAPOR!"),
                           ("zona-integritas", "ZI"), ("wbk", "WBK"), ("wbbm", "WBBM"),
                           ("mcp", "MCP"), ("wtp", "WTP"), ("iga", "IGA"), ("sop", "SOP"),
                           ("bumdes", "BUMDes"), ("ikd", "IKD")]:
        assert str(vocab.value(URIRef(program_iri(slug)), SKOS.notation)) == notation


def test_notations_are_unique(vocab: Graph) -> None:
    notations = [str(n) for n in vocab.objects(None, SKOS.notation)]
    assert len(notations) == len(set(notations))


def test_broader_targets_exist_and_mirror_narrower(vocab: Graph) -> None:
    known = concepts(vocab)
    broader = set(vocab.subject_objects(SKOS.broader))
    narrower = {(o, s) for s, o in vocab.subject_objects(SKOS.narrower)}
    assert broader
    for child, parent in broader:
        assert parent in known, f"{child} has unknown broader {parent}"
    assert broader == narrower


def test_hierarchy_has_no_cycles(scheme: ProgramScheme) -> None:
    for program in scheme.all():
        seen: set[str] = set()
        stack = list(program.broader)
        while stack:
            parent = stack.pop()
            assert parent != program.iri, f"{program.slug} is its own ancestor"
            if parent not in seen:
                seen.add(parent)
                stack.extend(scheme.get(parent).broader)


def test_no_name_belongs_to_two_programs(scheme: ProgramScheme) -> None:
    # The matcher maps each surface form to one concept; a shared name would be a silent guess.
    owner: dict[str, str] = {}
    clashes = []
    for p in scheme.all():
        for name in {p.label, p.label_en, p.notation, *p.alt_labels}:
            if not name:
                continue
            key = _fold(name)
            if key in owner and owner[key] != p.slug:
                clashes.append(f"{name!r}: {owner[key]} and {p.slug}")
            owner.setdefault(key, p.slug)
    assert clashes == []


# ---- look-up --------------------------------------------------------------------------------

@pytest.mark.parametrize("key", [
    "mpp", "MPP", "mpp ", "Mal Pelayanan Publik", "mall pelayanan publik",
    "https://w3id.org/tiru/id/program/mpp", "Public Service Mall",
])
def test_get_by_any_name(scheme: ProgramScheme, key: str) -> None:
    assert scheme.get(key).slug == "mpp"


def test_get_program_fields(scheme: ProgramScheme) -> None:
    p = scheme.get("SAKIP")
    assert isinstance(p, Program)
    assert p.iri == program_iri("sakip")
    assert p.notation == "SAKIP"
    assert p.label == "Sistem Akuntabilitas Kinerja Instansi Pemerintah"
    assert program_iri("akuntabilitas") in p.broader
    assert p.definition
    assert isinstance(p.alt_labels, tuple) and isinstance(p.broader, tuple)


def test_unknown_program_is_a_tiru_error(scheme: ProgramScheme) -> None:
    with pytest.raises(UnknownProgramError) as info:
        scheme.get("program yang tidak ada")
    assert isinstance(info.value, TiruError)
    assert "program yang tidak ada" in str(info.value)
    assert scheme.lookup("program yang tidak ada") is None
    assert "MPP" in scheme and "tidak ada" not in scheme


def test_all_and_top_concepts(scheme: ProgramScheme) -> None:
    everything = scheme.all()
    assert len(everything) == len(scheme) >= 60
    assert [p.slug for p in everything] == sorted(p.slug for p in everything)
    tops = {p.slug for p in scheme.top_concepts()}
    assert {"pelayanan-publik", "kesehatan", "lingkungan"} <= tops
    assert "mpp" not in tops


def test_load_programs_is_cached() -> None:
    assert load_programs() is load_programs()


# ---- find -----------------------------------------------------------------------------------

def found(scheme: ProgramScheme, text: str) -> list[tuple[str, str]]:
    return [(p.slug, text[s:e]) for s, e, p in scheme.find(text)]


def test_find_spelling_variant_of_mpp(scheme: ProgramScheme) -> None:
    text = "Rombongan Pemkab meninjau Mall Pelayanan Publik yang baru diresmikan pekan lalu."
    assert found(scheme, text) == [("mpp", "Mall Pelayanan Publik")]


def test_find_long_form_of_sakip(scheme: ProgramScheme) -> None:
    text = ("Kunjungan itu membahas penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah "
            "yang meraih predikat A.")
    assert found(scheme, text) == [
        ("sakip", "Sistem Akuntabilitas Kinerja Instansi Pemerintah")]


def test_long_form_variant_with_suffix(scheme: ProgramScheme) -> None:
    # "Pemerintahan" is met as often as "Pemerintah"; the shorter form must not cut it.
    text = "Tim Bappeda memaparkan Sistem Akuntabilitas Kinerja Instansi Pemerintahan daerahnya."
    assert found(scheme, text) == [
        ("sakip", "Sistem Akuntabilitas Kinerja Instansi Pemerintahan")]


def test_longest_name_wins(scheme: ProgramScheme) -> None:
    text = ("Pemkot belajar Mal Pelayanan Publik Digital dan Sistem Informasi Pelayanan Publik "
            "Nasional, lalu menengok MPP.")
    assert found(scheme, text) == [
        ("mpp-digital", "Mal Pelayanan Publik Digital"),
        ("sippn", "Sistem Informasi Pelayanan Publik Nasional"),
        ("mpp", "MPP"),
    ]


def test_acronyms_are_case_sensitive_labels_are_not(scheme: ProgramScheme) -> None:
    assert found(scheme, "Bagian organisasi menyusun SOP baru.") == [("sop", "SOP")]
    assert found(scheme, "Ia bilang sop buntut itu enak.") == []
    assert found(scheme, "Warga membentuk BANK SAMPAH di tiap RW.") == [
        ("bank-sampah", "BANK SAMPAH")]


def test_words_are_not_matched_inside_words(scheme: ProgramScheme) -> None:
    assert found(scheme, "Kata SOPAN dan MPPX bukan program.") == []


def test_hyphen_variants_and_clitic(scheme: ProgramScheme) -> None:
    text = "Mereka meniru e budgeting dan MPP-nya, juga aplikasi e-SAKIP."
    assert found(scheme, text) == [
        ("e-budgeting", "e budgeting"), ("mpp", "MPP"), ("sakip", "e-SAKIP")]


def test_find_many_programs_in_one_sentence(scheme: ProgramScheme) -> None:
    text = ("Delegasi DPRD mempelajari SP4N-LAPOR!, Zona Integritas menuju WBK dan WBBM, "
            "opini Wajar Tanpa Pengecualian, serta Monitoring Center for Prevention KPK.")
    assert [slug for slug, _ in found(scheme, text)] == [
        "sp4n-lapor", "zona-integritas", "wbk", "wbbm", "wtp", "mcp"]


def test_find_tourism_licensing_and_finance_programs(scheme: ProgramScheme) -> None:
    text = ("Tim mempelajari Tourism Information Center, e-ticketing di objek wisata, klinik "
            "perizinan serta ETPD yang dikawal TP2DD.")
    assert [slug for slug, _ in found(scheme, text)] == [
        "tic", "e-ticketing", "klinik-perizinan", "etpd", "tp2dd"]


def test_find_offsets_are_exact(scheme: ProgramScheme) -> None:
    text = "Di desa itu, BUMDes dan desa wisata tumbuh bersama bank sampah."
    for start, end, program in scheme.find(text):
        assert program.slug in {"bumdes", "desa-wisata", "bank-sampah"}
        assert text[start:end] in {program.label, program.notation, *program.alt_labels} or \
            _fold(text[start:end]) in {_fold(n) for n in (program.label, *program.alt_labels)}
    assert len(scheme.find(text)) == 3


# ---- hierarchy ------------------------------------------------------------------------------

def test_narrower_closure_of_zona_integritas(scheme: ProgramScheme) -> None:
    assert scheme.narrower_closure(program_iri("zona-integritas")) == {
        program_iri("zona-integritas"), program_iri("wbk"), program_iri("wbbm")}


def test_narrower_closure_is_transitive(scheme: ProgramScheme) -> None:
    closure = scheme.narrower_closure("akuntabilitas")
    assert {program_iri("sakip"), program_iri("wbk")} <= closure  # wbk via ZI via RB
    assert program_iri("mpp") not in closure


def test_narrower_closure_of_a_leaf_is_itself(scheme: ProgramScheme) -> None:
    assert scheme.narrower_closure(program_iri("wbbm")) == {program_iri("wbbm")}


def test_narrower_closure_of_unknown_program(scheme: ProgramScheme) -> None:
    with pytest.raises(UnknownProgramError):
        scheme.narrower_closure("https://w3id.org/tiru/id/program/tidak-ada")


# ---- other files ----------------------------------------------------------------------------

def test_scheme_from_another_file_reads_narrower_only_links(tmp_path: Path) -> None:
    path = tmp_path / "mini.ttl"
    path.write_text("""
        @prefix tiru: <https://w3id.org/tiru/ontology#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix p: <https://w3id.org/tiru/id/program/> .
        p:induk a tiru:Program ; skos:prefLabel "Induk"@id ; skos:narrower p:anak .
        p:anak a tiru:Program ; skos:prefLabel "Program Anak"@id ; skos:notation "PA" .
    """, encoding="utf-8")
    mini = load_programs(path)
    assert len(mini) == 2
    assert mini.get("PA").broader == (program_iri("induk"),)
    assert mini.narrower_closure("induk") == {program_iri("induk"), program_iri("anak")}
    assert [p.slug for _s, _e, p in mini.find("ada Program Anak dan PA")] == ["anak", "anak"]


def test_broken_vocabulary_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "rusak.ttl"
    path.write_text("@prefix p: <https://w3id.org/tiru/id/program/> .\np:x a .\n",
                    encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_programs(path)
    assert "rusak.ttl" in str(info.value)


def test_missing_vocabulary_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        load_programs(tmp_path / "tidak-ada.ttl")


def test_docstring_examples_run() -> None:
    import doctest

    import graph.programs

    result = doctest.testmod(graph.programs)
    assert result.attempted > 0 and result.failed == 0


def _flat_alternation(scheme: ProgramScheme) -> re.Pattern[str]:
    # The matcher as it was before the trie: one alternation of every name, longest first.
    # Kept here as the reference the faster pattern must agree with.
    def flexible(name: str) -> str:
        return r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", name.strip()))

    parts: list[tuple[str, str]] = []
    for p in scheme:
        for name in [p.label, *p.alt_labels] + ([p.label_en] if p.label_en else []):
            if not (name.isupper() and len(name) <= 12):
                parts.append((name, "(?i:" + flexible(name) + ")"))
        for acro in [p.notation] + [a for a in p.alt_labels if a.isupper() and len(a) <= 12]:
            if acro:
                parts.append((acro, flexible(acro)))
    parts.sort(key=lambda item: -len(item[0]))
    return re.compile(r"(?<![\w-])(?:" + "|".join(p for _, p in parts)
                      + r")(?!\w)(?!-(?!nya\b)\w)")


def test_find_agrees_with_the_flat_alternation(scheme: ProgramScheme) -> None:
    reference = _flat_alternation(scheme)
    names = sorted({n for p in scheme for n in (p.label, *p.alt_labels, p.notation) if n})
    # Every name in several settings: plain, upper and lower case, with the clitic, glued to
    # a neighbour, hyphen-joined and as the prefix of a longer word.
    texts = []
    for n in names:
        texts += [f"Pemkab meniru {n} milik kota itu.", f"Program {n.upper()}-nya berjalan.",
                  f"Dinas {n.lower()} dan {n}x serta ({n}).", f"Aplikasi e-{n} di-{n}."]
    texts.append(" ".join(names))
    texts.append("İzin SAKIP dan mal pelayanan publik")  # "İ" grows in lower case
    for text in texts:
        got = [(s, e) for s, e, _p in scheme.find(text)]
        want = [m.span() for m in reference.finditer(text)]
        assert got == want, text


def test_vocabulary_graph_adds_the_transitive_closure() -> None:
    # Queries select "a program and everything below it" through skos:broaderTransitive, so the
    # materialised links must be exactly the scheme's narrower closure, at every depth.
    scheme = load_programs()
    g = vocabulary_graph()
    deep = 0
    for program in scheme:
        below = {str(s) for s in g.subjects(SKOS.broaderTransitive, URIRef(program.iri))}
        assert below == scheme.narrower_closure(program.iri) - {program.iri}, program.slug
        direct = {str(s) for s in g.subjects(SKOS.broader, URIRef(program.iri))}
        deep += len(below - direct)
    assert deep > 0  # the scheme has concepts two levels down, which a one-step join misses


def test_vocabulary_graph_follows_narrower_statements(tmp_path: Path) -> None:
    ttl = tmp_path / "p.ttl"
    ttl.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/> .\n"
        "ex:a skos:narrower ex:b . ex:c skos:broader ex:b .\n",
        encoding="utf-8",
    )
    g = vocabulary_graph(ttl)
    ex = "http://example.org/"
    assert set(g.subject_objects(SKOS.broaderTransitive)) == {
        (URIRef(ex + "b"), URIRef(ex + "a")),
        (URIRef(ex + "c"), URIRef(ex + "b")),
        (URIRef(ex + "c"), URIRef(ex + "a")),
    }


def test_an_upgraded_health_post_but_not_every_health_post(scheme: ProgramScheme) -> None:
    text = "Rombongan mempelajari Posyandu Prima, lalu meninjau posyandu di kelurahan."
    assert found(scheme, text) == [("posyandu-prima", "Posyandu Prima")]


def test_named_planning_forums_but_not_every_forum(scheme: ProgramScheme) -> None:
    text = ("Tim mempelajari e-Musrenbang dan Musrenbang Perempuan; musrenbang kecamatan "
            "tetap digelar tatap muka.")
    assert found(scheme, text) == [("e-musrenbang", "e-Musrenbang"),
                                   ("musrenbang-perempuan", "Musrenbang Perempuan")]
