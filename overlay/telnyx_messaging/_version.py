"""The package version (read by pyproject.toml at build time, and by the User-Agent)."""

__version__ = "0.1.0"
