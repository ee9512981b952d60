export * from './channels';
export * from './contract';
export * from './errors';
export * from './router';
export * from './client';
