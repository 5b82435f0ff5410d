"""The three notebooks run top to bottom on the default data, and fail the suite on any error.

They execute in a real kernel (nbclient); the first one starts a real ``tiru serve`` of its own
and queries it with SPARQLWrapper. Outputs are never committed: the notebooks in git have none.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))


def test_there_are_three_notebooks_without_outputs() -> None:
    assert len(NOTEBOOKS) == 3
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs, f"{path.name} has committed outputs"
                assert cell.execution_count is None, f"{path.name} has execution counts"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The notebook must start its own server, not find one left over in the environment.
    monkeypatch.delenv("TIRU_URL", raising=False)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=900, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.get("output_type") == "error"]
    assert not errors
    if path.stem.startswith("01"):
        html = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
                if "text/html" in o.get("data", {}) and "vis.Network" in o["data"]["text/html"]]
        assert html, "the inline network was not drawn"
        # offline: the view loads nothing from elsewhere
        assert 'src="http' not in html[0]["data"]["text/html"]
