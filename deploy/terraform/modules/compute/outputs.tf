output "alb_dns_name" { value = aws_lb.api.dns_name }
output "cluster_name" { value = aws_ecs_cluster.this.name }
