"""Adapters from the flow's ports to the real parts (agency client, outbox, devices); no Qt."""
