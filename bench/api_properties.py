"""Longer property-based run of the agency API: `python -m bench.api_properties [--examples N]`.

The suite runs every operation of the OpenAPI document with 15 generated requests each; this runs
the same test with many more (default 500 per operation) against a fresh seeded server on
loopback, and prints the number of examples and the seconds it took.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--examples", type=int, default=500, help="generated requests per operation"
    )
    args = parser.parse_args(argv)
    env = {**os.environ, "CHANGTONG_API_EXAMPLES": str(args.examples)}
    began = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/server/test_api_properties.py",
    ]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    print(
        f"api properties: {args.examples} examples per operation, {time.monotonic() - began:.0f} s"
    )
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
