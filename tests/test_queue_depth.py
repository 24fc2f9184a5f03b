"""The queue depth that autoscaling reads on AWS: each worker's sweeper counts the jobs waiting in the
Celery queues (Redis lists) and puts them to CloudWatch (namespace from the settings, metric QueueDepth,
dimension Queue), here a local CloudWatch (moto's server) driven by boto3, the client the studio uses."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from filmstudio.config import Settings
from filmstudio.db.migrate import upgrade
from filmstudio.worker.celery_app import make_celery, start_sweeper
from filmstudio.worker.queue_depth import DIMENSION, METRIC, queue_depths
from filmstudio.worker.queues import QUEUES
from tests.conftest import REDIS_URL, _unavailable

# a database of its own: the Celery tests use the shared test database's lists at the same time
REDIS_DEPTH_URL = REDIS_URL.rsplit("/", 1)[0] + "/11"
AWS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


@pytest.fixture
def cloudwatch(monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    server = Path(sys.executable).with_name("moto_server")
    if not server.exists():
        pytest.skip("moto[server] is not installed (the dev extra installs it)")
    for name, value in AWS.items():
        monkeypatch.setenv(name, value)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **AWS},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def waiting() -> Iterator[dict[str, int]]:
    """Jobs waiting in each queue, as Celery's Redis transport keeps them (one list per queue)."""
    import redis

    client = redis.Redis.from_url(REDIS_DEPTH_URL, socket_connect_timeout=2)
    try:
        client.flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", exc)
    counts = dict(zip(QUEUES, (3, 1, 4, 0), strict=True))
    for queue, n in counts.items():
        for i in range(n):
            client.lpush(queue, f'{{"job": {i}}}')
    yield counts
    client.flushdb()


def _published(url: str, namespace: str) -> dict[str, float]:
    import boto3

    client = boto3.client("cloudwatch", endpoint_url=url, region_name="us-east-1")
    found = {}
    for metric in client.list_metrics(Namespace=namespace, MetricName=METRIC)["Metrics"]:
        queue = {d["Name"]: d["Value"] for d in metric["Dimensions"]}[DIMENSION]
        stats = client.get_metric_statistics(
            Namespace=namespace,
            MetricName=METRIC,
            Dimensions=metric["Dimensions"],
            Statistics=["Maximum"],
            StartTime=datetime.now(UTC) - timedelta(minutes=5),
            EndTime=datetime.now(UTC) + timedelta(minutes=1),
            Period=60,
        )
        found[queue] = max(point["Maximum"] for point in stats["Datapoints"])
    return found


def test_every_worker_publishes_the_queue_depth_for_autoscaling(tmp_path, cloudwatch, waiting) -> None:  # type: ignore[no-untyped-def]
    assert queue_depths(REDIS_DEPTH_URL) == waiting
    settings = Settings(
        data_dir=tmp_path / "data",
        redis_url=REDIS_DEPTH_URL,
        job_backend="celery",
        cloudwatch_namespace="FilmStudio/test",
        cloudwatch_endpoint_url=cloudwatch,
        cloudwatch_seconds=0.0,
    )
    upgrade(settings)
    stop = threading.Event()
    sweeper = start_sweeper(make_celery(settings), settings, stop, every=0.05)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(_published(cloudwatch, "FilmStudio/test")) < len(QUEUES):
            time.sleep(0.2)
    finally:
        stop.set()
        sweeper.join(10)
    assert _published(cloudwatch, "FilmStudio/test") == {queue: float(n) for queue, n in waiting.items()}


def test_redis_down_is_an_empty_count_and_a_publisher_needs_its_namespace() -> None:
    from filmstudio.worker.queue_depth import CloudWatchPublisher

    assert queue_depths("redis://127.0.0.1:1/0") == {}  # a scrape or a sweep goes on
    with pytest.raises(ValueError, match="CLOUDWATCH_NAMESPACE"):
        CloudWatchPublisher(Settings(redis_url=REDIS_DEPTH_URL, cloudwatch_namespace=None))
