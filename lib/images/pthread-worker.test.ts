import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { PTHREAD_GLUE, pthreadWorkerScript } from './pthread-worker';

interface FakeWorkerScope {
  location: { href: string };
  onmessage?: (e: { data: unknown }) => void;
  received: unknown[];
}

/** Runs a worker script against a stand-in for the worker's global scope. */
function runWorker(script: string): FakeWorkerScope {
  const scope: FakeWorkerScope = { location: { href: 'chrome-extension://abc/wasm/pthread.worker.js' }, received: [] };
  new Function('self', script)(scope);
  return scope;
}

describe('packaged pthread worker', () => {
  // Stands in for tfjs's worker: records what it is sent.
  const recorder = 'self.onmessage = (e) => { self.received.push(e.data); };';

  test('the glue script to import is the packaged file next to the worker, not the blob it is sent', () => {
    const scope = runWorker(pthreadWorkerScript(recorder));
    scope.onmessage?.({ data: { cmd: 'load', urlOrBlob: new Blob(['x']), handlers: [] } });
    expect(scope.received).toEqual([
      { cmd: 'load', urlOrBlob: `chrome-extension://abc/wasm/${PTHREAD_GLUE}`, handlers: [] },
    ]);
  });

  test('every other message reaches the worker unchanged', () => {
    const scope = runWorker(pthreadWorkerScript(recorder));
    scope.onmessage?.({ data: { cmd: 'run', start_routine: 7, arg: 9 } });
    expect(scope.received).toEqual([{ cmd: 'run', start_routine: 7, arg: 9 }]);
  });

  test("newlines inside the library's string literals are escaped again, as tfjs does for its blob", () => {
    const script = pthreadWorkerScript('var s = "a\nb"; self.onmessage = () => { self.received.push(s); };');
    const scope = runWorker(script);
    scope.onmessage?.({ data: {} });
    expect(scope.received).toEqual(['a\nb']);
  });

  test("tfjs-backend-wasm's own worker script still compiles once wrapped", () => {
    const require = createRequire(import.meta.url);
    const {
      wasmWorkerContents,
    } = require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js');
    expect(() => new Function('self', pthreadWorkerScript(wasmWorkerContents))).not.toThrow();
  });
});

test("face-api's bundled wasm backend is the version whose threaded glue and wasm are packaged", () => {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('@vladmandic/face-api/dist/face-api.esm.js'), 'utf8');
  // The bundle's wasm backend declares its version right after its getThreadsCount.
  const bundled = /WASM backend not initialized\."\);return \w+\}var \w+="([\d.]+)"/.exec(bundle)?.[1];
  const packaged = require('@tensorflow/tfjs-backend-wasm/package.json').version;
  expect(bundled).toBe(packaged);
});
