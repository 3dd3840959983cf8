/** Small pieces every page uses: mounting, errors, a labelled field. */
import { render, type ComponentChildren, type JSX } from 'preact';

export function mount(node: JSX.Element): void {
  const app = document.getElementById('app')!;
  app.textContent = '';
  render(node, app);
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}

export function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Goldstein score as a color: red for conflict, grey near zero, green for cooperation. */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  if (t < 0) return `hsl(0 ${Math.round(70 * -t + 10)}% ${Math.round(60 - 15 * -t)}%)`;
  return `hsl(140 ${Math.round(60 * t + 10)}% ${Math.round(55 - 15 * t)}%)`;
}

export const QUAD_COLORS = ['', '#7fb3d5', '#2e86c1', '#f0b27a', '#cb4335'];
