"""Hangul 두벌식 (2-set) composition: jamo key presses become syllables as the claimant types.

The syllable being composed is kept as the keys that made it, not as a finished character:
backspace then takes back exactly the last key (닭 → 달 → 다 → ㄷ), a compound vowel or a double
final consonant is undone half at a time, and a final consonant that a following vowel claims
moves to the next syllable (닭 + ㅣ → 달기, 각 + ㅏ → 가가) from the keys alone. Syllables
already left behind are plain text: backspace there removes a whole syllable, as phone and
desktop Korean keyboards do.

Jamo are the Hangul Compatibility Jamo (U+3131..U+3163) that keyboards print on their keys;
syllables are composed arithmetically in the Hangul Syllables block (U+AC00..U+D7A3), the
Unicode standard's own algorithm (chapter 3.12).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# The 19 initial consonants, 21 vowels and 27 final consonants, in Unicode's syllable order.
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"

CONSONANT_KEYS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWEL_KEYS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ"
"""The vowels printed on a 두벌식 keyboard (shifted ㅒ ㅖ included); the others are typed as two."""

_COMPOUND_VOWELS: dict[tuple[str, str], str] = {
    ("ㅗ", "ㅏ"): "ㅘ",
    ("ㅗ", "ㅐ"): "ㅙ",
    ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅜ", "ㅔ"): "ㅞ",
    ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
_DOUBLE_FINALS: dict[tuple[str, str], str] = {
    ("ㄱ", "ㅅ"): "ㄳ",
    ("ㄴ", "ㅈ"): "ㄵ",
    ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ",
    ("ㄹ", "ㅂ"): "ㄼ",
    ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ",
    ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}

_SYLLABLE_BASE = 0xAC00


def is_consonant(key: str) -> bool:
    return len(key) == 1 and key in CONSONANT_KEYS


def is_vowel(key: str) -> bool:
    return len(key) == 1 and key in VOWEL_KEYS


def syllable(initial: str, vowel: str, final: str = "") -> str:
    """The precomposed syllable of an initial, a (possibly compound) vowel and a final."""
    index = (INITIALS.index(initial) * len(VOWELS) + VOWELS.index(vowel)) * (len(FINALS) + 1)
    return chr(_SYLLABLE_BASE + index + (FINALS.index(final) + 1 if final else 0))


@dataclass(frozen=True)
class _Parts:
    """The keys of one syllable split into its three places (each 0, 1 or 2 keys)."""

    initial: tuple[str, ...]
    vowel: tuple[str, ...]
    final: tuple[str, ...]


def _parts(keys: tuple[str, ...]) -> _Parts:
    """Keys of a syllable come in the order initial?, vowel{0,2}, final{0,2}: split them."""
    at = 0
    initial: tuple[str, ...] = ()
    if keys and is_consonant(keys[0]):
        initial, at = keys[:1], 1
    vowel_end = at
    while vowel_end < len(keys) and is_vowel(keys[vowel_end]):
        vowel_end += 1
    return _Parts(initial, keys[at:vowel_end], keys[vowel_end:])


def _vowel(keys: tuple[str, ...]) -> str:
    return keys[0] if len(keys) == 1 else _COMPOUND_VOWELS[(keys[0], keys[1])]


def _final(keys: tuple[str, ...]) -> str:
    if not keys:
        return ""
    return keys[0] if len(keys) == 1 else _DOUBLE_FINALS[(keys[0], keys[1])]


def render(keys: tuple[str, ...]) -> str:
    """What the keys of one syllable look like on the glass: a syllable, or a lone jamo."""
    if not keys:
        return ""
    parts = _parts(keys)
    if not parts.vowel:
        return parts.initial[0]
    if not parts.initial:
        return _vowel(parts.vowel)
    return syllable(parts.initial[0], _vowel(parts.vowel), _final(parts.final))


def _take(keys: tuple[str, ...], key: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Add a jamo key to a syllable's keys: (finished keys, keys still composing), or None when
    the key cannot join and the syllable is finished as it stands."""
    if not keys:
        return (), (key,)
    parts = _parts(keys)
    if is_vowel(key):
        if parts.final:
            # The last final consonant leaves for the new syllable: 닭 + ㅣ → 달 + 기.
            return keys[:-1], (keys[-1], key)
        if len(parts.vowel) == 1 and (parts.vowel[0], key) in _COMPOUND_VOWELS:
            return (), (*keys, key)
        if parts.initial and not parts.vowel:
            return (), (*keys, key)
        return None
    if not parts.initial or not parts.vowel:
        return None  # a lone jamo takes no final
    if not parts.final:
        return ((), (*keys, key)) if key in FINALS else None
    if len(parts.final) == 1 and (parts.final[0], key) in _DOUBLE_FINALS:
        return (), (*keys, key)
    return None


@dataclass(frozen=True)
class HangulComposer:
    """The text typed so far: finished text plus the keys of the syllable still composing.

    Immutable: each key press returns the next composer, so the screen holds one value and a
    rejected key (past `max_length`) simply keeps the old one.
    """

    committed: str = ""
    composing: tuple[str, ...] = ()
    max_length: int = 500

    @property
    def preedit(self) -> str:
        """The syllable still being composed (drawn underlined by the keyboard)."""
        return render(self.composing)

    @property
    def text(self) -> str:
        return self.committed + self.preedit

    def press(self, key: str) -> HangulComposer:
        """A key of the keyboard: a jamo composes; anything else (space, digit, punctuation)
        finishes the syllable and is written as it is."""
        if is_consonant(key) or is_vowel(key):
            taken = _take(self.composing, key)
            if taken is None:
                after = replace(self, committed=self.text, composing=(key,))
            else:
                done, composing = taken
                after = replace(self, committed=self.committed + render(done), composing=composing)
        else:
            after = replace(self, committed=self.text + key, composing=())
        return after if len(after.text) <= self.max_length else self

    def backspace(self) -> HangulComposer:
        if self.composing:
            return replace(self, composing=self.composing[:-1])
        return replace(self, committed=self.committed[:-1])

    def finish(self) -> HangulComposer:
        """Leave the syllable as it is (the claimant tapped elsewhere or is done)."""
        return replace(self, committed=self.text, composing=())

    def cleared(self) -> HangulComposer:
        return HangulComposer(max_length=self.max_length)


def compose(keys: str | list[str], max_length: int = 500) -> str:
    """The text a run of key presses types: for tests and for reading a key log aloud."""
    composer = HangulComposer(max_length=max_length)
    for key in keys:
        composer = composer.press(key)
    return composer.text


_VOWEL_KEYS_OF = {compound: keys for keys, compound in _COMPOUND_VOWELS.items()}
_FINAL_KEYS_OF = {double: keys for keys, double in _DOUBLE_FINALS.items()}


def keys_of(text: str) -> list[str]:
    """The 두벌식 key presses that type `text` (the inverse of `compose` on whole syllables);
    other characters are pressed as they are."""
    keys: list[str] = []
    for char in text:
        index = ord(char) - _SYLLABLE_BASE
        if not 0 <= index < len(INITIALS) * len(VOWELS) * (len(FINALS) + 1):
            keys.extend(_VOWEL_KEYS_OF.get(char, (char,)))
            continue
        initial, rest = divmod(index, len(VOWELS) * (len(FINALS) + 1))
        vowel, final = divmod(rest, len(FINALS) + 1)
        keys.append(INITIALS[initial])
        keys.extend(_VOWEL_KEYS_OF.get(VOWELS[vowel], (VOWELS[vowel],)))
        if final:
            keys.extend(_FINAL_KEYS_OF.get(FINALS[final - 1], (FINALS[final - 1],)))
    return keys


DUBEOLSIK: dict[str, str] = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnmQWERTOP",
        "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ",
        strict=True,
    )
)
"""The 두벌식 layout as Latin key → jamo (KS X 5002), so a hardware keyboard types Hangul too
and the on-screen rows follow the same order; capitals are the shifted keys."""
