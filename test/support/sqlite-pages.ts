// A forensic reader for SQLite database files: what someone holding a copy of the file sees without
// SQLite's help. It walks one b-tree from its root page and lists its rows in *physical* order —
// pages by page number, cells within a page by their offset — as the issue 11 report did. Only what
// the arrival-order test needs: the format is https://www.sqlite.org/fileformat2.html.
import { readFileSync } from "node:fs";

const TABLE_INTERIOR = 5;
const TABLE_LEAF = 13;
const INDEX_INTERIOR = 2;
const INDEX_LEAF = 10;

export type SqliteFile = { bytes: Buffer; pageSize: number; usableSize: number; pageCount: number };

/** Reads the main database file (not its WAL) and its header. */
export function readSqliteFile(path: string): SqliteFile {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 16).toString("latin1") !== "SQLite format 3\0")
    throw new Error(`${path} is not a SQLite database`);
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  return { bytes, pageSize, usableSize: pageSize - bytes.readUInt8(20), pageCount: bytes.length / pageSize };
}

/** A varint at `offset`: its value (64 bits, two's complement) and its length in bytes. */
function readVarint(bytes: Buffer, offset: number): { value: bigint; length: number } {
  let value = 0n;
  for (let index = 0; index < 8; index++) {
    const byte = bytes.readUInt8(offset + index);
    value = (value << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, length: index + 1 };
  }
  return { value: BigInt.asIntN(64, (value << 8n) | BigInt(bytes.readUInt8(offset + 8))), length: 9 };
}

type Cell = { offset: number; rowid: bigint; firstOverflowPage: number | null };
type Page = { number: number; type: number; cells: Cell[]; children: number[] };

/** How much of a payload of `size` bytes is stored in the cell itself (file format §1.6). */
function localPayloadSize(file: SqliteFile, size: number, isTable: boolean): number {
  const usable = file.usableSize;
  const maxLocal = isTable ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
  if (size <= maxLocal) return size;
  const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
  const local = minLocal + ((size - minLocal) % (usable - 4));
  return local <= maxLocal ? local : minLocal;
}

/** The whole payload: the local part, then the overflow chain's pages (4-byte next-page number first). */
function payload(
  file: SqliteFile,
  start: number,
  size: number,
  local: number,
): { bytes: Buffer; firstOverflowPage: number | null } {
  if (local === size) return { bytes: file.bytes.subarray(start, start + size), firstOverflowPage: null };
  const parts = [file.bytes.subarray(start, start + local)];
  const firstOverflowPage = file.bytes.readUInt32BE(start + local);
  let remaining = size - local;
  for (let page = firstOverflowPage; page !== 0 && remaining > 0;) {
    const base = (page - 1) * file.pageSize;
    const take = Math.min(remaining, file.usableSize - 4);
    parts.push(file.bytes.subarray(base + 4, base + 4 + take));
    remaining -= take;
    page = file.bytes.readUInt32BE(base);
  }
  return { bytes: Buffer.concat(parts), firstOverflowPage };
}

/** The last column of an index record: the rowid of the table row it points to. */
function lastIntegerOfRecord(record: Buffer): bigint {
  const header = readVarint(record, 0);
  const serialTypes: number[] = [];
  for (let at = header.length; at < Number(header.value);) {
    const type = readVarint(record, at);
    serialTypes.push(Number(type.value));
    at += type.length;
  }
  const sizeOf = (type: number) =>
    type >= 12 ? Math.floor((type - 12) / 2) : ([0, 1, 2, 3, 4, 6, 8, 8, 0, 0][type] ?? 0);
  const lastType = serialTypes.at(-1) ?? 0;
  if (lastType === 8) return 0n;
  if (lastType === 9) return 1n;
  if (lastType < 1 || lastType > 6)
    throw new Error(`an index record ending in serial type ${lastType} has no rowid`);
  const start = Number(header.value) + serialTypes.slice(0, -1).reduce((sum, type) => sum + sizeOf(type), 0);
  let value = 0n;
  for (const byte of record.subarray(start, start + sizeOf(lastType))) value = (value << 8n) | BigInt(byte);
  return BigInt.asIntN(sizeOf(lastType) * 8, value);
}

function readPage(file: SqliteFile, number: number): Page {
  const base = (number - 1) * file.pageSize;
  const header = base + (number === 1 ? 100 : 0);
  const type = file.bytes.readUInt8(header);
  const interior = type === TABLE_INTERIOR || type === INDEX_INTERIOR;
  if (!interior && type !== TABLE_LEAF && type !== INDEX_LEAF)
    throw new Error(`page ${number} is not a b-tree page (type ${type})`);
  const cellCount = file.bytes.readUInt16BE(header + 3);
  const pointers = header + (interior ? 12 : 8);
  const page: Page = {
    number,
    type,
    cells: [],
    children: interior ? [file.bytes.readUInt32BE(header + 8)] : [],
  };
  for (let index = 0; index < cellCount; index++) {
    const offset = file.bytes.readUInt16BE(pointers + 2 * index);
    let at = base + offset;
    if (interior) page.children.push(file.bytes.readUInt32BE(at));
    if (interior) at += 4;
    if (type === TABLE_INTERIOR) continue; // only a divider key, not a row
    const size = readVarint(file.bytes, at);
    at += size.length;
    if (type === TABLE_LEAF) {
      const rowid = readVarint(file.bytes, at);
      at += rowid.length;
      const local = localPayloadSize(file, Number(size.value), true);
      page.cells.push({
        offset,
        rowid: rowid.value,
        firstOverflowPage: payload(file, at, Number(size.value), local).firstOverflowPage,
      });
    } else {
      const record = payload(file, at, Number(size.value), localPayloadSize(file, Number(size.value), false));
      page.cells.push({
        offset,
        rowid: lastIntegerOfRecord(record.bytes),
        firstOverflowPage: record.firstOverflowPage,
      });
    }
  }
  return page;
}

/** Every page of the b-tree rooted at `rootPage`, in page-number order. */
function btreePages(file: SqliteFile, rootPage: number): Page[] {
  const pages: Page[] = [];
  const pending = [rootPage];
  for (let number = pending.pop(); number !== undefined; number = pending.pop()) {
    const page = readPage(file, number);
    pages.push(page);
    pending.push(...page.children);
  }
  return pages.sort((a, b) => a.number - b.number);
}

/**
 * The rowids of a table's rows, or of the rows an index's entries point to, in the order their cells
 * lie in the file: one list per page, pages by page number, cells within a page by ascending offset.
 */
export function rowidsByPage(file: SqliteFile, rootPage: number): bigint[][] {
  return btreePages(file, rootPage).map((page) =>
    [...page.cells].sort((a, b) => a.offset - b.offset).map((cell) => cell.rowid),
  );
}

/** The rowids of a table's rows whose payload spills into overflow pages, by the number of their first overflow page. */
export function rowidsByOverflowPage(file: SqliteFile, rootPage: number): bigint[] {
  return btreePages(file, rootPage)
    .flatMap((page) => page.cells)
    .filter((cell): cell is Cell & { firstOverflowPage: number } => cell.firstOverflowPage !== null)
    .sort((a, b) => a.firstOverflowPage - b.firstOverflowPage)
    .map((cell) => cell.rowid);
}
