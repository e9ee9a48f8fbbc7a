"""Subcommands of the `kiosk` command, one module each, each exposing `register(subparsers)`."""
