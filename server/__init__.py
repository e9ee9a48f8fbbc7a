"""Reference agency service (FastAPI): rules, cross-checks, audit trail, staff workflow; imports only `config` and `contract`."""
