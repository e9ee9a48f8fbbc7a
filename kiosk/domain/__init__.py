"""Claimant domain values: identity, claims, eligibility, money, masking; stdlib imports only."""
