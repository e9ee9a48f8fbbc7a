"""The settings a technician may change on the kiosk, validated by config's own rules.

The form gives text; `parse_form` turns it into the types the schema wants and lets
`config.loading.parse_settings` judge it, so the kiosk and `kiosk config check` refuse exactly
the same values with exactly the same message. Saving is atomic (config.saving).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from config import ConfigError, Settings
from config.loading import parse_settings
from config.saving import save_settings


@dataclass(frozen=True)
class FieldSpec:
    key: str  # dotted path in the settings file
    kind: str  # "text", "int", "choice", "languages", "optional"
    choices: tuple[str, ...] = ()


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("server.url", "text"),
    FieldSpec("kiosk.id", "text"),
    FieldSpec("kiosk.region", "text"),
    FieldSpec("ui.languages", "languages", ("zh_CN", "ko", "en")),
    FieldSpec("ui.default_language", "choice", ("zh_CN", "ko", "en")),
    FieldSpec("session.idle_timeout_s", "int"),
    FieldSpec("devices.printer.paper_width_mm", "choice", ("58", "80")),
    FieldSpec("devices.printer.uri", "optional"),
    FieldSpec("devices.card_reader.reader", "optional"),
    FieldSpec("devices.card_reader.psam_reader", "optional"),
    FieldSpec("devices.id_reader.port", "optional"),
    FieldSpec("devices.id_reader.baud", "choice", ("9600", "19200", "38400", "57600", "115200")),
    FieldSpec("devices.scanner.port", "optional"),
    FieldSpec("devices.scanner.baud", "choice", ("9600", "19200", "38400", "57600", "115200")),
)
FIELD_KEYS = tuple(spec.key for spec in FIELDS)
_SPECS = {spec.key: spec for spec in FIELDS}

# Read once per session or per screen, so a change reaches the next claimant without a restart.
# Everything else is held by a running part (the agency client, device threads, the queue) and
# takes effect after a restart.
LIVE_KEYS = frozenset(
    {
        "session.idle_timeout_s",
        "session.warning_s",
        "ui.languages",
        "ui.default_language",
        "devices.printer.paper_width_mm",
        "devices.printer.uri",
        "kiosk.site_name",
    }
)


def get_value(settings: Settings, key: str) -> Any:
    value: Any = settings
    for part in key.split("."):
        value = getattr(value, part)
    return value


def form_text(settings: Settings, key: str) -> str:
    """The current value as the form shows it."""
    value = get_value(settings, key)
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def _convert(spec: FieldSpec, text: str) -> tuple[object, str | None]:
    text = text.strip()
    if spec.kind == "int" or (spec.kind == "choice" and spec.choices[0].isdigit()):
        try:
            return int(text), None
        except ValueError:
            return text, f"{spec.key} = {text!r}: must be a whole number"
    if spec.kind == "languages":
        return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()], None
    if spec.kind == "optional":
        return (text or None), None
    return text, None


def _set(data: dict[str, Any], key: str, value: object) -> None:
    *parents, last = key.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value


@dataclass(frozen=True)
class Checked:
    settings: Settings
    changed: tuple[str, ...]


@dataclass(frozen=True)
class Refused:
    problems: tuple[str, ...]  # config's own lines: key, value found, what is allowed


@dataclass(frozen=True)
class Saved:
    settings: Settings
    changed: tuple[str, ...]
    live: tuple[str, ...]
    need_restart: tuple[str, ...] = field(default_factory=tuple)


def changed_keys(
    before: Settings, after: Settings, keys: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    if keys is None:
        keys = tuple(setting_keys(after))
    return tuple(k for k in keys if get_value(before, k) != get_value(after, k))


def setting_keys(section: BaseModel, prefix: str = "") -> list[str]:
    """Every setting's dotted key, walking the schema's sections, not the values.

    A setting whose value is a mapping (`reference_server.medical_premium_fen`, keyed by region
    code or "*") is one setting, not a section: its keys are data, and a dotted path through them
    ("reference_server.medical_premium_fen.*") names nothing `get_value` can read. An empty
    mapping must still count, or a change from {} to a filled one would go unreported.
    """
    keys: list[str] = []
    for name in type(section).model_fields:
        value = getattr(section, name)
        if isinstance(value, BaseModel):
            keys.extend(setting_keys(value, f"{prefix}{name}."))
        else:
            keys.append(f"{prefix}{name}")
    return keys


def check(current: Settings, form: Mapping[str, str], source: str) -> Checked | Refused:
    """Applies the form's text to `current` and validates the whole file's worth of settings."""
    data = current.model_dump(mode="json", exclude_none=True)
    problems: list[str] = []
    for key, text in form.items():
        spec = _SPECS.get(key)
        if spec is None and key.startswith("reference_server."):
            # The agency server's settings (premiums by region, service areas, benefit rules)
            # belong to the agency's operator, not to whoever holds a kiosk's technician PIN.
            problems.append(
                f"{key}: a reference-server setting; change it in the server's settings file "
                "and restart the server (`kiosk server ...`), not in technician mode"
            )
            continue
        if spec is None:
            problems.append(f"{key}: not a setting technician mode may change")
            continue
        value, problem = _convert(spec, text)
        if problem is not None:
            problems.append(problem)
            continue
        _set(data, key, value)
    if problems:
        return Refused(tuple(problems))
    try:
        settings = parse_settings(data, source)
    except ConfigError as exc:
        return Refused(tuple(exc.problems))
    return Checked(settings, changed_keys(current, settings))


def save(current: Settings, form: Mapping[str, str], path: Path) -> Saved | Refused:
    checked = check(current, form, str(path))
    if isinstance(checked, Refused):
        return checked
    return save_settings_checked(current, checked.settings, path)


def save_settings_checked(current: Settings, new: Settings, path: Path) -> Saved:
    changed = changed_keys(current, new)
    if changed:
        save_settings(new, path)
    live = tuple(k for k in changed if k in LIVE_KEYS)
    restart = tuple(k for k in changed if k not in LIVE_KEYS)
    return Saved(new, changed, live, restart)
