export { DEFAULT_SETTINGS } from './defaults';
export { exportSettings, parseSettingsImport } from './import-export';
export { migrateSettings } from './migrations';
export { isLockedPath, type SettingsIssue } from './overlay';
export { describeIssue, type ResolvedSettings, resolveLocal, resolveSettings } from './resolve';
export * from './schema';
