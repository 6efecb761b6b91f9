/** Entry point of dist/index.js (placeholder until the action shell lands). */
import { run } from './main.js';

process.setSourceMapsEnabled?.(true);
void run();
