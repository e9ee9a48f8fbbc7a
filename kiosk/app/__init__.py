"""The Qt composition root: builds the window, wires screens to the flow, devices and services.

PySide6 is loaded here, first, so that its import hook is lightened (kiosk/app/pyside_hook.py)
before any other module of the app is imported under it.
"""

from PySide6 import QtCore  # noqa: F401  (installs shiboken's import hook, lightened below)

from kiosk.app.pyside_hook import lighten_pyside_import_hook

lighten_pyside_import_hook()
