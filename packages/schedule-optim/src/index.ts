export { type Candidate, type RankedCandidate, type RankingContext, rankSchedules } from "./rank-schedules.js";
