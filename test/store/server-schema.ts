import { after, before } from "node:test";

/**
 * A Postgres schema of this test file's own on the shared test server, created before its tests
 * and dropped after them. Several test files use the same server at once (store suite, writers,
 * feeds): each works in its own schema, so clearing its tables never touches another's.
 * Returns the connection URL that selects the schema, or "" when no server is configured.
 */
export function serverSchema(prefix: string, serverUrl = process.env.TEST_DATABASE_URL): { url: string; schema: string } {
  if (!serverUrl) return { url: "", schema: "" };
  const schema = `${prefix}_${process.pid}_${Date.now()}`;
  const url = `${serverUrl}${serverUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const run = async (sql: string) => {
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  before(() => run(`CREATE SCHEMA ${schema}`));
  after(() => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  return { url, schema };
}
