/**
 * Fetching reports from the web. Not built yet: every URL is refused with a clear error.
 * @module
 */
import type { ReportInput } from "../../types.js";
import { IngestError } from "../errors.js";

export interface FetchOptions {
  allowPrivate?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function fetchReports(urls: string[], opts: FetchOptions = {}): Promise<Array<ReportInput | IngestError>> {
  void opts;
  return urls.map((u) => new IngestError(u, "fetching URLs is not available in this build"));
}
