"""The kiosk's colours in one place, with the pairs that must stay legible.

Calm and high-contrast: a warm paper background, near-black ink, one deep blue for the frame
and primary actions. Every pair a claimant reads is listed in `text_pairs` so a test can
measure it; nothing in the UI relies on colour alone (icons, words and check marks carry state).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    paper: str = "#F5F3EE"
    surface: str = "#FFFFFF"
    ink: str = "#17202C"
    ink_muted: str = "#3F4A5A"
    rule: str = "#6B7585"
    frame: str = "#0B3F73"
    on_frame: str = "#FFFFFF"
    primary: str = "#0A55A0"
    primary_pressed: str = "#083F78"
    on_primary: str = "#FFFFFF"
    start_surface: str = "#E6F0FA"
    start_ink: str = "#0B2E52"
    notice_surface: str = "#FFF1C7"
    notice_ink: str = "#3D2C00"
    notice_rule: str = "#8A6A00"
    focus_on_light: str = "#B33F00"
    focus_on_dark: str = "#FFD34D"
    scrim: str = "rgba(12, 20, 30, 200)"
    card_chip: str = "#C9A227"
    card_body: str = "#2E7D5B"
    id_card_body: str = "#D8E6F3"


DEFAULT_PALETTE = Palette()


@dataclass(frozen=True)
class ColourPair:
    name: str
    foreground: str
    background: str
    is_text: bool = True


def text_pairs(palette: Palette = DEFAULT_PALETTE) -> list[ColourPair]:
    """Every foreground/background combination the stylesheet actually uses."""
    p = palette
    return [
        ColourPair("body text on paper", p.ink, p.paper),
        ColourPair("body text on cards", p.ink, p.surface),
        ColourPair("secondary text on paper", p.ink_muted, p.paper),
        ColourPair("secondary text on cards", p.ink_muted, p.surface),
        ColourPair("top bar text", p.on_frame, p.frame),
        ColourPair("selected language on top bar", p.frame, p.on_frame),
        ColourPair("primary button text", p.on_primary, p.primary),
        ColourPair("pressed primary button text", p.on_primary, p.primary_pressed),
        ColourPair("secondary button text", p.primary, p.surface),
        ColourPair("pressed secondary button text", p.primary, p.start_surface),
        ColourPair("pressed top bar button text", p.on_frame, p.primary_pressed),
        ColourPair("how-to-start text", p.start_ink, p.start_surface),
        ColourPair("offline banner and take-card notice text", p.notice_ink, p.notice_surface),
        ColourPair("countdown ring on its track", p.primary, p.start_surface, is_text=False),
        ColourPair("focus ring on light", p.focus_on_light, p.surface, is_text=False),
        ColourPair("focus ring on paper", p.focus_on_light, p.paper, is_text=False),
        ColourPair("focus ring on top bar", p.focus_on_dark, p.frame, is_text=False),
        ColourPair("button outline on cards", p.rule, p.surface, is_text=False),
        ColourPair("button outline on paper", p.rule, p.paper, is_text=False),
    ]
