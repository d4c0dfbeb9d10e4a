"""Builds .ipynb files from cells written as plain text (one place for every make_*.py).

Notebooks are generated so that their source stays reviewable as text; outputs are not
stored (run them, or `bash scripts/lab.sh --headless`). A cell is a pair (kind, source):

- "md": markdown;
- "code": a code cell;
- "exercise": a code cell the reader completes (tagged `exercise`);
- "solution": a code cell that runs but whose source is hidden by default in JupyterLab
  (`metadata.jupyter.source_hidden`, tagged `solution`): click the ellipsis to reveal it;
- "measured": a code cell whose output is a measurement of this run (wall-clock times,
  ports of real processes), tagged `nondeterministic` so the reproducibility check
  (scripts/check_notebooks.py) does not compare it byte for byte.
"""
import pathlib

import nbformat

KERNELSPEC = {"name": "swift-research", "display_name": "Swift (research)", "language": "swift"}
LANGUAGE_INFO = {"name": "swift", "file_extension": ".swift", "mimetype": "text/x-swift"}


def build(cells, prefix: str) -> nbformat.NotebookNode:
    """The notebook for `cells`, with stable cell ids `<prefix>-NN` so regenerating it is a no-op."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO)}
    for i, (kind, text) in enumerate(cells):
        if kind == "md":
            cell = nbformat.v4.new_markdown_cell(text)
        elif kind in ("code", "exercise", "solution", "measured"):
            cell = nbformat.v4.new_code_cell(text)
            if kind != "code":
                cell.metadata["tags"] = ["nondeterministic" if kind == "measured" else kind]
            if kind == "solution":
                cell.metadata["jupyter"] = {"source_hidden": True}
        else:
            raise ValueError(f"cell {i}: unknown kind {kind!r} (expected md, code, exercise, solution or measured)")
        cell["id"] = f"{prefix}-{i:02d}"
        nb.cells.append(cell)
    return nb


def write(cells, path: str, prefix: str) -> None:
    """Writes the notebook for `cells` to `path` (relative to the repository root)."""
    root = pathlib.Path(__file__).resolve().parent.parent
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(build(cells, prefix), str(target))
