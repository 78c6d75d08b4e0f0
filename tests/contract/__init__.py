"""Contract tests: the overlay against the Prism mock of the cut + patched spec."""
