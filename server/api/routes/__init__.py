"""One module per resource of the agency API."""
