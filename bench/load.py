"""The studio under many users, with Locust: each simulated user browses their films, creates one,
asks for it to be generated, polls the job and asks for the download, with a second or two of thought
between steps. 100, 500 and 1,000 users in turn, each level for a bounded time, against `filmstudio
serve` on PostgreSQL. Jobs go to a Celery queue nobody drains, so this measures the API, not rendering.

Prints per endpoint: requests per second, p50/p95/p99 and the error rate (a 404 for a film that is not
made yet is the expected answer, not an error).

`--limits`: instead, every user spends as fast as it can on the routes that cost CPU, money or quota
(voice samples, script readings, renders, purchases), over the per-account limits: it counts what
comes back per route. A 429 must carry Retry-After (then it is a success: the limit at work); a 5xx or
a 429 without it is a failure.

Run: `.venv/bin/python bench/load.py [--users 100,500,1000] [--seconds 30] [--web-workers 2] [--limits]`
(needs the `bench-load` extra, PostgreSQL and Redis)."""

from __future__ import annotations

import argparse
import itertools
import random
import time

import gevent
import httpx
from locust import HttpUser, between, task
from locust.env import Environment

from studio import running_studio

PASSWORD = "SecurePass123!"
ACCOUNTS = 40  # signing up is Argon2-bound by design: users share these accounts
SCRIPT = "The sea is calm this morning. The children walk to the lighthouse."


class Maker(HttpUser):
    wait_time = between(1, 2)
    tokens: list[str] = []
    _next = itertools.count()

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Bearer {self.tokens[next(self._next) % len(self.tokens)]}"}
        self.projects: list[str] = []
        self.jobs: list[str] = []

    @task(6)
    def browse(self) -> None:
        self.client.get("/api/v1/projects?per_page=20", headers=self.headers, name="GET /projects")
        if self.projects:
            self.client.get(
                f"/api/v1/projects/{random.choice(self.projects)}", headers=self.headers, name="GET /projects/{id}"
            )

    @task(2)
    def create(self) -> None:
        answer = self.client.post(
            "/api/v1/projects",
            headers=self.headers,
            name="POST /projects",
            json={"title": "Load", "script": SCRIPT, "settings": {"duration": 6}},
        )
        if answer.status_code == 201:
            self.projects.append(answer.json()["project_id"])

    @task(1)
    def generate(self) -> None:
        if not self.projects:
            return
        with self.client.post(
            f"/api/v1/projects/{self.projects.pop()}/generate",
            headers=self.headers,
            json={},
            name="POST /projects/{id}/generate",
            catch_response=True,
        ) as answer:
            if answer.status_code == 202:
                self.jobs.append(answer.json()["job_id"])
            elif answer.status_code in (
                402,
                409,
                429,
            ):  # out of credits, one film at a time, too many: the rules
                answer.success()

    @task(3)
    def poll(self) -> None:
        if self.jobs:
            job = random.choice(self.jobs)
            self.client.get(f"/api/v1/jobs/{job}", headers=self.headers, name="GET /jobs/{id}")
            with self.client.get(
                f"/api/v1/jobs/{job}/download",
                headers=self.headers,
                catch_response=True,
                name="GET /jobs/{id}/download",
            ) as answer:
                if answer.status_code == 404:  # not made yet: nobody renders in this benchmark
                    answer.success()


class Spender(HttpUser):
    """Asks for what costs, with no pause: the per-account limits answer most of it."""

    wait_time = between(0, 0.1)
    tokens: list[str] = []
    _next = itertools.count()
    seen: dict[str, dict[str, int]] = {}

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Bearer {self.tokens[next(self._next) % len(self.tokens)]}"}
        made = self.client.post(
            "/api/v1/projects",
            headers=self.headers,
            name="POST /projects",
            json={"title": "Spend", "script": SCRIPT, "settings": {"duration": 6}},
        )
        self.project = made.json().get("project_id", "none")

    def _spend(self, method: str, path: str, name: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        with self.client.request(
            method, path, headers=self.headers, name=name, catch_response=True, **kwargs
        ) as answer:
            status = answer.status_code
            kind = (
                "429"
                if status == 429 and answer.headers.get("Retry-After")
                else "cut at the stop"
                if status == 0
                else "429 without Retry-After"
                if status == 429
                else f"{status // 100}xx"
            )
            counts = self.seen.setdefault(name, {})
            counts[kind] = counts.get(kind, 0) + 1
            if status >= 500 or kind == "429 without Retry-After":
                answer.failure(kind)
            else:  # 2xx, a 429 with Retry-After, or a rule's refusal (402 no credits, 409 busy)
                answer.success()

    @task(3)
    def voice(self) -> None:
        self._spend("GET", "/api/v1/voices/preview?language=en&gender=female", "GET /voices/preview")

    @task(3)
    def read(self) -> None:
        self._spend("POST", "/api/v1/storyboard/preview", "POST /storyboard/preview", json={"script": SCRIPT})

    @task(1)
    def purchase(self) -> None:
        self._spend("POST", "/api/v1/credits/purchase", "POST /credits/purchase", json={"packs": 1})

    @task(1)
    def render(self) -> None:
        self._spend("POST", f"/api/v1/projects/{self.project}/generate", "POST /projects/{id}/generate", json={})


def accounts(api: str, count: int = ACCOUNTS) -> list[str]:
    tokens = []
    with httpx.Client(base_url=api, timeout=60) as client:
        for i in range(count):
            email = f"load{i}@example.com"
            client.post("/auth/register", json={"email": email, "password": PASSWORD})
            tokens.append(
                client.post("/auth/login", json={"email": email, "password": PASSWORD}).json()["access_token"]
            )
        admin = {"Authorization": f"Bearer {tokens[0]}"}  # the first account is the admin
        for user in client.get("/admin/users?q=load", headers=admin).json()["users"]:
            client.post(
                f"/admin/users/{user['user_id']}/credits", headers=admin, json={"amount": 5000, "reason": "load test"}
            )
            client.patch(f"/admin/users/{user['user_id']}", headers=admin, json={"tier": "enterprise"})
    return tokens


def run(host: str, users: int, seconds: int, user_class: type[HttpUser] = Maker) -> dict:
    env = Environment(user_classes=[user_class], host=host)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=max(50, users // 5))
    gevent.sleep(seconds)
    runner.quit()
    out = {}
    for entry in sorted(env.stats.entries.values(), key=lambda e: e.name):
        if entry.num_requests:
            out[entry.name] = {
                "rps": entry.num_requests / seconds,
                "p50": entry.get_response_time_percentile(0.5),
                "p95": entry.get_response_time_percentile(0.95),
                "p99": entry.get_response_time_percentile(0.99),
                "errors": entry.num_failures / entry.num_requests,
            }
    total = env.stats.total
    out["total"] = {
        "rps": total.num_requests / seconds,
        "p50": total.get_response_time_percentile(0.5),
        "p95": total.get_response_time_percentile(0.95),
        "p99": total.get_response_time_percentile(0.99),
        "errors": total.num_failures / max(1, total.num_requests),
    }
    out["failures"] = sorted(
        ((e.occurrences, f"{e.method} {e.name}: {e.error}") for e in env.stats.errors.values()), reverse=True
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", default="100,500,1000")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--limits", action="store_true", help="spend over the per-account limits")
    parser.add_argument(
        "--accounts",
        type=int,
        default=None,
        help=f"accounts the users share (default {ACCOUNTS}; 4 with --limits, so that each spends over its limits)",
    )
    args = parser.parse_args()
    database = args.database_url.rsplit("/", 1)[0] + f"/load_{int(time.time())}"
    import psycopg

    with psycopg.connect(args.database_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database.rsplit('/', 1)[1]}")
    env = {
        "FILMSTUDIO_DATABASE_URL": database,
        "FILMSTUDIO_JOB_BACKEND": "celery",
        "FILMSTUDIO_REDIS_URL": "redis://127.0.0.1:6379/14",
        "FILMSTUDIO_WEB_WORKERS": str(args.web_workers),
        "FILMSTUDIO_REGISTER_LIMIT_PER_MINUTE": "100000",
        "FILMSTUDIO_LOGIN_LIMIT_PER_MINUTE": "100000",
    }
    with running_studio(**env) as (api, port):
        Maker.tokens = Spender.tokens = accounts(api, args.accounts or (4 if args.limits else ACCOUNTS))
        user_class = Spender if args.limits else Maker
        print(
            f"PostgreSQL, {args.web_workers} uvicorn processes, 2 cores shared with Locust; {args.seconds} s per level"
        )
        for users in (int(u) for u in args.users.split(",")):
            Spender.seen = {}
            results = run(f"http://127.0.0.1:{port}", users, args.seconds, user_class)
            print(f"\n{users} users")
            failures = results.pop("failures")
            for name, r in results.items():
                print(
                    f"  {name:<30} {r['rps']:7.1f} req/s  p50 {r['p50']:6.0f} ms  p95 {r['p95']:6.0f} ms  "
                    f"p99 {r['p99']:6.0f} ms  errors {r['errors']:.1%}"
                )
            for count, what in failures[:5]:
                print(f"  failed {count}x  {what[:160]}")
            for name, counts in sorted(Spender.seen.items()):
                print(f"  {name:<30} " + "  ".join(f"{kind}: {n}" for kind, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
