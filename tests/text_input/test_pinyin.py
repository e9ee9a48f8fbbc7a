"""The pinyin engine on the lexicon the kiosk ships: what a Chinese claimant sees as they type."""

from __future__ import annotations

import gzip
import itertools
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.text_input import build_pinyin
from kiosk.text_input.pinyin import (
    MAX_SPELLING,
    PAGE_SIZE,
    Lexicon,
    PinyinComposer,
    parse_rows,
    shipped_lexicon,
)

LEXICON = shipped_lexicon()


def typed(keys: str, max_length: int = 500) -> PinyinComposer:
    composer = PinyinComposer(max_length=max_length, lexicon=LEXICON)
    for key in keys:
        composer = composer.press(key)
    return composer


def first_texts(composer: PinyinComposer) -> list[str]:
    return [candidate.text for candidate in composer.shown()]


@pytest.mark.parametrize(
    ("spelling", "word"),
    [
        ("nihao", "你好"),
        ("tousu", "投诉"),
        ("jianyi", "建议"),
        ("zhongguo", "中国"),
        ("yinhang", "银行"),  # 行 read hang inside this word
        ("lvse", "绿色"),  # v stands for ü, as on every pinyin keyboard
        ("fangan", "方案"),  # cut fang'an, not fan'gan
        ("xi'an", "西安"),  # the separator forces the cut
    ],
)
def test_the_word_a_spelling_means_comes_first(spelling: str, word: str) -> None:
    assert first_texts(typed(spelling))[0] == word


def test_common_words_sharing_a_spelling_are_on_the_first_page() -> None:
    assert {"事业", "失业"} <= set(first_texts(typed("shiye")))


@pytest.mark.parametrize(
    ("spelling", "word"), [("zhongg", "中国"), ("zg", "中国"), ("xianz", "现在")]
)
def test_a_syllable_cut_short_still_finds_the_word(spelling: str, word: str) -> None:
    assert word in first_texts(typed(spelling))


def test_without_a_separator_xian_is_one_syllable() -> None:
    shown = first_texts(typed("xian"))
    assert all(len(text) == 1 for text in shown)
    assert "先" in shown


def test_after_the_words_come_single_characters_for_the_first_syllable() -> None:
    texts = [candidate.text for candidate in typed("nihao").candidates()]
    assert texts[0] == "你好"
    assert "你" in texts
    assert texts.index("你") > texts.index("你好")


def test_choosing_writes_the_word_and_keeps_the_letters_it_did_not_use() -> None:
    composer = typed("woxiang")
    wo = next(c for c in composer.candidates() if c.text == "我")
    composer = composer.choose(wo)
    assert (composer.text, composer.spelling) == ("我", "xiang")
    composer = composer.choose(next(c for c in composer.candidates() if c.text == "想"))
    assert (composer.text, composer.spelling) == ("我想", "")


def test_the_preedit_shows_the_syllables() -> None:
    assert typed("nihao").preedit == "ni'hao"
    assert typed("zhongg").preedit == "zhong'g"


def test_space_writes_the_best_candidate_and_punctuation_follows_it() -> None:
    assert typed("tousu ").text == "投诉"
    assert typed("tousu。").text == "投诉。"
    assert typed("12").text == "12"


def test_letters_no_word_fits_are_written_as_typed() -> None:
    composer = typed("vvv")
    assert composer.candidates() == ()
    assert composer.press(" ").text == "vvv"


def test_backspace_removes_letters_first_then_written_characters() -> None:
    composer = typed("tousu ")
    composer = composer.press("n").backspace()
    assert (composer.text, composer.spelling) == ("投诉", "")
    assert composer.backspace().text == "投"


def test_pages_hold_at_most_a_page_and_stop_at_both_ends() -> None:
    composer = typed("shi")
    assert composer.page_count() > 2
    seen = list(first_texts(composer))
    assert len(seen) == PAGE_SIZE
    assert composer.previous_page().page == 0
    for _ in range(composer.page_count() - 1):
        composer = composer.next_page()
        seen += first_texts(composer)
    assert composer.next_page().page == composer.page == composer.page_count() - 1
    assert seen == [c.text for c in composer.candidates()]
    assert len(set(seen)) == len(seen)


def test_typing_resets_to_the_first_page() -> None:
    assert typed("sh").next_page().press("i").page == 0


def test_nothing_longer_than_the_room_left_is_offered_or_written() -> None:
    composer = typed("zhongguo", max_length=1)
    assert all(len(c.text) == 1 for c in composer.candidates())
    assert len(composer.press(" ").text) == 1
    assert typed("a" * 3, max_length=0).press(" ").text == ""


def test_the_spelling_is_bounded() -> None:
    assert len(typed("a" * (MAX_SPELLING + 10)).spelling) == MAX_SPELLING


def test_rows_out_of_frequency_order_are_refused() -> None:
    with pytest.raises(ValueError, match="frequency order"):
        Lexicon([("你", 1, ("ni",)), ("好", 2, ("hao",))])


def _shipped_rows(limit: int) -> list[tuple[str, int, tuple[str, ...]]]:
    source = resources.files("kiosk.text_input").joinpath("data", "pinyin_lexicon.tsv.gz")
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        return list(itertools.islice(parse_rows(lines), limit))


COMMON = _shipped_rows(3000)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(COMMON))
def test_every_common_entry_is_offered_for_its_own_reading(
    row: tuple[str, int, tuple[str, ...]],
) -> None:
    text, _count, reading = row
    composer = typed("'".join(reading))
    assert text in [c.text for c in composer.candidates()]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuwxyz'", max_size=14))
def test_any_letters_cut_into_syllables_that_spell_them(spelling: str) -> None:
    tokens = LEXICON.segment(spelling)
    if tokens is None:
        return
    assert "".join(t.letters for t in tokens) == spelling.replace("'", "")
    composer = typed(spelling)
    for candidate in composer.candidates():
        assert 0 < candidate.consumed <= len(composer.spelling)


@pytest.mark.slow
def test_the_shipped_file_is_what_the_documented_command_builds() -> None:
    pytest.importorskip("jieba", reason="jieba comes with the dev extra")
    rows = build_pinyin.build()
    head = [(text, count, tuple(reading.split(" "))) for text, count, reading in rows[:3000]]
    assert head == COMMON
    assert ("银行", 7684, "yin hang") in rows
