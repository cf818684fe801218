// `node --import` this in `next dev` (scripts/dev.mjs does): see dev-static-paths.mjs.
import { install } from './dev-static-paths.mjs';

install();
