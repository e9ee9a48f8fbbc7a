"""Keeps the README's settings table equal to the schema: `python -m config.readme_sync` rewrites it."""

import sys
from pathlib import Path

from config.reference import reference_markdown

START = "<!-- config-reference:start -->"
END = "<!-- config-reference:end -->"


def with_reference(readme: str) -> str:
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{reference_markdown()}{END}{tail}"


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(with_reference(path.read_text("utf-8")), "utf-8")
