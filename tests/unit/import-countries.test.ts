import { countryCodes } from '../../shared/countries.ts'
import { countryFromText, isLikelyCountryRow } from '../../shared/import/import-countries.ts'

describe('countryFromText: codes', () => {
  it('reads alpha-2 codes in any case', () => {
    expect(countryFromText('kz')).toBe('KZ')
    expect(countryFromText(' AZ ')).toBe('AZ')
  })

  it('reads alpha-3 codes', () => {
    expect(countryFromText('KAZ')).toBe('KZ')
    expect(countryFromText('aze')).toBe('AZ')
    expect(countryFromText('DEU')).toBe('DE')
    expect(countryFromText('GBR')).toBe('GB')
    expect(countryFromText('KOR')).toBe('KR')
    expect(countryFromText('PRK')).toBe('KP')
    expect(countryFromText('CHE')).toBe('CH')
    expect(countryFromText('SRB')).toBe('RS')
  })

  it.each([
    ['AUT', 'AT'],
    ['CHN', 'CN'],
    ['ESP', 'ES'],
    ['HRV', 'HR'],
    ['PRT', 'PT'],
    ['ROU', 'RO'],
    ['SVK', 'SK'],
    ['SVN', 'SI'],
    ['TWN', 'TW'],
    ['UKR', 'UA'],
    ['ZAF', 'ZA'],
    ['MYT', 'YT'],
    ['XKX', 'XK'],
  ])('reads the alpha-3 code %s, which differs from its alpha-2 code, as %s', (text, code) => {
    expect(countryFromText(text)).toBe(code)
  })

  it('refuses letter pairs and triples that are no code', () => {
    expect(countryFromText('xx')).toBeNull()
    expect(countryFromText('QQQ')).toBeNull()
  })
})

describe('countryFromText: names', () => {
  it.each(['en', 'ru', 'kk', 'az', 'tr', 'de', 'fr'])(
    'reads every country by its %s name, no name taken by another country',
    (locale) => {
      const display = new Intl.DisplayNames([locale], { type: 'region' })
      const misread = countryCodes.filter((code) => countryFromText(display.of(code)!) !== code)
      expect(misread).toEqual([])
    },
  )

  it.each([
    ['Казахстан', 'KZ'],
    ['КАЗАХСТАН', 'KZ'],
    ['Kazakhstan', 'KZ'],
    ['Қазақстан', 'KZ'],
    ['Qazaxıstan', 'KZ'],
    ['Kazakistan', 'KZ'],
    ['Kasachstan', 'KZ'],
    ['Azerbaïdjan', 'AZ'],
    ['Azərbaycan', 'AZ'],
    ['Әзірбайжан', 'AZ'],
    ['Allemagne', 'DE'],
    ['Almaniya', 'DE'],
    ['Германия', 'DE'],
    ['Türkei', 'TR'],
    ['Ресей', 'RU'],
    ['Côte d’Ivoire', 'CI'],
  ])('reads %s as %s', (text, code) => {
    expect(countryFromText(text)).toBe(code)
  })

  it.each([
    ['Республика Казахстан', 'KZ'],
    ['Қазақстан Республикасы', 'KZ'],
    ['Republic of Kazakhstan', 'KZ'],
    ['Azərbaycan Respublikası', 'AZ'],
    ['Азербайджанская Республика', 'AZ'],
    ['Russia', 'RU'],
    ['РФ', 'RU'],
    ['Российская Федерация', 'RU'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States of America', 'US'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['South Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    // In an office's list, "Korea" alone is the Republic of Korea.
    ['Korea', 'KR'],
    ['Корея', 'KR'],
    ['Республика Корея', 'KR'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Турция', 'TR'],
    ['Киргизия', 'KG'],
    ['Кыргызстан', 'KG'],
    ['Kyrgyz Republic', 'KG'],
    ['Белоруссия', 'BY'],
    ['Czech Republic', 'CZ'],
    ['Iran', 'IR'],
    ['Vietnam', 'VN'],
    ['Moldova', 'MD'],
    ['Taiwan', 'TW'],
    ['Республика Узбекистан', 'UZ'],
  ])('reads the everyday or official name %s as %s', (text, code) => {
    expect(countryFromText(text)).toBe(code)
  })

  it('finds the country in an address, trying the parts from the last', () => {
    expect(countryFromText('г. Баку, Азербайджан')).toBe('AZ')
    expect(countryFromText('Almaty, Kazakhstan')).toBe('KZ')
    expect(countryFromText('Алматы / Қазақстан')).toBe('KZ')
    expect(countryFromText('Алматы (Казахстан)')).toBe('KZ')
    // Georgia the state, in the USA: the country comes last.
    expect(countryFromText('Atlanta, Georgia, USA')).toBe('US')
  })

  it('returns null for what is no country', () => {
    expect(countryFromText('')).toBeNull()
    expect(countryFromText('Narnia')).toBeNull()
    expect(countryFromText('г. Баку')).toBeNull()
    expect(countryFromText('Baku State University')).toBeNull()
    expect(countryFromText('Foo, Bar')).toBeNull()
  })
})

describe('countryFromText: Kazakh and Azerbaijani names written into the module', () => {
  // The partner countries the office deals with most, as ICU spells them in Kazakh and Azerbaijani.
  const kazakh = `KZ Қазақстан | AZ Әзірбайжан | RU Ресей | TR Түркия | UZ Өзбекстан | KG Қырғызстан
    TJ Тәжікстан | TM Түрікменстан | CN Қытай | KR Оңтүстік Корея | JP Жапония | DE Германия
    FR Франция | GB Ұлыбритания | US Америка Құрама Штаттары | IT Италия | ES Испания | PL Польша
    HU Венгрия | CZ Чехия | BY Беларусь | UA Украина | GE Грузия | IR Иран | IN Үндістан
    PK Пәкістан | MN Моңғолия | LT Литва | LV Латвия | EE Эстония | FI Финляндия | SE Швеция
    AT Аустрия | CH Швейцария | NL Нидерланд | BE Бельгия | MY Малайзия`
  const azerbaijani = `KZ Qazaxıstan | AZ Azərbaycan | RU Rusiya | TR Türkiyə | UZ Özbəkistan
    KG Qırğızıstan | TJ Tacikistan | TM Türkmənistan | CN Çin | KR Cənubi Koreya | JP Yaponiya
    DE Almaniya | FR Fransa | GB Birləşmiş Krallıq | US Amerika Birləşmiş Ştatları | IT İtaliya
    ES İspaniya | PL Polşa | HU Macarıstan | CZ Çexiya | BY Belarus | UA Ukrayna | GE Gürcüstan
    IR İran | IN Hindistan | PK Pakistan | MN Monqolustan | LT Litva | LV Latviya | EE Estoniya
    FI Finlandiya | SE İsveç | AT Avstriya | CH İsveçrə | NL Niderland | BE Belçika | MY Malayziya`
  const pairs = (list: string) =>
    list.split(/[|\n]/).map((entry) => [entry.trim().slice(0, 2), entry.trim().slice(3)])
  const everyName = [...pairs(kazakh), ...pairs(azerbaijani)]

  it('lists 37 countries in each language', () => {
    expect(pairs(kazakh)).toHaveLength(37)
    expect(pairs(azerbaijani)).toHaveLength(37)
  })

  it.each(everyName)('reads the name of %s, %s', (code, name) => {
    expect(countryFromText(name!)).toBe(code)
  })

  it('reads them even when Intl knows no country names at all', async () => {
    vi.resetModules()
    const original = Intl.DisplayNames
    // As on a runtime built without locale data for region names.
    Reflect.set(Intl, 'DisplayNames', undefined)
    try {
      const bare = await import('../../shared/import/import-countries.ts')
      const misread = everyName.filter(([code, name]) => bare.countryFromText(name!) !== code)
      expect(misread).toEqual([])
      expect(bare.countryFromText('Türkiye')).toBe('TR')
      expect(bare.countryFromText('KAZ')).toBe('KZ')
      // Without Intl only the names written into the module are known.
      expect(bare.countryFromText('Allemagne')).toBeNull()
    } finally {
      Reflect.set(Intl, 'DisplayNames', original)
    }
  })
})

describe('isLikelyCountryRow', () => {
  it('takes a row with one cell naming a country as a group row', () => {
    expect(isLikelyCountryRow([null, 'Казахстан', null, ''])).toBe('KZ')
    expect(isLikelyCountryRow(['AZERBAIJAN'])).toBe('AZ')
  })

  it('refuses rows with more than one filled cell, none, or no country', () => {
    expect(isLikelyCountryRow(['Казахстан', 'KazNU'])).toBeNull()
    expect(isLikelyCountryRow([1, 'Казахстан'])).toBeNull()
    expect(isLikelyCountryRow([null, ' '])).toBeNull()
    expect(isLikelyCountryRow([])).toBeNull()
    expect(isLikelyCountryRow(['Реестр договоров 2024'])).toBeNull()
    expect(isLikelyCountryRow([2024])).toBeNull()
  })
})
