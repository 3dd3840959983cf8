import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbExamples } from '../../src/events/verb-examples.js';

test('verb patterns give examples of their verb and words, labelled with the class of their code', () => {
  const table = {
    synsets: { '&WEAPON': ['rifle', 'missile'] },
    blocks: [
      {
        v: [
          ['seize', '170'],
          ['grab', null, 'grabbed'],
        ] as [string, string | null, ...string[]][],
        p: [
          ['191', '* &WEAPON', 1],
          ['036', '* to meet', 2, 'seize'],
          ['042:043', '+ * $', 3],
        ] as [string, string, number, string?][],
      },
    ],
  };
  const ex = verbExamples(table);
  // One for the default code of "seize", one per pattern.
  assert.equal(ex.length, 4);
  assert.deepEqual(ex[0], { features: ['bias', 'w=seized'], label: 4 });
  // Verbs taken in turn; the synset by its first member.
  assert.ok(ex[1].features.includes('b=seized_rifle'), ex[1].features.join(' '));
  assert.equal(ex[1].label, 4);
  // A pattern limited to "seize" uses it even where "grab" would be next.
  assert.ok(ex[2].features.includes('w=seized') && ex[2].features.includes('w=meet'));
  assert.equal(ex[2].label, 1);
  // Argument marks are no words; a reciprocal code is labelled by its first code.
  assert.deepEqual(ex[3], { features: ['bias', 'w=seized'], label: 1 });
});

test('the shipped verb table gives thousands of examples of every class', () => {
  const ex = verbExamples();
  assert.ok(ex.length > 4000);
  for (let c = 0; c < 5; c++)
    assert.ok(
      ex.some((e) => e.label === c),
      `class ${c}`,
    );
});
