import { foldForSearch } from '../search.ts'

/** The agreement fields a column of an imported sheet can fill. */
export const importFields = [
  'reference',
  'title',
  'kind',
  'state',
  'partner',
  'partnerNative',
  'country',
  'city',
  'signedOn',
  'startsOn',
  'endsOn',
  'noticeDays',
  'autoRenew',
  'unit',
  'coordinator',
  'contactName',
  'contactEmail',
  'notes',
] as const
export type ImportField = (typeof importFields)[number]

/**
 * Header names as offices write them, in English, Russian, Kazakh and Azerbaijani, separated by
 * "|" or line breaks. A name marked "=" counts only as the whole header: "№ договора" becomes
 * "договора" once the sign is dropped, and "Статус договора" or "Дата договора" must not be taken
 * for the reference; two letters ("ел") would be found inside too many headers.
 */
const synonyms: Record<ImportField, string> = {
  reference: `
    номер договора | номер соглашения | номер меморандума | регистрационный номер | рег номер
    reference | ref no | reference no | reference number | agreement no | agreement number
    agreement id | agreement ref | шарт нөмірі | келісім нөмірі | келісімшарт нөмірі
    müqavilə nömrəsi | müqavilənin nömrəsi | sazişin nömrəsi | =договора | =соглашения | =номер
    =ref | =нөмірі | =нөмір | =müqavilə | =nömrə
  `,
  title: `
    название | наименование | название договора | наименование договора | название соглашения
    наименование соглашения | предмет договора | предмет соглашения | предмет | title
    agreement title | agreement name | subject | атауы | шарт атауы | келісім атауы | тақырыбы
    adı | müqavilənin adı | mövzu
  `,
  kind: `
    вид соглашения | вид договора | тип договора | тип соглашения | вид | тип | type
    agreement type | type of agreement | kind | category | категория | шарт түрі | келісім түрі
    түрі | müqavilənin növü | müqavilə növü | növü | növ
  `,
  state: `
    статус | состояние | status | state | күйі | мәртебесі | vəziyyət | vəziyyəti
  `,
  partner: `
    университет партнер | вуз партнер | партнер | партнеры | организация партнер
    партнерская организация | зарубежный партнер | зарубежный вуз | иностранный партнер
    иностранный вуз | наименование партнера | название партнера | наименование вуза
    название вуза | наименование университета | название университета | наименование организации
    название организации | вуза партнера | университета партнера | организации партнера | partner
    partner university | partner institution | partner organisation | partner organization
    partner name | institution | university | host institution | серіктес | серіктес университет
    серіктес жоо | серіктес ұйым | жоо атауы | tərəfdaş | tərəfdaş universitet | tərəfdaş təşkilat
    tərəfdaş ali təhsil müəssisəsi | universitet
  `,
  partnerNative: `
    name in native language | native name | original name | name in original language | local name
    название на языке оригинала | наименование на языке оригинала | название на родном языке
    оригинальное название | название в оригинале | на языке оригинала | түпнұсқа тілдегі атауы
    түпнұсқадағы атауы | orijinal dildə adı | yerli dildə adı
  `,
  country: `
    страна | страна партнера | country | partner country | мемлекет | елі | серіктес елі | ölkə
    tərəfdaş ölkə | =ел
  `,
  city: `
    город | населенный пункт | city | town | partner city | қала | şəhər
  `,
  signedOn: `
    дата подписания | дата заключения | дата договора | дата соглашения | подписан | дата
    date signed | signed | signed on | signing date | date of signing | signature date
    date of signature | date | қол қойылған күні | қол қойылған күн | қол қою күні | жасалған күні
    күні | imzalanma tarixi | imza tarixi | =tarix
  `,
  startsOn: `
    дата начала | дата начала действия | начало действия | начало | действует с | вступает в силу
    дата вступления в силу | start date | start | valid from | effective date | effective from
    start of validity | commencement date | басталу күні | басталуы | күшіне ену күні
    başlama tarixi | başlanğıc tarixi | qüvvəyə minmə tarixi | =from
  `,
  endsOn: `
    срок действия | дата окончания | дата окончания действия | окончание | окончание действия
    действует до | действителен до | срок | период действия | дата истечения | valid until
    valid to | valid till | expiry date | expiration date | expiry | expires | end date | validity
    term | duration | аяқталу күні | аяқталуы | қолданылу мерзімі | әрекет ету мерзімі | мерзімі
    bitmə tarixi | etibarlılıq müddəti | qüvvədə olma müddəti | müddəti | =end | =until | =bitmə
  `,
  noticeDays: `
    notice period | notice | notice days | notice term | period of notice | срок уведомления
    уведомление | срок предупреждения | ескерту мерзімі | хабарлау мерзімі | xəbərdarlıq müddəti
    bildiriş müddəti
  `,
  autoRenew: `
    автопролонгация | автоматическая пролонгация | автоматическое продление | автопродление
    пролонгация | продление | auto renewal | automatic renewal | auto renew | autorenewal
    renewal | tacit renewal | автоматты түрде ұзарту | автоұзарту | ұзарту | avtomatik uzadılma
    uzadılma
  `,
  unit: `
    ответственное подразделение | подразделение | структурное подразделение
    ответственный факультет | факультет | кафедра | faculty | department | responsible unit | unit
    жауапты бөлім | бөлім | жауапты құрылымдық бөлімше | fakültə | kafedra | məsul struktur bölmə
    struktur bölmə
  `,
  coordinator: `
    координатор | ответственный | ответственное лицо | ответственный сотрудник | куратор
    coordinator | academic coordinator | responsible person | responsible | жауапты
    жауапты тұлға | үйлестіруші | koordinator | məsul şəxs | məsul
  `,
  contactName: `
    контактное лицо | контакт | контакты | contact person | contact | contact name
    partner contact | contact at partner | байланыс тұлғасы | байланыс | əlaqə şəxsi | əlaqə
  `,
  contactEmail: `
    e mail | email | mail | эл почта | электронная почта | почта | email address | e mail address
    contact email | partner email | электрондық пошта | эл пошта | e poçt | elektron poçt
  `,
  notes: `
    примечание | примечания | комментарий | комментарии | notes | note | comments | comment
    remarks | ескерту | ескертпе | пікір | qeyd | qeydlər | şərh
  `,
}

/**
 * Fields that describe something (a date, a country, a status) beat the fields that name
 * something, whichever order the words come in: "Страна партнера" and "Partner country" are
 * both the country, "Coordinator e-mail" is the e-mail, "Срок действия договора" the end date.
 */
const describingFields = new Set<ImportField>([
  'kind',
  'state',
  'country',
  'city',
  'signedOn',
  'startsOn',
  'endsOn',
  'noticeDays',
  'autoRenew',
  'contactEmail',
])

/**
 * A header reduced to folded words: notes in parentheses ("Дата подписания (дд.мм.гггг)"),
 * "№" and punctuation dropped. "№" goes before folding, which would turn it into "No".
 */
function normalizeHeader(header: string): string {
  const withoutNotes = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/№/g, ' ')
  return foldForSearch(withoutNotes)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

interface Entry {
  field: ImportField
  name: string
  alone: boolean
}

let entries: Entry[] | null = null

function synonymEntries(): Entry[] {
  entries ??= importFields.flatMap((field) =>
    synonyms[field]
      .split(/[|\n]/)
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({
        field,
        name: normalizeHeader(name),
        alone: name.startsWith('='),
      })),
  )
  return entries
}

/** How well a header names a field; a higher score is a better match. */
interface Match {
  field: ImportField
  score: [exact: number, describing: number, length: number, earliness: number]
}

function compareScores(a: Match['score'], b: Match['score']): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** The best field for one header: an exact name first, then the longest name it contains. */
function bestMatch(header: string): Match | null {
  const text = normalizeHeader(header)
  if (text === '') return null
  const padded = ` ${text} `
  let best: Match | null = null
  for (const entry of synonymEntries()) {
    const exact = entry.name === text
    // Whole words only, so that "ел" is not found inside "подразделение".
    const at = exact || entry.alone ? -1 : padded.indexOf(` ${entry.name} `)
    if (!exact && at < 0) continue
    const match: Match = {
      field: entry.field,
      score: [
        exact ? 1 : 0,
        describingFields.has(entry.field) ? 1 : 0,
        entry.name.length,
        exact ? 0 : -at,
      ],
    }
    if (best === null || compareScores(match.score, best.score) > 0) best = match
  }
  return best
}

/** The field a column header names, or null. */
export function fieldForHeader(header: string): ImportField | null {
  return bestMatch(header)?.field ?? null
}

/**
 * A mapping suggested from a header row: column index -> field (each field at most once; the
 * best-matching column wins; unknown columns get null).
 */
export function suggestMapping(headers: ReadonlyArray<string>): Array<ImportField | null> {
  const matches = headers.map((header) => bestMatch(header))
  const winners = new Map<ImportField, number>()
  matches.forEach((match, column) => {
    if (match === null) return
    const holder = winners.get(match.field)
    const holderScore = holder === undefined ? null : matches[holder]?.score
    // On equal scores the earlier column keeps the field.
    if (!holderScore || compareScores(match.score, holderScore) > 0) {
      winners.set(match.field, column)
    }
  })
  return matches.map((match, column) =>
    match !== null && winners.get(match.field) === column ? match.field : null,
  )
}
