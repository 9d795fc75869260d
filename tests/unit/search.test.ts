import { foldForSearch, likePattern, searchTextOf } from '../../shared/search.ts'

describe('foldForSearch', () => {
  it('folds Cyrillic case, which SQLite lower() does not', () => {
    expect(foldForSearch('КАЗАХСКИЙ Национальный')).toBe('казахский национальный')
  })

  it('folds Latin case and strips diacritics', () => {
    expect(foldForSearch('Technische Universität MÜNCHEN')).toBe('technische universitat munchen')
  })

  it('treats ё as е and the Azerbaijani dotless ı and dotted İ as i', () => {
    expect(foldForSearch('Гумилёва')).toBe('гумилева')
    expect(foldForSearch('Bakı DÖVLƏT İnstitutu')).toBe('baki dovlet institutu')
  })

  it('keeps Kazakh letters that have no decomposition', () => {
    expect(foldForSearch('ҚазМұнайГаз Сәтбаев')).toBe('қазмұнайгаз сәтбаев')
  })

  it('collapses runs of white space', () => {
    expect(foldForSearch('  Baku \n State\tUniversity ')).toBe('baku state university')
  })
})

describe('searchTextOf', () => {
  it('joins only the parts that are present', () => {
    expect(searchTextOf(['Baku State University', null, undefined, 'Bakı'])).toBe(
      'baku state university baki',
    )
  })
})

describe('likePattern', () => {
  it('wraps the folded query for a substring match', () => {
    expect(likePattern('Казах')).toBe('%казах%')
  })

  it('escapes LIKE wildcards so they match literally', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })
})
