/**
 * Monaco's editor worker (the diff of compare mode, among others), with the diff computer's failed
 * self-check kept quiet (diffSelfCheck.ts); every other unexpected error goes to Monaco's own
 * handler as before. Loaded by monacoSetup as the editor worker.
 */
import { errorHandler } from 'monaco-editor/base/common/errors'
import 'monaco-editor/editor/editor.worker'
import { isDiffSelfCheck } from './diffSelfCheck'

const report = errorHandler.unexpectedErrorHandler
errorHandler.unexpectedErrorHandler = (error) => {
  if (!isDiffSelfCheck(error)) report(error)
}
