"""Simple pictograms drawn with QPainter, so they stay sharp at any text size and carry no words.

Each painter draws into a square or wide rectangle with the colours it is given; the same
drawing serves a 40 px button icon and a 300 px illustration on the idle screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap


class IconKind(StrEnum):
    SOCIAL_SECURITY_CARD = "social_security_card"
    ID_CARD = "id_card"
    PHONE = "phone"
    SPEAKER = "speaker"
    TEXT_SIZE = "text_size"
    GLOBE = "globe"
    BACK = "back"
    FINISH = "finish"
    CHECK = "check"
    OFFLINE = "offline"
    CLOCK = "clock"
    APPLY = "apply"
    STATUS = "status"
    GUIDE = "guide"
    NO_CERTIFICATE = "no_certificate"
    HOME = "home"
    TAKE_CARD = "take_card"
    TRAINING = "training"
    PRINTER = "printer"
    WARNING = "warning"
    ECARD_QR = "ecard_qr"


@dataclass(frozen=True)
class IconColours:
    """`ink` draws outlines; the others fill the illustrations."""

    ink: str
    fill: str = "#FFFFFF"
    accent: str = "#C9A227"
    card: str = "#2E7D5B"


Painter = Callable[[QPainter, QRectF, IconColours], None]


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _square(rect: QRectF) -> QRectF:
    side = min(rect.width(), rect.height())
    return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)


def _paint_social_security_card(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # A card standing upright above a slot, with an arrow saying "push it in".
    _paint_card_in_slot(p, rect, c, arrow_down=True)


def _paint_take_card(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # The same card with the arrow pointing out of the slot: "take it with you".
    _paint_card_in_slot(p, rect, c, arrow_down=False)


def _paint_card_in_slot(p: QPainter, rect: QRectF, c: IconColours, *, arrow_down: bool) -> None:
    s = _square(rect)
    u = s.width() / 10
    stroke = max(2.0, u * 0.35)
    card = QRectF(s.left() + 2.6 * u, s.top() + 0.4 * u, 4.8 * u, 6.4 * u)
    p.setPen(_pen(c.ink, stroke))
    p.setBrush(QColor(c.card))
    p.drawRoundedRect(card, 0.5 * u, 0.5 * u)
    chip = QRectF(card.left() + 0.8 * u, card.bottom() - 2.9 * u, 1.7 * u, 1.4 * u)
    p.setBrush(QColor(c.accent))
    p.drawRoundedRect(chip, 0.2 * u, 0.2 * u)
    slot = QRectF(s.left() + 1.2 * u, s.top() + 7.6 * u, 7.6 * u, 1.2 * u)
    p.setBrush(QColor(c.ink))
    p.drawRoundedRect(slot, 0.5 * u, 0.5 * u)
    # Arrow beside the card: down into the slot, or up and out of it.
    x = s.left() + 8.6 * u
    top, bottom = s.top() + 1.2 * u, s.top() + 6.0 * u
    tip, back = (bottom, -0.9 * u) if arrow_down else (top, 0.9 * u)
    p.setPen(_pen(c.ink, stroke * 1.3))
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.drawLine(QPointF(x - 0.8 * u, tip + back), QPointF(x, tip))
    p.drawLine(QPointF(x + 0.8 * u, tip + back), QPointF(x, tip))


def _paint_id_card(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # An ID card lying on the reader, with waves showing it is read without inserting.
    s = _square(rect)
    u = s.width() / 10
    stroke = max(2.0, u * 0.35)
    reader = QRectF(s.left() + 0.6 * u, s.top() + 6.6 * u, 8.8 * u, 2.6 * u)
    p.setPen(_pen(c.ink, stroke))
    p.setBrush(QColor(c.ink))
    p.drawRoundedRect(reader, 0.6 * u, 0.6 * u)
    card = QRectF(s.left() + 1.6 * u, s.top() + 3.4 * u, 6.8 * u, 4.2 * u)
    p.setBrush(QColor(c.fill))
    p.drawRoundedRect(card, 0.5 * u, 0.5 * u)
    face = QRectF(card.right() - 2.6 * u, card.top() + 0.7 * u, 1.9 * u, 2.3 * u)
    p.setBrush(QColor(c.card))
    p.drawRoundedRect(face, 0.3 * u, 0.3 * u)
    p.setPen(_pen(c.ink, stroke * 0.8))
    for row in range(3):
        y = card.top() + (1.1 + row * 0.9) * u
        p.drawLine(QPointF(card.left() + 0.7 * u, y), QPointF(card.left() + 3.4 * u, y))
    p.setPen(_pen(c.ink, stroke))
    p.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(s.center().x(), s.top() + 3.0 * u)
    for radius in (1.0 * u, 2.0 * u):
        arc = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        p.drawArc(arc, 40 * 16, 100 * 16)


def _paint_phone(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    path = QPainterPath()
    # A classic handset: ear piece top left, mouth piece bottom right, curved grip between.
    path.moveTo(s.left() + 2.2 * u, s.top() + 1.2 * u)
    path.lineTo(s.left() + 3.8 * u, s.top() + 2.8 * u)
    path.lineTo(s.left() + 3.0 * u, s.top() + 4.2 * u)
    path.cubicTo(
        QPointF(s.left() + 3.8 * u, s.top() + 5.6 * u),
        QPointF(s.left() + 4.6 * u, s.top() + 6.2 * u),
        QPointF(s.left() + 5.8 * u, s.top() + 7.0 * u),
    )
    path.lineTo(s.left() + 7.2 * u, s.top() + 6.2 * u)
    path.lineTo(s.left() + 8.8 * u, s.top() + 7.8 * u)
    path.cubicTo(
        QPointF(s.left() + 8.0 * u, s.top() + 9.4 * u),
        QPointF(s.left() + 6.2 * u, s.top() + 9.2 * u),
        QPointF(s.left() + 4.6 * u, s.top() + 8.0 * u),
    )
    path.cubicTo(
        QPointF(s.left() + 2.6 * u, s.top() + 6.4 * u),
        QPointF(s.left() + 1.4 * u, s.top() + 4.6 * u),
        QPointF(s.left() + 1.0 * u, s.top() + 3.2 * u),
    )
    path.closeSubpath()
    p.setPen(_pen(c.ink, max(1.5, u * 0.3)))
    p.setBrush(QColor(c.ink))
    p.drawPath(path)


def _paint_speaker(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    body = QPainterPath()
    body.moveTo(s.left() + 1.0 * u, s.top() + 3.6 * u)
    body.lineTo(s.left() + 3.0 * u, s.top() + 3.6 * u)
    body.lineTo(s.left() + 5.6 * u, s.top() + 1.2 * u)
    body.lineTo(s.left() + 5.6 * u, s.top() + 8.8 * u)
    body.lineTo(s.left() + 3.0 * u, s.top() + 6.4 * u)
    body.lineTo(s.left() + 1.0 * u, s.top() + 6.4 * u)
    body.closeSubpath()
    p.setPen(_pen(c.ink, max(1.5, u * 0.4)))
    p.setBrush(QColor(c.ink))
    p.drawPath(body)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(c.ink, max(2.0, u * 0.7)))
    for radius in (1.6 * u, 3.0 * u):
        centre = QPointF(s.left() + 5.8 * u, s.center().y())
        arc = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        p.drawArc(arc, -45 * 16, 90 * 16)


def _paint_text_size(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # Two letter-A shapes, small and large, drawn as strokes so no font is involved.
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.8)))
    p.setBrush(Qt.BrushStyle.NoBrush)

    def letter(left: float, bottom: float, height: float) -> None:
        half = height * 0.42
        apex = QPointF(left + half, bottom - height)
        p.drawLine(QPointF(left, bottom), apex)
        p.drawLine(apex, QPointF(left + 2 * half, bottom))
        y = bottom - height * 0.38
        p.drawLine(QPointF(left + half * 0.45, y), QPointF(left + half * 1.55, y))

    letter(s.left() + 0.6 * u, s.top() + 8.6 * u, 4.2 * u)
    letter(s.left() + 4.6 * u, s.top() + 8.6 * u, 7.2 * u)


def _paint_globe(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.6)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    ball = s.adjusted(u, u, -u, -u)
    p.drawEllipse(ball)
    p.drawEllipse(ball.adjusted(2.2 * u, 0, -2.2 * u, 0))
    p.drawLine(QPointF(ball.left(), ball.center().y()), QPointF(ball.right(), ball.center().y()))


def _paint_back(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 1.0)))
    p.drawLine(
        QPointF(s.left() + 2.0 * u, s.center().y()), QPointF(s.right() - 1.5 * u, s.center().y())
    )
    p.drawLine(
        QPointF(s.left() + 2.0 * u, s.center().y()), QPointF(s.left() + 5.0 * u, s.top() + 2.0 * u)
    )
    p.drawLine(
        QPointF(s.left() + 2.0 * u, s.center().y()),
        QPointF(s.left() + 5.0 * u, s.bottom() - 2.0 * u),
    )


def _paint_finish(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # An open door with an arrow leaving through it: "I am done, end my session".
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.8)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(
        [
            QPointF(s.left() + 5.6 * u, s.top() + 3.2 * u),
            QPointF(s.left() + 5.6 * u, s.top() + 1.2 * u),
            QPointF(s.left() + 1.2 * u, s.top() + 1.2 * u),
            QPointF(s.left() + 1.2 * u, s.bottom() - 1.2 * u),
            QPointF(s.left() + 5.6 * u, s.bottom() - 1.2 * u),
            QPointF(s.left() + 5.6 * u, s.bottom() - 3.2 * u),
        ]
    )
    y = s.center().y()
    p.drawLine(QPointF(s.left() + 3.6 * u, y), QPointF(s.right() - 0.8 * u, y))
    p.drawLine(QPointF(s.right() - 0.8 * u, y), QPointF(s.right() - 3.0 * u, y - 2.2 * u))
    p.drawLine(QPointF(s.right() - 0.8 * u, y), QPointF(s.right() - 3.0 * u, y + 2.2 * u))


def _paint_check(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 1.2)))
    p.drawPolyline(
        [
            QPointF(s.left() + 1.5 * u, s.top() + 5.5 * u),
            QPointF(s.left() + 4.0 * u, s.top() + 8.0 * u),
            QPointF(s.left() + 8.8 * u, s.top() + 2.4 * u),
        ]
    )


def _paint_offline(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    cloud = QPainterPath()
    cloud.addEllipse(QRectF(s.left() + 1.0 * u, s.top() + 4.0 * u, 3.6 * u, 3.6 * u))
    cloud.addEllipse(QRectF(s.left() + 3.0 * u, s.top() + 2.2 * u, 4.4 * u, 4.4 * u))
    cloud.addEllipse(QRectF(s.left() + 5.6 * u, s.top() + 4.0 * u, 3.4 * u, 3.4 * u))
    cloud.addRect(QRectF(s.left() + 2.8 * u, s.top() + 5.4 * u, 4.6 * u, 2.2 * u))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.ink))
    p.drawPath(cloud.simplified())
    p.setPen(_pen(c.fill, max(2.0, u * 1.4)))
    p.drawLine(
        QPointF(s.left() + 1.4 * u, s.top() + 1.4 * u),
        QPointF(s.right() - 1.4 * u, s.bottom() - 1.4 * u),
    )
    p.setPen(_pen(c.ink, max(2.0, u * 0.7)))
    p.drawLine(
        QPointF(s.left() + 1.4 * u, s.top() + 1.4 * u),
        QPointF(s.right() - 1.4 * u, s.bottom() - 1.4 * u),
    )


def _paint_clock(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.7)))
    p.setBrush(QColor(c.fill))
    p.drawEllipse(s.adjusted(u, u, -u, -u))
    centre = s.center()
    p.drawLine(centre, QPointF(centre.x(), s.top() + 2.6 * u))
    p.drawLine(centre, QPointF(centre.x() + 2.4 * u, centre.y()))


def _document(p: QPainter, s: QRectF, u: float, c: IconColours) -> QRectF:
    page = QRectF(s.left() + 1.8 * u, s.top() + 0.8 * u, 5.6 * u, 8.0 * u)
    p.setPen(_pen(c.ink, max(2.0, u * 0.6)))
    p.setBrush(QColor(c.fill))
    p.drawRoundedRect(page, 0.5 * u, 0.5 * u)
    for row in range(4):
        y = page.top() + (1.6 + row * 1.5) * u
        p.drawLine(QPointF(page.left() + 1.1 * u, y), QPointF(page.right() - 1.1 * u, y))
    return page


def _paint_apply(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    _document(p, s, u, c)
    # A pen writing at the bottom right corner.
    p.setPen(_pen(c.ink, max(2.0, u * 1.1)))
    p.drawLine(
        QPointF(s.left() + 9.2 * u, s.top() + 4.2 * u),
        QPointF(s.left() + 5.6 * u, s.top() + 8.4 * u),
    )
    p.setPen(_pen(c.accent, max(2.0, u * 0.5)))
    p.drawLine(
        QPointF(s.left() + 9.0 * u, s.top() + 4.5 * u),
        QPointF(s.left() + 5.9 * u, s.top() + 8.1 * u),
    )


def _paint_status(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    _document(p, s, u, c)
    lens = QRectF(s.left() + 4.6 * u, s.top() + 4.4 * u, 3.4 * u, 3.4 * u)
    p.setPen(_pen(c.ink, max(2.0, u * 0.8)))
    p.setBrush(QBrush(QColor(c.fill)))
    p.drawEllipse(lens)
    p.setPen(_pen(c.ink, max(2.0, u * 1.2)))
    p.drawLine(
        QPointF(lens.right() - 0.3 * u, lens.bottom() - 0.3 * u),
        QPointF(s.left() + 9.4 * u, s.top() + 9.4 * u),
    )


def _paint_guide(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # An open book.
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.6)))
    p.setBrush(QColor(c.fill))
    left = QPainterPath()
    left.moveTo(s.center().x(), s.top() + 2.6 * u)
    left.cubicTo(
        QPointF(s.left() + 3.6 * u, s.top() + 1.6 * u),
        QPointF(s.left() + 2.0 * u, s.top() + 1.8 * u),
        QPointF(s.left() + 0.8 * u, s.top() + 2.4 * u),
    )
    left.lineTo(s.left() + 0.8 * u, s.top() + 8.4 * u)
    left.cubicTo(
        QPointF(s.left() + 2.0 * u, s.top() + 7.8 * u),
        QPointF(s.left() + 3.6 * u, s.top() + 7.8 * u),
        QPointF(s.center().x(), s.top() + 8.8 * u),
    )
    left.closeSubpath()
    p.drawPath(left)
    mirror = QPainterPath()
    mirror.moveTo(s.center().x(), s.top() + 2.6 * u)
    mirror.cubicTo(
        QPointF(s.left() + 6.4 * u, s.top() + 1.6 * u),
        QPointF(s.left() + 8.0 * u, s.top() + 1.8 * u),
        QPointF(s.left() + 9.2 * u, s.top() + 2.4 * u),
    )
    mirror.lineTo(s.left() + 9.2 * u, s.top() + 8.4 * u)
    mirror.cubicTo(
        QPointF(s.left() + 8.0 * u, s.top() + 7.8 * u),
        QPointF(s.left() + 6.4 * u, s.top() + 7.8 * u),
        QPointF(s.center().x(), s.top() + 8.8 * u),
    )
    mirror.closeSubpath()
    p.drawPath(mirror)


def _paint_no_certificate(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # A paper certificate crossed out: "you do not need to bring this".
    s = _square(rect)
    u = s.width() / 10
    _document(p, s, u, c)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(c.ink, max(2.0, u * 0.9)))
    ring = s.adjusted(0.6 * u, 0.6 * u, -0.6 * u, -0.6 * u)
    p.drawEllipse(ring)
    p.drawLine(
        QPointF(ring.left() + 1.3 * u, ring.top() + 1.3 * u),
        QPointF(ring.right() - 1.3 * u, ring.bottom() - 1.3 * u),
    )


def _paint_home(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.8)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(
        [
            QPointF(s.left() + 0.8 * u, s.top() + 5.0 * u),
            QPointF(s.center().x(), s.top() + 1.0 * u),
            QPointF(s.right() - 0.8 * u, s.top() + 5.0 * u),
        ]
    )
    p.drawPolyline(
        [
            QPointF(s.left() + 2.0 * u, s.top() + 4.2 * u),
            QPointF(s.left() + 2.0 * u, s.bottom() - 1.0 * u),
            QPointF(s.right() - 2.0 * u, s.bottom() - 1.0 * u),
            QPointF(s.right() - 2.0 * u, s.top() + 4.2 * u),
        ]
    )
    p.drawRect(QRectF(s.center().x() - 1.0 * u, s.bottom() - 4.0 * u, 2.0 * u, 3.0 * u))


def _paint_training(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # A graduation cap: a diamond board over a band, with a tassel.
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.6)))
    p.setBrush(QColor(c.fill))
    band = QPainterPath()
    band.moveTo(s.left() + 2.6 * u, s.top() + 4.6 * u)
    band.lineTo(s.left() + 2.6 * u, s.top() + 7.2 * u)
    band.cubicTo(
        QPointF(s.left() + 4.0 * u, s.top() + 8.6 * u),
        QPointF(s.left() + 6.0 * u, s.top() + 8.6 * u),
        QPointF(s.left() + 7.4 * u, s.top() + 7.2 * u),
    )
    band.lineTo(s.left() + 7.4 * u, s.top() + 4.6 * u)
    p.drawPath(band)
    p.setBrush(QColor(c.ink))
    p.drawPolygon(
        [
            QPointF(s.center().x(), s.top() + 1.4 * u),
            QPointF(s.right() - 0.4 * u, s.top() + 3.8 * u),
            QPointF(s.center().x(), s.top() + 6.2 * u),
            QPointF(s.left() + 0.4 * u, s.top() + 3.8 * u),
        ]
    )
    p.setPen(_pen(c.accent, max(2.0, u * 0.6)))
    p.drawLine(
        QPointF(s.right() - 1.4 * u, s.top() + 4.2 * u),
        QPointF(s.right() - 1.4 * u, s.top() + 7.4 * u),
    )


def _paint_printer(p: QPainter, rect: QRectF, c: IconColours) -> None:
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.6)))
    p.setBrush(QColor(c.fill))
    p.drawRect(QRectF(s.left() + 2.6 * u, s.top() + 0.8 * u, 4.8 * u, 3.0 * u))
    p.drawRoundedRect(QRectF(s.left() + 0.8 * u, s.top() + 3.6 * u, 8.4 * u, 3.6 * u), u, u)
    p.drawRect(QRectF(s.left() + 2.6 * u, s.top() + 5.8 * u, 4.8 * u, 3.4 * u))
    for row in range(2):
        y = s.top() + (7.0 + row * 1.1) * u
        p.drawLine(QPointF(s.left() + 3.4 * u, y), QPointF(s.left() + 6.6 * u, y))


def _paint_warning(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # A triangle with an exclamation mark: the shape and the mark carry it, not the colour.
    s = _square(rect)
    u = s.width() / 10
    p.setPen(_pen(c.ink, max(2.0, u * 0.7)))
    p.setBrush(QColor(c.fill))
    p.drawPolygon(
        [
            QPointF(s.center().x(), s.top() + 0.8 * u),
            QPointF(s.right() - 0.6 * u, s.bottom() - 1.0 * u),
            QPointF(s.left() + 0.6 * u, s.bottom() - 1.0 * u),
        ]
    )
    p.setPen(_pen(c.ink, max(2.0, u * 1.0)))
    p.drawLine(
        QPointF(s.center().x(), s.top() + 3.6 * u), QPointF(s.center().x(), s.top() + 6.2 * u)
    )
    p.drawPoint(QPointF(s.center().x(), s.top() + 7.6 * u))


def _paint_ecard_qr(p: QPainter, rect: QRectF, c: IconColours) -> None:
    # A phone held upright, its screen showing a QR code: the e-card shown to the scanner.
    s = _square(rect)
    u = s.width() / 10
    body = QRectF(s.left() + 2.2 * u, s.top() + 0.6 * u, 5.6 * u, 8.8 * u)
    p.setPen(_pen(c.ink, max(1.5, u * 0.35)))
    p.setBrush(QColor(c.fill))
    p.drawRoundedRect(body, 0.9 * u, 0.9 * u)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.ink))
    cell = 0.55 * u
    left, top = s.left() + 3.35 * u, s.top() + 2.35 * u  # a 6 x 6 grid of cells, centred
    for col, row in ((0, 0), (4, 0), (0, 4)):  # the three finder squares
        p.drawRect(QRectF(left + col * cell, top + row * cell, 2 * cell, 2 * cell))
    for col, row in ((3, 2), (2, 3), (5, 3), (3, 5), (5, 5), (4, 4)):
        p.drawRect(QRectF(left + col * cell, top + row * cell, cell, cell))
    p.setBrush(QColor(c.card))
    p.drawEllipse(QPointF(s.center().x(), s.top() + 8.4 * u), 0.35 * u, 0.35 * u)


PAINTERS: dict[IconKind, Painter] = {
    IconKind.SOCIAL_SECURITY_CARD: _paint_social_security_card,
    IconKind.ID_CARD: _paint_id_card,
    IconKind.PHONE: _paint_phone,
    IconKind.SPEAKER: _paint_speaker,
    IconKind.TEXT_SIZE: _paint_text_size,
    IconKind.GLOBE: _paint_globe,
    IconKind.BACK: _paint_back,
    IconKind.FINISH: _paint_finish,
    IconKind.CHECK: _paint_check,
    IconKind.OFFLINE: _paint_offline,
    IconKind.CLOCK: _paint_clock,
    IconKind.APPLY: _paint_apply,
    IconKind.STATUS: _paint_status,
    IconKind.GUIDE: _paint_guide,
    IconKind.NO_CERTIFICATE: _paint_no_certificate,
    IconKind.HOME: _paint_home,
    IconKind.TAKE_CARD: _paint_take_card,
    IconKind.TRAINING: _paint_training,
    IconKind.PRINTER: _paint_printer,
    IconKind.WARNING: _paint_warning,
    IconKind.ECARD_QR: _paint_ecard_qr,
}


def paint_icon(painter: QPainter, kind: IconKind, rect: QRectF, colours: IconColours) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    PAINTERS[kind](painter, rect, colours)
    painter.restore()


def icon_pixmap(
    kind: IconKind, side_px: int, colours: IconColours, device_ratio: float = 1.0
) -> QPixmap:
    pixmap = QPixmap(round(side_px * device_ratio), round(side_px * device_ratio))
    pixmap.setDevicePixelRatio(device_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_icon(painter, kind, QRectF(0, 0, side_px, side_px), colours)
    painter.end()
    return pixmap
