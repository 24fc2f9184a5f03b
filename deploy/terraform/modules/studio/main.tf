# AI Film Studio on AWS, as the spec draws it: network, data, storage with CDN, compute, the key that
# encrypts everything, the WAF in front of the load balancer and the CDN, the secrets, the alarm topic.
variable "name" { type = string }
variable "region" { type = string }
variable "cidr" { type = string }
variable "azs" { type = list(string) }
variable "domain" { type = string }
variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the load balancer (in the region)"
}
variable "cdn_certificate_arn" {
  type        = string
  description = "ACM certificate for CloudFront (in us-east-1)"
}
variable "api_image" { type = string }
variable "api_count" { type = number }
variable "db_instance_class" { type = string }
variable "redis_node_type" { type = string }
variable "multi_az" { type = bool }
variable "gpu_ami_id" { type = string }
variable "gpu_instance_type" { type = string }
variable "gpu_max" { type = number }
variable "alert_email" { type = string }

data "aws_caller_identity" "current" {}

resource "aws_kms_key" "studio" {
  description         = "${var.name}: media, database, queue, logs, secrets"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministers"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "LogsEncrypt"
        Effect    = "Allow"
        Principal = { Service = "logs.${var.region}.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = aws_kms_key.studio.arn
}

resource "aws_sns_topic_subscription" "alarms" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alert_email
}

resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-${var.name}"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.studio.arn
}

resource "aws_wafv2_web_acl" "api" {
  name  = "${var.name}-api"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "known-bad-inputs"
    priority = 2
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "rate-limit"
    priority = 3
    action {
      block {}
    }
    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${var.name}-api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "api" {
  resource_arn            = aws_wafv2_web_acl.api.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}

resource "aws_secretsmanager_secret" "app" {
  #checkov:skip=CKV2_AWS_57:holds third-party keys (Stripe, Google) that their providers rotate; the database password is RDS-managed and rotated
  name                    = "${var.name}/app"
  description             = "FILMSTUDIO_SECRET_KEY, token key, Stripe and Google credentials (set after apply)"
  kms_key_id              = aws_kms_key.studio.arn
  recovery_window_in_days = 30
}

module "network" {
  source          = "../network"
  name            = var.name
  cidr            = var.cidr
  azs             = var.azs
  log_kms_key_arn = aws_kms_key.studio.arn
}

module "data" {
  source              = "../data"
  name                = var.name
  vpc_id              = module.network.vpc_id
  vpc_cidr            = module.network.vpc_cidr
  subnet_ids          = module.network.data_subnet_ids
  kms_key_arn         = aws_kms_key.studio.arn
  db_instance_class   = var.db_instance_class
  redis_node_type     = var.redis_node_type
  multi_az            = var.multi_az
  deletion_protection = true
}

module "storage" {
  source          = "../storage"
  name            = var.name
  kms_key_arn     = aws_kms_key.studio.arn
  web_acl_arn     = null # CloudFront takes a global (us-east-1) web ACL: attach one there if needed
  certificate_arn = var.cdn_certificate_arn
  aliases         = ["media.${var.domain}"]
}

module "compute" {
  source            = "../compute"
  name              = var.name
  vpc_id            = module.network.vpc_id
  public_subnet_ids = module.network.public_subnet_ids
  app_subnet_ids    = module.network.app_subnet_ids
  kms_key_arn       = aws_kms_key.studio.arn
  certificate_arn   = var.certificate_arn
  web_acl_arn       = aws_wafv2_web_acl.api.arn
  logs_bucket       = "${var.name}-logs"
  media_bucket      = module.storage.bucket
  media_bucket_arn  = module.storage.bucket_arn
  api_image         = var.api_image
  api_count         = var.api_count
  gpu_ami_id        = var.gpu_ami_id
  gpu_instance_type = var.gpu_instance_type
  gpu_max           = var.gpu_max
  secret_arns       = [aws_secretsmanager_secret.app.arn, module.data.database_secret_arn]
  alarm_topic_arn   = aws_sns_topic.alarms.arn
  environment = {
    FILMSTUDIO_ENVIRONMENT     = "production"
    FILMSTUDIO_JOB_BACKEND     = "celery"
    FILMSTUDIO_LOG_FORMAT      = "json"
    FILMSTUDIO_S3_REGION       = var.region
    FILMSTUDIO_S3_PUBLIC_ENDPOINT_URL = "https://media.${var.domain}"
  }
}

output "api_load_balancer" { value = module.compute.alb_dns_name }
output "media_cdn" { value = module.storage.cdn_domain }
output "database_endpoint" { value = module.data.database_endpoint }
output "redis_endpoint" { value = module.data.redis_endpoint }
output "queue_url" { value = module.compute.queue_url }
