# The staging environment. State in S3 with locking; what differs per environment is here. The CI's deploy
# jobs pass every variable without a default (TF_VAR_…, from the GitHub environment's variables).
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 5.70" }
    random = { source = "hashicorp/random", version = "~> 3.6" }
  }
  backend "s3" {
    bucket         = "aifilmstudio-terraform-state"
    key            = "staging/studio.tfstate"
    region         = "us-east-1"
    dynamodb_table = "aifilmstudio-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { project = "ai-film-studio", environment = "staging" }
  }
}

variable "api_image" { type = string }
variable "worker_image" { type = string }
variable "worker_gpu_image" { type = string }
variable "certificate_arn" {
  type        = string
  description = "ACM certificate for staging.aifilmstudio.com in us-east-1"
}
variable "alert_email" { type = string }
variable "gpu_ami_id" {
  type    = string
  default = "" # the current ECS-optimized GPU AMI
}
variable "registry_credentials_secret_arn" {
  type    = string
  default = "" # public images
}
variable "integration_secrets" {
  type    = list(string)
  default = []
}
variable "settings" {
  type    = map(string)
  default = {}
}

module "studio" {
  source                          = "../../modules/studio"
  name                            = "aifilmstudio-staging"
  region                          = "us-east-1"
  cidr                            = "10.20.0.0/16"
  azs                             = ["us-east-1a", "us-east-1b"]
  domain                          = "staging.aifilmstudio.com"
  certificate_arn                 = var.certificate_arn
  alert_email                     = var.alert_email
  api_image                       = var.api_image
  worker_image                    = var.worker_image
  worker_gpu_image                = var.worker_gpu_image
  registry_credentials_secret_arn = var.registry_credentials_secret_arn
  integration_secrets             = var.integration_secrets
  settings                        = var.settings
  api_count                       = 2
  worker_max                      = 4
  db_instance_class               = "db.r6g.large"
  redis_node_type                 = "cache.r6g.large"
  multi_az                        = true
  gpu_ami_id                      = var.gpu_ami_id
  gpu_max                         = 2
}

output "api_load_balancer" { value = module.studio.api_load_balancer }
output "site_url" { value = module.studio.site_url }
output "media_bucket" { value = module.studio.media_bucket }
