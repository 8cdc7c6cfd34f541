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
    super(`${visible(where)}: ${visible(oneLine(reason))}`);
    this.name = "IngestError";
  }
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** A file name may hold control characters: shown escaped (\x1b), so the message is still one safe line. */
const visible = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
