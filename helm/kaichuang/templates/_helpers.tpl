{{/*
Chart name, truncated to the 63 characters a DNS label allows.
*/}}
{{- define "kaichuang.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: release name plus chart name, unless the release name already contains it.
*/}}
{{- define "kaichuang.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
A name derived from the full name with a suffix; the full name is cut so the suffix survives.
*/}}
{{- define "kaichuang.suffixedName" -}}
{{- $root := index . 0 }}
{{- $suffix := index . 1 }}
{{- printf "%s-%s" (include "kaichuang.fullname" $root | trunc (int (sub 62 (len $suffix))) | trimSuffix "-") $suffix }}
{{- end }}

{{- define "kaichuang.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of every resource (Kubernetes recommended labels).
*/}}
{{- define "kaichuang.labels" -}}
helm.sh/chart: {{ include "kaichuang.chart" . }}
{{ include "kaichuang.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: kaichuang
{{- end }}

{{/*
Labels that identify the release's pods; never change them in an upgrade (selectors are immutable).
*/}}
{{- define "kaichuang.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kaichuang.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector of the web pods (the component keeps the CLI Jobs' pods out of the Service).
*/}}
{{- define "kaichuang.webSelectorLabels" -}}
{{ include "kaichuang.selectorLabels" . }}
app.kubernetes.io/component: web
{{- end }}

{{- define "kaichuang.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "kaichuang.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image reference: registry/repository, then @digest if given, else :tag (default appVersion).
*/}}
{{- define "kaichuang.image" -}}
{{- $repository := .Values.image.repository }}
{{- if .Values.image.registry }}
{{- $repository = printf "%s/%s" .Values.image.registry .Values.image.repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
JDBC URL of the platform database.
*/}}
{{- define "kaichuang.jdbcUrl" -}}
{{- with .Values.database }}
{{- if .url }}
{{- .url }}
{{- else }}
{{- printf "jdbc:postgresql://%s:%d/%s" .host (int .port) .name }}
{{- if .parameters }}?{{ .parameters }}{{ end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Port of an http(s) URL: the explicit one, else 443 for https and 80 for http.
*/}}
{{- define "kaichuang.urlPort" -}}
{{- $url := urlParse . }}
{{- $hostPort := splitList ":" $url.host }}
{{- if gt (len $hostPort) 1 }}
{{- last $hostPort }}
{{- else if eq $url.scheme "https" }}
{{- 443 }}
{{- else }}
{{- 80 }}
{{- end }}
{{- end }}

{{/*
Fails the rendering early on combinations the schema cannot express.
*/}}
{{- define "kaichuang.validate" -}}
{{- $ids := list }}
{{- range .Values.crypto.keys }}
{{- $ids = append $ids .id }}
{{- end }}
{{- if not (has .Values.crypto.activeKey $ids) }}
{{- fail (printf "crypto.activeKey %q is not among crypto.keys ids %v" .Values.crypto.activeKey $ids) }}
{{- end }}
{{- if and (eq .Values.security.mode "oidc") (not .Values.keycloak.issuerUri) }}
{{- fail "security.mode=oidc needs keycloak.issuerUri (the realm URL)" }}
{{- end }}
{{- if and .Values.podDisruptionBudget.enabled (not .Values.podDisruptionBudget.minAvailable) (not .Values.podDisruptionBudget.maxUnavailable) }}
{{- fail "podDisruptionBudget needs minAvailable or maxUnavailable" }}
{{- end }}
{{- end }}

{{/*
Secret reference for an environment variable: (list name secret key).
*/}}
{{- define "kaichuang.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 | quote }}
      key: {{ index . 2 | quote }}
{{- end }}

{{/*
Secret-backed environment of the web application.
*/}}
{{- define "kaichuang.appSecretEnv" -}}
{{- $v := .Values -}}
{{ include "kaichuang.secretEnv" (list "SPRING_DATASOURCE_USERNAME" $v.database.auth.existingSecret $v.database.auth.usernameKey) }}
{{ include "kaichuang.secretEnv" (list "SPRING_DATASOURCE_PASSWORD" $v.database.auth.existingSecret $v.database.auth.passwordKey) }}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_STORAGE_ACCESS_KEY" $v.objectStore.auth.existingSecret $v.objectStore.auth.accessKeyKey) }}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_STORAGE_SECRET_KEY" $v.objectStore.auth.existingSecret $v.objectStore.auth.secretKeyKey) }}
{{- range $v.crypto.keys }}
{{ include "kaichuang.secretEnv" (list (printf "KAICHUANG_CRYPTO_KEYS_%s" (upper .id)) $v.crypto.existingSecret .secretKey) }}
{{- end }}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_CRYPTO_INDEX_KEY" $v.crypto.existingSecret $v.crypto.indexKeySecretKey) }}
{{- if eq $v.security.mode "oidc" }}
{{ include "kaichuang.secretEnv" (list "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_SECRET" $v.keycloak.auth.existingSecret $v.keycloak.auth.clientSecretKey) }}
{{- end }}
{{- end }}

{{/*
Non-secret settings of the CLI (kaichuang-tenants), as a map of environment variables.
*/}}
{{- define "kaichuang.cliConfig" -}}
KAICHUANG_JDBC_URL: {{ include "kaichuang.jdbcUrl" . | quote }}
KAICHUANG_S3_ENDPOINT: {{ .Values.objectStore.endpoint | quote }}
KAICHUANG_ROLE_PREFIX: {{ .Values.database.rolePrefix | quote }}
KAICHUANG_TENANCY_APP_ROLE: {{ .Values.database.appRole | quote }}
KAICHUANG_TENANCY_MIGRATION_PARALLELISM: {{ .Values.database.migrationParallelism | quote }}
KAICHUANG_STORAGE_REGION: {{ .Values.objectStore.region | quote }}
{{- with .Values.objectStore.bucketPrefix }}
KAICHUANG_STORAGE_BUCKET_PREFIX: {{ . | quote }}
{{- end }}
JAVA_OPTS: {{ .Values.app.javaOpts | quote }}
{{- end }}

{{/*
Secret-backed environment of the CLI: the provisioning login and the object store.
*/}}
{{- define "kaichuang.cliSecretEnv" -}}
{{- $db := .Values.database }}
{{- $secret := default $db.auth.existingSecret $db.provisioning.existingSecret }}
{{- $userKey := ternary $db.provisioning.usernameKey $db.auth.usernameKey (not (empty $db.provisioning.existingSecret)) }}
{{- $passwordKey := ternary $db.provisioning.passwordKey $db.auth.passwordKey (not (empty $db.provisioning.existingSecret)) -}}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_JDBC_USER" $secret $userKey) }}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_JDBC_PASSWORD" $secret $passwordKey) }}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_S3_ACCESS_KEY" .Values.objectStore.auth.existingSecret .Values.objectStore.auth.accessKeyKey) }}
{{ include "kaichuang.secretEnv" (list "KAICHUANG_S3_SECRET_KEY" .Values.objectStore.auth.existingSecret .Values.objectStore.auth.secretKeyKey) }}
{{- end }}

{{/*
Pod-level settings shared by the web pods and the CLI Jobs' pods.
*/}}
{{- define "kaichuang.podCommon" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
