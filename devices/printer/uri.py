"""Printer addresses as technicians write them in config and on the command line.

serial:/dev/ttyUSB0?baud=9600 · tcp://host:9100 · usb:VID:PID (hex, via kernel usblp) ·
usblp:/dev/usb/lp0 · file:/path
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from devices.printer.faults import BadPrinterUri
from devices.printer.transports import (
    DeviceFileTransport,
    FileTransport,
    PrinterTransport,
    PyusbTransport,
    SerialTransport,
    TcpTransport,
    usblp_device_for,
)


def open_transport(uri: str) -> PrinterTransport:
    """Raises `BadPrinterUri` or `PrinterNotConnected`."""
    scheme, _, rest = uri.partition(":")
    if scheme == "serial":
        parts = urlsplit(uri)
        query = parse_qs(parts.query)
        try:
            baud = int(query.get("baud", ["9600"])[0])
        except ValueError:
            raise BadPrinterUri("baud is not a number") from None
        if not parts.path:
            raise BadPrinterUri("serial: needs a device path")
        return SerialTransport(parts.path, baud)
    if scheme == "tcp":
        parts = urlsplit(uri)
        if not parts.hostname:
            raise BadPrinterUri("tcp:// needs a host")
        try:
            port = parts.port or 9100
        except ValueError:
            raise BadPrinterUri("tcp:// port is not a number") from None
        return TcpTransport(parts.hostname, port)
    if scheme == "usb":
        vid_text, _, pid_text = rest.partition(":")
        try:
            vid, pid = int(vid_text, 16), int(pid_text, 16)
        except ValueError:
            raise BadPrinterUri("usb: needs VID:PID in hex") from None
        device = usblp_device_for(vid, pid)
        if device is None:
            return PyusbTransport(vid, pid)  # raises PrinterNotConnected without pyusb
        return DeviceFileTransport(device)
    if scheme == "usblp":
        return DeviceFileTransport(rest)
    if scheme == "file":
        path = urlsplit(uri).path if rest.startswith("//") else rest
        if not path:
            raise BadPrinterUri("file: needs a path")
        return FileTransport(path)
    raise BadPrinterUri(f"unknown scheme {scheme!r}")
