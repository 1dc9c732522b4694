import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Writes app/favicon.ico: the header's logo, a round dot in the brand colour #0b5764 on a transparent ground,
 * at 16, 32 and 48 pixels, each a PNG inside one ICO container (how every current browser reads it). Run once
 * with `npx tsx scripts/make-favicon.ts` after changing the colour; the result is committed.
 */
const BRAND = [0x0b, 0x57, 0x64] as const;
const SIZES = [16, 32, 48];

/** RGBA pixels of a filled circle, its edge smoothed by 4×4 samples per pixel. */
function dot(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const dx = x + (sx + 0.5) / 4 - radius;
          const dy = y + (sy + 0.5) / 4 - radius;
          if (dx * dx + dy * dy <= radius * radius) inside++;
        }
      }
      pixels.set([...BRAND, Math.round((inside / 16) * 255)], (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, default compression, filter and no interlace
  const pixels = dot(size);
  // Each row starts with filter type 0 (none).
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)])),
  );
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function ico(images: { size: number; data: Buffer }[]): Buffer {
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(1, 2); // type 1: icon
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    directory.writeUInt8(size % 256, entry); // 256 would be written as 0
    directory.writeUInt8(size % 256, entry + 1);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map(({ data }) => data)]);
}

writeFileSync('app/favicon.ico', ico(SIZES.map((size) => ({ size, data: png(size) }))));
console.log(`app/favicon.ico written: ${SIZES.join(', ')} px`);
