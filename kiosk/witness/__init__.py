"""The kiosk as a witness of the agency's audit log (docs/audit-log.md, "Witnessing").

May import contract and config; no Qt, no server."""
