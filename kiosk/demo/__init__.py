"""Demo mode: the reference server and the device simulators, wired to the real kiosk code paths."""
