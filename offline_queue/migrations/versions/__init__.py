"""Queue schema revisions, one module each; Alembic reads them by path."""
