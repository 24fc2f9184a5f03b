"""API latency under concurrent load, measured with wrk against `filmstudio serve`.

Starts the studio on a fresh data folder (SQLite by default; pass --database-url for PostgreSQL), signs a
user up, creates 50 projects, warms each serve process up for 3 s (not counted), then loads GET /projects
and POST /auth/login and prints p50/p99.
The login limit is raised for the run: this measures the handlers, not the limiter.
Run: `.venv/bin/python bench/api_load.py [--database-url postgresql://...] [--seconds 15] [--connections 16]
[--web-workers 2]`
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from studio import running_studio

PASSWORD = "SecurePass123!"


def wrk(url: str, *, seconds: int, connections: int, headers: dict[str, str], script: Path | None = None) -> dict:
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for key, value in headers.items():
        args += ["-H", f"{key}: {value}"]
    if script:
        args += ["-s", str(script)]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    pct = {m.group(1): _ms(m.group(2)) for m in re.finditer(r"^\s+(50|99)%\s+(\S+)", out, re.M)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "p50_ms": pct.get("50"),
        "p99_ms": pct.get("99"),
        "requests_per_s": rps,
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--web-workers", type=int, default=1, help="serve processes (one per core)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    env = {"FILMSTUDIO_LOGIN_LIMIT_PER_MINUTE": "100000000", "FILMSTUDIO_WEB_WORKERS": str(args.web_workers)}
    if args.database_url:
        env["FILMSTUDIO_DATABASE_URL"] = args.database_url
    with running_studio(**env) as (base, port):
        email = f"load{port}@example.com"
        httpx.post(f"{base}/auth/register", json={"email": email, "password": PASSWORD})
        token = httpx.post(f"{base}/auth/login", json={"email": email, "password": PASSWORD}).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        for i in range(50):
            httpx.post(f"{base}/projects", headers=auth, json={"title": f"Film {i}", "script": "A story."})
        script = Path(tempfile.mkdtemp(prefix="filmstudio-wrk-")) / "login.lua"
        script.write_text(
            'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = {json.dumps(json.dumps({'email': email, 'password': PASSWORD}))}\n"
        )
        # a warm-up, not counted: each serve process's first requests compile its statements and routes
        wrk(f"{base}/projects", seconds=3, connections=args.connections, headers=auth)
        results = {
            "GET /projects": wrk(f"{base}/projects", seconds=args.seconds, connections=args.connections, headers=auth),
            "POST /auth/login": wrk(
                f"{base}/auth/login",
                seconds=args.seconds,
                connections=args.connections,
                headers={},
                script=script,
            ),
        }
    backend = "PostgreSQL" if args.database_url else "SQLite"
    print(
        f"{backend}, {args.connections} connections, {args.seconds} s each, {args.web_workers} serve process(es), "
        f"{os.cpu_count()} cores"
    )
    for name, r in results.items():
        print(
            f"{name:<18} p50 {r['p50_ms']:8.2f} ms   p99 {r['p99_ms']:8.2f} ms   {r['requests_per_s']:8.1f} req/s"
            f"   non-2xx {r['non_2xx']}"
        )


if __name__ == "__main__":
    main()
