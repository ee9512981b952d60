export * from './diff';
export * from './transaction';
export * from './store';
