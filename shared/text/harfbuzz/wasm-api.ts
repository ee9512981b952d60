/**
 * The slice of the WebAssembly JavaScript API that the HarfBuzz binding uses. shared/ compiles against
 * ES2023 only, whose libs do not declare `WebAssembly` (lib.dom does), so the binding declares what it needs
 * and reads the global through `globalThis`; both Node and Chromium provide it.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

export interface WasmTable {
  readonly length: number;
  grow(delta: number): number;
  set(index: number, value: unknown): void;
}

export type WasmExports = Record<string, unknown>;

export interface WasmInstance {
  readonly exports: WasmExports;
}

/** A compiled `WebAssembly.Module`, e.g. from `WebAssembly.compileStreaming(fetch(url))` in the renderer. */
export type CompiledWasm = object;

type Imports = Record<string, Record<string, unknown>>;

interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => CompiledWasm;
  Instance: new (module: CompiledWasm, imports: Imports) => WasmInstance;
  instantiate(source: Uint8Array | ArrayBuffer, imports: Imports): Promise<{ instance: WasmInstance }>;
  instantiate(source: CompiledWasm, imports: Imports): Promise<WasmInstance>;
}

export const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

export async function instantiate(source: Uint8Array | ArrayBuffer | CompiledWasm, imports: Imports): Promise<WasmInstance> {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return (await webAssembly.instantiate(source, imports)).instance;
  return webAssembly.instantiate(source, imports);
}
