import type { zhDisputeHandling } from './zh-dispute-handling';

export const enDisputeHandling: Record<keyof typeof zhDisputeHandling, string> = {
  'disputes.attachments': 'Attachments',
  'disputes.uploadAttachment': 'Upload a file',
  'disputes.takePhoto': 'Take a photo',
  'disputes.attachmentTypes': 'jpg, png, pdf or docx files',
  'disputes.attachmentWrongType': 'This type of file is not accepted: upload a jpg, png, pdf or docx file',
  'disputes.attachmentTooLarge': 'The file is larger than allowed: make it smaller and try again',
  'disputes.uploaded': 'Uploaded {name}',
  'disputes.download': 'Download',

  'disputes.addFollowUp': 'Record a visit',
  'disputes.visitedAt': 'Visited at',
  'disputes.visitedAtRequired': 'Pick when the visit took place',
  'disputes.whom': 'Visited',
  'disputes.whomRequired': 'Say whom the visit reached',
  'disputes.followUpAgreement': 'Agreement followed up',
  'disputes.agreementWasPerformed': 'The agreement has been performed',
  'disputes.satisfaction': 'Parties’ satisfaction',
  'disputes.satisfactionRequired': 'Pick how satisfied the parties are',
  'disputes.hiddenRiskFound': 'Hidden risk found',
  'disputes.note': 'Note',

  'disputes.extendMediation': 'Extend the mediation',
  'disputes.extendUntil': 'Extend until',
  'disputes.extendUntilRequired': 'Pick the new last day',
  'disputes.consentedParties': 'Parties who consent',
  'disputes.consentedPartiesRequired': 'Pick the parties who consent',
  'disputes.everyPartyMustConsent': 'An extension needs every party’s consent: without one of them it is refused',
  'disputes.reportToPolice': 'Report to the police',
  'disputes.policeReportNotice':
    'Where mediation may make the conflict worse, take preventive measures and report to the local police (Art. 25)',
  'disputes.policeReportNote': 'Report',
  'disputes.policeReportNoteRequired': 'Describe what was reported',
  'disputes.terminateMediation': 'End the mediation',
  'disputes.terminateNotice':
    'A mediation that fails is ended, and the parties are told they may protect their rights by arbitration, ' +
    'administrative or judicial means (Art. 26)',
  'disputes.terminateReason': 'Reason for ending',
  'disputes.otherRoutesExplained': 'The parties were told of the other ways to protect their rights',
  'disputes.otherRoutesRequired': 'Tell the parties of the other routes before ending',
  'disputes.routesExplained': 'Routes explained',

  'disputes.performance': 'Performance',
  'disputes.recordPerformance': 'Record performance',
  'disputes.performanceRequired': 'Pick the performance status',
  'disputes.performanceNote': 'Performance note',
  'disputes.performance.pending': 'Not yet performed',
  'disputes.performance.performing': 'Being performed',
  'disputes.performance.performed': 'Fully performed',
  'disputes.performance.breached': 'Not performed as agreed',

  'disputes.oralRegister': 'Oral agreement register',
  'disputes.oralContent': 'Agreement',
  'disputes.recordedAt': 'Recorded at',
  'disputes.case': 'Case',
  'disputes.openCase': 'Open the case',

  // The oral register's form (登记口头协议).
  'disputes.oral.register': 'Register an oral agreement',
  'disputes.oral.case': 'Dispute',
  'disputes.oral.caseRequired': 'Choose the dispute',
  'disputes.oral.casePlaceholder': 'Search by number, party or summary',
  'disputes.oral.mediation': 'Mediation',
  'disputes.oral.mediationRequired': 'Choose the mediation',
  'disputes.oral.noMediation':
    'This dispute has no open mediation an agreement can be recorded under: start one on the case first',
  'disputes.oral.partiesRequired': 'Choose the parties who agreed',
  'disputes.oral.contentRequired': 'Write what was agreed',
  'disputes.oral.recordedAtRequired': 'Choose when it was recorded',
  'disputes.oral.effectiveNotice':
    "The mediator records an oral agreement; it takes effect the day the parties reach it (People's Mediation Law Arts. 28, 30)",
};
