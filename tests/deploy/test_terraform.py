"""The Terraform, parsed (python-hcl2) and read against the spec and against what each process refuses to
start without (filmstudio.ops.deployment): every setting reaches every ECS task, the secrets only from
Secrets Manager; the workers scale on the queue depth they publish; media are presigned S3 links; the CI's
deploy jobs pass every variable. `terraform fmt` too, when terraform is installed."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess

import pytest
import yaml

from filmstudio.ops.deployment import HEALTH_PATH, PORT, PROCESSES, READY_PATH, SECRETS
from filmstudio.worker.queues import QUEUES
from tests.conftest import ROOT
from tests.deploy.files import TERRAFORM
from tests.deploy.files import plain as _plain

MODULES = TERRAFORM / "modules"
ECS_PROCESSES = ("api", "worker", "worker-gpu")  # migrations: the API runs them as it starts


def _load(path) -> dict:  # type: ignore[no-untyped-def]
    hcl2 = pytest.importorskip("hcl2")
    with path.open() as handle:
        return _plain(hcl2.load(handle))


@pytest.fixture(scope="module")
def tf() -> dict:
    """Every block of every module: resource/data as {kind: {"module.name": body}}, the rest per module."""
    found: dict = {"resource": {}, "data": {}, "locals": {}, "module": {}, "variable": {}, "output": {}}
    for path in sorted(TERRAFORM.rglob("*.tf")):
        module = path.parent.name
        for key, blocks in _load(path).items():
            for block in blocks if key in found else []:
                if key in ("resource", "data"):
                    for kind, named in block.items():
                        for name, body in named.items():
                            found[key].setdefault(kind, {})[f"{module}.{name}"] = body
                else:
                    found[key].setdefault(module, {}).update(block)
    return found


def _one(tf: dict, kind: str, name: str) -> dict:
    return tf["resource"][kind][name]


def _text(value) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(value)


# ---------- the spec's resources ----------


def test_the_terraform_follows_the_spec(tf: dict) -> None:
    resources = tf["resource"]
    for kind in (
        "aws_vpc",
        "aws_subnet",
        "aws_nat_gateway",
        "aws_ecs_service",
        "aws_lb",
        "aws_wafv2_web_acl",
        "aws_wafv2_web_acl_association",
        "aws_autoscaling_group",
        "aws_ecs_capacity_provider",
        "aws_appautoscaling_policy",
        "aws_db_instance",
        "aws_elasticache_replication_group",
        "aws_s3_bucket_lifecycle_configuration",
        "aws_s3_bucket_cors_configuration",
        "aws_secretsmanager_secret",
        "aws_secretsmanager_secret_version",
        "aws_cloudwatch_metric_alarm",
        "aws_kms_key",
        "aws_iam_role",
    ):
        assert kind in resources, kind
    # the studio queues on Redis (Celery), and its media links are presigned S3 links, not CloudFront's
    assert "aws_sqs_queue" not in resources
    assert "aws_cloudfront_distribution" not in resources
    assert "sqs" not in _text(resources).lower()
    (db,) = resources["aws_db_instance"].values()
    assert db["engine"] == "postgres" and db["engine_version"] == "15" and db["storage_encrypted"] is True
    (redis,) = resources["aws_elasticache_replication_group"].values()
    assert redis["transit_encryption_enabled"] is True and redis["at_rest_encryption_enabled"] is True
    lifecycle = _text(resources["aws_s3_bucket_lifecycle_configuration"])
    assert "STANDARD_IA" in lifecycle and "GLACIER" in lifecycle
    subnets = [s["tags"]["tier"] for s in resources["aws_subnet"].values()]
    assert sorted(set(subnets)) == ["app", "data", "public"]
    assert {p.name for p in (TERRAFORM / "environments").iterdir()} == {"dev", "staging", "prod"}


# ---------- what each process is given ----------


def _process(tf: dict, name: str) -> tuple[dict, dict, dict]:
    """(environment, secrets, process) as the compute module's `containers` local merges them."""
    local = tf["locals"]["compute"]
    process = local["processes"][name]
    return (
        {**local["shared_environment"], **process["environment"]},
        {**local["shared_secrets"], **process["secrets"]},
        process,
    )


def test_the_containers_are_built_from_the_locals_the_test_reads(tf: dict) -> None:
    containers = tf["locals"]["compute"]["containers"].replace(" ", "")
    # the fixed settings win over var.settings; the studio's own secrets over the integrations'
    assert "merge(var.settings,local.shared_environment,process.environment)" in containers
    assert "merge(local.integration_secrets,local.shared_secrets,process.secrets)" in containers
    assert "{name=key,value=value}" in containers and "{name=key,valueFrom=from}" in containers
    assert "command=process.command" in containers and "image=process.image" in containers
    definitions = {}
    for task in tf["resource"]["aws_ecs_task_definition"].values():
        (process,) = re.findall(r'local\.containers\["([\w-]+)"\]', task["container_definitions"])
        definitions[process] = task
    assert sorted(definitions) == sorted(ECS_PROCESSES)
    assert sorted(tf["locals"]["compute"]["processes"]) == sorted(ECS_PROCESSES)
    for task in definitions.values():  # one role to start the task, another for the studio itself
        assert task["execution_role_arn"] != task["task_role_arn"]


@pytest.mark.parametrize("name", ECS_PROCESSES)
def test_every_process_gets_every_setting_it_needs_and_its_secrets_from_secrets_manager(tf: dict, name: str) -> None:
    environment, secrets, process = _process(tf, name)
    wanted = PROCESSES[name]
    for variable in wanted.required:
        if variable in SECRETS:
            assert variable in secrets, (name, variable)
            # a JSON key of a Secrets Manager secret: arn:…:secret:name:KEY::
            assert re.fullmatch(r"\$\{local\.app_secret\}:" + variable + "::", secrets[variable]), secrets[variable]
        else:
            assert variable in environment, (name, variable)
    assert not SECRETS & set(environment), (name, SECRETS & set(environment))
    assert set(secrets) <= SECRETS
    for variable, value in wanted.values:
        assert environment[variable] == value, (name, variable)
    assert environment["FILMSTUDIO_ENVIRONMENT"] == "production"
    assert environment["FILMSTUDIO_S3_BUCKET"] == "${var.media_bucket}"
    assert environment["FILMSTUDIO_S3_REGION"] == "${var.region}"
    assert " ".join(process["command"]).startswith(wanted.command), process["command"]
    assert process["image"] == "${var.images." + name.replace("-", "_") + "}"


def test_the_api_listens_on_8000_and_trusts_forwarded_addresses_from_the_vpc_only(tf: dict) -> None:
    environment, _, api = _process(tf, "api")
    assert api["container"]["portMappings"] == [{"containerPort": PORT, "protocol": "tcp"}]
    assert HEALTH_PATH in _text(api["container"]["healthCheck"])
    assert environment["FILMSTUDIO_FORWARDED_ALLOW_IPS"] == "${var.vpc_cidr}"
    assert environment["FILMSTUDIO_HOST"] == "0.0.0.0"
    assert "FILMSTUDIO_FORWARDED_ALLOW_IPS" not in _process(tf, "worker")[0]


def test_the_workers_publish_the_queue_depth_and_the_gpu_worker_gets_a_gpu_and_its_models(tf: dict) -> None:
    assert tf["locals"]["compute"]["namespace"] == "FilmStudio/${var.name}"
    for name in ("worker", "worker-gpu"):
        environment, _, process = _process(tf, name)
        assert environment["FILMSTUDIO_CLOUDWATCH_NAMESPACE"] == "${local.namespace}"
    environment, _, gpu = _process(tf, "worker-gpu")
    assert gpu["container"]["resourceRequirements"] == [{"type": "GPU", "value": "1"}]
    assert gpu["container"]["mountPoints"] == [{"sourceVolume": "models", "containerPath": "/models", "readOnly": True}]
    assert "filmstudio.gpu" in " ".join(gpu["command"]) and "filmstudio.cpu" not in " ".join(gpu["command"])
    task = _one(tf, "aws_ecs_task_definition", "compute.worker_gpu")
    assert task["requires_compatibilities"] == ["EC2"]
    assert task["volume"][0]["efs_volume_configuration"][0]["transit_encryption"] == "ENABLED"
    # the workers' role may publish the metric, in the studio's namespace only
    policy = tf["data"]["aws_iam_policy_document"]["compute.worker"]
    (metric,) = [s for s in policy["statement"] if s["actions"] == ["cloudwatch:PutMetricData"]]
    assert metric["condition"] == [
        {"test": "StringEquals", "variable": "cloudwatch:namespace", "values": ["${local.namespace}"]}
    ]


# ---------- the secrets Terraform makes ----------


def test_the_app_secret_holds_every_secret_the_tasks_read_from_it(tf: dict) -> None:
    local = tf["locals"]["compute"]
    served = set(local["shared_secrets"]) | {k for p in local["processes"].values() for k in p["secrets"]}
    version = _one(tf, "aws_secretsmanager_secret_version", "studio.app")["secret_string"]
    keys = set(re.findall(r"(FILMSTUDIO_\w+) =", version))
    assert keys == served
    assert "FILMSTUDIO_DATABASE_URL = module.data.database_url" in version
    assert "FILMSTUDIO_REDIS_URL = module.data.redis_url" in version
    # the module passes the secret's version to the tasks: they start only once the keys are there
    assert tf["module"]["studio"]["compute"]["app_secret_arn"] == "${aws_secretsmanager_secret_version.app.arn}"
    assert _one(tf, "random_password", "studio.secret_key")["length"] >= 48
    assert _one(tf, "random_password", "studio.metrics_token")["length"] >= 32


def test_the_token_encryption_key_is_a_fernet_key(tf: dict) -> None:
    assert _one(tf, "random_id", "studio.token_encryption_key")["byte_length"] == 32
    version = _one(tf, "aws_secretsmanager_secret_version", "studio.app")["secret_string"]
    assert 'FILMSTUDIO_TOKEN_ENCRYPTION_KEY = "${random_id.token_encryption_key.b64_url}="' in version
    # random_id's b64_url: url-safe base64 without padding (43 characters); with "=", a Fernet key
    fernet = pytest.importorskip("cryptography.fernet")
    for raw in (os.urandom(32), b"\xff" * 32, b"\x00" * 32):
        key = base64.urlsafe_b64encode(raw).decode().rstrip("=") + "="
        assert len(key) == 44 and re.fullmatch(r"[A-Za-z0-9_-]{43}=", key)
        assert base64.urlsafe_b64decode(key) == raw
        fernet.Fernet(key)


def test_the_urls_carry_their_credentials_and_tls(tf: dict) -> None:
    outputs = tf["output"]["data"]
    assert outputs["database_url"]["sensitive"] is True and outputs["redis_url"]["sensitive"] is True
    database, redis = outputs["database_url"]["value"], outputs["redis_url"]["value"]
    assert database.startswith("postgresql://") and "${random_password.db.result}@" in database
    assert database.endswith("?sslmode=require")
    # transit encryption is on: rediss://, the auth token as the password
    assert redis.startswith("rediss://:${random_password.redis.result}@")
    assert "ssl_cert_reqs=required" in redis
    assert _one(tf, "aws_elasticache_replication_group", "data.this")["auth_token"] == "${random_password.redis.result}"
    assert _one(tf, "aws_db_instance", "data.this")["password"] == "${random_password.db.result}"


# ---------- scaling on the queue depth ----------


def test_the_workers_scale_on_the_queue_depth_the_workers_publish(tf: dict) -> None:
    scaling = {name: m for name, m in tf["module"]["compute"].items() if m["source"] == "../queue-scaling"}
    queues = {name: set(m["queues"]) for name, m in scaling.items()}
    assert queues == {
        "worker_scaling": {"filmstudio.cpu", "filmstudio.cpu.priority"},
        "gpu_scaling": {"filmstudio.gpu", "filmstudio.gpu.priority"},
    }
    assert set().union(*queues.values()) == set(QUEUES)
    assert scaling["gpu_scaling"]["service_name"] == "${aws_ecs_service.worker_gpu.name}"
    assert scaling["gpu_scaling"]["min_capacity"] == 0  # GPU workers scale to zero
    assert scaling["worker_scaling"]["service_name"] == "${aws_ecs_service.worker.name}"
    for module in scaling.values():
        assert module["namespace"] == "${local.namespace}"
    # the alarms read QueueDepth, one query per queue (dimension Queue), summed
    alarms = {
        n.split(".")[1]: a
        for n, a in tf["resource"]["aws_cloudwatch_metric_alarm"].items()
        if n.startswith("queue-scaling.")
    }
    assert tf["locals"]["queue-scaling"]["backlog"] == '${join(" + ", [for i, queue in var.queues : "FILL(q${i}, 0)"])}'
    for name in ("waiting", "idle", "backlog"):
        (query,) = alarms[name]["dynamic"]
        assert query["metric_query"]["for_each"] == "${var.queues}"
        (metric,) = query["metric_query"]["content"][0]["metric"]
        assert metric["metric_name"] == "QueueDepth" and metric["namespace"] == "${var.namespace}"
        assert metric["dimensions"] == {"Queue": "${metric_query.value}"}
        assert alarms[name]["metric_query"][0]["expression"] == "${local.backlog}"
    assert alarms["waiting"]["alarm_actions"] == ["${aws_appautoscaling_policy.out.arn}"]
    assert alarms["idle"]["alarm_actions"] == ["${aws_appautoscaling_policy.in.arn}"]
    target = _one(tf, "aws_appautoscaling_target", "queue-scaling.this")
    assert target["resource_id"] == "service/${var.cluster_name}/${var.service_name}"
    assert target["min_capacity"] == "${var.min_capacity}"


def test_the_gpu_workers_run_on_an_ecs_capacity_provider_that_only_joins_the_cluster(tf: dict) -> None:
    service = _one(tf, "aws_ecs_service", "compute.worker_gpu")
    assert service["capacity_provider_strategy"][0]["capacity_provider"] == "${aws_ecs_capacity_provider.gpu.name}"
    group = _one(tf, "aws_autoscaling_group", "compute.gpu")
    assert group["min_size"] == 0 and group["protect_from_scale_in"] is True
    provider = _one(tf, "aws_ecs_capacity_provider", "compute.gpu")["auto_scaling_group_provider"][0]
    assert provider["auto_scaling_group_arn"] == "${aws_autoscaling_group.gpu.arn}"
    assert provider["managed_scaling"][0]["status"] == "ENABLED"
    user_data = _one(tf, "aws_launch_template", "compute.gpu")["user_data"]
    commands = [line.strip() for line in user_data.splitlines()[1:-1] if line.strip()]
    assert commands == [
        "#!/bin/bash",
        'echo "ECS_CLUSTER=${aws_ecs_cluster.this.name}" >> /etc/ecs/ecs.config',
    ]
    assert "ecs/optimized-ami/amazon-linux-2/gpu" in tf["data"]["aws_ssm_parameter"]["compute.gpu_ami"]["name"]
    for name in ("compute.api", "compute.worker"):
        assert _one(tf, "aws_ecs_service", name)["launch_type"] == "FARGATE"
    # the SQS queue-age alarm's successor reads the workers' metric
    missing = _one(tf, "aws_cloudwatch_metric_alarm", "compute.queue_depth_missing")
    assert missing["metric_name"] == "QueueDepth" and missing["treat_missing_data"] == "breaching"


# ---------- the load balancer, media and keys ----------


def test_the_load_balancer_checks_and_forwards_to_the_api_on_8000(tf: dict) -> None:
    group = _one(tf, "aws_lb_target_group", "compute.api")
    assert group["port"] == PORT and group["protocol"] == "HTTP"
    (check,) = group["health_check"]
    assert check["path"] in (HEALTH_PATH, READY_PATH) and check["port"] in (str(PORT), "traffic-port")
    (action,) = _one(tf, "aws_lb_listener", "compute.https")["default_action"]
    assert action["type"] == "forward" and action["target_group_arn"] == "${aws_lb_target_group.api.arn}"
    (balancing,) = _one(tf, "aws_ecs_service", "compute.api")["load_balancer"]
    assert balancing["container_name"] == "api" and balancing["container_port"] == PORT
    assert tf["module"]["studio"]["compute"]["logs_bucket"] == "${module.storage.logs_bucket}"


def test_media_are_presigned_s3_links_from_a_private_bucket_the_site_may_play(tf: dict) -> None:
    blocked = _one(tf, "aws_s3_bucket_public_access_block", "storage.all")
    assert all(
        blocked[k] is True
        for k in ("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")
    )
    (rule,) = _one(tf, "aws_s3_bucket_cors_configuration", "storage.media")["cors_rule"]
    assert set(rule["allowed_methods"]) <= {"GET", "HEAD"} and "GET" in rule["allowed_methods"]
    assert rule["allowed_origins"] == "${var.site_origins}"
    assert tf["module"]["studio"]["storage"]["site_origins"] == ["https://${var.domain}"]
    environment = tf["module"]["studio"]["compute"]
    assert "S3_PUBLIC_ENDPOINT" not in _text(tf["locals"]) + _text(environment)  # links are S3's own


def test_the_log_bucket_is_sse_s3_and_the_load_balancer_may_write_to_it(tf: dict) -> None:
    (rule,) = _one(tf, "aws_s3_bucket_server_side_encryption_configuration", "storage.logs")["rule"]
    (default,) = rule["apply_server_side_encryption_by_default"]
    assert default["sse_algorithm"] == "AES256" and "kms_master_key_id" not in default
    policy = _one(tf, "aws_s3_bucket_policy", "storage.logs")["policy"]
    assert "logdelivery.elasticloadbalancing.amazonaws.com" in policy
    assert "data.aws_elb_service_account.current.arn" in policy
    assert "/alb/AWSLogs/" in _text(tf["locals"]["storage"])
    (logs,) = _one(tf, "aws_lb", "compute.api")["access_logs"]
    assert logs["prefix"] == "alb" and logs["enabled"] is True


def test_the_key_policy_grants_the_services_that_use_the_key_in_their_own_name(tf: dict) -> None:
    policy = _one(tf, "aws_kms_key", "studio.studio")["policy"]
    assert "logs.${var.region}.amazonaws.com" in policy and "kms:EncryptionContext:aws:logs:arn" in policy
    assert "cloudwatch.amazonaws.com" in policy  # alarms publish to the encrypted topic
    assert _one(tf, "aws_sns_topic", "studio.alarms")["kms_master_key_id"] == "${aws_kms_key.studio.arn}"
    for name, group in tf["resource"]["aws_cloudwatch_log_group"].items():
        assert "kms_key_id" in group, name


# ---------- the CI's deploy jobs ----------


@pytest.mark.parametrize(("job", "environment"), [("deploy-staging", "staging"), ("deploy-production", "prod")])
def test_the_deploy_jobs_pass_every_variable_without_a_default(job: str, environment: str) -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    steps = workflow["jobs"][job]["steps"]
    for step in steps:
        if "uses" in step:  # pinned by commit
            assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    (apply,) = [s for s in steps if "terraform apply" in s.get("run", "")]
    assert apply["working-directory"] == f"deploy/terraform/environments/{environment}"
    passed = {k.removeprefix("TF_VAR_"): v for k, v in apply["env"].items() if k.startswith("TF_VAR_")}
    passed.update(re.findall(r'export TF_VAR_(\w+)="([^"]+)"', apply["run"]))
    images = {
        "api_image": "filmstudio-api",
        "worker_image": "filmstudio-worker",
        "worker_gpu_image": "filmstudio-worker-gpu",
    }
    for name, image in images.items():
        assert passed[name] == f"ghcr.io/$owner/{image}:$GITHUB_SHA", name  # as the images job pushes them
    assert 'owner="${OWNER,,}"' in apply["run"] and apply["env"]["OWNER"] == "${{ github.repository_owner }}"
    variables = _load(TERRAFORM / "environments" / environment / "main.tf")["variable"]
    for block in variables:
        for name, body in block.items():
            if "default" not in body:
                assert name in passed, (job, name)
            if name in passed and name not in images:
                expected = r"\$\{\{ vars\." + name.upper() + r"( \|\| '.*')? \}\}"
                assert re.fullmatch(expected, passed[name]), passed[name]
    assert set(passed) <= {name for block in variables for name in block}


# ---------- formatting ----------


def test_terraform_fmt_is_clean() -> None:
    terraform = shutil.which("terraform")
    if terraform is None:
        pytest.skip("terraform not installed")
    run = subprocess.run(
        [terraform, "fmt", "-check", "-recursive", "-diff", str(TERRAFORM)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
