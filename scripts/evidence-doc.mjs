// Writes docs/evidence.md from the protocol catalogue (run after `npm run build`).
// __tests__/catalogue/catalogue.test.ts fails when the committed page is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEvidenceDoc } from '../lib/catalogue/evidence-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs', 'evidence.md'), renderEvidenceDoc());
console.log('wrote docs/evidence.md');
