"""The Qt composition root: builds the window, wires screens to the flow, devices and services."""

import sys

if "shibokensupport.feature" in sys.modules:  # PySide6 came first: lighten its hook now
    from kiosk.app.pyside_hook import lighten_pyside_import_hook

    lighten_pyside_import_hook()
