"""Settings changed in technician mode: validated by config's own rules, saved atomically, and
reported as which keys changed and whether they apply now or after a restart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from config import Settings
from config.loading import load_settings
from kiosk.technician import settings_edit as edit


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text('[server]\nurl = "http://127.0.0.1:8080"\n', encoding="utf-8")
    return path


def test_valid_changes_are_saved_and_split_into_live_and_restart(config_path: Path) -> None:
    current = load_settings(config_path)
    result = edit.save(
        current,
        {
            "session.idle_timeout_s": "120",
            "server.url": "https://si.example.gov.cn/",
            "ui.languages": "zh_CN, ko",
            "devices.printer.paper_width_mm": "58",
        },
        config_path,
    )
    assert isinstance(result, edit.Saved)
    assert set(result.live) == {"session.idle_timeout_s", "devices.printer.paper_width_mm"}
    assert result.need_restart == ("server.url",)
    again = load_settings(config_path)
    assert again.session.idle_timeout_s == 120 and again.server.url == "https://si.example.gov.cn"
    assert again.devices.printer.paper_width_mm == 58


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (
            {"session.idle_timeout_s": "5"},
            "session.idle_timeout_s = 5: Input should be greater than or equal to 15 (allowed: an integer >= 15 and <= 900)",
        ),
        (
            {"session.idle_timeout_s": "ninety"},
            "session.idle_timeout_s = 'ninety': must be a whole number",
        ),
        (
            {"server.url": "ftp://x"},
            "server.url = 'ftp://x': must be an http:// or https:// URL with a host, e.g. https://si.example.gov.cn",
        ),
        ({"kiosk.region": "22240"}, "kiosk.region = '22240'"),
        (
            {"ui.languages": "ko", "ui.default_language": "zh_CN"},
            "default_language 'zh_CN' must be one of languages ['ko']",
        ),
        ({"devices.printer.uri": "lpt:1"}, "devices.printer.uri = 'lpt:1': must be serial:"),
    ],
)
def test_invalid_values_are_refused_with_configs_own_message(
    config_path: Path, form: dict[str, str], message: str
) -> None:
    before = config_path.read_bytes()
    result = edit.save(load_settings(config_path), form, config_path)
    assert isinstance(result, edit.Refused)
    assert any(message in problem for problem in result.problems), result.problems
    assert config_path.read_bytes() == before


def test_only_the_listed_keys_may_be_changed(config_path: Path) -> None:
    result = edit.check(Settings(), {"reference_server.mode": "production"}, str(config_path))
    assert isinstance(result, edit.Refused)


def test_a_blank_optional_field_removes_the_setting(config_path: Path) -> None:
    current = load_settings(config_path)
    first = edit.save(current, {"devices.id_reader.port": "/dev/ttyUSB0"}, config_path)
    assert isinstance(first, edit.Saved) and first.need_restart == ("devices.id_reader.port",)
    second = edit.save(first.settings, {"devices.id_reader.port": ""}, config_path)
    assert isinstance(second, edit.Saved)
    assert load_settings(config_path).devices.id_reader.port is None


def test_the_scanners_port_and_baud_are_saved_and_need_a_restart(config_path: Path) -> None:
    """The scanner watcher holds its port from start-up, as the ID-card watcher does."""
    current = load_settings(config_path)
    port = "/dev/serial/by-id/usb-Scanner_2D-if00"
    saved = edit.save(
        current, {"devices.scanner.port": port, "devices.scanner.baud": "115200"}, config_path
    )
    assert isinstance(saved, edit.Saved) and saved.live == ()
    assert set(saved.need_restart) == {"devices.scanner.port", "devices.scanner.baud"}
    scanner = load_settings(config_path).devices.scanner
    assert (scanner.port, scanner.baud) == (port, 115200)
    refused = edit.save(saved.settings, {"devices.scanner.baud": "4800"}, config_path)
    assert isinstance(refused, edit.Refused)
    assert any(p.startswith("devices.scanner.baud = 4800") for p in refused.problems)
    cleared = edit.save(saved.settings, {"devices.scanner.port": ""}, config_path)
    assert isinstance(cleared, edit.Saved)
    assert load_settings(config_path).devices.scanner.port is None


@pytest.mark.parametrize("device", ["id_reader", "scanner"])
def test_the_baud_buttons_offer_exactly_the_rates_config_accepts(device: str) -> None:
    from typing import get_args

    from config.schema import DeviceSettings

    section = DeviceSettings.model_fields[device].annotation
    assert section is not None
    allowed = get_args(section.model_fields["baud"].annotation)
    spec = next(s for s in edit.FIELDS if s.key == f"devices.{device}.baud")
    assert spec.kind == "choice" and spec.choices == tuple(str(rate) for rate in allowed)


def test_saving_is_atomic(config_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while writing leaves the old file whole and no temporary file behind."""
    before = config_path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        edit.save(load_settings(config_path), {"session.idle_timeout_s": "200"}, config_path)
    monkeypatch.undo()
    assert config_path.read_bytes() == before
    assert sorted(p.name for p in config_path.parent.iterdir()) == ["kiosk.toml"]


def test_nothing_changed_writes_nothing(config_path: Path) -> None:
    mtime = config_path.stat().st_mtime_ns
    current = load_settings(config_path)
    result = edit.save(
        current, {"session.idle_timeout_s": str(current.session.idle_timeout_s)}, config_path
    )
    assert isinstance(result, edit.Saved) and result.changed == ()
    assert config_path.stat().st_mtime_ns == mtime


def test_form_shows_current_values() -> None:
    settings = Settings()
    assert edit.form_text(settings, "ui.languages") == "zh_CN,ko"
    assert edit.form_text(settings, "devices.printer.uri") == ""
    assert edit.form_text(settings, "session.idle_timeout_s") == "90"


def test_a_file_with_the_servers_mapping_settings_still_saves_and_keeps_them(
    tmp_path: Path,
) -> None:
    """Premiums by region and service areas are mappings, not sections: a technician's save
    reports only what the form changed and writes the server's mappings back untouched."""
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[server]\nurl = "http://127.0.0.1:8080"\n'
        '[reference_server.medical_premium_fen]\n"*" = 10000\n"222405" = 9000\n'
        '[reference_server.service_area_prefixes]\n"*" = ["22"]\n'
        "[reference_server.training_subsidy]\ngrace_months_after_period = 1\n",
        encoding="utf-8",
    )
    result = edit.save(load_settings(path), {"session.idle_timeout_s": "150"}, path)
    assert isinstance(result, edit.Saved)
    assert result.changed == ("session.idle_timeout_s",)
    again = load_settings(path).reference_server
    assert again.medical_premium_fen == {"*": 10000, "222405": 9000}
    assert again.service_area_prefixes == {"*": ["22"]}
    assert again.training_subsidy == {"grace_months_after_period": 1}


def test_a_changed_mapping_counts_as_one_setting_even_from_empty() -> None:
    before = Settings()
    after = before.model_copy(
        update={
            "reference_server": before.reference_server.model_copy(
                update={"service_area_prefixes": {"*": ["22"]}}
            )
        }
    )
    assert edit.changed_keys(before, after) == ("reference_server.service_area_prefixes",)


def test_the_servers_settings_are_refused_with_where_to_change_them(config_path: Path) -> None:
    result = edit.check(
        Settings(), {"reference_server.medical_premium_fen": "{}"}, str(config_path)
    )
    assert isinstance(result, edit.Refused)
    assert "reference-server setting" in result.problems[0]
    assert "kiosk server" in result.problems[0]
