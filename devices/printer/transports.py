"""Byte pipes to a printer: serial, TCP 9100, USB (kernel usblp, else pyusb if installed), file.

Each transport writes bytes and answers one real-time status query: flush input, send
`DLE EOT n`, read exactly one byte before a short deadline, None on silence. One-way
transports (file) say so with `has_status = False`; their status is "unknown", never "OK".
"""

from __future__ import annotations

import contextlib
import glob
import importlib
import os
import select
import socket
import time
from pathlib import Path
from typing import Any, Protocol

import serial

from devices.printer.faults import PrinterNotConnected
from devices.printer.status import DLE_EOT


class PrinterTransport(Protocol):
    description: str
    has_status: bool

    def write(self, data: bytes) -> None: ...

    def query(self, n: int, timeout_s: float) -> int | None: ...

    def close(self) -> None: ...


class SerialTransport:
    has_status = True

    def __init__(self, port: str, baud: int = 9600) -> None:
        self.description = f"serial {port} @ {baud}"
        try:
            # No dsrdtr: python-escpos's default blocks on printers that leave DSR low.
            self._port = serial.Serial(port, baud, timeout=0.5, write_timeout=10)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def write(self, data: bytes) -> None:
        try:
            self._port.write(data)
            self._port.flush()
        except (serial.SerialException, OSError) as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def query(self, n: int, timeout_s: float) -> int | None:
        try:
            self._port.reset_input_buffer()
            self._port.write(DLE_EOT + bytes([n]))
            self._port.timeout = timeout_s
            reply = self._port.read(1)
        except (serial.SerialException, OSError) as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None
        return reply[0] if reply else None

    def close(self) -> None:
        with contextlib.suppress(serial.SerialException, OSError):
            self._port.close()


class TcpTransport:
    has_status = True

    def __init__(self, host: str, port: int = 9100, connect_timeout_s: float = 3.0) -> None:
        self.description = f"tcp {host}:{port}"
        try:
            self._sock = socket.create_connection((host, port), timeout=connect_timeout_s)
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        try:
            self._sock.settimeout(30)
            self._sock.sendall(data)
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def _drain(self) -> None:
        self._sock.setblocking(False)
        try:
            while self._sock.recv(256):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        finally:
            self._sock.setblocking(True)

    def query(self, n: int, timeout_s: float) -> int | None:
        try:
            self._drain()
            self._sock.sendall(DLE_EOT + bytes([n]))
            self._sock.settimeout(timeout_s)
            reply = self._sock.recv(1)
        except TimeoutError:
            return None
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None
        if not reply:
            raise PrinterNotConnected(f"{self.description}: closed by the printer")
        return reply[0]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()


class DeviceFileTransport:
    """A character device such as /dev/usb/lp0 (kernel usblp), readable when bidirectional."""

    has_status = True

    def __init__(self, path: str) -> None:
        self.description = f"device {path}"
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def write(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def query(self, n: int, timeout_s: float) -> int | None:
        try:
            while select.select([self._fd], [], [], 0)[0]:
                if not os.read(self._fd, 256):
                    break
            os.write(self._fd, DLE_EOT + bytes([n]))
            deadline = time.monotonic() + timeout_s
            while (left := deadline - time.monotonic()) > 0:
                if select.select([self._fd], [], [], left)[0]:
                    reply = os.read(self._fd, 1)
                    return reply[0] if reply else None
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None
        return None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


class FileTransport:
    """Writes the job to a file: for demos and byte-exact reviews. No status channel."""

    has_status = False

    def __init__(self, path: str) -> None:
        self.description = f"file {path}"
        self._path = Path(path)
        try:
            self._file = self._path.open("wb")
        except OSError as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self._file.flush()

    def query(self, n: int, timeout_s: float) -> int | None:
        return None

    def close(self) -> None:
        self._file.close()


class PyusbTransport:
    """USB printer through pyusb, used only when pyusb is installed and no usblp node exists.

    pyusb is optional (not a dependency): the kernel usblp driver covers most printers without
    raw USB access. Imported lazily so the package works and type-checks without it.
    """

    def __init__(self, vid: int, pid: int) -> None:
        self.description = f"pyusb {vid:04x}:{pid:04x}"
        try:
            core: Any = importlib.import_module("usb.core")
            self._util: Any = importlib.import_module("usb.util")
        except ImportError:
            raise PrinterNotConnected(f"{self.description}: no usblp device, no pyusb") from None
        try:
            device = core.find(idVendor=vid, idProduct=pid)
            if device is None:
                raise PrinterNotConnected(f"{self.description}: not found")
            if device.is_kernel_driver_active(0):
                device.detach_kernel_driver(0)
            interface = device.get_active_configuration()[(0, 0)]
            util = self._util

            def endpoint(direction: int) -> Any:
                return util.find_descriptor(
                    interface,
                    custom_match=lambda e: util.endpoint_direction(e.bEndpointAddress) == direction,
                )

            self._device = device
            self._out = endpoint(util.ENDPOINT_OUT)
            self._in = endpoint(util.ENDPOINT_IN)
        except PrinterNotConnected:
            raise
        except Exception as exc:  # pyusb raises its own USBError hierarchy
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None
        if self._out is None:
            raise PrinterNotConnected(f"{self.description}: no OUT endpoint")
        self.has_status = self._in is not None  # one-way printers give no status

    def write(self, data: bytes) -> None:
        try:
            self._out.write(data, timeout=10_000)
        except Exception as exc:
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None

    def query(self, n: int, timeout_s: float) -> int | None:
        if self._in is None:
            return None
        try:
            with contextlib.suppress(Exception):  # drain: a timeout means "nothing waiting"
                while self._in.read(self._in.wMaxPacketSize, timeout=1):
                    pass
            self._out.write(DLE_EOT + bytes([n]), timeout=1000)
            reply = self._in.read(self._in.wMaxPacketSize, timeout=int(timeout_s * 1000))
        except Exception as exc:
            if type(exc).__name__ == "USBTimeoutError":
                return None
            raise PrinterNotConnected(f"{self.description}: {type(exc).__name__}") from None
        return int(reply[0]) if len(reply) else None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._util.dispose_resources(self._device)


def usblp_device_for(vid: int, pid: int, sysfs: str = "/sys/class/usbmisc") -> str | None:
    """The /dev/usb/lpN node of the USB printer with this vendor and product id, if any."""
    for entry in sorted(glob.glob(f"{sysfs}/lp*")):
        device = Path(entry) / "device" / ".."
        try:
            found_vid = int((device / "idVendor").read_text().strip(), 16)
            found_pid = int((device / "idProduct").read_text().strip(), 16)
        except (OSError, ValueError):
            continue
        if (found_vid, found_pid) == (vid, pid):
            return f"/dev/usb/{Path(entry).name}"
    return None
