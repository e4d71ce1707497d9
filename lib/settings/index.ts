export { DEFAULT_SETTINGS } from './defaults';
export * from './schema';
