"""ESC/POS receipt printer: receipt layout, encoder, status, transports, preview; imports `devices`."""
