{{- define "filmstudio.name" -}}{{ .Release.Name }}-filmstudio{{- end -}}

{{- define "filmstudio.labels" -}}
app.kubernetes.io/name: filmstudio
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Settings that are secrets wherever they are set (filmstudio.ops.deployment.SECRETS, without the
FILMSTUDIO_ prefix): they come only from .Values.existingSecret, never from values. */}}
{{- define "filmstudio.secretNames" -}}
SECRET_KEY TOKEN_ENCRYPTION_KEY DATABASE_URL REDIS_URL METRICS_TOKEN S3_SECRET_ACCESS_KEY STRIPE_SECRET_KEY STRIPE_WEBHOOK_SECRET OPENAI_API_KEY ANTHROPIC_API_KEY YOUTUBE_CLIENT_SECRET
{{- end -}}

{{/* The secrets each process refuses to start without (PROCESSES[p].required): named one by one, so a
Secret lacking one stops the pod with the key's name (CreateContainerConfigError). */}}
{{- define "filmstudio.requiredSecrets" -}}
{{- $every := list "SECRET_KEY" "TOKEN_ENCRYPTION_KEY" "DATABASE_URL" "REDIS_URL" -}}
{{- if eq . "api" }}{{ append $every "METRICS_TOKEN" | join " " }}
{{- else if eq . "migrate" }}DATABASE_URL
{{- else }}{{ join " " $every }}{{ end -}}
{{- end -}}

{{/* A process's environment: the fixed values, the plain settings of values, and its required secrets from
the existing Secret (the optional ones come with envFrom). Call with (dict "root" $ "process" "api"). */}}
{{- define "filmstudio.env" -}}
{{- $root := .root -}}
{{- $secrets := splitList " " (include "filmstudio.secretNames" .) -}}
{{- $fixed := list "ENVIRONMENT" "JOB_BACKEND" "WORKER_GPU" -}}
- name: FILMSTUDIO_ENVIRONMENT
  value: production
- name: FILMSTUDIO_JOB_BACKEND
  value: celery
{{- if eq .process "worker-gpu" }}
- name: FILMSTUDIO_WORKER_GPU
  value: "true"
{{- end }}
{{- range $key, $value := $root.Values.settings }}
{{- if has $key $secrets }}
{{- fail (printf "settings.%s: FILMSTUDIO_%s is a secret: put it in the Secret named by existingSecret" $key $key) }}
{{- end }}
{{- if not (has $key $fixed) }}
- name: FILMSTUDIO_{{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
{{- range splitList " " (include "filmstudio.requiredSecrets" .process) }}
- name: FILMSTUDIO_{{ . }}
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.existingSecret | quote }}, key: FILMSTUDIO_{{ . }}}
{{- end }}
{{- end -}}

{{- define "filmstudio.securityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "filmstudio.skips" -}}
checkov.io/skip1: CKV_K8S_35=settings are read from the environment (pydantic-settings); the Secret is mounted as env on purpose
checkov.io/skip2: CKV_K8S_43=images are pinned by release tags CI pushes once per version; set image.digests to pin by digest
{{- end -}}

{{/* An image reference: by digest when one is given, else by tag (empty: the chart's appVersion, the
project's version, which CI pushes as a tag). */}}
{{- define "filmstudio.image" -}}
{{- $ref := index .root.Values.image .which -}}
{{- $digest := index .root.Values.image.digests .which -}}
{{- if $digest }}{{ $ref.repository }}@{{ $digest }}{{ else }}{{ $ref.repository }}:{{ $ref.tag | default .root.Chart.AppVersion }}{{ end -}}
{{- end -}}
