"""`make bench`: run every benchmark at full size, print a table, write bench-results.json."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tests.benchmarks as package

COLUMNS = ("figure", "ours_s", "baseline_s", "ratio", "target", "passed", "detail")


def discover() -> list[str]:
    return sorted(
        f"{package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.startswith("bench_")
    )


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "pass" if value else "FAIL"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="quick sizes, as the test suite runs")
    parser.add_argument("--only", help="run only benchmarks whose module name contains this")
    parser.add_argument("--output", default="bench-results.json")
    args = parser.parse_args(argv)
    figures: list[dict] = []
    for name in discover():
        if args.only and args.only not in name:
            continue
        print(f"running {name.rsplit('.', 1)[-1]} …", file=sys.stderr, flush=True)
        try:
            figures.extend(importlib.import_module(name).run(small=args.small))
        except Exception:
            traceback.print_exc()
            figures.append({"figure": name, "passed": False, "error": "crashed"})
    if not figures:
        print(f"No benchmark's module name contains {args.only!r}.", file=sys.stderr)
        return 2
    widths = [max(len(c), *(len(_cell(f.get(c))) for f in figures)) for c in COLUMNS]
    pairs = list(zip(COLUMNS, widths, strict=True))
    print("  ".join(c.ljust(w) for c, w in pairs))
    for figure in figures:
        print("  ".join(_cell(figure.get(c)).ljust(w) for c, w in pairs))
    text = json.dumps(figures, indent=2, default=str) + "\n"
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"\nWrote {args.output}", file=sys.stderr)
    return 0 if all(f.get("passed") for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
