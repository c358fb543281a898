import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Downloads and builds live outside the repo, shared by every checkout on the machine. */
export const CACHE_DIR =
  process.env.DONDOC_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dondoc');

export const DATA_DIR = process.env.DONDOC_DATA_DIR || join(ROOT, '.data');
