"""The training subsidy (2019 notice §8): the approved courses on record, one tap to apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow.events import ChooseCourse, Retry
from kiosk.flow.view_models import Action, CoursesView, CourseView
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, action_button
from screens.messages import date_text, money_text, msg_text
from screens.widgets import Pictogram, TouchTile, text_label

MAX_COURSES = 3


class CourseTile(TouchTile):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tile", parent)
        self.course_id = ""
        self.name = text_label("item", parent=self)
        self.provider = text_label("body", parent=self)
        self.dates = text_label("body", parent=self)
        self.subsidy = text_label("strong", parent=self)
        self.choose = text_label("reference", parent=self)
        words = QVBoxLayout()
        words.setSpacing(4)
        for label in (self.name, self.provider, self.dates, self.subsidy, self.choose):
            words.addWidget(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 16, 28, 16)
        row.setSpacing(24)
        row.addWidget(
            Pictogram(IconKind.TRAINING, INK_ICONS, ems=2.0, parent=self),
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        row.addLayout(words, 1)

    def show_course(self, course: CourseView) -> None:
        self.course_id = course.course_id
        self.name.setText(course.name)
        self.provider.setText(course.provider)
        self.dates.setText(
            QCoreApplication.translate("CoursesScreen", "From {start} to {end}")
            .replace("{start}", date_text(course.starts_on))
            .replace("{end}", date_text(course.ends_on))
        )
        self.subsidy.setText(
            QCoreApplication.translate("CoursesScreen", "Subsidy: {amount}").replace(
                "{amount}", money_text(course.subsidy)
            )
            if course.subsidy is not None
            else ""
        )
        self.subsidy.setVisible(course.subsidy is not None)
        self.choose.setText(
            QCoreApplication.translate("CoursesScreen", "Tap here to apply for this course")
        )


class CoursesScreen(ClaimantScreen[CoursesView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[CourseTile] = []
        for _ in range(MAX_COURSES):
            tile = CourseTile(self)
            tile.clicked.connect(lambda tile=tile: self._choose(tile))
            tile.hide()
            self.tiles.append(tile)
            self.page.addWidget(tile)
        self.page.addStretch(1)
        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        self.page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def _choose(self, tile: CourseTile) -> None:
        if tile.course_id and self.allows(Action.CHOOSE_COURSE):
            self.send(ChooseCourse(course_id=tile.course_id))

    def _show_actions(self) -> None:
        self.retry_button.setVisible(self.allows(Action.RETRY))
        for tile in self.tiles:
            tile.setEnabled(self.allows(Action.CHOOSE_COURSE))

    def clear(self) -> None:
        super().clear()
        for tile in self.tiles:
            tile.course_id = ""
            tile.hide()

    def title(self) -> str:
        return QCoreApplication.translate("CoursesScreen", "Training subsidy")

    def read_aloud_text(self) -> str:
        names = [tile.name.text() for tile in self.tiles if tile.isVisibleTo(self)]
        return "\n".join([self.heading.text(), *names])

    def _render(self) -> None:
        self.retry_button.setText(QCoreApplication.translate("CoursesScreen", "Try again"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        for index, tile in enumerate(self.tiles):
            if index < len(view.courses):
                tile.show_course(view.courses[index])
                tile.show()
            else:
                tile.hide()
        self._show_actions()
