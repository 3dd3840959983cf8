/** A readable terminal view of an Analysis. */
import type { Analysis } from '../model/schema.js';

export function renderPretty(a: Analysis): string {
  const out: string[] = [];
  out.push(`Article ${a.article.id}  (${a.article.date})${a.article.title ? '  ' + a.article.title : ''}`);
  out.push(`${a.sentences.length} sentences`);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  out.push('', `Entities (${a.entities.length})`);
  for (const e of a.entities) {
    const roles = e.roles.map((r) => r.title).join('; ');
    out.push(
      `  ${e.type.padEnd(6)} ${e.name}${roles ? ` — ${roles}` : ''}${e.actor ? `  [${e.actor.code}]` : ''}  ×${e.mentionIds.length}`,
    );
  }
  out.push('', `Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker
      ? ((q.speaker.entityId ? byId.get(q.speaker.entityId)?.name : undefined) ?? q.speaker.mention.text)
      : '?';
    const to = q.addressee
      ? ` → ${q.addressee.entityId ? (byId.get(q.addressee.entityId)?.name ?? q.addressee.mention.text) : q.addressee.mention.text}`
      : '';
    out.push(`  [${q.type}] ${who}${to}${q.cue ? ` (${q.cue.text})` : ''}: “${q.content.text}”`);
  }
  out.push('', `Times (${a.times.length})`);
  for (const t of a.times)
    out.push(`  ${t.span.text.padEnd(24)} ${t.type.padEnd(8)} ${t.value}${t.anchor ? ` (anchor ${t.anchor})` : ''}`);
  out.push('', `Events (${a.events.length})`);
  for (const e of a.events) {
    out.push(
      `  ${e.date}  ${(e.source?.code ?? '---').padEnd(8)} ${e.cameo.padEnd(4)} ${(e.target?.code ?? '---').padEnd(8)} ` +
        `${e.plover ?? ''} ${e.modality !== 'asserted' ? `(${e.modality}) ` : ''}g=${e.goldstein} q=${e.quadClass}  “${e.evidence.trigger.text}”`,
    );
  }
  return out.join('\n') + '\n';
}
