// vitest's setup file for every unit test file (vitest.config.ts). Fake IndexedDB is opt-in: a file that uses it starts
// with `import 'fake-indexeddb/auto';` (round 65: loading it into all ~300 files, for the ~40 that use it, was part of
// every file's setup). Without that import a file that reaches for IndexedDB fails here, loudly and by name, rather
// than with a bare ReferenceError or, worse, through code that would quietly take a missing IndexedDB for an empty one.
const GLOBALS = [
  'indexedDB',
  'IDBCursor',
  'IDBCursorWithValue',
  'IDBDatabase',
  'IDBFactory',
  'IDBIndex',
  'IDBKeyRange',
  'IDBObjectStore',
  'IDBOpenDBRequest',
  'IDBRecord',
  'IDBRequest',
  'IDBTransaction',
  'IDBVersionChangeEvent',
] as const;

export const NO_INDEXEDDB_IMPORT =
  "这个测试文件用到了 IndexedDB，却没有在开头 import 'fake-indexeddb/auto' / this test file uses IndexedDB: put `import 'fake-indexeddb/auto';` at its top";

// Where fake-indexeddb/auto defines its globals (the DOM environment's window, else the global object): its import then
// replaces these getters (they are configurable).
const target = (typeof window !== 'undefined' ? window : globalThis) as object;
for (const name of GLOBALS) {
  if (name in target) continue;
  Object.defineProperty(target, name, {
    configurable: true,
    get() {
      throw new Error(`${NO_INDEXEDDB_IMPORT} (${name})`);
    },
  });
}
