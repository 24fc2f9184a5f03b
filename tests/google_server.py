"""A local peer for Google's OAuth 2.0 and the YouTube Data API v3, speaking the parts the studio uses,
over real HTTP, so the real `google-api-python-client` and `google-auth` drive it. It checks what it
receives (client credentials, PKCE, bearer tokens, chunk offsets, content types) and keeps what was
uploaded, byte for byte. Faults a test can ask for: a dropped connection mid-chunk, 5xx answers, all
access tokens expiring mid-upload, a revoked grant, an exhausted quota.

No test reaches Google: the studio is pointed here by its settings (auth, token, revoke, API URLs)."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from tests.fake_server import FakeServer, StateServer

CLIENT_ID = "studio-test.apps.googleusercontent.com"
CLIENT_SECRET = "test-secret-" + "x" * 20
COSTS = {
    "channels.list": 1,
    "playlists.list": 1,
    "videos.insert": 1600,
    "thumbnails.set": 50,
    "captions.insert": 400,
    "playlists.insert": 50,
    "playlistItems.insert": 50,
}


@dataclass
class Upload:
    metadata: dict
    total: int
    content_type: str
    token_owner: str
    query: dict
    data: bytearray = field(default_factory=bytearray)


@dataclass
class Faults:
    drop_at: int | None = None  # drop the connection of chunks that reach past this byte…
    drops: int = 0  # …this many times, keeping the first half of the chunk each time
    server_errors: int = 0  # answer the next chunks 503
    expire_tokens_at: int | None = None  # once the upload passes this byte, every access token expires


class GoogleState:
    def __init__(self, quota: int = 10_000) -> None:
        self.lock = threading.Lock()
        self.codes: dict[str, dict] = {}
        self.access: dict[str, dict] = {}  # token -> {refresh, expires}
        self.refresh: dict[str, str] = {}  # refresh token -> channel id
        self.revoked: set[str] = set()
        self.channels = {"UCstudioTestChannel00001": "Asha's Films"}
        self.uploads: dict[str, Upload] = {}
        self.videos: dict[str, dict] = {}
        self.playlists: dict[str, dict] = {}
        self.playlist_items: list[dict] = []
        self.quota, self.quota_used = quota, 0
        self.faults = Faults()
        self.log: list[dict] = []
        self.token_lifetime = 3600

    # ---- the consent screen: the user always says yes ----
    def consent(self, query: dict[str, str]) -> str:
        assert query["client_id"] == CLIENT_ID, query
        assert query["response_type"] == "code" and query["code_challenge_method"] == "S256"
        assert query["access_type"] == "offline"
        assert "https://www.googleapis.com/auth/youtube.upload" in query["scope"].split()
        code = "4/" + secrets.token_urlsafe(24)
        self.codes[code] = {
            "challenge": query["code_challenge"],
            "redirect_uri": query["redirect_uri"],
            "scope": query["scope"],
            "used": False,
        }
        return f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state'], 'scope': query['scope']})}"

    def new_access(self, refresh: str) -> dict:
        token = "ya29." + secrets.token_urlsafe(24)
        self.access[token] = {"refresh": refresh, "expires": time.time() + self.token_lifetime}
        return {"access_token": token, "expires_in": self.token_lifetime, "token_type": "Bearer"}

    def spend(self, operation: str) -> bool:
        with self.lock:
            if self.quota_used + COSTS[operation] > self.quota:
                return False
            self.quota_used += COSTS[operation]
            return True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StateServer

    def log_message(self, *args: Any) -> None:
        pass

    @property
    def state(self) -> GoogleState:
        return self.server.state

    # ---- plumbing ----
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, reason: str, message: str, domain: str = "youtube.api") -> None:
        self._send(
            status,
            {
                "error": {
                    "code": status,
                    "message": message,
                    "errors": [{"message": message, "domain": domain, "reason": reason}],
                }
            },
        )

    def _owner(self) -> str | None:
        """The channel of a valid bearer token, or None (and a 401 sent)."""
        header = self.headers.get("Authorization", "")
        token = header[7:] if header.startswith("Bearer ") else ""
        grant = self.state.access.get(token)
        if grant is None or grant["expires"] < time.time() or grant["refresh"] in self.state.revoked:
            self._error(401, "authError", "Request had invalid authentication credentials.", "global")
            return None
        return self.state.refresh[grant["refresh"]]

    def _record(self, **entry: Any) -> None:
        with self.state.lock:
            self.state.log.append({"method": self.command, "path": urlparse(self.path).path, **entry})

    def _quota(self, operation: str) -> bool:
        if self.state.spend(operation):
            return True
        self._error(
            403,
            "quotaExceeded",
            "The request cannot be completed because you have exceeded your "
            '<a href="/youtube/v3/getting-started#quota">quota</a>.',
            "youtube.quota",
        )
        return False

    # ---- routes ----
    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self._record(query=query)
        if url.path == "/o/oauth2/v2/auth":
            self.send_response(302)
            self.send_header("Location", self.state.consent(query))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif url.path == "/youtube/v3/channels":
            owner = self._owner()
            if owner and self._quota("channels.list"):
                assert query.get("mine") == "true", query
                self._send(
                    200,
                    {
                        "kind": "youtube#channelListResponse",
                        "items": [
                            {"kind": "youtube#channel", "id": owner, "snippet": {"title": self.state.channels[owner]}}
                        ],
                    },
                )
        elif url.path == "/youtube/v3/playlists":
            owner = self._owner()
            if owner and self._quota("playlists.list"):
                items = [p for p in self.state.playlists.values() if p["owner"] == owner]
                self._send(
                    200,
                    {
                        "kind": "youtube#playlistListResponse",
                        "items": [
                            {
                                "id": p["id"],
                                "snippet": {"title": p["title"], "publishedAt": "2026-11-24T00:00:00Z"},
                                "contentDetails": {
                                    "itemCount": sum(1 for i in self.state.playlist_items if i["playlistId"] == p["id"])
                                },
                            }
                            for p in items
                        ],
                    },
                )
        else:
            self._send(404, {"error": {"code": 404, "message": f"no route {url.path}"}})

    def do_POST(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = self._body()
        self._record(query=query, content_type=self.headers.get("Content-Type"), size=len(body))
        if url.path == "/token":
            self._token({k: v[0] for k, v in parse_qs(body.decode()).items()})
        elif url.path == "/revoke":
            token = parse_qs(body.decode()).get("token", [""])[0]
            refresh = token if token in self.state.refresh else (self.state.access.get(token) or {}).get("refresh")
            if refresh is None:
                self._send(400, {"error": "invalid_token", "error_description": "Token expired or revoked"})
            else:
                self.state.revoked.add(refresh)
                self._send(200, {})
        elif url.path == "/upload/youtube/v3/videos" and query.get("uploadType") == "resumable":
            self._start_upload(query, body)
        elif url.path == "/upload/youtube/v3/thumbnails/set":
            self._thumbnail(query, body)
        elif url.path == "/upload/youtube/v3/captions":
            self._caption(query, body)
        elif url.path == "/youtube/v3/playlists":
            owner = self._owner()
            if owner and self._quota("playlists.insert"):
                meta = json.loads(body)
                playlist_id = "PL" + secrets.token_hex(8)
                self.state.playlists[playlist_id] = {
                    "id": playlist_id,
                    "owner": owner,
                    "title": meta["snippet"]["title"],
                    "status": meta.get("status"),
                }
                self._send(200, {"kind": "youtube#playlist", "id": playlist_id, "snippet": meta["snippet"]})
        elif url.path == "/youtube/v3/playlistItems":
            owner = self._owner()
            if owner and self._quota("playlistItems.insert"):
                snippet = json.loads(body)["snippet"]
                if (
                    snippet["playlistId"] not in self.state.playlists
                    or snippet["resourceId"]["videoId"] not in self.state.videos
                ):
                    self._error(404, "playlistNotFound", "The playlist or video was not found.")
                    return
                self.state.playlist_items.append(
                    {"playlistId": snippet["playlistId"], "videoId": snippet["resourceId"]["videoId"]}
                )
                self._send(
                    200,
                    {"kind": "youtube#playlistItem", "id": "PI" + secrets.token_hex(6), "snippet": snippet},
                )
        else:
            self._send(404, {"error": {"code": 404, "message": f"no route {url.path}"}})

    def do_PUT(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        upload = self.state.uploads.get(query.get("upload_id", ""))
        content_range = self.headers.get("Content-Range", "")
        self._record(content_range=content_range, authorization=self.headers.get("Authorization", "")[:12])
        if upload is None:
            self._send(404, {"error": {"code": 404, "message": "no such upload session"}})
            return
        if self._owner() is None:
            self._body()
            return
        length = int(self.headers.get("Content-Length") or 0)
        status_query = re.fullmatch(r"bytes \*/(\d+|\*)", content_range)
        if status_query:
            self._body()
            self._resume_incomplete(upload)
            return
        match = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+|\*)", content_range)
        assert match, f"bad Content-Range {content_range!r}"
        start, end = int(match.group(1)), int(match.group(2))
        assert end - start + 1 == length, (content_range, length)
        faults = self.state.faults
        if faults.drops and faults.drop_at is not None and end >= faults.drop_at:
            faults.drops -= 1
            kept = self.rfile.read(length // 2)  # half the chunk arrives, then the line goes dead
            if start == len(upload.data):
                upload.data.extend(kept)
            self.close_connection = True
            self.connection.shutdown(2)
            return
        chunk = self.rfile.read(length)
        if faults.server_errors:
            faults.server_errors -= 1
            self._error(503, "backendError", "Backend Error", "global")
            return
        if start != len(upload.data):  # not where we are: say where we are
            self._resume_incomplete(upload)
            return
        upload.data.extend(chunk)
        if faults.expire_tokens_at is not None and len(upload.data) >= faults.expire_tokens_at:
            faults.expire_tokens_at = None
            for grant in self.state.access.values():
                grant["expires"] = 0
        if len(upload.data) < upload.total:
            self._resume_incomplete(upload)
            return
        self._finish_upload(query["upload_id"], upload)

    # ---- OAuth ----
    def _token(self, form: dict[str, str]) -> None:
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            self._send(401, {"error": "invalid_client", "error_description": "The OAuth client was not found."})
            return
        if form.get("grant_type") == "authorization_code":
            grant = self.state.codes.get(form.get("code", ""))
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if (
                grant is None
                or grant["used"]
                or grant["challenge"] != challenge
                or grant["redirect_uri"] != form.get("redirect_uri")
            ):
                self._send(400, {"error": "invalid_grant", "error_description": "Malformed auth code."})
                return
            grant["used"] = True
            refresh = "1//" + secrets.token_urlsafe(32)
            self.state.refresh[refresh] = next(iter(self.state.channels))
            self._send(200, {**self.state.new_access(refresh), "refresh_token": refresh, "scope": grant["scope"]})
        elif form.get("grant_type") == "refresh_token":
            refresh = form.get("refresh_token", "")
            if refresh not in self.state.refresh or refresh in self.state.revoked:
                self._send(400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
                return
            self._send(200, self.state.new_access(refresh))
        else:
            self._send(400, {"error": "unsupported_grant_type"})

    # ---- videos.insert, resumable ----
    def _start_upload(self, query: dict, body: bytes) -> None:
        owner = self._owner()
        if owner is None:
            return
        if not self._quota("videos.insert"):
            return
        assert self.headers.get("X-Upload-Content-Type") == "video/mp4", self.headers
        assert set(query["part"].split(",")) == {"snippet", "status"}, query
        metadata = json.loads(body)
        assert metadata["snippet"]["title"] and len(metadata["snippet"]["title"]) <= 100
        upload_id = secrets.token_urlsafe(12)
        self.state.uploads[upload_id] = Upload(
            metadata=metadata,
            total=int(self.headers["X-Upload-Content-Length"]),
            content_type=self.headers["X-Upload-Content-Type"],
            token_owner=owner,
            query=query,
        )
        host = self.headers["Host"]
        self._send(
            200,
            None,
            {"Location": f"https://{host}/upload/youtube/v3/videos?uploadType=resumable&upload_id={upload_id}"},
        )

    def _resume_incomplete(self, upload: Upload) -> None:
        headers = {"Range": f"bytes=0-{len(upload.data) - 1}"} if upload.data else {}
        self._send(308, None, headers)

    def _finish_upload(self, upload_id: str, upload: Upload) -> None:
        video_id = secrets.token_urlsafe(8)[:11]
        self.state.videos[video_id] = {
            "id": video_id,
            "owner": upload.token_owner,
            "bytes": bytes(upload.data),
            "snippet": upload.metadata["snippet"],
            "status": upload.metadata["status"],
            "notify": upload.query.get("notifySubscribers"),
            "thumbnail": None,
            "captions": {},
        }
        self._send(
            200,
            {
                "kind": "youtube#video",
                "id": video_id,
                "snippet": upload.metadata["snippet"],
                "status": {**upload.metadata["status"], "uploadStatus": "uploaded"},
            },
        )

    def _video_of(self, video_id: str, owner: str) -> dict | None:
        video = self.state.videos.get(video_id)
        if video is None or video["owner"] != owner:
            self._error(404, "videoNotFound", "The video was not found.")
            return None
        return video

    def _thumbnail(self, query: dict, body: bytes) -> None:
        owner = self._owner()
        if owner is None or not self._quota("thumbnails.set"):
            return
        video = self._video_of(query.get("videoId", ""), owner)
        if video is None:
            return
        if self.headers.get("Content-Type") not in ("image/jpeg", "image/png") or len(body) > 2 * 1024 * 1024:
            self._error(400, "invalidImage", "The thumbnail must be a JPEG or PNG under 2 MB.")
            return
        video["thumbnail"] = body
        self._send(200, {"kind": "youtube#thumbnailSetResponse", "items": [{"default": {"url": "x"}}]})

    def _caption(self, query: dict, body: bytes) -> None:
        owner = self._owner()
        if owner is None or not self._quota("captions.insert"):
            return
        assert query.get("uploadType") == "multipart", query
        content_type = self.headers["Content-Type"]
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        parts = list(message.iter_parts())
        meta = json.loads(parts[0].get_content())
        data = parts[1].get_payload(decode=True)
        video = self._video_of(meta["snippet"]["videoId"], owner)
        if video is None:
            return
        video["captions"][meta["snippet"]["language"]] = data
        self._send(200, {"kind": "youtube#caption", "id": "CA" + secrets.token_hex(6), "snippet": meta["snippet"]})


class GoogleServer(FakeServer):
    """`with GoogleServer() as google:` — google.url, google.state, google.settings() for the studio."""

    tls = True  # the client keeps https for upload URLs

    def __init__(self, quota: int = 10_000) -> None:
        super().__init__(_Handler)
        self.state = GoogleState(quota)
        self.serve(self.state)

    def settings(self, redirect_uri: str = "http://127.0.0.1:8000/youtube/callback") -> dict[str, Any]:
        return {
            "youtube_client_id": CLIENT_ID,
            "youtube_client_secret": CLIENT_SECRET,
            "youtube_redirect_uri": redirect_uri,
            "youtube_auth_url": f"{self.url}/o/oauth2/v2/auth",
            "youtube_token_url": f"{self.url}/token",
            "youtube_revoke_url": f"{self.url}/revoke",
            "youtube_api_url": f"{self.url}/",
            "youtube_chunk_bytes": 256 * 1024,
            "youtube_retry_seconds": 0.01,
            "youtube_ca_bundle": self.ca_bundle,
        }
