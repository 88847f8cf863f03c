/** File names of generated documents and the header that offers them for download. */

/** ASCII letters, digits and hyphens: "Kepala Bidang Pengembangan" → "Kepala-Bidang-Pengembangan". */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function documentFileName(parts: (string | null | undefined)[], extension: string): string {
  const name = parts
    .filter((p): p is string => Boolean(p))
    .map(fileNamePart)
    .filter(Boolean)
    .join('-');
  return `${name || 'dokumen'}.${extension}`;
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
