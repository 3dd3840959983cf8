/** time.weekday.future-frame (src/time/future-frame.ts): a present scheduling frame puts a bare weekday ahead. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { inFutureFrame } from '../../src/time/future-frame.js';

function weekdayValue(text: string, date: string): string | undefined {
  return analyze({ id: 't', date, text, meta: {} }).times.find((t) => t.rule.startsWith('time.weekday'))?.value;
}

function framed(text: string): boolean {
  const toks = text.toLowerCase().split(' ');
  return inFutureFrame((i) => toks[i] ?? '', toks.length - 1, 0);
}

test('a frame far to the left of the weekday still puts it ahead', () => {
  // 2019-01-06 is a Sunday: the coming Tuesday is the 8th, the last one the 1st.
  const text =
    'The envoy of Zembla is expected to hold long and difficult talks with three officials from Avalon in the ' +
    'port of Brask on Tuesday.';
  assert.equal(weekdayValue(text, '2019-01-06'), '2019-01-08');
  // The same act told in the past keeps the Tuesday just gone.
  assert.equal(weekdayValue('The envoy of Zembla held talks in Brask on Tuesday.', '2019-01-06'), '2019-01-01');
});

test('"tipped to" is a frame, not a past verb', () => {
  assert.equal(weekdayValue('The premier is tipped to call a snap vote on Friday.', '2019-01-06'), '2019-01-11');
});

test('the frame needs a present "be": a past one or no "be" reads no frame', () => {
  assert.equal(framed('the premier is widely expected to call a vote on friday'), true);
  assert.equal(framed('the premier was expected to call a vote on friday'), false);
  assert.equal(framed('the premier has set to work on friday'), false);
});

test('a clause opened between the frame and the weekday owns the weekday', () => {
  assert.equal(framed('the premier is expected to say that rebels fired on friday'), false);
  assert.equal(framed('the premier is expected to confirm rebels fired shells on friday'), false);
  assert.equal(framed('the premier is expected to speak , and rebels fire on friday'), false);
});
