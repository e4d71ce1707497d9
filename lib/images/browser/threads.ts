/**
 * Face detection on every core where the page allows it. Chromium: the manifest's COOP/COEP keys make
 * extension pages cross-origin isolated, so SharedArrayBuffer exists (see wxt.config.ts). Firefox extension
 * pages are not isolated: one thread.
 *
 * Two things stand in the way of tfjs-backend-wasm's threaded build in an extension:
 *  - it starts its pthread workers from blob: URLs, which the extension CSP forbids (blob: is not an allowed
 *    script source in Manifest V3), so those workers are started from a packaged copy of the same worker
 *    script instead (see ../pthread-worker.ts);
 *  - it caps its thread pool at half of navigator.hardwareConcurrency (assuming two hyper-threads per core),
 *    so on a two-core machine it runs on one thread whatever count is asked for. While the backend starts,
 *    the page reports twice its cores, so the pool can have one thread per core.
 */

/** The wasm backend's controls, as face-api's bundled tfjs exposes them. */
export interface WasmBackendControls {
  env(): { set(flag: string, value: boolean): void };
  setBackend(name: string): Promise<boolean>;
  setThreadsCount(n: number): void;
}

/** Most threads to use: OCR runs alongside in its own worker and the page needs a core too. */
const MAX_THREADS = 4;

export function threadsAvailable(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
}

/**
 * From now on, a worker this document starts from a blob: URL (only tfjs's pthread workers are: tesseract's
 * worker is started from its packaged file) is started from `workerUrl` instead.
 */
export function startBlobWorkersFrom(workerUrl: string): void {
  const Native = globalThis.Worker;
  if ((Native as { packaged?: boolean }).packaged) return;
  globalThis.Worker = class extends Native {
    static packaged = true;
    constructor(script: string | URL, options?: WorkerOptions) {
      super(String(script).startsWith('blob:') ? workerUrl : script, options);
    }
  };
}

/**
 * Start the wasm backend, threaded (one thread per core, up to MAX_THREADS) when `pthreadWorkerUrl` can be
 * used, else on one thread. Resolves to whether the backend started.
 */
export async function startWasmBackend(tf: WasmBackendControls, pthreadWorkerUrl: string): Promise<boolean> {
  const threaded = threadsAvailable();
  // Without cross-origin isolation the threaded build cannot start (detection would hang).
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threaded);
  if (!threaded) return tf.setBackend('wasm');
  startBlobWorkersFrom(pthreadWorkerUrl);
  const cores = navigator.hardwareConcurrency || 1;
  tf.setThreadsCount(Math.min(MAX_THREADS, cores));
  // The pool's cap (half the reported cores) is read once, when the module starts.
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: 2 * cores, configurable: true });
  try {
    return await tf.setBackend('wasm');
  } finally {
    // The own property goes; the real getter on Navigator.prototype shows through again.
    delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}
