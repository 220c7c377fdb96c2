// Stand-in for decode-named-character-reference in the CLI bundle (see scripts/bundle.mjs): the same function,
// but character-entities' table of 2,125 HTML entity names (`&copy;` …) is built when a source first uses one
// instead of at every start of the parser (~4 ms).
'use strict';

const own = {}.hasOwnProperty;
let entities;

exports.decodeNamedCharacterReference = function decodeNamedCharacterReference(value) {
  entities ??= require('character-entities').characterEntities;
  return own.call(entities, value) ? entities[value] : false;
};
