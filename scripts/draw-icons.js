#!/usr/bin/env node
// Draws the add-in icons (a WCO-blue rounded square with a white check mark) into assets/.
// Plain Node: shapes are signed distance fields, so edges are antialiased at every size.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [0x00, 0x5b, 0xab];
const WHITE = [0xff, 0xff, 0xff];
// The check mark, in units of the icon's side.
const CHECK = [
  [0.27, 0.53],
  [0.43, 0.69],
  [0.74, 0.36],
];

function roundedSquareDistance(x, y, size) {
  const inset = size / 16; // 1px margin at 16px, as Office's own icons have
  const half = size / 2 - inset;
  const radius = size * 0.2;
  const qx = Math.abs(x - size / 2) - (half - radius);
  const qy = Math.abs(y - size / 2) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function checkDistance(x, y, size) {
  const pts = CHECK.map(([u, v]) => [u * size, v * size]);
  const halfWidth = Math.max(size * 0.065, 0.9); // stays legible at 16px
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, segmentDistance(x, y, pts[i - 1], pts[i]));
  return d - halfWidth;
}

// Area coverage of a pixel from the distance at its centre (one pixel wide ramp).
const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d));

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const shape = coverage(roundedSquareDistance(cx, cy, size));
      const mark = coverage(checkDistance(cx, cy, size));
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * mark);
      rgba[i + 3] = Math.round(255 * shape);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size); // filter byte 0 (None) before each row
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, draw(size)));
  console.log(path.relative(process.cwd(), file));
}
