import type {
  ImportPartnerCandidate,
  ImportPartnerPreview,
  ImportSettings,
} from '../../../shared/import/import.ts'
import {
  duplicateThreshold,
  prepareName,
  preparedSimilarity,
  type PreparedName,
} from '../../../shared/partners/similarity.ts'
import { foldForSearch } from '../../../shared/search.ts'
import type { PartnerMention, RowDraft } from './import-rows.ts'

export interface ExistingPartner {
  id: number
  name: string
  nameNative: string | null
  country: string
}

/** A partner of the file: every row's spelling of it merged, with what the commit will do. */
export interface FilePartner extends ImportPartnerPreview {
  nameNative: string | null
  city: string | null
  /** The contact people the rows name for this partner, by folded name. */
  contacts: Map<string, { fullName: string; email: string | null }>
}

export interface MatchedPartners {
  partners: FilePartner[]
  /** Each row's partners, as keys of `partners`, in the row's order. */
  keysOfRow: Map<number, string[]>
}

/** Spellings this close (same country) are one partner written twice in the file. */
const sameInFileThreshold = 0.85
const candidateLimit = 3

/**
 * Merges the file's partners (the same name in another case, spacing or script, or a close
 * spelling, in one country) and finds each one's likely existing partners in the database.
 */
export function matchPartners(
  drafts: readonly RowDraft[],
  existing: readonly ExistingPartner[],
  choices: ImportSettings['partnerChoices'],
): MatchedPartners {
  const groups: Array<FilePartner & { prepared: PreparedName[] }> = []
  const byKey = new Map<string, (typeof groups)[number]>()
  const keysOfRow = new Map<number, string[]>()
  // A register names the same partners over and over: each spelling is prepared once.
  const preparedNames = new Map<string, PreparedName>()
  const prepare = (name: string) => {
    let prepared = preparedNames.get(name)
    if (!prepared) preparedNames.set(name, (prepared = prepareName(name)))
    return prepared
  }
  for (const draft of drafts) {
    const keys: string[] = []
    for (const mention of draft.partners) {
      const group = findOrAddGroup(mention, groups, byKey, prepare)
      group.rows++
      keys.push(group.key)
    }
    keysOfRow.set(draft.rowNumber, keys)
  }
  const existingByCountry = prepareExisting(existing)
  const existingIds = new Set(existing.map((partner) => partner.id))
  for (const group of groups) {
    group.candidates = candidatesFor(
      group.prepared,
      existingByCountry.get(group.country ?? '') ?? [],
    )
    const chosen = choices[group.key]
    if (chosen !== undefined && (chosen === 'create' || existingIds.has(chosen))) {
      group.choice = chosen
      group.decidedBy = 'user'
    } else if (group.candidates[0]?.score === 1) {
      group.choice = group.candidates[0].id
      group.decidedBy = 'match'
    } else {
      group.choice = 'create'
      group.decidedBy = group.candidates.length > 0 ? 'none' : 'match'
    }
  }
  return { partners: groups.map(({ prepared: _, ...partner }) => partner), keysOfRow }
}

function findOrAddGroup(
  mention: PartnerMention,
  groups: Array<FilePartner & { prepared: PreparedName[] }>,
  byKey: Map<string, FilePartner & { prepared: PreparedName[] }>,
  prepare: (name: string) => PreparedName,
) {
  const prepared = prepare(mention.name)
  const key = `${mention.country ?? '-'}|${prepared.skeleton || foldForSearch(mention.name)}`
  let group = byKey.get(key)
  if (!group) {
    group = groups.find(
      (other) =>
        other.country === mention.country &&
        other.prepared.some((name) => preparedSimilarity(name, prepared) >= sameInFileThreshold),
    )
    if (group) byKey.set(key, group)
  }
  if (!group) {
    group = {
      key,
      name: mention.name,
      nameNative: mention.nameNative,
      variants: [],
      country: mention.country,
      city: mention.city,
      rows: 0,
      candidates: [],
      choice: 'create',
      decidedBy: 'match',
      contacts: new Map(),
      prepared: [prepared, ...(mention.nameNative ? [prepare(mention.nameNative)] : [])],
    }
    groups.push(group)
    byKey.set(key, group)
  } else {
    if (mention.name !== group.name && !group.variants.includes(mention.name)) {
      group.variants.push(mention.name)
      group.prepared.push(prepared)
    }
    group.nameNative ??= mention.nameNative
    group.city ??= mention.city
  }
  if (mention.contactName) {
    const contactKey = foldForSearch(mention.contactName)
    const known = group.contacts.get(contactKey)
    if (!known)
      group.contacts.set(contactKey, { fullName: mention.contactName, email: mention.contactEmail })
    else known.email ??= mention.contactEmail
  }
  return group
}

type PreparedExisting = ExistingPartner & { prepared: PreparedName[] }

function prepareExisting(existing: readonly ExistingPartner[]): Map<string, PreparedExisting[]> {
  const byCountry = new Map<string, PreparedExisting[]>()
  for (const partner of existing) {
    const prepared = [prepareName(partner.name)]
    if (partner.nameNative) prepared.push(prepareName(partner.nameNative))
    const list = byCountry.get(partner.country) ?? []
    list.push({ ...partner, prepared })
    byCountry.set(partner.country, list)
  }
  return byCountry
}

function candidatesFor(
  names: readonly PreparedName[],
  existing: readonly PreparedExisting[],
): ImportPartnerCandidate[] {
  const scored: ImportPartnerCandidate[] = []
  for (const partner of existing) {
    let score = 0
    for (const name of names) {
      for (const other of partner.prepared) score = Math.max(score, preparedSimilarity(name, other))
    }
    if (score >= duplicateThreshold) {
      scored.push({
        id: partner.id,
        name: partner.name,
        nameNative: partner.nameNative,
        country: partner.country,
        score,
      })
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, candidateLimit)
}
