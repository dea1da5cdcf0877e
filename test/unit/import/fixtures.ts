// Reads the import fixtures in test/fixtures/import.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureNames = (): string[] => readdirSync(FIXTURES).sort();
