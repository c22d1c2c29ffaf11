{{/*
Pod spec of a CLI run (migration hook, export CronJob): (dict "root" $ "args" list
"component" name "serviceAccount" name-or-empty "envFromConfigMap" name-or-empty "resources" map
"backoffLimit" n "activeDeadlineSeconds" n) is rendered as a Job spec.
*/}}
{{- define "kaichuang.cliJobSpec" -}}
{{- $root := .root -}}
backoffLimit: {{ .backoffLimit }}
activeDeadlineSeconds: {{ .activeDeadlineSeconds }}
template:
  metadata:
    labels:
      {{- include "kaichuang.labels" $root | nindent 6 }}
      app.kubernetes.io/component: {{ .component }}
  spec:
    restartPolicy: Never
    {{- if .serviceAccount }}
    serviceAccountName: {{ .serviceAccount }}
    {{- end }}
    automountServiceAccountToken: false
    {{- include "kaichuang.podCommon" $root | trim | nindent 4 }}
    containers:
      - name: kaichuang-tenants
        image: {{ include "kaichuang.image" $root | quote }}
        imagePullPolicy: {{ $root.Values.image.pullPolicy }}
        args:
          {{- toYaml .args | nindent 10 }}
        {{- if .envFromConfigMap }}
        envFrom:
          - configMapRef:
              name: {{ .envFromConfigMap }}
        {{- end }}
        env:
          {{- if not .envFromConfigMap }}
          {{- range $name, $value := include "kaichuang.cliConfig" $root | fromYaml }}
          - name: {{ $name }}
            value: {{ $value | quote }}
          {{- end }}
          {{- end }}
          {{- include "kaichuang.cliSecretEnv" $root | nindent 10 }}
        resources:
          {{- toYaml .resources | nindent 10 }}
        securityContext:
          {{- toYaml $root.Values.securityContext | nindent 10 }}
        volumeMounts:
          - name: tmp
            mountPath: /tmp
    volumes:
      - name: tmp
        emptyDir: {}
{{- end }}
