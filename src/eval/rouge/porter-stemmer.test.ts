import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemPorter, stemRougeToken } from './porter-stemmer.js';

test('stemPorter follows the examples of Porter (1980), step by step', () => {
  const examples: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', cats: 'cat', feed: 'feed', agreed: 'agre',
    plastered: 'plaster', motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl',
    sized: 'size', hopping: 'hop', falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail',
    filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit', rational: 'ration',
    digitizer: 'digit', vietnamization: 'vietnam', predication: 'predic', operator: 'oper',
    feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous',
    formaliti: 'formal', sensitiviti: 'sensit', sensibiliti: 'sensibl', triplicate: 'triplic',
    formative: 'form', formalize: 'formal', electrical: 'electr', goodness: 'good', revival: 'reviv',
    allowance: 'allow', inference: 'infer', airliner: 'airlin', adjustable: 'adjust', defensible: 'defens',
    irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend', adoption: 'adopt',
    communism: 'commun', activate: 'activ', homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler',
    probate: 'probat', rate: 'rate', cease: 'ceas', controlling: 'control', roll: 'roll',
  };
  for (const [word, stem] of Object.entries(examples)) assert.equal(stemPorter(word), stem, word);
});

test('stemPorter keeps the reference script’s departures: "bli", "logi" and the three-way step 4', () => {
  assert.equal(stemPorter('possibly'), 'possibl');
  assert.equal(stemPorter('archaeology'), 'archaeolog');
  // Published Porter leaves these whole; ROUGE-1.5.5 strips "-ent" after "-ement"/"-ment" fail.
  assert.equal(stemPorter('movement'), 'movem');
  assert.equal(stemPorter('statements'), 'statem');
  assert.equal(stemPorter('congressional'), 'congress');
  // An initial y is a consonant.
  assert.equal(stemPorter('yelling'), 'yell');
  assert.equal(stemPorter('by'), 'by');
});

test('stemRougeToken: WordNet irregular forms first, Porter otherwise, short tokens untouched', () => {
  assert.equal(stemRougeToken('children'), 'child');
  assert.equal(stemRougeToken('said'), 'say');
  assert.equal(stemRougeToken('went'), 'go');
  assert.equal(stemRougeToken('talks'), 'talk');
  assert.equal(stemRougeToken('was'), 'was');
  assert.equal(stemRougeToken('ties'), 'ti');
  assert.equal(stemRougeToken('tie'), 'tie');
});
