"""The reason table: every code explained in zh_CN and Yanbian Korean, with its source."""

import re
import string
from datetime import date
from pathlib import Path

import pytest

from server.rules import (
    REASONS,
    SEPARATION_LABELS,
    Effect,
    ReasonCode,
    SeparationReason,
    explain,
)

HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", list(ReasonCode))
def test_every_code_has_chinese_and_korean_text_with_a_source(code: ReasonCode) -> None:
    text = REASONS[code]
    assert HAN.search(text.zh) and not HANGUL.search(text.zh)
    assert HANGUL.search(text.ko)
    assert text.source_zh and text.source_ko
    assert re.search(r"条|号", text.source_zh)
    assert re.search(r"조", text.source_ko)


@pytest.mark.parametrize("code", list(ReasonCode))
def test_chinese_and_korean_texts_use_the_same_placeholders(code: ReasonCode) -> None:
    text = REASONS[code]
    assert _fields(text.zh) == _fields(text.ko)
    assert _fields(text.next_step_zh or "") == _fields(text.next_step_ko or "")


@pytest.mark.parametrize(
    "code", [c for c in ReasonCode if REASONS[c].effect in (Effect.REFUSAL, Effect.REVIEW)]
)
def test_every_refusal_says_what_the_claimant_can_do_next(code: ReasonCode) -> None:
    text = REASONS[code]
    assert text.next_step_zh and text.next_step_ko


@pytest.mark.parametrize("code", list(ReasonCode))
def test_korean_is_polite_hapnida_style(code: ReasonCode) -> None:
    text = REASONS[code]
    for ko in filter(None, (text.ko, text.next_step_ko)):
        for sentence in filter(None, (s.strip() for s in re.split(r"(?<=[.])\s", ko))):
            assert sentence.endswith(("니다.", "십시오.", "됩니다.")), sentence


def test_korean_follows_yanbian_spelling() -> None:
    everything = " ".join(
        [t.ko + (t.next_step_ko or "") for t in REASONS.values()]
        + [label.ko for label in SEPARATION_LABELS.values()]
    )
    for south_korean in ("노동", "이유", "날짜", "근로"):
        assert south_korean not in everything


def test_every_separation_reason_has_a_label_in_both_languages() -> None:
    assert set(SEPARATION_LABELS) == set(SeparationReason)
    for label in SEPARATION_LABELS.values():
        assert HAN.search(label.zh) and HANGUL.search(label.ko)


def test_explain_fills_dates_the_way_each_language_writes_them() -> None:
    text = explain(ReasonCode.STOP_ENLISTED, date=date(2026, 3, 9))
    assert "2026年3月9日" in text.zh
    assert "2026년 3월 9일" in text.ko


def test_explain_refuses_a_missing_value() -> None:
    with pytest.raises(KeyError):
        explain(ReasonCode.CONTRIBUTION_INSUFFICIENT, contribution_months=3)


def test_docs_list_every_reason_code() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    missing = [code.value for code in ReasonCode if f"`{code.value}`" not in docs]
    assert not missing
