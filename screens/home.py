"""Home: the four things a signed-in claimant comes for most, as large tiles, and a fifth that
opens the other services; Finish is in the bottom bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow.events import (
    ChooseApply,
    ChooseGuide,
    ChooseMoreServices,
    ChooseStatus,
    ChooseTraining,
    Event,
)
from kiosk.flow.view_models import Action, HomeView
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen
from screens.messages import msg_text
from screens.widgets import Pictogram, TouchTile, text_label


class HomeTile(TouchTile):
    def __init__(self, icon: IconKind, parent: QWidget | None = None) -> None:
        super().__init__("tile", parent)
        self.name = text_label("item", parent=self)
        self.detail = text_label("muted", parent=self)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addStretch(1)
        words.addWidget(self.name)
        words.addWidget(self.detail)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 16, 28, 16)
        row.setSpacing(24)
        row.addWidget(
            Pictogram(icon, INK_ICONS, ems=2.0, parent=self), 0, Qt.AlignmentFlag.AlignVCenter
        )
        row.addLayout(words, 1)


class HomeScreen(ClaimantScreen[HomeView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        def tile(icon: IconKind, event: Callable[[], Event]) -> HomeTile:
            made = HomeTile(icon, self)
            made.clicked.connect(lambda: self.send(event()))
            return made

        self.apply_tile = tile(IconKind.APPLY, ChooseApply)
        self.status_tile = tile(IconKind.STATUS, ChooseStatus)
        self.guide_tile = tile(IconKind.GUIDE, ChooseGuide)
        self.training_tile = tile(IconKind.TRAINING, ChooseTraining)
        self.more_tile = tile(IconKind.HOME, ChooseMoreServices)
        self._tiles = {
            Action.APPLY: self.apply_tile,
            Action.STATUS: self.status_tile,
            Action.GUIDE: self.guide_tile,
            Action.TRAINING: self.training_tile,
            Action.MORE_SERVICES: self.more_tile,
        }
        self._grid = QGridLayout()
        self._grid.setSpacing(28)
        self.page.addLayout(self._grid, 1)
        self._arrange()
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._arrange()

    def _arrange(self) -> None:
        tiles = [
            self.apply_tile,
            self.status_tile,
            self.guide_tile,
            self.training_tile,
        ]
        for made in [*tiles, self.more_tile]:
            self._grid.removeWidget(made)
        columns = 1 if self.is_portrait() else 2
        for index, made in enumerate(tiles):
            self._grid.addWidget(made, index // columns, index % columns)
        # The fifth tile spans the row in landscape, so the grid stays even.
        self._grid.addWidget(self.more_tile, len(tiles) // columns, 0, 1, columns)
        for col in range(2):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def _show_actions(self) -> None:
        for action, made in self._tiles.items():
            made.setEnabled(self.allows(action))
        # Offered only when some service is: a tile that leads nowhere is not shown at all.
        self.more_tile.setVisible(self.allows(Action.MORE_SERVICES))

    def title(self) -> str:
        return QCoreApplication.translate("HomeScreen", "Home")

    def read_aloud_text(self) -> str:
        names = [made.name.text() for made in self._tiles.values() if made.isVisibleTo(self)]
        return "\n".join([self.heading.text(), *names])

    def _render(self) -> None:
        self.apply_tile.name.setText(
            QCoreApplication.translate("HomeScreen", "Apply for unemployment benefit")
        )
        self.apply_tile.detail.setText(
            QCoreApplication.translate(
                "HomeScreen", "See what you are entitled to, then apply. No certificates needed."
            )
        )
        self.status_tile.name.setText(
            QCoreApplication.translate("HomeScreen", "Check my application")
        )
        self.status_tile.detail.setText(
            QCoreApplication.translate(
                "HomeScreen", "How far it has got, payments, and what happens next."
            )
        )
        self.guide_tile.name.setText(
            QCoreApplication.translate("HomeScreen", "Guide and flowchart")
        )
        self.guide_tile.detail.setText(
            QCoreApplication.translate("HomeScreen", "The steps, the time limits, a picture.")
        )
        self.training_tile.name.setText(
            QCoreApplication.translate("HomeScreen", "Training subsidy")
        )
        self.training_tile.detail.setText(
            QCoreApplication.translate(
                "HomeScreen", "In an approved training course? Apply for the subsidy."
            )
        )
        self.more_tile.name.setText(QCoreApplication.translate("HomeScreen", "Other services"))
        self.more_tile.detail.setText(
            QCoreApplication.translate(
                "HomeScreen", "Report a change, update your details, appointments, complaints."
            )
        )
        if self._view is not None:
            self.heading.setText(msg_text(self._view.message))
        self._show_actions()
