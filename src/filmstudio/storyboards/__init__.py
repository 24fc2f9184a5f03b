"""A project's storyboard as its document: versioned, edited, validated (service and HTTP)."""
