"""Request and response bodies of /auth and /users, exactly as the API spec shows them."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, EmailStr, Field

from filmstudio.timestamps import UTCTimestamp


class RegisterRequest(BaseModel):
    email: EmailStr
    password: str = Field(min_length=1, max_length=256)
    full_name: str | None = Field(default=None, max_length=255)


class UserCreated(BaseModel):
    user_id: uuid.UUID
    email: str
    full_name: str | None
    tier: str
    credits: int
    created_at: UTCTimestamp


class LoginRequest(BaseModel):
    email: EmailStr
    password: str = Field(min_length=1, max_length=256)


class LoginUser(BaseModel):
    user_id: uuid.UUID
    email: str
    tier: str
    credits: int


class LoginResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int
    user: LoginUser


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=512)


class RefreshResponse(BaseModel):
    access_token: str
    expires_in: int
    refresh_token: str  # the rotated token: the one sent is now spent
    token_type: str = "bearer"


class SubscriptionSummary(BaseModel):
    plan: str
    status: str
    expires_at: UTCTimestamp | None


class YoutubeConnection(BaseModel):
    connected: bool
    channel_id: str | None
    channel_title: str | None


class Me(BaseModel):
    user_id: uuid.UUID
    email: str
    full_name: str | None
    tier: str
    credits: int
    credit_reset_date: date | None
    created_at: UTCTimestamp
    subscription: SubscriptionSummary
    youtube: YoutubeConnection
    role: str = "user"  # "admin": the studio's admin pages and API


class CreditEntry(BaseModel):
    transaction_id: uuid.UUID
    type: str
    amount: int
    balance_after: int
    description: str | None
    created_at: UTCTimestamp


class Credits(BaseModel):
    balance: int
    tier: str
    reset_date: date | None
    monthly_limit: int
    history: list[CreditEntry]
