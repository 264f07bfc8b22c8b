// Publishing checks (issue 7) on one release, built once by the CLI and shared: the npm
// package, datapackage.json, the CSV files, the dataset card, a consumer project and the CLI.
import { beforeAll } from 'vitest';
import { buildRelease } from './release.js';
import { cardChecks } from './checks/card.js';
import { cliChecks } from './checks/cli.js';
import { consumerChecks } from './checks/consumer.js';
import { csvChecks } from './checks/csv.js';
import { datapackageChecks } from './checks/datapackage.js';
import { npmPackageChecks } from './checks/npm-package.js';

beforeAll(buildRelease);

npmPackageChecks();
consumerChecks();
datapackageChecks();
csvChecks();
cardChecks();
cliChecks();
