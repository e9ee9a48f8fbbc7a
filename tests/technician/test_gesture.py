"""The hidden gesture: five quick taps in the top-left corner, then a long press there."""

from __future__ import annotations

from kiosk.technician.gesture import HiddenGesture


def tap(gesture: HiddenGesture, t: float, x: float = 20, y: float = 20) -> bool:
    gesture.press(x, y, t)
    return gesture.release(x, y, t + 0.1)


def long_press(gesture: HiddenGesture, t: float, held: float = 2.2) -> bool:
    gesture.press(20, 20, t)
    return gesture.release(20, 20, t + held)


def test_five_taps_then_a_long_press_opens() -> None:
    gesture = HiddenGesture()
    assert not any(tap(gesture, t) for t in (0.0, 0.4, 0.8, 1.2, 1.6))
    assert long_press(gesture, 2.5)


def test_four_taps_are_not_enough() -> None:
    gesture = HiddenGesture()
    for t in (0.0, 0.4, 0.8, 1.2):
        tap(gesture, t)
    assert not long_press(gesture, 2.0)


def test_taps_spread_over_more_than_three_seconds_do_not_count() -> None:
    gesture = HiddenGesture()
    for t in (0.0, 1.0, 2.0, 3.0, 4.0):
        tap(gesture, t)
    assert not long_press(gesture, 4.5)


def test_a_tap_outside_the_corner_starts_again() -> None:
    gesture = HiddenGesture()
    for t in (0.0, 0.3, 0.6):
        tap(gesture, t)
    tap(gesture, 0.9, x=900, y=500)
    for t in (1.2, 1.5):
        tap(gesture, t)
    assert not long_press(gesture, 2.0)


def test_a_short_press_after_the_taps_is_just_another_tap() -> None:
    gesture = HiddenGesture()
    for t in (0.0, 0.3, 0.6, 0.9, 1.2):
        tap(gesture, t)
    assert not long_press(gesture, 1.5, held=1.0)
    assert not long_press(gesture, 3.0)


def test_the_long_press_must_follow_soon() -> None:
    gesture = HiddenGesture()
    for t in (0.0, 0.3, 0.6, 0.9, 1.2):
        tap(gesture, t)
    assert not long_press(gesture, 10.0)


def test_held_long_enough_reports_while_the_finger_is_down() -> None:
    gesture = HiddenGesture()
    for t in (0.0, 0.3, 0.6, 0.9, 1.2):
        tap(gesture, t)
    gesture.press(10, 10, 2.0)
    assert not gesture.held_long_enough(3.0)
    assert gesture.held_long_enough(4.1)
