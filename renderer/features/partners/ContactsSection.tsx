import { useState } from 'react'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../shared/partners/contact.ts'
import { useApi } from '../../api/api-context.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { ContactFormDialog } from './ContactFormDialog.tsx'

type Editing =
  { mode: 'add' } | { mode: 'edit'; contact: Contact } | { mode: 'remove'; contact: Contact } | null

export function ContactsSection({
  partnerId,
  contacts,
  onChanged,
}: {
  partnerId: number
  contacts: Contact[]
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const [editing, setEditing] = useState<Editing>(null)
  const close = () => setEditing(null)

  const makePrimary = async (contact: Contact) => {
    const result = await api.call('contacts.setPrimary', { id: contact.id })
    if (!result.ok) return notifyError(t(`errors.${result.error.code}`))
    notifySuccess(t('contacts.primarySet', { name: contact.fullName }))
    onChanged()
  }

  const remove = async (contact: Contact) => {
    const result = await api.call('contacts.remove', { id: contact.id })
    if (!result.ok) return notifyError(t(`errors.${result.error.code}`))
    notifySuccess(t('contacts.removed', { name: contact.fullName }))
    close()
    onChanged()
  }

  return (
    <section className="card" aria-labelledby="contacts-title">
      <header className="card-header">
        <h2 id="contacts-title">{t('contacts.title')}</h2>
        <Button className="button" onPress={() => setEditing({ mode: 'add' })}>
          + {t('contacts.add')}
        </Button>
      </header>
      {contacts.length === 0 ? (
        <p className="empty">{t('contacts.empty')}</p>
      ) : (
        <ul className="contact-list">
          {contacts.map((contact) => (
            <li key={contact.id} className="contact" data-testid="contact">
              <div className="contact-main">
                <div className="contact-name">
                  {contact.fullName}
                  {contact.isPrimary && (
                    <span className="badge badge-primary">{t('contacts.primary')}</span>
                  )}
                </div>
                {contact.position && <div className="contact-position">{contact.position}</div>}
                <div className="contact-channels">
                  {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                  {contact.phone && <span>{contact.phone}</span>}
                </div>
              </div>
              <MenuTrigger>
                <Button
                  className="button button-quiet"
                  aria-label={t('contacts.actionsFor', { name: contact.fullName })}
                >
                  ⋯
                </Button>
                <Popover className="popover" placement="bottom end">
                  <Menu className="menu">
                    <MenuItem
                      className="menu-item"
                      onAction={() => setEditing({ mode: 'edit', contact })}
                    >
                      {t('common.edit')}
                    </MenuItem>
                    {!contact.isPrimary && (
                      <MenuItem className="menu-item" onAction={() => void makePrimary(contact)}>
                        {t('contacts.makePrimary')}
                      </MenuItem>
                    )}
                    <MenuItem
                      className="menu-item menu-item-danger"
                      onAction={() => setEditing({ mode: 'remove', contact })}
                    >
                      {t('common.remove')}
                    </MenuItem>
                  </Menu>
                </Popover>
              </MenuTrigger>
            </li>
          ))}
        </ul>
      )}
      <ContactFormDialog
        isOpen={editing?.mode === 'add' || editing?.mode === 'edit'}
        partnerId={partnerId}
        {...(editing?.mode === 'edit' ? { contact: editing.contact } : {})}
        onClose={close}
        onSaved={(contact) => {
          notifySuccess(
            editing?.mode === 'edit'
              ? t('contacts.saved')
              : t('contacts.added', { name: contact.fullName }),
          )
          close()
          onChanged()
        }}
      />
      {editing?.mode === 'remove' && (
        <ConfirmDialog
          isOpen
          title={t('contacts.removeTitle')}
          body={t('contacts.removeBody', { name: editing.contact.fullName })}
          confirmLabel={t('common.remove')}
          destructive
          onClose={close}
          onConfirm={() => remove(editing.contact)}
        />
      )}
    </section>
  )
}
