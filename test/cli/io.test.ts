import { Writable } from 'stream';
import { lineWriter } from '../../src/cli/io';

/** A stream whose reader has gone, as `wco-survey check … | head` leaves stdout. */
function closedPipe(): Writable & { written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done(written.length > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
    },
  });
  return Object.assign(stream, { written });
}

describe('lineWriter', () => {
  it('writes each text as a line', () => {
    const stream = closedPipe();
    lineWriter(stream)('Checked 3 submissions: no problems found.');
    expect(stream.written).toEqual(['Checked 3 submissions: no problems found.\n']);
  });

  it('drops the lines after the reader has gone, without an unhandled EPIPE', async () => {
    const stream = closedPipe();
    const write = lineWriter(stream);
    write('one');
    write('two');
    await new Promise((resolve) => setImmediate(resolve));
    write('three');
    expect(stream.written).toEqual(['one\n', 'two\n']);
  });
});
