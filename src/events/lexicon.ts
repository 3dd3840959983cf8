/**
 * Parley's own event lexicon: verb patterns (same notation as a PETRARCH pattern: '*' the verb, words after it in
 * order, "a|b" alternatives) and event nouns. These take priority over the generated CAMEO 2.0 table on equal
 * specificity; they fix news-language cases that table codes differently or misses ("spoke with", "urged ... to
 * de-escalate", "expressed sorrow", "terrorist attack by").
 */
import type { UserVerbPattern } from '../model/options.js';

const DEESCALATE =
  'de-escalate|de-escalation|deescalate|restraint|calm|ceasefire|cease-fire|truce|ease|defuse|end+hostilities|' +
  'stop+fighting|avoid+escalation|withdraw';
const TALKS = 'talks|dialogue|negotiate|negotiations|meet|discussions';
const AID = 'aid|assistance|help|relief|support';
/** What backing with force is (air support, troops, arms): military aid (072), not verbal endorsement (051). */
const MILITARY_AID = 'air+support|air+cover|air+power|arms|weapons|military+aid|firepower';

/** "verb code pattern..." lines; the pattern is optional (the verb's default code). */
const VERB_LINES = `
speak 040
speak 040 * with|to
speak 041 * by|over|on phone|telephone
talk 040
talk 040 * with|to
talk 041 * by|over|on phone|telephone
phone 041
telephone 041
call 041 * by|on phone|telephone
call 020 * on|upon
call 020 * for
call 0256 * for ${DEESCALATE}
call 026 * for ${TALKS}
converse 040
confer 040
consult 040
discuss 040
meet 040
meet 040 * with
hold 040 * talks|meeting|meetings|consultations|discussions|conversation
hold 041 * phone|telephone call|conversation
visit 042
tour 042
host 043
welcome 043
receive 043 * delegation|visit|visitor
mediate 045
broker 045
negotiate 046
express 018 * sorrow|condolence|condolences|sympathy|sympathies|grief|sadness|anguish|shock
express 012 * concern|concerns|worry|alarm|pessimism|skepticism|doubt|doubts
express 013 * hope|optimism|confidence
express 110 * disappointment|displeasure|anger|frustration|dismay|outrage|disapproval|opposition
express 051 * support|solidarity|appreciation|gratitude
condole 018
mourn 018
offer 018 * condolences|sympathy|sympathies
decline 011 * comment
refuse 011 * comment
urge 020
urge 0256 * ${DEESCALATE}
urge 026 * ${TALKS}
urge 023 * ${AID}
urge 0253 * release|free
encourage 020
encourage 0256 * ${DEESCALATE}
encourage 026 * ${TALKS}
appeal 020
appeal 0256 * ${DEESCALATE}
appeal 023 * ${AID}
plead 020
implore 020
exhort 020
beseech 020
request 020
stress 0256 * need de-escalate|de-escalation|restraint|calm|ceasefire
want 0256 * de-escalate|de-escalation|calm|restraint|ceasefire|peace
pledge 030
pledge 033 * ${AID}
promise 030
promise 033 * ${AID}
vow 030
offer 030
offer 033 * ${AID}
offer 036 * talks|negotiate|negotiations|meet
agree 030
agree 036 * meet|talks|negotiate
agree 037 * ceasefire|truce|settle|peace
praise 051
commend 051
hail 051
laud 051
applaud 051
welcome 051 * decision|move|step|agreement|deal|announcement|efforts|offer
endorse 051
back 051
back 072 * ${MILITARY_AID}
support 050
support 072 * ${MILITARY_AID}
defend 052
apologize 055
apologise 055
forgive 056
pardon 056
sign 057 * agreement|accord|treaty|deal|pact|memorandum
cooperate 060
share 064 * intelligence|information
investigate 090
probe 090
demand 100
insist 100
criticize 111
criticise 111
condemn 111
denounce 111
deplore 111
slam 111
blast 111
rebuke 111
censure 111
accuse 112
blame 112
charge 112 * with
complain 114
sue 115
sue 115 * for|over
issue 010
give 043 * welcome|reception
send 072 * arms|weapons|ammunition|troops
send 070 * aid|assistance|relief|supplies
reject 120
dismiss 120 * claim|claims|charge|charges|allegation|allegations|report|reports|appeal|appeals|request|call|calls|demand|demands|proposal|offer|plan
decline 120
deny 120
withdraw 162 * ${AID}|backing|funding
deny 016 * responsibility|involvement|charges|charge|accusations|accusation|allegations|allegation|reports|report|claims|claim|role
rebuff 120
refuse 120
veto 129
defy 128
threaten 130
threaten 138 * attack|war|force|strike|strikes|retaliate|retaliation|military
warn 130
protest 140
demonstrate 141
rally 141
march 141
mobilize 150
mobilise 150
deploy 150
expel 1663 * diplomat|diplomats|ambassador|envoy
recall 1663 * ambassador|envoy
sever 161 * ties|relations
cut 161 * ties|relations
suspend 161 * ties|relations|talks
impose 163 * sanctions|embargo|restrictions|tariffs
sanction 163
arrest 173
detain 173
seize 171
confiscate 171
deport 174
kidnap 181
abduct 181
hijack 181
torture 1822
beat 182
abuse 182
bomb 183
assassinate 186
attack 190
invade 192
capture 192
capture 192 * part|town|city|village|territory|stronghold|base|positions|area|region|capital|airport|port
occupy 192
shell 195
bombard 195
massacre 202
`;

/** Irregular forms the built-in lexicon needs (the CAMEO table brings most others). */
export const IRREGULAR_FORMS: Record<string, string> = {
  spoke: 'speak', spoken: 'speak', met: 'meet', held: 'hold', sought: 'seek', told: 'tell', said: 'say',
  made: 'make', gave: 'give', given: 'give', sent: 'send', took: 'take', taken: 'take', fought: 'fight',
  threw: 'throw', shot: 'shoot', struck: 'strike', stricken: 'strike', led: 'lead', brought: 'bring',
  underwent: 'undergo', withdrew: 'withdraw', withdrawn: 'withdraw', froze: 'freeze', frozen: 'freeze',
  cut: 'cut', shut: 'shut', beat: 'beat', beaten: 'beat', broke: 'break', broken: 'break', won: 'win',
  slammed: 'slam', hosted: 'host', shelled: 'shell', pleaded: 'plead', pled: 'plead',
};

export const LEXICON_VERBS: UserVerbPattern[] = VERB_LINES.trim()
  .split('\n')
  .map((line, i) => {
    const [verb, cameo, ...pattern] = line.trim().split(/\s+/);
    const elements = pattern.length ? pattern : ['*'];
    return { cameo, verb, pattern: elements.map((e) => e.replace(/\+/g, ' ')), origin: `parley-lexicon:${i + 1}` };
  });

/** Event nouns: noun -> code. Arguments come from "by X" (source), "on/against/with X" (target) and modifiers. */
export const EVENT_NOUNS: Record<string, string> = {
  attack: '190', attacks: '190', assault: '190', offensive: '190', raid: '190', raids: '190', airstrike: '195',
  airstrikes: '195', 'air strike': '195', shelling: '195', bombing: '183', bombings: '183', invasion: '192',
  massacre: '202', talks: '040', meeting: '040', negotiations: '046', visit: '042', summit: '040',
  protest: '140', protests: '140', demonstration: '141', demonstrations: '141', sanctions: '163', arrest: '173',
  strike: '143', strikes: '143', explosion: '183', blast: '183', kidnapping: '181', abduction: '181',
  assassination: '186', condolences: '018', ceasefire: '037',
};

/** Words that make a violent noun "unconventional" (18x): terrorist attack, suicide bombing. */
export const UNCONVENTIONAL = new Set([
  'bomb', 'car', 'terrorist', 'terror', 'militant', 'suicide', 'insurgent', 'extremist', 'jihadist',
]);
