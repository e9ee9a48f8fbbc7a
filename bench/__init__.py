"""Benchmarks and stress harnesses, run by hand or from tests; not shipped to kiosks."""
