"""Every test the threat model names exists, so the document cannot point at nothing."""

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_named_test_exists() -> None:
    text = (ROOT / "docs" / "threat-model.md").read_text("utf-8")
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", text))
    defined = {
        m.group(1)
        for path in (ROOT / "tests").rglob("test_*.py")
        for m in re.finditer(r"^\s*def (test_[a-z0-9_]+)", path.read_text("utf-8"), re.M)
    }
    assert len(named) > 40
    assert sorted(named - defined) == []
