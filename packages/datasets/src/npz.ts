import { crc32, inflateRawSync } from "node:zlib";
import { CorruptFileError } from "@klsched/core-linalg";

/**
 * NumPy's `.npz` container: a ZIP archive (PKWARE APPNOTE 6.3.x) of `.npy` files, one per array, named
 * `<key>.npy`. `np.savez` stores its entries, `np.savez_compressed` deflates them (method 8), and both
 * write ZIP64 extra fields (numpy passes `force_zip64=True`); all of that is read here. Writing stores
 * the entries (method 0), which every ZIP reader and `np.load` accept.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const MASK32 = 0xffffffff;

/**
 * The arrays of an `.npz` archive as `.npy` bytes by key (the entry name without `.npy`). Each entry's
 * CRC-32 and size are checked; deflated entries are inflated up to their declared size.
 *
 * @throws CorruptFileError(argument, file, …) for bytes that are not a ZIP archive, an entry that is cut
 * short, fails its CRC, uses another compression method or is not a `.npy` name.
 */
export function parseNpz(bytes: Uint8Array, argument: string, file: string): Map<string, Uint8Array> {
  const fail = (reason: string): never => {
    throw new CorruptFileError(argument, file, reason);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail("cut short"));
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail("cut short"));
  const u64 = (at: number) => {
    const value = (u32(at + 4) as number) * 2 ** 32 + (u32(at) as number);
    return Number.isSafeInteger(value) ? value : fail("a ZIP64 size beyond 2⁵³");
  };
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return fail("not a .npz (ZIP) archive: no end-of-central-directory record");
  let entries = u16(end + 10);
  let directory = u32(end + 16);
  if (entries === 0xffff || directory === MASK32) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) return fail("a ZIP64 archive without its locator");
    const record = u64(locator + 8);
    if (u32(record) !== ZIP64_END) return fail("a ZIP64 end record that is not one");
    entries = u64(record + 32);
    directory = u64(record + 48);
  }
  const arrays = new Map<string, Uint8Array>();
  let at = directory;
  for (let k = 0; k < entries; k++) {
    if (u32(at) !== CENTRAL) return fail(`central directory entry ${k} is damaged`);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    let compressed = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let local = u32(at + 42);
    if (at + 46 + nameLength + extraLength > bytes.length) return fail("cut short");
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 extra field: the 64-bit values of whichever 32-bit fields are 0xFFFFFFFF, in this order.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === ZIP64_EXTRA) {
        let field = e + 4;
        if (size === MASK32) [size, field] = [u64(field), field + 8];
        if (compressed === MASK32) [compressed, field] = [u64(field), field + 8];
        if (local === MASK32) local = u64(field);
      }
      e += 4 + length;
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (!name.endsWith(".npy")) return fail(`entry "${name}" is not a .npy array`);
    if (u32(local) !== LOCAL) return fail(`entry "${name}": its local header is damaged`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressed > bytes.length) return fail(`entry "${name}" is cut short`);
    const stored = bytes.subarray(start, start + compressed);
    let data: Uint8Array;
    if (method === 0) data = stored;
    else if (method === 8) {
      try {
        data = inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) });
      } catch {
        return fail(`entry "${name}" does not decompress`);
      }
    } else return fail(`entry "${name}" uses ZIP compression method ${method} (numpy writes 0 or 8)`);
    if (data.length !== size) return fail(`entry "${name}" holds ${data.length} bytes, its header says ${size}`);
    if (crc32(data) !== crc) return fail(`entry "${name}" fails its CRC-32 check`);
    arrays.set(name.slice(0, -4), data);
  }
  return arrays;
}

/**
 * A `.npz` archive of the given `.npy` files, stored (no compression), as `np.savez` writes it; readable
 * by `np.load` and by {@link parseNpz}. Entries of up to 4 GiB and archives of up to 4 GiB (no ZIP64).
 */
export function encodeNpz(arrays: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const entries = [...arrays].map(([key, data]) => ({ name: encoder.encode(`${key}.npy`), data, crc: crc32(data) }));
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const bytes = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 8, 0, true); // stored
    view.setUint16(at + 12, 0x21, true); // 1980-01-01, a fixed date: equal inputs give equal files
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.data.length, true);
    view.setUint16(at + 26, e.name.length, true);
    bytes.set(e.name, at + 30);
    bytes.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const directory = at;
  entries.forEach((e, k) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 14, 0x21, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.data.length, true);
    view.setUint16(at + 28, e.name.length, true);
    view.setUint32(at + 42, offsets[k] as number, true);
    bytes.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return bytes;
}
