# The studio's processes on ECS: the API (Fargate, behind an HTTPS load balancer with WAF), CPU workers
# (Fargate) and GPU workers (an EC2 capacity provider over a GPU auto-scaling group), the workers scaled
# on the queue depth they publish to CloudWatch; least-privilege roles; alarms.
variable "name" { type = string }
variable "region" { type = string }
variable "vpc_id" { type = string }
variable "vpc_cidr" { type = string }
variable "public_subnet_ids" { type = list(string) }
variable "app_subnet_ids" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "certificate_arn" { type = string }
variable "web_acl_arn" { type = string }
variable "logs_bucket" { type = string }
variable "media_bucket" { type = string }
variable "media_bucket_arn" { type = string }
variable "site_url" {
  type        = string
  description = "https://the-studio-domain: where the load balancer is reached"
}
variable "alarm_topic_arn" { type = string }

variable "images" {
  type        = object({ api = string, worker = string, worker_gpu = string })
  description = "The images the CI's images job pushes (filmstudio-api, filmstudio-worker, filmstudio-worker-gpu)"
}
variable "registry_credentials_secret_arn" {
  type        = string
  default     = ""
  description = "A Secrets Manager secret {username, password} for a private registry (ghcr.io); empty: public images"
}

variable "app_secret_arn" {
  type        = string
  description = "The secret Terraform fills: FILMSTUDIO_SECRET_KEY, _TOKEN_ENCRYPTION_KEY, _METRICS_TOKEN, _DATABASE_URL, _REDIS_URL"
}
variable "integrations_secret_arn" {
  type        = string
  description = "The secret the operators fill with third-party keys (FILMSTUDIO_STRIPE_SECRET_KEY, …)"
}
variable "integration_secrets" {
  type        = list(string)
  description = "The keys present in the integrations secret, passed to every process (ECS fails a task whose secret key is missing)"
}
variable "settings" {
  type        = map(string)
  description = "Further plain (non-secret) settings for every process; the fixed ones below win"
}

variable "api_count" { type = number }
variable "api_cpu" { type = number }
variable "api_memory" { type = number }
variable "worker_min" { type = number }
variable "worker_max" { type = number }
variable "worker_cpu" { type = number }
variable "worker_memory" { type = number }
variable "gpu_ami_id" {
  type        = string
  description = "Empty: the current ECS-optimized GPU AMI (Amazon Linux 2)"
}
variable "gpu_instance_type" { type = string }
variable "gpu_max" { type = number }
variable "gpu_task_cpu" { type = number }
variable "gpu_task_memory" { type = number }
