// Stand-in for node:child_process in commander (see scripts/bundle.mjs): commander requires it when it loads,
// for external subcommands that regdoc does not have; Node's module is loaded on first use instead, which
// spares every `regdoc` run ~8 ms.
'use strict';

let real;
const load = () => (real ??= require('node:child_process'));

module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
});
