// Prints the entries of a .vsix (a zip file), one per line as "mode path", reading the zip's
// central directory so that no unzip tool is needed.
import { readFileSync } from 'node:fs';

const zip = readFileSync(process.argv[2]);
const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
if (eocd < 0) throw new Error(`${process.argv[2]} is not a zip file`);
let offset = zip.readUInt32LE(eocd + 16);
const count = zip.readUInt16LE(eocd + 10);
for (let i = 0; i < count; i++) {
  if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
  const nameLength = zip.readUInt16LE(offset + 28);
  const extraLength = zip.readUInt16LE(offset + 30);
  const commentLength = zip.readUInt16LE(offset + 32);
  const mode = (zip.readUInt32LE(offset + 38) >>> 16) & 0o777;
  const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
  console.log(`${mode.toString(8).padStart(3, '0')} ${name}`);
  offset += 46 + nameLength + extraLength + commentLength;
}
