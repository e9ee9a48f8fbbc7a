"""A QR code drawn from its module matrix, crisp at any size, for photographing off the screen."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from screens.palette import DEFAULT_PALETTE


def qr_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_pixmap(text: str, side_px: int) -> QPixmap:
    """The code as a square pixmap: dark modules on white, with the quiet zone."""
    pixmap = QPixmap(side_px, side_px)
    pixmap.fill(QColor(DEFAULT_PALETTE.surface))
    painter = QPainter(pixmap)
    _paint(painter, qr_matrix(text), QRectF(0, 0, side_px, side_px))
    painter.end()
    return pixmap


def _paint(painter: QPainter, matrix: list[list[bool]], rect: QRectF) -> None:
    count = len(matrix)
    if count == 0:
        return
    module = int(min(rect.width(), rect.height()) // count)
    offset_x = rect.left() + (rect.width() - module * count) / 2
    offset_y = rect.top() + (rect.height() - module * count) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(DEFAULT_PALETTE.ink))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRectF(offset_x + x * module, offset_y + y * module, module, module)
                )


class QrCodeView(QWidget):
    """Whole-pixel modules so a phone camera reads it; sized from the font, never tiny."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)

    def set_text(self, text: str | None) -> None:
        self._matrix = qr_matrix(text) if text else []
        self.updateGeometry()
        self.update()

    def has_code(self) -> bool:
        return bool(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(DEFAULT_PALETTE.surface))
        _paint(painter, self._matrix, QRectF(self.rect()))
        painter.end()
