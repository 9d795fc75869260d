import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementAction } from '../../../shared/agreements/actions.ts'

/** A button that opens a menu of agreement actions (renew, let lapse, terminate...). */
export function ActionMenu({
  label,
  accessibleLabel,
  actions,
  onAction,
  primary = false,
}: {
  label: string
  accessibleLabel?: string
  actions: AgreementAction[]
  onAction: (action: AgreementAction) => void
  primary?: boolean
}) {
  const { t } = useTranslation()
  return (
    <MenuTrigger>
      <Button className={primary ? 'button button-primary' : 'button'} aria-label={accessibleLabel}>
        {label} ▾
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => onAction(key as AgreementAction)}>
          {actions.map((action) => (
            <MenuItem key={action} id={action} className="menu-item">
              {t(`agreements.actions.${action}`)}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}
