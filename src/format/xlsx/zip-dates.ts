/**
 * exceljs zips the workbook with JSZip, which stamps every entry with the time
 * of writing. docs/security.md promises the same bytes for the same register, date and
 * options, so the stamps are set to D: the "last modified" time and date of
 * each entry, in its local header and in the central directory (APPNOTE.TXT
 * 4.3.7 and 4.3.12). Nothing else in the archive changes; the checksums cover
 * the contents only.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** `date` is `YYYY-MM-DD`; the time is 00:00. */
export function stampZipEntries(zip: Uint8Array, date: string): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const end = findEnd(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('xlsx: unexpected zip layout');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('xlsx: unexpected zip layout');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

/** The end record sits in the last 22 bytes plus at most a 64 KiB comment. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('xlsx: no end of central directory');
}
