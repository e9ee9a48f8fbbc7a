"""Technician mode without Qt: PIN and lockout, the hidden gesture, audit events, the intents pages
emit and the views they draw; imports config, devices, offline_queue, kiosk.api, kiosk.enrolment."""
