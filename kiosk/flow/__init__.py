"""Claimant session state machine, pure and Qt-free; imports only kiosk.domain and the stdlib."""
