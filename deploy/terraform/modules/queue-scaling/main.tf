# An ECS service that follows the studio's queues. Every worker publishes each queue's length once a
# minute (metric QueueDepth, dimension Queue, in the studio's namespace); the backlog is the sum over
# this service's queues, each queue's value taken as the largest report (every worker reports the same
# length: summing the reports would count it once per worker).
# Step scaling, not target tracking: it can start a service from zero. Waiting films add workers (more
# for a longer backlog) every `scale_out_wait` seconds while any wait; after `idle_minutes` with nothing
# waiting one worker is taken away, then another each further period. A worker stopped with a film in
# hand finishes it or hands it back to the queue (acks late, 120 s stop timeout).
variable "name" { type = string }
variable "cluster_name" { type = string }
variable "service_name" { type = string }
variable "namespace" { type = string }
variable "queues" { type = list(string) }
variable "min_capacity" { type = number }
variable "max_capacity" { type = number }
variable "scale_out_wait" { type = number }
variable "idle_minutes" {
  type    = number
  default = 15
}
variable "alarm_topic_arn" { type = string }

locals {
  backlog = join(" + ", [for i, queue in var.queues : "FILL(q${i}, 0)"])
}

resource "aws_appautoscaling_target" "this" {
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${var.cluster_name}/${var.service_name}"
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
}

resource "aws_appautoscaling_policy" "out" {
  name               = "${var.name}-films-waiting"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension
  resource_id        = aws_appautoscaling_target.this.resource_id
  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = var.scale_out_wait
    metric_aggregation_type = "Maximum"
    step_adjustment {
      metric_interval_lower_bound = 0 # 1 to 5 films waiting
      metric_interval_upper_bound = 5
      scaling_adjustment          = 1
    }
    step_adjustment {
      metric_interval_lower_bound = 5
      metric_interval_upper_bound = 20
      scaling_adjustment          = 2
    }
    step_adjustment {
      metric_interval_lower_bound = 20
      scaling_adjustment          = 4
    }
  }
}

resource "aws_appautoscaling_policy" "in" {
  name               = "${var.name}-idle"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension
  resource_id        = aws_appautoscaling_target.this.resource_id
  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = var.idle_minutes * 60
    metric_aggregation_type = "Maximum"
    step_adjustment {
      metric_interval_upper_bound = 0
      scaling_adjustment          = -1
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "waiting" {
  alarm_name          = "${var.name}-films-waiting"
  alarm_description   = "Films wait in ${join(", ", var.queues)}: add workers"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_appautoscaling_policy.out.arn]
  metric_query {
    id          = "backlog"
    expression  = local.backlog
    label       = "Films waiting"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = var.queues
    content {
      id = "q${metric_query.key}"
      metric {
        namespace   = var.namespace
        metric_name = "QueueDepth"
        dimensions  = { Queue = metric_query.value }
        period      = 60
        stat        = "Maximum"
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "idle" {
  alarm_name          = "${var.name}-idle"
  alarm_description   = "Nothing waited in ${join(", ", var.queues)} for ${var.idle_minutes} minutes: fewer workers"
  comparison_operator = "LessThanOrEqualToThreshold"
  threshold           = 0
  evaluation_periods  = var.idle_minutes
  treat_missing_data  = "breaching" # no report at all: nothing known to wait
  alarm_actions       = [aws_appautoscaling_policy.in.arn]
  metric_query {
    id          = "backlog"
    expression  = local.backlog
    label       = "Films waiting"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = var.queues
    content {
      id = "q${metric_query.key}"
      metric {
        namespace   = var.namespace
        metric_name = "QueueDepth"
        dimensions  = { Queue = metric_query.value }
        period      = 60
        stat        = "Maximum"
      }
    }
  }
}

# for the team: films have waited in every 5 minutes of the last half hour (the workers are all busy at
# their maximum, or stuck): what the SQS queue-age alarm used to say
resource "aws_cloudwatch_metric_alarm" "backlog" {
  alarm_name          = "${var.name}-backlog-not-draining"
  alarm_description   = "Films have waited in ${join(", ", var.queues)} for 30 minutes"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 6
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
  metric_query {
    id          = "backlog"
    expression  = local.backlog
    label       = "Films waiting throughout"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = var.queues
    content {
      id = "q${metric_query.key}"
      metric {
        namespace   = var.namespace
        metric_name = "QueueDepth"
        dimensions  = { Queue = metric_query.value }
        period      = 300
        stat        = "Minimum"
      }
    }
  }
}
