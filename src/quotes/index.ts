export { findQuotes, type FindQuotesOptions } from './find-quotes.js';
export { formatQuote, type QuoteJson } from './format-quote.js';
export { isInsideQuote, quoteSpans, type QuoteSpan } from './quote-spans.js';
export type { Quote } from './types.js';
