"""A GA/T 467 ID-card reader module on a pty, with injectable faults.

The kiosk opens `path` with pyserial exactly as it would open /dev/ttyUSB0. `path` is a stable
symlink to the current pty, like a udev /dev/serial/by-id link, so `unplug()` + `replug()`
(a new pty) exercises the reader's reconnect path. A pty ignores the baud rate, so output is
paced at 10 bits per byte of `wire_baud` to reproduce real wire time.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import threading
import time
import tty
from dataclasses import dataclass, field
from typing import Protocol

from devices.idcard import frame
from devices.idcard.frame import HostCommand, ModuleFrame
from devices.idcard.scanner import FrameScanner

log = logging.getLogger(__name__)

PHOTO_SIZE = 1024


class SimIdCard(Protocol):
    """Anything with `text_block() -> bytes` (see `id_text_block`)."""

    def text_block(self) -> bytes: ...


@dataclass
class IdReaderFaults:
    """Switches a test flips at any time; each applies to the next answers."""

    garbage_before: bytes = b""  # bytes sent before every answer
    split_every: int = 0  # send answers in chunks of this many bytes (0: whole)
    split_pause_s: float = 0.0
    processing_delay_s: float = 0.0  # module think time before answering
    bad_checksum_answers: int = 0  # this many next answers carry a wrong CHK
    damage_once_for: set[int] = field(default_factory=set)  # CMDs whose next answer is damaged
    silent: bool = False  # answer nothing
    sam_sw3: int = 0x90  # 11 FF answer: 90 ok, 60 self-test failed, 66 not authorised
    forced_sw3: dict[int, int] = field(default_factory=dict)  # CMD -> SW3 override
    appended_address: str | None = None


class PtyIdReader:
    def __init__(self, link_path: str, *, wire_baud: int | None = 115200) -> None:
        self.path = link_path
        self.wire_baud = wire_baud
        self.faults = IdReaderFaults()
        self.card: SimIdCard | None = None  # None: no card on the reader
        self.photo = bytes((i * 37) & 0xFF for i in range(PHOTO_SIZE))
        self.sam_id = bytes.fromhex("0500020015CD5B070100000002000000")
        self.commands: list[tuple[int, int]] = []
        self._master: int | None = None
        self._slave: int | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._selected = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> PtyIdReader:
        master, slave = os.openpty()
        tty.setraw(slave)  # raw from the start, before pyserial configures it
        self._master, self._slave = master, slave
        tmp = self.path + ".new"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        os.symlink(os.ttyname(slave), tmp)
        os.replace(tmp, self.path)
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._serve, args=(master,), daemon=True, name="pty-id-reader"
        )
        self._thread.start()
        return self

    def unplug(self) -> None:
        """Like pulling the USB cable: the device node disappears and open handles fail."""
        self._stop.set()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None
        if self._thread is not None:
            self._thread.join(2)
            self._thread = None

    def replug(self) -> None:
        self.unplug()
        self.start()

    def stop(self) -> None:
        self.unplug()

    # -- protocol --------------------------------------------------------------------------

    def _serve(self, master: int) -> None:
        scanner = FrameScanner()
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            scanner.feed(data)
            while (payload := scanner.next_payload()) is not None:
                command = HostCommand.from_payload(payload)
                if command is None:
                    continue
                if self.wire_baud:
                    # The command itself needs wire time too: a pty hands it over at once.
                    time.sleep((len(payload) + 8) * 10 / self.wire_baud)
                answer = self._answer(command)
                if answer is not None:
                    try:
                        self._send(master, answer)
                    except OSError:
                        return

    def _answer(self, command: HostCommand) -> bytes | None:
        self.commands.append((command.cmd, command.para))
        faults = self.faults
        if faults.silent:
            return None
        if faults.processing_delay_s:
            time.sleep(faults.processing_delay_s)
        sw3, body = self._respond(command)
        sw3 = faults.forced_sw3.get(command.cmd, sw3)
        if sw3 not in (0x90, 0x9F):
            body = b""
        raw = ModuleFrame(0, 0, sw3, body).to_bytes()
        if faults.bad_checksum_answers > 0 or command.cmd in faults.damage_once_for:
            faults.bad_checksum_answers = max(0, faults.bad_checksum_answers - 1)
            faults.damage_once_for.discard(command.cmd)
            raw = raw[:-1] + bytes([raw[-1] ^ 0xFF])
        return faults.garbage_before + raw

    def _respond(self, command: HostCommand) -> tuple[int, bytes]:
        key = (command.cmd, command.para)
        if key == frame.RESET_SAM:
            self._selected = False
            return 0x90, b""
        if key == frame.SAM_STATUS:
            return self.faults.sam_sw3, b""
        if key == frame.SAM_ID:
            return 0x90, self.sam_id
        if self.faults.sam_sw3 == 0x60:
            return 0x60, b""  # a module whose self-test failed accepts no commands
        if key == frame.FIND_CARD:
            return (0x9F, bytes(4)) if self.card is not None else (0x80, b"")
        if key == frame.SELECT_CARD:
            if self.card is None:
                return 0x81, b""
            self._selected = True
            return 0x90, bytes(8)
        if key == frame.READ_TEXT_PHOTO:
            if self.card is None or not self._selected:
                return 0x41, b""
            text = self.card.text_block()
            lengths = len(text).to_bytes(2, "big") + len(self.photo).to_bytes(2, "big")
            return 0x90, lengths + text + self.photo
        if key == frame.READ_APPENDED_ADDRESS:
            if self.card is None or self.faults.appended_address is None:
                return 0x91, b""
            return 0x90, (self.faults.appended_address + " " * 35)[:35].encode("utf-16-le")
        return 0x21, b""  # unknown command: "command error" (our choice, §9)

    def _send(self, master: int, raw: bytes) -> None:
        """Each piece is written when its last byte would have left a real UART."""
        chunk = self.faults.split_every or (64 if self.wire_baud else len(raw))
        started = time.perf_counter()
        sent = 0
        while sent < len(raw):
            piece = raw[sent : sent + chunk]
            if self.wire_baud:
                delay = started + (sent + len(piece)) * 10 / self.wire_baud - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            os.write(master, piece)
            sent += len(piece)
            if self.faults.split_every and self.faults.split_pause_s:
                time.sleep(self.faults.split_pause_s)
