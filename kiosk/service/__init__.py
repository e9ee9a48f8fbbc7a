"""The kiosk as a systemd service: readiness and watchdog pings, and the record of why it restarted.

No Qt here; kiosk/app/watchdog.py drives the pings from the GUI thread's event loop.
"""
