import {
  bestNameSimilarity,
  duplicateThreshold,
  nameSimilarity,
  nameSkeleton,
} from '../../shared/partners/similarity.ts'

describe('partner name similarity', () => {
  it('reduces a name to what identifies the institution', () => {
    expect(nameSkeleton('Al-Farabi Kazakh National University')).toBe('alfarabikazah')
    expect(nameSkeleton('Казахский национальный университет имени аль-Фараби')).toBe(
      'kazahskiialfarabi',
    )
  })

  it.each([
    ['Al-Farabi Kazakh National University', 'Al Farabi Kazakh National Univ.'],
    ['Satbayev University', 'Satpayev University'],
    ['Сатпаев университет', 'Satpayev University'],
    [
      'Казахский национальный университет имени аль-Фараби',
      'КАЗАХСКИЙ НАЦИОНАЛЬНЫЙ УНИВЕРСИТЕТ ИМ. АЛЬ-ФАРАБИ',
    ],
    ['Bakı Dövlət Universiteti', 'Baki Dovlet Universiteti'],
    ['Gumilyov Eurasian National University', 'L.N. Gumilyov Eurasian National University'],
  ])('flags %s and %s as the same partner', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(duplicateThreshold)
  })

  it.each([
    ['Baku State University', 'Ganja State University'],
    ['University of Minnesota', 'University of Arizona'],
    ['Azerbaijan Technical University', 'Azerbaijan State Oil and Industry University'],
    ['Moscow Institute of Physics and Technology', 'Institute of Nuclear Physics'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(duplicateThreshold)
  })

  it('compares every name of one partner with every name of the other', () => {
    expect(
      bestNameSimilarity(
        ['Baku State University', 'Bakı Dövlət Universiteti'],
        ['BDU', 'Baki Dovlet Universiteti'],
      ),
    ).toBe(1)
    expect(bestNameSimilarity(['X'], [null, undefined])).toBe(0)
  })
})
