# GPU workers: an ECS service on an EC2 capacity provider. The auto-scaling group (ECS-optimized GPU AMI)
# only joins the cluster; ECS grows it when GPU tasks wait for an instance and shrinks it to zero when
# none run. The settings and secrets reach the container through its task definition, like the others.
data "aws_ssm_parameter" "gpu_ami" {
  count = var.gpu_ami_id == "" ? 1 : 0
  name  = "/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id"
}

resource "aws_security_group" "gpu_instance" {
  #checkov:skip=CKV_AWS_382:the ECS agent reaches ECS, ECR and the image registry (ghcr.io) through NAT
  name        = "${var.name}-gpu-instance"
  description = "GPU instances (the ECS agent): no inbound"
  vpc_id      = var.vpc_id
  egress {
    description = "ECS, the image registry, CloudWatch Logs"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_launch_template" "gpu" {
  name_prefix   = "${var.name}-gpu-"
  image_id      = var.gpu_ami_id != "" ? var.gpu_ami_id : data.aws_ssm_parameter.gpu_ami[0].insecure_value
  instance_type = var.gpu_instance_type
  iam_instance_profile { arn = aws_iam_instance_profile.gpu.arn }
  vpc_security_group_ids = [aws_security_group.gpu_instance.id]
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1 # the tasks (awsvpc) cannot reach the instance's credentials
    http_endpoint               = "enabled"
  }
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 200 # the CUDA image and a film's work folders
      volume_type = "gp3"
      # the account's EBS key: a customer key would need a grant to the auto-scaling service-linked role
      encrypted = true
    }
  }
  monitoring { enabled = true }
  user_data = base64encode(<<-SCRIPT
    #!/bin/bash
    echo "ECS_CLUSTER=${aws_ecs_cluster.this.name}" >> /etc/ecs/ecs.config
  SCRIPT
  )
}

resource "aws_autoscaling_group" "gpu" {
  name                  = "${var.name}-gpu"
  min_size              = 0
  max_size              = var.gpu_max
  vpc_zone_identifier   = var.app_subnet_ids
  protect_from_scale_in = true # ECS managed termination protection: an instance running a film stays
  launch_template {
    id      = aws_launch_template.gpu.id
    version = aws_launch_template.gpu.latest_version
  }
  tag {
    key                 = "Name"
    value               = "${var.name}-gpu-worker"
    propagate_at_launch = true
  }
  tag {
    key                 = "AmazonECSManaged" # ECS adds it; declared so that Terraform does not remove it
    value               = "true"
    propagate_at_launch = true
  }
  lifecycle {
    ignore_changes = [desired_capacity] # the capacity provider sets it
  }
}

resource "aws_ecs_capacity_provider" "gpu" {
  name = "${var.name}-gpu"
  auto_scaling_group_provider {
    auto_scaling_group_arn         = aws_autoscaling_group.gpu.arn
    managed_termination_protection = "ENABLED"
    managed_draining               = "ENABLED"
    managed_scaling {
      status                    = "ENABLED"
      target_capacity           = 100 # no idle instance: one GPU task per GPU instance
      minimum_scaling_step_size = 1
      maximum_scaling_step_size = 2
    }
  }
}

resource "aws_ecs_task_definition" "worker_gpu" {
  family                   = "${var.name}-worker-gpu"
  requires_compatibilities = ["EC2"]
  network_mode             = "awsvpc"
  cpu                      = var.gpu_task_cpu
  memory                   = var.gpu_task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.worker_gpu.arn
  container_definitions    = jsonencode([local.containers["worker-gpu"]])
  volume {
    name = "models"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.models.id
      transit_encryption = "ENABLED"
      authorization_config {
        access_point_id = aws_efs_access_point.models.id
        iam             = "ENABLED"
      }
    }
  }
  depends_on = [aws_efs_mount_target.models]
}

resource "aws_ecs_service" "worker_gpu" {
  name            = "worker-gpu"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.worker_gpu.arn
  desired_count   = 0 # the queue-depth scaling sets it
  propagate_tags  = "SERVICE"
  capacity_provider_strategy {
    capacity_provider = aws_ecs_capacity_provider.gpu.name
    weight            = 1
  }
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
    ignore_changes = [desired_count]
  }
  depends_on = [aws_ecs_cluster_capacity_providers.this]
}
