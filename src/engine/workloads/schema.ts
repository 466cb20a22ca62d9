/**
 * The types of the Pod fields podplay evaluates, as the Kubernetes API declares them. A value of
 * the wrong type is what the API server's decoder would reject; podplay reports it at its key and
 * judges the pod as if the field were unset.
 */

export type FieldType =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'intOrString'
  | { object: Shape }
  | { array: FieldType }
  | { map: 'string' }

export type Shape = Record<string, FieldType>

const str = 'string' as const
const bool = 'boolean' as const
const int = 'integer' as const

const seccompProfile: FieldType = { object: { type: str, localhostProfile: str } }
const seLinuxOptions: FieldType = { object: { user: str, role: str, type: str, level: str } }
const windowsOptions: FieldType = {
  object: {
    gmsaCredentialSpecName: str,
    gmsaCredentialSpec: str,
    runAsUserName: str,
    hostProcess: bool,
  },
}
const appArmorProfile: FieldType = { object: { type: str, localhostProfile: str } }

const handler: FieldType = {
  object: {
    httpGet: { object: { host: str, path: str, port: 'intOrString', scheme: str } },
    tcpSocket: { object: { host: str, port: 'intOrString' } },
  },
}

export const CONTAINER: Shape = {
  name: str,
  image: str,
  ports: {
    array: { object: { name: str, containerPort: int, hostPort: int, protocol: str, hostIP: str } },
  },
  volumeMounts: { array: { object: { name: str, mountPath: str, readOnly: bool, subPath: str } } },
  securityContext: {
    object: {
      privileged: bool,
      allowPrivilegeEscalation: bool,
      readOnlyRootFilesystem: bool,
      runAsUser: int,
      runAsGroup: int,
      runAsNonRoot: bool,
      procMount: str,
      capabilities: { object: { add: { array: str }, drop: { array: str } } },
      seccompProfile,
      seLinuxOptions,
      windowsOptions,
      appArmorProfile,
    },
  },
  livenessProbe: handler,
  readinessProbe: handler,
  startupProbe: handler,
  lifecycle: { object: { postStart: handler, preStop: handler } },
}

export const POD_SPEC: Shape = {
  hostNetwork: bool,
  hostPID: bool,
  hostIPC: bool,
  hostUsers: bool,
  serviceAccountName: str,
  runtimeClassName: str,
  automountServiceAccountToken: bool,
  os: { object: { name: str } },
  securityContext: {
    object: {
      runAsUser: int,
      runAsGroup: int,
      runAsNonRoot: bool,
      fsGroup: int,
      supplementalGroups: { array: int },
      fsGroupChangePolicy: str,
      supplementalGroupsPolicy: str,
      sysctls: { array: { object: { name: str, value: str } } },
      seccompProfile,
      seLinuxOptions,
      windowsOptions,
      appArmorProfile,
    },
  },
  containers: { array: { object: CONTAINER } },
  initContainers: { array: { object: CONTAINER } },
  ephemeralContainers: { array: { object: CONTAINER } },
  volumes: {
    array: {
      object: {
        name: str,
        hostPath: { object: { path: str, type: str } },
      },
    },
  },
}

export const OBJECT_META: Shape = {
  name: str,
  namespace: str,
  labels: { map: 'string' },
  annotations: { map: 'string' },
}

export const POD: Shape = {
  metadata: { object: OBJECT_META },
  spec: { object: POD_SPEC },
}
