"""Qt views of technician mode over kiosk.technician's Qt-free console; imports screens' theme and
widgets, kiosk.technician result types and nothing of the claimant screens."""

from screens.technician.gesture_filter import HiddenGestureFilter
from screens.technician.window import TechnicianWindow

__all__ = ["HiddenGestureFilter", "TechnicianWindow"]
