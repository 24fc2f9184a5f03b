# The workers follow the queues: every worker publishes each queue's length (QueueDepth, dimension Queue)
# once a minute; CPU workers follow the CPU queues and keep at least one running (they also publish the
# GPU queues' depth, so GPU workers can start from zero), GPU workers follow the GPU queues down to zero.
module "worker_scaling" {
  source          = "../queue-scaling"
  name            = "${var.name}-worker"
  cluster_name    = aws_ecs_cluster.this.name
  service_name    = aws_ecs_service.worker.name
  namespace       = local.namespace
  queues          = ["filmstudio.cpu.priority", "filmstudio.cpu"]
  min_capacity    = var.worker_min
  max_capacity    = var.worker_max
  scale_out_wait  = 120 # a Fargate task starts in about a minute
  alarm_topic_arn = var.alarm_topic_arn
}

module "gpu_scaling" {
  source          = "../queue-scaling"
  name            = "${var.name}-worker-gpu"
  cluster_name    = aws_ecs_cluster.this.name
  service_name    = aws_ecs_service.worker_gpu.name
  namespace       = local.namespace
  queues          = ["filmstudio.gpu.priority", "filmstudio.gpu"]
  min_capacity    = 0
  max_capacity    = var.gpu_max
  scale_out_wait  = 300 # a GPU instance boots and pulls the CUDA image first
  alarm_topic_arn = var.alarm_topic_arn
}
