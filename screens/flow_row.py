"""A row of buttons that wraps onto more rows when the panel is too narrow for it.

Bars of touch buttons (the bottom bar, the top bar's controls) must never squeeze or overlap
their buttons: with larger text on a portrait panel, or a long translation, the row simply
continues on a second row. `push_last_right` keeps a bar's last button (finish) at the right
edge, on whichever row it lands.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowRow(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 24, *, push_last_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._push_last_right = push_last_right
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's contract ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one row, as a wide panel shows them."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest button: anything wider wraps."""
        shown = self._shown()
        margins: QMargins = self.contentsMargins()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    # ---- placing --------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The buttons of each row at `width` (outer margins included)."""
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wide = item.sizeHint().width()
            if rows[-1] and used + self._gap + wide > room:
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + wide
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        rows = self.rows(rect.width())
        for number, row in enumerate(rows):
            height = max(item.sizeHint().height() for item in row)
            if place:
                x = area.x()
                for index, item in enumerate(row):
                    hint = item.sizeHint()
                    wide = min(hint.width(), area.width())
                    last = number == len(rows) - 1 and index == len(row) - 1
                    if last and self._push_last_right and len(self._shown()) > 1:
                        x = max(x, area.right() + 1 - wide)
                    item.setGeometry(QRect(QPoint(x, y), QSize(wide, height)))
                    x += wide + self._gap
            y += height + self._gap
        used = y - self._gap - area.y() if rows else 0
        return used + margins.top() + margins.bottom()
