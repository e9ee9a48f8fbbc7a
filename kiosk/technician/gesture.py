"""The hidden way in, as a model a test can drive: five quick taps in the top-left corner, then
a long press there.

Claimants tap where buttons are; the corner holds none, and the long press at the end makes an
accidental sequence of five taps harmless. The Qt side only reports presses and releases (with
positions in window coordinates and a monotonic time); this class decides.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GestureRules:
    corner_px: int = 160  # the square at the top-left corner that counts
    taps: int = 5
    taps_within_s: float = 3.0
    tap_max_s: float = 0.6  # a press longer than this is not a tap
    long_press_s: float = 2.0
    long_press_within_s: float = 4.0  # after the last tap


class HiddenGesture:
    def __init__(self, rules: GestureRules | None = None) -> None:
        self.rules = rules or GestureRules()
        self._taps: list[float] = []
        self._down_at: float | None = None
        self._armed_at: float | None = None  # when the fifth tap ended

    def _in_corner(self, x: float, y: float) -> bool:
        side = self.rules.corner_px
        return 0 <= x < side and 0 <= y < side

    def reset(self) -> None:
        self._taps.clear()
        self._down_at = None
        self._armed_at = None

    def press(self, x: float, y: float, now: float) -> None:
        if not self._in_corner(x, y):
            self.reset()
            return
        self._down_at = now

    def release(self, x: float, y: float, now: float) -> bool:
        """True when this release completes the gesture."""
        down, self._down_at = self._down_at, None
        if down is None or not self._in_corner(x, y):
            self.reset()
            return False
        held = now - down
        rules = self.rules
        if self._armed_at is not None and held >= rules.long_press_s:
            armed_ok = down - self._armed_at <= rules.long_press_within_s
            self.reset()
            return armed_ok
        if held > rules.tap_max_s:
            self.reset()
            return False
        self._taps = [t for t in self._taps if now - t <= rules.taps_within_s]
        self._taps.append(now)
        if len(self._taps) >= rules.taps:
            self._armed_at = now
            self._taps.clear()
        elif self._armed_at is not None and now - self._armed_at > rules.long_press_within_s:
            self._armed_at = None
        return False

    def held_long_enough(self, now: float) -> bool:
        """For a view that wants to react while the finger is still down."""
        return (
            self._armed_at is not None
            and self._down_at is not None
            and now - self._down_at >= self.rules.long_press_s
            and self._down_at - self._armed_at <= self.rules.long_press_within_s
        )
