/** Which quotes a store query lists: `speech` (the default) leaves out those with a Quote.voice; `all` keeps them. */
export const QUOTE_VOICES = ['speech', 'all'] as const;
export type QuoteVoice = (typeof QUOTE_VOICES)[number];
