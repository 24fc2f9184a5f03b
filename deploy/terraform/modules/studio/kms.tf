# One key for the studio's data at rest. The account administers it (and so IAM grants it to the roles
# and to the services that use it on their behalf: RDS, ElastiCache, Secrets Manager, S3); the services
# that use it in their own name are named: CloudWatch Logs for the encrypted log groups, CloudWatch alarms
# publishing to the encrypted topic.
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account = data.aws_caller_identity.current.account_id
  arn     = "arn:${data.aws_partition.current.partition}"
}

resource "aws_kms_key" "studio" {
  description         = "${var.name}: media, database, cache, logs, secrets, alarms"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministers"
        Effect    = "Allow"
        Principal = { AWS = "${local.arn}:iam::${local.account}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "LogsEncryptTheirGroups"
        Effect    = "Allow"
        Principal = { Service = "logs.${var.region}.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
        Resource  = "*"
        Condition = {
          ArnLike = { "kms:EncryptionContext:aws:logs:arn" = "${local.arn}:logs:${var.region}:${local.account}:log-group:*" }
        }
      },
      {
        Sid       = "AlarmsPublishToTheEncryptedTopic"
        Effect    = "Allow"
        Principal = { Service = "cloudwatch.amazonaws.com" }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_alias" "studio" {
  name          = "alias/${var.name}"
  target_key_id = aws_kms_key.studio.key_id
}
