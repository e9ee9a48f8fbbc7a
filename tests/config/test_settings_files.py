"""Bad settings files are refused with the key, the value and what is allowed; good ones load."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from config import ConfigError, Settings, load_secrets, load_settings
from config.saving import save_settings
from config.secrets import Secrets, ensure_secrets, save_secrets


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


BAD_FILES = [
    pytest.param(
        '[session]\nidle_timeout_s = "90"\n',
        ["session.idle_timeout_s", "'90'", "integer"],
        id="string-for-integer",
    ),
    pytest.param(
        "[session]\nidle_timeout_s = 5\n",
        ["session.idle_timeout_s = 5", ">= 15", "<= 900"],
        id="timeout-too-short",
    ),
    pytest.param(
        "[session]\nwarning_s = 1000\n",
        ["session.warning_s = 1000", "<= 120"],
        id="warning-too-long",
    ),
    pytest.param(
        "[session]\nidle_timout_s = 90\n",
        ["unknown key 'session.idle_timout_s'", "idle_timeout_s, warning_s"],
        id="misspelt-key",
    ),
    pytest.param(
        "[sesion]\nidle_timeout_s = 90\n", ["unknown key 'sesion'", "session"], id="unknown-section"
    ),
    pytest.param(
        '[server]\nurl = "ftp://agency.example"\n',
        ["server.url", "ftp://agency.example", "http:// or https://"],
        id="url-scheme",
    ),
    pytest.param(
        '[server]\nurl = "https://"\n', ["server.url", "with a host"], id="url-without-host"
    ),
    pytest.param(
        "[server]\nconnect_timeout_s = 0\n",
        ["server.connect_timeout_s = 0", ">= 0.5"],
        id="connect-timeout-zero",
    ),
    pytest.param(
        '[ui]\nlanguages = ["zh_CN", "fr"]\n',
        ["ui.languages[1] = 'fr'", "'zh_CN', 'ko' or 'en'"],
        id="unknown-language",
    ),
    pytest.param(
        '[ui]\nlanguages = ["ko"]\n',
        ["default_language 'zh_CN' must be one of languages"],
        id="default-not-offered",
    ),
    pytest.param(
        "[devices.printer]\npaper_width_mm = 70\n",
        ["devices.printer.paper_width_mm = 70", "58, 80"],
        id="paper-width",
    ),
    pytest.param(
        '[devices.printer]\nuri = "lpt1"\n',
        ["devices.printer.uri", "tcp://host:9100"],
        id="printer-uri",
    ),
    pytest.param(
        '[kiosk]\nregion = "2224"\n', ["kiosk.region = '2224'"], id="region-not-six-digits"
    ),
    pytest.param(
        "[ui]\nfullscreen = 1\n", ["ui.fullscreen = 1", "true or false"], id="int-for-bool"
    ),
    pytest.param(
        "[queue]\nmax_items = 5\nretention_days = 0\n",
        ["queue.max_items = 5", "queue.retention_days = 0"],
        id="two-problems-both-named",
    ),
    pytest.param("logging = 3\n", ["logging = 3", "[section] table"], id="value-for-section"),
    pytest.param(
        "[session\nidle_timeout_s = 90\n", ["is not valid TOML", "line 1"], id="toml-syntax"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD_FILES)
def test_bad_file_is_refused_with_specific_message(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as refused:
        load_settings(path)
    message = str(refused.value)
    assert message.startswith(str(path))
    for fragment in expected:
        assert fragment in message


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = _write(tmp_path, b'[kiosk]\nsite_name = "\xff\xfe"\n')
    with pytest.raises(ConfigError, match=r"not valid UTF-8 \(byte 21\)"):
        load_settings(path)


def test_named_file_that_is_missing_is_an_error_but_default_file_may_be_absent(
    tmp_path: Path,
) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml", missing_ok=False)
    assert load_settings(tmp_path / "nope.toml") == Settings()


def test_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    """Root ignores file modes, so the read runs in a forked child that has dropped to `nobody`."""
    path = _write(tmp_path, "[session]\n")
    path.chmod(0)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            try:
                load_settings(path)
                message = "loaded"
            except ConfigError as exc:
                message = str(exc)
            os.write(write_end, message.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    with os.fdopen(read_end) as pipe:
        message = pipe.read()
    assert "permission denied" in message


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a directory"):
        load_settings(tmp_path)


def test_good_file_loads_with_defaults_filled_in(tmp_path: Path) -> None:
    path = _write(
        tmp_path, '[server]\nurl = "https://si.example.gov.cn/"\n[session]\nidle_timeout_s = 120\n'
    )
    settings = load_settings(path)
    assert settings.server.url == "https://si.example.gov.cn"
    assert settings.session.idle_timeout_s == 120
    assert settings.session.warning_s == 30


def test_save_is_atomic_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "kiosk.toml"
    settings = Settings.model_validate(
        {"kiosk": {"id": "kiosk-222405-007", "site_name": "龙井市安民街道"}}
    )
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert [p.name for p in path.parent.iterdir()] == ["kiosk.toml"]  # no temporary file left


def test_failed_save_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    save_settings(Settings(), path)
    before = path.read_bytes()
    path.parent.chmod(0o500)
    try:
        if os.geteuid() == 0:
            pytest.skip("root can write a read-only directory")
        with pytest.raises(PermissionError):
            save_settings(Settings.model_validate({"session": {"idle_timeout_s": 60}}), path)
    finally:
        path.parent.chmod(0o700)
    assert path.read_bytes() == before


def test_secrets_file_is_created_0600_and_reloads(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    created = ensure_secrets(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = load_secrets(path)
    assert loaded.kiosk_key == created.kiosk_key and len(loaded.queue_data_key) == 32
    assert "kiosk_key" not in repr(loaded) and created.kiosk_key.hex() not in repr(loaded)


def test_secrets_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    save_secrets(Secrets(), path)
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        load_secrets(path)


def test_secrets_with_a_short_key_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    path.write_text('kiosk_key = "AAAA"\nqueue_data_key = "AAAA"\nsigning_key = "AAAA"\n')
    path.chmod(0o600)
    with pytest.raises(ConfigError, match="kiosk_key: must decode to 32 bytes"):
        load_secrets(path)


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args], capture_output=True, text=True, check=False
    )


def test_config_check_command_exit_codes(tmp_path: Path) -> None:
    good = _write(tmp_path, "[session]\nidle_timeout_s = 60\n")
    assert _kiosk("config", "check", str(good)).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[session]\nidle_timeout_s = 1\n")
    result = _kiosk("config", "check", str(bad))
    assert result.returncode == 2
    assert "session.idle_timeout_s = 1" in result.stderr


def test_config_show_prints_effective_settings_without_secrets(tmp_path: Path) -> None:
    good = _write(tmp_path, '[kiosk]\nid = "kiosk-x-01"\n')
    ensure_secrets(tmp_path / "secrets.toml")
    result = _kiosk("--config", str(good), "config", "show")
    assert result.returncode == 0
    assert 'id = "kiosk-x-01"' in result.stdout and "idle_timeout_s = 90" in result.stdout
    assert "kiosk_key" not in result.stdout
