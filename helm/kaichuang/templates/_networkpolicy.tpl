{{/*
Egress rules shared by the web pods and the CLI Jobs: DNS, PostgreSQL, the object store and,
with oidc, Keycloak. An empty peer list allows any address on that port.
*/}}
{{- define "kaichuang.egressRules" -}}
{{- $egress := .Values.networkPolicy.egress -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
- ports:
    - port: {{ .Values.database.port }}
      protocol: TCP
  {{- with $egress.databaseTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
- ports:
    - port: {{ include "kaichuang.urlPort" .Values.objectStore.endpoint }}
      protocol: TCP
  {{- with $egress.objectStoreTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- if and (eq .Values.security.mode "oidc") .Values.keycloak.issuerUri }}
- ports:
    - port: {{ include "kaichuang.urlPort" .Values.keycloak.issuerUri }}
      protocol: TCP
  {{- with $egress.keycloakTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- with $egress.extraRules }}
{{ toYaml . }}
{{- end }}
{{- end }}
