import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function quotes(text: string, date = '2024-06-14') {
  return analyze({ id: 'q', date, text, meta: {} }).quotes;
}

test('a quote is dated by the time expression of its speech act', () => {
  const [q] = quotes('“We will rebuild the bridge,” Mayor Lena Holm said on Wednesday.');
  assert.equal(q.date, '2024-06-12');
  assert.equal(q.dateSource, 'text');
});

test('a date inside the quoted content does not date the quote', () => {
  const [q] = quotes('Mayor Lena Holm said the bridge would reopen on July 2.');
  assert.ok(q, 'an indirect quote is found');
  assert.equal(q.date, '2024-06-14');
  assert.equal(q.dateSource, 'publication');
});

test('a date modifying a noun ("the May 3 flood") does not date the quote', () => {
  const [q] = quotes('Speaking about the May 3 flood, Holm said “we were not ready”.');
  assert.ok(q);
  assert.equal(q.dateSource, 'publication');
});

test('quote dates are the same whether the time expressions come in text order or not', async () => {
  const { runPipeline } = await import('../../src/pipeline.js');
  const { quoteDate, timesByStart } = await import('../../src/quotes/dating.js');
  const text =
    'On Monday the council met. “We will rebuild,” Mayor Lena Holm said on Wednesday. ' +
    'Her deputy said on Friday that the works start in July. “Not before August,” an engineer said on Tuesday.';
  const doc = runPipeline({ id: 'q', date: '2024-06-14', text, meta: {} });
  assert.ok(doc.times.length >= 4 && doc.quotes.length >= 2, 'the text has dated quotes');
  const reversed = { ...doc, times: [...doc.times].reverse() };
  assert.equal(timesByStart(reversed.times).starts, null, 'reversed, the times are not in text order');
  let dated = 0;
  for (const q of doc.quotes) {
    const s = doc.sentences.find((x) => x.start <= q.content.start && q.content.start < x.end)!;
    const inOrder = quoteDate(doc, s, q.content, q.cue?.start ?? null, timesByStart(doc.times));
    assert.deepEqual(quoteDate(reversed, s, q.content, q.cue?.start ?? null), inOrder, q.content.text);
    if (inOrder.dateSource === 'text') dated++;
  }
  assert.ok(dated >= 2, 'quotes are dated by their own sentences');
});
