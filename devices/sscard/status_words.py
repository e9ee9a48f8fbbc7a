"""Every status word of social-security-card.md §7 mapped to one typed fault.

The mapping is context-free on purpose; the few callers that give a status word a local meaning
(6A83 "record absent", 63Cx "tries left" after VERIFY) check for it before asking for a fault.
"""

from __future__ import annotations

from devices.sscard import faults

SW_RECORD_NOT_FOUND = 0x6A83
SW_SECURITY_STATUS = 0x6982
SW_PIN_BLOCKED = 0x6983
SW_FILE_NOT_FOUND = 0x6A82

_EXACT: dict[int, type[faults.CardFault]] = {
    0x6983: faults.PinBlocked,
    0x6982: faults.SecurityStatusNotSatisfied,
    0x6984: faults.AuthenticationFailed,  # referenced data invalid: stale random, restart auth
    0x6985: faults.CardStatusError,  # conditions of use not satisfied
    0x6981: faults.CardCommandError,  # wrong file structure: our bug
    0x6986: faults.CardCommandError,  # no current EF: our bug
    0x6A82: faults.NotSocialSecurityCard,
    0x6A83: faults.MalformedCardData,  # only reached where a record was mandatory
    0x6A86: faults.CardCommandError,
    0x6A88: faults.SecurityModuleFault,
    0x6700: faults.CardCommandError,
    0x6D00: faults.CardCommandError,
    0x6E00: faults.CardCommandError,
    0x9303: faults.CardLocked,
}


def is_tries_left(sw: int) -> bool:
    return (sw & 0xFFF0) == 0x63C0


def tries_left(sw: int) -> int:
    return sw & 0x000F


def fault_for(sw: int, command_name: str) -> faults.CardFault:
    """The fault for a final status word; the detail names the command and SW, never data."""
    detail = f"{command_name}: SW {sw:04X}"
    if is_tries_left(sw):
        if tries_left(sw) == 0:
            return faults.PinBlocked(detail)
        return faults.AuthenticationFailed(detail)
    return _EXACT.get(sw, faults.CardStatusError)(detail)
