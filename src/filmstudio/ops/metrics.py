"""Prometheus metrics at /metrics: requests by route and status with latency histograms (this process),
and, read from the database at each scrape so that every process's work counts: jobs by state, the
queue's depth, step durations, credits charged and refunded."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from sqlalchemy import func, select

from filmstudio.models import CreditTransaction, Job, JobStep

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


QueueDepth = Callable[[], dict[str, int]]  # messages waiting in each queue (worker/queue_depth.py)


class StudioCollector:
    def __init__(self, sessions: Any, queue_depth: QueueDepth | None = None) -> None:
        self.sessions, self.queue_depth = sessions, queue_depth

    def collect(self) -> Iterator[Metric]:
        jobs = GaugeMetricFamily("filmstudio_jobs", "Jobs by state.", labels=["status"])
        steps = CounterMetricFamily(
            "filmstudio_step_duration_seconds", "Seconds spent in finished job steps.", labels=["step"]
        )
        finished = CounterMetricFamily(
            "filmstudio_steps_finished", "Job steps finished, by result.", labels=["step", "status"]
        )
        credits = CounterMetricFamily("filmstudio_credits", "Credits moved, by ledger type.", labels=["type"])
        depth = GaugeMetricFamily("filmstudio_queue_depth", "Jobs waiting for a worker.", labels=["queue"])
        with self.sessions() as session:
            for status, count in session.execute(select(Job.status, func.count()).group_by(Job.status)):
                jobs.add_metric([status], count)
            for step, total in session.execute(
                select(JobStep.step_name, func.coalesce(func.sum(JobStep.duration_seconds), 0))
                .where(JobStep.status.in_(("completed", "failed")))
                .group_by(JobStep.step_name)
            ):
                steps.add_metric([step], float(total))
            for step, status, count in session.execute(
                select(JobStep.step_name, JobStep.status, func.count())
                .where(JobStep.status.in_(("completed", "failed")))
                .group_by(JobStep.step_name, JobStep.status)
            ):
                finished.add_metric([step, status], count)
            for type_, total in session.execute(
                select(CreditTransaction.type, func.coalesce(func.sum(func.abs(CreditTransaction.amount)), 0)).group_by(
                    CreditTransaction.type
                )
            ):
                credits.add_metric([type_], float(total))
            queued = session.scalar(select(func.count()).where(Job.status == "queued")) or 0
        depth.add_metric(["database"], queued)
        for name, length in (self.queue_depth() if self.queue_depth else {}).items():
            depth.add_metric([name], length)
        yield from (jobs, steps, finished, credits, depth)


class Metrics:
    def __init__(self, sessions: Any, queue_depth: QueueDepth | None = None) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "filmstudio_http_requests",
            "HTTP requests by route and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "filmstudio_http_request_seconds",
            "HTTP request latency by route.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(StudioCollector(sessions, queue_depth))

    def observe(self, method: str, route: str, status: int, started: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(time.perf_counter() - started)
