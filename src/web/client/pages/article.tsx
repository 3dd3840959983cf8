/** /articles/<id>/view: a stored article and its analysis (GET /articles/<id>). */
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../../../model/schema.js';
import { getJson } from '../api.js';
import { ArticleView } from '../article-view.js';
import { ErrorNote, mount } from '../ui.js';

interface Stored {
  id: string;
  article: { text: string };
  analysis: Analysis;
}

function ArticlePage() {
  const id = decodeURIComponent(location.pathname.split('/')[2] ?? '');
  const [found, setFound] = useState<Stored | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getJson<Stored>(`/articles/${encodeURIComponent(id)}`).then((a) => {
      setFound(a);
      document.title = `${a.analysis.article.title || a.analysis.article.id} · Parley`;
    }, setError);
  }, [id]);
  if (error) return <ErrorNote error={error} />;
  if (!found) return <p class="muted">Loading…</p>;
  return <ArticleView text={found.article.text} analysis={found.analysis} />;
}

mount(<ArticlePage />);
