"""Column types that behave the same on SQLite and PostgreSQL."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import operators
from sqlalchemy.sql.operators import OperatorType
from sqlalchemy.types import TypeDecorator

from server.keys.registry import ring_of
from server.keys.store import sealed_text_length


class UtcDateTime(TypeDecorator[datetime]):
    """SQLite drops time zones; storing naive UTC and re-attaching UTC keeps comparisons honest."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class _NotComparableInSql(TypeDecorator.Comparator[Any]):
    """Each encryption draws a fresh nonce, so `column == value` in SQL can never match: it
    would silently find nobody. Look-ups go through the blind index
    (server/services/claimant_index.py); only IS [NOT] NULL is meaningful here."""

    def operate(self, op: OperatorType, *other: Any, **kwargs: Any) -> Any:
        if op in (operators.is_, operators.is_not):
            return super().operate(op, *other, **kwargs)
        raise TypeError(
            "an encrypted column cannot be compared or ordered in SQL; use its blind index"
        )

    def reverse_operate(self, op: OperatorType, other: Any, **kwargs: Any) -> Any:
        raise TypeError("an encrypted column cannot be compared or ordered in SQL")


class EncryptedString(TypeDecorator[str]):
    """Personal data at rest (issue "part 2" §5): AES-256-GCM under the agency's data key, with
    `label` (`table.column`) as associated data. The stored text is longer than the value, so the
    column is sized for the longest ciphertext; the value's own limit is checked here, where the
    database can no longer check it."""

    impl = String
    cache_ok = True
    comparator_factory = _NotComparableInSql

    def __init__(self, label: str, max_chars: int, *, ascii_only: bool = False) -> None:
        self.label = label
        self.max_chars = max_chars
        self.ascii_only = ascii_only
        super().__init__(sealed_text_length(max_chars if ascii_only else 4 * max_chars))

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if len(value) > self.max_chars or (self.ascii_only and not value.isascii()):
            raise ValueError(f"{self.label} takes at most {self.max_chars} characters")
        return ring_of(dialect).seal_text(self.label, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else ring_of(dialect).open_text(self.label, value)


class WrappedSecret(TypeDecorator[bytes]):
    """A secret the server must use in clear (a kiosk's HMAC request key), stored wrapped by the
    key store's wrapping key: a copy of the table alone signs nothing."""

    impl = LargeBinary
    cache_ok = True
    comparator_factory = _NotComparableInSql

    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__()

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        return None if value is None else ring_of(dialect).wrap(self.label, value)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        return None if value is None else ring_of(dialect).unwrap(self.label, bytes(value))
