import type { EntityType } from '../../model/index.js';

// Hand labels for the three example articles (examples/baghdad-2007), after cleaning.
// Entities: every whole-word occurrence of a surface is a gold mention (longest surface first, no
// overlaps), typed as listed; the third element is the entity it names when the surface is an alias.
// Demonyms ("Iranian", "Iraqis"), religious groups ("Sunni") and events ("Islamic revolution") are
// not entities here; "U.S." used as a modifier ("U.S. forces") is a place, as in ACE.

/** [surface, type, canonical name when the surface is a short or alternative form]. */
export type EntityLabel = readonly [string, EntityType, string?];

const CROCKER = 'Ryan Crocker';
const QOMI = 'Hassan Kazemi Qomi';
const MALIKI = 'Nouri al-Maliki';
const DABAGH = 'Ali al-Dabagh';

/** Gold entity surfaces per example file. */
export const GOLD_ENTITIES: Readonly<Record<string, readonly EntityLabel[]>> = {
  'milestone-us-iran-talks-minimal-progress.txt': [
    ['Ryan Crocker', 'person'], ['Crocker', 'person', CROCKER], ['Hassan Kazemi Qomi', 'person'],
    ['Nouri al-Maliki', 'person'], ['Maliki', 'person', MALIKI],
    ['Associated Press', 'organization'], ['United Nation', 'organization', 'United Nations'], ['Bush administration', 'organization'],
    ['United States', 'place'], ['U.S.', 'place', 'United States'], ['Iran', 'place'], ['Iraq', 'place'], ['Tehran', 'place'],
    ['Washington', 'place'], ['Egypt', 'place'], ['Baghdad', 'place'], ['America', 'place', 'United States'],
  ],
  'us-envoy-cites-similarity-with-iran.txt': [
    ['Abbas Milani', 'person'], ['Ryan Crocker', 'person'], ['Crocker', 'person', CROCKER], ['Anne Garrels', 'person'],
    ['Garrels', 'person', 'Anne Garrels'], ['Hassan Kazemi Qomi', 'person'], ['Ali al-Dabagh', 'person'],
    ['al-Dabagh', 'person', DABAGH], ['Nouri al-Maliki', 'person'], ['Al-Maliki', 'person', MALIKI],
    ['Stanford University', 'organization'], ['NPR', 'organization'], ['al-Qaida', 'organization'],
    ['U.S.', 'place', 'United States'], ['Iran', 'place'], ['Iraq', 'place'], ['United States', 'place'], ['Baghdad', 'place'],
    ['Washington', 'place'], ['Green Zone', 'place'], ['Diyala', 'place'],
  ],
  'us-iran-talks-focus-on-iraq-security.txt': [
    ['Ryan Crocker', 'person'], ['Crocker', 'person', CROCKER], ['Hassan Kazemi Qomi', 'person'], ['Qomi', 'person', QOMI],
    ['Ali al-Dabagh', 'person'], ['Nouri al-Maliki', 'person'], ['Maliki', 'person', MALIKI], ['Manouchehr Mottaki', 'person'],
    ['Bush administration', 'organization'], ['State Department', 'organization'],
    ['US', 'place', 'United States'], ['Iran', 'place'], ['Iraq', 'place'], ['Islamic Republic', 'place', 'Iran'],
    ['Teheran', 'place', 'Tehran'], ['Baghdad', 'place'], ['United States', 'place'], ['Washington', 'place'],
    ['America', 'place', 'United States'], ['Green Zone', 'place'], ['Middle East', 'place'],
  ],
};

/** [file, the quote's first words, speaker (full name as in the text) or null for no speaker]. */
export type QuoteLabel = readonly [string, string, string | null];

const MILESTONE = 'milestone-us-iran-talks-minimal-progress.txt';
const ENVOY = 'us-envoy-cites-similarity-with-iran.txt';
const FOCUS = 'us-iran-talks-focus-on-iraq-security.txt';

/** Every quotation in the three files with its hand-labelled speaker, in text order per file. */
export const GOLD_QUOTES: readonly QuoteLabel[] = [
  [MILESTONE, 'broad agreement', CROCKER],
  [MILESTONE, 'to lay out concrete concerns', CROCKER],
  [MILESTONE, "we're going to wait and see", CROCKER],
  [MILESTONE, 'billions', CROCKER],
  [MILESTONE, 'unprecedented', null],
  [MILESTONE, 'neighbors', null],
  [MILESTONE, 'public', null],
  [MILESTONE, 'bilateral', null],
  [MILESTONE, 'surge', null],
  [MILESTONE, 'Our participation will not be incidental', MALIKI],
  [MILESTONE, 'We are an essential side', MALIKI],
  [MILESTONE, 'As you surely know', CROCKER],
  [ENVOY, 'Similarity', null],
  [ENVOY, 'trilateral security mechanism', CROCKER],
  [ENVOY, 'very similar to our own policy', CROCKER],
  [ENVOY, 'This is about actions not just principles', CROCKER],
  [ENVOY, 'You know diplomacy', CROCKER],
  [ENVOY, 'We will consider that', CROCKER],
  [ENVOY, 'The purpose of this meeting', CROCKER],
  [ENVOY, 'up to Washington', CROCKER],
  [ENVOY, 'The focus of our discussions', CROCKER],
  [ENVOY, 'There are good intentions', DABAGH],
  [FOCUS, 'businesslike', CROCKER],
  [FOCUS, 'policy and principle', CROCKER],
  [FOCUS, 'very close', CROCKER],
  [FOCUS, 'businesslike', CROCKER],
  [FOCUS, 'policy and principle', CROCKER],
  [FOCUS, 'very close', CROCKER],
  [FOCUS, 'The subject and focus of the meeting', CROCKER],
  [FOCUS, "We don't have a problem", 'one Israeli diplomat'],
  [FOCUS, 'the whole nuclear issue', 'one Israeli diplomat'],
  [FOCUS, 'a new military and security structure', QOMI],
  [FOCUS, 'trilateral security mechanism', CROCKER],
  [FOCUS, 'There are good intentions', DABAGH],
  [FOCUS, 'on the ground', CROCKER],
];
