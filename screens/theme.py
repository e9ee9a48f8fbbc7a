"""Builds the stylesheet from the palette and the type scale and applies it to a window.

Sizes are logical pixels for a 1920x1080 panel. Kiosk panels are 21.5 to 32 inches, so one
pixel is 0.25 to 0.36 mm: 96 px touch targets are 24 to 35 mm, comfortably above the 15 mm
(and 60x60 dp) asked for by the MIIT ageing-friendly rules. Body text is 32 px (at least 28 px
at 1080p is required); elderly mode multiplies every size by ELDERLY_SCALE.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from importlib import resources
from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from screens.palette import DEFAULT_PALETTE, Palette

FONT_FAMILY = "Noto Sans CJK SC"  # the SC face of the collection also carries every Hangul glyph
NORMAL_SCALE = 1.0
ELDERLY_SCALE = 1.25
MIN_TOUCH_TARGET_PX = 96
MIN_BODY_TEXT_PX = 28


@dataclass(frozen=True)
class Sizes:
    """Every size in the stylesheet, in logical pixels at scale 1.0."""

    caption: int = 28
    body: int = 32
    lead: int = 36
    heading: int = 42
    title: int = 40
    display: int = 52
    countdown: int = 132
    touch: int = MIN_TOUCH_TARGET_PX
    touch_wide: int = 240
    pad_x: int = 28
    gap: int = 32
    gap_small: int = 12
    radius: int = 16
    border: int = 3
    focus: int = 6

    def scaled(self, scale: float) -> Sizes:
        return Sizes(**{name: round(value * scale) for name, value in asdict(self).items()})


BASE_SIZES = Sizes()


def stylesheet_template() -> str:
    return resources.files("screens").joinpath("theme.qss").read_text(encoding="utf-8")


def build_stylesheet(scale: float = NORMAL_SCALE, palette: Palette = DEFAULT_PALETTE) -> str:
    tokens: dict[str, object] = {"font_family": FONT_FAMILY}
    tokens.update(asdict(palette))
    sizes = BASE_SIZES.scaled(scale)
    tokens.update(asdict(sizes))
    tokens["pad_x_focus"] = sizes.pad_x - (sizes.focus - sizes.border)
    return Template(stylesheet_template()).substitute(tokens)


def scale_for(larger_text: bool) -> float:
    return ELDERLY_SCALE if larger_text else NORMAL_SCALE


def apply_theme(window: QWidget, larger_text: bool = False) -> None:
    """Style one top-level window; switching text size re-polishes every widget in it."""
    window.setStyleSheet(build_stylesheet(scale_for(larger_text)))


def base_font() -> QFont:
    """The application font, so text drawn outside the stylesheet is CJK-capable too."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(BASE_SIZES.body)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def font_is_installed() -> bool:
    return FONT_FAMILY in QFontDatabase.families()
