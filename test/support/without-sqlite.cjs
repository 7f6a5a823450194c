// Preloaded with `node -r` by tests: makes the optional package better-sqlite3 look uninstalled, as in a program that
// installed corroborate without it.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'better-sqlite3' || request.startsWith('better-sqlite3/')) {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
