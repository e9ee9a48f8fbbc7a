"""Alembic environment: always runs on the connection handed over by `offline_queue.storage`."""

from alembic import context
from sqlalchemy.engine import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("the queue's migrations run only through offline_queue.storage")

context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
