// The article stream of bench/scale.js: the shared data sets replayed as one stream of real articles, ids made unique
// by prefixing the data set's name, interleaved so that the sets' stories arrive side by side.
import { existsSync } from 'node:fs';
import { readClusterFile } from './common.js';

const DATA = '../shared/data';

/** The data sets and how each record becomes articles (with the data set's own story or cluster id). */
const SOURCES = [
  {
    name: 'multinews',
    file: `${DATA}/multinews_plus_test/multinews_plus_test.jsonl.gz`,
    // Multi-News+ test: one cluster a line; its documents are the articles, the cluster is the story.
    articles: (record) => record.documents.map((text, i) => ({ id: `${record.id}/${i}`, story: record.id, title: null, outlet: null, published: null, text })),
  },
  {
    name: 'ecbplus',
    file: `${DATA}/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz`,
    articles: (record) => [{ id: record.id, story: record.story, title: record.title, outlet: record.source, published: null, text: record.text }],
  },
  {
    name: 'uci',
    file: `${DATA}/uci_news_aggregator_prefix/uci_news_aggregator_prefix.jsonl.gz`,
    // UCI News Aggregator: headlines only (no body): the headline is the article's text.
    articles: (record) => [{ id: record.id, story: record.story, title: null, outlet: record.source, published: record.date, text: record.title }],
  },
];

/**
 * At most `limit` articles, each `{ uid, dataset, story, article }` where `article` is a QueuedArticle. Empty documents
 * are left out (counted in `empty`). The sets are interleaved in proportion to their size, each in its own order.
 */
export function loadStream(limit) {
  const lists = [];
  let empty = 0;
  for (const source of SOURCES) {
    if (!existsSync(source.file)) {
      console.error(`bench/scale: ${source.file} not found; the benchmark replays ../shared/data`);
      process.exit(2);
    }
    const items = [];
    for (const record of readClusterFile(source.file)) {
      for (const item of source.articles(record)) {
        if (!item.text?.trim()) {
          empty += 1;
          continue;
        }
        const uid = `${source.name}:${item.id}`;
        items.push({
          uid,
          dataset: source.name,
          story: `${source.name}:${item.story}`,
          article: {
            title: item.title,
            outlet: item.outlet,
            url: `bench://${source.name}/${encodeURIComponent(item.id)}`,
            published: item.published,
            byline: null,
            format: 'text',
            origin: uid,
            text: item.text,
          },
        });
      }
    }
    lists.push(items);
  }
  const total = lists.reduce((sum, items) => sum + items.length, 0);
  const taken = lists.map(() => 0);
  const stream = [];
  while (stream.length < Math.min(limit, total)) {
    // Next from the set that is furthest behind its share of the stream.
    let best = -1;
    for (let i = 0; i < lists.length; i += 1) {
      if (taken[i] >= lists[i].length) continue;
      if (best < 0 || taken[i] / lists[i].length < taken[best] / lists[best].length) best = i;
    }
    stream.push(lists[best][taken[best]]);
    taken[best] += 1;
  }
  return { stream, empty, available: total };
}

/**
 * The assignment step: the story an article joins. Until the stream clusterer lands it is the data set's own story or
 * cluster id, used as the story's name (as `corroborate ingest --story` names one); the clusterer replaces this
 * function with one that returns `{ cluster: … }` targets handled by an assign-story job.
 */
export function assignStory(item) {
  return { storyTitle: item.story };
}
