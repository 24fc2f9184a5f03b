# AI Film Studio images: `api` (the studio: API, web studio, embedded scheduler) and `worker` (Celery
# workers rendering films on the CPU). Multi-stage: build the virtual environment once, copy it into a
# slim runtime with the system tools the engines call (ffmpeg, espeak-ng, festival, fluidsynth, apertium).
# Build: docker build --target api -t filmstudio-api .   docker build --target worker -t filmstudio-worker .

FROM python:3.11.11-slim-bookworm AS build
# Build tools for the build stage only (not in the images). Unpinned: bookworm's point releases replace the
# versions, and the base image's tag pins the release.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-cache-dir --upgrade pip==24.3.1 \
 && /opt/venv/bin/pip install --no-cache-dir . \
 && /opt/venv/bin/filmstudio assets install

FROM python:3.11.11-slim-bookworm AS runtime
COPY scripts/setup-system.sh /tmp/setup-system.sh
RUN /tmp/setup-system.sh && rm -rf /var/lib/apt/lists/* /tmp/setup-system.sh \
 && groupadd --system --gid 10001 studio \
 && useradd --system --uid 10001 --gid studio --home-dir /var/lib/filmstudio --create-home studio
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    FILMSTUDIO_DATA_DIR=/var/lib/filmstudio \
    FILMSTUDIO_LOG_FORMAT=json
USER 10001:10001
WORKDIR /var/lib/filmstudio

FROM runtime AS api
ENV FILMSTUDIO_HOST=0.0.0.0 FILMSTUDIO_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
CMD ["filmstudio", "serve"]

FROM runtime AS worker
ENV FILMSTUDIO_JOB_BACKEND=celery
# this container's own Celery node (celery@<hostname>), not any worker on the broker
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 \
  CMD ["sh", "-c", "celery --app filmstudio.worker.celery_cli inspect ping --destination \"celery@$HOSTNAME\" --timeout 10 || exit 1"]
STOPSIGNAL SIGTERM
CMD ["filmstudio", "worker", "--concurrency", "1"]
