"""The example notebook runs from top to bottom on the built package, with
no network, and shows what it promises: the document view, the speaker
table, its chart (an image in the cell's outputs), a keyness table of the
first set's terms, and no warning in red (nothing on stderr)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]


def test_quickstart_notebook_executes(tmp_path: Path) -> None:
    nb = nbformat.read(ROOT / "examples" / "quickstart.ipynb", as_version=4)
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    outputs = [o for cell in code for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert not stderr, stderr  # e.g. a TqdmWarning, shown in red
    assert not any("Warning" in o.get("text", "") for o in outputs)
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="guillemet"' in h for h in html)  # the document view
    assert any("Vladimir Poutine" in h for h in html)  # the speaker table
    chart = next(cell for cell in code if "plot.barh" in cell.source)
    assert any("image/png" in o.get("data", {}) for o in chart.outputs), chart.outputs
    keyness = next(cell for cell in code if "guillemet.keyness(" in cell.source)
    table = keyness.outputs[0]["data"]["text/plain"]
    ratios = [float(line.split()[-1]) for line in table.splitlines()[1:]]
    assert ratios and all(r > 0 for r in ratios), table
