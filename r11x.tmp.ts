import { analyse } from './src/nudges/index';
import { starterRules } from './test/unit/nudges/helpers';
for (const d of process.argv.slice(2)) console.log(analyse({ draft: d }, starterRules).map((n) => n.kind).join(',') || '-', '|', d);
