"""The studio's admin tools and its business analytics."""
