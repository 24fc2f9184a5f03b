# PostgreSQL 15 (RDS, Multi-AZ, encrypted, backups, IAM auth) and Redis (ElastiCache, encrypted in transit
# and at rest, with an auth token), in the data subnets, reachable from the app tier only. The studio reads
# both as URLs (FILMSTUDIO_DATABASE_URL, FILMSTUDIO_REDIS_URL): this module makes them, with the generated
# credentials in them, for the studio's secret (module studio); they are never plain task settings.
variable "name" { type = string }
variable "vpc_id" { type = string }
variable "vpc_cidr" { type = string }
variable "subnet_ids" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "db_instance_class" { type = string }
variable "redis_node_type" { type = string }
variable "multi_az" { type = bool }
variable "deletion_protection" { type = bool }

resource "aws_db_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "db" {
  name        = "${var.name}-db"
  description = "PostgreSQL from the app subnets"
  vpc_id      = var.vpc_id
  ingress {
    description = "PostgreSQL from inside the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }
}

resource "aws_db_parameter_group" "this" {
  name   = "${var.name}-pg15"
  family = "postgres15"
  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

# Generated here rather than RDS-managed: the studio needs the password inside its database URL, which
# an RDS-managed secret ({"username", "password"}) cannot give it. Letters and digits: no URL escaping.
resource "random_password" "db" {
  length  = 40
  special = false
}

resource "aws_db_instance" "this" {
  #checkov:skip=CKV_AWS_157:Multi-AZ is on in staging and prod (var.multi_az); dev runs single-AZ to halve its cost
  identifier                          = var.name
  engine                              = "postgres"
  engine_version                      = "15"
  instance_class                      = var.db_instance_class
  allocated_storage                   = 100
  max_allocated_storage               = 1000
  storage_encrypted                   = true
  kms_key_id                          = var.kms_key_arn
  db_name                             = "studio"
  username                            = "studio"
  password                            = random_password.db.result # into the studio's secret as a URL
  multi_az                            = var.multi_az
  db_subnet_group_name                = aws_db_subnet_group.this.name
  vpc_security_group_ids              = [aws_security_group.db.id]
  parameter_group_name                = aws_db_parameter_group.this.name
  backup_retention_period             = 14
  deletion_protection                 = var.deletion_protection
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "${var.name}-final"
  copy_tags_to_snapshot               = true
  auto_minor_version_upgrade          = true
  iam_database_authentication_enabled = true
  performance_insights_enabled        = true
  performance_insights_kms_key_id     = var.kms_key_arn
  monitoring_interval                 = 60
  monitoring_role_arn                 = aws_iam_role.monitoring.arn
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
}

resource "aws_iam_role" "monitoring" {
  name = "${var.name}-rds-monitoring"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "monitoring.rds.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "monitoring" {
  role       = aws_iam_role.monitoring.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "redis" {
  name        = "${var.name}-redis"
  description = "Redis from the app subnets"
  vpc_id      = var.vpc_id
  ingress {
    description = "Redis from inside the VPC"
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }
}

resource "random_password" "redis" {
  length  = 48
  special = false
}

resource "aws_elasticache_replication_group" "this" {
  #checkov:skip=CKV2_AWS_50:automatic failover is on in staging and prod (var.multi_az); dev has one node
  replication_group_id       = var.name
  description                = "AI Film Studio: job queue and rate limits"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = var.redis_node_type
  num_cache_clusters         = var.multi_az ? 2 : 1
  automatic_failover_enabled = var.multi_az
  multi_az_enabled           = var.multi_az
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = [aws_security_group.redis.id]
  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
  snapshot_retention_limit   = 7
}

output "database_endpoint" { value = aws_db_instance.this.endpoint }
output "redis_endpoint" { value = aws_elasticache_replication_group.this.primary_endpoint_address }

# rds.force_ssl is on: TLS required. Transit encryption is on: rediss://, with the certificate checked
# (ElastiCache's is signed by Amazon's public CA).
output "database_url" {
  value     = "postgresql://${aws_db_instance.this.username}:${random_password.db.result}@${aws_db_instance.this.address}:${aws_db_instance.this.port}/${aws_db_instance.this.db_name}?sslmode=require"
  sensitive = true
}
output "redis_url" {
  value     = "rediss://:${random_password.redis.result}@${aws_elasticache_replication_group.this.primary_endpoint_address}:6379/0?ssl_cert_reqs=required"
  sensitive = true
}
