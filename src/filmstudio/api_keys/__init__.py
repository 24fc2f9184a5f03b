"""API keys for the Pro and Enterprise plans."""
