/**
 * « Partager » without a third party: links that open the reader's own mail or
 * messaging app with the message already written (issue #14 §5). Nothing
 * leaves the page until the reader sends it.
 */

/**
 * A `mailto:` with a subject and a body and no recipient: the reader chooses
 * who. Line breaks are CRLF, as RFC 6068 writes them in a body.
 */
export function mailtoShare(subject: string, lines: readonly string[]): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}

/**
 * An `sms:` with a body and no number. `sms:?&body=` is the form both iOS
 * (which reads `&body=`) and Android (which reads `?body=`) prefill.
 */
export function smsShare(lines: readonly string[]): string {
  return `sms:?&body=${encodeURIComponent(lines.join('\n'))}`;
}
