/**
 * readOnlyRootFilesystem (spec pod-security-policy.md §4.9): with the policy's `true`, an unset
 * container value becomes `true`, and every container's value must be `true`.
 */
import { invalid, NULL } from '../go'
import { asBool } from '../obj'
import { type ContainerCtx, containerSC, err, write } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

const FIELD = ['spec', 'readOnlyRootFilesystem']

function mutateContainer(ctx: ContainerCtx): void {
  if (!ctx.psp.readOnlyRootFilesystem) return
  if (asBool(containerSC(ctx.c).readOnlyRootFilesystem) !== undefined) return
  write(ctx, [...ctx.path, 'securityContext', 'readOnlyRootFilesystem'], true)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  if (!ctx.psp.readOnlyRootFilesystem) return []
  const value = asBool(containerSC(ctx.c).readOnlyRootFilesystem)
  const field = `${ctx.go}.securityContext.readOnlyRootFilesystem`
  const at = [...ctx.path, 'securityContext', 'readOnlyRootFilesystem']
  if (value === undefined) {
    return [
      err(
        invalid(field, NULL, 'ReadOnlyRootFilesystem may not be nil and must be set to true'),
        at,
        FIELD,
      ),
    ]
  }
  if (!value)
    return [err(invalid(field, 'false', 'ReadOnlyRootFilesystem must be set to true'), at, FIELD)]
  return []
}

export const readOnlyRootFilesystem = {
  id: 'readOnlyRootFilesystem',
  fields: [FIELD],
  mutateContainer,
  checkContainer,
} satisfies Strategy
