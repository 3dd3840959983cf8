/**
 * Words of news domains that are not politics, conflict or diplomacy: sport, the arts and entertainment, consumer
 * technology. Each is a word a politics story rarely needs: words that serve both ("win", "victory", "league",
 * "squad", "device", "television", "office") are left out; the
 * relevance score (relevance.ts) weighs how many of them an article uses against its political actors.
 */
export const OFF_TOPIC_WORDS: ReadonlySet<string> = new Set([
  // sport
  'match', 'matches', 'game', 'games', 'scored', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach',
  'cup', 'tournament', 'championship', 'championships', 'champions',
  'club', 'clubs', 'fixture', 'fixtures', 'semi-final', 'quarter-final',
  'premiership', 'stadium', 'rugby', 'football', 'soccer', 'tennis', 'cricket', 'golf', 'athletics', 'olympic',
  'olympics', 'medal', 'medals', 'sprinter', 'innings', 'wicket', 'wickets', 'seeded',
  'slam', 'fitness', 'referee', 'half-time',
  'debut', 'racing', 'boxing',
  // arts and entertainment
  'film', 'films', 'movie', 'movies', 'album', 'albums', 'band', 'bands', 'singer', 'song', 'songs', 'actor', 'actress',
  'oscar', 'oscars', 'chart', 'charts', 'comedy', 'festival', 'music', 'musical',
  'starring', 'episode', 'hollywood', 'studio', 'studios',
  'nominated', 'nominations', 'viewers',
  'fans', 'celebrity', 'actors', 'pop', 'concert', 'dvd',
  // consumer technology
  'software', 'users', 'computer', 'computers', 'pc', 'pcs', 'phone', 'phones', 'gadget', 'gadgets', 'broadband',
  'gamers', 'gaming', 'console', 'consoles', 'xbox', 'playstation', 'website', 'websites', 'web', 'download',
  'downloads', 'spam', 'e-mail', 'email', 'blog', 'blogs',
  'laptop', 'laptops', 'handset', 'handsets', 'microsoft', 'google', 'sony',
  'nintendo', 'ipod', 'linux', 'hardware',
]);
