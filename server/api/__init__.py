"""The HTTP layer: routes and the dependencies that authenticate callers; the bodies they carry
are server/schemas.py."""
