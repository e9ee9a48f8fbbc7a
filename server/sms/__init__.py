"""Texts to claimants: their wording (`texts`), the gateway adapter (`gateway`), the outbox's
sender (`sender`) and a loopback gateway simulator (`simulator`). docs/notifications.md."""
