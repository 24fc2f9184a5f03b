"""ORM models, one per file. Importing this package registers every table on `Base.metadata`."""

from filmstudio.models.api_key import ApiKey
from filmstudio.models.asset import Asset
from filmstudio.models.credit_transaction import CreditTransaction
from filmstudio.models.job import Job
from filmstudio.models.job_step import JobStep
from filmstudio.models.oauth_state import OAuthState
from filmstudio.models.project import Project
from filmstudio.models.project_storyboard import ProjectStoryboard
from filmstudio.models.refresh_token import RefreshToken
from filmstudio.models.salesforce_outbox import SalesforceOutbox
from filmstudio.models.salesforce_sync import SalesforceSync
from filmstudio.models.stripe_event import StripeEvent
from filmstudio.models.subscription import Subscription
from filmstudio.models.user import User
from filmstudio.models.youtube_quota import YoutubeQuota
from filmstudio.models.youtube_upload import YoutubeUpload
from filmstudio.models.youtube_video import YoutubeVideo

__all__ = [
    "ApiKey",
    "Asset",
    "CreditTransaction",
    "Job",
    "JobStep",
    "OAuthState",
    "Project",
    "ProjectStoryboard",
    "RefreshToken",
    "SalesforceOutbox",
    "SalesforceSync",
    "StripeEvent",
    "Subscription",
    "User",
    "YoutubeQuota",
    "YoutubeUpload",
    "YoutubeVideo",
]
