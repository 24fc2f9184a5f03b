# The API on ECS Fargate behind an HTTPS load balancer with WAF; the job queue on SQS; GPU workers on an
# EC2 auto-scaling group that follows the queue's depth; least-privilege roles; alarms.
variable "name" { type = string }
variable "vpc_id" { type = string }
variable "public_subnet_ids" { type = list(string) }
variable "app_subnet_ids" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "certificate_arn" { type = string }
variable "web_acl_arn" { type = string }
variable "logs_bucket" { type = string }
variable "media_bucket" { type = string }
variable "media_bucket_arn" { type = string }
variable "api_image" { type = string }
variable "api_count" { type = number }
variable "gpu_ami_id" { type = string }
variable "gpu_instance_type" { type = string }
variable "gpu_max" { type = number }
variable "secret_arns" { type = list(string) }
variable "environment" { type = map(string) }
variable "alarm_topic_arn" { type = string }

data "aws_region" "current" {}

# ---------- the queue ----------
resource "aws_sqs_queue" "dead" {
  name                      = "${var.name}-jobs-dead"
  kms_master_key_id         = var.kms_key_arn
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "jobs" {
  name                       = "${var.name}-jobs"
  kms_master_key_id          = var.kms_key_arn
  visibility_timeout_seconds = 3600 # a film's render; the database holds the truth anyway
  redrive_policy             = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dead.arn, maxReceiveCount = 5 })
}

# ---------- the load balancer ----------
resource "aws_security_group" "alb" {
  #checkov:skip=CKV_AWS_260:port 80 only answers with a redirect to HTTPS
  name        = "${var.name}-alb"
  description = "HTTPS from the internet"
  vpc_id      = var.vpc_id
  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    description = "HTTP, redirected to HTTPS"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    description = "To the API tasks"
    from_port   = 8000
    to_port     = 8000
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_lb" "api" {
  #checkov:skip=CKV2_AWS_76:the web ACL attached below (module studio) includes AWSManagedRulesKnownBadInputsRuleSet, which covers Log4j
  name                       = "${var.name}-api"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  access_logs {
    bucket  = var.logs_bucket
    prefix  = "alb"
    enabled = true
  }
}

resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_lb.api.arn
  web_acl_arn  = var.web_acl_arn
}

resource "aws_lb_target_group" "api" {
  name        = "${var.name}-api"
  port        = 8000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id
  health_check {
    path    = "/readyz"
    matcher = "200"
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.api.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.api.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

# ---------- roles ----------
data "aws_iam_policy_document" "ecs_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "execution" {
  name               = "${var.name}-ecs-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role_policy" "execution_secrets" {
  role = aws_iam_role.execution.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = var.secret_arns }]
  })
}

# what the studio itself may do: its bucket, its queue, its key; nothing else
data "aws_iam_policy_document" "studio" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"]
    resources = ["${var.media_bucket_arn}/*"]
  }
  statement {
    actions   = ["s3:ListBucket"]
    resources = [var.media_bucket_arn]
  }
  statement {
    actions   = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl"]
    resources = [aws_sqs_queue.jobs.arn]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms_key_arn]
  }
}

resource "aws_iam_role" "task" {
  name               = "${var.name}-studio"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

resource "aws_iam_role_policy" "task" {
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.studio.json
}

# ---------- the API on Fargate ----------
resource "aws_ecs_cluster" "this" {
  name = var.name
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/${var.name}/api"
  retention_in_days = 365
  kms_key_id        = var.kms_key_arn
}

resource "aws_ecs_task_definition" "api" {
  family                   = "${var.name}-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name                   = "api"
    image                  = var.api_image
    essential              = true
    readonlyRootFilesystem = false # the asset cache and work folders live on the task's disk
    command                = ["filmstudio", "serve"]
    portMappings           = [{ containerPort = 8000, protocol = "tcp" }]
    environment            = [for k, v in merge(var.environment, { FILMSTUDIO_HOST = "0.0.0.0", FILMSTUDIO_S3_BUCKET = var.media_bucket }) : { name = k, value = v }]
    healthCheck            = { command = ["CMD-SHELL", "python -c \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')\""], interval = 30, retries = 3 }
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = aws_cloudwatch_log_group.api.name, awslogs-region = data.aws_region.current.name, awslogs-stream-prefix = "api" }
    }
  }])
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
    cidr_blocks = ["0.0.0.0/0"] #tfsec:ignore
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = var.api_count
  launch_type     = "FARGATE"
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
}

# ---------- GPU workers on EC2, following the queue ----------
resource "aws_iam_role" "gpu" {
  name = "${var.name}-gpu-worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "gpu" {
  role   = aws_iam_role.gpu.id
  policy = data.aws_iam_policy_document.studio.json
}

resource "aws_iam_instance_profile" "gpu" {
  name = "${var.name}-gpu-worker"
  role = aws_iam_role.gpu.name
}

resource "aws_security_group" "gpu" {
  #checkov:skip=CKV_AWS_382:workers reach S3, SQS, ECR and the model registries through NAT
  name        = "${var.name}-gpu"
  description = "GPU workers: no inbound"
  vpc_id      = var.vpc_id
  egress {
    description = "Database, Redis, S3, SQS"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_launch_template" "gpu" {
  name_prefix   = "${var.name}-gpu-"
  image_id      = var.gpu_ami_id
  instance_type = var.gpu_instance_type
  iam_instance_profile { arn = aws_iam_instance_profile.gpu.arn }
  vpc_security_group_ids = [aws_security_group.gpu.id]
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
    http_endpoint               = "enabled"
  }
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 200
      volume_type = "gp3"
      encrypted   = true
      kms_key_id  = var.kms_key_arn
    }
  }
  monitoring { enabled = true }
  user_data = base64encode(<<-SCRIPT
    #!/bin/bash
    # the GPU worker image, taking the GPU queues; settings from the instance's environment file
    docker run -d --restart unless-stopped --gpus all --env-file /etc/filmstudio.env \
      ${replace(var.api_image, "-api:", "-worker-gpu:")}
  SCRIPT
  )
}

resource "aws_autoscaling_group" "gpu" {
  name                = "${var.name}-gpu"
  min_size            = 0
  max_size            = var.gpu_max
  vpc_zone_identifier = var.app_subnet_ids
  launch_template {
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }
  tag {
    key                 = "Name"
    value               = "${var.name}-gpu-worker"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_policy" "gpu_follow_queue" {
  name                   = "${var.name}-gpu-follow-queue"
  autoscaling_group_name = aws_autoscaling_group.gpu.name
  policy_type            = "TargetTrackingScaling"
  target_tracking_configuration {
    target_value = 2 # films waiting per GPU worker
    customized_metric_specification {
      metric_name = "ApproximateNumberOfMessagesVisible"
      namespace   = "AWS/SQS"
      statistic   = "Average"
      metric_dimension {
        name  = "QueueName"
        value = aws_sqs_queue.jobs.name
      }
    }
  }
}

# ---------- alarms ----------
resource "aws_cloudwatch_metric_alarm" "api_5xx" {
  alarm_name          = "${var.name}-api-5xx"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  dimensions          = { LoadBalancer = aws_lb.api.arn_suffix }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 20
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "queue_age" {
  alarm_name          = "${var.name}-jobs-waiting"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = aws_sqs_queue.jobs.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  threshold           = 900
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  alarm_name          = "${var.name}-jobs-dead-letters"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dead.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

output "alb_dns_name" { value = aws_lb.api.dns_name }
output "queue_url" { value = aws_sqs_queue.jobs.url }
