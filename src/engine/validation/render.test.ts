import { describe, expect, it } from 'vitest'
import { kubectlApplyLine, kubectlMessage, qualifiedKind, serverMessage } from './render'

// staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go NewInvalid; pkg/util/errors aggregate;
// staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go (StandardErrorMessage, MultilineError).
describe('rendering a rejected create', () => {
  const e1 = 'spec.containers[0].name: Required value'
  const e2 = 'spec.volumes[0].name: Required value'
  it.each([
    ['Pod', 'Pod'],
    ['Deployment', 'Deployment.apps'],
    ['CronJob', 'CronJob.batch'],
    ['ReplicationController', 'ReplicationController'],
  ])('%s is %s', (kind, want) => {
    expect(qualifiedKind(kind)).toBe(want)
  })

  it.each([
    ['Pod', 'p', [e1], `Pod "p" is invalid: ${e1}`],
    ['Deployment', 'web', [e1, e2], `Deployment.apps "web" is invalid: [${e1}, ${e2}]`],
    ['Deployment', 'web', [e1, e1], `Deployment.apps "web" is invalid: ${e1}`],
    ['Pod', 'a"b', [e1], `Pod "a\\"b" is invalid: ${e1}`],
  ])('server: %s %s %j', (kind, name, errors, want) => {
    expect(serverMessage(kind, name, errors)).toBe(want)
  })

  it.each([
    ['Pod', [e1], `The Pod "p" is invalid: ${e1}\n`],
    ['Deployment', [e1, e2], `The Deployment "p" is invalid: \n* ${e1}\n* ${e2}\n`],
  ])('kubectl: %s %j', (kind, errors, want) => {
    expect(kubectlMessage(kind, 'p', errors)).toBe(want)
  })

  it('kubectl apply line', () => {
    expect(kubectlApplyLine('x.yaml', 'Pod', 'p', [e1])).toBe(
      `Error from server (Invalid): error when creating "x.yaml": Pod "p" is invalid: ${e1}`,
    )
  })
})
