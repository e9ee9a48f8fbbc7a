"""Typed faults of the ID-card reader; one per distinct kiosk action in id-card-reader.md §4."""

from __future__ import annotations

from devices.faults import DeviceFault


class IdReaderFault(DeviceFault):
    kind = "id_reader_fault"
    message = "The ID card could not be read."


class IdReaderNotConnected(IdReaderFault):
    """The serial port is missing or went away (reader unplugged); reopened on the next call."""

    kind = "no_reader"
    message = "The ID card reader is not connected."


class IdReaderTimeout(IdReaderFault):
    kind = "reader_timeout"
    message = "The ID card reader did not answer in time."


class NoIdCard(IdReaderFault):
    """SW3 80: nothing in the field; the flow keeps polling."""

    kind = "no_card"
    message = "No ID card on the reader."


class IdCardSelectFailed(IdReaderFault):
    """SW3 81: restart at find."""

    kind = "select_failed"
    message = "The ID card could not be selected; place it again."


class IdCardAuthenticationFailed(IdReaderFault):
    """SW3 31/32/33: the card and SAM did not authenticate; suspicious if it repeats."""

    kind = "card_authentication_failed"
    message = "The ID card could not be verified; place it again."


class NotAnIdCard(IdReaderFault):
    """SW3 40, or a text block whose type flag we do not know."""

    kind = "not_an_id_card"
    message = "This is not a supported ID card."


class IdCardReadFailed(IdReaderFault):
    """SW3 41/47/24: hold the card still and retry."""

    kind = "read_failed"
    message = "The ID card read failed; hold the card still."


class SamFault(IdReaderFault):
    """SW3 60/66: a device fault for a technician."""

    kind = "sam_fault"
    message = "The ID card reader's security module is faulty."


class HostProtocolError(IdReaderFault):
    """SW3 10/11/21/23: the module refused our frame (line noise or a bug)."""

    kind = "protocol_error"
    message = "The ID card reader refused a command."


class UnknownReaderStatus(IdReaderFault):
    kind = "unknown_status"
    message = "The ID card reader reported an unknown error."


class MalformedIdData(IdReaderFault):
    kind = "malformed_data"
    message = "The ID card data has an unexpected form."
