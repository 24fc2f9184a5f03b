"""Salesforce bodies as the API answers them, and what a sync of a user's credits did."""

from __future__ import annotations

from pydantic import BaseModel, Field

from filmstudio.timestamps import UTCTimestamp


class ProjectSynced(BaseModel):
    salesforce_id: str | None = Field(description="The project's record id in Salesforce.")
    status: str = Field(description="synced, pending or failed.")
    synced_at: UTCTimestamp


class CreditSync(BaseModel):
    """What `sync.sync_credits` did: the user's ledger rows Salesforce accepted, and the records it refused."""

    transactions_synced: int
    failed: int
    status: str = Field(description="completed, or partial when Salesforce refused a record.")


class CreditsSynced(BaseModel):
    credits_synced: int = Field(description="The balance now on the user's contact.")
    transactions_synced: int
    status: str = Field(description="completed, or partial when Salesforce refused a record.")
