"""What each process of a deployed studio must be given. The processes check it when they start outside
development (they refuse to start, naming every missing setting), and the deployment files' test reads
compose, the Helm chart and the Terraform against the same table: one source for both."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from filmstudio.config import Settings, looks_like_placeholder

PORT = 8000
HEALTH_PATH = "/healthz"  # the process answers: liveness
READY_PATH = "/readyz"  # the database and the broker answer: readiness
METRICS_PATH = "/metrics"  # Prometheus, behind FILMSTUDIO_METRICS_TOKEN outside development


@dataclass(frozen=True)
class Process:
    name: str
    command: str  # what the image runs, as the deployments write it (a prefix of their command)
    required: tuple[str, ...]  # environment variables that must be set, outside development
    values: tuple[tuple[str, str], ...] = ()  # variables whose value is fixed for this process


_EVERY = (
    "FILMSTUDIO_ENVIRONMENT",
    "FILMSTUDIO_SECRET_KEY",
    "FILMSTUDIO_TOKEN_ENCRYPTION_KEY",
    "FILMSTUDIO_DATABASE_URL",
    "FILMSTUDIO_REDIS_URL",
    "FILMSTUDIO_JOB_BACKEND",
    "FILMSTUDIO_S3_BUCKET",
)

PROCESSES = {
    "api": Process(
        "api",
        "filmstudio serve",
        (*_EVERY, "FILMSTUDIO_METRICS_TOKEN"),
        (("FILMSTUDIO_JOB_BACKEND", "celery"),),
    ),
    "worker": Process("worker", "filmstudio worker", _EVERY, (("FILMSTUDIO_JOB_BACKEND", "celery"),)),
    "worker-gpu": Process(
        "worker-gpu",
        "filmstudio worker",
        (*_EVERY, "FILMSTUDIO_WORKER_GPU"),
        (("FILMSTUDIO_JOB_BACKEND", "celery"), ("FILMSTUDIO_WORKER_GPU", "true")),
    ),
    "migrate": Process("migrate", "filmstudio db upgrade", ("FILMSTUDIO_ENVIRONMENT", "FILMSTUDIO_DATABASE_URL")),
}

# Values that are secrets wherever they are set: a deployment passes them from a secret store
# (Secrets Manager, a Kubernetes Secret, an .env file kept out of the repository), never as plain text.
SECRETS = frozenset(
    {
        "FILMSTUDIO_SECRET_KEY",
        "FILMSTUDIO_TOKEN_ENCRYPTION_KEY",
        "FILMSTUDIO_DATABASE_URL",
        "FILMSTUDIO_REDIS_URL",
        "FILMSTUDIO_METRICS_TOKEN",
        "FILMSTUDIO_S3_SECRET_ACCESS_KEY",
        "FILMSTUDIO_STRIPE_SECRET_KEY",
        "FILMSTUDIO_STRIPE_WEBHOOK_SECRET",
        "FILMSTUDIO_OPENAI_API_KEY",
        "FILMSTUDIO_ANTHROPIC_API_KEY",
        "FILMSTUDIO_YOUTUBE_CLIENT_SECRET",
    }
)


def _field(name: str) -> str:
    """The Settings field a variable sets: FILMSTUDIO_DATABASE_URL -> database_url."""
    return name.removeprefix("FILMSTUDIO_").lower()


def missing_settings(settings: Settings, process: str) -> list[str]:
    """The variables `process` needs and `settings` lacks (or has with the wrong value); none in
    development, where the studio runs on its embedded defaults."""
    if settings.environment == "development":
        return []
    wanted = PROCESSES[process]
    fixed = dict(wanted.values)
    missing = []
    for name in wanted.required:
        value = getattr(settings, _field(name))
        if name in fixed:
            if str(value).lower() != fixed[name]:
                missing.append(f"{name}={fixed[name]}")  # "must be set" to this value
        elif value in (None, "", False):
            missing.append(name)
    return missing


_URLS = ("FILMSTUDIO_DATABASE_URL", "FILMSTUDIO_REDIS_URL")  # secrets by the password inside them
_KEYS = ("FILMSTUDIO_SECRET_KEY", "FILMSTUDIO_TOKEN_ENCRYPTION_KEY")  # checked by the settings' own resolvers


def placeholder_secrets(settings: Settings) -> list[str]:
    """The secrets still holding an example's placeholder: the passwords inside the database and Redis
    URLs included (an example's "replace-me" reaches them through compose's .env)."""
    found = []
    for name in sorted(SECRETS - set(_KEYS)):
        value = getattr(settings, _field(name))
        if name in _URLS:
            value = urlsplit(value).password if value else None
        if value and looks_like_placeholder(value):
            found.append(f"{name} (its password)" if name in _URLS else name)
    return found


def check_process(settings: Settings, process: str) -> None:
    """Refuse to start a process outside development without what it needs or with an example's
    placeholder for a secret, naming all of it at once."""
    if settings.environment == "development":
        return
    missing = missing_settings(settings, process)
    problems = [f"{name} must be set" for name in missing]
    problems += [f"{name} is an example's placeholder" for name in placeholder_secrets(settings)]
    resolvers = {
        "FILMSTUDIO_SECRET_KEY": settings.resolved_secret_key,
        "FILMSTUDIO_TOKEN_ENCRYPTION_KEY": settings.resolved_token_key,
    }
    for name, resolve in resolvers.items():
        try:
            if name in PROCESSES[process].required and name not in missing:
                resolve()  # the key's own checks: length, format, placeholders
        except ValueError as exc:
            problems.append(str(exc))
    if problems:
        raise ValueError(
            f"the {process} process cannot start (FILMSTUDIO_ENVIRONMENT={settings.environment}): "
            + "; ".join(problems)
        )
