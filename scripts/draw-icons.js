#!/usr/bin/env node
// Draws the add-in icons into assets/: a bar chart, as in the survey report (three white bars of rising
// height on an axis), in a WCO-blue rounded square.
// Plain Node: shapes are signed distance fields, so edges are antialiased at every size.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [0x00, 0x5b, 0xab];
const WHITE = [0xff, 0xff, 0xff];
// On a 16-unit grid, so that at every size (all multiples of 16) straight edges fall on pixel edges
// and stay sharp at 16 px. Each: [left, top, right, bottom].
const GRID = 16;
const BACKGROUND = [1, 1, 15, 15]; // a 1 px margin at 16 px, as Office's own icons have
const BARS = [
  [4, 9, 6, 12],
  [7, 6, 9, 12],
  [10, 3, 12, 12],
];
const AXIS = [3, 12, 13, 13];
const CORNER = 3;

function roundedRectDistance(x, y, [left, top, right, bottom], radius) {
  const qx = Math.abs(x - (left + right) / 2) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - (top + bottom) / 2) - ((bottom - top) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function markDistance(x, y) {
  return Math.min(roundedRectDistance(x, y, AXIS, 0), ...BARS.map((bar) => roundedRectDistance(x, y, bar, 0)));
}

// Area coverage of a pixel from the distance at its centre, in pixels (one pixel wide ramp).
const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d));

function draw(size) {
  const scale = size / GRID;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const gx = (x + 0.5) / scale;
      const gy = (y + 0.5) / scale;
      const shape = coverage(roundedRectDistance(gx, gy, BACKGROUND, CORNER) * scale);
      const mark = coverage(markDistance(gx, gy) * scale);
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
