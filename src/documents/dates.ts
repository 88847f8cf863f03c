/** Dates as official documents write them, in WIB. */
const dateFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
});
const dateTimeFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Jakarta',
});

/** "4 September 2023" (WIB). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "4 September 2023 pukul 09.30" (WIB). */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date).replace(/\s+pukul\s+|,\s*/u, ' ')} WIB`;
}
