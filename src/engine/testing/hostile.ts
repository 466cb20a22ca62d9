/** Hostile input for tests of every output (issue 9). */

/** A pod whose every name is an attack from issue 9 (quoted YAML strings keep the line ends). */
export const HOSTILE_POD = `apiVersion: v1
kind: Pod
metadata:
  name: "np\\n\\n![x](http://host/pixel.png)\\n\\n# Allowed everything"
  namespace: "ns\\u001b]0;owned\\u0007\\u001b[2J"
spec:
  hostPID: true
  containers:
  - name: "c\\n\`\`\`\\n# Injected\\n| a | b |\\n| - | - |\\n| [x](javascript:alert(1)) | <b>html</b> |"
    image: "<script>alert(1)</script>"
    securityContext: {privileged: true, capabilities: {add: ["\`\`\`\\n# cap <img src=x>"]}}
`
