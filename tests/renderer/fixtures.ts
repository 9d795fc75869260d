import type { PartnerDetails } from '../../shared/contract/contract.ts'
import type { Contact } from '../../shared/partners/contact.ts'
import type { PartnerSummary } from '../../shared/partners/partner.ts'
import { defaultSettings, type Settings } from '../../shared/settings/settings.ts'

const stamp = '2026-03-01T10:00:00.000Z'

export function partnerDetails(changes: Partial<PartnerDetails> = {}): PartnerDetails {
  return {
    id: 7,
    name: 'Al-Farabi Kazakh National University',
    nameNative: null,
    kind: 'university',
    country: 'KZ',
    city: null,
    website: null,
    erasmusCode: null,
    schacCode: null,
    nationalId: null,
    notes: null,
    archivedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    contacts: [],
    ...changes,
  }
}

export function partnerSummary(changes: Partial<PartnerSummary> = {}): PartnerSummary {
  return {
    id: 1,
    name: 'Partner',
    nameNative: null,
    kind: 'university',
    country: 'KZ',
    city: null,
    contactCount: 0,
    primaryContact: null,
    archivedAt: null,
    updatedAt: stamp,
    ...changes,
  }
}

export function contact(changes: Partial<Contact> = {}): Contact {
  return {
    id: 3,
    partnerId: 7,
    fullName: 'Leyla Aliyeva',
    position: null,
    email: null,
    phone: null,
    notes: null,
    isPrimary: false,
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    ...changes,
  }
}

/** The settings screens start with in tests: English, September, the defaults. */
export const settings: Settings = { ...defaultSettings, language: 'en' }
