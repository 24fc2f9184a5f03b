"""`celery --app filmstudio.worker.celery_cli …`: the workers' Celery app from the environment's settings,
for Celery's own commands (the containers' health check: `inspect ping`)."""

from __future__ import annotations

from filmstudio.config import get_settings
from filmstudio.worker.celery_app import make_celery

app = make_celery(get_settings())
