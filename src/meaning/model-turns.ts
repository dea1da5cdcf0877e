// Whose turn the model is: one call at a time (TensorFlow.js on WebAssembly runs on one thread anyway),
// and a panel's request before background embedding. Background embedding calls the model a few texts at
// a time and starts no call while a request is being answered, so a page's question waits at most for
// the one small call already running, not for a whole article.
import type { SentenceEncoder } from './encoder';

type Encoder = Pick<SentenceEncoder, 'embed'>;

/** Texts per background model call: a request waits for one such call at most. */
export const BACKGROUND_TEXTS_PER_CALL = 4;

/** How long one model call waited for its turn and ran, in ms. */
export interface Turn {
  waitMs: number;
  runMs: number;
  texts: number;
}

export class ModelTurns {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private resume: (() => void)[] = [];

  constructor(
    private readonly encoder: Encoder,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Requests being answered now. */
  get requests(): number {
    return this.pending;
  }

  /**
   * Answers a request: background calls not yet started wait until `work` is done. The encoder given to
   * `work` reports each of its calls' turns to `onTurn`.
   */
  async request<T>(work: (encoder: Encoder) => Promise<T>, onTurn?: (turn: Turn) => void): Promise<T> {
    this.pending++;
    try {
      return await work({ embed: (texts) => this.call(texts, onTurn) });
    } finally {
      this.pending--;
      if (this.pending === 0) for (const go of this.resume.splice(0)) go();
    }
  }

  /** Resolves once no request is being answered. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((done) => this.resume.push(done));
  }

  /** The encoder for background embedding: small calls, each after any request being answered. */
  background(textsPerCall = BACKGROUND_TEXTS_PER_CALL): Encoder {
    return {
      embed: async (texts) => {
        const out: Float32Array[] = [];
        for (let i = 0; i < texts.length; i += textsPerCall) {
          await this.idle();
          out.push(...(await this.call(texts.slice(i, i + textsPerCall))));
        }
        return out;
      },
    };
  }

  private call(texts: readonly string[], onTurn?: (turn: Turn) => void): Promise<Float32Array[]> {
    const asked = this.now();
    const run = this.tail.then(async () => {
      const started = this.now();
      const vectors = await this.encoder.embed(texts);
      onTurn?.({ waitMs: started - asked, runMs: this.now() - started, texts: texts.length });
      return vectors;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
