# The studio's own secrets, made here and kept in Secrets Manager as JSON keys named like the variables
# they become (the tasks read them through their definitions' `secrets`); the third-party keys in a
# second secret that the operators fill, since their providers issue them.
resource "random_password" "secret_key" {
  length  = 64
  special = false
}

resource "random_password" "metrics_token" {
  length  = 48
  special = false
}

# A Fernet key: 32 random bytes, url-safe base64 with its padding (random_id gives it unpadded, 43 chars)
resource "random_id" "token_encryption_key" {
  byte_length = 32
}

resource "aws_secretsmanager_secret" "app" {
  #checkov:skip=CKV2_AWS_57:made by Terraform from its own random values and the database and Redis credentials; rotated by replacing them (terraform apply -replace) and redeploying the services, whose tasks read secrets when they start
  name                    = "${var.name}/app"
  description             = "The studio's own secrets: signing key, token key, metrics token, database and Redis URLs"
  kms_key_id              = aws_kms_key.studio.arn
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret_version" "app" {
  secret_id = aws_secretsmanager_secret.app.id
  secret_string = jsonencode({
    FILMSTUDIO_SECRET_KEY           = random_password.secret_key.result
    FILMSTUDIO_TOKEN_ENCRYPTION_KEY = "${random_id.token_encryption_key.b64_url}="
    FILMSTUDIO_METRICS_TOKEN        = random_password.metrics_token.result
    FILMSTUDIO_DATABASE_URL         = module.data.database_url
    FILMSTUDIO_REDIS_URL            = module.data.redis_url
  })
}

resource "aws_secretsmanager_secret" "integrations" {
  #checkov:skip=CKV2_AWS_57:third-party keys (Stripe, OpenAI, Anthropic, Google) are issued and rotated by their providers
  name                    = "${var.name}/integrations"
  description             = "Third-party keys, set by the operators (JSON keys named like the variables); list them in integration_secrets"
  kms_key_id              = aws_kms_key.studio.arn
  recovery_window_in_days = 30
}
