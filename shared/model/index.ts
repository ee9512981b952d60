export * from './color';
export * from './schema';
export * from './create';
export * from './restore';
export { newId } from './ids';
