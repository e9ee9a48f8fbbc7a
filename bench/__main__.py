"""`python -m bench [--json FILE]`: every benchmark of the project, one table, one JSON file.

Each part is its own module (bench.bench_app, bench.bench_devices, bench.bench_queue,
bench.bench_server, bench.bench_audit_log) and can be run alone with more options. This runner uses their defaults, sized
so the whole run takes a few minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

PARTS: tuple[tuple[str, str], ...] = (
    ("bench.bench_app", "kiosk app: cold start, screen transition, memory"),
    ("bench.bench_devices", "devices: card, ID reader, receipts"),
    ("bench.bench_queue", "offline queue: enqueue, drain, bundles"),
    ("bench.bench_server", "agency server: 50 kiosks, open loops of claims and heartbeats"),
    ("bench.bench_audit_log", "audit log: Merkle tree at 10^4 and 10^5 entries, SQLite"),
)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu
            )
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="run every benchmark")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures here as JSON")
    parser.add_argument("--only", action="append", help="run only these parts (module names)")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    failed: list[str] = []
    began = time.perf_counter()
    for module_name, title in PARTS:
        if (
            args.only
            and module_name not in args.only
            and module_name.split(".")[-1] not in args.only
        ):
            continue
        print(f"== {title}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(module_name)
            run: Callable[[], dict[str, float]] = module.run
            figures.update(run())
        except Exception:  # one broken part must not hide the others' figures
            traceback.print_exc()
            failed.append(module_name)
    figures["bench_total_s"] = time.perf_counter() - began
    width = max(len(k) for k in figures)
    print(f"machine: {machine()}")
    print(f"{'figure':<{width}}  value")
    for key in sorted(figures):
        print(f"{key:<{width}}  {figures[key]:.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    if failed:
        print(f"failed parts: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
