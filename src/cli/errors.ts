/** An expected failure: its message is printed as is and the process exits with `code`. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
    this.name = "ExitError";
  }
}

/** The command line is wrong: exit 2, with a pointer to --help. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}
