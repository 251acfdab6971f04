/** The board's and the task force's words (issue #7); spread into zh.ts, so they are MessageKeys too. */
export const zhBoard = {
  'board.titleChief': '所长工作台 · 纠纷总览',
  'board.titleOfficer': '我的片区纠纷',
  'board.closedThisMonth': '本月办结',
  'board.closedThisYear': '本年办结',
  'board.orderUrgent': '紧急优先',
  'board.orderNewest': '最新登记',
  'taskforce.title': '专班成员',
  'taskforce.pickMembers': '选择本部门成员',
  'taskforce.noStaff': '该部门暂无在册人员，请先在人员中登记',
  'taskforce.departmentsHint': '已分派的部门已选上；专班至少由两个部门组成，每个部门至少指定一名成员',
} satisfies Record<string, string>;
