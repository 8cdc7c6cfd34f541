/**
 * What a use case reports when it cannot go on: a message for a person, and whether the fault is
 * in how it was asked (`usage`: the command line maps it to exit 2) or in what it met (exit 1).
 * @module
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
    this.name = "AppError";
  }
}
