# What each of the studio's processes is given, following filmstudio.ops.deployment.PROCESSES (the
# deployment test reads these locals against that table): plain settings as `environment`, every secret
# through `secrets` (Secrets Manager JSON keys, read by ECS with the execution role when a task starts).
locals {
  namespace  = "FilmStudio/${var.name}" # where every worker publishes QueueDepth (dimension Queue)
  app_secret = var.app_secret_arn
  # this container's own Celery node, not any worker on the broker (as the images' HEALTHCHECK)
  celery_ping = ["CMD-SHELL", "celery --app filmstudio.worker.celery_cli inspect ping --destination \"celery@$${HOSTNAME:-$(hostname)}\" --timeout 10 || exit 1"]

  shared_environment = {
    FILMSTUDIO_ENVIRONMENT          = "production"
    FILMSTUDIO_JOB_BACKEND          = "celery"
    FILMSTUDIO_LOG_FORMAT           = "json"
    FILMSTUDIO_S3_BUCKET            = var.media_bucket
    FILMSTUDIO_S3_REGION            = var.region
    FILMSTUDIO_YOUTUBE_REDIRECT_URI = "${var.site_url}/youtube/callback"
  }
  shared_secrets = {
    FILMSTUDIO_SECRET_KEY           = "${local.app_secret}:FILMSTUDIO_SECRET_KEY::"
    FILMSTUDIO_TOKEN_ENCRYPTION_KEY = "${local.app_secret}:FILMSTUDIO_TOKEN_ENCRYPTION_KEY::"
    FILMSTUDIO_DATABASE_URL         = "${local.app_secret}:FILMSTUDIO_DATABASE_URL::"
    FILMSTUDIO_REDIS_URL            = "${local.app_secret}:FILMSTUDIO_REDIS_URL::"
  }
  integration_secrets = { for key in var.integration_secrets : key => "${var.integrations_secret_arn}:${key}::" }
  # private images: the registry's credentials from Secrets Manager; nothing at all for public ones
  registry = {
    for key, value in { repositoryCredentials = { credentialsParameter = var.registry_credentials_secret_arn } } :
    key => value if var.registry_credentials_secret_arn != ""
  }

  processes = {
    api = {
      image   = var.images.api
      command = ["filmstudio", "serve"]
      environment = {
        FILMSTUDIO_HOST                = "0.0.0.0"
        FILMSTUDIO_PORT                = "8000"
        FILMSTUDIO_FORWARDED_ALLOW_IPS = var.vpc_cidr # the load balancer's addresses (public subnets)
      }
      secrets = {
        FILMSTUDIO_METRICS_TOKEN = "${local.app_secret}:FILMSTUDIO_METRICS_TOKEN::"
      }
      container = {
        portMappings = [{ containerPort = 8000, protocol = "tcp" }]
        healthCheck = {
          command     = ["CMD-SHELL", "python -c \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)\""]
          interval    = 30
          timeout     = 5
          retries     = 3
          startPeriod = 60 # the first task migrates the database before it listens
        }
      }
    }
    worker = {
      image   = var.images.worker
      command = ["filmstudio", "worker", "--concurrency", "1", "--queues", "filmstudio.cpu.priority,filmstudio.cpu"]
      environment = {
        FILMSTUDIO_CLOUDWATCH_NAMESPACE = local.namespace
      }
      secrets = {}
      container = {
        healthCheck = { command = local.celery_ping, interval = 60, timeout = 20, retries = 3, startPeriod = 60 }
      }
    }
    worker-gpu = {
      image   = var.images.worker_gpu
      command = ["filmstudio", "worker", "--concurrency", "1", "--queues", "filmstudio.gpu.priority,filmstudio.gpu"]
      environment = {
        FILMSTUDIO_CLOUDWATCH_NAMESPACE = local.namespace
        FILMSTUDIO_WORKER_GPU           = "true"
      }
      secrets = {}
      container = {
        healthCheck          = { command = local.celery_ping, interval = 60, timeout = 20, retries = 3, startPeriod = 120 }
        resourceRequirements = [{ type = "GPU", value = "1" }]
        mountPoints          = [{ sourceVolume = "models", containerPath = "/models", readOnly = true }] # models.tf
      }
    }
  }

  # one container definition per process; the fixed settings win over var.settings
  containers = {
    for name, process in local.processes : name => merge({
      name        = name
      image       = process.image
      essential   = true
      command     = process.command
      environment = [for key, value in merge(var.settings, local.shared_environment, process.environment) : { name = key, value = value }]
      secrets     = [for key, from in merge(local.integration_secrets, local.shared_secrets, process.secrets) : { name = key, valueFrom = from }]
      # the asset cache and the render folders are in the image's data folder, owned by the studio user
      readonlyRootFilesystem = false
      stopTimeout            = 120 # SIGTERM: a worker's film finishes or goes back to the queue (acks late)
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.process[name].name
          awslogs-region        = var.region
          awslogs-stream-prefix = name
        }
      }
    }, local.registry, process.container)
  }
}
