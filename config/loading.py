"""Reads the settings file: a missing file means defaults, anything unreadable is a ConfigError."""

import tomllib
from pathlib import Path

from pydantic import ValidationError

from config.describe import describe_errors
from config.errors import ConfigError
from config.schema import Settings


def read_toml(path: Path) -> dict[str, object]:
    """Every way a file can fail to be TOML becomes one clear line, never a traceback."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), ["file not found"]) from None
    except PermissionError:
        raise ConfigError(
            str(path), ["cannot be read: permission denied (check owner and mode)"]
        ) from None
    except IsADirectoryError:
        raise ConfigError(str(path), ["is a directory, not a settings file"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            str(path), [f"is not valid UTF-8 (byte {exc.start}); save the file as UTF-8"]
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), [f"is not valid TOML: {exc}"]) from None


def parse_settings(data: dict[str, object], source: str) -> Settings:
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(source, describe_errors(Settings, exc)) from None


def load_settings(path: Path, *, missing_ok: bool = True) -> Settings:
    """A kiosk with no settings file runs on defaults (demo mode); `kiosk config check` passes
    `missing_ok=False` because a technician who names a file expects it to exist."""
    if missing_ok:
        try:
            path.stat()
        except FileNotFoundError:
            return Settings()
        except OSError:
            pass  # unreadable, not missing: read_toml says why
    return parse_settings(read_toml(path), str(path))
