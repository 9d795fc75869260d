/**
 * A file name the save dialog (and `print.savePdf`) accepts: references such as "KZ-AZ/2026/777"
 * contain slashes, which would name folders, so every character a file name cannot hold becomes
 * a dash. Kept under the operation's 120-character limit, ".pdf" included.
 */
export function pdfFileName(name: string): string {
  const safe = name
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 116)
    .trim()
  return `${safe || 'Accord'}.pdf`
}
