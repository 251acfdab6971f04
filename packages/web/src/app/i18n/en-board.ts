import type { zhBoard } from './zh-board';

/** English for zh-board.ts. */
export const enBoard: Record<keyof typeof zhBoard, string> = {
  'board.titleChief': 'Station chief: disputes overview',
  'board.titleOfficer': 'Disputes in my districts',
  'board.closedThisMonth': 'Closed this month',
  'board.closedThisYear': 'Closed this year',
  'board.orderUrgent': 'Most urgent first',
  'board.orderNewest': 'Newest first',
  'taskforce.title': 'Task force',
  'taskforce.pickMembers': 'Members from this department',
  'taskforce.noStaff': 'Nobody is registered in this department yet: add its staff under People first',
  'taskforce.departmentsHint':
    'The departments already assigned are chosen; a task force needs at least two, each sending at least one member',
};
