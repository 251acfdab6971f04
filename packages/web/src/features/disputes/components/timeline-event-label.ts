import { DISPUTE_ACTION_LABELS, DISPUTE_ACTIONS, type DisputeAction, type TimelineEvent } from '@fengqiao/domain';
import type { MessageKey } from '../../../app/i18n/dictionaries';

type RecordEvent = Exclude<TimelineEvent, DisputeAction>;

const RECORD_EVENT_KEYS: Record<RecordEvent, MessageKey> = {
  registered: 'disputes.event.registered',
  party_added: 'disputes.event.partyAdded',
  mediation_started: 'disputes.event.mediationStarted',
  mediation_extended: 'disputes.event.mediationExtended',
  mediation_terminated: 'disputes.event.mediationTerminated',
  session_recorded: 'disputes.event.sessionRecorded',
  agreement_recorded: 'disputes.event.agreementRecorded',
  agreement_effective: 'disputes.event.agreementEffective',
  follow_up_recorded: 'disputes.event.followUpRecorded',
  risk_regraded: 'disputes.event.riskRegraded',
  reported_to_police: 'disputes.event.reportedToPolice',
};

function isAction(event: TimelineEvent): event is DisputeAction {
  return (DISPUTE_ACTIONS as readonly string[]).includes(event);
}

/** Actions read as the domain names them; the other events have their own words in the dictionaries. */
export function timelineEventText(
  event: TimelineEvent,
  t: (key: MessageKey) => string,
  label: (value: { zh: string; en: string }) => string,
): string {
  return isAction(event) ? label(DISPUTE_ACTION_LABELS[event]) : t(RECORD_EVENT_KEYS[event]);
}
