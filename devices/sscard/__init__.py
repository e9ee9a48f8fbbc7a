"""Social security card over PC/SC: APDUs, identity, PIN; may import `devices` and `config` only."""
