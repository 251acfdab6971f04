/** The home page's words (issue #9, 工作台); spread into zh.ts, so they are MessageKeys too. */
export const zhHome = {
  'home.today': '今日待办',
  'home.noTodos': '今天没有待办',
  'home.noTodosHint': '逾期、即将到期、红色预警和待签收的事项会出现在这里。',
  'home.clearGroups': '暂无待办：{names}',
  'home.count': '{n} 条',
  'home.viewAll': '查看全部 {n} 条',
  'home.openList': '打开列表',
  'home.deadline': '期限 {day}',
  'home.at': '时间 {time}',
  'home.arriveBy': '到场时限 {time}',
  'home.startsAt': '{time} 开始',
};
