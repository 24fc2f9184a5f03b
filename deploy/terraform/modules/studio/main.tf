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
  source       = "../storage"
  name         = var.name
  kms_key_arn  = aws_kms_key.studio.arn
  site_origins = ["https://${var.domain}"]
}

module "compute" {
  source            = "../compute"
  name              = var.name
  region            = var.region
  vpc_id            = module.network.vpc_id
  vpc_cidr          = module.network.vpc_cidr
  public_subnet_ids = module.network.public_subnet_ids
  app_subnet_ids    = module.network.app_subnet_ids
  kms_key_arn       = aws_kms_key.studio.arn
  certificate_arn   = var.certificate_arn
  web_acl_arn       = aws_wafv2_web_acl.api.arn
  logs_bucket       = module.storage.logs_bucket
  media_bucket      = module.storage.bucket
  media_bucket_arn  = module.storage.bucket_arn
  site_url          = "https://${var.domain}"
  alarm_topic_arn   = aws_sns_topic.alarms.arn

  images                          = { api = var.api_image, worker = var.worker_image, worker_gpu = var.worker_gpu_image }
  registry_credentials_secret_arn = var.registry_credentials_secret_arn
  # the version first: a task started before it exists would find no keys
  app_secret_arn          = aws_secretsmanager_secret_version.app.arn
  integrations_secret_arn = aws_secretsmanager_secret.integrations.arn
  integration_secrets     = var.integration_secrets
  settings                = var.settings

  api_count         = var.api_count
  api_cpu           = var.api_cpu
  api_memory        = var.api_memory
  worker_min        = var.worker_min
  worker_max        = var.worker_max
  worker_cpu        = var.worker_cpu
  worker_memory     = var.worker_memory
  gpu_ami_id        = var.gpu_ami_id
  gpu_instance_type = var.gpu_instance_type
  gpu_max           = var.gpu_max
  gpu_task_cpu      = var.gpu_task_cpu
  gpu_task_memory   = var.gpu_task_memory
}

output "api_load_balancer" {
  value       = module.compute.alb_dns_name
  description = "Point the domain's DNS name here (an alias, or a CNAME)"
}
output "site_url" { value = "https://${var.domain}" }
output "media_bucket" { value = module.storage.bucket }
output "cluster_name" { value = module.compute.cluster_name }
output "database_endpoint" { value = module.data.database_endpoint }
output "redis_endpoint" { value = module.data.redis_endpoint }
