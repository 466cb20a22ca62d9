import type { World } from './world'
export interface SideExplanation {
  text: string
}
export interface Explanation {
  text: string
}
export function explainInWorld(
  _w: World,
  _from: string,
  _to: string,
  _port: number,
  _protocol: string,
): Explanation | null {
  return null
}
