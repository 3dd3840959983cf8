/** A named person without a code never takes the country of a neighbouring actor (events/actors.ts inferCountries). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function countriesOf(text: string, name: string): (string | null)[] {
  const a = analyze({ id: 't', date: '2018-03-01', text });
  const out: (string | null)[] = [];
  for (const e of a.events)
    for (const r of [e.source, e.target]) if (r && r.text.includes(name)) out.push(r.country ?? null);
  return out;
}

test("a code-less name after another country's government keeps no country", () => {
  const text =
    'The Canadian government welcomed the refugees on Monday. Orlan Vesk condemned Mexico on Tuesday. Vesk also criticized Peru.';
  const got = countriesOf(text, 'Vesk');
  assert.ok(!got.includes('CAN'), JSON.stringify(got));
});

test("a title without a country does not borrow another title's country by the title word", () => {
  const text =
    'President Recep Tayyip Erdogan of Turkey spoke on Monday. President Orlan Vesk condemned Mexico on Tuesday.';
  const got = countriesOf(text, 'Vesk');
  assert.ok(!got.includes('TUR'), JSON.stringify(got));
});
