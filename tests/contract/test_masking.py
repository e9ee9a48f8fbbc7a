"""The one masking rule, as a table: every place that shows personal data uses contract.masking."""

from __future__ import annotations

import ast
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from contract.masking import (
    mask_account,
    mask_account_tail,
    mask_card_number,
    mask_id_number,
    mask_mobile,
    mask_name,
)

CASES: list[tuple[Callable[[str], str], str, str]] = [
    # ID numbers: first four and last four, whatever the check character
    (mask_id_number, "22240519870315002X", "2224**********002X"),
    (mask_id_number, "222405198703150028", "2224**********0028"),
    (mask_id_number, " 22240519870315002X ", "2224**********002X"),
    # foreign permanent residence: 2017 (15 characters, letters first) and 2023 (18 digits)
    # (the 2017 one keeps only its last two: its last four would show the day of birth)
    (mask_id_number, "USA110085061002", "USA1*********02"),
    (mask_id_number, "933156199202200020", "9331**********0020"),
    (mask_id_number, "12345678", "********"),
    (mask_id_number, "", ""),
    # social security card numbers
    (mask_card_number, "S12345678", "S******78"),
    (mask_card_number, "A8277", "A**77"),
    (mask_card_number, "S12", "***"),
    # names: the first character only; one character shows nothing
    (mask_name, "金", "*"),
    (mask_name, "张三", "张*"),
    (mask_name, "张三丰", "张**"),
    (mask_name, "欧阳娜娜", "欧***"),
    (mask_name, "김", "*"),
    (mask_name, "김철", "김*"),
    (mask_name, "김철수", "김**"),
    (mask_name, "남궁민수", "남***"),
    (mask_name, "阿依古丽·买买提", "阿*******"),
    (mask_name, "Kim Chol", "K*******"),
    (mask_name, " 张三 ", "张*"),
    (mask_name, "", ""),
    # mobile numbers: carrier prefix and last four
    (mask_mobile, "13812345678", "138****5678"),
    (mask_mobile, "1381234", "*******"),
    (mask_mobile, "", ""),
    # payment accounts: four stars and the last four digits, never the length
    (mask_account, "6217001234567890", "****7890"),
    (mask_account, "62170012345678901234567", "****4567"),
    (mask_account, "sscard:6222021234567890", "sscard:****7890"),
    (mask_account, "1234567", "****"),
    (mask_account_tail, "7890", "****7890"),
    (mask_account_tail, "6217001234567890", "****7890"),
]


@pytest.mark.parametrize(
    ("mask", "value", "shown"), CASES, ids=[f"{m.__name__}:{v!r}" for m, v, _ in CASES]
)
def test_the_one_masking_rule(mask: Callable[[str], str], value: str, shown: str) -> None:
    assert mask(value) == shown


# An account's mask keeps too few digits to be masked again; nothing masks one twice.
TWICE = [(mask, shown) for mask, _, shown in CASES if mask not in (mask_account, mask_account_tail)]


@pytest.mark.parametrize(("mask", "shown"), TWICE)
def test_masking_twice_changes_nothing(mask: Callable[[str], str], shown: str) -> None:
    """The printer masks again what the flow already masked: the second pass must keep it."""
    assert mask(shown) == shown


def test_a_decomposed_korean_name_masks_like_a_composed_one() -> None:
    """Hangul typed or read as separate jamo has more code points than syllables: the mask counts
    syllables, so its length is the name's."""
    decomposed = unicodedata.normalize("NFD", "김철수")
    assert len(decomposed) > 3
    assert mask_name(decomposed) == "김**"


@pytest.mark.parametrize("name", ["金", "김", "A"])
def test_a_one_character_name_is_never_shown(name: str) -> None:
    assert name not in mask_name(name)


def test_the_rule_is_written_once() -> None:
    """No package keeps a masking function of its own beside contract/masking.py: a second copy
    is how three rules came to disagree."""
    root = Path(__file__).resolve().parents[2]
    copies = [
        f"{path.relative_to(root)}:{node.name}"
        for package in ("kiosk", "devices", "server", "screens", "offline_queue", "config")
        for path in sorted((root / package).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name.startswith("mask_")
    ]
    assert copies == []
