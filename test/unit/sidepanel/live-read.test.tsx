// @vitest-environment happy-dom
// What the panel shows from the database follows it (src/sidepanel/use-live-read.ts): a write from
// anywhere shows without a reload, a changed dependency reads again, and a value the agent just set
// shows at once until the database's next answer.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLiveState, useLiveValue } from '../../../src/sidepanel/use-live-read';
import { database } from '../../../src/storage/db';
import { settings } from '../../../src/storage/repositories';

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

const root = document.createElement('div');
afterEach(() => render(null, root));

function Name({ id }: { id: string }) {
  const name = useLiveValue(() => settings.get(database(), `name:${id}`, 'none'), '…', [id]);
  return <p>{name}</p>;
}

let set: (value: number) => void = () => undefined;
function Count() {
  const [count, setCount] = useLiveState(() => settings.get(database(), 'count', 0), -1);
  set = setCount;
  return <p>{count}</p>;
}

describe('reading the database live', () => {
  it('shows a write made elsewhere without being told', async () => {
    await settings.set(database(), 'name:a', 'Dana');
    render(<Name id="a" />, root);
    await settle();
    expect(root.textContent).toBe('Dana');
    await settings.set(database(), 'name:a', 'Dana Ruiz');
    await settle();
    expect(root.textContent).toBe('Dana Ruiz');
  });

  it('reads again when a dependency changes', async () => {
    await settings.set(database(), 'name:b', 'Sam');
    render(<Name id="a" />, root);
    await settle();
    render(<Name id="b" />, root);
    await settle();
    expect(root.textContent).toBe('Sam');
  });

  it("shows the agent's change at once, then whatever the database says next", async () => {
    await settings.set(database(), 'count', 1);
    render(<Count />, root);
    await settle();
    expect(root.textContent).toBe('1');
    set(2);
    await settle();
    expect(root.textContent).toBe('2');
    // Another window writes: the database's answer wins over the local value.
    await settings.set(database(), 'count', 5);
    await settle();
    expect(root.textContent).toBe('5');
  });
});
