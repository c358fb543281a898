import { Initial1795463859087 } from './1795463859087-initial';

// Every migration, in order. Listed explicitly so that the apps, the CLI and the
// tests all run the same set.
export const MIGRATIONS: Function[] = [Initial1795463859087];
