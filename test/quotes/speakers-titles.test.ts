/** Speaker rules from issue 24 (second round): titles, cut names, modifiers, noun cues; sentences written here. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function run(text: string) {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} });
}

function entityName(a: ReturnType<typeof run>, id: string | null | undefined): string | null {
  return id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null;
}

test('cue-appositive-name: "The US defence secretary, <Name>, said": the apposed name speaks', () => {
  const a = run('The US defence secretary, Jim Mott, said the attack was real.');
  const [q] = a.quotes;
  assert.equal(q.rule, 'cue-appositive-name');
  assert.equal(q.speaker!.mention.text, 'Jim Mott');
});

test('speaker link: a place modifying or possessing a title is not the speaker', () => {
  const a = run("Norway's prime minister has warned that the border will close.");
  assert.equal(a.quotes[0].speaker!.mention.text, "Norway's prime minister");
  assert.notEqual(entityName(a, a.quotes[0].speaker!.entityId), 'Norway');
  const b = run('“We will defend the valley,” the council governing Tromso said.');
  assert.equal(b.quotes[0].speaker!.mention.text, 'the council governing Tromso');
  assert.equal(b.quotes[0].speaker!.entityId, null);
  // A place that is the subject itself stays the speaker's entity.
  const c = run('Norway said the border will close.');
  assert.equal(entityName(c, c.quotes[0].speaker!.entityId), 'Norway');
});

test('cut names: a capitalized auxiliary after a name ends the name ("Theresa May has said")', () => {
  const [q] = run('Theresa May has said the deal was dead.').quotes;
  assert.equal(q.speaker!.mention.text, 'Theresa May');
  // "may" in lower case stays an auxiliary.
  const [r] = run('Officials may say the deal is dead.').quotes;
  assert.equal(r.speaker!.mention.text, 'Officials');
});

test('"the US" is the country, not the pronoun "us"', () => {
  const [q] = run('The clashes started after the US announced it would open a port.').quotes;
  assert.equal(q.speaker!.mention.text, 'the US');
});

test('cue-nearest-name: a name that modifies a noun ("The Harbin offensive") is no speaker', () => {
  const a = run('In the Harbin offensive then insisted that the town would hold.');
  for (const q of a.quotes) assert.notEqual(q.speaker?.mention.text, 'the Harbin');
  // The whole modifying name is skipped, not only its last word.
  const b = run('In March the Donald Lamb supporters then pledged that taxes would fall.');
  for (const q of b.quotes) assert.notEqual(q.speaker?.mention.text, 'Donald');
});

test('cue-appositive-name: a weak cue keeps its content with the apposed name as subject', () => {
  const [q] = run("Norway's party leader, Marine Lepen, voiced support for the candidate on Tuesday.").quotes;
  assert.equal(q.rule, 'cue-appositive-name');
  assert.equal(q.speaker!.mention.text, 'Marine Lepen');
});

test('noun cues: "reports suggest", "talks received", "the ground campaign to" report nothing', () => {
  const a = run('Early reports suggest that the two sailors were seized.');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].cueLemma, 'suggest');
  assert.deepEqual(run('The Oslo talks received a further boost on Tuesday.').quotes, []);
  assert.deepEqual(run('A breakthrough in the Oslo talks is thought unlikely.').quotes, []);
  assert.deepEqual(run('The militia led the ground campaign to drive the rebels out.').quotes, []);
  // A verb in -s with its content after it stays a cue.
  assert.equal(run('Smith reports that sales fell.').quotes.length, 1);
});

test('coref.title-nominal: "the mayor" is not merged into "Deputy Mayor <Name>"', () => {
  const a = run('Deputy Mayor Nicky Gale told reporters the plan was fine. The mayor accused the paper of bias.');
  const q = a.quotes.find((x) => x.cue.text === 'accused')!;
  assert.notEqual(entityName(a, q.speaker!.entityId), 'Nicky Gale');
  const b = run('Mayor Nicky Gale told reporters the plan was fine. The mayor accused the paper of bias.');
  const r = b.quotes.find((x) => x.cue.text === 'accused')!;
  assert.equal(entityName(b, r.speaker!.entityId), 'Nicky Gale');
});

test('coref.title-previous-subject: an unheld definite title opening a sentence is the person just named', () => {
  const a = run(
    'Anna Berg has apologised to the council over the leak. The Green leader confirmed the inquiry would start.',
  );
  const q = a.quotes.find((x) => x.cue?.text === 'confirmed')!;
  assert.equal(q.speaker!.mention.text, 'The Green leader');
  assert.equal(entityName(a, q.speaker!.entityId), 'Anna Berg');
  // A title held by someone named in the article is that holder's, not the previous subject's.
  const b = run(
    'Finance minister Karl Holm spoke first. Anna Berg has apologised over the leak. The minister confirmed the inquiry.',
  );
  const r = b.quotes.find((x) => x.cue?.text === 'confirmed')!;
  assert.notEqual(entityName(b, r.speaker!.entityId), 'Anna Berg');
  // The title is its sentence's subject: a "he" after it is that person, not a name later in the title's sentence.
  const e = run(
    'Karl Berg has apologised over the leak. The Green leader argued voters felt let down by Tom Reed. In a letter, he promises to stay.',
  );
  const v = e.quotes.find((x) => x.cue?.text === 'promises')!;
  assert.equal(entityName(e, v.speaker!.entityId), 'Karl Berg');
  // A sovereign's title, or a title of the other gender, is not the person just named.
  const f = run('Prince Karl Berg will open the hall. The Queen said survivors would attend.');
  const w = f.quotes.find((x) => x.cue?.text === 'said')!;
  assert.equal(w.speaker!.entityId, null);
  const h = run('Peter Berg will open the hall. The chairwoman said survivors would attend.');
  const z = h.quotes.find((x) => x.cue?.text === 'said')!;
  assert.notEqual(entityName(h, z.speaker!.entityId), 'Peter Berg');
  // Not when the sentence before was about a title, with a name only later in it.
  const k = run(
    'The chancellor has handed the campaign to Peter Berg. The premier insisted the chancellor would help.',
  );
  const y = k.quotes.find((x) => x.cue?.text === 'insisted')!;
  assert.equal(y.speaker!.entityId, null);
  // A holder named only later does not take it.
  const d = run(
    'Anna Berg has apologised over the leak. The home secretary confirmed the review. The shadow home secretary, Tom Reed, said it was late.',
  );
  const u = d.quotes.find((x) => x.cue?.text === 'confirmed')!;
  assert.equal(entityName(d, u.speaker!.entityId), 'Anna Berg');
  // A lower rank of the title is someone else.
  const c = run('Anna Berg has apologised over the leak. The deputy leader confirmed the inquiry would start.');
  const s = c.quotes.find((x) => x.cue?.text === 'confirmed')!;
  assert.equal(s.speaker!.entityId, null);
});
