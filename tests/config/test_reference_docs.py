"""The README's settings table is generated from the schema and must be current."""

from pathlib import Path

from config.readme_sync import with_reference
from config.reference import DESCRIPTIONS, _rows
from config.schema import Settings

README = Path(__file__).parents[2] / "README.md"


def test_readme_settings_table_matches_the_schema() -> None:
    text = README.read_text("utf-8")
    assert with_reference(text) == text, "run: .venv/bin/python -m config.readme_sync"


def test_every_setting_is_described() -> None:
    keys = {row[0] for row in _rows(Settings)}
    assert keys == set(DESCRIPTIONS)
