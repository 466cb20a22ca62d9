/** The API server's typed, strict decoding (cluster-path.md §4, §5): the public API of api/. */
export { type DecodeProblem, type DecodeResult, decodeObject } from './decode'
export { type DecodeError, decodeErrorMessage } from './message'
export { kindInfo, knownKinds, SOURCE } from './tree'
