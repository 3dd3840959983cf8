/** Speaker rules from the Random(2429) sample of issue 24, one short sentence each (written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function run(text: string) {
  return analyze({ id: 't', date: '2005-03-15', text, meta: {} });
}

test("speaker-title-previous-subject: a quotation-opening sentence's title speaker is the person just named", () => {
  const a = run(
    'Ann Lee rejected claims of a rift with her deputy. "There is no rift at all," the prime minister told MPs.',
  );
  const q = a.quotes.find((x) => x.content.text.startsWith('There is'))!;
  assert.equal(q.speaker!.mention.text, 'the prime minister');
  assert.equal(q.speaker!.entityId, a.entities.find((e) => e.name === 'Ann Lee')!.id);
});

test('speaker-title-previous-subject: a lower office or another holder of the title is not linked', () => {
  const a = run('Ann Lee rejected claims of a rift. "There is no rift at all," the deputy prime minister said.');
  const q = a.quotes.find((x) => x.content.text.startsWith('There is'))!;
  assert.equal(q.speaker!.entityId, null);
});

test('speaker-title-previous-subject: a title of the other gender is not the person just named', () => {
  const a = run('Peter Berg opened the hall. "Survivors will attend," the chairwoman said.');
  const q = a.quotes.find((x) => x.content.text.startsWith('Survivors'))!;
  assert.equal(q.speaker!.entityId, null);
});

test('cue-nearest-name-possessed: "X\'s closest ally has denied": the ally speaks, not X', () => {
  const [q] = run("Tom Baker's closest ally has denied suggestions of a giveaway.").quotes;
  assert.equal(q.speaker!.mention.text, "Tom Baker's closest ally");
  assert.equal(q.speaker!.entityId, null);
});
