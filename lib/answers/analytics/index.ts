// AI-visibility analytics over recorded answers (DESIGN.md "Metrics"): every query takes the
// workspace id first, filters by it, lets SQL aggregate and returns chart-ready shapes.
//   entity-metrics.ts  one entity's totals, and per engine
//   weekly.ts          one entity per UTC week and engine
//   share-of-voice.ts  every tracked entity's share of the mentions
//   citations.ts       the cited URLs, and how often our content is cited

export { answersInScope, ratio, type AnswerScope, type Period } from './scope';
export { entityByEngine, entitySummary, type EngineMetrics, type EntityMetrics } from './entity-metrics';
export { entityWeekly, type WeekEngineMetrics, type WeekPoint, type WeeklySeries } from './weekly';
export { shareOfVoice, type ShareOfVoice, type VoiceItem } from './share-of-voice';
export { CITATIONS_LIMIT, citationsReport, type CitationsReport, type CitedUrl } from './citations';
