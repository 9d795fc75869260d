import type { AgreementStatus } from '../../agreements/status.ts'
import type {
  AgreementKind,
  Direction,
  Funding,
  MobilityType,
  StudyLevel,
} from '../../agreements/vocabulary.ts'
import type { Language } from '../../settings/settings.ts'

/** The names of stored values in each language: the workbook's words and the screens' (renderer/i18n). */
export interface VocabularyWords {
  status: Record<AgreementStatus, string>
  kinds: Record<AgreementKind, string>
  directions: Record<Direction, string>
  mobilityTypes: Record<MobilityType, string>
  levels: Record<StudyLevel, string>
  fundings: Record<Funding, string>
}

export const vocabularyWords: Record<Language, VocabularyWords> = {
  en: {
    status: {
      draft: 'Draft',
      negotiation: 'In negotiation',
      active: 'Active',
      due: 'Due for renewal',
      expired: 'Expired',
      suspended: 'Suspended',
      terminated: 'Terminated',
    },
    kinds: {
      framework: 'Framework / memorandum',
      student_exchange: 'Student exchange',
      staff_exchange: 'Staff exchange',
      research: 'Research cooperation',
      internship: 'Internship / traineeship',
      joint_degree: 'Joint or double degree',
      scholarship: 'Scholarship programme',
      erasmus_iia: 'Erasmus+ inter-institutional',
      other: 'Other',
    },
    directions: { outgoing: 'Outgoing', incoming: 'Incoming' },
    mobilityTypes: {
      student_studies: 'Student studies',
      student_traineeship: 'Student traineeship',
      staff_teaching: 'Staff teaching',
      staff_training: 'Staff training',
    },
    levels: { bachelor: 'Bachelor', master: 'Master', doctoral: 'Doctoral' },
    fundings: {
      partner: 'Partner',
      government: 'Government scholarship',
      erasmus: 'Erasmus+',
      own_budget: 'Own budget',
      other: 'Other',
    },
  },
  ru: {
    status: {
      draft: 'Черновик',
      negotiation: 'На согласовании',
      active: 'Действует',
      due: 'Подлежит продлению',
      expired: 'Срок истёк',
      suspended: 'Приостановлено',
      terminated: 'Расторгнуто',
    },
    kinds: {
      framework: 'Рамочное соглашение / меморандум',
      student_exchange: 'Обмен студентами',
      staff_exchange: 'Обмен сотрудниками',
      research: 'Научное сотрудничество',
      internship: 'Стажировка / практика',
      joint_degree: 'Совместный или двойной диплом',
      scholarship: 'Стипендиальная программа',
      erasmus_iia: 'Межинституциональное соглашение Erasmus+',
      other: 'Другое',
    },
    directions: { outgoing: 'Исходящая', incoming: 'Входящая' },
    mobilityTypes: {
      student_studies: 'Студенты: обучение',
      student_traineeship: 'Студенты: практика',
      staff_teaching: 'Сотрудники: преподавание',
      staff_training: 'Сотрудники: повышение квалификации',
    },
    levels: { bachelor: 'Бакалавриат', master: 'Магистратура', doctoral: 'Докторантура' },
    fundings: {
      partner: 'Средства партнёра',
      government: 'Государственная стипендия',
      erasmus: 'Программа Erasmus+',
      own_budget: 'Собственный бюджет',
      other: 'Другое',
    },
  },
  kk: {
    status: {
      draft: 'Жоба',
      negotiation: 'Келіссөз үстінде',
      active: 'Қолданыста',
      due: 'Ұзарту қажет',
      expired: 'Мерзімі өткен',
      suspended: 'Тоқтатыла тұрған',
      terminated: 'Бұзылған',
    },
    kinds: {
      framework: 'Негіздемелік келісім / меморандум',
      student_exchange: 'Студент алмасу',
      staff_exchange: 'Қызметкер алмасу',
      research: 'Ғылыми ынтымақтастық',
      internship: 'Тағылымдама / практика',
      joint_degree: 'Бірлескен немесе қос диплом',
      scholarship: 'Стипендиялық бағдарлама',
      erasmus_iia: 'Erasmus+ институтаралық келісімі',
      other: 'Басқа',
    },
    directions: { outgoing: 'Шығыс', incoming: 'Кіріс' },
    mobilityTypes: {
      student_studies: 'Студенттер: оқу',
      student_traineeship: 'Студенттер: тағылымдама',
      staff_teaching: 'Қызметкерлер: сабақ беру',
      staff_training: 'Қызметкерлер: біліктілікті арттыру',
    },
    levels: { bachelor: 'Бакалавриат', master: 'Магистратура', doctoral: 'Докторантура' },
    fundings: {
      partner: 'Серіктес қаражаты',
      government: 'Мемлекеттік стипендия',
      erasmus: 'Erasmus+ бағдарламасы',
      own_budget: 'Меншікті бюджет',
      other: 'Басқа',
    },
  },
  az: {
    status: {
      draft: 'Layihə',
      negotiation: 'Danışıqlar mərhələsində',
      active: 'Qüvvədədir',
      due: 'Uzadılmalıdır',
      expired: 'Müddəti bitib',
      suspended: 'Müvəqqəti dayandırılıb',
      terminated: 'Xitam verilib',
    },
    kinds: {
      framework: 'Çərçivə sazişi / memorandum',
      student_exchange: 'Tələbə mübadiləsi',
      staff_exchange: 'Əməkdaş mübadiləsi',
      research: 'Elmi-tədqiqat əməkdaşlığı',
      internship: 'Təcrübə / staj',
      joint_degree: 'Birgə və ya ikili diplom',
      scholarship: 'Təqaüd proqramı',
      erasmus_iia: 'Erasmus+ institutlararası sazişi',
      other: 'Digər',
    },
    directions: { outgoing: 'Gedən', incoming: 'Gələn' },
    mobilityTypes: {
      student_studies: 'Tələbələr: təhsil',
      student_traineeship: 'Tələbələr: təcrübə',
      staff_teaching: 'Əməkdaşlar: tədris',
      staff_training: 'Əməkdaşlar: təlim',
    },
    levels: { bachelor: 'Bakalavriat', master: 'Magistratura', doctoral: 'Doktorantura' },
    fundings: {
      partner: 'Tərəfdaşın vəsaiti',
      government: 'Dövlət təqaüdü',
      erasmus: 'Erasmus+ proqramı',
      own_budget: 'Öz büdcəsi',
      other: 'Digər',
    },
  },
}
