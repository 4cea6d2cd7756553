// The clauses the statistical second opinion speaks for: the conduct clauses and third-party information
// (2.1, a reply with no Chinese, is a plain test and needs no model).
import type { ClauseId } from '../types';

export const MODEL_CLAUSES = ['2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9'] as const satisfies readonly ClauseId[];
export type ModelClause = (typeof MODEL_CLAUSES)[number];
