/**
 * A field position kept twice: as Kubernetes prints it (field.Path: `spec.containers[0].name`,
 * `metadata.annotations[key]`) and as a path into the object the user wrote (for editor positions).
 * The two differ where the internal API type moved a field (hostPID is `spec.HostPID` in messages,
 * `spec.hostPID` in YAML) or where a template prints `spec.template.annotations` for
 * `spec.template.metadata.annotations`. Strings are built only when an error is reported.
 */
import type { Path } from '../report'

type Seg = string | number

export class At {
  private readonly parent: At | null
  /** This node's part of the printed path: `name` for a root, `.name`, `[3]` or `[key]`. */
  private readonly printed: string
  /** This node's part of the editor path (may be empty when the field does not exist in YAML). */
  private readonly editor: readonly Seg[]

  private constructor(parent: At | null, printed: string, editor: readonly Seg[]) {
    this.parent = parent
    this.printed = printed
    this.editor = editor
  }

  static root(name: string, editor: readonly Seg[] = [name]): At {
    return new At(null, name, editor)
  }

  child(name: string, editor: readonly Seg[] = [name]): At {
    return new At(this, `.${name}`, editor)
  }

  index(i: number): At {
    return new At(this, `[${i}]`, [i])
  }

  /** A map key, printed in brackets without quotes (field.Path.Key). */
  key(k: string, editor: readonly Seg[] = [k]): At {
    return new At(this, `[${k}]`, editor)
  }

  get field(): string {
    let s = ''
    for (let n: At | null = this; n !== null; n = n.parent) s = n.printed + s
    return s
  }

  get path(): Path {
    const parts: (readonly Seg[])[] = []
    for (let n: At | null = this; n !== null; n = n.parent) parts.push(n.editor)
    return parts.reverse().flat()
  }
}
