"""Whether a page's wrapped text really fits, measured after a synchronous relayout.

Qt's height-for-width estimates go stale when parts of a page are hidden and shown, so screens
that drop their least important lines to fit the panel measure the real outcome instead.
"""

from PySide6.QtWidgets import QLabel, QWidget


def relayout(page: QWidget) -> None:
    """Two passes, top-down: a child's new height changes its parent's layout and back."""
    containers = [page, *page.findChildren(QWidget)]
    for _ in range(2):
        for widget in containers:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()


def wrapped_labels_fit(page: QWidget) -> bool:
    relayout(page)
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text() or not label.wordWrap():
            continue
        if label.height() < label.heightForWidth(label.width()):
            return False
    return True
