// One format of the decision benchmark in its own process, so its peak memory is its own.
// Usage: tsx documents-once.ts docx|xlsx ROWS RUNS — prints one JSON line.
import {
  createSampleDecision,
  renderAwardDecisionDocx,
  renderAwardDecisionXlsx,
} from '@antq/documents'

const [format = 'docx', rows = '1000', runs = '5'] = process.argv.slice(2)
const render = format === 'xlsx' ? renderAwardDecisionXlsx : renderAwardDecisionDocx
const view = createSampleDecision(Number(rows))
// One warm-up so module loading and JIT do not count as a run.
let bytes = (await render(view)).length
const runsMs: number[] = []
for (let i = 0; i < Number(runs); i++) {
  const started = performance.now()
  bytes = (await render(view)).length
  runsMs.push(performance.now() - started)
}
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
console.log(JSON.stringify({ format, rows: Number(rows), runsMs, bytes, peakRssMb }))
