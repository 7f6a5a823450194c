/** compare/quotes: the same quote across sources, its variants, and quotes worded differently. */
export { compareQuotes, type QuoteComparison } from './compare-quotes.js';
