"""The kiosk side of a signed update: fetch the newest release from a TUF repository, over the
network or from a directory (a USB stick), and verify it before anything is installed.

python-tuf's client does the verification (signatures by the keys the trusted root names,
expiry, version rollback, lengths and hashes of every file). The trusted root is the one
`kiosk update trust` pinned when the kiosk was installed; a root rotation is followed only
through metadata the old root signed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from tuf.api import exceptions as tuf_errors
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from kiosk.update.repository import LATEST


class UpdateRefused(Exception):
    """The update source cannot be trusted or used; `reason` is a stable code for technicians."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class FetchedRelease:
    version: str
    app: Path
    dependencies: tuple[Path, ...]


class DirectoryFetcher(FetcherInterface):
    """Serves `file://` URLs from a local directory (a USB stick): the same verification as
    over the network, since TUF trusts the signatures, not the transport."""

    def _fetch(self, url: str) -> Iterator[bytes]:
        parsed = urlparse(url)
        if parsed.scheme != "file":
            raise tuf_errors.DownloadError(f"not a file URL: {url}")
        path = Path(unquote(parsed.path))
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise tuf_errors.DownloadHTTPError(f"{path.name} is not in the update", 404) from None
        except OSError as exc:
            raise tuf_errors.DownloadError(f"cannot read {path}: {exc.strerror}") from None
        with handle:
            while chunk := handle.read(65536):
                yield chunk


def trust_dir(data_dir: Path) -> Path:
    return data_dir / "update" / "metadata"


def pin_root(data_dir: Path, root_file: Path) -> Path:
    """Installs the repository's root metadata as this kiosk's trust anchor (at install time, by a
    technician who got the file from the agency through a trusted channel)."""
    target = trust_dir(data_dir)
    target.mkdir(parents=True, exist_ok=True)
    raw = root_file.read_bytes()
    try:
        if json.loads(raw)["signed"]["_type"] != "root":
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise UpdateRefused("not_root", f"{root_file} is not TUF root metadata") from None
    partial = target / "root.json.tmp"
    partial.write_bytes(raw)
    partial.replace(target / "root.json")
    return target / "root.json"


def _base_urls(source: str) -> tuple[str, str, FetcherInterface | None]:
    if source.startswith(("http://", "https://")):
        base = source.rstrip("/")
        return f"{base}/metadata/", f"{base}/targets/", None
    directory = Path(source).resolve()
    if not (directory / "metadata").is_dir():
        raise UpdateRefused(
            "no_repository", f"{directory} holds no update (no metadata directory): is it mounted?"
        )
    return (
        (directory / "metadata").as_uri() + "/",
        (directory / "targets").as_uri() + "/",
        DirectoryFetcher(),
    )


def fetch_latest(source: str, data_dir: Path, download_dir: Path) -> FetchedRelease:
    """Verifies the repository's metadata against the pinned root and downloads the newest
    release's files into `download_dir`. Raises UpdateRefused with a reason a technician can act on."""
    if not (trust_dir(data_dir) / "root.json").exists():
        raise UpdateRefused(
            "no_trusted_root",
            "this kiosk trusts no update signer yet: run `kiosk update trust ROOT.json` with the "
            "root metadata the agency published",
        )
    metadata_url, targets_url, fetcher = _base_urls(source)
    download_dir.mkdir(parents=True, exist_ok=True)
    updater = Updater(
        str(trust_dir(data_dir)),
        metadata_url,
        str(download_dir),
        targets_url,
        fetcher,
        bootstrap=None,  # the pinned root.json, updated only through verified rotation
    )
    try:
        updater.refresh()
        latest_info = updater.get_targetinfo(LATEST)
        if latest_info is None:
            raise UpdateRefused("no_release", "the update names no release")
        latest = json.loads(Path(updater.download_target(latest_info)).read_text("utf-8"))
        files: list[Path] = []
        for name in [latest["app"], *latest.get("dependencies", [])]:
            info = updater.get_targetinfo(name)
            if info is None:
                raise UpdateRefused("incomplete", f"the release lists {name} but does not sign it")
            cached = updater.find_cached_target(info)
            files.append(Path(cached or updater.download_target(info)))
    except tuf_errors.ExpiredMetadataError as exc:
        raise UpdateRefused(
            "expired", f"the update's signatures have expired ({exc}); ask the agency for a new one"
        ) from None
    except tuf_errors.BadVersionNumberError as exc:
        raise UpdateRefused(
            "rollback", f"the update is older than one this kiosk already saw ({exc})"
        ) from None
    except tuf_errors.UnsignedMetadataError as exc:
        raise UpdateRefused(
            "bad_signature", f"the update is not signed by the agency's keys ({exc})"
        ) from None
    except tuf_errors.LengthOrHashMismatchError as exc:
        raise UpdateRefused("tampered", f"a file of the update was changed ({exc})") from None
    except tuf_errors.RepositoryError as exc:
        raise UpdateRefused("untrusted", f"the update cannot be trusted ({exc})") from None
    except tuf_errors.DownloadError as exc:
        raise UpdateRefused("unreachable", f"the update could not be read ({exc})") from None
    except (ValueError, KeyError, TypeError):
        raise UpdateRefused("malformed", "the release description is malformed") from None
    return FetchedRelease(str(latest["version"]), files[0], tuple(files[1:]))


def clear_downloads(download_dir: Path) -> None:
    shutil.rmtree(download_dir, ignore_errors=True)
