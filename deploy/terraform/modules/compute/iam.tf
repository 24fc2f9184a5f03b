# Roles: ECS's execution role (pull, logs, the secrets at start), the API's and the workers' task roles
# (their bucket and key; the workers also publish the queue depth; the GPU worker mounts the models), the
# GPU instances' role.
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
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = compact([var.app_secret_arn, var.integrations_secret_arn, var.registry_credentials_secret_arn])
      },
      { Effect = "Allow", Action = ["kms:Decrypt"], Resource = [var.kms_key_arn] }, # the secrets' key
    ]
  })
}

# what every process may do: its bucket (the API signs the GET links with this role) and its key
data "aws_iam_policy_document" "media" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"]
    resources = ["${var.media_bucket_arn}/*"]
  }
  statement {
    actions   = ["s3:ListBucket"]
    resources = [var.media_bucket_arn]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms_key_arn]
  }
}

# workers also publish QueueDepth, in the studio's namespace only
data "aws_iam_policy_document" "worker" {
  source_policy_documents = [data.aws_iam_policy_document.media.json]
  statement {
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"] # it has no resource-level permissions: the namespace condition is the limit
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [local.namespace]
    }
  }
}

resource "aws_iam_role" "api" {
  name               = "${var.name}-api"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

resource "aws_iam_role_policy" "api" {
  role   = aws_iam_role.api.id
  policy = data.aws_iam_policy_document.media.json
}

resource "aws_iam_role" "worker" {
  name               = "${var.name}-worker"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

resource "aws_iam_role_policy" "worker" {
  role   = aws_iam_role.worker.id
  policy = data.aws_iam_policy_document.worker.json
}

# the GPU worker: a worker that also mounts the models file system (read-only, through its access point)
data "aws_iam_policy_document" "worker_gpu" {
  source_policy_documents = [data.aws_iam_policy_document.worker.json]
  statement {
    actions   = ["elasticfilesystem:ClientMount"]
    resources = [aws_efs_file_system.models.arn]
    condition {
      test     = "StringEquals"
      variable = "elasticfilesystem:AccessPointArn"
      values   = [aws_efs_access_point.models.arn]
    }
  }
}

resource "aws_iam_role" "worker_gpu" {
  name               = "${var.name}-worker-gpu"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
}

resource "aws_iam_role_policy" "worker_gpu" {
  role   = aws_iam_role.worker_gpu.id
  policy = data.aws_iam_policy_document.worker_gpu.json
}

# the GPU instances only run the ECS agent: register, pull, write logs; the tasks have their own roles
resource "aws_iam_role" "gpu_instance" {
  name = "${var.name}-gpu-instance"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "gpu_instance" {
  role       = aws_iam_role.gpu_instance.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"
}

resource "aws_iam_instance_profile" "gpu" {
  name = "${var.name}-gpu-instance"
  role = aws_iam_role.gpu_instance.name
}
