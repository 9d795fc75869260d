import type { AgreementState } from '../agreements/status.ts'
import type { AgreementKind } from '../agreements/vocabulary.ts'
import { foldForSearch } from '../search.ts'
import { cellText, type Cell } from './cell.ts'

/** Folded words without punctuation ("Erasmus+" is "erasmus", "в т.ч." is "в т ч"). */
function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
}

/**
 * Phrases written as word beginnings, so that one entry covers every grammatical case:
 * "обмен студент" finds "обмен студентами" and "Обмена студентов". A phrase matches where
 * consecutive words of the text begin with its words.
 */
function stems(text: string): string[][] {
  return text
    .split(/[|\n]/)
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    .map((phrase) => wordsOf(phrase))
}

function containsStem(words: string[], stem: string[]): boolean {
  for (let start = 0; start + stem.length <= words.length; start++) {
    if (stem.every((part, offset) => words[start + offset]!.startsWith(part))) return true
  }
  return false
}

function firstMatching<T>(text: string, table: ReadonlyArray<[T, string[][]]>): T | null {
  const words = wordsOf(text)
  return table.find(([, list]) => list.some((stem) => containsStem(words, stem)))?.[0] ?? null
}

/**
 * Kinds in the order they are tried: the most specific first, so that "Erasmus+ agreement on
 * student exchange" is an Erasmus agreement and "сотрудничество" alone is a framework.
 */
const kindStems: Array<[AgreementKind, string[][]]> = [
  ['erasmus_iia', stems('erasmus | эразмус | inter institutional | interinstitutional | iia')],
  [
    'joint_degree',
    stems(`двойн диплом | двойн степен | двудиплом | совместн степен | совместн образовательн программ
      joint degree | double degree | dual degree | joint programme | joint program | қос диплом
      қосдиплом | екі дипломды | ikili diplom | ikiqat diplom | birgə diplom`),
  ],
  ['scholarship', stems('стипенди | scholarship | fellowship | шәкіртақы | təqaüd')],
  [
    'internship',
    stems(`стажировк | практика | практики | практику | internship | traineeship | placement
      тағылымдам | іс тәжірибе | təcrübə | staj`),
  ],
  [
    'staff_exchange',
    stems(`обмен преподавател | обмен сотрудник | обмен научн педагогическ | обмен профессорск
      мобильност преподавател | мобильност сотрудник | staff exchange | staff mobility
      faculty exchange | teacher exchange | academic staff exchange | exchange of staff
      exchange of teachers | exchange of faculty | оқытушылар алмас | қызметкерлер алмас
      оқытушылар ұтқырлы | müəllim mübadilə | əməkdaş mübadilə`),
  ],
  [
    'student_exchange',
    stems(`обмен студент | обмен обучающ | студенческ обмен | студенческ мобильност
      мобильност студент | академическ мобильност | student exchange | student mobility
      exchange of students | academic mobility | студенттер алмас | білім алушылар алмас
      академиялық ұтқырлы | студенттер ұтқырлы | tələbə mübadilə | akademik mobillik
      tələbə mobilliy`),
  ],
  ['research', stems('научн | исследоват | research | scientific | ғылыми | elmi | tədqiqat')],
  [
    'framework',
    stems(`меморандум | memorandum | mou | рамочн | framework | генеральн соглашен | сотрудничеств
      cooperation | co operation | collaboration | general agreement | ынтымақтастық
      əməkdaşlıq | anlaşma memorand`),
  ],
]

/** "Other" only when that is all the cell says; inside a longer text it names nothing. */
const otherWords = new Set(
  ['другое', 'другой', 'иное', 'прочее', 'прочие', 'other', 'others', 'басқа', 'digər'].map(
    foldForSearch,
  ),
)

/** The kind an agreement's type (or title) names, or null. */
export function kindFromText(text: string): AgreementKind | null {
  const words = wordsOf(text)
  if (words.length === 1 && otherWords.has(words[0]!)) return 'other'
  return firstMatching(text, kindStems)
}

/**
 * States in the order they are tried. An expired agreement is "active": the app derives
 * "expired" from its end date, and the office may have written the state before it ran out.
 */
const stateStems: Array<[AgreementState, string[][]]> = [
  [
    'suspended',
    stems('приостанов | suspend | on hold | заморожен | уақытша тоқтатыл | dayandırıl'),
  ],
  [
    'terminated',
    stems(`расторгн | прекращ | аннулир | terminat | cancel | бұзыл | тоқтатыл | күшін жой
      ləğv | xitam`),
  ],
  [
    'active',
    stems(`истек | expired | expir | просрочен | закончил | окончен | утратил сил | мерзімі өт
      мерзімі аяқтал | müddəti bit | bitib`),
  ],
  [
    'negotiation',
    stems(`на согласован | в процессе согласован | переговор | negotiat | на подписан
      awaiting signature | pending signature | келісуде | келіссөз | келісу кезең | danışıq
      razılaşdırıl`),
  ],
  ['draft', stems('проект | draft | черновик | в разработке | жоба | layihə')],
  [
    'active',
    stems(`действ | active | in force | valid | effective | подписан | signed | қолданыста
      күшінде | белсенді | qüvvədə | aktiv | imzalan`),
  ],
]

/** A "не"/"not" turns a state into its opposite, which is no one state: left for a person. */
const negations = new Set(['не', 'not', 'no', 'емес', 'deyil'])

/** The state a status cell names, or null. */
export function stateFromText(text: string): AgreementState | null {
  if (wordsOf(text).some((word) => negations.has(word))) return null
  return firstMatching(text, stateStems)
}

const yesAnswers = new Set(['+', '✓', '✔', '☑'])
const noAnswers = new Set(['-', '–', '—', 'x', '×', '✗', '✘'])
const yesWords = new Set(
  [
    'да',
    'yes',
    'y',
    'true',
    '1',
    'иә',
    'ия',
    'bəli',
    'hə',
    'есть',
    'предусмотрено',
    'бар',
    'var',
  ].map((word) => wordsOf(word).join(' ')),
)
const noWords = new Set(
  ['нет', 'no', 'n', 'false', '0', 'жоқ', 'xeyr', 'yox', 'не предусмотрено', 'отсутствует'].map(
    (word) => wordsOf(word).join(' '),
  ),
)

/** Yes or no in any of the office's languages, or as a mark; null for anything else. */
export function yesNoFromText(text: string): boolean | null {
  const mark = foldForSearch(text)
  if (yesAnswers.has(mark)) return true
  if (noAnswers.has(mark)) return false
  const words = wordsOf(text).join(' ')
  if (yesWords.has(words)) return true
  if (noWords.has(words)) return false
  return null
}

/** Days per unit; a month of notice is counted as 30 days, a year as 365. */
const noticeUnits: Array<[days: number, names: string]> = [
  [1, 'дней|дня|день|дн|days|day|күн|gün'],
  [7, 'недель|недели|неделя|нед|weeks|week|апта|həftə'],
  [30, 'месяцев|месяца|месяц|мес|months|month|ай|ay'],
  [365, 'лет|года|год|years|year|жыл|il'],
]
const noticePattern = new RegExp(
  `^(?:(?:за|не менее|не менее чем за|not less than|at least)\\s+)?(\\d{1,4}(?:[.,]\\d+)?)\\s*` +
    `(?:(?:календарных|calendar)\\s+)?(?:${noticeUnits.map(([, names]) => `(${foldForSearch(names)})`).join('|')})?\\.?$`,
  'u',
)

/** A notice period in days: 90, "90 дней", "3 месяца" (90), "1 year" (365); null if unreadable. */
export function noticeDaysFromText(cell: Cell): number | null {
  if (typeof cell === 'boolean') return null
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null
  const match = noticePattern.exec(foldForSearch(cellText(cell)))
  if (!match) return null
  const unit = noticeUnits.findIndex((_, index) => match[index + 2] !== undefined)
  const amount = Number(match[1]!.replace(',', '.')) * (unit < 0 ? 1 : noticeUnits[unit]![0])
  // Rounded past floating-point noise: 1.1 months is 33 days, not 33.000000000000004.
  const days = Math.round(amount * 1000) / 1000
  return Number.isInteger(days) ? days : null
}
