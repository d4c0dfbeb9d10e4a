"""CI's notebook check: every notebook runs headless, reproducibly, and converts to HTML with
every figure.

1. Executes every notebook under notebooks/ (or the paths given) with nbclient against the
   installed kernel — quick mode, the notebooks' default (`let quick = true`) — and fails on
   any error output. Executed notebooks and their figures go to OUT (as run_notebooks.py).
2. Executes the reproducibility set a second time — the tour and the paper notebooks
   (notebooks/*.ipynb; the teaching notebooks under notebooks/teaching are run once) — and
   compares every output byte for byte: stream text, and each MIME type of every result and
   display (text, PNG and SVG images). A cell whose output is a measurement of time (a
   benchmark printing milliseconds) can opt out with the cell tag `nondeterministic`.
3. Converts each executed notebook with `nbconvert --to html` (written beside it) and
   checks that every output holding a figure (PNG and/or SVG) shows as an <img>.

    .venv/bin/python scripts/check_notebooks.py [--out DIR] [--kernel NAME] [paths...]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from run_notebooks import figures, notebook_paths  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent


def execute(path: pathlib.Path, kernel: str, timeout: int) -> tuple[nbformat.NotebookNode, str | None]:
    """Runs `path` in a fresh kernel; returns the executed notebook and an error, if any."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=kernel,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except CellExecutionError as e:
        return nb, (str(e).splitlines() or ["cell error"])[0]
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    if errors:
        return nb, f"{len(errors)} error output(s): {errors[0].get('ename')}: {errors[0].get('evalue')}"
    return nb, None


def fingerprint(nb: nbformat.NotebookNode) -> list[list[tuple[str, str, bytes]]]:
    """Per code cell, its outputs as (kind, name or MIME type, bytes)."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if "nondeterministic" in cell.get("metadata", {}).get("tags", []):
            cells.append([("skipped", "nondeterministic", b"")])
            continue
        outs = []
        # A stream arrives in chunks whose boundaries (and interleaving with displays) depend
        # on timing; what the reader sees is each stream's whole text, compared as one.
        streams: dict[str, str] = {}
        for o in cell.get("outputs", []):
            kind = o["output_type"]
            if kind == "stream":
                streams[o["name"]] = streams.get(o["name"], "") + o["text"]
            elif kind == "error":
                outs.append((kind, o["ename"], (o["evalue"] + "\n".join(o["traceback"])).encode()))
            else:
                for mime in sorted(o.get("data", {})):
                    v = o["data"][mime]
                    b = (v if isinstance(v, str) else "".join(v) if isinstance(v, list) else json.dumps(v, sort_keys=True))
                    outs.append((kind, mime, b.encode()))
        outs += [("stream", name, text.encode()) for name, text in sorted(streams.items())]
        cells.append(outs)
    return cells


def first_difference(a, b) -> str | None:
    for i, (ca, cb) in enumerate(zip(a, b)):
        if ca == cb:
            continue
        for j, (oa, ob) in enumerate(zip(ca, cb)):
            if oa != ob:
                sa, sb = oa[2][:200], ob[2][:200]
                return f"code cell {i}, output {j} ({oa[0]} {oa[1]}): {sa!r} … vs {sb!r} …"
        return f"code cell {i}: {len(ca)} outputs, then {len(cb)}"
    if len(a) != len(b):
        return f"{len(a)} code cells, then {len(b)}"
    return None


def html_figures(nb: nbformat.NotebookNode) -> tuple[int, int, str]:
    """(outputs holding an image, images in the HTML export, the HTML).

    An output carrying both PNG and SVG (our figures do) is one figure: nbconvert shows the
    one its display priority prefers, as an <img> with a data: URL.
    """
    figures_ = 0
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            figures_ += "image/png" in data or "image/svg+xml" in data
    html, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    imgs = len(re.findall(r"<img[^>]+src=\"data:image/(?:png|svg\+xml);base64,", html))
    return figures_, imgs, html


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="notebooks (default: every notebook under notebooks/)")
    ap.add_argument("--out", default="figures", help="output folder for executed notebooks, figures and HTML")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    ap.add_argument("--kernel", default="swift-research")
    ap.add_argument("--no-repeat", action="store_true", help="skip the second, comparing execution")
    args = ap.parse_args()
    notebooks_dir = ROOT / "notebooks"
    paths = [p.resolve() for p in notebook_paths(args.paths, notebooks_dir)]
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    out = pathlib.Path(args.out)
    failures = 0
    for path in paths:
        rel = path.relative_to(notebooks_dir) if path.is_relative_to(notebooks_dir) else pathlib.Path(path.name)
        t0 = time.monotonic()
        nb, error = execute(path, args.kernel, args.timeout)
        took = time.monotonic() - t0
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
        n = figures(nb, target.with_suffix(""))
        line = f"{rel}: {'ok' if not error else 'FAILED: ' + error} ({len(nb.cells)} cells, {n} figures, {took:.1f} s)"
        if error:
            failures += 1
            print(line)
            continue
        shown, imgs, html = html_figures(nb)
        line += f"; html: {imgs} <img> for {shown} figure outputs"
        if imgs < shown:
            failures += 1
            line += " FAILED"
        else:
            target.with_suffix(".html").write_text(html)
        reproducible_set = path.parent == notebooks_dir
        if reproducible_set and not args.no_repeat:
            again, error2 = execute(path, args.kernel, args.timeout)
            diff = error2 or first_difference(fingerprint(nb), fingerprint(again))
            if diff:
                failures += 1
                line += f"; second run DIFFERS: {diff}"
            else:
                line += "; second run byte-identical"
        print(line, flush=True)
    print(f"notebooks: {len(paths) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
