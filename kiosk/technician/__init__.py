"""Technician mode without Qt: PIN and lockout, the hidden gesture, audit events, and one function
per technician screen; imports config, devices, offline_queue, kiosk.api and kiosk.enrolment."""
