# The prod environment. State in S3 with locking; variables that differ per environment are here.
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 5.70" }
    random = { source = "hashicorp/random", version = "~> 3.6" }
  }
  backend "s3" {
    bucket         = "aifilmstudio-terraform-state"
    key            = "prod/studio.tfstate"
    region         = "us-east-1"
    dynamodb_table = "aifilmstudio-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { project = "ai-film-studio", environment = "prod" }
  }
}

variable "api_image" { type = string }
variable "certificate_arn" { type = string }
variable "cdn_certificate_arn" { type = string }
variable "gpu_ami_id" { type = string }
variable "alert_email" { type = string }

module "studio" {
  source              = "../../modules/studio"
  name                = "aifilmstudio-prod"
  region              = "us-east-1"
  cidr                = "10.30.0.0/16"
  azs                 = ["us-east-1a", "us-east-1b"]
  domain              = "aifilmstudio.com"
  certificate_arn     = var.certificate_arn
  cdn_certificate_arn = var.cdn_certificate_arn
  api_image           = var.api_image
  api_count           = 3
  db_instance_class   = "db.r6g.xlarge"
  redis_node_type     = "cache.r6g.large"
  multi_az            = true
  gpu_ami_id          = var.gpu_ami_id
  gpu_instance_type   = "g5.xlarge"
  gpu_max             = 8
  alert_email         = var.alert_email
}

output "api_load_balancer" { value = module.studio.api_load_balancer }
output "media_cdn" { value = module.studio.media_cdn }
