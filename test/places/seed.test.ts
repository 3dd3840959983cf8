/** The target: the seed's attack of 2025-04-22 (a place before the event noun) is located at Pahalgam. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { readAllArticles } from '../../src/read/index.js';
import { sharedPath } from '../../src/data-path.js';

const seed = sharedPath('seed', '000_a8c3c8c87294c786.txt');

test(
  'the seed: the attack event has its action location with coordinates',
  { skip: !existsSync(seed) && 'no seed' },
  async () => {
    const [article] = await readAllArticles(seed);
    const a = analyze(article);
    const attack = a.events.find((e) => e.cameo.startsWith('18') && e.date === '2025-04-22');
    assert.ok(attack, JSON.stringify(a.events.map((e) => [e.cameo, e.date])));
    const geo = attack.geo?.action;
    assert.equal(geo?.name, 'Pahalgam');
    assert.equal(geo?.country, 'IND');
    assert.ok(geo && Math.abs(geo.lat - 34.0) < 0.2 && Math.abs(geo.lon - 75.3) < 0.2);
    // Events with no place in their clause take the dateline's (Washington).
    const other = a.events.find((e) => e.geo?.action?.rule === 'geo.dateline');
    assert.equal(other?.geo?.action?.country, 'USA');
  },
);
