// An error the CLI reports as a one-line message on stderr, with an exit code.

/** Exit code for wrong usage (unknown command, missing flag) and for failures while running. */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
