# The GPU engines' weights, never downloaded at run time: an EFS file system mounted read-only at /models
# in the GPU worker, laid out as the GPU image's settings expect (/models/sdxl, /models/wav2lip/
# wav2lip_gan.pth, /models/musicgen, /models/bark). The operators copy the weights in once (DataSync, or a
# task mounting the access point read-write); until then the GPU engines refuse, naming the setting.
resource "aws_efs_file_system" "models" {
  creation_token  = "${var.name}-models"
  encrypted       = true
  kms_key_id      = var.kms_key_arn
  throughput_mode = "elastic" # read in bursts, when a GPU worker loads a model
  tags            = { Name = "${var.name}-models" }
}

resource "aws_efs_backup_policy" "models" {
  file_system_id = aws_efs_file_system.models.id
  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_security_group" "models" {
  name        = "${var.name}-models"
  description = "NFS to the models file system from the GPU workers"
  vpc_id      = var.vpc_id
  ingress {
    description     = "NFS from the GPU tasks and their instances (the ECS agent mounts)"
    from_port       = 2049
    to_port         = 2049
    protocol        = "tcp"
    security_groups = [aws_security_group.worker.id, aws_security_group.gpu_instance.id]
  }
}

resource "aws_efs_mount_target" "models" {
  count           = length(var.app_subnet_ids)
  file_system_id  = aws_efs_file_system.models.id
  subnet_id       = var.app_subnet_ids[count.index]
  security_groups = [aws_security_group.models.id]
}

# as the studio user of the images (uid 10001), under /models
resource "aws_efs_access_point" "models" {
  file_system_id = aws_efs_file_system.models.id
  posix_user {
    uid = 10001
    gid = 10001
  }
  root_directory {
    path = "/models"
    creation_info {
      owner_uid   = 10001
      owner_gid   = 10001
      permissions = "0755"
    }
  }
}

# TLS only; the GPU worker's role may mount (read) through the access point, nothing else
resource "aws_efs_file_system_policy" "models" {
  file_system_id = aws_efs_file_system.models.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "GpuWorkersRead"
        Effect    = "Allow"
        Principal = { AWS = aws_iam_role.worker_gpu.arn }
        Action    = ["elasticfilesystem:ClientMount"]
        Resource  = aws_efs_file_system.models.arn
        Condition = { StringEquals = { "elasticfilesystem:AccessPointArn" = aws_efs_access_point.models.arn } }
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Deny"
        Principal = { AWS = "*" }
        Action    = "*"
        Resource  = aws_efs_file_system.models.arn
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}
