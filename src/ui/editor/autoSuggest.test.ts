/** Where completion opens by itself: the text before the cursor once a trigger is typed. */
import { describe, expect, it } from 'vitest'
import { opensByItself } from './autoSuggest'

describe('opensByItself', () => {
  it.each([
    ['        type: ', true],
    ['      procMount: ', true],
    ['  - allowPrivilegeEscalation: ', true],
    ["    'pod-security.kubernetes.io/enforce': ", true],
    ['        - ', true],
    ['- - ', true],
    ['      capabilities: {drop: [', true],
    ['      capabilities: {drop: [ALL, ', true],
    ['      seccompProfile: {type: ', true],
    ['  - name: my ', false],
    ['    image: nginx ', false],
    ['    command: echo hello ', false],
    ['# a comment, ', true],
    ['  ', false],
    ['type:', false],
    ['a:: ', false],
    ['  -', false],
    ['      drop: [ALL,', false],
  ])('%j -> %s', (before, want) => {
    expect(opensByItself(before)).toBe(want)
  })
})
