// Stand-in for js-yaml in the CLI bundle (see scripts/bundle.mjs): gray-matter requires js-yaml for its default
// YAML engine, which regdoc replaces (src/parse/front-matter.ts reads front matter with the `yaml` package).
'use strict';

const unused = () => {
  throw new Error('js-yaml is not bundled: regdoc reads YAML with the `yaml` package');
};

module.exports = { safeLoad: unused, safeDump: unused, load: unused, dump: unused };
