/** An input that cannot become a report. Its message is one line that names the file or URL. */
export class IngestError extends Error {
  constructor(
    readonly where: string,
    reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = "IngestError";
  }
}
