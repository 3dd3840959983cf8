import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fiscalYear } from '../../../src/time/parsers/fiscal-year.js';
import { parseAt } from '../parse-at.js';

test('time.fiscal-year: four or two digits, a half of it; "fiscal policy" settles the token', () => {
  assert.deepEqual(parseAt(fiscalYear, 'In fiscal 2024 revenue grew.', 'fiscal'), {
    text: 'fiscal 2024',
    type: 'DATE',
    value: '2024',
    rule: 'time.fiscal-year',
  });
  assert.deepEqual(parseAt(fiscalYear, 'In fiscal 98 revenue grew.', 'fiscal'), {
    text: 'fiscal 98',
    type: 'DATE',
    value: '1998',
    rule: 'time.fiscal-year',
  });
  assert.deepEqual(parseAt(fiscalYear, "In fiscal 1998's first half revenue grew.", 'fiscal'), {
    text: "fiscal 1998's first half",
    type: 'DATE',
    value: '1998-H1',
    rule: 'time.half.of-year',
  });
  assert.equal(parseAt(fiscalYear, 'Fiscal policy changed.', 'Fiscal'), 'settled');
});
