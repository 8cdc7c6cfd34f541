/**
 * Versioned schema. Append a migration; never edit one that has been released.
 * Statements are separated by ";" at the end of a line.
 * @module
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "reports and mentions",
    sql: `
CREATE TABLE reports (
  id text PRIMARY KEY,
  hash text NOT NULL UNIQUE,
  url text,
  publisher text,
  published text,
  language text,
  title text,
  text text NOT NULL,
  origin text,
  copy_of text,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_url ON reports (url);
CREATE TABLE mentions (
  report_id text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  start integer NOT NULL,
  "end" integer NOT NULL,
  kind text NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (report_id, start, "end", kind)
);
CREATE TABLE extractions (
  report_id text PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  extractor text NOT NULL,
  extracted_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 2,
    name: "followed feeds and their seen items",
    sql: `
CREATE TABLE feeds (
  url text PRIMARY KEY,
  title text,
  added_at timestamptz NOT NULL DEFAULT now(),
  checked_at timestamptz,
  last_error text
);
CREATE TABLE feed_items (
  feed_url text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
  item_key text NOT NULL,
  url text,
  report_id text REFERENCES reports (id) ON DELETE SET NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (feed_url, item_key)
);
`,
  },
  {
    version: 3,
    name: "imagery observations of watched sites",
    sql: `
CREATE TABLE observations (
  id text PRIMARY KEY,
  site text NOT NULL,
  date text NOT NULL,
  data jsonb NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX observations_site_date ON observations (site, date);
`,
  },
  {
    version: 4,
    name: "the analyst's decisions about facts",
    sql: `
CREATE TABLE decisions (
  id serial PRIMARY KEY,
  action text NOT NULL CHECK (action IN ('merge', 'split', 'verdict', 'hide')),
  figures jsonb NOT NULL,
  verdict text,
  reason text,
  at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 5,
    name: "newsletter, feed health, saved sites, runner lock",
    sql: `
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE subscribers (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  state text NOT NULL,
  confirm_nonce text,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  left_at timestamptz,
  reason text
);
CREATE TABLE issues (
  number integer PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  subject text NOT NULL,
  content jsonb NOT NULL,
  snapshot jsonb NOT NULL,
  figures jsonb NOT NULL DEFAULT '[]'
);
CREATE TABLE deliveries (
  issue integer NOT NULL REFERENCES issues (number),
  subscriber text NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
  status text NOT NULL,
  since_issue integer,
  message_id text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issue, subscriber)
);
ALTER TABLE feeds ADD COLUMN etag text;
ALTER TABLE feeds ADD COLUMN last_modified text;
ALTER TABLE feeds ADD COLUMN errors integer NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN failing_since timestamptz;
CREATE TABLE watched_sites (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  every_hours real NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  last_run timestamptz,
  last_error text
);
CREATE TABLE runner_lock (
  name text PRIMARY KEY,
  holder text NOT NULL,
  pid integer NOT NULL,
  host text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  heartbeat_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 6,
    name: "derived data kept between runs (the reconciled facts of the whole store)",
    sql: `
CREATE TABLE derived (
  name text PRIMARY KEY,
  stamp text NOT NULL,
  data text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 7,
    name: "a work queue that many workers claim from (SKIP LOCKED)",
    sql: `
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  run_after timestamptz NOT NULL DEFAULT now(),
  locked_by text,
  locked_at timestamptz,
  last_error text,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due ON jobs (kind, run_after, id) WHERE state = 'queued';
`,
  },
  {
    version: 8,
    name: "a report's figures as one JSON text beside its extraction record, not a row per figure",
    sql: `
ALTER TABLE extractions ADD COLUMN figures text NOT NULL DEFAULT '[]';
UPDATE extractions e SET figures = coalesce((SELECT json_agg(m.data ORDER BY m.start, m."end", m.kind)::text FROM mentions m WHERE m.report_id = e.report_id), '[]');
DROP TABLE mentions;
`,
  },
  {
    version: 9,
    name: "a report's figures compressed (gzip of their JSON); rows of migration 8 keep their text",
    sql: `
ALTER TABLE extractions ADD COLUMN packed bytea;
ALTER TABLE extractions ALTER COLUMN packed SET STORAGE EXTERNAL;
`,
  },
  {
    version: 10,
    name: "an undated report's relative dates that its extraction could not place, for re-adds to quote",
    sql: `
ALTER TABLE extractions ADD COLUMN unplaced text;
`,
  },
  {
    version: 11,
    name: "each report's copy signature and LSH buckets, so a new report is compared with its likely originals only",
    sql: `
CREATE TABLE copy_keys (
  report_id text PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  sig text NOT NULL
);
CREATE TABLE copy_bands (
  band text NOT NULL,
  report_id text NOT NULL REFERENCES reports (id) ON DELETE CASCADE
);
CREATE INDEX copy_bands_band ON copy_bands (band);
CREATE INDEX copy_bands_report ON copy_bands (report_id);
CREATE INDEX reports_copy_of ON reports (copy_of) WHERE copy_of IS NOT NULL;
`,
  },
  {
    version: 12,
    name: "derived data kept in parts (the reconciled facts: a row per fact), so an update rewrites only what it changed",
    sql: `
CREATE TABLE derived_parts (
  name text NOT NULL REFERENCES derived (name) ON DELETE CASCADE,
  key text NOT NULL,
  data text NOT NULL,
  PRIMARY KEY (name, key)
);
DELETE FROM derived WHERE name = 'reconciled';
`,
  },
  {
    version: 13,
    name: "kept facts and packed figures stored as written, not compressed again",
    // the kept facts are gzip in base64 and the figures gzip: Postgres' own compression tried each
    // value in vain, and their JSON parts (skeletons, Markdown pieces) are written once and read
    // a few at a time (a first brief at 2,000 reports: ~0.3 s of compressing in WebAssembly)
    sql: `
ALTER TABLE derived_parts ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE extractions ALTER COLUMN packed SET STORAGE EXTERNAL;
`,
  },
  {
    version: 14,
    name: "beside a report's figures, what reconcile works out of the report alone (gzip), and the code that made it",
    sql: `
ALTER TABLE extractions ADD COLUMN prep bytea;
ALTER TABLE extractions ALTER COLUMN prep SET STORAGE EXTERNAL;
ALTER TABLE extractions ADD COLUMN prep_code text;
`,
  },
  {
    version: 15,
    name: "a report's manifest note, which may date an undated report",
    sql: `ALTER TABLE reports ADD COLUMN note text;`,
  },
];
