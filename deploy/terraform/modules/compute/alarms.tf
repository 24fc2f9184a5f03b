# Alarms to the team's topic: the API's errors, and the workers' queue-depth reports stopping (scaling
# would be blind). A backlog that does not drain alarms per worker kind (module queue-scaling).
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
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "queue_depth_missing" {
  alarm_name          = "${var.name}-queue-depth-missing"
  alarm_description   = "No worker has published QueueDepth for 10 minutes: the workers are down or cannot reach CloudWatch"
  namespace           = local.namespace
  metric_name         = "QueueDepth"
  dimensions          = { Queue = "filmstudio.cpu" }
  statistic           = "SampleCount"
  period              = 300
  evaluation_periods  = 2
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
}
