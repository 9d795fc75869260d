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

const candidateLimit = 3

/**
 * Merges the file's partners written the same way (in another case, spacing, punctuation or
 * transliteration, in one country) and finds each one's likely existing partners. Only the same
 * name links by itself; a close one ("Kyrgyz State" beside "Kyrgyz National") is proposed for
 * the user to decide, and close names in the file stay apart: merging them could join two
 * universities, and a merge cannot be undone on the screen.
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
    const found = candidatesFor(group.prepared, existingByCountry.get(group.country ?? '') ?? [])
    group.candidates = found.candidates
    const chosen = choices[group.key]
    if (chosen !== undefined && (chosen === 'create' || existingIds.has(chosen))) {
      group.choice = chosen
      group.decidedBy = 'user'
    } else if (found.sameNameId !== null) {
      group.choice = found.sameNameId
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
  const key = `${mention.country ?? '-'}|${prepared.key || foldForSearch(mention.name)}`
  let group = byKey.get(key)
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

/** Existing partners like the file's one, best first, and the one with the very same name. */
function candidatesFor(
  names: readonly PreparedName[],
  existing: readonly PreparedExisting[],
): { candidates: ImportPartnerCandidate[]; sameNameId: number | null } {
  const scored: ImportPartnerCandidate[] = []
  let sameNameId: number | null = null
  for (const partner of existing) {
    let score = 0
    for (const name of names) {
      for (const other of partner.prepared) {
        if (name.key && name.key === other.key) {
          sameNameId ??= partner.id
          score = 1
        }
        // Only the same name is a sure match: alike skeletons ("Kyrgyz State" and "Kyrgyz
        // National" are both "Kyrgyz") are shown as close, never as certain.
        score = Math.max(score, Math.min(0.99, preparedSimilarity(name, other)))
      }
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
  const candidates = scored
    .sort(
      (a, b) =>
        Number(b.id === sameNameId) - Number(a.id === sameNameId) ||
        b.score - a.score ||
        a.name.localeCompare(b.name),
    )
    .slice(0, candidateLimit)
  return { candidates, sameNameId }
}
