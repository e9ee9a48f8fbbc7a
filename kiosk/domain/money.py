"""Money as integer fen, so amounts add up exactly and never meet a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


class MoneyFormatError(ValueError):
    """A yuan amount that is not a decimal with at most two places; the text is not echoed."""


@dataclass(frozen=True, order=True)
class Money:
    fen: int

    @classmethod
    def from_yuan(cls, text: str) -> Money:
        """Parse "1854.5" or "1854.50"; a third decimal place is an error, not a rounding."""
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise MoneyFormatError("not a decimal amount") from None
        if not amount.is_finite():
            raise MoneyFormatError("not a finite amount")
        fen = amount * 100
        if fen != fen.to_integral_value():
            raise MoneyFormatError("more than two decimal places")
        return cls(int(fen))

    def __add__(self, other: Money) -> Money:
        return Money(self.fen + other.fen)

    def __sub__(self, other: Money) -> Money:
        return Money(self.fen - other.fen)

    def times(self, count: int) -> Money:
        return Money(self.fen * count)

    def yuan_text(self, *, grouping: bool = True) -> str:
        """Digits only ("1,854.00"); the unit (元) and its position belong to the locale layer."""
        sign = "-" if self.fen < 0 else ""
        yuan, fen = divmod(abs(self.fen), 100)
        whole = f"{yuan:,}" if grouping else str(yuan)
        return f"{sign}{whole}.{fen:02d}"
