"""After submitting: received online or stored on this kiosk, then the receipt.

Both results say what happens next and when. Printing shows progress; the result stays on the
screen until the printer confirms. Out of paper or any fault: the application is already safe,
and the status link is on the screen as a QR code to photograph instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.domain.claims import Delivery
from kiosk.flow.events import PrintReceipt
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action, ReceiptView, ResultView
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, Notice, action_button
from screens.messages import claim_kind_text, msg_text
from screens.qr import QrCodeView
from screens.widgets import Pictogram, text_label


def next_steps_text(delivery: Delivery) -> str:
    if delivery is Delivery.RECEIVED_ONLINE:
        return QCoreApplication.translate(
            "ResultScreen",
            "The agency checks it and decides within 10 working days, then tells you by text "
            "message. You do not need to bring any papers.",
        )
    return QCoreApplication.translate(
        "ResultScreen",
        "You do not need to come back. When the network is back, this kiosk sends it by "
        "itself; the agency then decides within 10 working days and tells you by text message.",
    )


class _ReferenceCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartCard")
        self.kind = text_label("item", parent=self)
        self.label = text_label("body", parent=self)
        self.reference = text_label("reference", parent=self)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(6)
        for label in (self.kind, self.label, self.reference):
            column.addWidget(label)
        column.addStretch(1)

    def show_result(self, view: ResultView) -> None:
        kind = claim_kind_text(view.kind)
        self.kind.setText(f"{kind}: {view.course_name}" if view.course_name else kind)
        self.label.setText(QCoreApplication.translate("ResultScreen", "Your reference number"))
        self.reference.setText(view.reference)


class ResultScreen(ClaimantScreen[ResultView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page.removeWidget(self.heading)
        top = QHBoxLayout()
        top.setSpacing(24)
        # The tick only for an application the agency has; one saved here shows it is waiting.
        self.received_icon = Pictogram(IconKind.CHECK, INK_ICONS, ems=2.2, parent=self)
        self.stored_icon = Pictogram(IconKind.OFFLINE, INK_ICONS, ems=2.2, parent=self)
        self.stored_icon.hide()
        for icon in (self.received_icon, self.stored_icon):
            top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        self.page.insertLayout(0, top)
        self.reference = _ReferenceCard(self)
        self.next_card = QFrame(self)
        self.next_card.setObjectName("Card")
        self.next_title = text_label("item", parent=self.next_card)
        self.next_text = text_label("lead", parent=self.next_card)
        self.keep_text = text_label("body", parent=self.next_card)
        column = QVBoxLayout(self.next_card)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        for label in (self.next_title, self.next_text, self.keep_text):
            column.addWidget(label)
        self.print_button = action_button(
            "primary", IconKind.PRINTER, lambda: self.send(PrintReceipt()), self
        )
        left = QVBoxLayout()
        left.setSpacing(28)
        left.addWidget(self.reference)
        left.addStretch(1)
        left.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards.setSpacing(28)
        self._cards.addLayout(left, 2)
        self._cards.addWidget(self.next_card, 3, Qt.AlignmentFlag.AlignTop)
        self.page.addLayout(self._cards, 1)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._cards.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _show_actions(self) -> None:
        self.print_button.setEnabled(self.allows(Action.PRINT_RECEIPT))

    def clear(self) -> None:
        super().clear()
        self.reference.reference.clear()

    def title(self) -> str:
        """Saved on this kiosk is not done: the agency has not got it yet, and the title says so."""
        if self._view is not None and self._view.delivery is Delivery.STORED_ON_KIOSK:
            return QCoreApplication.translate("ResultScreen", "Saved on this kiosk, will be sent")
        return QCoreApplication.translate("ResultScreen", "Application received")

    def read_aloud_text(self) -> str:
        return "\n".join((self.heading.text(), self.next_text.text()))

    def _render(self) -> None:
        self.next_title.setText(QCoreApplication.translate("ResultScreen", "What happens next"))
        self.keep_text.setText(
            QCoreApplication.translate(
                "ResultScreen",
                "You can check your application at any kiosk, or call 12333 with the reference.",
            )
        )
        self.print_button.setText(QCoreApplication.translate("ResultScreen", "Print a receipt"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        stored = view.delivery is Delivery.STORED_ON_KIOSK
        self.received_icon.setVisible(not stored)
        self.stored_icon.setVisible(stored)
        self.reference.show_result(view)
        self.next_text.setText(next_steps_text(view.delivery))
        self._show_actions()


class ReceiptScreen(ClaimantScreen[ReceiptView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page.removeWidget(self.heading)
        self.fault = Notice(IconKind.PRINTER, self)
        self.fault.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.detail = text_label("lead", parent=self)
        self.reference = _ReferenceCard(self)
        self.photo_text = text_label("lead", parent=self)
        self.qr = QrCodeView(self)
        self.again_button = action_button(
            "secondary", IconKind.PRINTER, lambda: self.send(PrintReceipt()), self
        )
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addWidget(self.fault)
        words.addWidget(self.heading)
        words.addWidget(self.progress)
        words.addWidget(self.detail)
        words.addWidget(self.reference)
        words.addStretch(1)
        words.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        qr_column = QVBoxLayout()
        qr_column.setSpacing(12)
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(self.photo_text)
        qr_column.addStretch(1)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.setSpacing(40)
        self._row.addLayout(words, 3)
        self._row.addLayout(qr_column, 2)
        self.page.addLayout(self._row, 1)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _show_actions(self) -> None:
        self.again_button.setVisible(
            self.allows(Action.PRINT_RECEIPT)
            and self._view is not None
            and self._view.progress is PrintProgress.FAILED
        )

    def clear(self) -> None:
        super().clear()
        self.qr.set_text(None)
        self.reference.reference.clear()

    def title(self) -> str:
        return QCoreApplication.translate("ReceiptScreen", "Receipt")

    def read_aloud_text(self) -> str:
        parts = [self.fault.text.text() if self.fault.isVisibleTo(self) else ""]
        parts += [self.heading.text(), self.detail.text()]
        if self.qr.isVisibleTo(self):
            parts.append(self.photo_text.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.again_button.setText(QCoreApplication.translate("ReceiptScreen", "Try printing again"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        printing = view.progress is PrintProgress.PRINTING
        failed = view.progress is PrintProgress.FAILED
        self.progress.setVisible(printing)
        self.fault.set_text(msg_text(view.fault) if view.fault else "")
        self.reference.show_result(view.result)
        if printing:
            self.detail.setText(
                QCoreApplication.translate(
                    "ReceiptScreen", "Please wait by the slot below the screen."
                )
            )
        elif failed:
            self.detail.setText(
                QCoreApplication.translate(
                    "ReceiptScreen",
                    "You do not need the paper. Keep the reference number instead, or "
                    "photograph the screen.",
                )
            )
        else:
            self.detail.setText(
                QCoreApplication.translate("ReceiptScreen", "When you are done, press Finish.")
            )
        self.qr.set_text(view.qr_text if failed else None)
        self.qr.setVisible(self.qr.has_code())
        self.photo_text.setText(
            QCoreApplication.translate(
                "ReceiptScreen",
                "Photograph this code with your phone. It opens the page that shows how far "
                "your application has got.",
            )
        )
        self.photo_text.setVisible(self.qr.has_code())
        self._show_actions()
