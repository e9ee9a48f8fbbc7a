"""The one base for device faults a claimant or technician may be told about.

Expected faults (card pulled, paper out, reader unplugged) are *values* the session flow handles:
public device calls return them instead of raising, because a card can be pulled at any moment.
They are still `Exception` subclasses so the low layers can raise them and one place can catch
them. Messages never carry personal data; `message` is an English key text for translation.
"""

from __future__ import annotations

from typing import ClassVar


class DeviceFault(Exception):
    """A fault of the device or the medium, with a message meant for people."""

    kind: ClassVar[str] = "device_fault"
    message: ClassVar[str] = "The device reported a fault."

    def __init__(self, detail: str = "") -> None:
        # `detail` is for technicians: command names, status words, lengths. Never personal data.
        self.detail = detail
        super().__init__(f"{self.message} ({detail})" if detail else self.message)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.args == getattr(other, "args", None)

    def __hash__(self) -> int:
        return hash((type(self), self.args))
