"""Alembic revisions of the queue file, run from code when a queue is opened."""
