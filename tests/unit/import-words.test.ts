import {
  kindFromText,
  noticeDaysFromText,
  stateFromText,
  yesNoFromText,
} from '../../shared/import/import-words.ts'

describe('kindFromText', () => {
  it.each([
    ['Меморандум о сотрудничестве', 'framework'],
    ['MoU', 'framework'],
    ['Memorandum of understanding', 'framework'],
    ['Рамочное соглашение', 'framework'],
    ['Framework agreement', 'framework'],
    ['Договор о сотрудничестве', 'framework'],
    ['обмен студентами', 'student_exchange'],
    ['Соглашение об обмене студентами', 'student_exchange'],
    ['Академическая мобильность', 'student_exchange'],
    ['student exchange', 'student_exchange'],
    ['студенттер алмасу', 'student_exchange'],
    ['Tələbə mübadiləsi', 'student_exchange'],
    ['обмен преподавателями', 'staff_exchange'],
    ['Staff exchange', 'staff_exchange'],
    ['научное сотрудничество', 'research'],
    ['Research', 'research'],
    ['стажировка', 'internship'],
    ['Производственная практика', 'internship'],
    ['internship', 'internship'],
    ['Traineeship', 'internship'],
    ['двойной диплом', 'joint_degree'],
    ['Программа двойного диплома', 'joint_degree'],
    ['двудипломное образование', 'joint_degree'],
    ['joint degree', 'joint_degree'],
    ['Double Degree', 'joint_degree'],
    ['стипендия', 'scholarship'],
    ['Scholarship', 'scholarship'],
    ['Erasmus+', 'erasmus_iia'],
    ['ERASMUS+ KA171', 'erasmus_iia'],
    ['Inter-institutional agreement', 'erasmus_iia'],
    ['IIA', 'erasmus_iia'],
    ['Другое', 'other'],
    ['other', 'other'],
  ])('reads %s as %s', (text, kind) => {
    expect(kindFromText(text)).toBe(kind)
  })

  it('takes the most specific kind a text names', () => {
    expect(kindFromText('Erasmus+ inter-institutional agreement on student exchange')).toBe(
      'erasmus_iia',
    )
    expect(kindFromText('Соглашение о сотрудничестве в области научных исследований')).toBe(
      'research',
    )
  })

  it('reads "other" only when that is the whole text', () => {
    expect(kindFromText('Другое соглашение')).toBeNull()
  })

  it('returns null for what names no kind', () => {
    expect(kindFromText('')).toBeNull()
    expect(kindFromText('Договор')).toBeNull()
    expect(kindFromText('Agreement')).toBeNull()
    expect(kindFromText('qwerty 123')).toBeNull()
    // Word beginnings, not fragments: "mou" is not found inside "Plymouth".
    expect(kindFromText('Plymouth')).toBeNull()
  })
})

describe('stateFromText', () => {
  it.each([
    ['действует', 'active'],
    ['Действующий', 'active'],
    ['ACTIVE', 'active'],
    ['in force', 'active'],
    ['қолданыста', 'active'],
    ['qüvvədədir', 'active'],
    ['проект', 'draft'],
    ['Draft', 'draft'],
    ['жоба', 'draft'],
    ['layihə', 'draft'],
    ['на согласовании', 'negotiation'],
    ['переговоры', 'negotiation'],
    ['negotiation', 'negotiation'],
    ['in negotiation', 'negotiation'],
    ['приостановлен', 'suspended'],
    ['Suspended', 'suspended'],
    ['расторгнут', 'terminated'],
    ['прекращен', 'terminated'],
    ['ПРЕКРАЩЁН', 'terminated'],
    ['terminated', 'terminated'],
    ['бұзылған', 'terminated'],
    ['ləğv edilib', 'terminated'],
  ])('reads %s as %s', (text, state) => {
    expect(stateFromText(text)).toBe(state)
  })

  it('reads an expired agreement as active, its end date telling the rest', () => {
    expect(stateFromText('истек')).toBe('active')
    expect(stateFromText('Истёк срок действия')).toBe('active')
    expect(stateFromText('expired')).toBe('active')
    expect(stateFromText('мерзімі өтті')).toBe('active')
  })

  it('prefers the stronger state when a text names two', () => {
    expect(stateFromText('Действует (приостановлен)')).toBe('suspended')
    expect(stateFromText('Действие прекращено')).toBe('terminated')
  })

  it('leaves negated and unknown states to a person', () => {
    expect(stateFromText('не действует')).toBeNull()
    expect(stateFromText('Not active')).toBeNull()
    expect(stateFromText('???')).toBeNull()
    expect(stateFromText('')).toBeNull()
  })
})

describe('yesNoFromText', () => {
  it.each(['да', 'Да', 'YES', 'y', 'иә', 'bəli', 'true', '1', '+', '✓', ' Да\u00a0'])(
    'reads %s as yes',
    (text) => {
      expect(yesNoFromText(text)).toBe(true)
    },
  )

  it.each(['нет', 'НЕТ', 'no', 'жоқ', 'xeyr', 'false', '0', '-', 'x', 'X'])(
    'reads %s as no',
    (text) => {
      expect(yesNoFromText(text)).toBe(false)
    },
  )

  it('returns null for anything else', () => {
    expect(yesNoFromText('')).toBeNull()
    expect(yesNoFromText('maybe')).toBeNull()
    expect(yesNoFromText('да, на 5 лет')).toBeNull()
    expect(yesNoFromText('2')).toBeNull()
  })
})

describe('noticeDaysFromText', () => {
  it.each([
    ['90', 90],
    [90, 90],
    [0, 0],
    ['90 дней', 90],
    ['90 календарных дней', 90],
    ['за 30 дней', 30],
    ['3 месяца', 90],
    ['6 months', 180],
    ['1 год', 365],
    ['1 year', 365],
    ['30 күн', 30],
    ['2 ай', 60],
    ['60 gün', 60],
    ['1,5 месяца', 45],
    ['1,1 месяца', 33],
    ['2 недели', 14],
    ['6 МЕС.', 180],
  ] as const)('reads %s as %i days', (cell, days) => {
    expect(noticeDaysFromText(cell)).toBe(days)
  })

  it('returns null when the period cannot be read', () => {
    expect(noticeDaysFromText(null)).toBeNull()
    expect(noticeDaysFromText('')).toBeNull()
    expect(noticeDaysFromText('abc')).toBeNull()
    expect(noticeDaysFromText('-5')).toBeNull()
    expect(noticeDaysFromText(-5)).toBeNull()
    expect(noticeDaysFromText(1.5)).toBeNull()
    expect(noticeDaysFromText(true)).toBeNull()
    expect(noticeDaysFromText('90 дней или 3 месяца')).toBeNull()
    expect(noticeDaysFromText('1,25 месяца')).toBeNull()
  })
})
