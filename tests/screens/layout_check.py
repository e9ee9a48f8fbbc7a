"""Finds what a rendered window hides from the claimant, widget by widget.

A layout given less room than its widgets need does not fail: Qt squeezes, overlaps and cuts,
and the picture still looks plausible at a glance. This walks every visible widget of a window
and names each one that is cut by its parent, overlaps a sibling the same layout placed, lies
outside the window, or shows words that do not fit (a wrapped label shorter than its lines, a
one-line label or a button narrower than its words).

Scrolled content is exempt from its viewport's edge (scrolling is how a long page shows all of
itself); overlays placed by hand over the page (the timeout warning) are exempt from overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QPushButton,
    QScrollBar,
    QWidget,
)

from screens.line_breaks import WORD_JOINER
from screens.widgets import WordLabel

# A pixel or two of rounding between a layout and a size hint is not a claimant-visible fault.
SLACK_PX = 2


@dataclass(frozen=True)
class Finding:
    widget: str
    problem: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.problem}"


def describe(widget: QWidget) -> str:
    """The widget as a reader of a failure finds it: objectName or class, role, and words."""
    name = widget.objectName() or type(widget).__name__
    role = widget.property("role")
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace(WORD_JOINER, "").replace("\n", " ")
        if len(text) > 40:
            text = text[:39] + "…"
    parts = [name]
    if role:
        parts.append(f"[{role}]")
    if text:
        parts.append(repr(text))
    return " ".join(parts)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _internal(widget: QWidget) -> bool:
    """Qt's own parts of a scroll area (viewport, scroll bar containers), not page content."""
    return widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar)


def _scrolled(widget: QWidget) -> bool:
    """The content widget a scroll area moves inside its viewport."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    return isinstance(area, QAbstractScrollArea) and viewport is area.viewport()


def _cut_by_parent(widget: QWidget, parent: QWidget, window: QWidget) -> bool:
    if parent is window or _scrolled(widget):
        return False
    return not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry())


def _in_scrolled(widget: QWidget, window: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None and current is not window:
        if _scrolled(current):
            return True
        current = current.parentWidget()
    return False


def _laid_out(layout: QLayout | None) -> set[int]:
    """Ids of the widgets a layout and its nested layouts place."""
    found: set[int] = set()
    if layout is None:
        return found
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            found.add(id(widget))
        child = item.layout()
        if child is not None:
            found |= _laid_out(child)
    return found


def _needs_height(label: QLabel) -> int:
    if label.wordWrap() and label.hasHeightForWidth():
        return label.heightForWidth(label.width())
    return label.minimumSizeHint().height()


def _widest_line(label: QLabel) -> int:
    """The widest line Qt will draw for a wrapped label at its width (an unbreakable word can
    run past the edge: Qt's word wrap never breaks inside a word it was told not to)."""
    width = label.contentsRect().width() - 2 * max(0, label.margin())
    layout = QTextLayout(QLabel.text(label), label.font())  # with its word joiners
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return int(widest + 0.999)


def _text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel) and widget.text() and not widget.pixmap().width():
        needed = _needs_height(widget)
        if widget.height() + SLACK_PX < needed:
            return f"words need {needed} px high, given {widget.height()}"
        if widget.wordWrap() and not isinstance(widget, WordLabel):
            return "wraps without the word-breaking rules (make it with text_label)"
        if widget.wordWrap():
            widest = _widest_line(widget)
            room = widget.contentsRect().width()
            if widest > room + SLACK_PX:
                return f"a word runs {widest - room} px past the edge"
        elif widget.sizeHint().width() > widget.width() + SLACK_PX:
            return f"words need {widget.sizeHint().width()} px wide, given {widget.width()}"
    if isinstance(widget, QPushButton) and widget.text():
        hint = widget.sizeHint()
        metrics = QFontMetrics(widget.font())
        words = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
        if hint.width() > widget.width() + SLACK_PX:
            return f"words and icon need {hint.width()} px wide, given {widget.width()} ({words} px of words)"
        lines = widget.text().count("\n") + 1
        if metrics.height() * lines > widget.contentsRect().height() + SLACK_PX:
            return f"words need {metrics.height() * lines} px high, given {widget.height()}"
    return None


def check_window(window: QWidget) -> list[Finding]:
    """Everything a claimant cannot fully see in `window` as it is laid out now."""
    findings: list[Finding] = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _internal(widget):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        name = describe(widget)
        area = _rect_in(widget, window)
        if _in_scrolled(widget, window):
            # Below or above the viewport is reachable by scrolling; beside it is not.
            area = QRect(area.x(), frame.y(), area.width(), frame.height())
        if not frame.contains(area):
            findings.append(Finding(name, f"outside the window at {_box(area)}"))
        parent = widget.parentWidget()
        if parent is not None and _cut_by_parent(widget, parent, window):
            box = _box(widget.geometry())
            findings.append(Finding(name, f"cut by {describe(parent)}: {box}"))
        problem = _text_problem(widget)
        if problem is not None:
            findings.append(Finding(name, problem))
    findings += _overlaps(window)
    return findings


def _overlaps(window: QWidget) -> list[Finding]:
    findings = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not parent.isVisibleTo(window) and parent is not window:
            continue
        placed = _laid_out(parent.layout())
        children = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if id(child) in placed and child.isVisibleTo(window) and not _internal(child)
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > SLACK_PX and shared.height() > SLACK_PX:
                    findings.append(
                        Finding(
                            describe(first),
                            f"overlaps {describe(second)} by {shared.width()}x{shared.height()} px",
                        )
                    )
    return findings


def _box(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"
