"""Which e-card platform a server asks: the reference one, unless a province installed its own.

A province's deployment calls `install_platform(data_dir, platform)` from its own start-up code
(a small wrapper around `server.api.app.create_app`) with an object that implements
`EcardPlatform.verify` against the national platform; nothing else in the agency changes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from server.ecard.platform import EcardPlatform
from server.ecard.reference import ReferenceEcardPlatform, reference_platform

_installed: dict[Path, EcardPlatform] = {}
_lock = threading.Lock()


def install_platform(data_dir: Path, platform: EcardPlatform) -> None:
    with _lock:
        _installed[data_dir] = platform


def platform_for(data_dir: Path) -> EcardPlatform:
    with _lock:
        found = _installed.get(data_dir)
    return found if found is not None else reference_platform(data_dir)


def minting_platform(data_dir: Path) -> ReferenceEcardPlatform | None:
    """The platform that can make codes for the demo and tests: only the reference one can."""
    platform = platform_for(data_dir)
    return platform if isinstance(platform, ReferenceEcardPlatform) else None
