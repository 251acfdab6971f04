/**
 * Content-Disposition for a download: an ASCII fallback name and the UTF-8 name by RFC 5987/6266, so Chinese names
 * survive and no quote or newline can break the header. Without a chosen fallback, the name's non-ASCII characters
 * become `_`.
 */
export function contentDisposition(fileName: string, asciiFallback: string = fileName): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
