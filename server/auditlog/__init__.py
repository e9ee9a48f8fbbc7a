"""The agency's audit log as a Merkle tree log (RFC 9162): queued entries, one sequencer, signed
checkpoints, proofs for kiosks, and the auditor's verification (docs/audit-log.md).

May import server.models, server.db and contract; nothing here imports the API layer."""
