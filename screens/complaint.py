"""A complaint or suggestion: earlier ones with the staff's answers, a category, a ready-made
sentence or the claimant's own words on the on-screen keyboard, a review, then the receipt.

One page shows whichever step the view names; the flow decides every step. The words typed
are on the glass only: `clear` (session end) empties the keyboard and every label holding them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.domain.language import Language
from kiosk.flow.complaint_types import (
    ChooseComplaintCategory,
    ChooseReadyText,
    ComplaintStep,
    ComplaintTextEntered,
    NewComplaint,
    SendComplaint,
    WriteOwnText,
)
from kiosk.flow.complaint_views import ComplaintItem, ComplaintReceiptView, ComplaintView
from kiosk.flow.events import PrintReceipt, Retry, Touched
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action
from kiosk.i18n import current_language
from screens.complaint_messages import category_text
from screens.icons import IconKind
from screens.kit import PAGE_MARGINS, ClaimantScreen, FactCard, Notice, action_button
from screens.messages import date_text, msg_text
from screens.text_keyboard import TextKeyboard
from screens.widgets import TouchButton, TouchTile, text_label

_PORTRAIT_MARGINS = (16, 16, 16, 12)
"""Ten keys at the touch minimum need nearly all of a portrait panel's width."""


def _words(label: QLabel, text: str) -> None:
    """A claimant's or staff member's own words: wrapped anywhere a line must break. The
    page's word-keeping (screens/line_breaks.py) is for our sentences; a run of Chinese in a
    Korean session would otherwise never break and run off the card."""
    QLabel.setText(label, text)


class _SentenceTile(TouchTile):
    """A ready-made sentence: wrapped words on a tappable tile (a button cannot wrap)."""

    def __init__(self, on_click: Callable[[], None], parent: QWidget) -> None:
        super().__init__("tile", parent)
        self.words = text_label("lead", parent=self)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 16, 28, 16)
        column.addWidget(self.words)
        self.clicked.connect(on_click)


class ComplaintScreen(ClaimantScreen[ComplaintView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = Notice(IconKind.WARNING, self.body)
        self.problem.hide()
        self.page.addWidget(self.problem)

        # Earlier complaints.
        self.mine = QWidget(self.body)
        self._mine_column = QVBoxLayout(self.mine)
        self._mine_column.setContentsMargins(0, 0, 0, 0)
        self._mine_column.setSpacing(16)
        self._mine_cards: list[FactCard] = []
        self.new_button = action_button(
            "primary", IconKind.GUIDE, lambda: self.send(NewComplaint()), self.body
        )
        self.page.addWidget(self.mine)
        self.page.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Categories.
        self.categories = QWidget(self.body)
        self._category_grid = QGridLayout(self.categories)
        self._category_grid.setContentsMargins(0, 0, 0, 0)
        self._category_grid.setSpacing(20)
        self.category_buttons: dict[str, TouchButton] = {}
        self.page.addWidget(self.categories)

        # Ready-made sentences, or one's own words.
        self.sentences = QWidget(self.body)
        self._sentence_column = QVBoxLayout(self.sentences)
        self._sentence_column.setContentsMargins(0, 0, 0, 0)
        self._sentence_column.setSpacing(16)
        self.sentence_tiles: list[_SentenceTile] = []
        self.own_button = action_button(
            "secondary", IconKind.GUIDE, lambda: self.send(WriteOwnText()), self.body
        )
        self.page.addWidget(self.sentences)
        self.page.addWidget(self.own_button, 0, Qt.AlignmentFlag.AlignLeft)

        # The keyboard, with "Next" among its keys.
        self.keyboard = TextKeyboard(parent=self.body)
        self.keyboard.typed.connect(lambda: self.send(Touched()))
        self.next_button = action_button("typedone", IconKind.CHECK, self._entered, self.body)
        self.keyboard.set_done_button(self.next_button)
        self.page.addWidget(self.keyboard)

        # The review.
        self.review = FactCard(self.body)
        self.category_label, self.category = self.review.add_fact()
        self.text_label, self.text = self.review.add_fact()
        self.send_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(SendComplaint()), self.body
        )
        self.page.addWidget(self.review)
        self.page.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self.body)
        self.page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addStretch(1)
        self._parts: dict[ComplaintStep, tuple[QWidget, ...]] = {
            ComplaintStep.CANNOT: (),
            ComplaintStep.MINE: (self.mine, self.new_button),
            ComplaintStep.CATEGORY: (self.categories,),
            ComplaintStep.TEXT: (self.sentences, self.own_button),
            ComplaintStep.WRITING: (self.keyboard,),
            ComplaintStep.REVIEW: (self.review, self.send_button),
        }
        self._step: ComplaintStep | None = None
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("ComplaintScreen", "Complaint or suggestion")

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._fit_margins()
        self.keyboard.set_portrait(portrait)
        self._fit_keyboard()
        self._arrange_categories()

    def _fit_margins(self) -> None:
        writing = self._step is ComplaintStep.WRITING
        narrow = writing and self.is_portrait()
        self.page.setContentsMargins(*(_PORTRAIT_MARGINS if narrow else PAGE_MARGINS))

    def set_larger_text(self, larger_text: bool) -> None:
        super().set_larger_text(larger_text)
        self._fit_keyboard()

    def _fit_keyboard(self) -> None:
        """Lines of text above the keys: landscape has the height of the heading, one line of
        larger text and six rows of keys, and no more."""
        if self.is_portrait():
            self.keyboard.set_text_lines(3)
        else:
            self.keyboard.set_text_lines(1 if self.is_larger_text() else 2)

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        if self.problem.isVisible():
            parts.append(self.problem.text.text())
        return "\n".join(parts)

    def clear(self) -> None:
        super().clear()
        self.keyboard.clear()
        self.text.clear()
        self.category.clear()
        self._step = None
        self._fill_mine(())

    def _entered(self) -> None:
        self.send(ComplaintTextEntered(self.keyboard.text()))

    def _show_actions(self) -> None:
        self.retry_button.setVisible(self.allows(Action.RETRY))
        self.next_button.setEnabled(self.allows(Action.ENTER_COMPLAINT_TEXT))
        self.send_button.setEnabled(self.allows(Action.SEND_COMPLAINT))
        self.new_button.setEnabled(self.allows(Action.NEW_COMPLAINT))
        self.own_button.setEnabled(self.allows(Action.WRITE_OWN_TEXT))
        for button in self.category_buttons.values():
            button.setEnabled(self.allows(Action.CHOOSE_COMPLAINT_CATEGORY))
        for tile in self.sentence_tiles:
            tile.setEnabled(self.allows(Action.CHOOSE_READY_TEXT))

    def render_view(self) -> None:
        super().render_view()
        # "More below" stays once shown while the page overflows with it in place; the keyboard
        # page in landscape with larger text fits only without it, so ask again from hidden.
        self.more.hide()

    def set_view(self, view: ComplaintView) -> None:
        entering = view.step is ComplaintStep.WRITING and self._step is not ComplaintStep.WRITING
        self._step = view.step
        if entering:
            # The flow's draft (empty, or the text being corrected) is where typing starts.
            self.keyboard.set_max_length(view.max_length)
            self.keyboard.set_text(view.text)
        super().set_view(view)

    def _render(self) -> None:
        view = self._view
        self.keyboard.set_language(Language(current_language()))
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.problem.set_text(msg_text(view.problem) if view.problem is not None else "")
        self._fit_margins()
        shown = set(self._parts[view.step])
        for part in {widget for parts in self._parts.values() for widget in parts}:
            self.want(part, part in shown)
        self._build_categories(view)
        if view.step is ComplaintStep.MINE:
            self._fill_mine(view.mine)
        if view.step is ComplaintStep.TEXT:
            self._fill_sentences(view)
        if view.step is ComplaintStep.REVIEW and view.category is not None:
            self.category.setText(category_text(view.category))
            _words(self.text, view.text)

    def _build_categories(self, view: ComplaintView) -> None:
        for category in view.categories:
            button = self.category_buttons.get(category)
            if button is None:
                button = TouchButton("secondary", parent=self.categories)
                button.clicked.connect(
                    lambda _=False, chosen=category: self.send(ChooseComplaintCategory(chosen))
                )
                self.category_buttons[category] = button
            button.setText(category_text(category))
        self._arrange_categories()

    def _arrange_categories(self) -> None:
        columns = 1 if self.is_portrait() else 2
        for index, button in enumerate(self.category_buttons.values()):
            self._category_grid.removeWidget(button)
            self._category_grid.addWidget(button, index // columns, index % columns)

    def _fill_sentences(self, view: ComplaintView) -> None:
        language = Language(current_language())
        while len(self.sentence_tiles) < len(view.ready_texts):
            tile = _SentenceTile(self._choose(len(self.sentence_tiles)), self.sentences)
            tile.setEnabled(self.allows(Action.CHOOSE_READY_TEXT))
            self.sentence_tiles.append(tile)
            self._sentence_column.addWidget(tile)
        for index, tile in enumerate(self.sentence_tiles):
            present = index < len(view.ready_texts)
            tile.setVisible(present)
            if present:
                tile.words.setText(view.ready_texts[index].in_language(language))

    def _choose(self, index: int) -> Callable[[], None]:
        return lambda: self.send(ChooseReadyText(index))

    def _fill_mine(self, items: tuple[ComplaintItem, ...]) -> None:
        for card in self._mine_cards:
            self._mine_column.removeWidget(card)
            card.hide()  # deleted later, when the event loop comes round: off the glass now
            card.deleteLater()
        self._mine_cards = []
        for item in items:
            card = FactCard(self.mine, inline=True)
            card.set_title(category_text(item.category))
            facts = [
                (
                    QCoreApplication.translate("ComplaintScreen", "Sent on"),
                    date_text(item.filed_on),
                ),
                (QCoreApplication.translate("ComplaintScreen", "Your words"), item.text),
            ]
            if item.answered:
                answered_on = date_text(item.answered_on) if item.answered_on else ""
                facts += [
                    (QCoreApplication.translate("ComplaintScreen", "Answered on"), answered_on),
                    (QCoreApplication.translate("ComplaintScreen", "Answer"), item.answer or ""),
                ]
            elif item.overdue:
                facts.append(
                    (
                        QCoreApplication.translate("ComplaintScreen", "Answer"),
                        QCoreApplication.translate(
                            "ComplaintScreen", "Not answered yet, and late: call 12333."
                        ),
                    )
                )
            else:
                facts.append(
                    (
                        QCoreApplication.translate("ComplaintScreen", "Answer due by"),
                        date_text(item.due_by),
                    )
                )
            for name_text, value_text in facts:
                name, value = card.add_fact()
                name.setText(name_text)
                _words(value, value_text)
            self._mine_cards.append(card)
            self._mine_column.addWidget(card)

    def retranslate(self) -> None:
        self.new_button.setText(
            QCoreApplication.translate("ComplaintScreen", "New complaint or suggestion")
        )
        self.own_button.setText(QCoreApplication.translate("ComplaintScreen", "Write my own words"))
        self.next_button.setText(QCoreApplication.translate("ComplaintScreen", "Next"))
        self.send_button.setText(QCoreApplication.translate("ComplaintScreen", "Send"))
        self.retry_button.setText(QCoreApplication.translate("ComplaintScreen", "Try again"))
        self.category_label.setText(QCoreApplication.translate("ComplaintScreen", "About"))
        self.text_label.setText(QCoreApplication.translate("ComplaintScreen", "What you wrote"))
        self._render()


class ComplaintReceiptScreen(ClaimantScreen[ComplaintReceiptView]):
    """Received: the reference, the day the answer is due, and printing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fault = Notice(IconKind.PRINTER, self.body)
        self.fault.hide()
        self.progress = QProgressBar(self.body)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.facts = FactCard(self.body)
        self.reference_label, self.reference = self.facts.add_fact()
        self.category_label, self.category = self.facts.add_fact()
        self.filed_label, self.filed = self.facts.add_fact()
        self.due_label, self.due = self.facts.add_fact()
        self.status = text_label("lead", parent=self.body)
        self.print_button = action_button(
            "primary", IconKind.PRINTER, lambda: self.send(PrintReceipt()), self.body
        )
        self.page.addWidget(self.fault)
        self.page.addWidget(self.facts)
        self.page.addWidget(self.status)
        self.page.addWidget(self.progress)
        self.page.addStretch(1)
        self.page.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("ComplaintScreen", "Complaint or suggestion")

    def _show_actions(self) -> None:
        self.print_button.setVisible(self.allows(Action.PRINT_RECEIPT))

    def clear(self) -> None:
        super().clear()
        for label in (self.reference, self.category, self.filed, self.due, self.status):
            label.clear()

    def _render(self) -> None:
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.reference.setText(view.reference)
        self.category.setText(category_text(view.category))
        self.filed.setText(date_text(view.filed_on))
        self.due.setText(date_text(view.due_by))
        self.fault.set_text(msg_text(view.fault) if view.fault is not None else "")
        self.progress.setVisible(view.printing is PrintProgress.PRINTING)
        says = {
            PrintProgress.PRINTING: QCoreApplication.translate(
                "ComplaintScreen", "Printing your receipt. Please wait."
            ),
            PrintProgress.PRINTED: QCoreApplication.translate(
                "ComplaintScreen", "Your receipt is printed. Please take it."
            ),
        }
        self.status.setText(says.get(view.printing, "") if view.printing is not None else "")
        self.status.setVisible(bool(self.status.text()))

    def retranslate(self) -> None:
        self.reference_label.setText(QCoreApplication.translate("ComplaintScreen", "Reference"))
        self.category_label.setText(QCoreApplication.translate("ComplaintScreen", "About"))
        self.filed_label.setText(QCoreApplication.translate("ComplaintScreen", "Sent on"))
        self.due_label.setText(QCoreApplication.translate("ComplaintScreen", "Staff answer by"))
        self.print_button.setText(QCoreApplication.translate("ComplaintScreen", "Print receipt"))
        self._render()
