"""Technician additions to the kiosk stylesheet: text fields, lists, result rows, the log.

Same palette and type scale as the claimant screens (screens.theme); only widgets the claimant
screens do not have are styled here, so the two never disagree.
"""

from __future__ import annotations

from string import Template

from screens.palette import DEFAULT_PALETTE
from screens.theme import BASE_SIZES, build_stylesheet

_EXTRA = Template(
    """
QWidget#TechnicianWindow { background: $paper; }
QFrame#TechCard {
    background: $surface;
    border: ${border}px solid $rule;
    border-radius: ${radius}px;
}
QFrame#TechCard QLabel { background: transparent; }
QLineEdit {
    font-size: ${lead}px;
    min-height: ${touch}px;
    padding: 0px ${gap_small}px;
    background: $surface;
    color: $ink;
    border: ${border}px solid $rule;
    border-radius: ${radius}px;
}
QLineEdit:focus { border: ${focus}px solid $focus_on_light; }
QPlainTextEdit {
    font-size: ${caption}px;
    background: $surface;
    color: $ink;
    border: ${border}px solid $rule;
    border-radius: ${radius}px;
}
QScrollArea, QScrollArea > QWidget > QWidget { background: $paper; border: none; }
/* Wide enough to drag with a finger on panels whose touch arrives as a mouse. */
QScrollBar:vertical {
    width: ${gap}px;
    background: $start_surface;
    border-radius: ${radius}px;
}
QScrollBar::handle:vertical {
    background: $primary;
    min-height: ${touch}px;
    border-radius: ${radius}px;
}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; }
QLabel[result="ok"] {
    background: $start_surface; color: $start_ink; font-weight: bold;
    border: ${border}px solid $primary; border-radius: ${radius}px; padding: 4px ${gap_small}px;
}
QLabel[result="bad"] {
    background: $notice_surface; color: $notice_ink; font-weight: bold;
    border: ${border}px solid $notice_rule; border-radius: ${radius}px; padding: 4px ${gap_small}px;
}
QLabel[result="neutral"] {
    background: $surface; color: $ink_muted; font-weight: bold;
    border: ${border}px dashed $rule; border-radius: ${radius}px; padding: 4px ${gap_small}px;
}
QPushButton[role="tkey"] {
    min-height: ${touch}px;
    min-width: ${touch}px;
    border-radius: ${radius}px;
    font-size: ${lead}px;
    font-weight: bold;
    background: $surface;
    color: $ink;
    border: ${border}px solid $rule;
}
QPushButton[role="tkey"]:pressed, QPushButton[role="tkey"]:checked { background: $start_surface; }
QPushButton[role="tkey"]:disabled {
    background: $paper; color: $ink_muted; border: ${border}px dashed $rule;
}
QPushButton[role="choice"] {
    min-height: ${touch}px;
    min-width: ${touch}px;
    padding: 0px ${pad_x}px;
    border-radius: ${radius}px;
    font-size: ${body}px;
    background: $surface;
    color: $primary;
    border: ${border}px solid $rule;
}
QPushButton[role="choice"]:checked {
    background: $primary; color: $on_primary; border-color: $primary; font-weight: bold;
}
QPushButton[role="primary"]:disabled, QPushButton[role="secondary"]:disabled {
    background: $paper; color: $ink_muted; border: ${border}px dashed $rule;
}
QLabel[role="tentry"] {
    font-size: ${display}px;
    font-weight: bold;
    background: $surface;
    border: ${border}px solid $rule;
    border-radius: ${radius}px;
    padding: ${gap_small}px ${pad_x}px;
}
QLabel[role="mono"] { font-size: ${caption}px; }
QPushButton[role="tkey"]:focus, QPushButton[role="choice"]:focus {
    border: ${focus}px solid $focus_on_light;
}
"""
)


def technician_stylesheet(scale: float = 1.0) -> str:
    sizes = BASE_SIZES.scaled(scale)
    tokens: dict[str, object] = {}
    tokens.update(vars(DEFAULT_PALETTE))
    tokens.update(vars(sizes))
    return build_stylesheet(scale) + _EXTRA.substitute(tokens)
