/**
 * Test fixture: issue 2's seed example (Kubernetes in Action, chapter 13), the Pod the app opens
 * with. (Not part of the engine's runtime.)
 */
export const SEED_POD = `apiVersion: v1
kind: Pod
metadata: {name: pod-with-host-pid-and-ipc}
spec:
  hostPID: true
  hostIPC: true
  containers:
  - image: luska/kubia
    name: kubia
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
`
