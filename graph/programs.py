"""The program vocabulary: ``ontology/programs.ttl`` as Python objects and a one-pass matcher.

Examples
--------
>>> scheme = load_programs()
>>> scheme.get("MPP").label
'Mal Pelayanan Publik'
>>> text = "Pemkab meniru Mall Pelayanan Publik dan SAKIP."
>>> [(p.notation, text[s:e]) for s, e, p in scheme.find(text)]
[('MPP', 'Mall Pelayanan Publik'), ('SAKIP', 'SAKIP')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from graph.chars import ascii_alnum_only
from graph.errors import DataError, UnknownProgramError
from graph.gazetteer import split_words
from graph.patterns import Trie, prefiltered, trie_regex
from graph.vocab import ONTOLOGY_DIR, TIRU, program_iri

# UnknownProgramError lives in graph.errors with the other user errors; it is re-exported here
# because callers of this module catch it by this name.
__all__ = ["Program", "ProgramScheme", "UnknownProgramError", "load_programs", "vocabulary_graph",
           "with_broader_transitive"]


@dataclass(frozen=True)
class Program:
    """One concept of the program scheme.

    Attributes
    ----------
    iri : ``https://w3id.org/tiru/id/program/{slug}``.
    slug : the last segment of the IRI (``mpp``).
    notation : the acronym (``skos:notation``), such as ``"MPP"``, when there is one.
    label : the Indonesian preferred label.
    label_en : the English preferred label, when given.
    alt_labels : spelling variants and other names, sorted.
    broader : IRIs of the broader concepts, sorted.
    definition : the ``skos:definition``, when given.
    part_of : IRIs of the concepts this one is a part of (``dct:isPartOf``), sorted: the
        predicates WBK and WBBM are parts of the Integrity Zone, not kinds of it, and a story
        naming them beside it tells one program.
    theme : whether the concept is a member of the collection ``prog:themes``: an area of work
        (own-source revenue, law-making, fisheries), which the news reader reports as a
        visit's topic rather than as a program.
    """

    iri: str
    slug: str
    notation: str | None
    label: str
    label_en: str | None
    alt_labels: tuple[str, ...]
    broader: tuple[str, ...]
    definition: str | None
    part_of: tuple[str, ...] = ()
    theme: bool = False


_FOLD_GAPS = re.compile(r"[\s\-]+")
# The collection of the scheme's themes (see Program.theme).
_THEMES = URIRef(program_iri("themes"))


def _fold(text: str) -> str:
    return _FOLD_GAPS.sub(" ", text.strip().casefold())


class ProgramScheme:
    """The concepts of ``programs.ttl`` with look-up and matching in text."""

    def __init__(self, programs: list[Program]) -> None:
        self._programs = sorted(programs, key=lambda p: p.slug)
        self._by_iri = {p.iri: p for p in self._programs}
        self._keys: dict[str, Program] = {}
        for p in self._programs:
            for key in (p.slug, p.iri, p.label, p.label_en, p.notation, *p.alt_labels):
                if key:
                    self._keys.setdefault(_fold(key), p)
        self._narrower: dict[str, set[str]] = {}
        for p in self._programs:
            for b in p.broader:
                self._narrower.setdefault(b, set()).add(p.iri)
        names, self._surface = self._compile()
        self._trie = Trie([(_atoms(name, case_sensitive), len(name))
                           for name, case_sensitive in names])
        self._pattern = re.compile(_START + self._trie.regex(_END))
        # The same names in lower case as plain literals, to run over the lower-cased text: such
        # a pattern scans several times faster than one of [aA] classes, and it matches wherever
        # the exact pattern can (and at a few more places, where the exact one then fails).
        self._lower = _trie_pattern([(n.lower(), True) for n, _cs in names])
        # The letters and digits that open each name's first word, in lower case, and for each
        # word of text seen, the pattern of the names that can start at it, or None when none
        # can (see :meth:`_at_words`).
        runs = [_RUN.match(n.lower().strip()) for n, _cs in names]
        self._first_runs = {r.group(0) for r in runs if r is not None}
        self._name_runs = [r.group(0) if r is not None else "" for r in runs]
        self._word_pattern: dict[str, re.Pattern[str] | None] = {}
        self._run_patterns: dict[frozenset[str], re.Pattern[str]] = {}
        # A name opening with another character could match elsewhere than at a word.
        self._by_words = all(r is not None for r in runs)

    def _compile(self) -> tuple[list[tuple[str, bool]], dict[str, Program]]:
        # Acronyms match case-sensitively ("SOP", not "sop" inside a word); labels match in any
        # case. The longest name wins at a position (see :func:`_trie_pattern`). Returns every
        # (name, case-sensitive) pair and the program of each surface form.
        surface: dict[str, Program] = {}
        names: list[tuple[str, bool]] = []
        for p in self._programs:
            labels = [p.label, *p.alt_labels] + ([p.label_en] if p.label_en else [])
            for name in labels:
                if name and not _is_acronym(name):
                    surface.setdefault(_fold(name), p)
                    names.append((name, False))
            acronyms = [p.notation] + [a for a in p.alt_labels if _is_acronym(a)]
            for acro in acronyms:
                if acro:
                    surface.setdefault(acro, p)
                    names.append((acro, True))
        return names, surface

    def all(self) -> list[Program]:
        """Every concept, sorted by slug."""
        return list(self._programs)

    def __iter__(self) -> Iterator[Program]:
        return iter(self._programs)

    def __len__(self) -> int:
        return len(self._programs)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and _fold(key) in self._keys

    def top_concepts(self) -> list[Program]:
        """Concepts without a broader concept: the fields (pelayanan publik, kesehatan...)."""
        return [p for p in self._programs if not p.broader]

    def lookup(self, key: str) -> Program | None:
        """Like :meth:`get` but ``None`` for an unknown name."""
        return self._keys.get(_fold(key))

    def get(self, key: str) -> Program:
        """A concept by slug, notation, IRI, label or alternative label (any case).

        Raises
        ------
        UnknownProgramError
            When nothing in the scheme has that name.
        """
        found = self._keys.get(_fold(key))
        if found is None:
            raise UnknownProgramError(
                f"unknown program {key!r}; known notations: "
                + ", ".join(sorted(p.notation for p in self._programs if p.notation)))
        return found

    def find(self, text: str) -> list[tuple[int, int, Program]]:
        """Every program named in ``text``, as (start, end, program), in one pass.

        One compiled alternation of every notation, label and alternative label, longest
        first, so that the longest name wins at a position ("Mal Pelayanan Publik Digital"
        is MPP Digital, not MPP). Acronyms match only in their own case ("SOP", not "sop");
        labels match in any case and with spaces or hyphens between their words.

        Examples
        --------
        >>> scheme = load_programs()
        >>> [p.slug for _s, _e, p in scheme.find("Sosialisasi e-budgeting dan SOP di Bappeda.")]
        ['e-budgeting', 'sop']
        """
        out: list[tuple[int, int, Program]] = []
        for m in self._matches(text):
            token = m.group(0)
            program = self._surface.get(token) or self._surface.get(_fold(token))
            if program is None:
                program = self._keys.get(_fold(token))
            if program is not None:
                out.append((m.start(), m.end(), program))
        return out

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        if self._by_words and ascii_alnum_only(text):
            return self._at_words(text)
        low = text.lower()
        if len(low) != len(text):  # a few letters change length in lower case
            return self._pattern.finditer(text)
        return prefiltered(self._pattern, self._lower, text, low)

    def _at_words(self, text: str) -> Iterator[re.Match[str]]:
        """``prefiltered(self._pattern, self._lower, text, text.lower())``, found faster.

        Every name starts with a letter or digit and not after a word character, so a name
        can match only at the start of a word (a run of letters and digits) that the start of
        the name's first word (its first run of letters and digits, in lower case) begins:
        "kabupaten/kota" at "kabupaten", "e-budgeting" at "ebudgeting". With the article
        already split into words, one look-up per word (at C speed, remembered across
        articles) gives the pattern of just the names that can start there, or None for the
        many words where none can; that pattern, the whole pattern pruned of names that
        cannot match at the place (see :func:`trie_regex`), runs only at those words and
        finds what the whole one would, at a fraction of its cost.
        """
        split = split_words(text)
        table = self._word_pattern
        if len(table) > 100_000:  # the words of very many articles: start again
            table.clear()
        words = split.words
        if len(words) < 2:  # itemgetter of one word gives no tuple, of none fails
            for w in set(words).difference(table):
                table[w] = self._pattern_for(w)
            patterns: Sequence[re.Pattern[str] | None] = [table[w] for w in words]
        else:
            # One C call looks every word up, without the call per word that map makes;
            # the words not seen before stop it, and are worked out before a second try.
            look_up = itemgetter(*words)
            try:
                patterns = look_up(table)
            except KeyError:
                for w in set(words).difference(table):
                    table[w] = self._pattern_for(w)
                patterns = look_up(table)
        pos = 0
        # The places and the patterns of the words where a name can start, picked at C speed.
        for at, pattern in zip(compress(split.starts, patterns), filter(None, patterns),
                               strict=True):
            if at < pos:
                continue
            m = pattern.match(text, at)
            if m is not None:
                yield m
                pos = m.end()

    def _pattern_for(self, word: str) -> re.Pattern[str] | None:
        """The pattern of the names that can start at ``word`` (lower case), or None."""
        runs = self._first_runs
        found = frozenset(word[:k] for k in range(1, len(word) + 1) if word[:k] in runs)
        if not found:
            return None
        pattern = self._run_patterns.get(found)
        if pattern is None:
            keep = {i for i, run in enumerate(self._name_runs) if run in found}
            pattern = self._run_patterns[found] = re.compile(_START + self._trie.regex(_END, keep))
        return pattern

    def narrower_closure(self, iri: str) -> set[str]:
        """The concept and every concept below it by ``skos:broader`` (IRIs).

        ``iri`` may also be a slug, notation or label.

        Raises
        ------
        UnknownProgramError
            When the concept is not in the scheme.
        """
        if iri not in self._by_iri:
            iri = self.get(iri).iri
        seen = {iri}
        stack = [iri]
        while stack:
            for child in self._narrower.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return seen


def _is_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 12


# Not inside a word or a hyphenated compound ("e-SAKIP" is its own alt label), but the
# Indonesian clitic "-nya" may follow a name ("MPP-nya").
_START = r"(?<![\w-])"
_END = r"(?!\w)(?!-(?!nya\b)\w)"
_SEP = r"[\s\-]*"  # spaces and hyphens vary in news ("e-budgeting", "e budgeting")
_RUN = re.compile(r"[^\W_]+")


def _atoms(name: str, case_sensitive: bool) -> list[str]:
    atoms: list[str] = []
    for i, word in enumerate(re.split(r"[\s\-]+", name.strip())):
        if i:
            atoms.append(_SEP)
        for ch in word:
            variants = {ch} if case_sensitive else \
                {v for v in (ch, ch.lower(), ch.upper(), ch.casefold()) if len(v) == 1}
            atoms.append(re.escape(ch) if len(variants) == 1
                         else "[" + "".join(sorted(variants)) + "]")
    return atoms


def _trie_pattern(names: list[tuple[str, bool]]) -> re.Pattern[str]:
    # A flat alternation of some 400 names made the engine try every name at every word start,
    # which dominated extraction time; the trie leaves one branch per distinct next character.
    # Ranked by the length of the name, as the flat alternation was sorted.
    return re.compile(_START + trie_regex(
        [(_atoms(name, case_sensitive), len(name)) for name, case_sensitive in names], _END))


def _read_vocabulary(path: str | Path | None) -> Graph:
    source = Path(path) if path is not None else ONTOLOGY_DIR / "programs.ttl"
    g = Graph()
    try:
        g.parse(source, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise DataError(f"cannot parse the program vocabulary: {exc}", str(source)) from None
    return g


@cache
def load_programs(path: str | Path | None = None) -> ProgramScheme:
    """The program scheme from ``ontology/programs.ttl`` (or ``path``), cached.

    Raises
    ------
    DataError
        When the file cannot be parsed.
    """
    g = _read_vocabulary(path)
    programs: list[Program] = []
    for concept in set(g.subjects(RDF.type, TIRU.Program)):
        if not isinstance(concept, URIRef):
            continue  # a blank node cannot be named in data; nothing can point at it
        iri = str(concept)
        pref = {lit.language: str(lit) for lit in g.objects(concept, SKOS.prefLabel)
                if isinstance(lit, Literal)}
        notation = g.value(concept, SKOS.notation)
        definition = g.value(concept, SKOS.definition)
        programs.append(Program(
            iri=iri,
            slug=iri.rsplit("/", 1)[-1],
            notation=str(notation) if notation is not None else None,
            label=pref.get("id") or next(iter(pref.values()), iri),
            label_en=pref.get("en"),
            alt_labels=tuple(sorted(str(a) for a in g.objects(concept, SKOS.altLabel))),
            broader=tuple(sorted({str(b) for b in g.objects(concept, SKOS.broader)}
                                 | {str(b) for b in g.subjects(SKOS.narrower, concept)})),
            definition=str(definition) if definition is not None else None,
            part_of=tuple(sorted(str(w) for w in g.objects(concept, DCTERMS.isPartOf))),
            theme=(_THEMES, SKOS.member, concept) in g,
        ))
    return ProgramScheme(programs)


def vocabulary_graph(path: str | Path | None = None) -> Graph:
    """The program vocabulary as the store holds it: the file plus ``skos:broaderTransitive``.

    Every concept gets a ``skos:broaderTransitive`` link to each concept above it, whether the
    file states the step as ``skos:broader`` or as ``skos:narrower`` from above. SKOS defines
    the property for exactly this closure; queries select "a program and its narrower
    programs" with one plain triple pattern instead of the path ``skos:broader*``, which
    Virtuoso 7.2 evaluates wrongly inside joins and subqueries (it dropped or added visits at
    1M triples) and which costs every engine a transitive search per query.

    Raises
    ------
    DataError
        When the file cannot be parsed.

    Examples
    --------
    >>> from rdflib.namespace import SKOS
    >>> g = vocabulary_graph()
    >>> (None, SKOS.broaderTransitive, None) in g
    True
    """
    return with_broader_transitive(_read_vocabulary(path))


def with_broader_transitive(g: Graph) -> Graph:
    """Add to ``g`` (in place, and return it) each concept's ``skos:broaderTransitive`` links.

    Used by :func:`vocabulary_graph`, and to bring a store's vocabulary graph written before
    the links existed up to date (:func:`graph.build.upgrade_vocabulary`).
    """
    parents: dict[URIRef, set[URIRef]] = {}
    steps = [(c, b) for c, b in g.subject_objects(SKOS.broader)]
    steps += [(c, b) for b, c in g.subject_objects(SKOS.narrower)]
    for concept, broader in steps:
        if isinstance(concept, URIRef) and isinstance(broader, URIRef):
            parents.setdefault(concept, set()).add(broader)
    for concept in parents:
        seen: set[URIRef] = set()
        stack = list(parents[concept])
        while stack:
            above = stack.pop()
            if above in seen or above == concept:
                continue
            seen.add(above)
            g.add((concept, SKOS.broaderTransitive, above))
            stack.extend(parents.get(above, ()))
    return g
