import { useState } from 'react'
import {
  Autocomplete,
  Button,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  SearchField,
  type Key,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useOperation } from '../../api/use-operation.ts'
import { countryName } from '../../components/country-names.ts'
import { SelectField } from '../../components/SelectField.tsx'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'
import type { LinkedPartner } from './agreement-form-values.ts'

/** The partners matching a search, minus those already linked; Enter or a click adds one. */
function PartnerMatches({
  query,
  exclude,
  onAdd,
}: {
  query: string
  exclude: number[]
  onAdd: (partner: LinkedPartner) => void
}) {
  const { t, i18n } = useTranslation()
  const { data } = useOperation('partners.list', { query })
  const items = (data ?? []).filter((partner) => !exclude.includes(partner.id)).slice(0, 8)
  return (
    <ListBox
      className="listbox listbox-inline"
      aria-label={t('agreements.form.addPartner')}
      items={items}
      onAction={(key: Key) => {
        const partner = items.find((item) => item.id === Number(key))
        if (partner)
          onAdd({
            partnerId: partner.id,
            name: partner.name,
            country: partner.country,
            contactId: null,
          })
      }}
      renderEmptyState={() =>
        data ? <div className="listbox-empty">{t('partners.emptyFiltered')}</div> : null
      }
    >
      {(partner) => (
        <ListBoxItem className="listbox-item" id={partner.id} textValue={partner.name}>
          <span>
            {partner.name}
            {partner.nameNative && <span className="muted"> · {partner.nameNative}</span>}
          </span>
          <span className="listbox-code">{countryName(partner.country, i18n.language)}</span>
        </ListBoxItem>
      )}
    </ListBox>
  )
}

/**
 * Finds a partner by any part of its name as the user types; arrow keys move through the
 * matches shown under the box and Enter adds one. The list is inline, not a popup, so it never
 * covers the rest of the form; it is asked for only once something is typed.
 */
function PartnerPicker({
  exclude,
  onAdd,
}: {
  exclude: number[]
  onAdd: (partner: LinkedPartner) => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const query = useDebouncedValue(text.trim(), 200)
  return (
    <Autocomplete inputValue={text} onInputChange={setText}>
      <SearchField className="field">
        <Label className="field-label">{t('agreements.form.addPartner')}</Label>
        <Input placeholder={t('agreements.form.addPartnerPlaceholder')} maxLength={200} />
      </SearchField>
      {text.trim() && query && (
        <PartnerMatches
          query={query}
          exclude={exclude}
          onAdd={(partner) => {
            onAdd(partner)
            setText('')
          }}
        />
      )}
    </Autocomplete>
  )
}

/** One linked partner with the choice of its contact for this agreement. */
function LinkedPartnerRow({
  link,
  onChange,
  onRemove,
  error,
}: {
  link: LinkedPartner
  onChange: (link: LinkedPartner) => void
  onRemove: () => void
  error?: string
}) {
  const { t, i18n } = useTranslation()
  const { data } = useOperation('partners.get', { id: link.partnerId })
  const contacts = data?.contacts ?? []
  return (
    <li className="linked-partner">
      <div className="linked-partner-name">
        <strong>{link.name}</strong>{' '}
        <span className="muted">· {countryName(link.country, i18n.language)}</span>
        {error && <div className="field-error">{error}</div>}
      </div>
      <SelectField
        label={t('agreements.form.contact')}
        value={link.contactId === null ? 'none' : String(link.contactId)}
        onChange={(value) =>
          onChange({ ...link, contactId: value === 'none' ? null : Number(value) })
        }
        options={[
          { id: 'none', label: t('agreements.form.noContact') },
          ...contacts.map((contact) => ({ id: String(contact.id), label: contact.fullName })),
        ]}
      />
      <Button
        className="button"
        onPress={onRemove}
        aria-label={t('agreements.form.removePartner', { name: link.name })}
      >
        {t('common.remove')}
      </Button>
    </li>
  )
}

export interface PartnerLinksProps {
  value: LinkedPartner[]
  onChange: (value: LinkedPartner[]) => void
  /** Field errors keyed by path (`partners`, `partners.0.partnerId`), already translated. */
  errorOf: (path: string) => string | undefined
}

/** The agreement's partners: one or more institutions, each with an optional contact. */
export function PartnerLinks({ value, onChange, errorOf }: PartnerLinksProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="fieldset">
      <legend className="field-label">{t('agreements.form.partners')}</legend>
      {value.length > 0 && (
        <ul className="linked-partners">
          {value.map((link, index) => (
            <LinkedPartnerRow
              key={link.partnerId}
              link={link}
              error={
                errorOf(`partners.${index}.partnerId`) ?? errorOf(`partners.${index}.contactId`)
              }
              onChange={(next) => onChange(value.map((item, at) => (at === index ? next : item)))}
              onRemove={() => onChange(value.filter((_, at) => at !== index))}
            />
          ))}
        </ul>
      )}
      <PartnerPicker
        exclude={value.map((link) => link.partnerId)}
        onAdd={(partner) => onChange([...value, partner])}
      />
      {errorOf('partners') && (
        <div className="field-error" role="alert">
          {errorOf('partners')}
        </div>
      )}
    </fieldset>
  )
}
