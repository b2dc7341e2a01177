// The editor lives in core/yaml-edit.ts; this name stays for what still imports it from here.
export * from '../core/yaml-edit.js';
