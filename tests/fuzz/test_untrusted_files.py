"""Files that arrive from outside the kiosk's control never crash their readers.

A bundle or ack on a USB stick, a settings file a technician edited, bytes from a printer: each
reader must answer with its own typed error, never an unexpected exception. The device protocol
parsers have their own property tests in tests/devices; these cover the rest. Run longer with
`python -m bench.fuzz`.
"""

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config import ConfigError, load_settings
from contract.bundle_format import (
    BundleError,
    BundleItem,
    build_ack,
    build_bundle,
    peek_bundle_kiosk_id,
    read_ack,
    read_bundle,
)
from devices.printer.status import decode as decode_printer_status
from devices.sim.escpos_parser import EscPosParser

pytestmark = pytest.mark.fuzz

KIOSK_KEY = Ed25519PrivateKey.generate()
AGENCY_BOX = X25519PrivateKey.generate()
AGENCY_SIGNER = Ed25519PrivateKey.generate()
ITEM = BundleItem(
    str(uuid.uuid4()), "claim", datetime(2026, 11, 26, tzinfo=UTC), {"ssn": "x", "mobile": "y"}
)
BUNDLE = build_bundle(
    [ITEM],
    kiosk_id="kiosk-a",
    kiosk_signing_key=KIOSK_KEY,
    agency_public_key=AGENCY_BOX.public_key(),
)
ACK = build_ack(
    kiosk_id="kiosk-a",
    bundle_id=str(uuid.uuid4()),
    acknowledged=[ITEM.client_reference],
    agency_signing_key=AGENCY_SIGNER,
)


def _mutations(original: bytes) -> st.SearchStrategy[bytes]:
    """Truncations, bit flips, inserted and replaced bytes, and JSON-level edits of a valid file."""
    cut = st.integers(0, len(original)).map(lambda n: original[:n])
    flip = st.tuples(st.integers(0, len(original) - 1), st.integers(0, 7)).map(
        lambda p: original[: p[0]] + bytes([original[p[0]] ^ (1 << p[1])]) + original[p[0] + 1 :]
    )
    splice = st.tuples(st.integers(0, len(original)), st.binary(max_size=64)).map(
        lambda p: original[: p[0]] + p[1] + original[p[0] :]
    )

    def edit(change: tuple[str, object]) -> bytes:
        try:
            doc = json.loads(original)
        except ValueError:
            return original
        doc[change[0]] = change[1]
        return json.dumps(doc).encode()

    json_values = st.one_of(
        st.none(), st.integers(), st.text(max_size=20), st.lists(st.integers(), max_size=3)
    )
    edited = st.tuples(
        st.sampled_from(["body", "signature", "format", "key_id", "x"]), json_values
    ).map(edit)
    return st.one_of(cut, flip, splice, edited, st.binary(max_size=512))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_mutations(BUNDLE))
def test_damaged_bundles_raise_only_bundle_errors(data: bytes) -> None:
    try:
        peek_bundle_kiosk_id(data)
        opened = read_bundle(
            data, agency_private_key=AGENCY_BOX, kiosk_public_key=KIOSK_KEY.public_key()
        )
    except BundleError:
        return
    assert opened.items == [ITEM]  # whatever opens is the intact, signed content


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_mutations(ACK))
def test_damaged_ack_files_raise_only_bundle_errors(data: bytes) -> None:
    try:
        ack = read_ack(data, agency_public_key=AGENCY_SIGNER.public_key(), kiosk_id="kiosk-a")
    except BundleError:
        return
    assert ack.acknowledged == [ITEM.client_reference]


TOML_PIECES = st.sampled_from(
    ["[server]", "[session]", "[ui]", "[devices.printer]", "url = ", "idle_timeout_s = ", "languages = ",
     '"zh_CN"', "90", "-1", "1e400", "true", "[", "]", "=", '"', "'''", "\n", "\x00", "\ud7ff", "paper_width_mm = 80"]
)  # fmt: skip


@given(
    st.one_of(
        st.lists(TOML_PIECES, max_size=30).map(
            lambda parts: " ".join(parts).encode("utf-8", "surrogatepass")
        ),
        st.binary(max_size=300),
    )
)
def test_any_settings_file_loads_or_raises_config_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path: Path = tmp_path_factory.mktemp("cfg") / "kiosk.toml"
    path.write_bytes(data)
    try:
        load_settings(path, missing_ok=False)
    except ConfigError as exc:
        assert str(exc).startswith(str(path))


@given(st.dictionaries(st.sampled_from([1, 2, 3, 4]), st.one_of(st.none(), st.integers(-5, 300))))
def test_any_printer_status_reply_decodes(replies: dict[int, int | None]) -> None:
    status = decode_printer_status(replies)
    assert status.known in (True, False)


@given(st.lists(st.binary(max_size=64), max_size=20))
def test_printer_simulator_survives_any_byte_stream(chunks: list[bytes]) -> None:
    parser = EscPosParser()
    for chunk in chunks:
        parser.feed(chunk)
