"""Regular expressions for many names at once, and ways to run them only where they can match.

Extraction scans every article for hundreds of names (programs, official titles, cue words).
A flat alternation tries each name at each position; :func:`trie_regex` factors the names into
a trie, and :func:`prefiltered` / :func:`capitalised_before` run an exact pattern only where a
cheap one says it may match, with the same matches as ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence

__all__ = ["trie_regex", "Trie", "prefiltered", "capitalised_before", "literal_keys"]


def trie_regex(alternatives: Iterable[tuple[Sequence[str], int]], end: str = "") -> str:
    """Regex source for any of ``alternatives``, factored as a trie of their atoms.

    Each alternative is (atoms, rank): regex pieces that each match one character or
    separator, and the rank that decides which of two alternatives sharing a prefix is tried
    first (higher first; usually the length). ``end`` follows each complete alternative, so
    that when a longer alternative fails its end check the engine falls back to a shorter one,
    as a flat alternation sorted by rank would. A flat alternation of hundreds of words tries
    every one at every position; the trie tries one branch per distinct next atom.

    Examples
    --------
    >>> words = ["dan", "dana", "desa"]
    >>> trie_regex([([re.escape(c) for c in w], len(w)) for w in words], "$")
    'd(?:an(?:a$|$)|esa$)'
    """
    return Trie(alternatives).regex(end)


_Node = dict[str, "_Node"]


class Trie:
    """The trie of :func:`trie_regex`, built once to write patterns of parts of it.

    ``regex(end, keep)`` writes only the alternatives whose indices are in ``keep``, in the
    order and with the ranks of the whole trie: at a place where no other alternative can
    match, that pattern finds what the whole one finds, at a fraction of its size.

    >>> words = ["dan", "dana", "desa"]
    >>> Trie([([re.escape(c) for c in w], len(w)) for w in words]).regex("$", keep={0, 2})
    'd(?:an$|esa$)'
    """

    def __init__(self, alternatives: Iterable[tuple[Sequence[str], int]]) -> None:
        self._root: _Node = {}
        self._rank: dict[int, int] = {}  # id of a node -> best rank of an alternative through it
        self._paths: list[list[int]] = []  # ids of the nodes of each alternative, and its end
        for atoms, r in alternatives:
            node = self._root
            path = [id(node)]
            for atom in atoms:
                node = node.setdefault(atom, {})
                self._rank[id(node)] = max(self._rank.get(id(node), r), r)
                path.append(id(node))
            path.append(id(node.setdefault("", {})))  # an alternative ends here
            self._paths.append(path)

    def regex(self, end: str = "", keep: Collection[int] | None = None) -> str:
        """The pattern source of the alternatives in ``keep`` (by default all of them)."""
        rank = self._rank
        kept = None if keep is None else {n for i in keep for n in self._paths[i]}

        def emit(node: _Node) -> str:
            branches = sorted((a for a in node if a and (kept is None or id(node[a]) in kept)),
                              key=lambda a: -rank[id(node[a])])
            alts = [a + emit(node[a]) for a in branches]
            if "" in node and (kept is None or id(node[""]) in kept):
                alts.append(end)
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

        return emit(self._root)


def prefiltered(exact: re.Pattern[str], prefilter: re.Pattern[str], text: str,
                haystack: str | None = None, start: int = 0, stop: int | None = None,
                ) -> Iterator[re.Match[str]]:
    """The matches of ``exact.finditer(text, start, stop)``, found faster.

    ``prefilter`` is a cheaper pattern that matches (over ``haystack``, by default ``text``;
    the same length, such as its lower-case form) at every position where ``exact`` can
    match, and maybe at a few more. ``exact`` then runs only at those positions, and the scan
    goes on from where ``finditer`` would go on.
    """
    stop = len(text) if stop is None else stop
    hay = text if haystack is None else haystack
    pos = start
    while (hit := prefilter.search(hay, pos, stop)) is not None:
        m = exact.match(text, hit.start(), stop)
        if m is None:
            pos = hit.start() + 1
            continue
        yield m
        pos = m.end()


_CAPITAL = re.compile(r"[A-Z]")


def capitalised_before(exact: re.Pattern[str], key: re.Pattern[str], text: str, start: int = 0,
                       stop: int | None = None, back: int = 300,
                       keys: Iterable[re.Match[str]] | None = None,
                       outside: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``exact.finditer(text, start, stop)`` for a name-then-key pattern.

    For patterns that start at a capital, run over words that cannot hold ``key``, and then
    need ``key`` ("Budi Santoso selaku", "Mal Pelayanan Publik (MPP)"). Tried at every capital,
    such a pattern is slow; but each match ends at the first key after its start, so trying
    the capitals up to ``back`` characters before each key finds the same matches, for names
    shorter than that. ``keys``, when given, are the matches of ``key.finditer(text, start,
    stop)`` found by a faster means (see :func:`literal_keys`).

    ``outside``, when given, matches a character that no match holds before its key (a
    class of single characters, without look-arounds): a match through the key then starts
    after the last such character before the key, and the capitals before it are not tried.
    They were tried for an earlier key, if that character begins one, or cannot reach this
    key.
    """
    stop = len(text) if stop is None else stop
    pos = start
    for k in key.finditer(text, start, stop) if keys is None else keys:
        if k.start() < pos:
            continue
        lo = max(pos, k.start() - back)
        if outside is not None:
            # The nearest such character before the key: the first one in the reversed
            # window (reversing just the window, not the whole text, for a key or two).
            near = outside.search(text[lo:k.start()][::-1])
            if near is not None:
                lo = k.start() - near.start()
        for cap in _CAPITAL.finditer(text, lo, k.start()):
            m = exact.match(text, cap.start(), stop)
            if m is not None:
                yield m
                pos = m.end()
                break


def literal_keys(key: re.Pattern[str], core: re.Pattern[str], text: str, start: int = 0,
                 stop: int | None = None, before: int = 1) -> Iterator[re.Match[str]]:
    """The matches of ``key.finditer(text, start, stop)``, found from those of ``core``.

    For a key that opens with a class tested against Unicode's tables at every character
    (``\\s(?:selaku|sebagai)\\s``) around words that a literal pattern finds fast (``core``:
    ``se(?:laku|bagai)``, whose matches cannot overlap). Every match of ``key`` starts
    ``before`` characters ahead of a match of ``core``; ``key`` runs there, and matches that
    overlap an earlier one are left out, as ``finditer`` leaves them.
    """
    stop = len(text) if stop is None else stop
    end = start
    for c in core.finditer(text, start + before, stop):
        if c.start() - before < end:
            continue
        k = key.match(text, c.start() - before, stop)
        if k is not None:
            yield k
            end = k.end()
