# Films in S3 (encrypted with the studio's key, versioned, never public, moved to Infrequent Access after
# 30 days and Glacier after 180; old versions expire) served through CloudFront with origin access
# control; the access logs in their own bucket.
variable "name" { type = string }
variable "kms_key_arn" { type = string }
variable "web_acl_arn" { type = string }
variable "certificate_arn" { type = string }
variable "aliases" { type = list(string) }

resource "aws_s3_bucket" "logs" {
  #checkov:skip=CKV2_AWS_62:nothing consumes events of the log bucket
  #checkov:skip=CKV_AWS_144:logs are not replicated across regions; they expire after a year
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

resource "aws_s3_bucket_server_side_encryption_configuration" "all" {
  for_each = { media = aws_s3_bucket.media.id, logs = aws_s3_bucket.logs.id }
  bucket   = each.value
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
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

resource "aws_cloudfront_origin_access_control" "media" {
  name                              = "${var.name}-media"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_response_headers_policy" "media" {
  name = "${var.name}-media"
  security_headers_config {
    content_type_options { override = true }
    strict_transport_security {
      access_control_max_age_sec = 31536000
      include_subdomains         = true
      preload                    = true
      override                   = true
    }
  }
}

resource "aws_cloudfront_distribution" "media" {
  #checkov:skip=CKV_AWS_374:films are for viewers everywhere; abuse is handled by signed URLs and rate limits
  #checkov:skip=CKV2_AWS_47:CloudFront needs a global (us-east-1) web ACL, attached per account; the regional ACL guards the API
  enabled             = true
  comment             = "AI Film Studio media"
  aliases             = var.aliases
  web_acl_id          = var.web_acl_arn
  default_root_object = "index.html"
  origin {
    domain_name              = aws_s3_bucket.media.bucket_regional_domain_name
    origin_id                = "media"
    origin_access_control_id = aws_cloudfront_origin_access_control.media.id
  }
  origin {
    domain_name              = aws_s3_bucket.media.bucket_regional_domain_name
    origin_id                = "media-failover"
    origin_access_control_id = aws_cloudfront_origin_access_control.media.id
  }
  origin_group {
    origin_id = "media-group"
    failover_criteria { status_codes = [500, 502, 503, 504] }
    member { origin_id = "media" }
    member { origin_id = "media-failover" }
  }
  default_cache_behavior {
    target_origin_id           = "media-group"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    cache_policy_id            = "658327ea-f89d-4fab-a63d-7e88639e58f6" # Managed-CachingOptimized
    response_headers_policy_id = aws_cloudfront_response_headers_policy.media.id
  }
  logging_config {
    bucket = aws_s3_bucket.logs.bucket_domain_name
    prefix = "cloudfront/"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none" # films are for everyone; WAF rules handle abuse
      locations        = []
    }
  }
  viewer_certificate {
    acm_certificate_arn      = var.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "CloudFrontReads"
        Effect    = "Allow"
        Principal = { Service = "cloudfront.amazonaws.com" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.media.arn}/*"
        Condition = { StringEquals = { "AWS:SourceArn" = aws_cloudfront_distribution.media.arn } }
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.media.arn, "${aws_s3_bucket.media.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

output "bucket" { value = aws_s3_bucket.media.bucket }
output "bucket_arn" { value = aws_s3_bucket.media.arn }
output "cdn_domain" { value = aws_cloudfront_distribution.media.domain_name }
