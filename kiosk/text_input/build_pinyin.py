"""Build the pinyin lexicon the keyboard ships: `python -m kiosk.text_input.build_pinyin`.

Run it again only to refresh the data (a new pypinyin or jieba); the kiosk never runs it and
needs neither library. Sources, both MIT-licensed and installed with the dev extra:
- readings from pypinyin (its pinyin_dict for single characters, every reading; its phrase
  dictionary, through `lazy_pinyin`, for the reading of a character inside a word, so 银行 is
  yin hang and 行走 xing zou);
- how often a word is used from the frequency column of jieba's dictionary (349,046 words
  counted over a large general corpus), which also chooses which words are kept.

Kept: the 6,763 characters of GB 2312 (levels 1 and 2: what an everyday Chinese text uses)
with all their readings, and the most frequent words of two to four such characters. The
output is one gzip'd UTF-8 text file of `word<TAB>frequency<TAB>syllables` lines, most frequent
first, readable with zcat and diffable after a refresh.
"""

from __future__ import annotations

import argparse
import gzip
import io
from pathlib import Path

OUTPUT = Path(__file__).with_name("data") / "pinyin_lexicon.tsv.gz"
WORDS_KEPT = 60_000
# A character read its second or later way is much rarer than read its first way (pypinyin
# lists readings most common first): 行 is xing far more than hang.
OTHER_READING_SHARE = 0.05


def _gb2312_hanzi() -> list[str]:
    found: list[str] = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                char = bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= char <= "\u9fff":
                found.append(char)
    return found


def build(words_kept: int = WORDS_KEPT) -> list[tuple[str, int, str]]:
    """(text, frequency, syllables) rows, most frequent first."""
    import jieba  # type: ignore[import-untyped]  # no stubs; only this build step uses it
    from pypinyin import Style, lazy_pinyin, pinyin

    frequency: dict[str, int] = {}
    with jieba.get_dict_file() as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            word, count, *_ = line.split()
            frequency[word] = max(frequency.get(word, 0), int(count))
    hanzi = _gb2312_hanzi()
    known = set(hanzi)
    rows: dict[tuple[str, str], int] = {}
    for char in hanzi:
        base = frequency.get(char, 1)
        readings = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
        for index, reading in enumerate(dict.fromkeys(readings)):
            share = 1.0 if index == 0 else OTHER_READING_SHARE
            if reading.isascii() and reading.isalpha():
                rows[(char, reading)] = max(1, round(base * share))
    words = sorted(
        (
            (count, word)
            for word, count in frequency.items()
            if 2 <= len(word) <= 4 and all(char in known for char in word)
        ),
        reverse=True,
    )[:words_kept]
    for used, word in words:
        spelled = lazy_pinyin(word, style=Style.NORMAL)
        if len(spelled) == len(word) and all(s.isascii() and s.isalpha() for s in spelled):
            rows[(word, " ".join(spelled))] = used
    ordered = sorted(rows.items(), key=lambda item: (-item[1], item[0]))
    return [(text, used, reading) for (text, reading), used in ordered]


def write(rows: list[tuple[str, int, str]], output: Path) -> None:
    body = "".join(f"{text}\t{count}\t{syllables}\n" for text, count, syllables in rows)
    # mtime=0: the same sources give the same bytes, so a rebuild shows no spurious change.
    output.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=WORDS_KEPT, help="words kept, by frequency")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    rows = build(args.words)
    write(rows, args.output)
    print(f"{args.output}: {len(rows)} entries, {args.output.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
