"""Every colour pair a claimant reads meets WCAG contrast: 4.5:1 for text, 3:1 for cues."""

from __future__ import annotations

import re

import pytest

from screens.contrast import (
    NON_TEXT_MINIMUM_RATIO,
    TEXT_MINIMUM_RATIO,
    contrast_ratio,
    relative_luminance,
)
from screens.palette import DEFAULT_PALETTE, ColourPair, text_pairs
from screens.theme import build_stylesheet, stylesheet_template


def test_contrast_formula_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WCAG's own example: #767676 is the lightest grey that passes 4.5:1 on white.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < TEXT_MINIMUM_RATIO
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("pair", text_pairs(), ids=lambda pair: pair.name)
def test_palette_pair_is_legible(pair: ColourPair) -> None:
    minimum = TEXT_MINIMUM_RATIO if pair.is_text else NON_TEXT_MINIMUM_RATIO
    assert contrast_ratio(pair.foreground, pair.background) >= minimum


def test_stylesheet_takes_every_colour_from_the_palette() -> None:
    """No literal colours hide in the .qss, so the contrast test covers what is drawn."""
    assert not re.search(r"#[0-9A-Fa-f]{3,8}\b", stylesheet_template())
    built = build_stylesheet()
    palette_colours = {value.upper() for value in vars(DEFAULT_PALETTE).values()}
    used = {match.upper() for match in re.findall(r"#[0-9A-Fa-f]{6}\b", built)}
    assert used <= palette_colours
