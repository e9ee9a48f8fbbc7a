"""Who may call the API: signed kiosks, logged-in staff, and claimants who passed a second factor."""
