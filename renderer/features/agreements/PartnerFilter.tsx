import { useEffect, useState } from 'react'
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  type Key,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'
import { foldForSearch } from '../../../shared/search.ts'

/** The chosen partner's name, once it has been read; nothing is asked when none is chosen. */
export function usePartnerName(partnerId: number | null): string {
  const api = useApi()
  const [known, setKnown] = useState<{ id: number; name: string } | null>(null)
  useEffect(() => {
    if (!partnerId) return
    let current = true
    void api.call('partners.get', { id: partnerId }).then((result) => {
      if (current && result.ok) setKnown({ id: partnerId, name: result.value.name })
    })
    return () => {
      current = false
    }
  }, [api, partnerId])
  return partnerId && known?.id === partnerId ? known.name : ''
}

/**
 * Narrows the list to one partner's agreements: type part of its name in any script, pick it.
 * Clearing the box shows every partner's agreements again.
 */
export function PartnerFilter({
  partnerId,
  onChange,
}: {
  partnerId: number | null
  onChange: (partnerId: number | null) => void
}) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<{ id: number; name: string } | null>(null)
  const loadedName = usePartnerName(picked?.id === partnerId ? null : partnerId)
  const chosenName = picked && picked.id === partnerId ? picked.name : loadedName
  const [typed, setTyped] = useState<string | null>(null)
  const query = useDebouncedValue(typed ?? '', 200)
  const matches = useOperation('partners.list', { query, archived: 'all' })
  // While the answer for the latest keystroke is on its way, the last answer is narrowed here,
  // so that Enter never picks a partner that no longer matches what was typed.
  const text = foldForSearch(typed ?? '')
  const stale = query !== (typed ?? '')
  const items = (matches.data ?? [])
    .filter(
      (partner) =>
        !stale || foldForSearch(`${partner.name} ${partner.nameNative ?? ''}`).includes(text),
    )
    .slice(0, 50)
  return (
    <ComboBox
      className="field"
      items={items}
      inputValue={typed ?? chosenName}
      onInputChange={(value) => {
        // Choosing a partner writes its name into the box: that is not the user typing.
        if (value === chosenName) return
        setTyped(value)
        if (value === '' && partnerId) onChange(null)
      }}
      selectedKey={partnerId}
      onSelectionChange={(key: Key | null) => {
        const partner = items.find((item) => item.id === Number(key))
        setPicked(partner ? { id: partner.id, name: partner.name } : null)
        setTyped(null)
        onChange(partner ? partner.id : null)
      }}
      menuTrigger="input"
    >
      <Label className="field-label">{t('agreements.partner')}</Label>
      <div className="combo">
        <Input placeholder={t('agreements.allPartners')} />
        <Button className="combo-button">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className="popover">
        <ListBox className="listbox">
          {(partner: (typeof items)[number]) => (
            <ListBoxItem className="listbox-item" id={partner.id} textValue={partner.name}>
              <span>
                {partner.name}
                {partner.nameNative && <span className="muted"> · {partner.nameNative}</span>}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
