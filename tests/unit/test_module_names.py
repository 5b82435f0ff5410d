"""Each module-level name of Tiru's packages is bound once.

The reading rules live in long modules of module-level patterns; a second definition with the
same name silently replaces the first for every reader of the module (this happened to
``_FICTITIOUS`` in ``graph/cues.py``, and briefly to ``_VISITED_BEFORE``).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted([*ROOT.glob("graph/*.py"), *ROOT.glob("server/*.py"),
                  *ROOT.glob("server/routes/*.py")])


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, n in names.items() if n > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _bound_twice("import re\n_A = re.compile('a')\n_B = 1\n_A = re.compile('b')\n") == [
        "_A"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
