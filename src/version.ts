declare const __CS_POLICY_VERSION__: string;

/** Set at build time (and by the test config) from package.json. */
export const TOOL_VERSION: string = typeof __CS_POLICY_VERSION__ === 'string' ? __CS_POLICY_VERSION__ : '0.0.0';
