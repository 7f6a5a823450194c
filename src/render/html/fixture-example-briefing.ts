// Test support only: a hand-built briefing of the example story (until the pipeline writes one), typed
// against the model so it cannot drift from the contract. Every evidence is a real slice of the text.
import type { Briefing, Entity, EntityType, Evidence, Fact, SourceId } from '../../model/index.js';
import { countMentions, countWords, findEvidence, readExampleTexts } from './fixture-example-texts.js';

export interface ExampleBriefing {
  readonly briefing: Briefing;
  readonly sourceTexts: Readonly<Record<SourceId, string>>;
}

type Cite = readonly [SourceId, string];

/** Builds the example briefing and the cleaned source texts its offsets point into. */
export function buildExampleBriefing(): ExampleBriefing {
  const texts = readExampleTexts();
  const sourceTexts = Object.fromEntries(texts.map((t) => [t.id, t.text])) as Record<SourceId, string>;
  const ev = ([source, needle]: Cite): Evidence => findEvidence(source, sourceTexts[source] ?? '', needle);
  const evs = (cites: readonly Cite[]): Evidence[] => cites.map(ev);
  const ids = (cites: readonly Cite[]): SourceId[] => [...new Set(cites.map(([s]) => s))];
  const fact = (id: string, cites: readonly Cite[], copies = 0): Fact => {
    const sources = ids(cites);
    const independent = sources.length - copies;
    return { id, text: cites[0]?.[1] ?? '', status: independent >= 2 ? 'consensus' : 'single-source', sources, independent, evidence: evs(cites) };
  };
  const sentence = (cites: readonly Cite[]) => ({ text: cites[0]?.[1] ?? '', sources: ids(cites), evidence: evs(cites) });

  const agreeBroadly: Cite = ['S2', 'The United States ambassador in Baghdad said he and his Iranian counterpart agreed broadly on policy toward Iraq during four hours of talks on Monday.'];
  const broadAgreement: Cite = ['S1', 'After the most formal, direct talks between the United States and Iran in decades, U.S. Ambassador to Iraq Ryan Crocker today said the two sides found "broad agreement" in their declared policies and principles about the war in Iraq.'];
  const veryClose: Cite = ['S3', 'US Ambassador to Iraq Ryan Crocker, who held the talks in Baghdad with his Iranian counterpart, Hassan Kazemi Qomi, described the conversation as "businesslike" and said that on the "policy and principle" level, the Iranian position was "very close" to that of the US.'];
  const trilateral: Cite[] = [
    ['S3', 'Crocker said that Iran proposed setting up a "trilateral security mechanism" that would comprise the US, Iraq and Iran, an idea he said would require study in Washington.'],
    ['S2', 'He said Iran proposed setting up a "trilateral security mechanism" that would include the U.S., Iraq and Iran.'],
    ['S1', 'The Iranians proposed setting up a trilateral security group consisting of the United States, Iran and Iraq to work on Iraqi security issues.'],
  ];
  const crockerPress: Cite = ['S1', 'Crocker, who gave a 15-minute news conference after the four hours of talks here today, said the United States told Tehran to stop supporting Iraqi militias with weapons, training and money.'];
  const stopArming: Cite[] = [
    ['S2', 'The U.S. envoy also said he told the Iranians their country needed to stop arming, funding and training the militants.'],
    ['S3', 'In the conversation with Iran Monday, the US urged Teheran to end its arming, funding and training of militants.'],
    crockerPress,
  ];
  const withinMonth: Cite[] = [
    ['S3', 'Following the meeting, the Iranian envoy said more talks would take place within a month, but US officials said nothing would be decided on until the Iraqis issued a follow-up invitation.'],
    ['S1', 'The Associated Press reported later that the Iranian envoy, Hassan Kazemi Qomi, claimed another meeting would be held within a month.'],
  ];
  const didNotAttend: Cite = ['S2', 'Al-Maliki did not attend the meeting, but the prime minister greeted the two ambassadors, who shook hands, and led them into a conference room, where the ambassadors sat across from each other.'];
  const firstTalks: Cite[] = [
    ['S3', "In its first formal high-level talks with Iran in almost three decades, the US pressed the Islamic Republic on its activity in Iraq but did not address Teheran's nuclear program, US officials said following the meeting on Monday."],
    ['S2', 'The Baghdad talks were the first of their kind and a small sign that Washington thinks rapprochement with Iran is possible after more than a quarter-century of diplomatic estrangement that began with the 1979 Islamic revolution.'],
    ['S1', 'Some commentators get around that by calling this the first "public" and "bilateral" meeting between the two sides in about 25 years.'],
  ];
  const heldAt: Cite[] = [['S2', "The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office."], ['S3', "The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office."]];
  const cordially: Cite[] = [
    ['S2', 'In the course of the meeting, Ali al-Dabagh, a government spokesman, told reporters that the session was proceeding cordially.'],
    ['S3', 'In the course of the meeting, Ali al-Dabagh, an Iraqi government spokesman, told reporters that the session was proceeding cordially.'],
  ];

  const facts: Fact[] = [
    fact('F1', [agreeBroadly, broadAgreement, veryClose]),
    fact('F2', [['S3', "He stressed that the meeting was not a bilateral US-Iran event, as Iraqi officials suggested the talks to follow up on a March conference of Iraq's neighbors and were present throughout the four-hour gathering."], agreeBroadly, crockerPress]),
    fact('F3', trilateral),
    fact('F4', stopArming),
    fact('F5', [['S2', 'Crocker said Iranian Ambassador Hassan Kazemi Qomi did not raise the subject of seven Iranians now in American custody in Iraq.'],
      ['S1', 'Not even the issue of seven Iranians held by U.S. forces in Iraq was raised, he said.'],
      ['S3', 'The issue of Americans and Iranians help captive by both countries was not discussed, he said.']]),
    fact('F6', [['S2', '"The focus of our discussions were Iraq and Iraq only," Crocker said.'], ['S3', '"The subject and focus of the meeting was Iraq," Crocker told reporters in a telephone briefing.'],
      ['S1', 'In the end, according to Crocker, the meeting did not stray from the subject of Iraq into anything else.']]),
    fact('F7', withinMonth),
    fact('F8', firstTalks),
    fact('F9', [['S1', 'He said Iran offered to help train Iraqi security forces.'], ['S3', 'Qomi said he told the Americans that Teheran was ready to train and equip the Iraqi army and police to create "a new military and security structure."']]),
    fact('F10', heldAt, 1),
    fact('F11', cordially, 1),
    fact('F12', [['S1', 'Anyway, there were low expectations among Iraqis for any significant progress and, in a day that saw a car-bombing that killed more than 20 people near a historic mosque in downtown Baghdad, the talks played second or third in the local television news.']]),
    fact('F13', [['S1', "In his comments to open the meeting, Iraqi Prime Minister Maliki almost pleaded for Iraq's needs to not get lost in all the geopolitics."]]),
    fact('F14', [['S2', 'As the talks proceeded, there was more violence in the center of Baghdad, where more than a dozen people were kidnapped while traveling in buses through a Sunni neighborhood, Garrels reported.']]),
    fact('F15', [['S2', 'May 2007 has been one of the bloodiest months of the war for U.S. forces, with at least 103 American soldiers killed, Garrels noted.']]),
    fact('F16', [['S2', 'In a positive development over the weekend, U.S. forces announced that more than 40 Iraqis were freed from an al-Qaida hideout in Diyala.']]),
    fact('F17', [['S3', 'Speaking in Teheran, Iranian Foreign Minister Manouchehr Mottaki said the talks could lead to future meetings, but only if Washington admitted its Middle East policy has not been successful.']]),
    fact('F18', [['S3', '"We don\'t have a problem with America talking to Iran about Iraq as such," said one Israeli diplomat.']]),
    fact('F19', [['S3', 'Despite its limited focus, the direct talks represented a dramatic shift in the US posture on Iran, with which it broke off diplomatic relations in 1980.']]),
  ];

  const quote = (id: string, speaker: string | null, entity: string | null, cites: readonly Cite[], variants: string[] = []) =>
    ({ id, text: cites[0]?.[1] ?? '', speaker, entity, sources: ids(cites), evidence: evs(cites), variants });

  const entity = (id: string, name: string, type: EntityType, aliases: string[], description: string | null): Entity => {
    const names = [name, ...aliases];
    const counts = texts.map((t) => [t.id, countMentions(t.text, names)] as const).filter(([, n]) => n > 0);
    return { id, name, type, aliases, description, sources: counts.map(([s]) => s), mentions: counts.reduce((sum, [, n]) => sum + n, 0) };
  };

  const briefing: Briefing = {
    version: 1,
    generator: { name: 'corroborate', version: '0.1.0' },
    title: 'US and Iran hold first formal talks in decades, in Baghdad',
    sources: texts.map((t) => ({
      id: t.id, title: t.title, outlet: t.id === 'S2' ? 'NPR' : null, url: t.id === 'S2' ? 'https://www.npr.org/' : null,
      published: '2007-05-28', words: countWords(t.text), removed: t.removed,
    })),
    summary: [
      sentence([agreeBroadly, broadAgreement, veryClose]),
      sentence(trilateral),
      sentence(stopArming),
      sentence(withinMonth),
      sentence([didNotAttend]),
    ],
    facts,
    conflicts: [
      {
        id: 'C1', kind: 'negation', topic: 'Did al-Maliki take part in the meeting?',
        note: 'One source says the Iraqi prime minister hosted and took part in the talks; the others say he only greeted the envoys and left.',
        sides: [
          { claim: 'Al-Maliki hosted, moderated and took part in the meeting', value: 'took part', sources: ['S1'],
            evidence: evs([['S1', 'But the meeting was hosted, moderated and participated in by Iraqi Prime Minister Nouri al-Maliki and his security advisor, which would make it trilateral.']]) },
          { claim: 'Al-Maliki did not attend the meeting', value: 'did not attend', sources: ['S2', 'S3'],
            evidence: evs([didNotAttend, ['S3', 'Maliki then made a brief statement before leaving.']]) },
        ],
      },
      {
        id: 'C2', kind: 'negation', topic: "Iran's answer to the charge that it arms militants",
        note: 'One source says Iran denied the allegations; another says it did not respond directly.',
        sides: [
          { claim: 'The Iranians denied the allegations', value: 'denied', sources: ['S1'], evidence: evs([['S1', 'He said the Iranians denied the allegations.']]) },
          { claim: 'Iran did not respond directly to the U.S. plea', value: 'did not respond directly', sources: ['S2'],
            evidence: evs([['S2', 'But Iran did not respond directly to a U.S. plea that it end its support for militants, U.S. Amabassador Ryan Crocker said.']]) },
        ],
      },
    ],
    quotes: [
      quote('Q1', 'Ryan Crocker', 'E1', [['S1', "As you surely know, among diplomats you don't need a lot of substance to take up a lot of time."],
        ['S2', "You know diplomacy ... You don't need a lot of substance to take up a lot of time"]], ["You know diplomacy ... You don't need a lot of substance to take up a lot of time"]),
      quote('Q2', 'Ryan Crocker', 'E1', [['S2', 'very similar to our own policy and what the Iraqi government have set out as their own guiding principles.']]),
      quote('Q3', 'Ryan Crocker', 'E1', [['S2', 'The focus of our discussions were Iraq and Iraq only']]),
      quote('Q4', 'Ryan Crocker', 'E1', [['S3', 'The subject and focus of the meeting was Iraq']]),
      quote('Q5', 'Ryan Crocker', 'E1', [['S2', 'We will consider that when we receive it']]),
      quote('Q6', 'Ryan Crocker', 'E1', [['S1', "we're going to wait and see, not what is said next, but what happens next on the ground, whether we start to see some indications of a change in Iranian behavior."]]),
      quote('Q7', 'Ali al-Dabagh', 'E4', [['S2', 'There are good intentions and understanding and commitment between the two countries'],
        ['S3', 'There are good intentions and understanding and commitment between the two countries']]),
      quote('Q8', 'Nouri al-Maliki', 'E3', [['S1', 'Our participation will not be incidental and we are not mediators between two adversaries']]),
      quote('Q9', 'Hassan Kazemi Qomi', 'E2', [['S3', 'a new military and security structure.']]),
      quote('Q10', null, null, [['S3', "We don't have a problem with America talking to Iran about Iraq as such"]]),
    ],
    entities: [
      entity('E1', 'Ryan Crocker', 'person', ['Crocker', 'U.S. Ambassador Ryan Crocker', 'US Ambassador Ryan Crocker'], 'U.S. Ambassador to Iraq'),
      entity('E2', 'Hassan Kazemi Qomi', 'person', ['Qomi', 'Iranian Ambassador Hassan Kazemi Qomi'], 'Iranian envoy'),
      entity('E3', 'Nouri al-Maliki', 'person', ['Maliki', 'Al-Maliki', 'al-Maliki'], 'Iraqi Prime Minister'),
      entity('E4', 'Ali al-Dabagh', 'person', ['al-Dabagh'], 'Iraqi government spokesman'),
      entity('E5', 'Anne Garrels', 'person', ['Garrels'], "NPR's correspondent"),
      entity('E6', 'Manouchehr Mottaki', 'person', [], 'Iranian Foreign Minister'),
      entity('E7', 'Associated Press', 'organization', ['AP'], null),
      entity('E8', 'NPR', 'organization', [], null),
      entity('E9', 'State Department', 'organization', [], null),
      entity('E10', 'Iran', 'place', ['Iranian'], null),
      entity('E11', 'Iraq', 'place', ['Iraqi'], null),
      entity('E12', 'United States', 'place', ['U.S.', 'US', 'America'], null),
      entity('E13', 'Baghdad', 'place', [], null),
      entity('E14', 'Tehran', 'place', ['Teheran'], null),
      entity('E15', 'Washington', 'place', [], null),
      entity('E16', 'Green Zone', 'place', [], null),
      entity('E17', 'Diyala', 'place', [], null),
    ],
    timeline: [
      { date: '1979', text: 'The Islamic revolution begins a quarter-century of diplomatic estrangement', sources: ['S2'], evidence: evs([firstTalks[1] as Cite]) },
      { date: '1980', text: 'The United States breaks off diplomatic relations with Iran', sources: ['S3'], evidence: evs([['S3', 'Despite its limited focus, the direct talks represented a dramatic shift in the US posture on Iran, with which it broke off diplomatic relations in 1980.']]) },
      { date: '2007-03', text: 'US and Iranian officials sit at the same table at a Baghdad conference of Iraq\'s neighbors', sources: ['S1', 'S3'],
        evidence: evs([['S1', 'Officials from Washington and Tehran also sat at the same table at a Baghdad conference back in March.'], ['S3', "He stressed that the meeting was not a bilateral US-Iran event, as Iraqi officials suggested the talks to follow up on a March conference of Iraq's neighbors and were present throughout the four-hour gathering."]]) },
      { date: '2007-05', text: 'One of the bloodiest months of the war for U.S. forces, with at least 103 American soldiers killed', sources: ['S2'], evidence: evs([['S2', 'May 2007 has been one of the bloodiest months of the war for U.S. forces, with at least 103 American soldiers killed, Garrels noted.']]) },
      { date: '2007-05-26', text: 'U.S. forces announce that more than 40 Iraqis were freed from an al-Qaida hideout in Diyala', sources: ['S2'], evidence: evs([['S2', 'In a positive development over the weekend, U.S. forces announced that more than 40 Iraqis were freed from an al-Qaida hideout in Diyala.']]) },
      { date: '2007-05-28', text: 'U.S. and Iranian ambassadors hold four hours of talks in Baghdad', sources: ['S1', 'S2', 'S3'], evidence: evs([agreeBroadly, broadAgreement, firstTalks[0] as Cite]) },
      { date: '2007-06', text: 'Another meeting to be held within a month, according to the Iranian envoy', sources: ['S1', 'S3'], evidence: evs(withinMonth) },
    ],
    syndication: [{
      sources: ['S2', 'S3'], sharedWords: 52, overlap: 0.08,
      passages: [
        'In the course of the meeting, Ali al-Dabagh,', 'government spokesman, told reporters that the session was proceeding cordially.',
        '"There are good intentions and understanding and commitment between the two countries,"',
        "The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office.", 'greeted the two ambassadors, who shook hands, and led them',
      ],
    }],
    diagnostics: [
      { severity: 'info', code: 'boilerplate-removed', message: `Removed ${texts[1]?.removed.length ?? 0} boilerplate lines (player controls, caption, ads, copyright).`, source: 'S2' },
      { severity: 'warning', code: 'no-outlet', message: 'No outlet name or URL found; the title is shown instead.', source: 'S1' },
    ],
  };
  return { briefing, sourceTexts };
}
