"""Where settings, secrets and data live when no path is given."""

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "changtong"


def default_config_path() -> Path:
    """`CHANGTONG_CONFIG` wins so that demo, tests and services can each point at their own file."""
    env = os.environ.get("CHANGTONG_CONFIG")
    return Path(env) if env else Path(user_config_dir(APP_NAME)) / "kiosk.toml"


def default_secrets_path(config_path: Path | None = None) -> Path:
    """Secrets sit beside the settings file so a technician moves or backs them up together."""
    return (config_path or default_config_path()).with_name("secrets.toml")


def default_data_dir() -> Path:
    env = os.environ.get("CHANGTONG_DATA_DIR")
    return Path(env) if env else Path(user_data_dir(APP_NAME))
