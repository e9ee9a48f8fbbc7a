"""The attract screen: what this kiosk does and how to start, in plain words and pictures.

Claimants arrive anxious and often unsure what the machine is for. The screen answers three
questions only: what can I do here, what do I need (only the card, no certificates — notice
人社部发〔2019〕18号 §1–§2), and how do I start. Help (staff, 12333) is always in view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow.attract_events import ChooseGuide
from kiosk.flow.idle_views import IdleView
from kiosk.i18n import current_language
from screens.base import Screen
from screens.fitting import wrapped_labels_fit
from screens.flow_row import FlowRow
from screens.icons import IconColours, IconKind
from screens.palette import DEFAULT_PALETTE
from screens.widgets import Pictogram, TouchButton, text_label

# The switch to the other language is written in that language, so it is readable by exactly
# the person who needs it. It is deliberately not translated.
_OTHER_LANGUAGE: dict[str, tuple[str, str]] = {
    "zh_CN": ("ko", "조선어로 보기"),
    "ko": ("zh_CN", "中文显示"),
    "en": ("zh_CN", "中文显示"),
}

_P = DEFAULT_PALETTE
_LINE_ICONS = IconColours(ink=_P.ink, fill=_P.surface, accent=_P.card_chip, card=_P.card_body)
_NOTICE_ICONS = IconColours(
    ink=_P.notice_ink, fill=_P.id_card_body, accent=_P.card_chip, card=_P.card_body
)
_START_ICONS = IconColours(
    ink=_P.start_ink, fill=_P.id_card_body, accent=_P.card_chip, card=_P.card_body
)


class _ServiceLine(QWidget):
    """One thing the kiosk does: pictogram, name, one plain sentence."""

    def __init__(self, icon: IconKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = text_label("item", parent=self)
        self.detail = text_label("muted", parent=self)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.name)
        words.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addWidget(
            Pictogram(icon, _LINE_ICONS, ems=1.6, parent=self), 0, Qt.AlignmentFlag.AlignTop
        )
        row.addLayout(words, 1)


class _StartOption(QWidget):
    """A way to start: a large picture of the action beside what to do, in two short lines.

    Deliberately not a button: the claimant starts by using the card reader, and a tile that
    looks tappable but does nothing visible would leave them waiting.
    """

    def __init__(self, icon: IconKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = Pictogram(icon, _START_ICONS, ems=2.8, parent=self)
        self.action = text_label("item", parent=self)
        self.hint = text_label("muted", parent=self)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addStretch(1)
        words.addWidget(self.action)
        words.addWidget(self.hint)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(28)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)


class IdleScreen(Screen):
    language_requested = Signal(str)
    intent = Signal(object)
    """The guide button's ChooseGuide: the guide and flowchart without signing in (notice §6)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A card left in the reader: the whole screen asks for it, and nothing else is shown
        # (not "insert your card" under "your card is still in the reader").
        self.take_card_notice = QFrame(self)
        self.take_card_notice.setObjectName("TakeCardNotice")
        self.take_card_text = text_label("display", parent=self.take_card_notice)
        self.take_card_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notice_column = QVBoxLayout(self.take_card_notice)
        notice_column.setContentsMargins(48, 48, 48, 48)
        notice_column.setSpacing(32)
        notice_column.addStretch(1)
        notice_column.addWidget(
            Pictogram(IconKind.TAKE_CARD, _NOTICE_ICONS, ems=5.0, parent=self.take_card_notice),
            0,
            Qt.AlignmentFlag.AlignHCenter,
        )
        notice_column.addWidget(self.take_card_text)
        notice_column.addStretch(1)
        self.take_card_notice.hide()
        self._take_card = False
        self.headline = text_label("display", parent=self)
        self.no_certificate = text_label("lead", parent=self)
        no_certificate_row = QHBoxLayout()
        no_certificate_row.setSpacing(20)
        self.no_certificate_icon = Pictogram(
            IconKind.NO_CERTIFICATE, _LINE_ICONS, ems=1.6, parent=self
        )
        no_certificate_row.addWidget(self.no_certificate_icon)
        no_certificate_row.addWidget(self.no_certificate, 1)

        self.services_card = QFrame(self)
        self.services_card.setObjectName("Card")
        self.services_heading = text_label("heading", parent=self.services_card)
        self.apply_line = _ServiceLine(IconKind.APPLY, self.services_card)
        self.status_line = _ServiceLine(IconKind.STATUS, self.services_card)
        self.guide_line = _ServiceLine(IconKind.GUIDE, self.services_card)
        services = QVBoxLayout(self.services_card)
        services.setContentsMargins(36, 24, 36, 24)
        services.setSpacing(20)
        services.addWidget(self.services_heading)
        for line in (self.apply_line, self.status_line, self.guide_line):
            services.addWidget(line)
        services.addStretch(1)

        self.start_card = QFrame(self)
        self.start_card.setObjectName("StartCard")
        self.start_heading = text_label("heading", parent=self.start_card)
        self.card_option = _StartOption(IconKind.SOCIAL_SECURITY_CARD, self.start_card)
        self.id_option = _StartOption(IconKind.ID_CARD, self.start_card)
        self.or_label = text_label("or", wrap=False, parent=self.start_card)
        self.or_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The e-card's QR code, shown only where a 2D scanner is fitted (IdleView.ecard).
        self.ecard_option = _StartOption(IconKind.ECARD_QR, self.start_card)
        self.ecard_or_label = text_label("or", wrap=False, parent=self.start_card)
        self.ecard_or_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ecard = False
        self._options = options = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        options.setSpacing(2)
        options.addWidget(self.card_option, 1)
        options.addWidget(self.or_label)
        options.addWidget(self.id_option, 1)
        options.addWidget(self.ecard_or_label)
        options.addWidget(self.ecard_option, 1)
        # Reading how to apply needs no card: a large button, the one thing here to touch.
        self.guide_button = TouchButton("secondary", IconKind.GUIDE, parent=self)
        self.guide_button.clicked.connect(lambda: self.intent.emit(ChooseGuide()))
        start = QVBoxLayout(self.start_card)
        start.setContentsMargins(36, 24, 36, 24)
        start.setSpacing(16)
        start.addWidget(self.start_heading)
        start.addLayout(options)
        start.addStretch(1)

        self.help_text = text_label("body", parent=self)
        self.hotline = QLabel("12333", self)
        self.hotline.setProperty("role", "hotline")
        self.other_language_button = TouchButton("secondary", IconKind.GLOBE, parent=self)
        self.other_language_button.clicked.connect(self._on_other_language)
        self.help_icon = Pictogram(IconKind.PHONE, _LINE_ICONS, ems=1.6, parent=self)
        # The guide (no card needed) and the other language, side by side wherever they go;
        # on two rows when one has no room (larger text in portrait), never squeezed.
        self._buttons = FlowRow(spacing=20, push_last_right=True)
        self._buttons.add(self.guide_button)
        self._buttons.add(self.other_language_button)
        self._help = QGridLayout()
        self._help.setHorizontalSpacing(20)
        self._help.setVerticalSpacing(16)

        self._services_shown = True
        self._main = QGridLayout()
        self._main.setSpacing(32)
        page = QVBoxLayout(self)
        page.setContentsMargins(56, 28, 56, 24)
        page.setSpacing(20)
        page.addWidget(self.take_card_notice, 1)
        page.addWidget(self.headline)
        page.addLayout(no_certificate_row)
        page.addLayout(self._main, 1)
        self._page = page
        page.addLayout(self._help)
        self._arrange()
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._arrange()
        self._fit_to_height()

    def _arrange(self) -> None:
        """Landscape: services left, how to start right. Portrait: how to start comes first."""
        for widget in (self.services_card, self.start_card):
            self._main.removeWidget(widget)
        for help_widget in (
            self.help_icon,
            self.help_text,
            self.hotline,
        ):
            self._help.removeWidget(help_widget)
        self._help.removeItem(self._buttons)
        for index in range(3):
            self._main.setRowStretch(index, 0)
            self._main.setColumnStretch(index, 0)
        for index in range(4):
            self._help.setColumnStretch(index, 0)
        centre = Qt.AlignmentFlag.AlignVCenter
        self._help.addWidget(self.help_icon, 0, 0, centre)
        self._help.addWidget(self.help_text, 0, 1)
        self._help.addWidget(self.hotline, 0, 2, centre)
        self._help.setColumnStretch(1, 1)
        if self.is_portrait():
            self._main.addWidget(self.start_card, 0, 0)
            self._main.addWidget(self.services_card, 1, 0)
            self._main.setColumnStretch(0, 1)
            # Cards hug their content; spare height gathers above the help line.
            self._main.setRowStretch(2, 1)
            # The guide and the other language share the line under help, at either end.
            self._help.addLayout(self._buttons, 1, 0, 1, 3)
        else:
            if self._services_shown:
                self._main.addWidget(self.services_card, 0, 0)
                self._main.addWidget(self.start_card, 0, 1)
                self._main.setColumnStretch(0, 2)
                self._main.setColumnStretch(1, 3)
            else:
                self._main.addWidget(self.start_card, 0, 0)
                self._main.setColumnStretch(0, 1)
            self._help.addLayout(self._buttons, 0, 3, centre)
        # A start card with the whole width to itself puts the two ways side by side.
        side_by_side = not self.is_portrait() and not self._services_shown
        self._options.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self._options.setSpacing(24 if side_by_side else 2)
        self.services_card.setVisible(self._services_shown)

    def _show_take_card_only(self) -> None:
        """With a card in the reader only the reminder is shown; otherwise everything but it."""
        others: tuple[QWidget, ...] = (
            self.headline,
            self.no_certificate,
            self.no_certificate_icon,
            self.start_card,
            self.help_icon,
            self.help_text,
            self.hotline,
            self.guide_button,
            self.other_language_button,
        )
        self.take_card_notice.setVisible(self._take_card)
        # The reminder takes the whole page; the empty grid of cards gives up its share.
        self._page.setStretchFactor(self._main, 0 if self._take_card else 1)
        for widget in others:
            widget.setVisible(not self._take_card)
        self.services_card.setVisible(self._services_shown and not self._take_card)
        for widget in (self.ecard_option, self.ecard_or_label):
            widget.setVisible(self._ecard and not self._take_card)

    def _fit_to_height(self) -> None:
        """Give up words in order of least importance until the page fits the panel.

        A banner, a notice or larger text can take the height the page needs. First the
        one-line explanations of the services go, then the list of services itself, last the
        second lines under the two ways to start; the headline, "no certificates", the two
        ways to start and help with the hotline always stay.

        A hidden page is fitted when it is shown (`showEvent`), at the size it is shown at: the
        kiosk's start-up would otherwise lay it out once per setting at sizes it never shows.
        """
        if not self.isVisible():
            return
        self._show_take_card_only()
        if self._take_card:
            return
        steps = (
            (not self.is_larger_text(), True, True),
            (False, True, True),
            (False, False, True),
            (False, False, False),
        )
        for details, services, start_hints in steps:
            self._show_service_details(details)
            for option in (self.card_option, self.id_option, self.ecard_option):
                option.hint.setVisible(start_hints)
            if services != self._services_shown:
                self._services_shown = services
                self._arrange()
            if self._fits():
                return

    def _show_service_details(self, shown: bool) -> None:
        for line in (self.apply_line, self.status_line, self.guide_line):
            line.detail.setVisible(shown)

    def _fits(self) -> bool:
        """Lay the page out now and report whether every wrapped label got the height it needs.

        Qt's height-for-width estimates go stale when parts of the page are hidden and shown,
        so this measures the real outcome instead, top-down, synchronously.
        """
        if self.layout() is None or self.height() <= 0:
            return True
        return wrapped_labels_fit(self)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        self._fit_to_height()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit_to_height()

    def set_view(self, view: IdleView) -> None:
        """A card left in the reader after a session is the one thing worth interrupting for."""
        self._take_card = view.take_card
        self._ecard = view.ecard
        self.hotline.setText(view.hotline)
        self._fit_to_height()

    def set_larger_text(self, larger_text: bool) -> None:
        """With larger text the services keep only their names, so the page still fits."""
        super().set_larger_text(larger_text)
        self._fit_to_height()

    def _on_other_language(self) -> None:
        target, _ = _OTHER_LANGUAGE.get(current_language(), _OTHER_LANGUAGE["zh_CN"])
        self.language_requested.emit(target)

    def title(self) -> str:
        return QCoreApplication.translate("IdleScreen", "Unemployment benefit self-service")

    def read_aloud_text(self) -> str:
        if self._take_card:
            return self.take_card_text.text()
        parts = [
            self.headline.text(),
            self.no_certificate.text(),
            self.start_heading.text(),
            self.card_option.action.text(),
            self.or_label.text(),
            self.id_option.action.text(),
            *((self.ecard_or_label.text(), self.ecard_option.action.text()) if self._ecard else ()),
            self.guide_button.text(),
            f"{self.help_text.text()} {self.hotline.text()}",
        ]
        return "\n".join(part for part in parts if part)

    def retranslate(self) -> None:
        self.headline.setText(
            QCoreApplication.translate(
                "IdleScreen", "Apply for unemployment benefit here, by yourself."
            )
        )
        self.no_certificate.setText(
            QCoreApplication.translate(
                "IdleScreen",
                "Just bring your social security card or ID card. No certificates needed.",
            )
        )
        self.services_heading.setText(
            QCoreApplication.translate("IdleScreen", "What you can do here")
        )
        self.apply_line.name.setText(
            QCoreApplication.translate("IdleScreen", "Apply for unemployment benefit")
        )
        self.apply_line.detail.setText(
            QCoreApplication.translate(
                "IdleScreen", "Lost your job? Apply for the monthly benefit."
            )
        )
        self.status_line.name.setText(
            QCoreApplication.translate("IdleScreen", "Check my application")
        )
        self.status_line.detail.setText(
            QCoreApplication.translate(
                "IdleScreen", "See how far it has got and what has been paid."
            )
        )
        self.guide_line.name.setText(QCoreApplication.translate("IdleScreen", "Guide"))
        self.guide_line.detail.setText(
            QCoreApplication.translate(
                "IdleScreen", "The steps, the time limits, and where to ask."
            )
        )
        self.start_heading.setText(QCoreApplication.translate("IdleScreen", "How to start"))
        self.card_option.action.setText(
            QCoreApplication.translate("IdleScreen", "Insert social security card")
        )
        self.card_option.hint.setText(
            QCoreApplication.translate(
                "IdleScreen", "Push it into the card slot; leave it in until you finish."
            )
        )
        self.or_label.setText(QCoreApplication.translate("IdleScreen", "or"))
        self.id_option.action.setText(
            QCoreApplication.translate("IdleScreen", "Place ID card on the reader")
        )
        self.id_option.hint.setText(
            QCoreApplication.translate(
                "IdleScreen", "A code will then be sent to your mobile phone."
            )
        )
        self.ecard_or_label.setText(QCoreApplication.translate("IdleScreen", "or"))
        self.ecard_option.action.setText(
            QCoreApplication.translate("IdleScreen", "Show your e-card QR code to the scanner")
        )
        self.ecard_option.hint.setText(
            QCoreApplication.translate(
                "IdleScreen", "Open the electronic social security card in your phone app."
            )
        )
        self.take_card_text.setText(
            QCoreApplication.translate(
                "IdleScreen", "Your card is still in the reader. Please take it with you."
            )
        )
        self.guide_button.setText(
            QCoreApplication.translate("IdleScreen", "Guide (no card needed)")
        )
        self.help_text.setText(
            QCoreApplication.translate("IdleScreen", "Need help? Ask the staff, or call")
        )
        _, label = _OTHER_LANGUAGE.get(current_language(), _OTHER_LANGUAGE["zh_CN"])
        self.other_language_button.setText(label)
        self._fit_to_height()
