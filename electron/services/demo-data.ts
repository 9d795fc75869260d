import type { Db } from '../../db/connection.ts'
import { createContact } from '../../db/contacts.ts'
import { countPartners, createPartner, setPartnerArchived } from '../../db/partners.ts'
import { inTransaction } from '../../db/transaction.ts'
import { partnerInput, type PartnerInput } from '../../shared/partners/partner.ts'
import { todayIso, type IsoDate } from '../../shared/dates.ts'
import { fillDemoAgreements } from './demo-agreements.ts'

interface DemoPartner extends PartnerInput {
  contacts?: Array<{ fullName: string; position?: string; email?: string; phone?: string }>
  archived?: boolean
}

/**
 * A small office's partners, drawn from Kazakh–Azerbaijani university cooperation and the
 * office's wider network: official names in Latin script, native names in Cyrillic or Latin.
 */
const demoPartners: DemoPartner[] = [
  {
    name: 'Baku State University',
    nameNative: 'Bakı Dövlət Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
    website: 'https://bsu.edu.az',
    schacCode: 'bsu.edu.az',
    contacts: [
      {
        fullName: 'Leyla Mammadova',
        position: 'Head of International Relations',
        email: 'l.mammadova@bsu.edu.az',
        phone: '+994 12 539 05 35',
      },
      { fullName: 'Rashad Aliyev', position: 'Exchange coordinator', email: 'r.aliyev@bsu.edu.az' },
    ],
  },
  {
    name: 'Azerbaijan State Oil and Industry University',
    nameNative: 'Azərbaycan Dövlət Neft və Sənaye Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
    website: 'https://asoiu.edu.az',
    contacts: [
      { fullName: 'Günel Həsənova', position: 'International office', email: 'intl@asoiu.edu.az' },
    ],
  },
  {
    name: 'ADA University',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
    website: 'https://www.ada.edu.az',
    contacts: [
      {
        fullName: 'Elvin Guliyev',
        position: 'Director of Global Engagement',
        email: 'eguliyev@ada.edu.az',
      },
    ],
  },
  {
    name: 'Azerbaijan Technical University',
    nameNative: 'Azərbaycan Texniki Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
  },
  {
    name: 'Ganja State University',
    nameNative: 'Gəncə Dövlət Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Ganja',
  },
  {
    name: 'Ministry of Science and Education of the Republic of Azerbaijan',
    nameNative: 'Azərbaycan Respublikasının Elm və Təhsil Nazirliyi',
    kind: 'ministry',
    country: 'AZ',
    city: 'Baku',
  },
  {
    name: 'Al-Farabi Kazakh National University',
    nameNative: 'Казахский национальный университет имени аль-Фараби',
    kind: 'university',
    country: 'KZ',
    city: 'Almaty',
    website: 'https://www.kaznu.kz',
    erasmusCode: 'KZ ALMATY04',
    contacts: [
      {
        fullName: 'Айгерим Садыкова',
        position: 'Директор департамента международного сотрудничества',
        email: 'a.sadykova@kaznu.kz',
        phone: '+7 727 377 33 33',
      },
      {
        fullName: 'Нурлан Ержанов',
        position: 'Координатор академической мобильности',
        email: 'n.yerzhanov@kaznu.kz',
      },
    ],
  },
  {
    name: 'L.N. Gumilyov Eurasian National University',
    nameNative: 'Евразийский национальный университет имени Л. Н. Гумилёва',
    kind: 'university',
    country: 'KZ',
    city: 'Astana',
    website: 'https://enu.kz',
    contacts: [
      {
        fullName: 'Жанар Омарова',
        position: 'Офис академической мобильности',
        email: 'mobility@enu.kz',
      },
    ],
  },
  {
    name: 'Satbayev University',
    nameNative: 'Сәтбаев университеті',
    kind: 'university',
    country: 'KZ',
    city: 'Almaty',
    website: 'https://satbayev.university',
  },
  {
    name: 'Yessenov University',
    nameNative: 'Есенов университеті',
    kind: 'university',
    country: 'KZ',
    city: 'Aktau',
    contacts: [
      { fullName: 'Мадина Кенжебаева', position: 'Международный отдел', email: 'intl@yu.edu.kz' },
    ],
  },
  {
    name: 'Khoja Akhmet Yassawi International Kazakh-Turkish University',
    nameNative: 'Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті',
    kind: 'university',
    country: 'KZ',
    city: 'Turkistan',
  },
  {
    name: 'Ministry of Science and Higher Education of the Republic of Kazakhstan',
    nameNative: 'Министерство науки и высшего образования Республики Казахстан',
    kind: 'ministry',
    country: 'KZ',
    city: 'Astana',
  },
  {
    name: 'Gubkin Russian State University of Oil and Gas',
    nameNative: 'Российский государственный университет нефти и газа имени И. М. Губкина',
    kind: 'university',
    country: 'RU',
    city: 'Moscow',
    contacts: [
      {
        fullName: 'Ольга Смирнова',
        position: 'Управление международных связей',
        email: 'o.smirnova@gubkin.ru',
      },
    ],
  },
  {
    name: 'Moscow Institute of Physics and Technology',
    nameNative: 'Московский физико-технический институт',
    kind: 'university',
    country: 'RU',
    city: 'Dolgoprudny',
  },
  {
    name: "Queen's University Belfast",
    kind: 'university',
    country: 'GB',
    city: 'Belfast',
    website: 'https://www.qub.ac.uk',
    erasmusCode: 'UK BELFAST01',
    contacts: [
      {
        fullName: 'Siobhan Murphy',
        position: 'Global Mobility Officer',
        email: 's.murphy@qub.ac.uk',
      },
    ],
  },
  {
    name: 'University of Minnesota',
    kind: 'university',
    country: 'US',
    city: 'Minneapolis',
  },
  {
    name: 'University of Arizona',
    kind: 'university',
    country: 'US',
    city: 'Tucson',
  },
  {
    name: 'Middle East Technical University',
    nameNative: 'Orta Doğu Teknik Üniversitesi',
    kind: 'university',
    country: 'TR',
    city: 'Ankara',
    erasmusCode: 'TR ANKARA04',
    schacCode: 'metu.edu.tr',
    contacts: [
      {
        fullName: 'Ayşe Yılmaz',
        position: 'Erasmus+ Institutional Coordinator',
        email: 'ayilmaz@metu.edu.tr',
      },
    ],
  },
  {
    name: 'Technical University of Munich',
    nameNative: 'Technische Universität München',
    kind: 'university',
    country: 'DE',
    city: 'Munich',
    erasmusCode: 'D  MUNCHEN02',
    schacCode: 'tum.de',
  },
  {
    name: 'Sapienza University of Rome',
    nameNative: 'Sapienza Università di Roma',
    kind: 'university',
    country: 'IT',
    city: 'Rome',
    erasmusCode: 'I  ROMA01',
  },
  {
    name: 'Korea Advanced Institute of Science and Technology',
    kind: 'university',
    country: 'KR',
    city: 'Daejeon',
  },
  {
    name: 'Institute of Nuclear Physics',
    nameNative: 'Институт ядерной физики',
    kind: 'research_institute',
    country: 'KZ',
    city: 'Almaty',
  },
  {
    name: 'KazMunayGas',
    nameNative: 'ҚазМұнайГаз',
    kind: 'company',
    country: 'KZ',
    city: 'Astana',
    contacts: [
      {
        fullName: 'Ерлан Тулегенов',
        position: 'HR, программы стажировок',
        email: 'e.tulegenov@kmg.kz',
      },
    ],
  },
  {
    name: 'Network University of Turkic States',
    kind: 'network',
    country: 'TR',
    city: 'Istanbul',
  },
  {
    name: 'Nakhchivan State University',
    nameNative: 'Naxçıvan Dövlət Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Nakhchivan',
    archived: true,
  },
]

/**
 * Fills an empty database with demo partners, contacts and agreements, all in one transaction.
 * Returns the number of partners added (0 when the database already had data).
 */
export async function fillDemoData(db: Db, today: IsoDate = todayIso()): Promise<number> {
  if ((await countPartners(db)) > 0) return 0
  return inTransaction(db, async (trx) => {
    const ids: number[] = []
    for (const { contacts = [], archived = false, ...partner } of demoPartners) {
      const id = await createPartner(trx, partnerInput.parse(partner))
      for (const contact of contacts) {
        await createContact(
          trx,
          id,
          { position: null, email: null, phone: null, notes: null, ...contact },
          false,
        )
      }
      if (archived) await setPartnerArchived(trx, id, true)
      else ids.push(id)
    }
    await fillDemoAgreements(trx, ids, today)
    return demoPartners.length
  })
}
