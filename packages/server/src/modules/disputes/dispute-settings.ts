import type { DeadlineSettings } from '@fengqiao/domain';
import type { Config } from '../../config';

/** The deadline settings of the domain rules, from the configuration (same days at every tier). */
export function deadlineSettings(config: Config): DeadlineSettings {
  const days = config.disputes.deadlineDays;
  return { days: { village: days, town: days, taskforce: days, county: days } };
}
