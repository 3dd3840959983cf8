import { test } from 'node:test';
import assert from 'node:assert/strict';
import { theWeekend, weekOf } from '../../../src/time/parsers/week.js';
import { parseAt } from '../parse-at.js';

test('weeks: the week of a day, the weekend just past or to come', () => {
  assert.deepEqual(parseAt(weekOf, 'Talks open the week of March 6, 2025.', 'the'), {
    text: 'the week of March 6, 2025',
    type: 'DATE',
    value: '2025-W10',
    rule: 'time.week-of',
  });
  assert.deepEqual(parseAt(theWeekend, 'Fighting eased over the weekend.', 'the'), {
    text: 'the weekend',
    type: 'DATE',
    value: '2025-W18-WE',
    rule: 'time.weekend.the',
  });
  assert.deepEqual(parseAt(theWeekend, 'Fighting will ease over the weekend.', 'the'), {
    text: 'the weekend',
    type: 'DATE',
    value: '2025-W19-WE',
    rule: 'time.weekend.the',
  });
  assert.equal(parseAt(weekOf, 'Talks open the week of talks.', 'the'), null);
});

test('time.weekend.the-clause: "the weekend they married" is the weekend a clause names, not the DCT\'s', () => {
  assert.deepEqual(parseAt(theWeekend, 'The fire broke out the weekend Anna Berg opened the shop.', 'the'), {
    text: 'the weekend',
    type: 'DATE',
    value: 'XXXX-WXX-WE',
    rule: 'time.weekend.the-clause',
  });
  // After a preposition the clause is the sentence's own: the weekend just gone (DCT Friday 2025-05-09).
  assert.equal(
    (parseAt(theWeekend, 'Over the weekend Dutch police arrested two men.', 'the') as { rule: string }).rule,
    'time.weekend.the',
  );
});
