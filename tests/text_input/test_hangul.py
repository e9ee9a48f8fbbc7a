"""The 두벌식 automaton types Korean the way a Korean keyboard does, key by key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.text_input.hangul import (
    CONSONANT_KEYS,
    VOWEL_KEYS,
    HangulComposer,
    compose,
    keys_of,
    syllable,
)

SYLLABLES = st.integers(0xAC00, 0xD7A3).map(chr)
JAMO_KEYS = st.sampled_from(list(CONSONANT_KEYS + VOWEL_KEYS))
ANY_KEYS = st.lists(st.one_of(JAMO_KEYS, st.sampled_from([" ", "1", ".", "?"])), max_size=40)


def typed(keys: list[str] | str, max_length: int = 500) -> HangulComposer:
    composer = HangulComposer(max_length=max_length)
    for key in keys:
        composer = composer.press(key)
    return composer


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("ㅎㅏㄴㄱㅜㄱㅇㅓ", "한국어"),
        ("ㄷㅏㄹㄱ", "닭"),
        ("ㄷㅏㄹㄱㅇㅣ", "닭이"),
        ("ㄷㅏㄹㄱㅣ", "달기"),  # the second half of a double final moves on
        ("ㅇㅓㅂㅅㅇㅓ", "없어"),
        ("ㅇㅓㅂㅅㅓ", "업서"),
        ("ㄱㅏㄱㅏ", "가가"),  # a single final moves on whole
        ("ㄱㅗㅐㄴㅊㅏㄴㅎㅇㅏㅇㅛ", "괜찮아요"),
        ("ㅇㅡㅣㅅㅏ", "의사"),
        ("ㅂㅏㅃㅏ", "바빠"),  # ㅃ is never a final: it starts the next syllable
        ("ㅂㅏㅃ", "바ㅃ"),
        ("ㅅㅏㄹㅁㅇㅡㄹ", "삶을"),
        ("ㅏ", "ㅏ"),
        ("ㅗㅏ", "ㅘ"),  # a lone compound vowel still composes
        ("ㄱㄴ", "ㄱㄴ"),  # two initials stay two jamo
        ("ㄱㅏ ㄴㅏ", "가 나"),
        ("ㅈㅗㅅㅓㄴㅈㅗㄱ", "조선족"),
        ("ㅇㅕㄴㅂㅕㄴ", "연변"),
    ],
)
def test_keys_compose_into_the_syllables_a_korean_keyboard_shows(keys: str, text: str) -> None:
    assert compose(keys) == text


def test_backspace_takes_back_one_key_of_the_syllable_being_composed() -> None:
    composer = typed("ㄷㅏㄹㄱ")
    shown = []
    while composer.text:
        composer = composer.backspace()
        shown.append(composer.text)
    assert shown == ["달", "다", "ㄷ", ""]


def test_backspace_splits_a_compound_vowel_and_a_double_final() -> None:
    assert typed("ㄱㅗㅏ").backspace().text == "고"
    assert typed("ㅇㅓㅂㅅ").backspace().text == "업"


def test_backspace_after_a_final_moved_on_leaves_its_consonant_alone() -> None:
    composer = typed("ㄷㅏㄹㄱㅣ")
    assert composer.committed == "달"
    assert composer.backspace().text == "달ㄱ"


def test_backspace_over_a_finished_syllable_removes_all_of_it() -> None:
    composer = typed("ㅎㅏㄴㄱㅜㄱ").finish()
    assert composer.preedit == ""
    assert composer.backspace().text == "한"


def test_the_syllable_being_composed_is_the_preedit() -> None:
    composer = typed("ㅎㅏㄴㄱㅜ")
    assert (composer.committed, composer.preedit) == ("한", "구")


def test_a_key_that_would_pass_the_maximum_length_is_refused() -> None:
    composer = typed("ㄱㅏㄴㅏ", max_length=2)
    assert composer.text == "가나"
    assert composer.press("ㄸ").text == "가나"  # ㄸ would start a third syllable
    assert composer.press("ㄴ").text == "가난"  # a final adds no character: still allowed


def test_clearing_keeps_only_the_maximum_length() -> None:
    composer = typed("ㄱㅏ", max_length=9).cleared()
    assert (composer.text, composer.composing, composer.max_length) == ("", (), 9)


@given(st.lists(SYLLABLES, min_size=1, max_size=12).map("".join))
def test_typing_the_keys_of_any_korean_text_gives_that_text(text: str) -> None:
    assert compose(keys_of(text)) == text


@given(ANY_KEYS)
def test_only_syllables_lone_jamo_and_the_typed_symbols_appear(keys: list[str]) -> None:
    allowed_jamo = set(CONSONANT_KEYS + VOWEL_KEYS + "ㅘㅙㅚㅝㅞㅟㅢ")
    for char in typed(keys).text:
        assert 0xAC00 <= ord(char) <= 0xD7A3 or char in allowed_jamo or char in " 1.?"


@given(ANY_KEYS, st.integers(0, 12))
def test_the_text_never_passes_the_maximum_length(keys: list[str], limit: int) -> None:
    assert len(typed(keys, max_length=limit).text) <= limit


@given(ANY_KEYS, JAMO_KEYS)
def test_a_key_then_backspace_restores_the_text_unless_a_final_moved_on(
    keys: list[str], key: str
) -> None:
    before = typed(keys)
    after = before.press(key)
    moved_final = after.committed != before.text and after.committed != before.committed
    if not moved_final:
        assert after.backspace().text == before.text


@given(ANY_KEYS)
def test_backspace_always_empties_the_text_in_as_many_steps_as_there_is_to_take(
    keys: list[str],
) -> None:
    composer = typed(keys)
    steps = len(composer.committed) + len(composer.composing)
    for _ in range(steps):
        composer = composer.backspace()
    assert composer.text == ""


def test_syllable_arithmetic_matches_unicode() -> None:
    assert syllable("ㄱ", "ㅏ") == "가"
    assert syllable("ㅎ", "ㅣ", "ㅎ") == "힣"
    assert syllable("ㄷ", "ㅏ", "ㄺ") == "닭"
