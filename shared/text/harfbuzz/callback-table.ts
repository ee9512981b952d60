import { webAssembly, type WasmTable } from './wasm-api';

/** Wasm value types by the letters Emscripten uses in signatures: i = i32, f = f32. */
const VALUE_TYPE = { i: 0x7f, f: 0x7d } as const;

/**
 * Puts a JavaScript function into the module's function table so C code can call it through a pointer
 * (HarfBuzz's draw callbacks). A table holds only wasm functions, so the JS function is wrapped by a tiny
 * generated module that imports it and exports it again with the exact signature the caller expects — the
 * technique behind Emscripten's `addFunction`. `params` lists parameter types ("iiiffi"); results are void.
 */
export function addCallback(table: WasmTable, fn: (...args: number[]) => void, params: string): number {
  const types = [...params].map((p) => VALUE_TYPE[p as keyof typeof VALUE_TYPE]);
  const typeSection = [0x01, 0x60, types.length, ...types, 0x00];
  const importSection = [0x01, 0x01, 0x65, 0x01, 0x66, 0x00, 0x00]; // import "e"."f" as function of type 0
  const exportSection = [0x01, 0x01, 0x66, 0x00, 0x00]; // export function 0 as "f"
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, typeSection.length, ...typeSection,
    0x02, importSection.length, ...importSection,
    0x07, exportSection.length, ...exportSection,
  ]);
  const wrapper = new webAssembly.Instance(new webAssembly.Module(bytes), { e: { f: fn } });
  const index = table.grow(1);
  table.set(index, wrapper.exports.f);
  return index;
}
