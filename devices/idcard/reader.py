"""The ID-card reader over a serial port: find, select, read; SAM status, id and reset.

Every public method returns a value: the result or a typed `IdReaderFault`. A vanished port
(reader unplugged) closes our handle; the next call opens the port again, so replugging the
reader (same device path, e.g. a udev /dev/serial/by-id link) recovers without a restart.
"""

from __future__ import annotations

import contextlib
import logging
import termios
import time
from dataclasses import dataclass, replace

import serial

from devices.idcard import frame, status
from devices.idcard.faults import (
    IdReaderFault,
    IdReaderNotConnected,
    IdReaderTimeout,
    MalformedIdData,
)
from devices.idcard.frame import ModuleFrame
from devices.idcard.identity import IdCardData
from devices.idcard.scanner import FrameScanner
from devices.idcard.status import Sw3
from devices.idcard.text_block import decode_text_block
from devices.thread_guard import blocking_io

log = logging.getLogger(__name__)

DEFAULT_BAUD = 115200


@dataclass(frozen=True)
class Timeouts:
    """Module processing time per command, seconds (one public client's values, §9)."""

    find: float = 0.1
    select: float = 0.1
    sam: float = 0.3
    read: float = 2.0
    appended_address: float = 1.5


# Largest answer per command, bytes, to add its wire time at slow baud rates.
_ANSWER_SIZE = {0x20: 19, 0x30: 1295, 0x10: 11, 0x11: 11, 0x12: 27}


@dataclass(frozen=True)
class SamStatus:
    ok: bool
    sw3: int


def format_sam_id(raw: bytes) -> str:
    """16 bytes -> "b0.b2-U1-U2-U3" (§7); U2 and U3 padded to 10 digits."""
    if len(raw) != 16:
        raise MalformedIdData(f"SAM id of {len(raw)} bytes")
    u1, u2, u3 = (int.from_bytes(raw[i : i + 4], "little") for i in (4, 8, 12))
    return f"{raw[0]:02d}.{raw[2]:02d}-{u1}-{u2:010d}-{u3:010d}"


class IdCardReader:
    def __init__(
        self,
        port: str,
        baud: int = DEFAULT_BAUD,
        *,
        timeouts: Timeouts | None = None,
        read_appended_address: bool = True,
    ) -> None:
        self.port = port
        self.baud = baud
        self.timeouts = timeouts or Timeouts()
        self.read_appended_address = read_appended_address
        self._serial: serial.Serial | None = None
        self._scanner = FrameScanner()

    # -- transport -------------------------------------------------------------------------

    def _open(self) -> serial.Serial:
        if self._serial is None:
            try:
                self._serial = serial.Serial(self.port, self.baud, timeout=0.05, write_timeout=1)
            except (serial.SerialException, OSError, ValueError) as exc:
                raise IdReaderNotConnected(f"open {self.port}: {type(exc).__name__}") from None
            log.info("ID reader port %s opened at %d baud", self.port, self.baud)
        return self._serial

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    def _deadline(self, cmd: int, processing_s: float) -> float:
        wire_s = _ANSWER_SIZE.get(cmd, 11) * 10 / self.baud
        return time.monotonic() + processing_s + wire_s * 1.5 + 0.05

    def _exchange_once(self, cmd: int, para: int, processing_s: float) -> ModuleFrame:
        port = self._open()
        name = f"{cmd:02X} {para:02X}"
        try:
            port.reset_input_buffer()
            self._scanner = FrameScanner()  # fresh counters for the retry decision
            port.write(frame.encode_command(cmd, para))
            deadline = self._deadline(cmd, processing_s)
            while True:
                payload = self._scanner.next_payload()
                if payload is not None:
                    answer = ModuleFrame.from_payload(payload)
                    if answer is not None:
                        log.debug("%s -> SW3 %02X, %d bytes", name, answer.sw3, len(answer.body))
                        return answer
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise IdReaderTimeout(f"{name}: no valid frame")
                port.timeout = min(remaining, 0.05)
                chunk = port.read(max(1, port.in_waiting))
                if not chunk and self._scanner.bad_checksums:
                    # The answer came and was damaged, and the line is quiet: ask again now
                    # rather than wait out the (up to 2 s) read timeout.
                    raise IdReaderTimeout(f"{name}: damaged answer")
                self._scanner.feed(chunk)
        except (serial.SerialException, OSError, termios.error) as exc:
            self.close()
            raise IdReaderNotConnected(f"{name}: {type(exc).__name__}") from None

    def _exchange(self, command: tuple[int, int], processing_s: float) -> ModuleFrame:
        """Once more on a garbled answer or a host checksum/length error (§4, §9)."""
        cmd, para = command
        try:
            answer = self._exchange_once(cmd, para, processing_s)
        except IdReaderTimeout:
            if not self._scanner.bad_checksums and not self._scanner.dropped_bytes:
                raise
            log.info("%02X %02X: garbled answer, sending once more", cmd, para)
            return self._exchange_once(cmd, para, processing_s)
        if answer.sw3 in (Sw3.CHECKSUM_ERROR, Sw3.LENGTH_ERROR):
            log.info("%02X %02X: module saw a damaged frame, sending once more", cmd, para)
            answer = self._exchange_once(cmd, para, processing_s)
        return answer

    # -- commands --------------------------------------------------------------------------

    @blocking_io
    def sam_status(self) -> SamStatus | IdReaderFault:
        try:
            answer = self._exchange(frame.SAM_STATUS, self.timeouts.sam)
        except IdReaderFault as fault:
            return fault
        if answer.sw3 in (Sw3.OK, Sw3.SAM_SELF_TEST_FAILED, Sw3.SAM_NOT_AUTHORISED):
            return SamStatus(answer.sw3 == Sw3.OK, answer.sw3)
        return status.fault_for(answer.sw3, "11 FF")

    @blocking_io
    def sam_id(self) -> str | IdReaderFault:
        try:
            answer = self._exchange(frame.SAM_ID, self.timeouts.sam)
            if answer.sw3 != Sw3.OK:
                return status.fault_for(answer.sw3, "12 FF")
            return format_sam_id(answer.body)
        except IdReaderFault as fault:
            return fault

    @blocking_io
    def reset_sam(self) -> IdReaderFault | None:
        """Recovery only; a normal read never needs it."""
        try:
            answer = self._exchange(frame.RESET_SAM, self.timeouts.sam)
        except IdReaderFault as fault:
            return fault
        return None if answer.sw3 == Sw3.OK else status.fault_for(answer.sw3, "10 FF")

    @blocking_io
    def find_card(self) -> bool | IdReaderFault:
        """True when a card is in the field, False when not (SW3 80: keep polling)."""
        try:
            answer = self._exchange(frame.FIND_CARD, self.timeouts.find)
        except IdReaderFault as fault:
            return fault
        if answer.sw3 == Sw3.FOUND:
            return True
        if answer.sw3 == Sw3.FIND_FAILED:
            return False
        return status.fault_for(answer.sw3, "20 01")

    @blocking_io
    def read_card(self, *, appended_address: bool | None = None) -> IdCardData | IdReaderFault:
        """find, select, read (and the appended address unless told otherwise); faults as values.

        Logged at debug level only: a watcher reads a card lying on the reader again and again
        to notice a swap, and reports what changed itself.
        """
        try:
            return self._read_card(
                self.read_appended_address if appended_address is None else appended_address
            )
        except IdReaderFault as fault:
            log.debug("ID read failed: %s", fault.kind)
            return fault

    def _read_card(self, appended_address: bool) -> IdCardData:
        found = self._exchange(frame.FIND_CARD, self.timeouts.find)
        if found.sw3 != Sw3.FOUND:
            raise status.fault_for(found.sw3, "20 01")
        selected = self._exchange(frame.SELECT_CARD, self.timeouts.select)
        if selected.sw3 != Sw3.OK:
            raise status.fault_for(selected.sw3, "20 02")
        answer = self._exchange(frame.READ_TEXT_PHOTO, self.timeouts.read)
        if answer.sw3 != Sw3.OK:
            raise status.fault_for(answer.sw3, "30 01")
        text, photo = split_read_body(answer.body)
        data = decode_text_block(text, photo)
        if appended_address:
            extra = self._appended_address()
            if extra is not None:
                data = _with_appended_address(data, extra)
        log.debug("ID card read: %s", data.masked())
        return data

    def _appended_address(self) -> str | None:
        answer = self._exchange(frame.READ_APPENDED_ADDRESS, self.timeouts.appended_address)
        if answer.sw3 == Sw3.NO_CONTENT:
            return None
        if answer.sw3 != Sw3.OK:
            raise status.fault_for(answer.sw3, "30 03")
        try:
            return answer.body.decode("utf-16-le").rstrip(" \x00") or None
        except UnicodeDecodeError:
            raise MalformedIdData("appended address is not UTF-16LE") from None


def split_read_body(body: bytes) -> tuple[bytes, bytes]:
    """30 01 body: textLen(2, BE), photoLen(2, BE), text, photo; lengths from the frame."""
    if len(body) < 4:
        raise MalformedIdData(f"read answer body of {len(body)} bytes")
    text_len = int.from_bytes(body[0:2], "big")
    photo_len = int.from_bytes(body[2:4], "big")
    if len(body) != 4 + text_len + photo_len:
        raise MalformedIdData(f"lengths {text_len}+{photo_len} for a {len(body)}-byte body")
    return body[4 : 4 + text_len], body[4 + text_len :]


def _with_appended_address(data: IdCardData, extra: str) -> IdCardData:
    return replace(data, appended_address=extra)
