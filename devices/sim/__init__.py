"""Simulators behind the real transports (vpcd, pty, TCP); may import `devices`, `config` only."""
