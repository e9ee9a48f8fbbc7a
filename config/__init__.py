"""Settings schema, loading, validation and atomic saving of the kiosk's TOML files; imports nothing of ours."""

from config.errors import ConfigError
from config.loading import load_settings
from config.paths import default_config_path, default_data_dir, default_secrets_path
from config.schema import Settings
from config.secrets import Secrets, load_secrets, save_secrets

__all__ = [
    "ConfigError",
    "Secrets",
    "Settings",
    "default_config_path",
    "default_data_dir",
    "default_secrets_path",
    "load_secrets",
    "load_settings",
    "save_secrets",
]
