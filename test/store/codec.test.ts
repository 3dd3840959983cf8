/** The row codec: every record comes back exactly, absent and null fields told apart, odd spans kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeRecord, encodeRecord, EVENT_FIELDS, QUOTE_FIELDS, type Field } from '../../src/store/codec.js';

const text = 'Vidal met Quispe in Santiago on Monday.';
const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

function roundTrip(record: object, fields: Field[]): { row: Record<string, unknown>; back: unknown } {
  const row = encodeRecord(record, fields, text);
  return { row, back: decodeRecord(row, fields, text) };
}

test('spans become offsets only, and read back with their text', () => {
  const quote = {
    id: 'q1',
    type: 'indirect',
    content: span(10, 16),
    cue: null,
    speaker: { entityId: 'e1', mention: span(0, 5) },
    addressee: null,
    sentence: 0,
    rule: 'r',
  };
  const { row, back } = roundTrip(quote, QUOTE_FIELDS);
  assert.equal(row.content_start, 10);
  assert.equal(row.content_end, 16);
  assert.equal(row.speaker_entity, 'e1');
  assert.equal(row.cue_start, null);
  assert.doesNotMatch(String(row.extra), /Quispe/);
  assert.deepEqual(back, quote);
});

test('an optional field left out stays left out; one set to null stays null', () => {
  const without = {
    id: 'q1',
    type: 'direct',
    content: span(10, 16),
    cue: span(6, 9),
    speaker: null,
    addressee: null,
    sentence: 0,
    rule: 'r',
  };
  const withNull = { ...without, cueLemma: null };
  assert.deepEqual(roundTrip(withNull, QUOTE_FIELDS).back, withNull);
  assert.deepEqual(roundTrip(without, QUOTE_FIELDS).back, without);
  assert.ok(!('cueLemma' in (roundTrip(without, QUOTE_FIELDS).back as object)));
});

test('a span whose text is not the slice of its offsets keeps its text', () => {
  const quote = {
    id: 'q1',
    type: 'direct',
    content: { start: 10, end: 16, text: 'QUISPE' },
    cue: null,
    speaker: null,
    addressee: null,
    sentence: 0,
    rule: 'r',
  };
  assert.deepEqual(roundTrip(quote, QUOTE_FIELDS).back, quote);
});

test('an actor text that differs from its span is stored; one that equals it is not', () => {
  const event = {
    id: 'ev1',
    cameo: '040',
    root: '04',
    plover: 'CONSULT',
    name: 'Consult',
    goldstein: 1,
    quadClass: 1,
    source: { entityId: 'e1', text: 'Vidal', span: span(0, 5), code: 'CHLGOV', country: 'CHL', sector: 'GOV' },
    target: { entityId: null, text: 'Peru', span: span(10, 16), code: 'PER', country: 'PER', sector: null },
    date: '2025-09-01',
    dateSource: 'text',
    dateTimexId: 't1',
    modality: 'asserted',
    sentence: 0,
    evidence: { trigger: span(6, 9), rule: 'verb:x' },
    quoteId: null,
  };
  const { row, back } = roundTrip(event, EVENT_FIELDS);
  assert.equal(row.source_text, null);
  assert.equal(row.target_text, 'Peru');
  assert.equal(row.rule, 'verb:x');
  assert.deepEqual(back, event);
});

test('fields no column holds are kept in extra', () => {
  const event = {
    id: 'ev1',
    cameo: '040',
    root: '04',
    plover: null,
    name: 'Consult',
    goldstein: 1,
    quadClass: 1,
    source: null,
    target: null,
    date: '2025-09',
    dateSource: 'publication',
    modality: 'asserted',
    sentence: 0,
    evidence: { trigger: span(6, 9), rule: 'v' },
    confidence: 0.75,
  };
  const { row, back } = roundTrip(event, EVENT_FIELDS);
  assert.match(String(row.extra), /confidence/);
  assert.deepEqual(back, event);
});
