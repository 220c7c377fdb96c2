/**
 * A V8 code cache for the CommonJS modules the CLI loads (its own bundle, pdfmake, pdfkit, fontkit …), so a
 * cold `regdoc` does not parse and compile the same megabytes of JavaScript on every run. Node 22 has this
 * built in (module.enableCompileCache); Node 20, which regdoc supports, has only the V8 API underneath
 * (vm.Script cachedData), which this module wires into require the way v8-compile-cache did.
 * The cache of a module is written once, at the end of the first successful run that loaded it without a
 * usable cache, and holds every function that run compiled (script.createCachedData after running). It is
 * keyed by the module's path, size and modification time, by Node's version and by a `variant` (the CLI
 * passes its command and output formats, so `check` does not load the renderers' compiled code and
 * `build --to pdf` finds all of its own); V8 itself rejects a cache made by another V8 or with other flags,
 * and the module is then compiled as usual and its cache rewritten. Any failure to read or write the cache
 * only costs speed: it never changes what the CLI does.
 */
import Module from 'node:module';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** Node's CommonJS internals used here; stable since Node 0.x, but not in @types/node. */
interface CommonJsModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}
interface CommonJsStatics {
  wrap(content: string): string;
  _extensions: Record<string, (module: CommonJsModule, filename: string) => void>;
  _resolveFilename(request: string, parent: CommonJsModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: CommonJsModule): string[] | null;
  _cache: unknown;
}

const statics = Module as unknown as CommonJsStatics;
const prototype = Module.prototype as unknown as CommonJsModule;

/** FNV-1a over a string: a short file name for a cache key (not a security hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The V8 code in `file` if the file starts with `stamp` (same module, same Node), else undefined. */
function cachedCode(file: string, stamp: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return bytes.length > stamp.length && bytes.subarray(0, stamp.length).equals(stamp) ? bytes.subarray(stamp.length) : undefined;
}

/** The `require` a module's code receives, as Node builds it. */
function requireFor(module: CommonJsModule): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => statics._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => statics._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.extensions = statics._extensions as unknown as NodeJS.RequireExtensions;
  require.cache = statics._cache as NodeJS.Dict<NodeModule>;
  return require;
}

/**
 * Serves every CommonJS module required from now on from a V8 code cache kept in `cacheFolder`.
 * Call once, before the modules to be cached are first required.
 */
export function installCompileCache(cacheFolder: string, variant: string): void {
  const pending: Array<{ script: vm.Script; file: string; stamp: Buffer }> = [];
  const original = prototype._compile;
  // USE_MAIN_CONTEXT_DEFAULT_LOADER (Node ≥ 20.12) keeps `import()` working inside cached modules.
  const importModuleDynamically = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

  prototype._compile = function compileWithCache(this: CommonJsModule, content: string, filename: string, format?: string) {
    if (format !== undefined && format !== 'commonjs') {
      return original.call(this, content, filename, format);
    }
    let file: string;
    let stamp: Buffer;
    let cachedData: Buffer | undefined;
    try {
      const { size, mtimeMs } = statSync(filename);
      // One cache file per module and variant, overwritten when the module changes: the folder does not grow.
      file = join(cacheFolder, `${fnv1a(filename)}.${variant}.v8`);
      stamp = Buffer.from(`${filename}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}\n`);
      cachedData = cachedCode(file, stamp);
    } catch {
      return original.call(this, content, filename, format);
    }
    const script = new vm.Script(statics.wrap(content), {
      filename,
      cachedData,
      ...(importModuleDynamically ? { importModuleDynamically: importModuleDynamically as never } : {}),
    });
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, file, stamp });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };

  // A .cjs file is CommonJS whatever its package says, so it can be read here: through a Buffer, which on
  // Node 20 takes half the time of readFileSync(…, 'utf8') for the megabyte of the bundle.
  const loadJs = statics._extensions['.js'];
  statics._extensions['.js'] = function loadCommonJs(module: CommonJsModule, filename: string) {
    if (!filename.endsWith('.cjs')) return loadJs(module, filename);
    let content = readFileSync(filename).toString('utf8');
    if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    module._compile(content, filename, 'commonjs');
  };

  // At exit every function this run compiled is in the script, so the cache serves the next run whole. Only a
  // run that succeeded writes it: one stopped early (a file with errors, a mistyped option) has compiled too
  // little of the code that its command normally runs.
  process.once('exit', (code) => {
    if (pending.length === 0 || code !== 0) return;
    try {
      mkdirSync(cacheFolder, { recursive: true });
      for (const { script, file, stamp } of pending) {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([stamp, script.createCachedData()]));
        renameSync(temporary, file);
      }
    } catch {
      // A read-only install keeps working, only without the cache.
    }
  });
}
