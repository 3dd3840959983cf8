/**
 * Cue lexicon: the verbs (and a few phrases) that introduce reported speech, beliefs and intentions.
 * Every surface form maps to its lemma, its tense/form and its class, so a cue token is one Map lookup.
 * The list is hand-built from the attribution literature (PARC/PolNeAR guidelines) and checked against
 * PolNeAR train cue frequencies; it is small enough to read, so it lives in code rather than in data/.
 */

export type CueClass = 'speech' | 'belief' | 'intention' | 'report';
export type CueForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  form: CueForm;
  /** The verb takes the addressee as its object: "told reporters", "assured voters". */
  addresseeObject: boolean;
}

interface LemmaSpec {
  lemma: string;
  cls: CueClass;
  /** Irregular or spelled-out forms: [present-3sg, past, past participle, gerund]; omitted ones are derived. */
  forms?: [string?, string?, string?, string?];
  addresseeObject?: boolean;
}

const SPEECH = [
  'say', 'tell', 'add', 'state', 'announce', 'declare', 'explain', 'note', 'argue', 'claim', 'insist', 'stress',
  'warn', 'urge', 'acknowledge', 'admit', 'confirm', 'deny', 'reply', 'respond', 'answer', 'write', 'tweet',
  'report', 'suggest', 'assert', 'contend', 'maintain', 'emphasize', 'emphasise', 'reiterate', 'repeat',
  'recall', 'predict', 'promise', 'pledge', 'vow', 'concede', 'complain', 'lament', 'boast', 'joke', 'quip',
  'scoff', 'shout', 'yell', 'exclaim', 'remark', 'comment', 'observe', 'point', 'caution', 'concur', 'counter',
  'retort', 'testify', 'allege', 'charge', 'accuse', 'criticize', 'criticise', 'praise', 'blast', 'slam',
  'mock', 'dismiss', 'reject', 'question', 'ask', 'demand', 'propose', 'recommend', 'advise', 'reveal',
  'disclose', 'indicate', 'signal', 'hint', 'conclude', 'agree', 'disagree', 'estimate', 'speculate', 'tout',
  'brag', 'declare', 'post', 'email', 'text', 'assure', 'inform', 'remind', 'advocate', 'describe', 'call',
  'cite', 'quote', 'continue', 'elaborate', 'clarify', 'specify', 'attest', 'affirm', 'proclaim', 'mention',
  'wonder', 'muse', 'chide', 'scold', 'rail', 'decry', 'denounce', 'condemn', 'blame', 'thank', 'applaud',
  'welcome', 'highlight', 'underscore', 'reason', 'plead', 'beg', 'implore', 'encourage', 'order', 'threaten',
  'forecast', 'project', 'calculate', 'find', 'show', 'read', 'tell', 'confess', 'whisper', 'mutter', 'sigh',
  'snap', 'gush', 'marvel', 'recount', 'tease', 'taunt', 'fume', 'groan', 'crow', 'interject', 'opine', 'posit',
  'surmise', 'theorize', 'bemoan', 'grumble', 'protest', 'object', 'profess', 'swear', 'confide', 'notify',
  'chant', 'yell', 'scream', 'cry', 'bark', 'holler', 'label', 'dub', 'term', 'brand', 'retweet', 'sing',
];
const BELIEF = [
  'think', 'believe', 'feel', 'know', 'fear', 'worry', 'doubt', 'suspect', 'assume', 'expect', 'hope', 'wish',
  'consider', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'suppose', 'imagine', 'guess',
  'sense', 'figure', 'reckon', 'trust', 'see', 'view', 'regard', 'learn', 'hear', 'notice', 'remember',
  'forget', 'decide', 'acknowledge',
];
/** Adjectives of stance after "be": "is confident that ...", "was skeptical of ...". */
const STANCE_ADJECTIVES = ['confident', 'skeptical', 'sceptical', 'eager', 'aware', 'convinced', 'willing', 'sure',
  'worried', 'concerned', 'optimistic', 'hopeful', 'adamant', 'certain', 'determined', 'reluctant', 'wary', 'proud',
  'critical', 'supportive', 'unsure', 'doubtful', 'clear'];

const INTENTION = ['want', 'plan', 'intend', 'seek', 'aim', 'try', 'vow', 'refuse', 'decline', 'threaten', 'prefer'];
/** Stances PolNeAR annotates as attributions ("endorsed Clinton", "opposes the deal"); weak: a subject is required. */
const STANCE = ['issue', 'cast', 'focus', 'sign', 'send', 'address', 'raise', 'share', 'file', 'provide', 'deem',
  'voice', 'sound', 'compare', 'lambaste', 'rebuke', 'deride', 'hail', 'liken', 'invoke', 'reference', 'articulate',
  'outline', 'unveil', 'congratulate', 'cheer', 'boo', 'apologize', 'lash', 'brush', 'weigh', 'side', 'distance',
  'balk', 'rebuff', 'disavow', 'campaign', 'persuade', 'convince', 'press', 'imply', 'allude', 'spar', 'react',
  'offer', 'name', 'discuss', 'express', 'identify', 'echo', 'refer', 'talk', 'speak', 'list',
  'request', 'release', 'deliver', 'assail', 'vote', 'nominate', 'seem', 'appear', 'portray', 'publish', 'mean',
  'endorse', 'support', 'oppose', 'defend', 'attack', 'favor', 'favour', 'back', 'embrace', 'champion', 'push', 'dispute', 'challenge'];

/** Irregular forms: [3sg, past, participle, gerund]. */
const IRREGULAR: Record<string, [string?, string?, string?, string?]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  read: ['reads', 'read', 'read', 'reading'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  learn: ['learns', 'learned', 'learned', 'learning'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  plan: ['plans', 'planned', 'planned', 'planning'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  beg: ['begs', 'begged', 'begged', 'begging'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  text: ['texts', 'texted', 'texted', 'texting'],
  plead: ['pleads', 'pleaded', 'pleaded', 'pleading'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  snap: ['snaps', 'snapped', 'snapped', 'snapping'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  mean: ['means', 'meant', 'meant', 'meaning'],
  refer: ['refers', 'referred', 'referred', 'referring'],
};

/** Verbs that take the addressee as direct object. */
const ADDRESSEE_OBJECT = new Set([
  'tell', 'assure', 'inform', 'remind', 'warn', 'urge', 'advise', 'ask', 'thank', 'email', 'text', 'implore', 'beg',
  'encourage', 'order',
]);

/** Lemmas whose surface forms are too often nouns or non-attributive verbs to be cues without a clear subject. */
export const WEAK_LEMMAS = new Set([
  'issue', 'cast', 'focus', 'sign', 'send', 'address', 'raise', 'share', 'file', 'provide', 'deem', 'voice', 'sound',
  'compare', 'lambaste', 'rebuke', 'deride', 'hail', 'liken', 'invoke', 'reference', 'articulate', 'outline', 'unveil',
  'congratulate', 'cheer', 'boo', 'apologize', 'lash', 'brush', 'weigh', 'side', 'distance', 'balk', 'rebuff',
  'disavow', 'campaign', 'persuade', 'convince', 'press', 'imply', 'allude', 'spar', 'react',
  'confident', 'skeptical', 'sceptical', 'eager', 'aware', 'convinced', 'willing', 'sure', 'worried', 'concerned',
  'optimistic', 'hopeful', 'adamant', 'certain', 'determined', 'reluctant', 'wary', 'proud', 'critical', 'supportive',
  'unsure', 'doubtful', 'clear',
  'offer', 'name', 'discuss', 'express', 'identify', 'echo', 'refer', 'talk', 'speak', 'list', 'request', 'release',
  'deliver', 'assail', 'vote', 'nominate', 'seem', 'appear', 'portray', 'publish', 'mean',
  'label', 'dub', 'term', 'brand', 'retweet', 'sing', 'cry',
  'endorse', 'support', 'oppose', 'defend', 'attack', 'favor', 'favour', 'back', 'embrace', 'champion', 'push', 'dispute', 'challenge',
  'remind', 'state', 'repeat', 'continue', 'maintain', 'observe', 'object', 'protest', 'project', 'post',
  'report', 'call', 'question', 'order', 'post', 'email', 'text', 'point', 'comment', 'charge', 'project', 'quote',
  'continue', 'show', 'find', 'read', 'see', 'view', 'regard', 'consider', 'figure', 'sense', 'trust', 'reason',
  'welcome', 'describe', 'cite', 'mention', 'thank', 'blame', 'praise', 'criticize', 'criticise', 'accuse',
  'mock', 'dismiss', 'reject', 'plan', 'try', 'aim', 'decline', 'refuse', 'want', 'seek', 'prefer', 'learn',
  'hear', 'notice', 'remember', 'forget', 'decide', 'know', 'expect', 'hope', 'wish', 'understand', 'recognize',
  'recognise', 'realize', 'realise', 'imagine', 'guess', 'count', 'estimate', 'calculate', 'highlight',
  'underscore', 'applaud', 'agree', 'disagree', 'answer', 'respond', 'reply', 'condemn', 'denounce', 'decry',
  'rail', 'blast', 'slam', 'tout', 'advocate', 'threaten', 'encourage', 'propose', 'recommend', 'demand', 'ask',
  'signal', 'indicate', 'hint', 'reveal', 'disclose', 'tweet', 'write', 'feel', 'fear', 'worry', 'doubt',
  'suspect', 'assume', 'think', 'believe', 'intend',
]);

function regularForms(lemma: string): [string, string, string, string] {
  const last = lemma[lemma.length - 1];
  const beforeLast = lemma[lemma.length - 2];
  const vowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);
  let s: string;
  if (/(s|x|z|ch|sh)$/.test(lemma)) s = lemma + 'es';
  else if (last === 'y' && !vowel(beforeLast)) s = lemma.slice(0, -1) + 'ies';
  else s = lemma + 's';
  let ed: string;
  let ing: string;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) {
    // One-syllable consonant-vowel-consonant verbs double the consonant: slam -> slammed, rip -> ripping.
    ed = lemma + last + 'ed';
    ing = lemma + last + 'ing';
  } else if (last === 'e') {
    ed = lemma + 'd';
    ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing';
  } else if (last === 'y' && !vowel(beforeLast)) {
    ed = lemma.slice(0, -1) + 'ied';
    ing = lemma + 'ing';
  } else {
    ed = lemma + 'ed';
    ing = lemma + 'ing';
  }
  return [s, ed, ed, ing];
}

function build(): Map<string, CueEntry> {
  const specs: LemmaSpec[] = [];
  const seen = new Set<string>();
  const push = (list: string[], cls: CueClass) => {
    for (const lemma of list) {
      if (seen.has(lemma)) continue;
      seen.add(lemma);
      specs.push({ lemma, cls, forms: IRREGULAR[lemma], addresseeObject: ADDRESSEE_OBJECT.has(lemma) });
    }
  };
  push(SPEECH, 'speech');
  push(BELIEF, 'belief');
  push(INTENTION, 'intention');
  push(STANCE, 'speech');
  const map = buildForms(specs);
  for (const adj of STANCE_ADJECTIVES) {
    if (!map.has(adj)) map.set(adj, { lemma: adj, cls: 'belief', form: 'past', addresseeObject: false });
  }
  return map;
}

function buildForms(specs: LemmaSpec[]): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const spec of specs) {
    const reg = regularForms(spec.lemma);
    const f = spec.forms ?? [];
    const [s, past, part, ing] = [f[0] ?? reg[0], f[1] ?? reg[1], f[2] ?? reg[2], f[3] ?? reg[3]];
    const add = (w: string, form: CueForm) => {
      if (map.has(w)) return;
      map.set(w, { lemma: spec.lemma, cls: spec.cls, form, addresseeObject: spec.addresseeObject ?? false });
    };
    add(past, 'past');
    if (part !== past) add(part, 'participle');
    add(s, 'present');
    add(ing, 'gerund');
    add(spec.lemma, 'base');
  }
  return map;
}

let cache: Map<string, CueEntry> | undefined;

/** Surface form (lower-cased) -> cue entry. */
export function cueLexicon(): Map<string, CueEntry> {
  cache ??= build();
  return cache;
}

export function lookupCue(lowerWord: string): CueEntry | undefined {
  return cueLexicon().get(lowerWord);
}

