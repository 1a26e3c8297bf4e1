import fs from 'node:fs'
import { viSortKey } from '@antq/core'
const names = fs.readFileSync('../../.tmp/bench/national-units.csv', 'utf8').split('\n').map((l) => l.split(',')[1] ?? '')
let t = performance.now()
for (const n of names) viSortKey(n)
console.log('sortkey', names.length, Math.round(performance.now() - t))
