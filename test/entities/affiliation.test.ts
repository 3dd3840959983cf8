/** Members of armed groups named without a title take the group's code (src/entities/affiliation.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function actorOf(text: string, name: string) {
  const a = analyze({ id: 't', date: '2018-06-01', text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return e.actor ? `${e.actor.code} ${e.actor.source}` : null;
}

test('affiliation.premodifier: "the British Islamic State member X"', () => {
  assert.equal(
    actorOf('In June, the British Islamic State member Nora Vale left the city.', 'Nora Vale'),
    'IMGMUSISI affiliation',
  );
});

test('affiliation.apposition: "X, an Isis fighter," and "X, a member of Islamic State,"', () => {
  assert.equal(actorOf('Omar Dalil, an Isis fighter, was captured.', 'Omar Dalil'), 'IMGMUSISI affiliation');
  assert.equal(actorOf('Sara Moss, a member of Islamic State, was held.', 'Sara Moss'), 'IMGMUSISI affiliation');
});

test('affiliation.joined: "X, who left London in 2015 to join Isis" and a pronoun subject', () => {
  assert.equal(
    actorOf('Lina Haq, who left London in 2015 to join Isis, wants to come home.', 'Lina Haq'),
    'IMGMUSISI affiliation',
  );
  assert.equal(
    actorOf('Tom Rigby, a former soldier, was arrested in May. He volunteered for the YPG in 2015.', 'Tom Rigby'),
    'SYRREB affiliation',
  );
  assert.equal(
    actorOf('Ben Stroud was held. He is charged with being a member of Isis.', 'Ben Stroud'),
    'IMGMUSISI affiliation',
  );
});

test('no affiliation across a reporting verb, a negation or another person', () => {
  assert.equal(actorOf('Karl Benn said Britons who joined Isis should face trial.', 'Karl Benn'), null);
  assert.equal(actorOf('Ann Tull never joined Isis.', 'Ann Tull'), null);
  assert.equal(actorOf('Ann Tull met Jon Reese, who joined Isis in 2014.', 'Ann Tull'), null);
});

test('a title with a sector wins over an affiliation', () => {
  const text = 'Defence Secretary Hal Venn, who fought with the YPG in his youth, spoke.';
  assert.equal(actorOf(`British ${text}`, 'Hal Venn'), 'GBRGOV title');
  assert.notEqual(actorOf(text, 'Hal Venn')?.split(' ')[1], 'affiliation');
});

test('the group may stand a few words after "served"/"fought" and its preposition', () => {
  assert.equal(
    actorOf(
      'Tom Harlow came home. He served for six weeks as a field medic alongside the YPG in 2016.',
      'Tom Harlow',
    ),
    'SYRREB affiliation',
  );
  assert.equal(actorOf('Tom Harlow served for a month as a medic in London.', 'Tom Harlow'), null);
});

test('affiliation.apposition: a member noun with "of/with/in" and a patron or a possessive country before the group', () => {
  assert.equal(
    actorOf('Seyf Tarik, a commander of the Turkey-backed Free Syrian Army, warned France.', 'Seyf Tarik'),
    'SYRREB affiliation',
  );
  assert.equal(actorOf('Hazem Ali, 28, an SDF fighter from Kobani, shouted.', 'Hazem Ali'), 'SYRREB affiliation');
});

test('affiliation.copula: "X, 24, from Y, was one of the ... volunteers with GROUP"; not "was married to a fighter"', () => {
  assert.equal(
    actorOf(
      'Jim Hale, 31, from Swindon, was one of the few older volunteers with Syria’s Kurdish People’s Protection Units (YPG).',
      'Jim Hale',
    ),
    'SYRREB affiliation',
  );
  const commander = actorOf('Musa Karim is a Free Syrian Army commander based in Azaz.', 'Musa Karim');
  assert.equal(commander, 'SYRREB affiliation');
  assert.equal(actorOf('Lina Roe was married to an Isis fighter from Belgium.', 'Lina Roe'), null);
  assert.equal(actorOf('Sam Ward, who served with the US army in Iraq, spoke on Monday.', 'Sam Ward'), null);
});

test('a military title without a country of its own does not block the group ("commander")', () => {
  assert.equal(
    actorOf('Musa Karim, a commander of the Free Syrian Army, spoke in Ankara.', 'Musa Karim'),
    'SYRREB affiliation',
  );
  const general = actorOf('US General Dan Reyes, who fought alongside the YPG, spoke.', 'Dan Reyes');
  assert.equal(general?.startsWith('USA'), true, String(general));
});

test('affiliation.comrade: "X, a British ex-soldier who volunteered alongside Y" takes Y\'s group', () => {
  const text =
    'Owen Hart, 27, from Derby, was in the town helping to rebuild a clinic with the Kurdish People’s Protection Units (YPG). ' +
    'Ken Bold, a British ex-soldier who volunteered alongside Hart as a medic, praised him.';
  assert.equal(actorOf(text, 'Owen Hart'), 'SYRREB affiliation');
  assert.equal(actorOf(text, 'Ken Bold'), 'SYRREB affiliation');
  assert.equal(actorOf('Ken Bold, a nurse who worked alongside Amy Rowe in Leeds, spoke.', 'Ken Bold'), 'HLH title');
});

test('affiliation.joined: "she had signed up for the YPJ"', () => {
  assert.equal(
    actorOf(
      'Nell Shaw taught music in Hull. By 2016 she had signed up for the Kurdish Women’s Protection Units (YPJ).',
      'Nell Shaw',
    ),
    'SYRREB affiliation',
  );
});

test('affiliation.list: "two men suspected of being Isis recruits – British citizen X"', () => {
  assert.equal(
    actorOf(
      'Guards at the border stopped two men suspected of being Isis recruits – British citizen Amir Khan, a driver.',
      'Amir Khan',
    ),
    'IMGMUSISI affiliation',
  );
  assert.equal(actorOf('They met two doctors – British citizen Amir Khan and a nurse.', 'Amir Khan'), 'GBR title');
});

test('affiliation.cell: "member of the cell, X" takes the group the article named the cell after', () => {
  const text =
    'Police in Lyon broke up an Isis bomb-making cell in the spring of last year. Three of its men fled abroad. ' +
    'One other member of the cell, Karim Dodd, was held in May.';
  assert.equal(actorOf(text, 'Karim Dodd'), 'IMGMUSISI affiliation');
});

test('affiliation.cell: an unnamed cell is the article\'s one militant group\'s, for every name of the list', () => {
  const text =
    'Isis lost its last towns in March. Two members of the cell known as “the Owls”, Pia Lund and Rolf Hage, were charged.';
  assert.equal(actorOf(text, 'Pia Lund'), 'IMGMUSISI affiliation');
  assert.equal(actorOf(text, 'Rolf Hage'), 'IMGMUSISI affiliation');
});

test('affiliation.cell: no group when the article names none, or two militant groups', () => {
  assert.equal(actorOf('Two members of the cell, Pia Lund and Rolf Hage, were charged with fraud.', 'Pia Lund'), null);
  assert.equal(
    actorOf(
      'Isis and al-Qaeda both lost ground. Two members of the cell, Pia Lund and Rolf Hage, were charged.',
      'Pia Lund',
    ),
    null,
  );
});

test('affiliation.joined: an apposition\'s "to join GROUP" is the name\'s ("X, the first of the friends to join Isis,")', () => {
  assert.equal(
    actorOf('Lena Rahim, the first of the three friends to join Isis, left Leeds in May.', 'Lena Rahim'),
    'IMGMUSISI affiliation',
  );
  assert.equal(
    actorOf('Tom Vard, one of the last Britons to join the YPG, came home in June.', 'Tom Vard'),
    'SYRREB affiliation',
  );
  assert.equal(actorOf('Lena Rahim, the first of the friends to visit, said Isis was weak.', 'Lena Rahim'), null);
});

test('affiliation.copula: "acted/served as" a group\'s member noun, not a role near a group\'s name', () => {
  assert.equal(
    actorOf('Police say Sam Drell has also acted as an Isis recruiter in the north.', 'Sam Drell'),
    'IMGMUSISI affiliation',
  );
  assert.equal(actorOf('Ana Lobo served as a YPG medic near Raqqa.', 'Ana Lobo'), 'SYRREB affiliation');
  assert.equal(actorOf('Ana Lobo served as a nurse in a clinic that treated Isis fighters.', 'Ana Lobo'), null);
});

test('affiliation.lead-list: as many names as the lead\'s count of people who went to join a group', () => {
  const lead = 'In the spring of 2016, three students from a Leeds college left for Syria to join Isis. ';
  const list = 'Rana Doyle, Mia Kett and Lucy Arden, all aged 16, took a bus to Dover.';
  assert.equal(actorOf(lead + list, 'Mia Kett'), 'IMGMUSISI affiliation');
  assert.equal(actorOf(lead.replace('three', 'two') + list, 'Mia Kett'), null);
  assert.equal(actorOf(lead.replace('to join Isis', 'for a course') + list, 'Mia Kett'), null);
});
