"""personal data encrypted at rest with blind indexes

Names, ID numbers, mobiles, card numbers, card ids and payment accounts of claimants, and the
mobile of claims, become AES-256-GCM ciphertexts under the agency's data key; claimants get keyed
blind indexes (`ssn_index`, `card_index`) that carry the uniqueness the clear columns had; kiosk
request keys are wrapped by the key store's wrapping key (docs/data-protection.md).

The rows found in clear are encrypted in place, with the key ring that `server.db.upgrade` hands
over in `config.attributes["keys"]` (the key store of the server's data directory, opened by
`server.settings.resolve`); without one, the upgrade refuses a database that holds such rows.
The formats are the key store's stable ones (server/keys/store.py); the labels are spelled out
here because a migration must not change when the application's code does.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 15:10:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# column: (clear length, ciphertext length = 6 + ceil((12 + max UTF-8 bytes + 16) * 4 / 3))
CLAIMANT_COLUMNS = {
    "ssn": (18, 68),
    "name": (64, 385),
    "mobile": (11, 58),
    "card_number": (16, 65),
    "payment_account": (32, 214),
    "card_id": (32, 86),
}
NULLABLE = {"card_id"}
CLAIM_MOBILE = (11, 58)


def _keys(rows_in_clear: int) -> Any:
    keys = context.config.attributes.get("keys")
    if keys is None and rows_in_clear:
        raise RuntimeError(
            f"{rows_in_clear} rows hold personal data in clear and this upgrade has no key "
            "store: run it through the server (kiosk server run / seed / any server command), "
            "which opens the key store of its data directory"
        )
    return keys


def _resize(table: str, columns: dict[str, tuple[int, int]], *, grow: bool) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column, (clear, sealed) in columns.items():
            old, new = (clear, sealed) if grow else (sealed, clear)
            batch_op.alter_column(
                column,
                existing_type=sa.String(length=old),
                type_=sa.String(length=new),
                existing_nullable=column in NULLABLE or table == "claims",
            )


def upgrade() -> None:
    bind = op.get_bind()
    claimants = (
        bind.execute(
            sa.text(
                "SELECT id, ssn, name, mobile, card_number, card_region, payment_account, card_id "
                "FROM claimants"
            )
        )
        .mappings()
        .all()
    )
    mobiles = bind.execute(sa.text("SELECT id, mobile FROM claims WHERE mobile IS NOT NULL")).all()
    kiosks = bind.execute(sa.text("SELECT id, key FROM kiosks")).all()
    keys = _keys(len(claimants) + len(mobiles) + len(kiosks))

    with op.batch_alter_table("claimants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ssn_index", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("card_index", sa.String(length=32), nullable=True))
        batch_op.drop_constraint("uq_claimants_ssn", type_="unique")
        batch_op.drop_constraint("uq_claimants_card_region", type_="unique")
    _resize("claimants", CLAIMANT_COLUMNS, grow=True)
    _resize("claims", {"mobile": CLAIM_MOBILE}, grow=True)

    for row in claimants:
        sealed = {
            column: None
            if row[column] is None
            else keys.seal_text(f"claimants.{column}", row[column])
            for column in CLAIMANT_COLUMNS
        }
        bind.execute(
            sa.text(
                "UPDATE claimants SET ssn = :ssn, name = :name, mobile = :mobile, "
                "card_number = :card_number, payment_account = :payment_account, "
                "card_id = :card_id, ssn_index = :ssn_index, card_index = :card_index "
                "WHERE id = :id"
            ),
            {
                **sealed,
                "ssn_index": keys.blind_index("claimants.ssn", row["ssn"]),
                "card_index": keys.blind_index(
                    "claimants.card", row["card_region"], row["card_number"]
                ),
                "id": row["id"],
            },
        )
    for claim_id, mobile in mobiles:
        bind.execute(
            sa.text("UPDATE claims SET mobile = :mobile WHERE id = :id"),
            {"mobile": keys.seal_text("claims.mobile", mobile), "id": claim_id},
        )
    for kiosk_id, key in kiosks:
        bind.execute(
            sa.text("UPDATE kiosks SET key = :key WHERE id = :id"),
            {"key": keys.wrap("kiosks.key", bytes(key)), "id": kiosk_id},
        )

    with op.batch_alter_table("claimants", schema=None) as batch_op:
        batch_op.alter_column("ssn_index", existing_type=sa.String(length=32), nullable=False)
        batch_op.alter_column("card_index", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_claimants_ssn_index"), ["ssn_index"])
        batch_op.create_unique_constraint(batch_op.f("uq_claimants_card_index"), ["card_index"])


def downgrade() -> None:
    bind = op.get_bind()
    claimants = (
        bind.execute(
            sa.text(
                "SELECT id, ssn, name, mobile, card_number, payment_account, card_id FROM claimants"
            )
        )
        .mappings()
        .all()
    )
    mobiles = bind.execute(sa.text("SELECT id, mobile FROM claims WHERE mobile IS NOT NULL")).all()
    kiosks = bind.execute(sa.text("SELECT id, key FROM kiosks")).all()
    keys = _keys(len(claimants) + len(mobiles) + len(kiosks))

    for row in claimants:
        bind.execute(
            sa.text(
                "UPDATE claimants SET ssn = :ssn, name = :name, mobile = :mobile, "
                "card_number = :card_number, payment_account = :payment_account, "
                "card_id = :card_id WHERE id = :id"
            ),
            {
                **{
                    column: None
                    if row[column] is None
                    else keys.open_text(f"claimants.{column}", row[column])
                    for column in CLAIMANT_COLUMNS
                },
                "id": row["id"],
            },
        )
    for claim_id, mobile in mobiles:
        bind.execute(
            sa.text("UPDATE claims SET mobile = :mobile WHERE id = :id"),
            {"mobile": keys.open_text("claims.mobile", mobile), "id": claim_id},
        )
    for kiosk_id, key in kiosks:
        bind.execute(
            sa.text("UPDATE kiosks SET key = :key WHERE id = :id"),
            {"key": keys.unwrap("kiosks.key", bytes(key)), "id": kiosk_id},
        )

    _resize("claims", {"mobile": CLAIM_MOBILE}, grow=False)
    _resize("claimants", CLAIMANT_COLUMNS, grow=False)
    with op.batch_alter_table("claimants", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_claimants_card_index"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_claimants_ssn_index"), type_="unique")
        batch_op.drop_column("card_index")
        batch_op.drop_column("ssn_index")
        batch_op.create_unique_constraint(
            batch_op.f("uq_claimants_card_region"), ["card_region", "card_number"]
        )
        batch_op.create_unique_constraint(batch_op.f("uq_claimants_ssn"), ["ssn"])
