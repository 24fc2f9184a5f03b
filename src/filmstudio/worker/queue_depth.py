"""How many jobs wait in each Celery queue (Redis lists named like the queues), for /metrics and for
autoscaling: on AWS each worker's sweeper publishes it to CloudWatch (namespace from the settings, metric
QueueDepth, dimension Queue), which the Terraform's scaling policies read; in Kubernetes KEDA reads the
lists themselves."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from filmstudio.config import Settings
from filmstudio.worker.queues import QUEUES

if TYPE_CHECKING:
    from types_boto3_cloudwatch.type_defs import MetricDatumTypeDef  # the dev extra's stubs

log = logging.getLogger(__name__)

METRIC = "QueueDepth"
DIMENSION = "Queue"


def queue_depths(redis_url: str) -> dict[str, int]:
    """Messages waiting per queue; empty when Redis does not answer (a scrape or a sweep must not fail)."""
    import redis

    try:
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=1, socket_timeout=1)
        with client.pipeline(transaction=False) as pipe:
            for name in QUEUES:
                pipe.llen(name)
            return {name: int(n) for name, n in zip(QUEUES, pipe.execute(), strict=True)}
    except redis.exceptions.RedisError:
        return {}


def cloudwatch_metric_data(depths: dict[str, int]) -> list[MetricDatumTypeDef]:
    return [
        {"MetricName": METRIC, "Dimensions": [{"Name": DIMENSION, "Value": queue}], "Value": float(n), "Unit": "Count"}
        for queue, n in sorted(depths.items())
    ]


class CloudWatchPublisher:
    """Puts the queue depths to CloudWatch with the worker's own AWS credentials (its task role)."""

    def __init__(self, settings: Settings) -> None:
        import boto3

        if not settings.cloudwatch_namespace or not settings.redis_url:
            raise ValueError("publishing queue depth needs FILMSTUDIO_CLOUDWATCH_NAMESPACE and REDIS_URL")
        self.namespace, self.redis_url = settings.cloudwatch_namespace, settings.redis_url
        self.client = boto3.client(
            "cloudwatch", region_name=settings.s3_region, endpoint_url=settings.cloudwatch_endpoint_url
        )

    def publish(self) -> dict[str, int]:
        depths = queue_depths(self.redis_url)
        if depths:
            self.client.put_metric_data(Namespace=self.namespace, MetricData=cloudwatch_metric_data(depths))
        return depths
