// Publishing checks (issue 7) on one release, built once by the CLI and shared: the npm
// package, datapackage.json, the CSV files, the dataset card, a consumer project and the CLI.
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { buildRelease, release } from './release.js';
import { cardChecks } from './checks/card.js';
import { cliChecks } from './checks/cli.js';
import { consumerChecks } from './checks/consumer.js';
import { csvChecks } from './checks/csv.js';
import { datapackageChecks } from './checks/datapackage.js';
import { npmPackageChecks } from './checks/npm-package.js';

beforeAll(buildRelease);
afterAll(() => {
  if (release.work) fs.rmSync(release.work, { recursive: true, force: true });
});

npmPackageChecks();
consumerChecks();
datapackageChecks();
csvChecks();
cardChecks();
cliChecks();
