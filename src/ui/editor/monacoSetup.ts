/**
 * The only Monaco glue: the slim local Monaco (no CDN), its editor worker wired for Vite, the
 * YAML language, the loader of @monaco-editor/react pointed at it, and `__monaco` for e2e tests.
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
loader.config({ monaco })
;(globalThis as { __monaco?: typeof monaco }).__monaco = monaco

export { monaco }
export type Monaco = typeof monaco

/** Editor model paths: tests find the models by these URIs. */
export const MODEL_PATHS = { pod: 'pod.yaml', policy: 'policy.yaml' } as const
