export * from './clauses';
export { DEFAULT_POLICY } from './default-policy';
export * from './schema';
