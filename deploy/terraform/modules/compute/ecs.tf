# The cluster, the API and the CPU workers on Fargate. The API migrates the database when it starts
# (filmstudio serve), as the compose file's migrate step does.
resource "aws_ecs_cluster" "this" {
  name = var.name
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE", aws_ecs_capacity_provider.gpu.name]
  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}

resource "aws_cloudwatch_log_group" "process" {
  for_each          = toset(keys(local.processes))
  name              = "/${var.name}/${each.key}"
  retention_in_days = 365
  kms_key_id        = var.kms_key_arn
}

resource "aws_ecs_task_definition" "api" {
  family                   = "${var.name}-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.api_cpu
  memory                   = var.api_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.api.arn
  container_definitions    = jsonencode([local.containers["api"]])
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
}

resource "aws_ecs_task_definition" "worker" {
  family                   = "${var.name}-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.worker_cpu
  memory                   = var.worker_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.worker.arn
  container_definitions    = jsonencode([local.containers["worker"]])
  ephemeral_storage {
    size_in_gib = 60 # a film's clips, voices and pictures while it renders
  }
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
}

resource "aws_security_group" "api" {
  #checkov:skip=CKV_AWS_382:the API calls Stripe, Google (OAuth, YouTube) and LLM APIs on the internet
  name        = "${var.name}-api"
  description = "The API tasks: from the load balancer only"
  vpc_id      = var.vpc_id
  ingress {
    description     = "From the load balancer"
    from_port       = 8000
    to_port         = 8000
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }
  egress {
    description = "Database, Redis, AWS APIs and the payment and video services"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "worker" {
  #checkov:skip=CKV_AWS_382:workers call LLM APIs, YouTube and Salesforce on the internet, besides the database, Redis and S3
  name        = "${var.name}-worker"
  description = "Worker tasks (CPU and GPU): no inbound"
  vpc_id      = var.vpc_id
  egress {
    description = "Database, Redis, AWS APIs and the services films are published to"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ecs_service" "api" {
  name                              = "api"
  cluster                           = aws_ecs_cluster.this.id
  task_definition                   = aws_ecs_task_definition.api.arn
  desired_count                     = var.api_count
  launch_type                       = "FARGATE"
  platform_version                  = "LATEST"
  health_check_grace_period_seconds = 120 # migrations at start
  propagate_tags                    = "SERVICE"
  wait_for_steady_state             = true # the deploy job fails when the new version does not come up
  network_configuration {
    subnets          = var.app_subnet_ids
    security_groups  = [aws_security_group.api.id]
    assign_public_ip = false
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = 8000
  }
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  depends_on = [aws_lb_listener.https]
}

resource "aws_ecs_service" "worker" {
  name                  = "worker"
  cluster               = aws_ecs_cluster.this.id
  task_definition       = aws_ecs_task_definition.worker.arn
  desired_count         = var.worker_min
  launch_type           = "FARGATE"
  platform_version      = "LATEST"
  propagate_tags        = "SERVICE"
  wait_for_steady_state = true
  network_configuration {
    subnets          = var.app_subnet_ids
    security_groups  = [aws_security_group.worker.id]
    assign_public_ip = false
  }
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count] # the queue-depth scaling sets it
  }
}
