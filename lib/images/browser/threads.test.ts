import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startBlobWorkersFrom, startWasmBackend, threadsAvailable, type WasmBackendControls } from './threads';

const NativeWorker = globalThis.Worker;
const created: string[] = [];
const scope = globalThis as { crossOriginIsolated?: boolean };
const isolatedBefore = scope.crossOriginIsolated;

/** Stands in for the browser's Worker: records the script each worker is started from. */
class RecordingWorker {
  constructor(script: string | URL) {
    created.push(String(script));
  }
}

/** Stands in for tfjs: records the settings and the core count the module sees when it starts. */
function fakeTf() {
  const seen = { flags: {} as Record<string, boolean>, threads: -1, coresAtStart: -1 };
  const tf: WasmBackendControls = {
    env: () => ({
      set: (flag, value) => {
        seen.flags[flag] = value;
      },
    }),
    setThreadsCount: (n) => {
      seen.threads = n;
    },
    setBackend: async () => {
      seen.coresAtStart = navigator.hardwareConcurrency;
      return true;
    },
  };
  return { tf, seen };
}

/** As in browsers, the core count is a getter on the prototype (Node 20 has no navigator). */
class TwoCoreNavigator {
  get hardwareConcurrency() {
    return 2;
  }
}

beforeEach(() => {
  vi.stubGlobal('navigator', new TwoCoreNavigator());
});

afterEach(() => {
  vi.unstubAllGlobals();
  globalThis.Worker = NativeWorker;
  created.length = 0;
  scope.crossOriginIsolated = isolatedBefore;
});

describe('starting workers from the packaged script', () => {
  test('blob: workers (tfjs pthreads) start from the packaged script; packaged workers start as asked', () => {
    globalThis.Worker = RecordingWorker as unknown as typeof Worker;
    startBlobWorkersFrom('chrome-extension://abc/wasm/pthread.worker.js');
    new Worker('blob:chrome-extension://abc/1234');
    new Worker('chrome-extension://abc/ocr/worker.min.js');
    expect(created).toEqual([
      'chrome-extension://abc/wasm/pthread.worker.js',
      'chrome-extension://abc/ocr/worker.min.js',
    ]);
  });

  test('installing twice does not wrap the constructor twice', () => {
    globalThis.Worker = RecordingWorker as unknown as typeof Worker;
    startBlobWorkersFrom('chrome-extension://abc/a.js');
    const once = globalThis.Worker;
    startBlobWorkersFrom('chrome-extension://abc/b.js');
    expect(globalThis.Worker).toBe(once);
  });
});

describe('the wasm backend', () => {
  test('threads need cross-origin isolation, not just SharedArrayBuffer', () => {
    scope.crossOriginIsolated = false;
    expect(threadsAvailable()).toBe(false);
    scope.crossOriginIsolated = true;
    expect(threadsAvailable()).toBe(true);
  });

  test('isolated: threaded, one thread per core, the module seeing twice the cores only while it starts', async () => {
    scope.crossOriginIsolated = true;
    globalThis.Worker = RecordingWorker as unknown as typeof Worker;
    const { tf, seen } = fakeTf();
    expect(await startWasmBackend(tf, 'chrome-extension://abc/w.js')).toBe(true);
    expect(seen).toEqual({
      flags: { WASM_HAS_MULTITHREAD_SUPPORT: true },
      threads: 2,
      coresAtStart: 4,
    });
    expect(navigator.hardwareConcurrency).toBe(2);
    new Worker('blob:x');
    expect(created).toEqual(['chrome-extension://abc/w.js']);
  });

  test('the real core count comes back even when the backend fails to start', async () => {
    scope.crossOriginIsolated = true;
    globalThis.Worker = RecordingWorker as unknown as typeof Worker;
    const { tf } = fakeTf();
    tf.setBackend = async () => {
      throw new Error('no wasm');
    };
    await expect(startWasmBackend(tf, 'chrome-extension://abc/w.js')).rejects.toThrow('no wasm');
    expect(navigator.hardwareConcurrency).toBe(2);
  });

  test('not isolated (Firefox): one thread, the core count untouched, no worker redirect', async () => {
    scope.crossOriginIsolated = false;
    globalThis.Worker = RecordingWorker as unknown as typeof Worker;
    const { tf, seen } = fakeTf();
    expect(await startWasmBackend(tf, 'chrome-extension://abc/w.js')).toBe(true);
    expect(seen).toEqual({
      flags: { WASM_HAS_MULTITHREAD_SUPPORT: false },
      threads: -1,
      coresAtStart: 2,
    });
    expect(globalThis.Worker).toBe(RecordingWorker);
  });
});
