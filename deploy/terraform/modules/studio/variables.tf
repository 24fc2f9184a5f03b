# AI Film Studio on AWS: network, data, storage, compute; the key that encrypts them, the WAF in front of
# the load balancer, the secrets, the alarm topic. What differs per environment comes in here.
variable "name" { type = string }
variable "region" { type = string }
variable "cidr" { type = string }
variable "azs" { type = list(string) }
variable "domain" {
  type        = string
  description = "The studio's address (its DNS name points at the load balancer)"
}
variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the domain, in the region (the load balancer's)"
}
variable "alert_email" { type = string }

variable "api_image" { type = string }
variable "worker_image" { type = string }
variable "worker_gpu_image" { type = string }
variable "registry_credentials_secret_arn" {
  type        = string
  default     = ""
  description = "Secrets Manager secret {username, password} to pull private images (ghcr.io); empty: public images"
}

variable "integration_secrets" {
  type        = list(string)
  default     = []
  description = "Keys the operators have put in the <name>/integrations secret (e.g. FILMSTUDIO_STRIPE_SECRET_KEY)"
  validation {
    condition = alltrue([for key in var.integration_secrets : contains([
      "FILMSTUDIO_STRIPE_SECRET_KEY", "FILMSTUDIO_STRIPE_WEBHOOK_SECRET", "FILMSTUDIO_OPENAI_API_KEY",
      "FILMSTUDIO_ANTHROPIC_API_KEY", "FILMSTUDIO_YOUTUBE_CLIENT_SECRET",
    ], key)])
    error_message = "integration_secrets: third-party keys only (the studio's own are made by Terraform)."
  }
}
variable "settings" {
  type        = map(string)
  default     = {}
  description = "Further plain settings for every process (FILMSTUDIO_STRIPE_PUBLISHABLE_KEY, …); never secrets"
  validation {
    condition = length(setintersection(keys(var.settings), [
      "FILMSTUDIO_SECRET_KEY", "FILMSTUDIO_TOKEN_ENCRYPTION_KEY", "FILMSTUDIO_DATABASE_URL", "FILMSTUDIO_REDIS_URL",
      "FILMSTUDIO_METRICS_TOKEN", "FILMSTUDIO_S3_SECRET_ACCESS_KEY", "FILMSTUDIO_STRIPE_SECRET_KEY",
      "FILMSTUDIO_STRIPE_WEBHOOK_SECRET", "FILMSTUDIO_OPENAI_API_KEY", "FILMSTUDIO_ANTHROPIC_API_KEY",
      "FILMSTUDIO_YOUTUBE_CLIENT_SECRET",
    ])) == 0
    error_message = "settings: secrets go to Secrets Manager (integration_secrets), never plain settings."
  }
}

variable "api_count" { type = number }
variable "api_cpu" {
  type    = number
  default = 1024
}
variable "api_memory" {
  type    = number
  default = 2048
}
variable "worker_min" {
  type        = number
  default     = 1
  description = "CPU workers always running: they also report the GPU queues, which starts GPU workers"
  validation {
    condition     = var.worker_min >= 1
    error_message = "worker_min: at least one CPU worker (it publishes the queue depth scaling reads)."
  }
}
variable "worker_max" { type = number }
variable "worker_cpu" {
  type    = number
  default = 2048
}
variable "worker_memory" {
  type    = number
  default = 4096
}

variable "db_instance_class" { type = string }
variable "redis_node_type" { type = string }
variable "multi_az" { type = bool }

variable "gpu_ami_id" {
  type        = string
  default     = ""
  description = "Empty: the current ECS-optimized GPU AMI"
}
variable "gpu_instance_type" {
  type    = string
  default = "g5.xlarge"
}
variable "gpu_max" { type = number }
variable "gpu_task_cpu" {
  type    = number
  default = 3072 # of a g5.xlarge's 4 vCPUs
}
variable "gpu_task_memory" {
  type    = number
  default = 12288 # of a g5.xlarge's 16 GiB
}
