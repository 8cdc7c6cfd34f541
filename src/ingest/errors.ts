/**
 * An input that cannot become a report. Its message is one line that names the file or URL,
 * whatever the underlying error said (JSON and YAML parsers report on several lines).
 * @module
 */
export class IngestError extends Error {
  constructor(
    readonly where: string,
    reason: string,
  ) {
    super(`${where}: ${oneLine(reason)}`);
    this.name = "IngestError";
  }
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();
