"""Measuring the extractor against articles a researcher annotated: ``tiru evaluate DIR``.

A folder holds ``NAME.txt`` (or ``.html``) articles with a gold ``NAME.json`` beside each::

    {"id": "...", "published": "YYYY-MM-DD" | null,
     "visits": [{"visitors": ["64.01"], "hosts": ["51.03"], "start": "2024-05-29", "end": ...,
                 "programs": [["MPP", "Mal Pelayanan Publik"]],
                 "officials": [{"name": "Fahmi Fadli", "side": "visitor"}],
                 "recommended_by": [...]}],
     "adoptions": [...]}

Measures (micro-averaged over the folder):

- **edges**: precision, recall and F1 over learner→host region-code pairs, each visit giving
  visitors × hosts and each article the union over its visits;
- **dates**: for each true edge, whether the start date of the first predicted visit holding the
  edge equals the start of a gold visit holding it (a gold ``null`` wants no date); end dates
  likewise;
- **programs** and **officials**: for each gold visit with a true edge, the programs (officials)
  of the predicted visits sharing a true edge with it are pooled and matched one to one — a
  program matches when any of its label, notation or alternative labels equals a gold variant
  (case and spacing ignored); an official when the sides agree and one bare name contains the
  other as whole words;
- **negatives**: the share of articles without gold visits where nothing was found.

A missing article, an unreadable one, or an extraction failure counts as an empty prediction
and is listed as an error.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import DataError, InputError, TiruError

__all__ = [
    "GoldVisit",
    "Gold",
    "ArticleScore",
    "Report",
    "load_gold",
    "normalise_label",
    "normalise_person",
    "prf",
    "score_article",
    "evaluate_dir",
]



def _tokens(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLE_TOKENS = _tokens(
    """
    h hj hi haji hajjah kh tgh ust ustadz ustaz habib dr drg dra drs ir prof bapak bpk ibu pak
    bu sdr sdri saudara saudari tn ny nn plt plh pj pjs pymt ssos msos sstp mstp sip map mpa msi
    ssi sh mh llm se me mse mec mm st mt sp mp spi mpi spt stp skom mkom sikom mikom ssn spd mpd
    spdi mpdi sag mag shi mhi sthi sei mei sfil sthum mhum shut meng seng mtr skm mkm mkes skep
    sked spog spa spb sppd sfarm apt ns amd amdkep amdkeb ak ca cpa lc ma mba msc bsc phd dipl
    mars mkn mtp spsi mpsi sds mds sik mik
"""
)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def normalise_label(value: object) -> str:
    """Lower-cased label with spacing collapsed."""
    return " ".join(str(value).split()).casefold()


def normalise_person(value: object) -> str:
    """Bare lower-case name: honorifics, degrees and punctuation removed.

    Examples
    --------
    >>> normalise_person("Drs. H. Hamdani Rasyid, M.Si.")
    'hamdani rasyid'
    """
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    kept = []
    for token in re.split(r"[\s,;/]+", text):
        bare = "".join(ch for ch in token if ch.isalnum())
        if bare and bare not in _TITLE_TOKENS:
            kept.append(bare)
    return " ".join(kept)


def _names_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    x, y = f" {a} ", f" {b} "
    return x in y or y in x


def _date(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    return text[:10] if _ISO.match(text) else text


def _codes(parties: object) -> list[str]:
    out: list[str] = []
    if isinstance(parties, list):
        for p in parties:
            code = p.get("code") if isinstance(p, dict) else p
            if isinstance(code, (str, int)) and not isinstance(code, bool) and str(code).strip():
                out.append(str(code).strip())
    return out


@dataclass
class GoldVisit:
    """A visit as annotated (or predicted), reduced to what is measured."""

    edges: set[tuple[str, str]]
    start: str | None
    end: str | None
    programs: list[frozenset[str]]
    officials: list[tuple[str, str | None]]
    program_names: list[str] = field(default_factory=list)
    official_names: list[str] = field(default_factory=list)


@dataclass
class Gold:
    """The annotation of one article."""

    id: str
    visits: list[GoldVisit]


def _visit(raw: dict[str, Any], *, gold: bool) -> GoldVisit:
    edges = {(v, h) for v in _codes(raw.get("visitors")) for h in _codes(raw.get("hosts"))}
    programs: list[frozenset[str]] = []
    names: list[str] = []
    for p in raw.get("programs") or []:
        if gold:
            variants = [x for x in (p if isinstance(p, list) else [p]) if str(x).strip()]
        elif isinstance(p, dict):
            variants = [p.get("label"), p.get("notation")]
            alts = p.get("alt_labels")
            variants.extend(alts if isinstance(alts, list) else [alts] if alts else [])
            variants = [x for x in variants if isinstance(x, (str, int)) and str(x).strip()]
        else:
            variants = [p]
        keys = frozenset(normalise_label(x) for x in variants)
        if keys:
            programs.append(keys)
            names.append(str(variants[0]))
    officials: list[tuple[str, str | None]] = []
    onames: list[str] = []
    for o in raw.get("officials") or []:
        if isinstance(o, dict):
            name = normalise_person(o.get("name") or "")
            side = o.get("side")
            if name:
                officials.append((name, str(side).strip().casefold() if side is not None else None))
                onames.append(f"{o.get('name')} ({side})")
    return GoldVisit(edges, _date(raw.get("start")), _date(raw.get("end")), programs, officials,
                     names, onames)


def load_gold(path: Path) -> Gold:
    """Read a gold file.

    Raises
    ------
    DataError
        When the file is not valid JSON of the gold shape.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read gold file: {exc}", path=str(path)) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("visits", []), list):
        raise DataError('gold file must be an object with a "visits" list', path=str(path))
    visits = [_visit(v, gold=True) for v in raw.get("visits") or [] if isinstance(v, dict)]
    return Gold(str(raw.get("id") or path.stem), visits)


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 with their counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _matching(left: int, right: int, fits: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths); returns the matched pairs."""
    owner: dict[int, int] = {}
    options = [[j for j in range(right) if fits(i, j)] for i in range(left)]

    def grow(i: int, visited: set[int]) -> bool:
        for j in options[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or grow(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in range(left):
        grow(i, set())
    return sorted((i, j) for j, i in owner.items())


def _fits_programs(pool: list[frozenset[str]], gold: list[frozenset[str]]
                   ) -> Callable[[int, int], bool]:
    return lambda i, j: bool(pool[i] & gold[j])


def _fits_officials(pool: list[tuple[str, str | None]], gold: list[tuple[str, str | None]]
                    ) -> Callable[[int, int], bool]:
    return lambda i, j: pool[i][1] == gold[j][1] and _names_match(pool[i][0], gold[j][0])


@dataclass
class ArticleScore:
    """Counts for one article, with what was missed and what was wrongly found."""

    id: str
    negative: bool
    error: str | None = None
    edges_tp: int = 0
    edges_fp: int = 0
    edges_fn: int = 0
    false_edges: list[tuple[str, str]] = field(default_factory=list)
    missed_edges: list[tuple[str, str]] = field(default_factory=list)
    dates_n: int = 0
    start_ok: int = 0
    end_ok: int = 0
    wrong_dates: list[str] = field(default_factory=list)
    prog_tp: int = 0
    prog_fp: int = 0
    prog_fn: int = 0
    missed_programs: list[str] = field(default_factory=list)
    false_programs: list[str] = field(default_factory=list)
    off_tp: int = 0
    off_fp: int = 0
    off_fn: int = 0
    missed_officials: list[str] = field(default_factory=list)
    false_officials: list[str] = field(default_factory=list)


def score_article(gold: Gold, predicted: list[dict[str, Any]], error: str | None = None
                  ) -> ArticleScore:
    """Compare the predicted visits (``extract --format json`` shape) with the gold visits."""
    pred = [_visit(v, gold=False) for v in predicted if isinstance(v, dict)]
    gold_edges: set[tuple[str, str]] = set().union(*(g.edges for g in gold.visits)) \
        if gold.visits else set()
    pred_edges: set[tuple[str, str]] = set().union(*(p.edges for p in pred)) if pred else set()
    true_edges = gold_edges & pred_edges
    res = ArticleScore(gold.id, negative=not gold_edges, error=error,
                       edges_tp=len(true_edges), edges_fp=len(pred_edges - gold_edges),
                       edges_fn=len(gold_edges - pred_edges),
                       false_edges=sorted(pred_edges - gold_edges),
                       missed_edges=sorted(gold_edges - pred_edges), dates_n=len(true_edges))
    for edge in sorted(true_edges):
        first = next(p for p in pred if edge in p.edges)
        holders = [g for g in gold.visits if edge in g.edges]
        if first.start in {g.start for g in holders}:
            res.start_ok += 1
        else:
            res.wrong_dates.append(f"{edge[0]}>{edge[1]}: {first.start} (gold "
                                   f"{', '.join(str(g.start) for g in holders)})")
        if first.end in {g.end for g in holders}:
            res.end_ok += 1
    for g in gold.visits:
        shared = g.edges & true_edges
        if not shared:
            continue
        linked = [p for p in pred if p.edges & shared]
        pool: list[frozenset[str]] = []
        pool_names: list[str] = []
        for p in linked:
            for keys, name in zip(p.programs, p.program_names, strict=True):
                if keys not in pool:
                    pool.append(keys)
                    pool_names.append(name)
        pairs = _matching(len(pool), len(g.programs), _fits_programs(pool, g.programs))
        res.prog_tp += len(pairs)
        res.prog_fp += len(pool) - len(pairs)
        res.prog_fn += len(g.programs) - len(pairs)
        hit_l, hit_r = {i for i, _ in pairs}, {j for _, j in pairs}
        res.false_programs += [pool_names[i] for i in range(len(pool)) if i not in hit_l]
        res.missed_programs += [g.program_names[j] for j in range(len(g.programs))
                                if j not in hit_r]
        opool: list[tuple[str, str | None]] = []
        onames: list[str] = []
        for p in linked:
            for o, name in zip(p.officials, p.official_names, strict=True):
                if o not in opool:
                    opool.append(o)
                    onames.append(name)
        pairs = _matching(len(opool), len(g.officials), _fits_officials(opool, g.officials))
        res.off_tp += len(pairs)
        res.off_fp += len(opool) - len(pairs)
        res.off_fn += len(g.officials) - len(pairs)
        hit_l, hit_r = {i for i, _ in pairs}, {j for _, j in pairs}
        res.false_officials += [onames[i] for i in range(len(opool)) if i not in hit_l]
        res.missed_officials += [g.official_names[j] for j in range(len(g.officials))
                                 if j not in hit_r]
    return res


@dataclass
class Report:
    """The scores of a folder: per article and summed."""

    articles: list[ArticleScore]

    def _sum(self, attr: str) -> int:
        return sum(int(getattr(a, attr)) for a in self.articles)

    def summary(self) -> dict[str, Any]:
        """The micro-averaged measures."""
        n = self._sum("dates_n")
        negatives = [a for a in self.articles if a.negative]
        clean = sum(1 for a in negatives if a.edges_tp + a.edges_fp == 0)
        return {
            "articles": len(self.articles),
            "edges": prf(self._sum("edges_tp"), self._sum("edges_fp"), self._sum("edges_fn")),
            "dates": {"start_accuracy": round(self._sum("start_ok") / n, 4) if n else None,
                      "end_accuracy": round(self._sum("end_ok") / n, 4) if n else None,
                      "start_correct": self._sum("start_ok"), "end_correct": self._sum("end_ok"),
                      "tp_edges": n},
            "programs": prf(self._sum("prog_tp"), self._sum("prog_fp"), self._sum("prog_fn"))
            if n else None,
            "officials": prf(self._sum("off_tp"), self._sum("off_fp"), self._sum("off_fn"))
            if n else None,
            "negatives": {"share": round(clean / len(negatives), 4) if negatives else None,
                          "correct": clean, "total": len(negatives)},
            "errors": [a.id for a in self.articles if a.error],
        }

    def to_json(self) -> dict[str, Any]:
        """Summary plus the per-article breakdown."""
        return {
            "summary": self.summary(),
            "per_article": [
                {"id": a.id, "negative": a.negative, "error": a.error,
                 "edges": {"tp": a.edges_tp, "fp": a.edges_fp, "fn": a.edges_fn},
                 "false_edges": [f"{v}>{h}" for v, h in a.false_edges],
                 "missed_edges": [f"{v}>{h}" for v, h in a.missed_edges],
                 "wrong_dates": a.wrong_dates,
                 "missed_programs": a.missed_programs, "false_programs": a.false_programs,
                 "missed_officials": a.missed_officials, "false_officials": a.false_officials}
                for a in self.articles
            ],
        }


def _article_files(folder: Path) -> Iterable[tuple[Path, Path]]:
    for gold in sorted(folder.glob("*.json"), key=lambda p: (len(p.stem), p.stem)):
        for suffix in (".txt", ".html", ".htm"):
            article = gold.with_suffix(suffix)
            if article.is_file():
                yield article, gold
                break


def evaluate_dir(folder: Path | str, extract: Callable[[str], dict[str, Any]] | None = None
                 ) -> Report:
    """Score the extractor on every annotated article of ``folder``.

    Parameters
    ----------
    folder
        A folder of ``NAME.txt`` articles with ``NAME.json`` gold files.
    extract
        Maps an article path to the ``extract --format json`` object; defaults to Tiru's
        extractor run in this process.

    Raises
    ------
    InputError
        When the folder does not exist or holds no annotated article.
    """
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"{folder}: no such folder")
    pairs = list(_article_files(path))
    if not pairs:
        raise InputError(f"{folder}: no NAME.txt articles with NAME.json gold files")
    if extract is None:
        from graph.article import read_article
        from graph.extraction import Extractor

        extractor = Extractor()

        def extract(p: str) -> dict[str, Any]:
            return extractor.extract(read_article(p)).to_json()

    scores: list[ArticleScore] = []
    for article, gold_path in pairs:
        gold = load_gold(gold_path)
        gold.id = gold_path.stem
        error = None
        try:
            visits = extract(str(article)).get("visits") or []
        except TiruError as exc:  # unreadable, or a defect met in this one article
            visits, error = [], str(exc)
        scores.append(score_article(gold, visits, error))
    return Report(scores)
