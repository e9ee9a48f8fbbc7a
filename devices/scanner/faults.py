"""Typed faults of the barcode scanner; the scanner itself reports none, only its port can fail."""

from __future__ import annotations

from devices.faults import DeviceFault


class ScannerFault(DeviceFault):
    kind = "scanner_fault"
    message = "The barcode scanner reported a fault."


class ScannerNotConnected(ScannerFault):
    """The serial port is missing or went away (unplugged); reopened on the next call."""

    kind = "no_scanner"
    message = "The barcode scanner is not connected."
