import type { DisputeAction } from '@fengqiao/domain';
import type { MessageKey } from '../../../app/i18n/dictionaries';

/**
 * The button text. The village's 上报 gets the words officers use for it (上报镇综治办); every other action uses
 * the domain's label.
 */
export function actionText(action: DisputeAction, domainLabel: string, t: (key: MessageKey) => string): string {
  return action === 'village_fail' ? t('disputes.escalateToTown') : domainLabel;
}
