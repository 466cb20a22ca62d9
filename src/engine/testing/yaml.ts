/**
 * Test helper: read YAML the way the engine does, for tests that feed fixture files to one engine
 * family directly. (Not part of the engine's runtime.)
 */
import { readYaml } from '../yaml'

/** All documents of a YAML text as plain values; throws when the text has a YAML error. */
export function parseYamlForTests(text: string): unknown[] {
  const result = readYaml(text)
  const error = result.problems.find((p) => p.severity === 'error')
  if (error) throw new Error(`line ${error.line}: ${error.message}`)
  return result.documents.map((d) => d.value)
}
