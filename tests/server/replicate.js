#!/usr/bin/env node
// replicate.js: PouchDB's own replicator, the reference the sync benchmark
// compares Crm against in the same run, and a filler for the benchmark's
// server database.
//
//   node replicate.js URL/DBNAME
//       Pulls the whole remote database into a fresh in-memory PouchDB and
//       prints, on stdout:
//         pouchdb_pull_seconds S
//         pouchdb_pull_docs N
//
//   node replicate.js --fill URL/DBNAME N
//       Creates the database (it must not exist yet) and fills it with N
//       documents shaped like Crm customers, through _bulk_docs in batches of
//       1000; prints "filled N".
//
// Credentials go in the URL (http://user:password@127.0.0.1:PORT/db).
'use strict';

const crypto = require('crypto');

function fail(message) {
  process.stderr.write(`replicate.js: ${message}\n`);
  process.exit(2);
}

let PouchDB;
try {
  PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'));
} catch (error) {
  fail(`${error.message}\nRun "npm ci" in ${__dirname} first.`);
}

// PouchDB's defaults are 100 changes a batch, 10 batches in flight. Larger
// batches are what a tuned client would use on a LAN, so the reference is not
// handicapped by round trips.
const PULL_BATCH_SIZE = 500;
const PULL_BATCHES_LIMIT = 10;
const FILL_BATCH_SIZE = 1000;

const USAGE = 'usage: replicate.js URL/DBNAME | replicate.js --fill URL/DBNAME N';

// The HTTP adapter takes credentials from the URL only through its auth option.
function remoteDatabase(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (error) {
    fail(`not a URL: ${url}`);
  }
  if (parsed.pathname.replace(/\/+$/, '') === '')
    fail(`no database name in ${url}`);
  const options = { adapter: 'http', skip_setup: true };
  if (parsed.username !== '') {
    options.auth = {
      username: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
    };
    parsed.username = '';
    parsed.password = '';
  }
  return new PouchDB(parsed.toString().replace(/\/+$/, ''), options);
}

// PouchDB's HTTP errors carry their status and CouchDB's reason, not a stack
// worth reading.
function describe(error) {
  if (error && error.status)
    return `HTTP ${error.status} ${error.name || ''}: ${error.reason || error.message || ''}`;
  return (error && error.stack) || String(error);
}

async function pull(url) {
  const remote = remoteDatabase(url);
  try {
    await remote.info();
  } catch (error) {
    fail(`cannot open ${url}: ${describe(error)}`);
  }
  const local = new PouchDB(`pull-${crypto.randomUUID()}`, { adapter: 'memory' });

  const start = process.hrtime.bigint();
  const result = await PouchDB.replicate(remote, local, {
    batch_size: PULL_BATCH_SIZE,
    batches_limit: PULL_BATCHES_LIMIT,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  if (result.ok === false || (result.errors && result.errors.length > 0))
    fail(`replication failed: ${JSON.stringify(result.errors)}`);
  const info = await local.info();
  process.stdout.write(`pouchdb_pull_seconds ${seconds.toFixed(3)}\n`);
  process.stdout.write(`pouchdb_pull_docs ${info.doc_count}\n`);
}

const FIRST_NAMES = ['Ayşe', 'Mehmet', 'Lucía', 'Javier', 'Wei', 'Li Na', 'Maria', 'José',
                     'Olivia', 'George', 'Fatma', 'Carmen', 'Jian', 'Angelica', 'Harry'];
const LAST_NAMES = ['Yılmaz', 'Kaya', 'García', 'Fernández', 'Wang', 'Zhang', 'Santos',
                    'Reyes', 'Smith', 'Jones', 'Demir', 'López', 'Chen', 'Cruz', 'Taylor'];
const CITIES = [['İstanbul', 'Turkey', 'Europe'], ['Madrid', 'Spain', 'Europe'],
                ['Shanghai', 'China', 'Asia'], ['Manila', 'Philippines', 'Asia'],
                ['London', 'United Kingdom', 'Europe'], ['Ankara', 'Turkey', 'Europe'],
                ['Barcelona', 'Spain', 'Europe'], ['Cebu', 'Philippines', 'Asia']];
const SEGMENTS = ['smb', 'enterprise', 'consumer'];

function customerDocument(index, now) {
  const first = FIRST_NAMES[index % FIRST_NAMES.length];
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length];
  const [city, country, region] = CITIES[index % CITIES.length];
  const company = `${last} ${['Ltd', 'SL', 'A.Ş.', 'Inc', 'Co'][index % 5]}`;
  const created = new Date(now - (index % 1000) * 86400000).toISOString();
  return {
    _id: crypto.randomUUID().replace(/-/g, ''),
    type: 'customer',
    kind: index % 4 === 0 ? 'person' : 'company',
    name: `${first} ${last} ${index}`,
    company,
    email: `customer${index}@example.com`,
    phone: `+90 212 555 ${String(index % 10000).padStart(4, '0')}`,
    website: `https://www.example.com/${index}`,
    address: `${(index % 200) + 1} Example Street`,
    city,
    postal_code: String(10000 + (index % 89999)),
    country,
    region,
    segment: SEGMENTS[index % SEGMENTS.length],
    owner_id: null,
    notes: index % 3 === 0 ? 'Prefers a call in the morning.' : '',
    created_at: created,
    updated_at: created,
  };
}

async function fill(url, count) {
  const remote = remoteDatabase(url);
  // skip_setup above keeps PouchDB from creating it quietly; create it here so
  // that filling an existing database is an error, not a mix.
  const created = await remote.fetch('', { method: 'PUT' });
  if (!created.ok)
    fail(`could not create ${url}: HTTP ${created.status} ${await created.text()}`);

  const now = Date.now();
  for (let done = 0; done < count; done += FILL_BATCH_SIZE) {
    const docs = [];
    for (let i = done; i < Math.min(count, done + FILL_BATCH_SIZE); i++)
      docs.push(customerDocument(i, now));
    const results = await remote.bulkDocs(docs);
    const failed = results.filter((result) => result.error);
    if (failed.length > 0)
      fail(`_bulk_docs failed: ${JSON.stringify(failed[0])}`);
  }
  process.stdout.write(`filled ${count}\n`);
}

async function main(argv) {
  if (argv.length === 1 && !argv[0].startsWith('--'))
    return pull(argv[0]);
  if (argv.length === 3 && argv[0] === '--fill') {
    const count = Number(argv[2]);
    if (!Number.isInteger(count) || count < 0)
      fail(`not a document count: ${argv[2]}`);
    return fill(argv[1], count);
  }
  fail(USAGE);
}

main(process.argv.slice(2)).catch((error) => fail(describe(error)));
