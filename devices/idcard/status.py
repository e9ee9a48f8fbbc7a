"""SW3 result codes (id-card-reader.md §4) and their typed faults."""

from __future__ import annotations

import enum

from devices.idcard import faults


class Sw3(enum.IntEnum):
    OK = 0x90
    FOUND = 0x9F
    NO_CONTENT = 0x91
    CHECKSUM_ERROR = 0x10
    LENGTH_ERROR = 0x11
    COMMAND_ERROR = 0x21
    NOT_PERMITTED = 0x23
    UNRECOGNISED_ERROR = 0x24
    CARD_AUTH_SAM_FAILED = 0x31
    SAM_AUTH_CARD_FAILED = 0x32
    VERIFICATION_ERROR = 0x33
    UNKNOWN_CARD_TYPE = 0x40
    READ_FAILED = 0x41
    RANDOM_FAILED = 0x47
    SAM_SELF_TEST_FAILED = 0x60
    SAM_NOT_AUTHORISED = 0x66
    FIND_FAILED = 0x80
    SELECT_FAILED = 0x81


_FAULTS: dict[int, type[faults.IdReaderFault]] = {
    Sw3.CHECKSUM_ERROR: faults.HostProtocolError,
    Sw3.LENGTH_ERROR: faults.HostProtocolError,
    Sw3.COMMAND_ERROR: faults.HostProtocolError,
    Sw3.NOT_PERMITTED: faults.HostProtocolError,
    Sw3.UNRECOGNISED_ERROR: faults.IdCardReadFailed,
    Sw3.CARD_AUTH_SAM_FAILED: faults.IdCardAuthenticationFailed,
    Sw3.SAM_AUTH_CARD_FAILED: faults.IdCardAuthenticationFailed,
    Sw3.VERIFICATION_ERROR: faults.IdCardAuthenticationFailed,
    Sw3.UNKNOWN_CARD_TYPE: faults.NotAnIdCard,
    Sw3.READ_FAILED: faults.IdCardReadFailed,
    Sw3.RANDOM_FAILED: faults.IdCardReadFailed,
    Sw3.SAM_SELF_TEST_FAILED: faults.SamFault,
    Sw3.SAM_NOT_AUTHORISED: faults.SamFault,
    Sw3.FIND_FAILED: faults.NoIdCard,
    Sw3.SELECT_FAILED: faults.IdCardSelectFailed,
}


def fault_for(sw3: int, command: str) -> faults.IdReaderFault:
    """Unlisted codes become `UnknownReaderStatus` with the hex in the detail."""
    return _FAULTS.get(sw3, faults.UnknownReaderStatus)(f"{command}: SW3 {sw3:02X}")
