import { z } from 'zod'
import { emailField, idField, optionalText, requiredText, versionField } from './fields.ts'

export const contactFields = {
  fullName: requiredText(200),
  position: optionalText(200),
  email: emailField,
  phone: optionalText(60),
  notes: optionalText(2000),
}

export const contactCreateInput = z.strictObject({
  partnerId: idField,
  isPrimary: z.boolean().default(false),
  ...contactFields,
})
export type ContactCreateInput = z.input<typeof contactCreateInput>

export const contactUpdateInput = z.strictObject({
  id: idField,
  version: versionField,
  ...contactFields,
})
export type ContactUpdateInput = z.input<typeof contactUpdateInput>

export const contactIdInput = z.strictObject({ id: idField })

/** The form's fields, shared by create and edit. */
export const contactFormSchema = z.strictObject(contactFields)
export type ContactFormValues = z.input<typeof contactFormSchema>

export interface Contact {
  id: number
  partnerId: number
  fullName: string
  position: string | null
  email: string | null
  phone: string | null
  notes: string | null
  isPrimary: boolean
  createdAt: string
  updatedAt: string
  version: number
}
