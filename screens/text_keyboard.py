"""An on-screen keyboard for writing a few sentences: Chinese by pinyin, Korean by 두벌식.

It draws keys and shows what the engine (kiosk/text_input) holds; the composition rules live
there. The language follows the session's (set_language) and a key switches it; a page of
digits and punctuation is one tap away. Keys are at least the touch minimum wide and a full
touch target high; ten keys fit across a portrait panel when the page gives the keyboard its
width (the complaint screen does).

The only state kept is what is on the glass: the text being written. `clear` drops it.
"""

from __future__ import annotations

import html
import threading
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.language import Language
from kiosk.text_input.hangul import DUBEOLSIK, HangulComposer
from kiosk.text_input.pinyin import SEPARATOR, PinyinComposer, shipped_lexicon
from screens.theme import MIN_TOUCH_TARGET_PX
from screens.widgets import TouchButton, text_label

Composer = PinyinComposer | HangulComposer


class KeyboardMode(StrEnum):
    PINYIN = "pinyin"
    HANGUL = "hangul"


_LETTER_ROWS: dict[KeyboardMode, tuple[str, str, str]] = {
    KeyboardMode.PINYIN: ("qwertyuiop", "asdfghjkl", "zxcvbnm" + SEPARATOR),
    KeyboardMode.HANGUL: (
        "".join(DUBEOLSIK[k] for k in "qwertyuiop"),
        "".join(DUBEOLSIK[k] for k in "asdfghjkl"),
        "".join(DUBEOLSIK[k] for k in "zxcvbnm"),
    ),
}
_HANGUL_SHIFTED = {DUBEOLSIK[k]: DUBEOLSIK[k.upper()] for k in "qwertop"}
_SYMBOL_ROWS: dict[KeyboardMode, tuple[str, str, str]] = {
    # Full-width punctuation in Chinese text, ASCII in Korean, as each is written.
    KeyboardMode.PINYIN: ("1234567890", "，。？！、：；（）", "-/%@#+·"),
    KeyboardMode.HANGUL: ("1234567890", ",.?!:;()~", "-/%@#+·"),
}
_COLUMNS = 10


def mode_for(language: Language) -> KeyboardMode:
    """Korean sessions write Hangul; Chinese (and the maintainers' English) write pinyin."""
    return KeyboardMode.HANGUL if language is Language.KO else KeyboardMode.PINYIN


_KEY_HEIGHT = {False: MIN_TOUCH_TARGET_PX, True: MIN_TOUCH_TARGET_PX + 16}
"""Landscape keys are the touch minimum high (six rows must fit under the text in larger
text too); portrait has height to spare."""


def _key(text: str, parent: QWidget) -> TouchButton:
    key = TouchButton("typekey", parent=parent)
    key.setText(text)
    key.setMinimumWidth(MIN_TOUCH_TARGET_PX)
    key.setFixedHeight(_KEY_HEIGHT[False])
    key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not take focus from the keyboard
    return key


class TextKeyboard(QWidget):
    """The text written so far above a candidate bar (pinyin) and the keys."""

    text_changed = Signal(str)
    """The text as it now reads (a Hangul syllable still composing included)."""
    typed = Signal()
    """Any key: someone is there (the screen turns it into Touched)."""

    def __init__(self, max_length: int = 500, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._mode = KeyboardMode.PINYIN
        self._symbols = False
        self._portrait = False
        self._max_length = max_length
        self._lines = 2
        self._done: QWidget | None = None
        self._hangul = HangulComposer(max_length=max_length)
        self._pinyin: PinyinComposer | None = None  # made on first use: the lexicon loads then

        self.display = QTextEdit(self)
        self.display.setObjectName("TextEntry")
        self.display.setReadOnly(True)
        self.display.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.display.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.display.document().setDocumentMargin(8)
        self.counter = text_label("muted", wrap=False, parent=self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.candidate_bar = QWidget(self)
        bar = QHBoxLayout(self.candidate_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        self.previous_page = _key("◀", self.candidate_bar)
        self.previous_page.clicked.connect(lambda: self._page(-1))
        self.next_page = _key("▶", self.candidate_bar)
        self.next_page.clicked.connect(lambda: self._page(1))
        self.candidate_keys: list[TouchButton] = []
        bar.addWidget(self.previous_page, 1)
        for index in range(6):
            key = _key("", self.candidate_bar)
            key.setProperty("role", "candidate")
            key.clicked.connect(lambda _=False, chosen=index: self.choose(chosen))
            self.candidate_keys.append(key)
            bar.addWidget(key, 2)
        bar.addWidget(self.next_page, 1)

        self.keys: dict[str, TouchButton] = {}
        self._rows: list[list[TouchButton]] = []
        rows = QVBoxLayout()
        rows.setSpacing(4)
        for count in (10, 9, 8):
            row = QHBoxLayout()
            row.setSpacing(4)
            made = [_key("", self) for _ in range(count)]
            side = _COLUMNS - count  # in half keys: centre the shorter rows
            if side:
                row.addStretch(side)
            for key in made:
                key.clicked.connect(lambda _=False, k=key: self._tapped(k))
                row.addWidget(key, 2)
            if side:
                row.addStretch(side)
            self._rows.append(made)
            rows.addLayout(row)
        self.shift = _key("⇧", self)
        self.shift.setCheckable(True)
        self.shift.toggled.connect(lambda _on: self._label_keys())
        self.mode_key = _key("", self)
        self.mode_key.clicked.connect(self._switch_mode)
        self.symbols_key = _key("", self)
        self.symbols_key.clicked.connect(self._switch_symbols)
        self.space_key = _key("", self)
        self.space_key.clicked.connect(lambda: self.press(" "))
        self.backspace_key = _key("⌫", self)
        self.backspace_key.clicked.connect(self.backspace)
        self.clear_key = _key("", self)
        self.clear_key.clicked.connect(self._clear_tapped)
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        bottom.addWidget(self.mode_key, 2)
        bottom.addWidget(self.symbols_key, 2)
        bottom.addWidget(self.shift, 1)
        bottom.addWidget(self.space_key, 4)
        bottom.addWidget(self.backspace_key, 2)
        bottom.addWidget(self.clear_key, 2)
        rows.addLayout(bottom)
        self._bottom = bottom
        self._under = QHBoxLayout()
        self._under.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._written = QHBoxLayout()
        self._written.setSpacing(12)
        self._written.addWidget(self.display, 1)
        self._written.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(self._written)
        column.addWidget(self.candidate_bar)
        column.addLayout(rows)
        column.addLayout(self._under)
        self._label_keys()
        self.retranslate()
        self._show()

    # ---- what the screen sets ----------------------------------------------------------------
    def set_done_button(self, button: QWidget) -> None:
        """The page's own "Next": at the end of the bottom row of keys in landscape (where a
        phone keyboard has its enter key, and no row of height is spent on it), under the keys
        at the right in portrait, where the row has no width to spare."""
        self._done = button
        self._place_done()

    def _place_done(self) -> None:
        if self._done is None:
            return
        self._bottom.removeWidget(self._done)
        self._under.removeWidget(self._done)
        self._done.setFixedHeight(_KEY_HEIGHT[self._portrait])  # a key among keys
        if self._portrait:
            self._under.addWidget(self._done)
        else:
            self._bottom.addWidget(self._done, 3)

    def set_text_lines(self, lines: int) -> None:
        """How many lines of text show above the keys: fewer where height is short (landscape
        with larger text), so every key stays on the screen."""
        self._lines = lines
        self._fit_display()

    def set_language(self, language: Language) -> None:
        """Follow the session's language (the claimant may still switch with the mode key)."""
        wanted = mode_for(language)
        if wanted is not self._mode:
            self._use_mode(wanted)

    def mode(self) -> KeyboardMode:
        return self._mode

    def set_portrait(self, portrait: bool) -> None:
        self._portrait = portrait
        for key in self.findChildren(TouchButton):
            if key.property("role") in ("typekey", "candidate"):
                key.setFixedHeight(_KEY_HEIGHT[portrait])
        self._place_done()
        if self._pinyin is not None:
            self._pinyin = self._pinyin.__class__(
                committed=self._pinyin.committed,
                spelling=self._pinyin.spelling,
                max_length=self._max_length,
                page_size=self._page_size(),
                lexicon=self._pinyin.lexicon,
            )
        self._show()

    def set_max_length(self, length: int) -> None:
        self._max_length = length
        self.set_text(self.text()[:length])

    def text(self) -> str:
        """The text as it would be sent: letters still composing are written out first."""
        return self._composer().finish().text

    def set_text(self, text: str) -> None:
        """Start from `text` (coming back to edit a draft the flow kept)."""
        text = text[: self._max_length]
        self._hangul = HangulComposer(committed=text, max_length=self._max_length)
        if self._pinyin is not None or self._mode is KeyboardMode.PINYIN:
            self._pinyin = self._new_pinyin(text)
        self._show()

    def clear(self) -> None:
        """Session end or a fresh start: nothing typed stays on the glass or in the engines."""
        self._hangul = HangulComposer(max_length=self._max_length)
        if self._pinyin is not None:
            self._pinyin = self._pinyin.cleared()
        self.shift.setChecked(False)
        self._symbols = False
        self._label_keys()
        self._show()

    # ---- keys ------------------------------------------------------------------------------
    def press(self, key: str) -> None:
        """One key: a letter, jamo, digit, punctuation mark or space."""
        if not self.isEnabled():
            return
        if self._mode is KeyboardMode.HANGUL:
            self._hangul = self._hangul.press(key)
        else:
            self._pinyin = self._pinyin_composer().press(key)
        self._after_key()

    def backspace(self) -> None:
        if self._mode is KeyboardMode.HANGUL:
            self._hangul = self._hangul.backspace()
        else:
            self._pinyin = self._pinyin_composer().backspace()
        self._after_key()

    def choose(self, index: int) -> None:
        """A candidate on the bar (pinyin): write it."""
        if self._pinyin is None:
            return
        self._pinyin = self._pinyin.choose_shown(index)
        self._after_key()

    def candidates_shown(self) -> list[str]:
        return [key.text() for key in self.candidate_keys if key.isVisible() and key.text()]

    def _tapped(self, key: TouchButton) -> None:
        text = key.text()
        if text:
            self.press(text)
            if self.shift.isChecked():
                self.shift.setChecked(False)  # shift holds for one key, as on a phone

    def _page(self, step: int) -> None:
        if self._pinyin is None:
            return
        composer = self._pinyin
        self._pinyin = composer.next_page() if step > 0 else composer.previous_page()
        self.typed.emit()
        self._show()

    def _clear_tapped(self) -> None:
        self.clear()
        self._after_key()

    def _after_key(self) -> None:
        self.typed.emit()
        self._show()

    def _switch_mode(self) -> None:
        other = KeyboardMode.HANGUL if self._mode is KeyboardMode.PINYIN else KeyboardMode.PINYIN
        self._use_mode(other)
        self.typed.emit()

    def _switch_symbols(self) -> None:
        self._symbols = not self._symbols
        self.shift.setChecked(False)
        self._label_keys()
        self.retranslate()
        self.typed.emit()

    def _use_mode(self, mode: KeyboardMode) -> None:
        """Switching writes out what was composing and carries the text over."""
        text = self._composer().finish().text
        self._mode = mode
        if mode is KeyboardMode.PINYIN:
            self._pinyin = self._new_pinyin(text)
        else:
            self._hangul = HangulComposer(committed=text, max_length=self._max_length)
        self.shift.setChecked(False)
        self._label_keys()
        self.retranslate()
        self._show()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """A hardware keyboard (staff, tests) types as the keys on the glass do."""
        typed = e.text()
        if e.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif typed and typed.isprintable() and len(typed) == 1:
            if self._mode is KeyboardMode.HANGUL:
                typed = DUBEOLSIK.get(typed, DUBEOLSIK.get(typed.lower(), typed))
            elif typed.isalpha():
                typed = typed.lower()
            self.press(typed)
        else:
            super().keyPressEvent(e)

    # ---- drawing -----------------------------------------------------------------------------
    def _composer(self) -> Composer:
        if self._mode is KeyboardMode.HANGUL:
            return self._hangul
        return self._pinyin if self._pinyin is not None else self._new_pinyin("")

    def _pinyin_composer(self) -> PinyinComposer:
        if self._pinyin is None:
            self._pinyin = self._new_pinyin("")
        return self._pinyin

    def _new_pinyin(self, text: str) -> PinyinComposer:
        return PinyinComposer(
            committed=text, max_length=self._max_length, page_size=self._page_size()
        )

    def _page_size(self) -> int:
        return 4 if self._portrait else 6

    def _label_keys(self) -> None:
        rows = (_SYMBOL_ROWS if self._symbols else _LETTER_ROWS)[self._mode]
        shifted = self.shift.isChecked() and self._mode is KeyboardMode.HANGUL
        for made, letters in zip(self._rows, rows, strict=True):
            for index, key in enumerate(made):
                letter = letters[index] if index < len(letters) else ""
                if shifted:
                    letter = _HANGUL_SHIFTED.get(letter, letter)
                key.setText(letter)
                key.setVisible(bool(letter))
        self.shift.setVisible(self._mode is KeyboardMode.HANGUL and not self._symbols)

    def _show(self) -> None:
        composer = self._composer()
        written, composing = composer.committed, composer.preedit
        shown = html.escape(written).replace("\n", "<br>")
        if composing:
            shown += f"<u>{html.escape(composing)}</u>"
        self.display.setHtml(f"<p>{shown}▏</p>")
        self.display.moveCursor(QTextCursor.MoveOperation.End)
        self.display.ensureCursorVisible()
        self.counter.setText(f"{len(composer.text)} / {self._max_length}")
        pinyin = self._mode is KeyboardMode.PINYIN
        self.candidate_bar.setVisible(pinyin)
        shown_candidates = composer.shown() if isinstance(composer, PinyinComposer) else ()
        for index, key in enumerate(self.candidate_keys):
            in_page = index < self._page_size()
            key.setVisible(in_page)
            key.setText(shown_candidates[index].text if index < len(shown_candidates) else "")
            key.setEnabled(index < len(shown_candidates))
        if isinstance(composer, PinyinComposer):
            self.previous_page.setEnabled(composer.page > 0)
            self.next_page.setEnabled(composer.page < composer.page_count() - 1)
        self.text_changed.emit(composer.text)

    def retranslate(self) -> None:
        # The mode key names the writing it switches to, in that writing.
        self.mode_key.setText("한글" if self._mode is KeyboardMode.PINYIN else "拼音")
        # From digits the key leads back to the letters, named as the mode key names them.
        letters = "한글" if self._mode is KeyboardMode.HANGUL else "拼音"
        self.symbols_key.setText(letters if self._symbols else "123")
        self.space_key.setText(QCoreApplication.translate("TextKeyboard", "Space"))
        self.clear_key.setText(QCoreApplication.translate("TextKeyboard", "Clear"))
        self.shift.setToolTip(QCoreApplication.translate("TextKeyboard", "Double consonants"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_display()
        super().changeEvent(e)

    def _fit_display(self) -> None:
        """`_lines` lines of text, its end (where typing goes on) in view; longer text scrolls.
        Never lower than the button beside it, which sets the row's height anyway."""
        spacing = self.display.fontMetrics().lineSpacing()
        frame = self.display.frameWidth() * 2 + round(self.display.document().documentMargin() * 2)
        self.display.setFixedHeight(spacing * self._lines + frame + 4)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        self._fit_display()
        if self._mode is KeyboardMode.PINYIN and self._pinyin is None:
            # Read the lexicon while the claimant reads the page, not on their first key.
            threading.Thread(target=shipped_lexicon, name="pinyin-lexicon", daemon=True).start()
