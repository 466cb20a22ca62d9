/** Synthetic manifests for the benchmark: realistic Deployments with varied security settings. */

const CAPS = ['NET_ADMIN', 'SYS_TIME', 'NET_RAW', 'SYS_ADMIN', 'CHOWN']

export function deployment(i: number): string {
  const privileged = i % 17 === 0
  const restricted = i % 3 === 0
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 20}
  labels:
    app.kubernetes.io/name: app-${i}
    app.kubernetes.io/part-of: shop
  annotations:
    deployment.kubernetes.io/revision: "${(i % 9) + 1}"
spec:
  replicas: ${(i % 5) + 1}
  selector:
    matchLabels:
      app.kubernetes.io/name: app-${i}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: app-${i}
        tier: ${i % 2 ? 'web' : 'api'}
    spec:
      serviceAccountName: app-${i}
      hostNetwork: ${i % 50 === 0}
      securityContext:
        runAsNonRoot: ${restricted}
        runAsUser: ${1000 + (i % 100)}
        fsGroup: 2000
        seccompProfile:
          type: RuntimeDefault
      initContainers:
      - name: init-${i}
        image: registry.example.com/init:${i % 7}.0.1
        command: ["sh", "-c", "echo preparing ${i}; sleep 1"]
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop: ["ALL"]
      containers:
      - name: main
        image: registry.example.com/app-${i}:1.${i % 13}.0
        args: ["--port=8080", "--metrics-port=9090", "--log-level=info"]
        ports:
        - name: http
          containerPort: 8080
          protocol: TCP
        - name: metrics
          containerPort: 9090
        env:
        - name: APP_ID
          value: "${i}"
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {cpu: 500m, memory: 256Mi}
        livenessProbe:
          httpGet: {path: /healthz, port: http}
          initialDelaySeconds: 5
        readinessProbe:
          httpGet: {path: /ready, port: 8080}
        securityContext:
          privileged: ${privileged}
          allowPrivilegeEscalation: ${restricted ? 'false' : 'true'}
          readOnlyRootFilesystem: ${i % 2 === 0}
          capabilities:
            add: [${i % 4 === 0 ? CAPS[i % CAPS.length] : ''}]
            drop: [${restricted ? 'ALL' : ''}]
        volumeMounts:
        - name: data
          mountPath: /data
        - name: config
          mountPath: /etc/app
          readOnly: true
      - name: sidecar
        image: registry.example.com/proxy:2.${i % 4}
        ports:
        - containerPort: 15001
      volumes:
      - name: data
        ${i % 10 === 0 ? 'hostPath: {path: /var/lib/app, type: DirectoryOrCreate}' : 'emptyDir: {}'}
      - name: config
        configMap:
          name: app-${i}-config
`
}

/** `count` Deployments as separate YAML documents. */
export function manifest(count: number): string {
  const docs: string[] = []
  for (let i = 0; i < count; i++) docs.push(deployment(i))
  return docs.join('---\n')
}

/** A single `List` document of about `bytes` bytes (one big document: no per-document reuse). */
export function bigList(bytes: number): string {
  const items: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const item = deployment(i)
      .split('\n')
      .map((line, j) => (line === '' ? line : j === 0 ? `- ${line}` : `  ${line}`))
      .join('\n')
    items.push(item)
    size += item.length
  }
  return `apiVersion: v1\nkind: List\nitems:\n${items.join('')}`
}
