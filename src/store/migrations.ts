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
];
