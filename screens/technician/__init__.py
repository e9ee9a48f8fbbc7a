"""Qt views of technician mode: draw kiosk.technician's views, emit its intents; import screens'
theme and widgets, kiosk.technician.intents/views/settings_edit, nothing of the claimant screens."""

from screens.technician.gesture_filter import HiddenGestureFilter
from screens.technician.window import TechnicianWindow

__all__ = ["HiddenGestureFilter", "TechnicianWindow"]
