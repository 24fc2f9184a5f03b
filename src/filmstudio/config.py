"""The one Settings object. Every value can be set from the environment with the FILMSTUDIO_ prefix."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FILMSTUDIO_", env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path(".filmstudio"), description="Local state: cache, media, database.")
    cache_dir: Path | None = Field(default=None, description="Asset cache; defaults to DATA_DIR/cache.")
    assets_dir: Path = Field(
        default=Path(sys.prefix) / "share" / "filmstudio",
        description="Drawing assets installed at set-up (`filmstudio assets install`).",
    )

    max_script_bytes: int = 200_000
    ffmpeg: str = "ffmpeg"
    ffprobe: str = "ffprobe"
    x264_preset: str = "veryfast"
    x264_crf: int = 20
    target_lufs: float = -14.0

    # The studio service. DATABASE_URL (with or without the prefix) switches to PostgreSQL.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("FILMSTUDIO_DATABASE_URL", "DATABASE_URL")
    )
    redis_url: str | None = None  # rate limits shared between processes when set
    secret_key: str | None = None  # signs access tokens; made and kept in DATA_DIR when unset
    environment: str = "development"
    access_token_seconds: int = 3600
    refresh_token_days: int = 30
    metrics_token: str | None = None  # when set, /metrics answers only `Authorization: Bearer <token>`
    log_format: str = "text"  # "json": one object per line with request and job ids, for log pipelines
    host: str = "127.0.0.1"
    port: int = 8000
    web_workers: int = 1  # `filmstudio serve` processes; one per core answers the most requests
    login_limit_per_minute: int = 10  # per client address and per account
    register_limit_per_minute: int = 5
    # What a signed-in caller (per account, and per API key) may ask per minute of the routes that spend
    # CPU, money or quota; over it: 429 with Retry-After. Keys are the routes' scopes (api/limits.py).
    spend_limits_per_minute: dict[str, int] = Field(
        default_factory=lambda: {
            "voice": 20,  # a voice sample: about half a second of CPU each
            "read": 60,  # reading a script or storyboard again (analysis, estimates, stills)
            "render": 10,  # a film (credits are the other limit)
            "write": 5,  # a script from an idea: a paid language model
            "publish": 5,  # a YouTube upload: the studio's daily quota
            "billing": 10,  # Stripe: checkouts, purchases, plan changes
            "salesforce": 5,  # a sync: the org's API calls
        }
    )
    # Addresses (IPs or CIDR networks, comma-separated) of the proxies in front of the studio, whose
    # X-Forwarded-For / X-Forwarded-Proto are believed: behind a load balancer the client is then the real
    # one; from any other peer the headers are ignored, so nobody can spoof an address. Empty: none.
    forwarded_allow_ips: str = ""

    # Jobs: "embedded" runs renders in worker processes started by `filmstudio serve`; "celery" sends job
    # ids to Celery workers (`filmstudio worker`) over REDIS_URL.
    job_backend: str = "embedded"
    embedded_workers: int = 1
    job_stale_seconds: float = 20.0  # a job whose worker has not beaten for this long is taken up again

    # Engine choice per kind; "auto" picks the best installed offline engine for each language.
    tts_engine: str = "auto"
    # speaks every language: lines in another language than their voice, chanted verses, and the
    # phonemes of words whose clip came without phoneme timings
    any_language_tts_engine: str = "espeak"
    image_engine: str = "painter"
    lipsync_engine: str = "visemes"
    music_engine: str = "composer"
    translate_engine: str = "apertium"

    # GPU engines (`pip install 'filmstudio[gpu]'`): weights are read only from these local folders,
    # never fetched. Choose them with the engine settings above (image "sdxl", lipsync "wav2lip", music
    # "musicgen", tts "bark"), per run (`filmstudio render --image-engine sdxl`) or per project.
    gpu_device: str = "auto"  # auto (CUDA when present, else CPU with a warning), cuda, cuda:1, cpu
    sdxl_model_path: Path | None = None  # a diffusers SDXL base folder (model_index.json, unet/, vae/…)
    sdxl_refiner_path: Path | None = None  # optional SDXL refiner folder, run on the base's latents
    sdxl_controlnet_path: Path | None = None  # optional SDXL ControlNet (OpenPose): people where shots put them
    sdxl_lora_dir: Path | None = None  # optional: <character id>.safetensors, one LoRA per recurring character
    sdxl_steps: int = 30
    sdxl_size: int = 1024  # the long side painted at (SDXL's native size), before scaling to the frame
    sdxl_guidance: float = 6.5
    wav2lip_checkpoint_path: Path | None = None  # wav2lip.pth / wav2lip_gan.pth (96×96 faces)
    musicgen_model_path: Path | None = None  # a transformers MusicGen folder (config.json, weights, tokenizer)
    bark_model_path: Path | None = None  # a transformers Bark folder (config.json, weights, tokenizer)
    # the Bark folder's speaker presets the studio casts, each with the gender it sounds ("v2/en_speaker_9":
    # "female"); presets not listed are cast as neutral voices
    bark_voices: dict[str, str] = Field(default_factory=dict)
    # a GPU worker takes jobs from the GPU queue (and the default one); jobs whose engines need a GPU are
    # sent there by the Celery backend
    worker_gpu: bool = False
    gpu_queue: str = "gpu"
    # Queue depth published to CloudWatch (namespace, metric QueueDepth, dimension Queue) every minute by
    # each worker's sweeper, for autoscaling on AWS; unset: not published. The endpoint is for tests.
    cloudwatch_namespace: str | None = None
    cloudwatch_seconds: float = 60.0
    cloudwatch_endpoint_url: str | None = None

    # Media in an S3-compatible bucket (set S3_BUCKET); the local folder MEDIA_DIR otherwise. The asset
    # cache is mirrored under CACHE_PREFIX in the same bucket, so every worker reuses voices and pictures.
    s3_bucket: str | None = None
    s3_prefix: str = ""
    s3_region: str = "us-east-1"
    s3_endpoint_url: str | None = None  # SeaweedFS, MinIO, R2…; None for AWS
    s3_public_endpoint_url: str | None = None  # the address browsers reach, when links must use another
    s3_access_key_id: str | None = None  # None: the machine's own AWS credentials (an IAM role)
    s3_secret_access_key: str | None = None
    # auto: path for a custom endpoint, virtual-hosted for AWS
    s3_addressing_style: Literal["auto", "virtual", "path"] = "auto"
    s3_cache: bool = True

    # Language models (writing scripts from ideas, reading scripts, translating, metadata). "auto" picks
    # the local model when one is installed, else a configured API (OpenAI-compatible, then Anthropic);
    # "none" turns them off. Keys are never logged.
    llm_engine: str = "auto"
    llm_timeout_seconds: float = 120.0
    llm_max_retries: int = 3  # the client libraries' own retries: backoff, and Retry-After on 429
    llm_enhance_analysis: bool = False  # ask the LLM for what the rule-based analysis guesses badly
    openai_api_key: str | None = None
    openai_base_url: str | None = None  # any server speaking the protocol: Ollama, llama.cpp, vLLM, …
    openai_model: str = "gpt-4o-mini"
    anthropic_api_key: str | None = None
    anthropic_base_url: str | None = None
    anthropic_model: str = "claude-sonnet-4-6"
    llm_model_path: Path | None = None  # a GGUF file for the in-process engine (llama-cpp-python)
    llm_context_tokens: int = 8192

    # Tokens of other services (YouTube) are encrypted at rest with this Fernet key (44 url-safe base64
    # characters: `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`).
    # In development it is derived from the signing key when unset.
    token_encryption_key: str | None = None

    # YouTube (Google OAuth 2.0 and the YouTube Data API v3). The URLs are settings so that the same code
    # talks to Google or to a local server speaking the same protocol.
    youtube_client_id: str | None = None
    youtube_client_secret: str | None = None
    youtube_redirect_uri: str = "http://127.0.0.1:8000/youtube/callback"
    youtube_auth_url: str = "https://accounts.google.com/o/oauth2/v2/auth"
    youtube_token_url: str = "https://oauth2.googleapis.com/token"
    youtube_revoke_url: str = "https://oauth2.googleapis.com/revoke"
    youtube_api_url: str = "https://youtube.googleapis.com/"
    youtube_ca_bundle: Path | None = None  # extra CA certificates to trust (a test server, a TLS proxy)
    youtube_daily_quota: int = 10_000  # units per Google project per Pacific day
    youtube_chunk_bytes: int = 8 * 1024 * 1024  # a multiple of 256 KiB
    youtube_retries: int = 6  # per chunk or call, after a dropped connection or a 5xx
    youtube_retry_seconds: float = 1.0  # the first backoff; doubled each time

    # Billing with Stripe: keys, the webhook secret, one price per paid plan and one for the credit pack.
    # The API base is a setting so that the same code talks to Stripe or to a local server speaking its
    # protocol. In development without Stripe.js, the plans page pays with Stripe's test payment methods.
    stripe_secret_key: str | None = None
    stripe_publishable_key: str | None = None
    stripe_webhook_secret: str | None = None
    stripe_webhook_tolerance: int = 300  # seconds a signed event stays valid
    stripe_api_base: str = "https://api.stripe.com"
    stripe_price_standard: str | None = None
    stripe_price_pro: str | None = None
    stripe_price_enterprise: str | None = None
    stripe_price_credit_pack: str | None = None
    billing_grace_days: int = 7  # a past-due subscription keeps its plan this long, then goes back to Free
    # the browser's side: origins allowed to call the API from their pages (none: CORS closed), and the
    # largest request body taken (a script is at most 100,000 characters; webhooks are small)
    cors_origins: list[str] = Field(default_factory=list)
    api_key_requests_per_minute: int = 120  # per key
    first_user_admin: bool = True  # the studio's first account is its admin (`filmstudio admin grant` adds more)
    max_request_bytes: int = 2 * 1024 * 1024
    # Salesforce (OAuth 2.0 JWT bearer flow: a connected app's consumer key, the integration user, and the
    # private key whose certificate the app holds). Set all three to mirror the studio into Salesforce.
    salesforce_login_url: str = "https://login.salesforce.com"
    salesforce_consumer_key: str | None = None
    salesforce_username: str | None = None
    salesforce_private_key_path: Path | None = None
    salesforce_api_version: str = "58.0"
    salesforce_session_seconds: int = 7200  # the org's session timeout: a token is reused until then
    salesforce_ca_bundle: Path | None = None  # extra CA certificates to trust (a test server, a TLS proxy)
    salesforce_drain_seconds: float = 5.0  # how often workers send the outbox's changes
    salesforce_retry_seconds: float = 2.0  # the first retry's delay; it doubles, up to 15 minutes

    @property
    def salesforce_enabled(self) -> bool:
        return bool(self.salesforce_consumer_key and self.salesforce_username and self.salesforce_private_key_path)

    @property
    def resolved_cache_dir(self) -> Path:
        return self.cache_dir or self.data_dir / "cache"

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            url = self.database_url
            if url.startswith("postgres://"):
                url = "postgresql://" + url[len("postgres://") :]
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://") :]
            return url
        return f"sqlite:///{(self.data_dir / 'studio.db').resolve()}"

    def resolved_secret_key(self) -> str:
        """The signing key: from settings, or one made once and kept in the data folder. Outside
        development a key must be configured, and placeholders are refused."""
        if self.secret_key:
            if self.environment != "development" and (
                len(self.secret_key) < 32 or looks_like_placeholder(self.secret_key)
            ):
                raise ValueError("FILMSTUDIO_SECRET_KEY is a placeholder or too short (32+ characters needed)")
            return self.secret_key
        if self.environment != "development":
            raise ValueError("FILMSTUDIO_SECRET_KEY must be set outside development")
        return _kept_secret(self.data_dir / "secret_key")

    def resolved_token_key(self) -> bytes:
        """The Fernet key for tokens at rest: configured (and checked) outside development, derived from
        the signing key in development when unset."""
        import base64
        import hashlib

        key = self.token_encryption_key
        if key:
            try:
                raw = base64.urlsafe_b64decode(key.encode())
            except ValueError:
                raw = b""
            if len(raw) != 32:
                raise ValueError("FILMSTUDIO_TOKEN_ENCRYPTION_KEY must be a Fernet key (32 bytes, url-safe base64)")
            if self.environment != "development" and (len(set(raw)) < 8 or looks_like_placeholder(key)):
                raise ValueError("FILMSTUDIO_TOKEN_ENCRYPTION_KEY is a placeholder")
            return key.encode()
        if self.environment != "development":
            raise ValueError("FILMSTUDIO_TOKEN_ENCRYPTION_KEY must be set outside development")
        digest = hashlib.sha256(b"filmstudio tokens at rest\0" + self.resolved_secret_key().encode()).digest()
        return base64.urlsafe_b64encode(digest)


# Words the examples' placeholders are made of: a value with one of them was copied, not generated. Long
# words anywhere ("changeme"); short ones only as words, which a random key of 44 characters would
# otherwise hold by chance once in a few thousand.
_PLACEHOLDER_WORDS = (
    "replace",
    "change",
    "example",
    "placeholder",
    "dummy",
    "sample",
    "secret",
    "password",
    "insert",
    "generate",
)
_PLACEHOLDER_TOKENS = re.compile(r"(?<![a-z0-9])(your|todo|fixme|xxxx+)(?![a-z0-9])")


def looks_like_placeholder(value: str) -> bool:
    """A secret left as the examples wrote it ("replace-me", "change-this", "<your key>") or too plain
    to be random (a generated key has more than 6 different characters)."""
    lowered = value.lower()
    return (
        any(word in lowered for word in _PLACEHOLDER_WORDS)
        or bool(_PLACEHOLDER_TOKENS.search(lowered))
        or len(set(value)) <= 6
        or "<" in value
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()


@lru_cache(maxsize=16)
def _kept_secret(path: Path) -> str:
    """The development signing key kept in the data folder, read once per process (every signed-in
    request needs it)."""
    if not path.exists():
        import secrets

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()
