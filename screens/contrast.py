"""WCAG 2.x contrast arithmetic, kept free of Qt so the palette can be checked anywhere.

The MIIT ageing-friendly rules (适老化) and WCAG 1.4.3 both ask for 4.5:1 between text and its
background; non-text cues such as the focus ring need 3:1 (WCAG 1.4.11).
"""

from __future__ import annotations

TEXT_MINIMUM_RATIO = 4.5
NON_TEXT_MINIMUM_RATIO = 3.0


def _channel_to_linear(channel_8bit: int) -> float:
    srgb = channel_8bit / 255.0
    if srgb <= 0.04045:
        return srgb / 12.92
    return float(((srgb + 0.055) / 1.055) ** 2.4)


def parse_hex_colour(colour: str) -> tuple[int, int, int]:
    """Return (r, g, b) for '#rrggbb'; the palette keeps colours as strings so QSS can use them."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    red, green, blue = (_channel_to_linear(c) for c in parse_hex_colour(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(foreground: str, background: str) -> float:
    """Ratio from 1 (same colour) to 21 (black on white), order of arguments irrelevant."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
