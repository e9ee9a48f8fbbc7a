"""The claim process drawn as a real diagram: boxes, a decision diamond and arrows.

Painted with QPainter from translated words, so it re-words itself with the language, scales
with the text size, and stays sharp; no picture of text. The shape follows the guide: identify,
check, answer three questions, submit, the agency decides, payment; "not eligible" branches to
the counter and 12333.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain import guide
from kiosk.domain.language import Language
from kiosk.i18n import current_language
from screens.palette import DEFAULT_PALETTE
from screens.widgets import em_px

_P = DEFAULT_PALETTE


@dataclass(frozen=True)
class FlowNode:
    text: str
    decision: bool = False


def main_path() -> list[FlowNode]:
    """The guide's own flowchart (kiosk/domain/guide.py), so screen and sheet never differ."""
    lang = _language()
    return [FlowNode(node.text.in_language(lang), node.decision) for node in guide.FLOWCHART]


def branch_text() -> str:
    return guide.HELP.in_language(_language())


def yes_text() -> str:
    return guide.YES.in_language(_language())


def no_text() -> str:
    return guide.NO.in_language(_language())


def _language() -> Language:
    return Language(current_language())


class Flowchart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)

    def sizeHint(self) -> QSize:
        em = em_px(self)
        return QSize(em * 20, em * 22)

    def minimumSizeHint(self) -> QSize:
        em = em_px(self)
        return QSize(em * 12, em * 9)

    def node_texts(self) -> list[str]:
        return [node.text for node in main_path()] + [branch_text()]

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.paint_into(painter, QRectF(self.rect()))
        painter.end()

    def paint_into(self, painter: QPainter, area: QRectF) -> None:
        nodes = main_path()
        count = len(nodes)
        gap_ratio = 0.45  # arrow length relative to a box's height
        box_h = area.height() / (count + (count - 1) * gap_ratio)
        gap = box_h * gap_ratio
        # The claimant's body size, never smaller: the boxes are sized to the page instead.
        font = QFont(self.font())
        font.setPixelSize(em_px(self))
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        no_width = max(metrics.horizontalAdvance(no_text()), metrics.horizontalAdvance(yes_text()))
        main_w = area.width() * 0.56
        left = area.left() + 2
        line = QPen(QColor(_P.ink), max(2.0, box_h * 0.045))
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        boxes: list[QRectF] = []
        for index, node in enumerate(nodes):
            rect = QRectF(left, area.top() + index * (box_h + gap), main_w, box_h)
            boxes.append(rect)
            painter.setPen(line)
            if node.decision:
                painter.setBrush(QColor(_P.start_surface))
                painter.drawPolygon(_diamond(rect))
                painter.setFont(bold)
                text_rect = rect.adjusted(main_w * 0.18, 0, -main_w * 0.18, 0)
            else:
                painter.setBrush(QColor(_P.surface))
                painter.drawRoundedRect(rect, box_h * 0.18, box_h * 0.18)
                painter.setFont(font)
                text_rect = rect.adjusted(box_h * 0.2, 2, -box_h * 0.2, -2)
            painter.setPen(QColor(_P.ink))
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                node.text,
            )
        for upper, lower in itertools.pairwise(boxes):
            start = QPointF(upper.center().x(), upper.bottom())
            end = QPointF(lower.center().x(), lower.top())
            _arrow(painter, start, end, line, box_h * 0.22)
        diamond = boxes[next(i for i, node in enumerate(nodes) if node.decision)]
        painter.setPen(QColor(_P.ink))
        painter.setFont(bold)
        painter.drawText(
            QRectF(diamond.center().x() + box_h * 0.2, diamond.bottom(), main_w / 2, gap),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            yes_text(),
        )
        # "No" sits above the arrow to the counter box, which is as tall as its words need.
        branch_left = left + main_w + no_width + box_h * 0.5
        branch_w = area.right() - 2 - branch_left
        pad = box_h * 0.15
        painter.setFont(font)
        needed = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, branch_w - 2 * pad, area.height()),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            branch_text(),
        )
        branch_h = max(box_h, needed.height() + 2 * pad)
        branch = QRectF(branch_left, diamond.center().y() - branch_h / 2, branch_w, branch_h)
        _arrow(
            painter,
            QPointF(diamond.right(), diamond.center().y()),
            QPointF(branch.left(), diamond.center().y()),
            line,
            box_h * 0.22,
        )
        painter.setPen(QColor(_P.ink))
        painter.setFont(bold)
        painter.drawText(
            QRectF(
                diamond.right() + 4,
                diamond.center().y() - metrics.height() - 4,
                branch.left() - diamond.right(),
                metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            no_text(),
        )
        painter.setPen(line)
        painter.setBrush(QColor(_P.notice_surface))
        painter.drawRoundedRect(branch, box_h * 0.18, box_h * 0.18)
        painter.setPen(QColor(_P.notice_ink))
        painter.setFont(font)
        painter.drawText(
            branch.adjusted(pad, pad, -pad, -pad),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            branch_text(),
        )


def _diamond(rect: QRectF) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(rect.center().x(), rect.top()),
            QPointF(rect.right(), rect.center().y()),
            QPointF(rect.center().x(), rect.bottom()),
            QPointF(rect.left(), rect.center().y()),
        ]
    )


def _arrow(painter: QPainter, start: QPointF, end: QPointF, pen: QPen, head: float) -> None:
    painter.setPen(pen)
    painter.drawLine(start, end)
    direction = end - start
    length = (direction.x() ** 2 + direction.y() ** 2) ** 0.5 or 1.0
    ux, uy = direction.x() / length, direction.y() / length
    back = QPointF(end.x() - ux * head, end.y() - uy * head)
    side = QPointF(-uy * head * 0.6, ux * head * 0.6)
    path = QPainterPath()
    path.moveTo(end)
    path.lineTo(back + side)
    path.lineTo(back - side)
    path.closeSubpath()
    painter.setBrush(QColor(_P.ink))
    painter.drawPath(path)
