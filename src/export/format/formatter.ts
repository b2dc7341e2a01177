import type { Lang } from '../../i18n/index.js';
import type { Plan } from '../../helpdesks/plan.js';

export interface PlanFormatOptions { lang: Lang; policy: string; title: string }
export type PlanFormatter = (plan: Plan, options: PlanFormatOptions) => string;
