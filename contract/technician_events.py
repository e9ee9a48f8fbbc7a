"""What a kiosk reports about its technicians' actions (`POST /api/v1/kiosks/events`): the kinds,
written once for the kiosk that records them and the agency that accepts them."""

from typing import Literal

TechnicianEventKind = Literal[
    "technician_entry",
    "technician_failed_pin",
    "technician_lockout",
    "settings_changed",
    "device_test",
    "sync_now",
    "software_update",
    "exit_to_maintenance",
]
