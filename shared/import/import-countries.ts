import { countryCodes, isCountryCode } from '../countries.ts'
import { foldForSearch } from '../search.ts'
import { cellText, type Cell } from './cell.ts'

/** ISO 3166-1 alpha-3 codes by alpha-2 code ("XKX" is Kosovo's customary code). */
const alpha3Table = `
  AD-AND AE-ARE AF-AFG AG-ATG AI-AIA AL-ALB AM-ARM AO-AGO AQ-ATA AR-ARG AS-ASM AT-AUT AU-AUS
  AW-ABW AX-ALA AZ-AZE BA-BIH BB-BRB BD-BGD BE-BEL BF-BFA BG-BGR BH-BHR BI-BDI BJ-BEN BL-BLM
  BM-BMU BN-BRN BO-BOL BQ-BES BR-BRA BS-BHS BT-BTN BV-BVT BW-BWA BY-BLR BZ-BLZ CA-CAN CC-CCK
  CD-COD CF-CAF CG-COG CH-CHE CI-CIV CK-COK CL-CHL CM-CMR CN-CHN CO-COL CR-CRI CU-CUB CV-CPV
  CW-CUW CX-CXR CY-CYP CZ-CZE DE-DEU DJ-DJI DK-DNK DM-DMA DO-DOM DZ-DZA EC-ECU EE-EST EG-EGY
  EH-ESH ER-ERI ES-ESP ET-ETH FI-FIN FJ-FJI FK-FLK FM-FSM FO-FRO FR-FRA GA-GAB GB-GBR GD-GRD
  GE-GEO GF-GUF GG-GGY GH-GHA GI-GIB GL-GRL GM-GMB GN-GIN GP-GLP GQ-GNQ GR-GRC GS-SGS GT-GTM
  GU-GUM GW-GNB GY-GUY HK-HKG HM-HMD HN-HND HR-HRV HT-HTI HU-HUN ID-IDN IE-IRL IL-ISR IM-IMN
  IN-IND IO-IOT IQ-IRQ IR-IRN IS-ISL IT-ITA JE-JEY JM-JAM JO-JOR JP-JPN KE-KEN KG-KGZ KH-KHM
  KI-KIR KM-COM KN-KNA KP-PRK KR-KOR KW-KWT KY-CYM KZ-KAZ LA-LAO LB-LBN LC-LCA LI-LIE LK-LKA
  LR-LBR LS-LSO LT-LTU LU-LUX LV-LVA LY-LBY MA-MAR MC-MCO MD-MDA ME-MNE MF-MAF MG-MDG MH-MHL
  MK-MKD ML-MLI MM-MMR MN-MNG MO-MAC MP-MNP MQ-MTQ MR-MRT MS-MSR MT-MLT MU-MUS MV-MDV MW-MWI
  MX-MEX MY-MYS MZ-MOZ NA-NAM NC-NCL NE-NER NF-NFK NG-NGA NI-NIC NL-NLD NO-NOR NP-NPL NR-NRU
  NU-NIU NZ-NZL OM-OMN PA-PAN PE-PER PF-PYF PG-PNG PH-PHL PK-PAK PL-POL PM-SPM PN-PCN PR-PRI
  PS-PSE PT-PRT PW-PLW PY-PRY QA-QAT RE-REU RO-ROU RS-SRB RU-RUS RW-RWA SA-SAU SB-SLB SC-SYC
  SD-SDN SE-SWE SG-SGP SH-SHN SI-SVN SJ-SJM SK-SVK SL-SLE SM-SMR SN-SEN SO-SOM SR-SUR SS-SSD
  ST-STP SV-SLV SX-SXM SY-SYR SZ-SWZ TC-TCA TD-TCD TF-ATF TG-TGO TH-THA TJ-TJK TK-TKL TL-TLS
  TM-TKM TN-TUN TO-TON TR-TUR TT-TTO TV-TUV TW-TWN TZ-TZA UA-UKR UG-UGA UM-UMI US-USA UY-URY
  UZ-UZB VA-VAT VC-VCT VE-VEN VG-VGB VI-VIR VN-VNM VU-VUT WF-WLF WS-WSM XK-XKX YE-YEM YT-MYT
  ZA-ZAF ZM-ZMB ZW-ZWE
`

/**
 * Names Intl.DisplayNames does not give: official and everyday forms ("РФ", "UK", "Türkiye"),
 * and the Kazakh and Azerbaijani names of the partner countries the office deals with most,
 * for runtimes built without Kazakh or Azerbaijani locale data.
 */
const extraNames = `
  KZ: Republic of Kazakhstan | Республика Казахстан | Қазақстан Республикасы | Қазақстан | Qazaxıstan
  AZ: Republic of Azerbaijan | Азербайджанская Республика | Әзірбайжан | Azərbaycan Respublikası
  AZ: Azərbaycan
  RU: Russia | Russian Federation | РФ | Российская Федерация | Ресей | Ресей Федерациясы | Rusiya
  TR: Turkey | Türkiye | Турция | Түркия | Türkiyə
  UZ: Uzbekistan | Өзбекстан | Özbəkistan
  KG: Kyrgyzstan | Kyrgyz Republic | Киргизия | Кыргызстан | Кыргызская Республика | Қырғызстан
  KG: Qırğızıstan
  TJ: Тәжікстан | Tacikistan
  TM: Түрікменстан | Türkmənistan
  CN: Қытай | Çin | КНР | People's Republic of China | Китайская Народная Республика
  KR: South Korea | Republic of Korea | Республика Корея | Южная Корея | Оңтүстік Корея
  KR: Корея Республикасы | Cənubi Koreya | Koreya Respublikası
  KR: Korea | Корея | Корея (Южная) | Koreya
  KP: North Korea | КНДР
  JP: Жапония | Yaponiya
  DE: Германия | ФРГ | Almaniya
  FR: Франция | Fransa
  GB: UK | United Kingdom | Great Britain | England | Scotland | Wales | Англия | Великобритания
  GB: Ұлыбритания | Birləşmiş Krallıq | Böyük Britaniya | İngiltərə
  US: USA | United States of America | United States | США | Соединенные Штаты Америки | АҚШ
  US: Америка Құрама Штаттары | ABŞ | Amerika Birləşmiş Ştatları
  IT: Италия | İtaliya
  ES: Испания | İspaniya
  PL: Польша | Polşa
  HU: Венгрия | Macarıstan
  CZ: Czech Republic | Чешская Республика | Чехия | Çexiya
  SK: Slovak Republic
  BY: Belarus | Белоруссия | Беларусь | Республика Беларусь | Belarus Respublikası
  UA: Украина | Ukrayna
  GE: Грузия | Gürcüstan
  IR: Iran | Islamic Republic of Iran | Иран | İran
  IN: Үндістан | Hindistan
  PK: Пәкістан | Pakistan
  MN: Моңғолия | Monqolustan
  LT: Литва | Litva
  LV: Латвия | Latviya
  EE: Эстония | Estoniya
  FI: Финляндия | Finlandiya
  SE: Швеция | İsveç
  AT: Австрия | Аустрия | Avstriya
  CH: Швейцария | İsveçrə
  NL: Netherlands | Holland | Нидерланды | Нидерланд | Голландия | Niderland
  BE: Бельгия | Belçika
  MY: Малайзия | Malayziya
  VN: Vietnam | Viet Nam | Вьетнам
  MD: Moldova | Republic of Moldova | Молдова | Молдавия
  TW: Taiwan | Тайвань
`

/** Locales whose country names are recognised, from Intl.DisplayNames. */
const nameLocales = ['en', 'ru', 'kk', 'az', 'tr', 'de', 'fr']

/** A name reduced to folded words; dots go without a trace, so "U.S.A." is "usa". */
function normalizeName(text: string): string {
  return foldForSearch(text)
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
}

let alpha3: Map<string, string> | null = null
let names: Map<string, string> | null = null

function alpha3Codes(): Map<string, string> {
  alpha3 ??= new Map(
    alpha3Table
      .trim()
      .split(/\s+/)
      .map((pair) => [pair.slice(3).toLowerCase(), pair.slice(0, 2)]),
  )
  return alpha3
}

/** Folded name -> code; the hand-written names first, so that Intl never overrides them. */
function countryNames(): Map<string, string> {
  if (names) return names
  const built = new Map<string, string>()
  const add = (name: string, code: string) => {
    const key = normalizeName(name)
    if (key !== '' && !built.has(key)) built.set(key, code)
  }
  for (const line of extraNames.trim().split('\n')) {
    const [code = '', list = ''] = line.split(':')
    for (const name of list.split('|')) add(name, code.trim())
  }
  if (typeof Intl.DisplayNames === 'function') {
    for (const locale of nameLocales) {
      const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
      for (const code of countryCodes) {
        const name = display.of(code)
        if (name) add(name, code)
      }
    }
  }
  names = built
  return names
}

/** "Republic of X", "Республика X", "X Республикасы", "X Cumhuriyeti": the X. */
const statePrefix = /^(?:republic of|республика|respublikasi) /
const stateSuffix = / (?:republic|республика|республикасы|respublikasi|cumhuriyeti)$/

function lookup(text: string): string | null {
  const key = normalizeName(text)
  if (key === '') return null
  const named = countryNames().get(key)
  if (named) return named
  if (/^[a-z]{2}$/.test(key)) return isCountryCode(key.toUpperCase()) ? key.toUpperCase() : null
  if (/^[a-z]{3}$/.test(key)) return alpha3Codes().get(key) ?? null
  const bare = key.replace(statePrefix, '').replace(stateSuffix, '')
  return bare !== key ? (countryNames().get(bare) ?? null) : null
}

/**
 * The ISO alpha-2 code a cell names: a code ("kz", "KAZ"), or a country's name in English,
 * Russian, Kazakh, Azerbaijani, Turkish, German or French. In "г. Баку, Азербайджан" or
 * "Almaty, Kazakhstan" the parts are tried from the last, where addresses put the country.
 */
export function countryFromText(text: string): string | null {
  const whole = lookup(text)
  if (whole) return whole
  const parts = text.split(/[,;/\\|()]+/)
  if (parts.length < 2) return null
  for (const part of parts.reverse()) {
    const code = lookup(part)
    if (code) return code
  }
  return null
}

/**
 * A group row of a register sorted by country: exactly one non-empty cell, naming a country
 * ("Казахстан", "AZERBAIJAN"). Its code, or null for any other row.
 */
export function isLikelyCountryRow(cells: ReadonlyArray<Cell>): string | null {
  const filled = cells.filter((cell) => cellText(cell) !== '')
  const only = filled[0]
  if (filled.length !== 1 || typeof only !== 'string') return null
  return countryFromText(only)
}
