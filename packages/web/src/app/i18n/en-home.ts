import type { zhHome } from './zh-home';

/** English for the home page's words (zh-home.ts). */
export const enHome = {
  'home.today': "Today's to-dos",
  'home.noTodos': 'Nothing to do today',
  'home.noTodosHint': 'Overdue, due-soon, red-alert and unacknowledged records will appear here.',
  'home.clearGroups': 'Nothing in: {names}',
  'home.count': '{n}',
  'home.viewAll': 'View all {n}',
  'home.openList': 'Open the list',
  'home.deadline': 'Due {day}',
  'home.at': 'At {time}',
  'home.arriveBy': 'Arrive by {time}',
  'home.startsAt': 'Starts {time}',
} satisfies Record<keyof typeof zhHome, string>;
