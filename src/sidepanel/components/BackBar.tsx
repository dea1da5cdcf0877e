export function BackBar({ onBack }: { onBack(): void }) {
  return (
    <nav class="backbar">
      <button type="button" class="link back" onClick={onBack}>
        ← Back
      </button>
      <span class="muted">Esc</span>
    </nav>
  );
}
