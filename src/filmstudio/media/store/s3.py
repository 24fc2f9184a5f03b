"""The media store in an S3-compatible bucket (AWS S3, SeaweedFS, MinIO, R2, …) through boto3: workers on
any machine put finished files there, the API signs GET links (content type and a safe download name),
and the `/media` route can stream byte ranges from it too. Large films go up in parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from filmstudio.errors import NotConfigured, NotFound
from filmstudio.media.store.base import CHUNK, check_key
from filmstudio.media.store.kinds import MIME_TYPES

if TYPE_CHECKING:
    from types_boto3_s3.client import S3Client  # the dev extra's stubs (types-boto3[s3])

    from filmstudio.config import Settings

PART_BYTES = 8 * 1024 * 1024  # multipart above this, in parts of this size
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def download_name(key: str) -> str:
    """A file name safe in a Content-Disposition header, whatever the key holds."""
    name = _UNSAFE.sub("_", PurePosixPath(key).name).strip("._") or "file"
    return name[:120]


class S3MediaStore:
    def __init__(
        self, *, bucket: str, prefix: str = "", client: S3Client, signing_client: S3Client | None = None
    ) -> None:
        self.bucket, self.prefix = bucket, prefix.strip("/")
        self._s3 = client
        self._signer = signing_client or client  # may sign for a public endpoint (a CDN, a proxy)

    @classmethod
    def from_settings(cls, settings: Settings) -> S3MediaStore:
        import boto3
        from botocore.config import Config

        def make(endpoint: str | None) -> S3Client:
            return boto3.client(
                "s3",
                region_name=settings.s3_region,
                endpoint_url=endpoint,
                aws_access_key_id=settings.s3_access_key_id,
                aws_secret_access_key=settings.s3_secret_access_key,
                config=Config(
                    signature_version="s3v4",
                    retries={"max_attempts": 5, "mode": "standard"},
                    s3={"addressing_style": style},
                ),
            )

        style = settings.s3_addressing_style
        if style == "auto":
            style = "path" if settings.s3_endpoint_url else "virtual"

        if not settings.s3_bucket:  # media_store() picks this store only when one is set
            raise NotConfigured("No S3 bucket is set (FILMSTUDIO_S3_BUCKET).")
        client = make(settings.s3_endpoint_url)
        signer = make(settings.s3_public_endpoint_url) if settings.s3_public_endpoint_url else client
        return cls(bucket=settings.s3_bucket, prefix=settings.s3_prefix, client=client, signing_client=signer)

    def _key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def put(self, key: str, source: Path, *, content_type: str) -> int:
        from boto3.s3.transfer import TransferConfig

        size = source.stat().st_size
        config = TransferConfig(multipart_threshold=PART_BYTES, multipart_chunksize=PART_BYTES, use_threads=False)
        # one PUT, or a multipart upload completed at once: readers see the whole file or none
        self._s3.upload_file(
            str(source), self.bucket, self._key(key), Config=config, ExtraArgs={"ContentType": content_type}
        )
        source.unlink(missing_ok=True)
        return size

    def size(self, key: str) -> int:
        try:
            return int(self._s3.head_object(Bucket=self.bucket, Key=self._key(key))["ContentLength"])
        except self._s3.exceptions.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise NotFound("File not found.") from None
            raise

    def read(self, key: str, *, start: int = 0, length: int | None = None) -> Iterator[bytes]:
        if length == 0:
            return
        end = "" if length is None else str(start + length - 1)
        try:
            response = self._s3.get_object(Bucket=self.bucket, Key=self._key(key), Range=f"bytes={start}-{end}")
        except self._s3.exceptions.NoSuchKey:
            raise NotFound("File not found.") from None
        body = response["Body"]
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    def signed_url(self, key: str, *, expires_in: int = 3600) -> str:
        suffix = PurePosixPath(key).suffix.lstrip(".")
        params = {
            "Bucket": self.bucket,
            "Key": self._key(key),
            "ResponseContentDisposition": f'inline; filename="{download_name(key)}"',
        }
        if suffix in MIME_TYPES:
            params["ResponseContentType"] = MIME_TYPES[suffix]
        return self._signer.generate_presigned_url("get_object", Params=params, ExpiresIn=expires_in)

    def delete(self, key: str) -> None:
        self._s3.delete_object(Bucket=self.bucket, Key=self._key(key))

    def ensure_bucket(self) -> bool:
        """Make the bucket when it does not exist yet (a first server); True when it was made."""
        try:
            self._s3.head_bucket(Bucket=self.bucket)
            return False
        except self._s3.exceptions.ClientError:
            self._s3.create_bucket(Bucket=self.bucket)
            return True

    def ping(self) -> None:
        self._s3.head_bucket(Bucket=self.bucket)

    # the asset cache's remote half: whole files by key
    def fetch(self, key: str, target: Path) -> bool:
        try:
            self._s3.download_file(self.bucket, self._key(key), str(target))
            return True
        except self._s3.exceptions.ClientError:
            return False

    def keep(self, key: str, source: Path) -> None:
        self._s3.upload_file(str(source), self.bucket, self._key(key))
