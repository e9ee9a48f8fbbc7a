"""What the kiosk and the agency server agree on, written once: pure functions, imports nothing of ours."""
