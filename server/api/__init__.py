"""The HTTP layer: routes, request/response schemas and the dependencies that authenticate callers."""
