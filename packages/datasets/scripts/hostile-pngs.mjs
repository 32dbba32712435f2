// Writes the two decompression bombs of issue 14 into the folders given (default ./bomb-30000 and
// ./bomb-16000-rgb): a grey PNG declaring 30000 × 30000 whose IDAT really holds 30000 rows of zeros (about
// 875 KB, 900 MB once inflated), and an RGB PNG of 16000 × 16000 zeros (768 MB inflated). Deflated as a
// stream, 64 rows at a time, so writing them takes little memory. Measure a refusal with
//   /usr/bin/time -v node apps/cli/dist/bin.js spectrum --images bomb-30000
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, createDeflate } from "node:zlib";

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The IHDR body and a block of 64 zero rows (filter byte 0 and zero samples) of a width × height PNG. */
function bomb(width, height, colorType, channels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colorType, 0, 0, 0], 8);
  return { header, repeated: Math.ceil(height / 64), block: Buffer.alloc(64 * (1 + width * channels)) };
}

async function write(path, width, height, colorType, channels) {
  const { header, repeated, block } = bomb(width, height, colorType, channels);
  const deflate = createDeflate({ level: 9 });
  const pieces = [];
  deflate.on("data", (piece) => pieces.push(piece));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  for (let k = 0; k < repeated; k++) {
    const rows = Math.min(64, height - 64 * k);
    const slice = block.subarray(0, rows * (1 + width * channels));
    if (!deflate.write(slice)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  const idat = Buffer.concat(pieces);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const file = Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
  writeFileSync(path, file);
  return file.length;
}

const [grey = "bomb-30000", rgb = "bomb-16000-rgb"] = process.argv.slice(2);
mkdirSync(grey, { recursive: true });
mkdirSync(rgb, { recursive: true });
console.log(`${join(grey, "bomb.png")}: ${await write(join(grey, "bomb.png"), 30000, 30000, 0, 1)} bytes`);
console.log(`${join(rgb, "bomb.png")}: ${await write(join(rgb, "bomb.png"), 16000, 16000, 2, 3)} bytes`);
