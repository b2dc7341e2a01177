import { policyText } from './policy-text.js';

/** Policy text that would be markup if a template let it through. */
export const HOSTILE_TITLE = '<script>alert(1)</script> **bold** [link](http://evil.example) <img src=x onerror=alert(2)>';
export const hostilePolicyText = policyText().replace('title: Fast answers', `title: ${JSON.stringify(HOSTILE_TITLE)}`);
