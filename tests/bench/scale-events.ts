import type { Sqlite } from '../../db/connection.ts'
import { seededRandom } from '../../electron/services/demo-agreements.ts'
import { createDocumentStore } from '../../electron/services/document-store.ts'
import { addDaysIso, type IsoDate } from '../../shared/dates.ts'

const eventKinds = ['amended', 'edited', 'renewed', 'extended', 'suspended', 'resumed'] as const
const notes = [
  'Annex 2: new subject areas',
  'Доп. соглашение № 3',
  'Coordinator changed',
  'Продлено на 5 лет',
  null,
]

/**
 * An office's history beyond "created": about two events per agreement (amendments, edits,
 * renewals), dated between the agreement's start and today. Raw inserts, seeded.
 */
export function fillScaleEvents(sqlite: Sqlite, today: IsoDate, seed = 23): number {
  const random = seededRandom(seed)
  const agreements = sqlite
    .prepare(
      `SELECT id, COALESCE(starts_on, signed_on, '2015-01-01') AS since FROM agreements ORDER BY id`,
    )
    .all() as Array<{ id: number; since: IsoDate }>
  const insert = sqlite.prepare(
    `INSERT INTO agreement_events (agreement_id, kind, occurred_on, note, created_at) VALUES (?, ?, ?, ?, ?)`,
  )
  let added = 0
  sqlite.transaction(() => {
    for (const agreement of agreements) {
      const count = Math.floor(random() * 5) // 0–4, two on average
      for (let index = 0; index < count; index++) {
        const day = addDaysIso(agreement.since, Math.floor(random() * 3000))
        const occurred = day < today ? day : today
        const kind = eventKinds[Math.floor(random() * eventKinds.length)]!
        insert.run(
          agreement.id,
          kind,
          occurred,
          notes[Math.floor(random() * notes.length)]!,
          `${occurred}T10:00:00.000Z`,
        )
        added++
      }
    }
  })()
  return added
}

/** A few scanned agreements in the data folder's document store, with their rows. */
export async function fillScaleDocuments(
  sqlite: Sqlite,
  dataDir: string,
  count: number,
  today: IsoDate,
): Promise<number> {
  const store = createDocumentStore(dataDir)
  const ids = sqlite
    .prepare('SELECT id FROM agreements ORDER BY id LIMIT ?')
    .pluck()
    .all(count) as number[]
  const insert = sqlite.prepare(
    `INSERT INTO documents (agreement_id, name, kind, media_type, size, sha256, added_at)
     VALUES (?, ?, 'signed_copy', 'application/pdf', ?, ?, ?)`,
  )
  for (const id of ids) {
    // A small but real PDF, different for each agreement, so each is stored once.
    const bytes = Buffer.from(
      `%PDF-1.4\n% Agreement ${id}, signed copy\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    )
    const { sha256, size } = await store.save(bytes)
    insert.run(id, `agreement-${id}.pdf`, size, sha256, `${today}T10:00:00.000Z`)
  }
  return ids.length
}
