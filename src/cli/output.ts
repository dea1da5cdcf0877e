// Everything the CLI prints on stdout is one JSON value per line.

export type WriteLine = (line: string) => void;

export const writeStdout: WriteLine = (line) => {
  process.stdout.write(`${line}\n`);
};

export function jsonLine(write: WriteLine, value: unknown): void {
  write(JSON.stringify(value));
}

/** Milliseconds since start, rounded to hundredths. */
export function elapsedMs(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}
