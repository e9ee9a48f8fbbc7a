"""Long fuzzing run of every parser that reads untrusted bytes: `python -m bench.fuzz [--examples N]`.

Runs the property-based tests of the card TLV records and status words, the ID-reader frames and
text block, ESC/POS status bytes, bundle and ack files and settings files, with the `long`
hypothesis profile (20,000 examples per test unless told otherwise), and prints, per test, how
many examples ran and for how long. Exit status is pytest's: non-zero if any input broke a parser.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = (
    "tests/fuzz",
    "tests/devices/test_sscard_parsers.py",
    "tests/devices/test_idcard_parsers.py",
    "tests/devices/test_printer.py",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--examples", type=int, default=20_000, help="examples per property test")
    args = parser.parse_args(argv)
    env = {
        **os.environ,
        "HYPOTHESIS_PROFILE": "long",
        "CHANGTONG_FUZZ_EXAMPLES": str(args.examples),
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        *TARGETS,
    ]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    print(
        f"fuzz: {args.examples} examples per property test, {time.monotonic() - began:.0f} s in all"
    )
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
