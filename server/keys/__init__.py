"""The agency's keys (`store`), the files that hold them (`files`), and which database uses which
key ring (`registry`). docs/data-protection.md describes the whole."""

from server.keys.files import ensure_private_dir, prepare_sqlite_file, replace_private_file
from server.keys.registry import KeysMissing, register_database, ring_for_url, ring_of
from server.keys.store import KeyRing, KeyStoreError, Purpose, open_key_ring

__all__ = [
    "KeyRing",
    "KeyStoreError",
    "KeysMissing",
    "Purpose",
    "ensure_private_dir",
    "open_key_ring",
    "prepare_sqlite_file",
    "register_database",
    "replace_private_file",
    "ring_for_url",
    "ring_of",
]
