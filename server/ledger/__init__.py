"""The entitlement ledger and the payment schedule: how many months a person may draw, which of
them are due, and what each one pays (Regulations arts. 17, 18; Law arts. 46, 48, 51).

`schedule` is pure date and amount arithmetic over `server.rules`; `entitlements`, `stops` and
`payments` apply it to the database inside the caller's transaction, under a lock of the
claimant's row; `view` shows a person's ledger to staff.
"""
