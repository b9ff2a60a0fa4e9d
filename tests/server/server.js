#!/usr/bin/env node
// server.js: a CouchDB-compatible server for Crm's sync tests.
//
// express-pouchdb over an in-memory PouchDB, on 127.0.0.1. Usage:
//
//   node server.js [--auth USER:PASSWORD] [--port PORT]
//
// Without --port it listens on a free port the kernel picks. Once it answers
// requests it prints exactly one line on stdout,
//
//   listening http://127.0.0.1:PORT
//
// and nothing else there (the C helper, tests/crm-test-server.c, reads it).
// It runs until SIGTERM or SIGINT, or until its stdin closes: the test
// program that started it holds the other end of a pipe, so even a test that
// crashes never leaves a server behind. (Run by hand, stdin is the terminal;
// do not run it with stdin from /dev/null, it would stop at once.)
//
// --auth USER:PASSWORD switches to mode 'fullCouchDB', CouchDB's
// authentication, with USER as the one server admin: Basic auth with a wrong
// password is answered with 401, and POST /_session hands out an AuthSession
// cookie. Requests with no credentials at all are answered with 401 too (as
// CouchDB does with require_valid_user = true), except /_session, where one
// logs in. Without --auth the mode is 'minimumForPouchDB', where there is no
// authentication at all.
//
// Everything lives in memory: a restart starts from no databases at all.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

function fail(message) {
  process.stderr.write(`server.js: ${message}\n`);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { auth: null, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = argv[i + 1];
    if (argument === '--auth') {
      if (value === undefined || value.indexOf(':') <= 0)
        fail('--auth needs USER:PASSWORD');
      const colon = value.indexOf(':');
      options.auth = { user: value.slice(0, colon), password: value.slice(colon + 1) };
      i++;
    } else if (argument === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        fail('--port needs a number from 0 to 65535');
      options.port = port;
      i++;
    } else {
      fail(`unknown argument '${argument}'; usage: server.js [--auth USER:PASSWORD] [--port PORT]`);
    }
  }
  return options;
}

// stdout carries the one 'listening' line and nothing else, and nobody reads
// that pipe afterwards: what the libraries print (express-pouchdb logs some
// errors with console.log) goes to stderr, into the test's log.
console.log = console.error;
console.info = console.error;

let express;
let expressPouchDB;
let PouchDB;
try {
  express = require('express');
  expressPouchDB = require('express-pouchdb');
  PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
} catch (error) {
  fail(`${error.message}\nRun "npm ci" in ${__dirname} first.`);
}

const options = parseArguments(process.argv.slice(2));

// express-pouchdb writes its log (and, in fullCouchDB mode, nothing else: the
// configuration stays in memory) to a file; keep it out of the source tree.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-server-'));
const logPath = path.join(scratch, 'log.txt');

function removeScratch() {
  try {
    fs.rmSync(scratch, { recursive: true, force: true });
  } catch (error) {
    // Nothing to do about it on the way out.
  }
}

let server = null;

function shutDown() {
  removeScratch();
  // Open keep-alive connections would hold server.close() up; the data is
  // in memory and goes anyway.
  process.exit(0);
}

process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
process.stdin.on('end', shutDown);
process.stdin.on('close', shutDown);
process.stdin.on('error', shutDown);
process.stdin.resume();

// A test that restarts the server on its old port may come back before the
// kernel let go of it; try again for a few seconds.
function listen(app, port, attemptsLeft) {
  server = app.listen(port, '127.0.0.1');
  server.on('listening', () => {
    process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
  });
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE' && port !== 0 && attemptsLeft > 0) {
      setTimeout(() => listen(app, port, attemptsLeft - 1), 100);
      return;
    }
    removeScratch();
    fail(`cannot listen on 127.0.0.1:${port}: ${error.message}`);
  });
}

// express-pouchdb has no require_valid_user, and an anonymous PUT /db crashes
// it (its security wrapper hands a rejected promise to code that expects a
// database), so anonymous requests stop here, the way CouchDB answers them.
function requireCredentials(req, res, next) {
  const hasBasicAuth = /^basic /i.test(req.headers.authorization || '');
  const hasSessionCookie = /(^|;\s*)AuthSession=/.test(req.headers.cookie || '');
  if (hasBasicAuth || hasSessionCookie || req.path === '/_session') {
    next();
    return;
  }
  res.status(401)
    .set('WWW-Authenticate', 'Basic realm="server"')
    .json({ error: 'unauthorized', reason: 'Authentication required.' });
}

async function main() {
  const MemoryPouchDB = PouchDB.defaults({ adapter: 'memory' });
  const pouchApp = expressPouchDB(MemoryPouchDB, {
    mode: options.auth ? 'fullCouchDB' : 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath,
  });

  if (options.auth) {
    await new Promise((resolve, reject) => {
      pouchApp.couchConfig.set('admins', options.auth.user, options.auth.password,
        (error) => (error ? reject(error) : resolve()));
    });
  }

  const app = express();
  if (options.auth)
    app.use(requireCredentials);
  app.use('/', pouchApp);
  listen(app, options.port, 50);
}

main().catch((error) => {
  removeScratch();
  fail(error.stack || String(error));
});
