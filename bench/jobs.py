"""Jobs per hour through the API, and API latency while the embedded worker renders.

Starts `filmstudio serve` (embedded defaults: SQLite, one embedded worker), queues N films of the example
script (720p, 24 fps, ~20 s), and while they render measures GET /projects and GET /jobs/{id} latency with
a steady stream of requests from this process. Prints films per hour and p50/p99.
Run: `.venv/bin/python bench/jobs.py [--films 3]`
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import httpx

from studio import running_studio

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "SecurePass123!"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--films", type=int, default=3)
    args = parser.parse_args()
    with running_studio() as (base, _):
        script = (ROOT / "examples" / "mountain_story.txt").read_text()
        jobs = []
        client = httpx.Client(timeout=30)
        for i in range(args.films):
            email = f"bench{i}@example.com"
            client.post(f"{base}/auth/register", json={"email": email, "password": PASSWORD})
            token = client.post(f"{base}/auth/login", json={"email": email, "password": PASSWORD}).json()[
                "access_token"
            ]
            headers = {"Authorization": f"Bearer {token}"}
            project = client.post(
                f"{base}/projects", headers=headers, json={"title": f"Film {i}", "script": script}
            ).json()
            jobs.append(
                (
                    headers,
                    client.post(f"{base}/projects/{project['project_id']}/generate", headers=headers, json={}).json()[
                        "job_id"
                    ],
                )
            )
        started = time.perf_counter()
        latencies: list[float] = []
        pending = {job_id for _, job_id in jobs}
        durations = []
        while pending:
            for headers, job_id in jobs:
                t = time.perf_counter()
                client.get(f"{base}/projects", headers=headers)
                latencies.append(time.perf_counter() - t)
                t = time.perf_counter()
                job = client.get(f"{base}/jobs/{job_id}", headers=headers).json()
                latencies.append(time.perf_counter() - t)
                if job_id in pending and job["status"] in ("completed", "failed"):
                    pending.discard(job_id)
                    durations.append(job["status"])
            time.sleep(0.05)
        wall = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"{args.films} films ({durations.count('completed')} completed) in {wall:.1f} s: "
        f"{3600 * args.films / wall:.0f} films per hour (one embedded worker, 2 cores)"
    )
    print(
        f"API while rendering: {len(latencies)} requests, p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {p99 * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
