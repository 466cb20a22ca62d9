/** Benchmarks of the policy families (filled in as each family lands). */
export interface FamilyRow {
  name: string
  ms: number
  baselineMs?: number
  note?: string
}

export async function familyBenches(): Promise<FamilyRow[]> {
  return []
}
