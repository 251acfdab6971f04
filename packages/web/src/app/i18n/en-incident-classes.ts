import type { zhIncidentClasses } from './zh-incident-classes';

/** English for zh-incident-classes.ts. */
export const enIncidentClasses: Record<keyof typeof zhIncidentClasses, string> = {
  'nav.incidentClasses': 'Incident classes',
  'incidentClasses.title': 'Incident class code table',
  'incidentClasses.defaults': 'Using the built-in table; the first change or import saves it as the town’s own',
  'incidentClasses.code': 'Code',
  'incidentClasses.name': 'Class',
  'incidentClasses.category': 'Category',
  'incidentClasses.dispute': 'Dispute',
  'incidentClasses.arrivalTarget': 'Arrival target',
  'incidentClasses.minutes': '{n} min',
  'incidentClasses.active': 'In use',
  'incidentClasses.retired': 'Retired',
  'incidentClasses.yes': 'Yes',
  'incidentClasses.add': 'Add a class',
  'incidentClasses.import': 'Import the table',
  'incidentClasses.codeHelp': 'A code has six digits; its first two match the category',
};
