"""The card issuers' master keys, by prefecture: what lets the agency check a card's cryptogram.

A social security card's key is SM4(issuer master key, card identification code)
(contract/card_proof.py), so whoever holds a prefecture's master key can impersonate every card of
that prefecture. The reference server reads the keys from one file of mode 0600 (TOML or JSON:
prefecture → 32 hex characters) named by `reference_server.issuer_key_file`. A province that keeps
them in an HSM replaces `IssuerKeys.master_key_for` with a call to the HSM slot that computes the
card key (or the whole cryptogram check) inside the device; nothing else in the server touches
key material. In development without a key file, the test key serves every region, as on the
simulated cards; in production a missing or unreadable file stops the server from starting.
"""

from __future__ import annotations

import json
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from config.errors import ConfigError
from contract.card_proof import TEST_ISSUER_KEY

_PREFECTURE = re.compile(r"^(\d{4})(00)?$")
_KEY_HEX = re.compile(r"^[0-9a-fA-F]{32}$")


class IssuerKeyError(ConfigError):
    """The issuer key file is missing, readable by others, or malformed; the message says which.
    A ConfigError, so `kiosk server run` prints it and exits 2 instead of starting."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, [problem])


@dataclass(frozen=True, repr=False)
class IssuerKeys:
    """Master keys by 4-digit prefecture; `fallback` serves every prefecture not listed (only the
    development store has one: the test key)."""

    by_prefecture: Mapping[str, bytes] = field(default_factory=lambda: MappingProxyType({}))
    fallback: bytes | None = None
    source: str = "test key (development)"

    def master_key_for(self, region: str) -> bytes | None:
        """The key for the card's issuing region (6 digits; its first 4 name the prefecture)."""
        return self.by_prefecture.get(region[:4], self.fallback)

    def __repr__(self) -> str:  # never print key material
        return f"IssuerKeys(prefectures={sorted(self.by_prefecture)}, source={self.source!r})"


DEVELOPMENT_KEYS = IssuerKeys(fallback=TEST_ISSUER_KEY)


def _parse(text: str, suffix: str) -> object:
    if suffix == ".json":
        return json.loads(text)
    return tomllib.loads(text)


def load_key_file(path: Path) -> IssuerKeys:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise IssuerKeyError(
            str(path), f"issuer key file cannot be read ({exc.strerror})"
        ) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise IssuerKeyError(
            str(path),
            f"issuer key file is open to others (mode {stat.S_IMODE(mode):04o}); "
            f"run `chmod 600 {path}`",
        )
    try:
        raw = _parse(path.read_text(encoding="utf-8"), path.suffix.lower())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise IssuerKeyError(
            str(path), f"issuer key file is not valid TOML or JSON ({type(exc).__name__})"
        ) from None
    if not isinstance(raw, dict) or not raw:
        raise IssuerKeyError(str(path), "issuer key file must map prefectures to keys")
    keys: dict[str, bytes] = {}
    for name, value in raw.items():
        match = _PREFECTURE.match(str(name))
        if match is None:
            raise IssuerKeyError(
                str(path), f"{name!r} is not a prefecture (4 digits, or 6 ending in 00)"
            )
        if not isinstance(value, str) or not _KEY_HEX.match(value):
            raise IssuerKeyError(str(path), f"the key of {name} must be 32 hex characters (SM4)")
        keys[match.group(1)] = bytes.fromhex(value)
    return IssuerKeys(MappingProxyType(keys), None, str(path))


def resolve_issuer_keys(key_file: str | None, *, production: bool) -> IssuerKeys:
    if key_file:
        return load_key_file(Path(key_file))
    if production:
        raise IssuerKeyError(
            "reference_server.issuer_key_file",
            "production mode needs the card issuers' master keys: set "
            "reference_server.issuer_key_file to a 0600 TOML or JSON file mapping each "
            "prefecture to its SM4 key (docs/api.md, 'Card login')",
        )
    return DEVELOPMENT_KEYS
