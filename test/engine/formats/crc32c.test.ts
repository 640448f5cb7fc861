import { strict as assert } from 'assert';
import { crc32c, crc32cExtend, maskCrc, maskedCrc32c, unmaskCrc } from '../../../src/engine/formats/binary/crc32c';
import { ascii, fromHex } from './helpers';

describe('formats: CRC-32C and TF mask', () => {
  it('matches the standard check value and TF crc32c_test.cc vectors', () => {
    assert.equal(crc32c(ascii('123456789')), 0xe3069283);
    assert.equal(crc32c(new Uint8Array(32)), 0x8a9136aa);
    assert.equal(crc32c(new Uint8Array(32).fill(0xff)), 0x62a8ab43);
    assert.equal(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i)), 0x46dd794e);
    assert.equal(crc32c(new Uint8Array(0)), 0);
  });

  it('extends a running CRC like one pass over the concatenation', () => {
    const data = ascii('hello, tensorboard');
    assert.equal(crc32cExtend(crc32c(data.subarray(0, 7)), data.subarray(7)), crc32c(data));
  });

  it('masks as TF does (rotate right 15, add 0xa282ead8) and unmasks back', () => {
    assert.equal(maskCrc(0xe3069283), 0xc78ab0e5);
    assert.equal(maskCrc(0), 0xa282ead8);
    for (const v of [0, 1, 0xffffffff, 0x12345678, 0xe3069283]) assert.equal(unmaskCrc(maskCrc(v)), v);
  });

  it('reproduces the masked CRCs stored in real TF files', () => {
    // The first record header of a TF 1.0 event file: uint64 length 24 → masked 0x224b7fa3.
    assert.equal(maskedCrc32c(fromHex('1800000000000000')), 0x224b7fa3);
    // Every TF checkpoint index: the empty metaindex block plus its type byte → 0xb0a1f2c0.
    assert.equal(maskedCrc32c(fromHex('000000000100000000')), 0xb0a1f2c0);
  });
});
