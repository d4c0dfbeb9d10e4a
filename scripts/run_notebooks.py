"""Executes notebooks headless with nbclient against the installed kernel.

Each notebook under notebooks/ (or the paths given) runs top to bottom in a fresh
kernel; a cell with an error output fails the run. The executed notebook goes to
OUT/<name>.ipynb and every figure it shows to OUT/<name>/<cell>-<n>.png|svg.

    .venv/bin/python scripts/run_notebooks.py [--out figures] [--timeout 600] [paths...]
"""
import argparse
import base64
import pathlib
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def figures(nb, folder: pathlib.Path) -> int:
    """Writes every image output of `nb` under `folder`; returns how many."""
    count = 0
    for ci, cell in enumerate(nb.cells):
        for oi, out in enumerate(cell.get("outputs", [])):
            data = out.get("data", {})
            for mime, ext in (("image/png", "png"), ("image/svg+xml", "svg")):
                if mime in data:
                    folder.mkdir(parents=True, exist_ok=True)
                    path = folder / f"cell{ci:02d}-{oi}.{ext}"
                    payload = data[mime]
                    path.write_bytes(base64.b64decode(payload) if ext == "png" else "".join(payload).encode())
                    count += 1
    return count


def notebook_paths(given: list[str], notebooks_dir: pathlib.Path) -> list[pathlib.Path]:
    """The notebooks named on the command line, else every notebook under notebooks_dir (sorted)."""
    return [pathlib.Path(p) for p in given] or sorted(
        p for p in notebooks_dir.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="notebooks (default: every notebook under notebooks/)")
    ap.add_argument("--out", default="figures", help="output folder (default: figures)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    ap.add_argument("--kernel", default="swift-research", help="kernelspec name")
    args = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    paths = notebook_paths(args.paths, root / "notebooks")
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    out = pathlib.Path(args.out)
    failures = 0
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=args.timeout, kernel_name=args.kernel,
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
            status = "ok"
        except CellExecutionError as e:
            status = f"FAILED: {str(e).splitlines()[0] if str(e) else 'cell error'}"
            failures += 1
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if errors and status == "ok":
            status = f"FAILED: {len(errors)} error output(s)"
            failures += 1
        rel = path.relative_to(root / "notebooks") if path.is_relative_to(root / "notebooks") else pathlib.Path(path.name)
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
        n = figures(nb, target.with_suffix(""))
        print(f"{rel}: {status} ({len(nb.cells)} cells, {n} figures) -> {target}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
