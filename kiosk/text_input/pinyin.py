"""Pinyin input: letters typed become candidate words and characters, most used first.

The claimant types the spelling (nihao); the keyboard offers 你好, 你, 尼 … a page at a time;
choosing one writes it and keeps whatever letters it did not use for the next choice
(woxiang → 我 leaves xiang). Syllables may be cut short (zhongg, or only initials: zg → 中国),
as every phone keyboard in China allows, since elderly claimants often type only the start.

The lexicon (kiosk/text_input/data/pinyin_lexicon.tsv.gz, built by build_pinyin.py from
pypinyin's readings and jieba's word frequencies) is read on first use, not at start-up, so a
kiosk that nobody types at never holds it. Nothing typed is remembered between compositions:
a public kiosk must not learn, and later suggest, what one claimant wrote.
"""

from __future__ import annotations

import gzip
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources

PAGE_SIZE = 6
"""Candidates shown at once in landscape; the keyboard shows fewer on a narrow portrait panel."""
MAX_SPELLING = 32
"""Letters held before a choice: more is a stuck key or a game, not a word."""
MAX_CANDIDATES = 240
SEPARATOR = "'"
"""Typed between syllables to force a split (xi'an 西安, not xian 先)."""
_LEXICON_FILE = "pinyin_lexicon.tsv.gz"


@dataclass(frozen=True)
class Candidate:
    text: str
    consumed: int
    """How many letters of the spelling (separators included) choosing this one uses."""


@dataclass(frozen=True)
class Token:
    """One syllable of the spelling: complete (hao), or only its start (h, zh, zho)."""

    letters: str
    complete: bool
    end: int  # index in the spelling just after this token


class _Bucket:
    """The entries whose reading starts with one syllable, most used first, packed into two
    strings and an array: a list of tuples would hold the lexicon in several times the memory."""

    __slots__ = ("counts", "readings", "texts")

    def __init__(self) -> None:
        self.counts = array("L")
        self.texts: list[str] | str = []
        self.readings: list[str] | str = []

    def add(self, text: str, count: int, reading: str) -> None:
        assert isinstance(self.texts, list) and isinstance(self.readings, list)
        self.counts.append(count)
        self.texts.append(text)
        self.readings.append(reading)

    def pack(self) -> None:
        self.texts = "\n".join(self.texts)
        self.readings = "\n".join(self.readings)

    def entries(self) -> zip[tuple[int, str, str]]:
        assert isinstance(self.texts, str) and isinstance(self.readings, str)
        return zip(self.counts, self.texts.split("\n"), self.readings.split("\n"), strict=True)


class Lexicon:
    """Words and characters by reading, each with how often it is used."""

    def __init__(self, rows: Iterable[tuple[str, int, tuple[str, ...]]]) -> None:
        """`rows` as (text, frequency, syllables), most used first (the file's order)."""
        buckets: dict[str, _Bucket] = {}
        syllables: set[str] = set()
        last = None
        for text, count, reading in rows:
            if last is not None and count > last:
                raise ValueError(f"lexicon rows out of frequency order at {text!r}")
            last = count
            bucket = buckets.get(reading[0])
            if bucket is None:
                bucket = buckets[reading[0]] = _Bucket()
            bucket.add(text, count, " ".join(reading))
            syllables.update(reading)
        for bucket in buckets.values():
            bucket.pack()
        self._buckets = buckets
        # Interjections without a vowel (n, ng, hm for 嗯, 哼) would cut nihao into n-i-hao
        # attempts; their characters stay reachable by their other readings (en, heng).
        self.syllables = frozenset(s for s in syllables if any(v in s for v in "aeiouv"))
        self._prefixes = frozenset(s[:i] for s in self.syllables for i in range(1, len(s) + 1))

    def segment(self, spelling: str) -> tuple[Token, ...] | None:
        """The spelling cut into syllables: fewest cut-short syllables, then fewest syllables,
        then the longest first syllable (fangan → fang'an, as most IMEs read it). None when
        no cut fits."""
        n = len(spelling)
        # Filled from the end, so among equal cuts the first piece tried (the longest) stays.
        best: list[tuple[int, int] | None] = [None] * (n + 1)
        cut: list[tuple[int, bool]] = [(n, True)] * (n + 1)
        best[n] = (0, 0)
        for start in range(n - 1, -1, -1):
            if spelling[start] == SEPARATOR:
                best[start], cut[start] = best[start + 1], (start + 1, True)
                continue
            for end in range(min(n, start + 6), start, -1):
                rest = best[end]
                piece = spelling[start:end]
                if rest is None or piece not in self._prefixes:
                    continue
                complete = piece in self.syllables
                cost = (rest[0] + (0 if complete else 1), rest[1] + 1)
                current = best[start]
                if current is None or cost < current:
                    best[start], cut[start] = cost, (end, complete)
        if best[0] is None:
            return None
        tokens: list[Token] = []
        start = 0
        while start < n:
            end, complete = cut[start]
            if spelling[start:end] != SEPARATOR:
                tokens.append(Token(spelling[start:end], complete, end))
            start = end
        return tuple(tokens)

    def _starting(self, token: Token) -> tuple[str, ...]:
        if token.complete:
            return (token.letters,)
        return tuple(s for s in self.syllables if s.startswith(token.letters))

    def candidates(self, spelling: str) -> tuple[Candidate, ...]:
        """Words using all the syllables first, then fewer, down to single characters for the
        first syllable; most used first within each length."""
        tokens = self.segment(spelling)
        if not tokens:
            return ()
        by_length: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for first in self._starting(tokens[0]):
            bucket = self._buckets.get(first)
            if bucket is None:
                continue
            for count, text, reading in bucket.entries():
                size = len(text)
                if size > len(tokens):
                    continue
                if size == 1 or all(
                    _matches(syllable, token)
                    for syllable, token in zip(reading.split(" ")[1:], tokens[1:size], strict=False)
                ):
                    by_length[size].append((count, text))
        found: list[Candidate] = []
        seen: set[str] = set()
        for size in sorted(by_length, reverse=True):
            consumed = tokens[size - 1].end
            for _count, text in sorted(by_length[size], key=lambda item: -item[0]):
                if text not in seen:
                    seen.add(text)
                    found.append(Candidate(text, consumed))
                if len(found) >= MAX_CANDIDATES:
                    return tuple(found)
        return tuple(found)


def _matches(syllable: str, token: Token) -> bool:
    return syllable == token.letters if token.complete else syllable.startswith(token.letters)


def parse_rows(lines: Iterable[str]) -> Iterator[tuple[str, int, tuple[str, ...]]]:
    """Rows of the lexicon file (`word<TAB>frequency<TAB>syllables`)."""
    for line in lines:
        word, count, reading = line.rstrip("\n").split("\t")
        yield word, int(count), tuple(reading.split(" "))


@cache
def shipped_lexicon() -> Lexicon:
    """The lexicon in the package, read once, on the first letter typed."""
    source = resources.files("kiosk.text_input").joinpath("data", _LEXICON_FILE)
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        return Lexicon(parse_rows(lines))


@dataclass(frozen=True)
class PinyinComposer:
    """Text written so far and the letters not yet turned into characters.

    Immutable like HangulComposer: the keyboard holds one value and replaces it per key.
    """

    committed: str = ""
    spelling: str = ""
    page: int = 0
    max_length: int = 500
    page_size: int = PAGE_SIZE
    lexicon: Lexicon = field(default_factory=shipped_lexicon, compare=False, repr=False)

    @property
    def composing(self) -> bool:
        return bool(self.spelling)

    @property
    def preedit(self) -> str:
        """The spelling with its syllables marked (ni'hao), shown after the text underlined."""
        tokens = self.lexicon.segment(self.spelling) if self.spelling else None
        if not tokens:
            return self.spelling
        return SEPARATOR.join(token.letters for token in tokens)

    @property
    def text(self) -> str:
        """What is written; the letters still composing are not part of it."""
        return self.committed

    @cached_property
    def _fitting(self) -> tuple[Candidate, ...]:
        # Kept on this value only (not in a shared cache), so no spelling outlives the text.
        if not self.spelling:
            return ()
        room = self.max_length - len(self.committed)
        return tuple(c for c in self.lexicon.candidates(self.spelling) if len(c.text) <= room)

    def candidates(self) -> tuple[Candidate, ...]:
        """Every candidate for the spelling that still fits within the maximum length."""
        return self._fitting

    def page_count(self) -> int:
        return max(1, -(-len(self.candidates()) // self.page_size))

    def shown(self) -> tuple[Candidate, ...]:
        """The candidates on the current page."""
        start = self.page * self.page_size
        return self.candidates()[start : start + self.page_size]

    def press(self, key: str) -> PinyinComposer:
        """A letter (a–z) adds to the spelling; the separator splits syllables; anything else
        (space, digit, punctuation) first writes the best candidate, then itself (space only
        chooses, as on every pinyin keyboard)."""
        if len(key) == 1 and "a" <= key <= "z":
            if len(self.spelling) >= MAX_SPELLING:
                return self
            return replace(self, spelling=self.spelling + key, page=0)
        if key == SEPARATOR:
            if not self.spelling or self.spelling.endswith(SEPARATOR):
                return self
            return replace(self, spelling=self.spelling + key, page=0)
        if self.spelling:
            chosen = self._write_best()
            return chosen if key == " " else chosen._write(key)
        return self._write(key)

    def _write(self, text: str) -> PinyinComposer:
        if len(self.committed) + len(text) > self.max_length:
            return self
        return replace(self, committed=self.committed + text)

    def _write_best(self) -> PinyinComposer:
        """Until the spelling is used up: the best candidate, or the letters as typed when no
        word fits them (a foreign name, an abbreviation)."""
        composer = self
        while composer.spelling:
            found = composer.candidates()
            if found:
                composer = composer.choose(found[0])
            else:
                letters = composer.spelling.replace(SEPARATOR, "")
                written = composer._write(letters)
                composer = replace(written, spelling="", page=0)
        return composer

    def choose(self, candidate: Candidate) -> PinyinComposer:
        if len(self.committed) + len(candidate.text) > self.max_length:
            return self
        rest = self.spelling[candidate.consumed :].lstrip(SEPARATOR)
        return replace(self, committed=self.committed + candidate.text, spelling=rest, page=0)

    def choose_shown(self, index: int) -> PinyinComposer:
        shown = self.shown()
        return self.choose(shown[index]) if 0 <= index < len(shown) else self

    def next_page(self) -> PinyinComposer:
        return replace(self, page=min(self.page + 1, self.page_count() - 1))

    def previous_page(self) -> PinyinComposer:
        return replace(self, page=max(self.page - 1, 0))

    def backspace(self) -> PinyinComposer:
        if self.spelling:
            return replace(self, spelling=self.spelling[:-1], page=0)
        return replace(self, committed=self.committed[:-1])

    def finish(self) -> PinyinComposer:
        """Done typing: letters left over are written as the best candidates."""
        return self._write_best()

    def cleared(self) -> PinyinComposer:
        return PinyinComposer(
            max_length=self.max_length, page_size=self.page_size, lexicon=self.lexicon
        )
