/**
 * Text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading tab or
 * carriage return) gets a leading apostrophe, so that a partner's name like "=HYPERLINK(...)"
 * stays text in Excel and LibreOffice. Numbers are written as numbers and never touched.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
