# Films in S3: encrypted with the studio's key, versioned, never public, moved to Infrequent Access after
# 30 days and Glacier after 180; old versions expire. Browsers fetch media straight from S3 through the
# presigned links the API signs (src/filmstudio/media/store/s3.py), so there is no CDN in front of the
# bucket: CORS lets the studio's pages play them. Access logs (the bucket's and the load balancer's) go to
# a bucket of their own.
variable "name" { type = string }
variable "kms_key_arn" { type = string }
variable "site_origins" {
  type        = list(string)
  description = "Origins whose pages play the presigned media (https://the-studio-domain)"
}

data "aws_caller_identity" "current" {}
data "aws_elb_service_account" "current" {} # the regional account that writes ALB logs (older regions)

resource "aws_s3_bucket" "logs" {
  #checkov:skip=CKV2_AWS_62:nothing consumes events of the log bucket
  #checkov:skip=CKV_AWS_144:logs are not replicated across regions; they expire after a year
  #checkov:skip=CKV_AWS_145:ALB access logs and S3 server access logs are only delivered to SSE-S3 (AES256) buckets, never SSE-KMS
  bucket = "${var.name}-logs"
}

resource "aws_s3_bucket" "media" {
  #checkov:skip=CKV2_AWS_62:the studio's database records every file; no event consumer is needed
  #checkov:skip=CKV_AWS_144:films are versioned and can be re-rendered from their stored storyboards; cross-region replication is a per-account DR choice
  bucket = "${var.name}-media"
}

resource "aws_s3_bucket_public_access_block" "all" {
  for_each                = { media = aws_s3_bucket.media.id, logs = aws_s3_bucket.logs.id }
  bucket                  = each.value
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "all" {
  for_each = { media = aws_s3_bucket.media.id, logs = aws_s3_bucket.logs.id }
  bucket   = each.value
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media" {
  bucket = aws_s3_bucket.media.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

# SSE-S3: the load balancer refuses to deliver logs to a KMS-encrypted bucket
resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# the presigned links are fetched by the studio's pages (video, audio, images): GET and HEAD, with ranges
resource "aws_s3_bucket_cors_configuration" "media" {
  bucket = aws_s3_bucket.media.id
  cors_rule {
    allowed_methods = ["GET", "HEAD"]
    allowed_origins = var.site_origins
    allowed_headers = ["Range", "If-None-Match", "If-Modified-Since"]
    expose_headers  = ["Accept-Ranges", "Content-Length", "Content-Range", "Content-Type", "ETag"]
    max_age_seconds = 3600
  }
}

resource "aws_s3_bucket_logging" "media" {
  bucket        = aws_s3_bucket.media.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3/"
}

resource "aws_s3_bucket_lifecycle_configuration" "media" {
  bucket = aws_s3_bucket.media.id
  rule {
    id     = "abort-incomplete-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload { days_after_initiation = 2 }
  }
  rule {
    id     = "films-age-into-cheaper-storage"
    status = "Enabled"
    filter { prefix = "projects/" }
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
    transition {
      days          = 180
      storage_class = "GLACIER"
    }
    noncurrent_version_expiration { noncurrent_days = 30 }
    abort_incomplete_multipart_upload { days_after_initiation = 2 }
  }
  rule {
    id     = "asset-cache-expires"
    status = "Enabled"
    filter { prefix = "cache/" }
    expiration { days = 60 }
    noncurrent_version_expiration { noncurrent_days = 1 }
    abort_incomplete_multipart_upload { days_after_initiation = 2 }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "logs-expire"
    status = "Enabled"
    filter {}
    expiration { days = 365 }
    noncurrent_version_expiration { noncurrent_days = 30 }
    abort_incomplete_multipart_upload { days_after_initiation = 2 }
  }
}

# only the studio's own roles read the media (IAM, and the presigned links they sign); TLS only
resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TlsOnly"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.media.arn, "${aws_s3_bucket.media.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

locals {
  account  = data.aws_caller_identity.current.account_id
  logs_arn = aws_s3_bucket.logs.arn
  alb_logs = "${local.logs_arn}/alb/AWSLogs/${local.account}/*"
  s3_logs  = "${local.logs_arn}/s3/*"
}

# who may write the logs: the load balancer (the regional ELB account in regions older than August 2022,
# the log-delivery service in newer ones) and S3 server access logging for the media bucket
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AlbLogsRegionalAccount"
        Effect    = "Allow"
        Principal = { AWS = data.aws_elb_service_account.current.arn }
        Action    = "s3:PutObject"
        Resource  = local.alb_logs
      },
      {
        Sid       = "AlbLogsDelivery"
        Effect    = "Allow"
        Principal = { Service = "logdelivery.elasticloadbalancing.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = local.alb_logs
      },
      {
        Sid       = "S3AccessLogs"
        Effect    = "Allow"
        Principal = { Service = "logging.s3.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = local.s3_logs
        Condition = {
          ArnLike      = { "aws:SourceArn" = aws_s3_bucket.media.arn }
          StringEquals = { "aws:SourceAccount" = local.account }
        }
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [local.logs_arn, "${local.logs_arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

output "bucket" { value = aws_s3_bucket.media.bucket }
output "bucket_arn" { value = aws_s3_bucket.media.arn }
output "logs_bucket" {
  value      = aws_s3_bucket.logs.bucket
  depends_on = [aws_s3_bucket_policy.logs] # the load balancer checks it may write before it turns logging on
}
