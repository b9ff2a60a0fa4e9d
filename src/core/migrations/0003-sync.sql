-- Crm schema, version 3: what sync with a CouchDB server keeps besides the
-- records themselves. Every record is one document; its id is the record's id
-- (unique across all types) and its revision the record's rev column.

-- The database's own id (for replication ids) and each replication's
-- checkpoint, as text.
CREATE TABLE sync_values (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- The revisions before a document's current one, newest first, separated by
-- spaces: what a server needs to see that an edit follows the one it has, and
-- what answers its "do you have this revision?" (at most 100 are kept).
CREATE TABLE doc_ancestors (
  doc_id TEXT PRIMARY KEY,
  revisions TEXT NOT NULL
) WITHOUT ROWID;

-- Fields of a document that this version of Crm does not know (written by a
-- newer version or another client), kept as a JSON object so that they go back
-- to the server with the next edit instead of being dropped.
CREATE TABLE doc_extras (
  doc_id TEXT PRIMARY KEY,
  fields TEXT NOT NULL
) WITHOUT ROWID;

-- The losing sides of conflicting edits: whole documents (JSON, with their
-- _revisions), until someone resolves the conflict. The winning side is the
-- record itself.
CREATE TABLE doc_conflicts (
  doc_id TEXT NOT NULL,
  revision TEXT NOT NULL,
  entity INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (doc_id, revision)
) WITHOUT ROWID;

-- From now on every record has a revision from its first save on; records
-- saved before get their first one here.
UPDATE activities SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE campaign_members SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE campaigns SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE contacts SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE contracts SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE custom_field_values SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE customers SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE deals SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE order_lines SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE orders SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE pipeline_stages SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE products SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE quote_lines SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE quotes SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE staff SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
UPDATE tickets SET rev = '1-' || lower (hex (randomblob (16))) WHERE rev IS NULL;
