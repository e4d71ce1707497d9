/**
 * The pthread worker script of tfjs-backend-wasm's threaded build, as a packaged file (generated at build
 * time by wxt.config.ts; see ./browser/threads.ts for why it cannot be the blob tfjs makes). The library
 * ships it as a string; the main thread sends each worker the glue script to import as a Blob, which the
 * CSP forbids inside the worker too, so the packaged worker imports the packaged glue script instead.
 */

/** The glue script defining WasmBackendModuleThreadedSimd, next to the worker in the build. */
export const PTHREAD_GLUE = 'tfjs-backend-wasm-threaded-simd.js';

/** `contents`: tfjs-backend-wasm's `wasmWorkerContents` (the same version as the bundled backend). */
export function pthreadWorkerScript(contents: string): string {
  // As tfjs does before making its blob: the string's "\n" escapes became newlines inside string literals.
  const worker = contents.replace(/\n/g, '\\n');
  return `${worker}
(() => {
  const handle = self.onmessage;
  const glue = new URL(${JSON.stringify(PTHREAD_GLUE)}, self.location.href).href;
  self.onmessage = (e) => {
    if (e.data && e.data.cmd === 'load') e.data.urlOrBlob = glue;
    return handle(e);
  };
})();
`;
}
