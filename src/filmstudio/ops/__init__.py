"""Operating the studio: health and readiness, Prometheus metrics, structured logs, data retention."""
